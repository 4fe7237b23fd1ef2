/* kg network page: draws the JSON in #kg-data with vis-network (inlined above).
   Everything from an article is text: it is put in the page with textContent only. */
(function () {
  "use strict";
  var root = document.documentElement;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var GLYPH = {star: "\u2605", dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangleDown: "\u25bc", triangle: "\u25b2"};
  var style = {};
  data.legend.forEach(function (l) { style[l.kind] = l; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var adj = {};
  data.edges.forEach(function (e, i) {
    e.id = i;
    (adj[e.from] = adj[e.from] || []).push(e);
    (adj[e.to] = adj[e.to] || []).push(e);
  });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function kindName(n) {
    var s = style[n.kind];
    return (s ? s.zh + " " : "") + n.kind + (n.subtype ? " · " + n.subtype : "");
  }
  function evidenceList(ev) {
    var ul = el("ul", null, "kg-ev");
    (ev || []).forEach(function (e) {
      var li = el("li");
      li.appendChild(el("q", e[0]));
      if (e[1]) li.appendChild(el("span", " \u2014 " + e[1], "kg-src"));
      ul.appendChild(li);
    });
    return ul;
  }
  function nodeInfo(n) {
    var box = el("div");
    box.appendChild(el("strong", n.label));
    if (n.en) box.appendChild(el("div", n.en, "kg-en"));
    box.appendChild(el("div", kindName(n) + (n.date ? " · " + n.date : ""), "kg-type"));
    if (n.evidence) box.appendChild(evidenceList(n.evidence));
    else if (n.sources) box.appendChild(el("div", "\u6765\u6e90 source: " + n.sources.join(", "), "kg-src"));
    return box;
  }
  function edgeInfo(e) {
    var box = el("div");
    box.appendChild(el("strong", byId[e.from].label + " \u2192 " + e.label + " \u2192 " + byId[e.to].label));
    if (e.topic) box.appendChild(el("div", e.topic, "kg-type"));
    box.appendChild(evidenceList(e.evidence));
    return box;
  }

  /* the network */
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var s = style[n.kind] || {colour: "#888888", shape: "dot"};
    var v = {id: n.id, label: n.label, shape: s.shape, size: Math.min(12 + 5 * Math.sqrt(n.degree), 48),
             color: {background: s.colour, border: "#333333", highlight: {background: s.colour, border: "#000000"}},
             font: {face: FONT, size: 15, color: "#111111", strokeWidth: 3, strokeColor: "#ffffff"}};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    return v;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: data.large ? undefined : e.label, arrows: "to",
            color: {color: "#9a9a9a", highlight: "#333333"}, smooth: data.large ? false : {type: "dynamic"},
            font: {face: FONT, size: 12, align: "middle", strokeWidth: 3, strokeColor: "#ffffff"}};
  }));
  var options = {
    autoResize: true,
    layout: {improvedLayout: !data.large && data.nodes.length < 150, randomSeed: 7},
    physics: data.physics ? {solver: "forceAtlas2Based", stabilization: {iterations: 250, fit: true},
                             forceAtlas2Based: {gravitationalConstant: -80, springLength: 120}} : false,
    interaction: {hover: true, tooltipDelay: 100, hideEdgesOnDrag: data.large, hideEdgesOnZoom: data.large,
                  navigationButtons: false, keyboard: true}
  };
  var container = document.getElementById("kg-net");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);

  /* tooltip on hover */
  var tip = document.getElementById("kg-tip");
  function showTip(content, p) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var r = container.getBoundingClientRect();
    tip.style.left = (r.left + window.scrollX + p.x + 14) + "px";
    tip.style.top = (r.top + window.scrollY + p.y + 14) + "px";
  }
  network.on("hoverNode", function (p) { showTip(nodeInfo(byId[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeInfo(data.edges[p.edge]), p.pointer.DOM); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  /* detail panel */
  var detail = document.getElementById("kg-detail");
  var PAGE = /^[A-Za-z0-9_\/.\-]+\.html$/;
  function showDetail(n) {
    detail.replaceChildren(nodeInfo(n));
    if (n.page && PAGE.test(n.page)) {
      var a = el("a", "\u6253\u5f00\u9875\u9762 open page \u2192");
      a.href = n.page;
      detail.appendChild(a);
    }
    var ul = el("ul", null, "kg-links");
    (adj[n.id] || []).forEach(function (e) {
      var other = byId[e.from === n.id ? e.to : e.from];
      var li = el("li");
      var b = el("button", other.label, "kg-linkbtn");
      b.addEventListener("click", function () { focus(other.id); });
      li.appendChild(el("span", e.from === n.id ? e.label + " \u2192 " : "\u2190 " + e.label + " "));
      li.appendChild(b);
      ul.appendChild(li);
    });
    detail.appendChild(ul);
    detail.hidden = false;
  }

  /* filters: type and focus */
  var typeOn = {};
  var focusSet = null;
  data.legend.forEach(function (l) { typeOn[l.kind] = true; });
  function apply() {
    var changes = [];
    data.nodes.forEach(function (n) {
      var hidden = !typeOn[n.kind] || (focusSet !== null && !focusSet[n.id]);
      if (!!n.hidden !== hidden) { n.hidden = hidden; changes.push({id: n.id, hidden: hidden}); }
    });
    if (changes.length) nodes.update(changes);
    legendBoxes.forEach(function (b) { b.checked = !!typeOn[b.value]; });
    countDrawn();
  }
  function focus(id) {
    var n = byId[id];
    if (!n) return;
    focusSet = {};
    focusSet[id] = true;
    (adj[id] || []).forEach(function (e) { focusSet[e.from] = true; focusSet[e.to] = true; });
    typeOn[n.kind] = true;
    apply();
    network.selectNodes([id]);
    network.fit({nodes: Object.keys(focusSet).map(Number), animation: false});
    showDetail(n);
  }
  function showAll() {
    focusSet = null;
    data.legend.forEach(function (l) { typeOn[l.kind] = true; });
    apply();
    network.fit({animation: false});
  }
  network.on("click", function (p) { if (p.nodes.length) focus(p.nodes[0]); });
  document.getElementById("kg-all").addEventListener("click", showAll);

  /* legend with type filters */
  var legend = document.getElementById("kg-legend");
  var legendBoxes = [];
  data.legend.forEach(function (l) {
    var lab = el("label", null, "kg-key");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = l.kind;
    box.addEventListener("change", function () { typeOn[l.kind] = box.checked; apply(); });
    legendBoxes.push(box);
    var glyph = el("span", GLYPH[l.shape] || "\u25cf", "kg-glyph");
    glyph.style.color = l.colour;
    lab.appendChild(box);
    lab.appendChild(glyph);
    lab.appendChild(el("span", l.zh + " " + l.kind + " (" + l.count + ")"));
    legend.appendChild(lab);
  });

  /* search */
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    return data.nodes.filter(function (n) {
      return n.label.toLowerCase().indexOf(q) >= 0 || (n.en || "").toLowerCase().indexOf(q) >= 0;
    }).slice(0, 20);
  }
  search.addEventListener("input", function () {
    results.replaceChildren();
    matches(search.value).forEach(function (n) {
      var b = el("button", n.label + (n.en ? " (" + n.en + ")" : ""), "kg-linkbtn");
      b.addEventListener("click", function () { focus(n.id); });
      results.appendChild(b);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var m = matches(search.value); if (m.length) focus(m[0].id); }
  });

  /* notes: what was left out, filtered views */
  var note = document.getElementById("kg-note");
  data.notes.forEach(function (t) { note.appendChild(el("p", t)); });
  if (data.large) {
    var views = el("p", "Filtered views: ");
    [["Meeting,Person", "meetings and people"], ["Meeting,Organisation", "meetings and organisations"],
     ["Meeting,Policy,Measure", "meetings and policies"], ["", "everything"]].forEach(function (v, i) {
      var a = el("a", v[1]);
      a.href = v[0] ? "#types=" + v[0] : "#all";
      if (i) views.appendChild(document.createTextNode(" \u00b7 "));
      views.appendChild(a);
    });
    note.appendChild(views);
  }

  /* the address: #focus=KEY, #types=Kind,Kind */
  function decode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  function fromHash() {
    var h = decode(location.hash.slice(1));
    if (h.indexOf("focus=") === 0) {
      var key = h.slice(6);  /* keys keep IRI escapes (%3C): compare both sides decoded */
      var n = data.nodes.filter(function (x) { return x.key === key || decode(x.key) === key; })[0];
      if (n) focus(n.id);
    } else if (h.indexOf("types=") === 0) {
      var want = h.slice(6).split(",");
      focusSet = null;
      data.legend.forEach(function (l) { typeOn[l.kind] = want.indexOf(l.kind) >= 0; });
      apply();
    } else if (h === "all") {
      showAll();
    }
  }
  window.addEventListener("hashchange", fromHash);

  /* report what was drawn, for people and for tests */
  function countDrawn() {
    var b = network.body;
    root.setAttribute("data-kg-nodes", String(b.nodeIndices.length));
    root.setAttribute("data-kg-edges", String(b.edgeIndices.length));
  }
  var reported = false;
  function ready() {
    if (reported) return;
    reported = true;
    if (data.physics) network.setOptions({physics: false});
    countDrawn();
    root.setAttribute("data-kg-render-ms", String(Math.round(performance.now())));
    root.setAttribute("data-kg-ready", "1");
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", ready); network.redraw(); });
  } else {
    network.once("afterDrawing", ready);
  }
  var start = data.nodes.filter(function (x) { return x.key === data.focus; })[0];
  if (start) { network.selectNodes([start.id]); showDetail(start); }
  if (location.hash) fromHash();
})();
