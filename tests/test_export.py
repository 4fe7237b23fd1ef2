"""Exports: formats by name and extension, round trips, determinism, the shapes other tools read."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from export_fixtures import two_articles
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import InputError, UsageError
from kg.export import ExportFormat
from kg.export.csv import read_csv
from kg.export.gexf import read_gexf
from kg.export.graphml import read_graphml
from kg.export.rdf import context, read_rdf, serialize, split_by_article, stable_bnodes, union
from kg.vocab import KG, PREFIXES, RDF, RDFS, XSD

ROOT = Path(__file__).resolve().parent.parent
RDF_FORMATS = [f for f in ExportFormat if f.is_rdf]
NETWORK_READERS = {ExportFormat.GRAPHML: read_graphml, ExportFormat.GEXF: read_gexf}


def named_graphs(ds: Dataset) -> dict[URIRef, Graph]:
    return {g.identifier: g for g in ds.graphs() if len(g) or g.identifier != DATASET_DEFAULT_GRAPH_ID}


def out_path(tmp_path: Path, fmt: ExportFormat) -> Path:
    return tmp_path / ("csv" if fmt is ExportFormat.CSV else f"g.{fmt.extension}")


# --- formats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt", [
    ("g.ttl", ExportFormat.TURTLE), ("g.nt", ExportFormat.NTRIPLES), ("g.NQ", ExportFormat.NQUADS),
    ("a/b.trig", ExportFormat.TRIG), ("g.jsonld", ExportFormat.JSONLD), ("g.graphml", ExportFormat.GRAPHML),
    ("g.gexf", ExportFormat.GEXF), ("nodes.csv", ExportFormat.CSV), ("x.popolo.json", ExportFormat.POPOLO),
    ("v1.2.ttl", ExportFormat.TURTLE)])
def test_export_format_from_path(name, fmt):
    assert ExportFormat.from_path(name) is fmt


@pytest.mark.parametrize("name", ["g.json", "g.txt", "graph"])
def test_export_format_from_path_refuses_unknown_extensions(name):
    with pytest.raises(UsageError, match="pass --format"):
        ExportFormat.from_path(name)


def test_export_format_named_refuses_unknown_names():
    with pytest.raises(UsageError, match="unknown export format 'xml'; use one of turtle, ntriples"):
        two_articles().export("xml", "g.xml")


def test_export_format_extensions_lead_back_to_their_format():
    for fmt in ExportFormat:
        assert ExportFormat.from_extension(fmt.extension) is fmt


# --- RDF -----------------------------------------------------------------------------------------

def test_export_dataset_has_one_named_graph_per_article():
    ds = two_articles().dataset
    graphs = named_graphs(ds)
    arts = {a for g in graphs.values() for a in g.subjects(RDF.type, KG.Article)}
    assert len(arts) == 2
    for iri, g in graphs.items():
        assert list(g.subjects(RDF.type, KG.Article)) == [iri]


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.value)
def test_export_rdf_round_trip_is_isomorphic(tmp_path, fmt):
    kg = two_articles()
    path = kg.export(fmt, out_path(tmp_path, fmt))[0]
    back = read_rdf(path)
    assert isomorphic(union(back), kg.to_rdf())
    if fmt in (ExportFormat.NQUADS, ExportFormat.TRIG):
        want, got = named_graphs(kg.dataset), named_graphs(back)
        assert set(got) == set(want)
        for name in want:
            assert isomorphic(got[name], want[name]), name


def test_export_nquads_names_each_statement_with_its_article(tmp_path):
    path = two_articles().export("nquads", tmp_path / "g.nq")[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    graphs = {line.rsplit(" ", 2)[-2] for line in lines}
    assert graphs == {f"<{a}>" for a in named_graphs(two_articles().dataset)}
    assert lines == sorted(lines)


def test_export_split_by_article_gives_back_the_articles_graphs():
    kg = two_articles()
    split = named_graphs(split_by_article(kg.to_rdf()))
    want = named_graphs(kg.dataset)
    assert set(split) == set(want)
    assert isomorphic(union(split_by_article(kg.to_rdf())), kg.to_rdf())
    for name, g in want.items():
        # each article's own statements land in its graph
        assert set(g) <= set(split[name]) | {t for t in g if t[1] == KG.mentionedIn}


def test_export_stable_bnodes_name_blank_nodes_by_what_they_state():
    a, b = BNode(), BNode()
    p, art1, art2 = URIRef("urn:p"), URIRef("urn:a1"), URIRef("urn:a2")
    quads = [(art1, KG.warning, a, art1), (a, p, URIRef("urn:x"), art1),
             (art2, KG.warning, b, art2), (b, p, URIRef("urn:x"), art2)]
    first, second = stable_bnodes(quads), stable_bnodes(list(reversed(quads)))
    assert sorted(first) == sorted(second)
    names = {q[2] for q in first if q[1] == KG.warning}
    assert len(names) == 2 and all(isinstance(n, BNode) for n in names)


def test_export_rdf_text_does_not_depend_on_the_hash_seed(tmp_path):
    """Sets and dicts of rdflib terms iterate by hash: the files must not."""
    script = ("import sys; sys.path.insert(0, 'tests'); from export_fixtures import two_articles; "
              "from kg.export import ExportFormat; kg = two_articles(); "
              "[kg.export(f, sys.argv[1] + ('/csv' if f is ExportFormat.CSV else '/g.' + f.extension)) "
              "for f in ExportFormat]")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        outs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert len(outs[0]) == len(ExportFormat) + 1  # csv writes two files
    assert outs[0] == outs[1]


def test_export_jsonld_carries_the_shipped_context_inline(tmp_path):
    path = two_articles().export("jsonld", tmp_path / "g.jsonld")[0]
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == context()
    assert {k: v for k, v in context().items() if isinstance(v, str)} == {p: str(ns) for p, ns in PREFIXES.items()}
    assert any(node.get("name") == "李国勇" for node in doc["@graph"])


def test_export_serialize_refuses_a_network_format():
    with pytest.raises(ValueError, match="not an RDF format"):
        serialize(two_articles().dataset, ExportFormat.GEXF)


@pytest.mark.parametrize("reader, name, content, message", [
    (read_rdf, "bad.nq", "<a> <b> .\n", "bad.nq: not a readable nquads graph"),
    (read_rdf, "missing.ttl", None, "missing.ttl: no such graph file"),
    (read_graphml, "bad.graphml", "not xml", "bad.graphml: not a readable GraphML file"),
    (read_gexf, "bad.gexf", "<gexf>", "bad.gexf: not a readable GEXF file"),
    (read_csv, "empty", None, "empty: not a kg csv export")], ids=lambda x: getattr(x, "__name__", None))
def test_export_readers_name_the_file_they_cannot_read(tmp_path, reader, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        reader(path)


# --- networks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(NETWORK_READERS), ids=lambda f: f.value)
def test_export_network_round_trip_keeps_nodes_edges_and_attributes(tmp_path, fmt):
    kg = two_articles()
    net = kg.to_networkx()
    back = NETWORK_READERS[fmt](kg.export(fmt, out_path(tmp_path, fmt))[0])
    assert set(back.nodes) == set(net.nodes)
    assert sorted(back.edges(keys=True)) == sorted(net.edges(keys=True))
    for node, data in net.nodes(data=True):
        for attr in ("label", "kind", "colour"):
            assert back.nodes[node][attr] == data[attr], (node, attr)
    for a, b, k, data in net.edges(keys=True, data=True):
        assert back.edges[a, b, k]["kind"] == data["kind"]


def test_export_network_has_people_meetings_and_their_links():
    net = two_articles().to_networkx()
    people = {d["label"]: n for n, d in net.nodes(data=True) if d["kind"] == "Person"}
    assert {"李国勇", "崔海霞", "王明", "张华"} <= set(people)
    meeting = next(n for n, d in net.nodes(data=True) if d["label"] == "教育工作会议")
    assert net.has_edge(people["崔海霞"], meeting, "主持")
    assert all(d["colour"].startswith("#") and len(d["colour"]) == 7 for _, d in net.nodes(data=True))


def test_export_graphml_gives_gephi_its_colour_attributes(tmp_path):
    kg = two_articles()
    back = read_graphml(kg.export("graphml", tmp_path / "g.graphml")[0])
    node, data = next((n, d) for n, d in back.nodes(data=True) if d["kind"] == "Person")
    assert "#%02x%02x%02x" % (data["r"], data["g"], data["b"]) == data["colour"]


def test_export_gexf_colours_nodes_with_viz(tmp_path):
    text = two_articles().export("gexf", tmp_path / "g.gexf")[0].read_text(encoding="utf-8")
    assert "<viz:color" in text and "lastmodifieddate" not in text and "李国勇" in text


def test_export_csv_has_neo4j_headers_and_round_trips(tmp_path):
    kg = two_articles()
    nodes_csv, edges_csv = kg.export("csv", tmp_path / "neo4j")
    with open(nodes_csv, encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(edges_csv, encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert {"id:ID", ":LABEL"} <= set(nodes[0]) and {":START_ID", ":END_ID", ":TYPE"} <= set(edges[0])
    ids = {n["id:ID"] for n in nodes}
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    assert {e[":TYPE"] for e in edges} >= {"ROLE", "POST"}
    org = next(n for n in nodes if n["label"] == "深州市人民政府")
    assert org[":LABEL"].split(";")[0] == "Organisation"
    back, net = read_csv(tmp_path / "neo4j"), kg.to_networkx()
    assert set(back.nodes) == set(net.nodes)
    assert sorted(back.edges(keys=True)) == sorted(net.edges(keys=True))


def test_export_csv_wants_a_folder(tmp_path):
    with pytest.raises(UsageError, match="give a folder"):
        two_articles().export("csv", tmp_path / "nodes.csv")


# --- Popolo --------------------------------------------------------------------------------------

def test_export_popolo_links_people_posts_organisations_and_meetings(tmp_path):
    doc = json.loads(two_articles().export("popolo", tmp_path / "g.popolo.json")[0].read_text(encoding="utf-8"))
    assert set(doc) >= {"persons", "organizations", "memberships", "posts", "events"}
    by_id = {kind: {x["id"]: x for x in doc[kind]} for kind in doc}
    for kind, items in doc.items():
        assert [x["id"] for x in items] == sorted(x["id"] for x in items), kind
    cui = next(p for p in doc["persons"] if p["name"] == "崔海霞")
    assert cui["other_names"] == [{"name": "Cui Haixia", "note": "pinyin"}]
    membership = next(m for m in doc["memberships"] if m["person_id"] == cui["id"])
    assert membership["role"] == "副市长"
    assert by_id["posts"][membership["post_id"]]["organization_id"] == membership["organization_id"]
    assert membership["organization_id"] in by_id["organizations"]
    assert membership["sources"][0]["note"] == "副市长崔海霞主持会议。"
    event = next(e for e in doc["events"] if e["name"] == "教育工作会议")
    assert event["start_date"] == "2021-11-19" and event["classification"] == "meeting"
    assert {"id": cui["id"], "role": "chair"} in event["participants"]
    assert all(p["id"] in by_id["persons"] or p["id"] in by_id["organizations"] for p in event["participants"])


def test_export_network_is_a_multidigraph_of_strings():
    net = two_articles().to_networkx()
    assert isinstance(net, nx.MultiDiGraph)
    assert all(isinstance(v, str) for _, d in net.nodes(data=True) for v in d.values())
    assert all(isinstance(v, str) for *_, d in net.edges(data=True) for v in d.values())


def test_export_trig_keeps_literals_that_span_lines(tmp_path):
    ds = Dataset()
    g = ds.graph(URIRef("urn:article"))
    g.add((URIRef("urn:s"), KG.name, Literal("第一行\n  第二行")))
    ds.graph(URIRef("urn:other")).add((URIRef("urn:s"), KG.name, Literal("x")))
    path = tmp_path / "g.trig"
    path.write_text(serialize(ds, ExportFormat.TRIG), encoding="utf-8")
    back = named_graphs(read_rdf(path))
    assert isomorphic(back[URIRef("urn:article")], g)
    assert set(back) == {URIRef("urn:article"), URIRef("urn:other")}


def tricky_dataset() -> Dataset:
    """Literals whose short Turtle forms would change them, a line break, a language, a blank node."""
    ds = Dataset()
    g = ds.graph(URIRef("urn:article"))
    s, node = URIRef("urn:s"), BNode()
    for value, dt in (("36", XSD.decimal), ("007", XSD.integer), ("1", XSD.boolean), ("1e3", XSD.double),
                      ("7870.50", XSD.decimal), ("--11-19", XSD.gMonthDay)):
        g.add((s, KG.value, Literal(value, datatype=dt)))
    g.add((s, KG.name, Literal("第一行\n第二行")))
    g.add((s, RDFS.label, Literal("Li Guoyong", lang="en")))
    g.add((s, KG.warning, node))
    g.add((node, KG.code, Literal("corrupted")))
    return ds


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.value)
def test_export_rdf_keeps_literals_as_they_are(tmp_path, fmt):
    ds = tricky_dataset()
    path = tmp_path / f"g.{fmt.extension}"
    path.write_text(serialize(ds, fmt), encoding="utf-8")
    assert isomorphic(union(read_rdf(path)), union(ds))
