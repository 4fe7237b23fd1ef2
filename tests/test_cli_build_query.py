"""The whole path on the Hengshui article: build, query, provenance, errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Graph

from kg.cli import main
from kg.query import NAMED_QUERIES, load_graph, named_query_text, run_query
from kg.vocab import KG, NIF

from shared_paths import HENGSHUI

COLUMNS = {
    "meetings": ["meeting", "date", "place"],
    "participants": ["meeting", "participant", "role"],
    "officials": ["person", "post", "organisation"],
    "reports": ["meeting", "unit", "topic", "kind"],
    "policies": ["meeting", "policy"],
    "measures": ["policy", "measure"],
    "figures": ["subject", "indicator", "value", "unit", "time"],
    "places": ["place", "parent"],
    "organisations": ["organisation", "type", "place"],
}


def test_build_writes_the_three_outputs(hengshui_build):
    for name in ("graph.ttl", "mentions.jsonl", "graph.html"):
        assert (hengshui_build / name).stat().st_size > 0, name


@pytest.mark.parametrize("name", NAMED_QUERIES)
def test_named_query_columns_are_the_contract(hengshui_build, name):
    store = load_graph(hengshui_build / "graph.ttl")
    cols, rows = run_query(store, named_query_text(name), name)
    assert cols == COLUMNS[name] + ["source", "evidence"]
    for row in rows:
        assert row["source"] == "hengshui-2021-11-19-education"
        assert row["evidence"]


def test_query_json_prints_a_list_of_objects(hengshui_build, capsys):
    assert main(["query", "participants", "--graph", str(hengshui_build / "graph.ttl"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"meeting", "participant", "role", "source", "evidence"} <= set(rows[0])
    assert {(r["participant"], r["role"]) for r in rows} >= {("崔海霞", "chair"), ("李国勇", "speaker"),
                                                              ("衡水市委", "convener"), ("安平县人民政府", "statement")}


def test_query_csv_has_a_header(hengshui_build, capsys):
    assert main(["query", "places", "--graph", str(hengshui_build / "graph.ttl"), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "place,parent,source,evidence"
    assert any(line.startswith("深州市,衡水市,") for line in lines)


def test_query_accepts_sparql_text_and_rq_files(hengshui_build, tmp_path, capsys):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert main(["query", q, "--graph", str(hengshui_build / "graph.ttl"), "--format", "json"]) == 0
    assert int(json.loads(capsys.readouterr().out)[0]["n"]) > 100
    rq = tmp_path / "q.rq"
    rq.write_text(q, encoding="utf-8")
    assert main(["query", str(rq), "--graph", str(hengshui_build / "graph.ttl"), "--format", "json"]) == 0


def test_turtle_reparses_and_every_evidence_is_at_its_offsets(hengshui_build, hengshui_graph):
    g = Graph().parse(hengshui_build / "graph.ttl", format="turtle")
    text = hengshui_graph.doc.text
    spans = list(g.subjects(predicate=NIF.anchorOf))
    assert len(spans) >= 5
    for span in spans:
        start, end = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert text[start:end] == str(g.value(span, NIF.anchorOf))
    # every fact node has provenance
    for cls in (KG.Participation, KG.PostHolding, KG.Report):
        for fact in g.subjects(predicate=None, object=cls):
            assert g.value(fact, KG.evidence) is not None


def test_mentions_give_normalised_and_raw_offsets(hengshui_build, hengshui_graph):
    raw, text = hengshui_graph.doc.raw, hengshui_graph.doc.text
    lines = (hengshui_build / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        m = json.loads(line)
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["iri"].startswith("https://w3id.org/kg-cn/id/")
        assert 0 <= m["raw_start"] <= m["raw_end"] <= len(raw)
    names = [json.loads(line)["text"] for line in lines]
    assert "李国勇" in names and "深州市" in names


def test_missing_file_is_a_one_line_error_with_exit_1(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "nope.txt" in done.stderr and "Traceback" not in done.stderr


def test_unknown_query_and_bad_sparql_are_errors(hengshui_build, capsys):
    graph = str(hengshui_build / "graph.ttl")
    assert main(["query", "nonsense", "--graph", graph]) == 1
    assert "unknown query" in capsys.readouterr().err
    assert main(["query", "SELECT ?x WHERE { ?x ", "--graph", graph]) == 1
    assert "syntax error" in capsys.readouterr().err


def test_usage_error_exits_2(capsys):
    assert main(["build"]) == 2


def test_build_does_not_touch_existing_outputs_when_input_is_bad(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(HENGSHUI), "--out", str(out), "--quiet"]) == 0
    before = (out / "graph.ttl").read_bytes()
    assert main(["build", str(tmp_path / "missing.txt"), "--out", str(out), "--quiet"]) == 1
    assert (out / "graph.ttl").read_bytes() == before
