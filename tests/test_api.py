"""The Python API: kg.build, kg.build_files, kg.load and KnowledgeGraph."""
from __future__ import annotations

import sys

import networkx as nx
import pytest
from shared_paths import HENGSHUI
from export_fixtures import EDUCATION, META, SAFETY, two_articles
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.document import Meta
from kg.errors import InputError, MetaError, QueryError, UsageError


def test_api_all_names_the_public_api():
    assert set(kg.__all__) == {"__version__", "build", "build_files", "load", "KnowledgeGraph", "ExportFormat",
                               "Store", "open_store"}
    for name in kg.__all__:
        assert getattr(kg, name) is not None
    assert set(kg.__all__) <= set(dir(kg))
    with pytest.raises(AttributeError):
        kg.no_such_thing  # noqa: B018


def test_api_build_takes_meta_as_dict_or_meta():
    a = kg.build(EDUCATION, meta=META["education"])
    b = kg.build(EDUCATION, meta=Meta(**META["education"]))
    assert a.articles == b.articles == ["education"]
    assert isomorphic(a.to_rdf(), b.to_rdf())


def test_api_build_refuses_unknown_meta_fields():
    with pytest.raises(MetaError, match="unknown field.*colour"):
        kg.build(EDUCATION, meta={"id": "x", "colour": "red"})


def test_api_query_named_and_sparql():
    g = two_articles()
    rows = g.query("participants")
    assert {"meeting", "participant", "role", "source", "evidence"} <= set(rows[0])
    assert {(r["participant"], r["role"], r["source"]) for r in rows} >= {
        ("崔海霞", "chair", "education"), ("张华", "chair", "safety")}
    count = g.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kg-cn/ontology#Article> }")
    assert count == [{"n": "2"}]
    with pytest.raises(QueryError):
        g.query("SELECT ?x WHERE {")


def test_api_query_as_frame():
    frame = two_articles().query("officials", as_frame=True)
    assert list(frame.columns)[:3] == ["person", "post", "organisation"]
    assert set(frame["person"]) >= {"李国勇", "崔海霞", "王明", "张华"}
    assert two_articles().query_frame("officials").equals(frame)


def test_api_query_as_frame_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(UsageError, match="pip install pandas"):
        two_articles().query("officials", as_frame=True)


def test_api_mentions_and_warnings():
    g = two_articles()
    assert {m["article"] for m in g.mentions} == {"education", "safety"}
    m = next(m for m in g.mentions if m["text"] == "李国勇")
    assert EDUCATION[m["start"]:m["end"]] == "李国勇" and m["type"] == "Person"
    assert [(w["article"], w["code"]) for w in g.warnings] == [("safety", "corrupted")]
    w = g.warnings[0]
    assert 0 <= w["start"] < w["end"] <= len(SAFETY)


def test_api_to_networkx():
    net = two_articles().to_networkx()
    assert isinstance(net, nx.MultiDiGraph)
    assert {d["kind"] for _, d in net.nodes(data=True)} >= {"Meeting", "Person", "Organisation"}


def test_api_export_picks_the_format_from_the_extension(tmp_path):
    written = two_articles().export(None, tmp_path / "g.nq")
    assert written == [tmp_path / "g.nq"]
    assert kg.load(written[0]).articles == ["education", "safety"]


def test_api_load_a_build_folder_reads_its_mentions(hengshui_build):
    g = kg.load(hengshui_build)
    built = kg.build_files([HENGSHUI])
    assert isomorphic(g.to_rdf(), Graph().parse(hengshui_build / "graph.ttl"))
    assert len(g) == len(built)
    assert g.mentions == built.mentions and g.mentions
    assert g.warnings == built.warnings
    assert repr(g).startswith("<KnowledgeGraph: 1 articles, ")


def test_api_load_names_what_is_missing(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        kg.load(tmp_path)


def test_api_load_a_store(tmp_path):
    from kg.store import expand_paths, ingest, open_store

    with open_store(tmp_path / "corpus", write=True, create=True) as store:
        ingest(store, expand_paths([str(HENGSHUI)]))
    g = kg.load(tmp_path / "corpus")
    assert g.articles == kg.build_files([HENGSHUI]).articles
    assert {r["person"] for r in g.query("officials")} == {r["person"] for r in kg.load(
        tmp_path / "corpus").query("officials")} != set()
