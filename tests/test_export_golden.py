"""The Hengshui article's exports, byte for byte, against tests/golden/hengshui/."""
from __future__ import annotations

import difflib

import pytest
from regen_golden import COMMAND, GOLDEN, HENGSHUI, export_all
from rdflib.compare import isomorphic

import kg
from kg.export import ExportFormat
from kg.export.rdf import read_rdf, union


@pytest.fixture(scope="module")
def fresh_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("golden")
    export_all(out)
    return out


@pytest.fixture(scope="module")
def fresh(fresh_dir):
    return {p.relative_to(fresh_dir).as_posix(): p.read_text(encoding="utf-8")
            for p in fresh_dir.rglob("*") if p.is_file()}


@pytest.mark.parametrize("fmt", [f for f in ExportFormat if f.is_rdf], ids=lambda f: f.value)
def test_export_golden_hengshui_rdf_round_trips(fresh_dir, fmt):
    graph = kg.build_files([HENGSHUI])
    back = read_rdf(fresh_dir / f"hengshui.{fmt.extension}")
    assert isomorphic(union(back), graph.to_rdf())


def test_export_golden_files_are_all_there(fresh):
    golden = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    assert golden == set(fresh), f"the golden files differ from the exports; regenerate them with `{COMMAND}`"


def test_export_golden_files_match(fresh):
    changed = []
    for name, text in sorted(fresh.items()):
        path = GOLDEN / name
        want = path.read_text(encoding="utf-8") if path.is_file() else ""
        if text != want:
            diff = difflib.unified_diff(want.splitlines(), text.splitlines(), f"golden/{name}", f"now/{name}",
                                        n=1, lineterm="")
            changed.append("\n".join(list(diff)[:12]))
    assert not changed, (f"{len(changed)} export(s) of the Hengshui article changed. If the change is meant, "
                         f"regenerate the golden files with `{COMMAND}` and review `git diff tests/golden`.\n\n"
                         + "\n\n".join(changed))
