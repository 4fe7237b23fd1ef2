"""The set of pages for a graph: graph.html, index.html, one page per meeting and per person."""
from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..output import atomic_write
from .model import Evidence, Item, View, read_view
from .network import network_payload, view_to_networkx
from .page import render_page, static_text, vis_script

__all__ = ["write_pages", "write_graph_page", "page_name", "INLINE_LIMIT"]

INLINE_LIMIT = 40  # more meeting and person pages than this share one copy of vis-network
ASSET = "assets/vis-network.min.js"
ROLE_ORDER = ("召开", "主持", "讲话", "出席", "汇报", "表态发言")


def page_name(item: Item) -> str:
    """meetings/m-1a2b3c4d5e.html: ASCII, stable, from the entity's id."""
    digest = hashlib.sha1(item.id.encode("utf-8")).hexdigest()[:10]
    folder = "meetings" if item.kind == "Meeting" else "persons"
    return f"{folder}/{item.kind[0].lower()}-{digest}.html"


def _write(path: Path, text: str) -> Path:
    with atomic_write(path) as fh:
        fh.write(text)
    return path


def write_graph_page(net: nx.MultiDiGraph, path: Path, title: str, pages: dict[str, str] | None = None) -> Path:
    """The whole network on one self-contained page."""
    payload = network_payload(net, pages=pages)
    return _write(path, render_page(title, payload, nav=[("index.html", "索引 index")]))


def write_pages(g: Graph, out: Path, title: str = "") -> list[Path]:
    """graph.html, index.html and the meeting and person pages of ``g`` in ``out``."""
    view = read_view(g)
    title = title or _title(view)
    people = sorted((i for i in view.items.values() if i.kind == "Person"), key=lambda i: (i.label, i.id))
    meetings = sorted((i for i in view.items.values() if i.kind == "Meeting"),
                      key=lambda i: (i.date or "9999", i.label, i.id))
    pages = {i.id: page_name(i) for i in meetings + people}
    net = view_to_networkx(view)
    written = [write_graph_page(net, out / "graph.html", title, pages)]
    vis_src = None
    if len(pages) > INLINE_LIMIT:
        written.append(_write(out / ASSET, vis_script()))
        vis_src = "../" + ASSET
    for item in meetings + people:
        written.append(_entity_page(view, net, item, pages, out, vis_src))
    written.append(_write(out / "index.html", _index(view, title, meetings, people, pages)))
    return written


def _title(view: View) -> str:
    titles = [t for _, t in view.articles if t]
    if len(view.articles) == 1:
        return f"{titles[0] if titles else view.articles[0][0]} · kg"
    return f"{len(view.articles)} articles · kg"


def _entity_page(view: View, net: nx.MultiDiGraph, item: Item, pages: dict[str, str], out: Path,
                 vis_src: str | None) -> Path:
    """A meeting or a person with its neighbours, and tables of what the article says about it."""
    keep = {item.id} | set(net.predecessors(item.id)) | set(net.successors(item.id))
    if item.kind == "Meeting":  # the posts of the people at the meeting
        for p in list(keep):
            if net.nodes[p]["item"].kind == "Person":
                keep |= set(net.successors(p))
        tables = _meeting_tables(view, net, item, pages)
    else:
        tables = _person_tables(view, net, item, pages)
    sub = net.subgraph(keep)
    rel = {k: "../" + v for k, v in pages.items() if k in keep and k != item.id}
    payload = network_payload(sub, pages=rel, focus=item.id)
    kind = "会议 meeting" if item.kind == "Meeting" else "人物 person"
    head = f"{item.label} ({item.en})" if item.en else item.label
    html = render_page(f"{head} · {kind}", payload, nav=[("../index.html", "索引 index"),
                                                         ("../graph.html", "全图 whole graph")],
                       tables=tables, vis_src=vis_src)
    return _write(out / pages[item.id], html)


def _link(item: Item, pages: dict[str, str], prefix: str = "../") -> str:
    text = escape(item.label)
    return f'<a href="{escape(prefix + pages[item.id])}">{text}</a>' if item.id in pages else text


def _evidence(ev: list[Evidence] | tuple[Evidence, ...]) -> str:
    return "<br>".join(f"“{escape(s)}” <span class=\"kg-src\">— {escape(a)}</span>" for s, a in ev)


def _table(caption: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return f"<h2>{escape(caption)}</h2><p>—</p>"
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f'<td{" class=kg-evidence" if i == len(r) - 1 else ""}>{c}</td>'
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<h2>{escape(caption)}</h2><table><tr>{th}</tr>{body}</table>"


def _meeting_tables(view: View, net: nx.MultiDiGraph, m: Item, pages: dict[str, str]) -> str:
    roles, reports, policies = [], [], []
    for a, _, d in net.in_edges(m.id, data=True):
        lk, who = d["link"], view.items[a]
        if lk.kind == "role":
            roles.append((lk.label, who, lk))
        elif lk.kind == "report":
            reports.append((who, lk))
    for _, b, d in net.out_edges(m.id, data=True):
        if d["link"].kind == "agenda":
            policy = view.items[b]
            measures = [view.items[x] for x, _, e in net.in_edges(b, data=True) if e["link"].kind == "measure"]
            policies.append((policy, measures, d["link"]))
    order = {r: i for i, r in enumerate(ROLE_ORDER)}
    roles.sort(key=lambda r: (order.get(r[0], 99), r[1].label))
    place = [view.items[b].label for _, b, d in net.out_edges(m.id, data=True) if d["link"].kind == "place"]
    facts = (f"<p>日期 date: {escape(m.date or '—')} · 地点 place: {escape('、'.join(place) or '—')} · "
             f"来源 source: {escape(', '.join(m.sources) or '—')}</p>")
    return ('<main class="kg-tables">' + facts
            + _table("角色 Who played which role", ("角色 role", "参与者 participant", "依据 evidence"),
                     [(escape(r), _link(w, pages), _evidence(lk.evidence)) for r, w, lk in roles])
            + _table("汇报 Which units reported on what", ("单位 unit", "内容 topic", "方式 kind", "依据 evidence"),
                     [(_link(w, pages), escape(lk.topic or "—"), escape(lk.label), _evidence(lk.evidence))
                      for w, lk in sorted(reports, key=lambda r: r[0].label)])
            + _table("政策 Which policies", ("政策 policy", "措施 measures", "依据 evidence"),
                     [(escape(p.label), escape("；".join(x.label for x in ms) or "—"), _evidence(lk.evidence))
                      for p, ms, lk in sorted(policies, key=lambda r: r[0].label)])
            + "</main>")


def _person_tables(view: View, net: nx.MultiDiGraph, p: Item, pages: dict[str, str]) -> str:
    posts = [(escape(post.title), escape(view.items[post.organisation].label) if post.organisation else "—",
              _evidence(post.evidence)) for post in view.posts.get(p.id, [])]
    meetings = []
    for _, b, d in net.out_edges(p.id, data=True):
        if d["link"].kind in ("role", "report"):
            meetings.append((view.items[b], d["link"]))
    meetings.sort(key=lambda r: (r[0].date or "9999", r[0].label, r[1].label))
    return ('<main class="kg-tables">'
            + (f"<p>{escape(p.en)}</p>" if p.en else "")
            + _table("职务 Posts", ("职务 post", "机构 organisation", "依据 evidence"), posts)
            + _table("会议 Meetings over time", ("日期 date", "会议 meeting", "角色 role", "依据 evidence"),
                     [(escape(m.date or "—"), _link(m, pages), escape(lk.label), _evidence(lk.evidence))
                      for m, lk in meetings])
            + "</main>")


def _index(view: View, title: str, meetings: list[Item], people: list[Item], pages: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for item in view.items.values():
        counts[item.kind] = counts.get(item.kind, 0) + 1
    arts = "".join(f"<li>{escape(t or a)} <span class=kg-src>({escape(a)})</span></li>" for a, t in view.articles)
    ms = "".join(f"<li>{escape(m.date or '—')} {_link(m, pages, '')}</li>" for m in meetings)
    ps = "".join(f"<li>{_link(p, pages, '')}{' · ' + escape(p.en) if p.en else ''}"
                 f"{' · ' + escape('、'.join(x.title for x in view.posts.get(p.id, [])))if view.posts.get(p.id) else ''}"
                 f"</li>" for p in people)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing found"
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{escape(title)}</title>
<style>{static_text("page.css")}</style>
</head>
<body>
<header><h1>{escape(title)}</h1><nav><a href="graph.html">全图 whole graph</a></nav></header>
<main class="kg-tables">
<p>{escape(summary)}; {len(view.links)} links. <a href="graph.html">Open the whole graph</a>.</p>
<h2>文章 Articles</h2><ul>{arts}</ul>
<h2>会议 Meetings ({len(meetings)})</h2><ul class="kg-index">{ms or "<li>—</li>"}</ul>
<h2>人物 People ({len(people)})</h2><ul class="kg-index">{ps or "<li>—</li>"}</ul>
</main>
</body>
</html>
"""
