"""Network pages without a browser: what the pages contain, escaping, large graphs, kg view."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.html import graph_to_networkx, write_pages
from kg.html.model import KINDS, Item, Link, View, read_view
from kg.html.network import network_payload, view_to_networkx
from kg.html.page import script_json
from kg.vocab import KG, RDF

from html_fixtures import HANDLER, HOSTILE_NAME, SCRIPT, hostile_graph

ROLE_WORDS = {"主持", "讲话", "汇报", "出席", "召开", "表态发言"}


class Refs(HTMLParser):
    """Every src/href attribute and every <script> text block of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in: dict | None = None
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        for k, v in attrs:
            if k in ("src", "href", "action", "srcset", "poster", "data") and v:
                self.refs.append(v)
            if k.startswith("on"):
                self.handlers.append(f"{tag} {k}")
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append((self._in, ""))

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "script":
            self._in = None


def parse(page: Path) -> Refs:
    p = Refs()
    p.feed(page.read_text(encoding="utf-8"))
    return p


def page_data(page: Path) -> dict:
    p = parse(page)
    blocks = [text for attrs, text in p.scripts if attrs.get("id") == "kg-data"]
    assert len(blocks) == 1, f"{page}: one kg-data block expected"
    return json.loads(blocks[0])


def remote_refs(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    found = [r for r in parse(page).refs if re.match(r"\s*(https?:)?//", r, re.I)]
    found += re.findall(r"@import\s+(?:url\()?\s*['\"]?\s*(?:https?:)?//[^'\")\s]*", text, re.I)
    found += re.findall(r"url\(\s*['\"]?\s*(?:https?:)?//[^'\")\s]*", text, re.I)
    return found


@pytest.fixture(scope="module")
def hengshui_pages(hengshui_build):
    return hengshui_build


def test_html_build_writes_graph_index_and_entity_pages(hengshui_pages):
    out = hengshui_pages
    assert (out / "graph.html").is_file() and (out / "index.html").is_file()
    data = page_data(out / "graph.html")
    pages = {n["key"]: n["page"] for n in data["nodes"] if "page" in n}
    kinds = {n["key"]: n["kind"] for n in data["nodes"]}
    assert {kinds[k] for k in pages} <= {"Meeting", "Person"}
    assert all((out / p).is_file() for p in pages.values())
    assert sum(1 for k in kinds.values() if k in ("Meeting", "Person")) == len(pages)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p}"' in index for p in pages.values())


def test_html_pages_reference_nothing_remote(hengshui_pages):
    pages = sorted(hengshui_pages.rglob("*.html"))
    assert len(pages) >= 2
    for page in pages:
        assert remote_refs(page) == [], page
        text = page.read_text(encoding="utf-8")
        assert "cdn.jsdelivr" not in text and "bootstrap" not in text.lower()


def test_html_remote_ref_check_can_fail(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text('<link href="https://cdn.example/x.css"><style>@import "http://x/y.css";</style>'
                   '<script src="//x/y.js"></script>', encoding="utf-8")
    assert len(remote_refs(bad)) == 3


def test_html_hengshui_network_matches_the_rdf(hengshui_pages):
    from kg.cli.view import read_graph

    g = read_graph(hengshui_pages / "graph.ttl")
    data = page_data(hengshui_pages / "graph.html")
    entities = {s for cls in KINDS for s in g.subjects(RDF.type, cls)}
    assert len(data["nodes"]) == len(entities) > 0
    labels = {e["label"] for e in data["edges"] if e["kind"] == "role"}
    assert labels <= ROLE_WORDS
    # one edge per (participant, meeting, role)
    assert len([e for e in data["edges"] if e["kind"] == "role"]) == len({
        (g.value(f, KG.participant), g.value(f, KG.meeting), g.value(f, KG.role))
        for f in g.subjects(RDF.type, KG.Participation)})
    persons = [n for n in data["nodes"] if n["kind"] == "Person"]
    assert all(n.get("en") for n in persons), "every person carries its pinyin label"
    with_evidence = [n for n in data["nodes"] if n.get("evidence")]
    assert with_evidence and all(src == "hengshui-2021-11-19-education" for n in with_evidence
                                 for _, src in n["evidence"])
    legend = {entry["kind"] for entry in data["legend"]}
    assert {n["kind"] for n in data["nodes"]} == legend
    assert data["physics"] is True and not data["notes"]


def test_html_script_json_cannot_close_the_script():
    value = {"a": "</script><script>x()</script>", "b": "<!-- & \u2028"}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_html_hostile_article_is_escaped(tmp_path):
    g, person, meeting = hostile_graph()
    written = write_pages(g, tmp_path)
    assert len(written) >= 4
    for page in written:
        if page.suffix != ".html":
            continue
        p = parse(page)
        assert p.handlers == [], f"{page}: an event handler attribute reached the markup"
        # the article's text is only in the JSON block: no other script element holds it
        assert "data-pwned" not in "".join(t for a, t in p.scripts if a.get("id") != "kg-data"), page
        json_blocks = [a.get("id") for a, _ in p.scripts if a.get("type") == "application/json"]
        assert json_blocks == ([] if page.name == "index.html" else ["kg-data"]), page
        assert "<script>document" not in page.read_text(encoding="utf-8")
    data = page_data(tmp_path / "graph.html")
    names = {n["label"] for n in data["nodes"]}
    assert HOSTILE_NAME in names, "the hostile name is kept as text, not dropped"
    assert any(SCRIPT in t for e in data["edges"] for t, _ in e.get("evidence", []))
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert HANDLER not in index and "&lt;img src=x onerror=" in index


def _view(n_nodes: int) -> View:
    items = {f"n{i}": Item(f"n{i}", f"节点{i}", ("Meeting", "Person", "Organisation")[i % 3]) for i in range(n_nodes)}
    links = [Link(f"n{i}", f"n{(i * 7 + 1) % n_nodes}", "出席", "role") for i in range(n_nodes)]
    return View(items, links, [])


def test_html_large_graph_is_laid_out_here_with_physics_off():
    net = view_to_networkx(_view(1500))
    data = network_payload(net, threshold=1000)
    assert data["physics"] is False and data["large"] is True
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"]), "no two nodes on one spot"
    assert any("physics is off" in t for t in data["notes"])
    small = network_payload(view_to_networkx(_view(50)), threshold=1000)
    assert small["physics"] is True and all("x" not in n for n in small["nodes"])


def test_html_too_large_graph_says_what_was_left_out():
    net = view_to_networkx(_view(300))
    data = network_payload(net, max_nodes=200, threshold=100)
    assert len(data["nodes"]) == 200 and sum(data["left_out"].values()) == 100
    assert "Meeting" not in data["left_out"], "meetings are kept first"
    assert any("of 300 nodes" in t and "left out" in t for t in data["notes"])


def test_html_graph_to_networkx_keeps_roles(hengshui_pages):
    from kg.cli.view import read_graph

    net = graph_to_networkx(read_graph(hengshui_pages / "graph.ttl"))
    assert isinstance(net, nx.MultiDiGraph) and net.number_of_nodes() > 0
    assert all(d["item"].kind in {k for k, _ in KINDS.values()} for _, d in net.nodes(data=True))


def test_html_view_command_writes_pages(hengshui_pages, tmp_path):
    out = tmp_path / "pages"
    assert main(["view", str(hengshui_pages / "graph.ttl"), "--out", str(out), "--quiet"]) == 0
    assert (out / "graph.html").is_file() and (out / "index.html").is_file()
    assert page_data(out / "graph.html")["nodes"] == page_data(hengshui_pages / "graph.html")["nodes"]


def test_html_view_command_errors(tmp_path, capsys):
    assert main(["view", str(tmp_path / "missing.ttl"), "--out", str(tmp_path / "o")]) == 1
    assert "missing.ttl: no such graph file" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    assert main(["view", str(bad), "--out", str(tmp_path / "o")]) == 1
    assert "bad.ttl: not a readable RDF graph" in capsys.readouterr().err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["view", str(bad), "--out", str(tmp_path / "file")]) == 2


def test_html_view_help_opens_with_an_example(capsys):
    main(["view", "--help"])
    assert "Example: kg view " in capsys.readouterr().out


def test_html_many_entity_pages_share_one_vis_file(hengshui_pages, tmp_path, monkeypatch):
    import kg.html.pages as pages
    from kg.cli.view import read_graph

    monkeypatch.setattr(pages, "INLINE_LIMIT", 0)
    written = write_pages(read_graph(hengshui_pages / "graph.ttl"), tmp_path)
    entity = [p for p in written if p.parent.name in ("meetings", "persons")]
    assert (tmp_path / "assets" / "vis-network.min.js").is_file()
    for page in entity:
        assert "../assets/vis-network.min.js" in parse(page).refs and remote_refs(page) == []
        assert page.stat().st_size < 100_000
