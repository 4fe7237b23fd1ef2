"""Stores that another process holds, and folders that are not stores."""
from __future__ import annotations

import subprocess
import sys

import pytest

from robust_helpers import ROOT, assert_one_line_error, kg, write_article

HOLD = r"""
import sys, time
from kg.store import open_store
with open_store(sys.argv[1], write=sys.argv[2] == "write") as st:
    print("HOLDING", flush=True)
    time.sleep(600)
"""


@pytest.fixture
def holder(store):
    """Start a process that holds ``store`` (for writing or reading); kill it afterwards."""
    procs = []

    def hold(mode: str) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store), mode], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "HOLDING", proc.stderr.read()
        return proc

    yield hold
    for proc in procs:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_a_store_being_written_is_refused_to_readers_and_writers_with_the_holders_pid(store, holder, tmp_path):
    proc = holder("write")
    write_article(tmp_path / "in", "c")
    for args in (["query", "meetings", "--store", store], ["ingest", tmp_path / "in", "--store", store],
                 ["forget", tmp_path / "in" / "c.txt", "--store", store], ["serve", "--store", store, "--port", "0"]):
        err = assert_one_line_error(kg(*args, timeout=60), 1, str(store), "in use", "wait")
        assert f"pid {proc.pid}" in err


def test_a_store_being_read_is_refused_to_a_writer_and_open_to_readers(store, holder, tmp_path):
    holder("read")
    write_article(tmp_path / "in", "c")
    assert_one_line_error(kg("ingest", tmp_path / "in", "--store", store), 1, str(store), "in use", "wait")
    run = kg("query", "meetings", "--store", store, "-f", "csv")
    assert run.code == 0 and len(run.out.splitlines()) == 3, run.err


def test_the_store_is_usable_once_the_holder_is_gone(store, holder):
    proc = holder("write")
    proc.kill()
    proc.wait()
    run = kg("query", "meetings", "--store", store, "-f", "csv")
    assert run.code == 0 and len(run.out.splitlines()) == 3, run.err


def test_an_empty_folder_is_not_a_store(tmp_path):
    (tmp_path / "empty").mkdir()
    assert_one_line_error(kg("query", "meetings", "--store", tmp_path / "empty"), 1, "empty", "not a kg store")


def test_a_store_whose_data_is_not_a_database_is_refused(tmp_path):
    folder = tmp_path / "s.kg"
    (folder / "oxigraph").mkdir(parents=True)
    (folder / "kg-store.json").write_text('{"format": 1, "engine": "pyoxigraph"}\n', encoding="utf-8")
    (folder / "oxigraph" / "CURRENT").write_text("garbage\n", encoding="utf-8")
    for args in (["query", "meetings", "--store", folder], ["ingest", ROOT / "data", "--store", folder]):
        assert_one_line_error(kg(*args), 1, "s.kg", "cannot be opened")


def test_a_store_of_another_format_is_refused(tmp_path):
    folder = tmp_path / "s.kg"
    folder.mkdir()
    (folder / "kg-store.json").write_text('{"format": 99}\n', encoding="utf-8")
    assert_one_line_error(kg("query", "meetings", "--store", folder), 1, "s.kg", "format 99")
