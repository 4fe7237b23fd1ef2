"""kg export: a thin skin over KnowledgeGraph.export."""
from __future__ import annotations

from rdflib.compare import isomorphic

import kg
from kg.cli import main
from kg.export import ExportFormat


def test_export_cli_every_format_from_a_build(hengshui_build, tmp_path, capsys):
    graph = hengshui_build / "graph.ttl"
    for fmt in ExportFormat:
        out = tmp_path / ("neo4j" if fmt is ExportFormat.CSV else f"h.{fmt.extension}")
        assert main(["export", "--graph", str(graph), "--format", fmt.value, "--out", str(out)]) == 0
        assert out.exists()
    assert "wrote" in capsys.readouterr().out
    assert isomorphic(kg.load(tmp_path / "h.nq").to_rdf(), kg.load(graph).to_rdf())


def test_export_cli_extension_picks_the_format(hengshui_build, tmp_path):
    out = tmp_path / "h.popolo.json"
    assert main(["export", "-g", str(hengshui_build), "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("{\n \"persons\"")


def test_export_cli_usage_errors(hengshui_build, tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "g.ttl")]) == 2
    assert "give one of --graph PATH or --store DIR" in capsys.readouterr().err
    assert main(["export", "-g", str(hengshui_build), "-s", str(tmp_path), "-o", str(tmp_path / "g.ttl")]) == 2
    assert main(["export", "-g", str(hengshui_build), "-o", str(tmp_path / "g.json")]) == 2
    assert "pass --format" in capsys.readouterr().err
    assert main(["export", "-g", str(hengshui_build), "-f", "xml", "-o", str(tmp_path / "g.xml")]) == 2
    assert main(["export", "-g", str(tmp_path / "missing.ttl"), "-o", str(tmp_path / "g.ttl")]) == 1
    assert "missing.ttl: no such graph file" in capsys.readouterr().err


def test_export_cli_from_a_store(tmp_path):
    from shared_paths import HENGSHUI

    assert main(["ingest", str(HENGSHUI), "--store", str(tmp_path / "corpus")]) == 0
    out = tmp_path / "corpus.trig"
    assert main(["export", "--store", str(tmp_path / "corpus"), "--out", str(out), "-q"]) == 0
    assert kg.load(out).articles == kg.build_files([HENGSHUI]).articles
