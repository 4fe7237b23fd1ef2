"""SHACL validation: every graph built from the corpus conforms; each rule catches what it is for; the CLI
prints the entity, the rule and the evidence, and exits 1 on any violation."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import main
from kg.pipeline import build_file
from kg.rdf import to_rdf
from kg.validate import format_report, validate
from kg.vocab import KG, NIF, ORG, PROV, RDF, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
HENGSHUI = ROOT / "data" / "hengshui-2021-11-19-education.txt"


def corpus_articles() -> list[Path]:
    paths = sorted(CORPUS.glob("*/*.txt"))
    assert paths, f"{CORPUS}: no articles; the tests read the shared corpus beside the repository"
    return paths


def test_the_corpus_has_all_three_sets():
    assert {p.parent.name for p in corpus_articles()} == {"seed", "dev", "unlabelled"}


@pytest.mark.parametrize("path", corpus_articles(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_corpus_graph_conforms(path):
    report = validate(to_rdf(build_file(path)))
    assert report.conforms, format_report(report, str(path))


@pytest.fixture(scope="module")
def hengshui() -> Graph:
    return to_rdf(build_file(HENGSHUI))


def broken(g: Graph, change) -> Graph:  # type: ignore[no-untyped-def]
    copy = Graph() + g
    change(copy)
    return copy


def first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _drop(g: Graph, cls: URIRef, prop: URIRef) -> None:
    node = first(g, cls)
    g.remove((node, prop, None))


def _set(g: Graph, cls: URIRef, prop: URIRef, value) -> None:  # type: ignore[no-untyped-def]
    node = first(g, cls)
    g.set((node, prop, value))


CASES = [
    ("fact without evidence", lambda g: _drop(g, KG.Participation, KG.evidence), "kgsh:Fact", "kg:evidence"),
    ("fact without its article", lambda g: _drop(g, KG.Figure, PROV.wasDerivedFrom), "kgsh:Fact",
     "prov:wasDerivedFrom"),
    ("role not one of the six", lambda g: _set(g, KG.Participation, KG.role, KG.Meeting), "kgsh:Participation",
     "kg:role"),
    ("participation without participant", lambda g: _drop(g, KG.Participation, KG.participant),
     "kgsh:Participation", "kg:participant"),
    ("participant that is a place", lambda g: _set(g, KG.Participation, KG.participant, first(g, KG.Place)),
     "kgsh:Participation", "kg:participant"),
    ("figure value as text", lambda g: _set(g, KG.Figure, KG.value, Literal("44")), "kgsh:Figure", "kg:value"),
    ("division code of four digits", lambda g: _set(g, KG.Place, KG.divisionCode, Literal("1311")), "kgsh:Place",
     "kg:divisionCode"),
    ("meeting date as text", lambda g: _set(g, KG.Meeting, KG.date, Literal("11月19日")), "kgsh:Meeting",
     "kg:date"),
    ("holding without post", lambda g: _drop(g, KG.PostHolding, ORG.role), "kgsh:PostHolding", "org:role"),
    ("span ending before it begins", lambda g: _set(g, KG.EvidenceSpan, NIF.endIndex, Literal(0)),
     "kgsh:EvidenceSpan", "nif:beginIndex"),
    ("report of an unknown kind", lambda g: _set(g, KG.Report, KG.reportKind, KG.Chair), "kgsh:Report",
     "kg:reportKind"),
    ("measure outside any policy", lambda g: _drop(g, KG.Measure, SKOS.broader),
     "kgsh:Measure", "skos:broader"),
]


@pytest.mark.parametrize("what, change, shape, path", CASES, ids=[c[0] for c in CASES])
def test_each_rule_catches_its_break(hengshui, what, change, shape, path):
    assert validate(hengshui).conforms
    report = validate(broken(hengshui, change))
    assert not report.conforms
    hits = [v for v in report.violations if v.shape == shape and v.path == path]
    assert hits, f"{what}: expected {shape} on {path}, got {[(v.shape, v.path) for v in report.violations]}"


def test_a_violation_names_the_entity_and_its_sentence(hengshui):
    def change(g: Graph) -> None:
        _set(g, KG.Figure, KG.value, Literal("many"))

    report = validate(broken(hengshui, change))
    (v,) = report.violations
    fig = first(hengshui, KG.Figure)
    assert v.focus == str(fig) and v.value == "many"
    assert v.evidence == str(hengshui.value(hengshui.value(fig, KG.evidence), NIF.anchorOf))
    assert "xsd:decimal" in v.message


def test_evidence_literals_are_integers_and_values_decimals(hengshui):
    for v in hengshui.objects(None, KG.value):
        assert v.datatype == XSD.decimal
    for v in hengshui.objects(None, NIF.beginIndex):
        assert v.datatype == XSD.integer


# --- the command ---------------------------------------------------------------------------------

def test_cli_valid_graph_prints_one_line_and_exits_0(tmp_path, capsys, hengshui):
    path = tmp_path / "graph.ttl"
    hengshui.serialize(path, format="turtle")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("valid: ")


def test_cli_invalid_graph_prints_entity_rule_evidence_and_exits_1(tmp_path, capsys, hengshui):
    def change(g: Graph) -> None:
        _drop(g, KG.Participation, PROV.wasDerivedFrom)

    path = tmp_path / "graph.ttl"
    broken(hengshui, change).serialize(path, format="turtle")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    fact = first(hengshui, KG.Participation)
    sentence = str(hengshui.value(hengshui.value(fact, KG.evidence), NIF.anchorOf))
    assert str(fact) in out
    assert "rule: kgsh:Fact on prov:wasDerivedFrom: a fact needs prov:wasDerivedFrom" in out
    assert f"evidence: {sentence}" in out
    assert out.strip().splitlines()[-1].startswith("invalid: ")


def test_cli_missing_or_unreadable_graph_is_a_one_line_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "none.ttl")]) == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("kg: error: ") for line in err)


def test_cli_validates_a_store(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["ingest", str(HENGSHUI), "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["validate", str(store)]) == 0
    assert capsys.readouterr().out.startswith("valid: ")
    assert main(["validate", str(tmp_path)]) == 1  # a folder that is not a store
    assert "not a kg store" in capsys.readouterr().err
