"""The corpus store: ingest, idempotence, replacement, forget, interruption, locking, queries."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError, StoreError, UsageError
from kg.store import constrain, open_store, parse_where

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

CORPUS = SHARED / "corpus"
KG = "https://w3id.org/kg-cn/ontology#"

ARTICLE_A = ("衡水市召开全市教育工作推进会议\n"
             "11月19日，衡水市召开全市教育工作推进会议。市委副书记李国勇出席会议并讲话。副市长崔海霞主持会议。\n")
ARTICLE_B = ("衡水市召开安全生产工作会议\n"
             "12月3日，衡水市召开全市安全生产工作会议。市委副书记李国勇出席会议并讲话，要求各县市区压实责任。\n")


def write_article(folder: Path, name: str, text: str, place: str = "衡水市", published: str = "2021-11-19") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(f'{{"place": "{place}", "published": "{published}"}}', encoding="utf-8")
    return folder / f"{name}.txt"


def sorted_quads(store_dir: Path) -> list[str]:
    with open_store(store_dir) as st:
        return sorted(str(q) for q in st.ox)


def count(store_dir: Path) -> int:
    with open_store(store_dir) as st:
        return st.count()


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.rglob("*.txt"))
    assert files, f"{CORPUS} holds no articles: the shared corpus must be beside the repository"
    return files


def test_ingesting_the_corpus_twice_gives_the_same_triples(tmp_path, capsys):
    store = tmp_path / "corpus.kg"
    dirs = [str(CORPUS / d) for d in ("seed", "dev", "unlabelled")]
    assert main(["ingest", *dirs, "--store", str(store)]) == 0
    first = sorted_quads(store)
    n = count(store)
    with open_store(store) as st:
        assert len(st.articles()) == len(corpus_files())
    assert main(["ingest", *dirs, "--store", str(store)]) == 0
    assert "added 0" in capsys.readouterr().out
    assert count(store) == n > 0
    assert sorted_quads(store) == first


def test_ingest_compacts_once_bulk_loads_pile_up_and_when_asked(tmp_path, monkeypatch):
    import json

    import kg.store.store as store_mod
    from kg.store.store import Store

    calls = []
    real = Store.compact

    def spy(self):
        calls.append(self.path)
        real(self)

    monkeypatch.setattr(Store, "compact", spy)
    monkeypatch.setattr(store_mod, "COMPACT_AFTER", 2)
    store = tmp_path / "s.kg"
    loads = lambda: json.loads((store / store_mod.MARKER).read_text(encoding="utf-8"))["loads"]  # noqa: E731
    write_article(tmp_path / "in", "a", ARTICLE_A)
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "--quiet"]) == 0
    assert calls == [] and loads() == 1  # one load: not worth rewriting the store
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "--quiet"]) == 0  # nothing new
    assert calls == [] and loads() == 1
    write_article(tmp_path / "in", "b", ARTICLE_B)
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "--quiet", "--no-compact"]) == 0
    assert calls == [] and loads() == 2  # piled up, but the user said not now
    with open_store(store) as st:
        before = sorted(str(q) for q in st.ox)
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "--quiet"]) == 0  # the next run does it
    assert len(calls) == 1 and loads() == 0
    with open_store(store) as st:
        assert sorted(str(q) for q in st.ox) == before  # and keeps every quad
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "--quiet", "--compact"]) == 0
    assert len(calls) == 2 and loads() == 0


def test_an_official_in_two_articles_is_one_node_with_both_meetings(tmp_path):
    folder = tmp_path / "in"
    write_article(folder, "a", ARTICLE_A)
    write_article(folder, "b", ARTICLE_B, published="2021-12-03")
    store = tmp_path / "s.kg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet"]) == 0
    with open_store(store) as st:
        rows = list(st.query(
            f"SELECT DISTINCT ?p ?m WHERE {{ ?f <{KG}participant> ?p ; <{KG}meeting> ?m . ?p <{KG}name> '李国勇' }}"))
    people = {r["p"].value for r in rows}
    assert len(people) == 1, people
    assert len({r["m"].value for r in rows}) == 2


def test_a_changed_article_replaces_its_graph_and_forget_removes_it(tmp_path, capsys):
    folder = tmp_path / "in"
    path = write_article(folder, "a", ARTICLE_A)
    store = tmp_path / "s.kg"
    assert main(["ingest", str(path), "--store", str(store), "--quiet"]) == 0
    with open_store(store) as st:
        [before] = st.articles()
    path.write_text(ARTICLE_A.replace("崔海霞", "王明"), encoding="utf-8")
    assert main(["ingest", str(path), "--store", str(store)]) == 0
    assert "replaced 1" in capsys.readouterr().out
    with open_store(store) as st:
        [after] = st.articles()
        assert after["digest"] != before["digest"]
        assert not st.has_graph(before["iri"])
        names = {r["n"].value for r in st.query(f"SELECT ?n WHERE {{ ?p a <{KG}Person> ; <{KG}name> ?n }}")}
    assert "王明" in names and "崔海霞" not in names
    assert main(["forget", "a", "--store", str(store), "--quiet"]) == 0
    with open_store(store) as st:
        assert st.articles() == []
        assert st.count() == 0  # nothing of the article is left in the union either
    with pytest.raises(InputError, match="no article"):
        with open_store(store, write=True) as st:
            from kg.store import forget

            forget(st, "a")


def test_forgetting_one_of_two_articles_keeps_what_the_other_states(tmp_path):
    folder = tmp_path / "in"
    a = write_article(folder, "a", ARTICLE_A)
    write_article(folder, "b", ARTICLE_B, published="2021-12-03")
    both, only_b = tmp_path / "both.kg", tmp_path / "b.kg"
    assert main(["ingest", str(folder), "--store", str(both), "--quiet"]) == 0
    assert main(["ingest", str(folder / "b.txt"), "--store", str(only_b), "--quiet"]) == 0
    assert main(["forget", str(a), "--store", str(both), "--quiet"]) == 0
    assert sorted_quads(both) == sorted_quads(only_b)


def _wal_bytes(store: Path) -> int:
    data = store / "oxigraph"
    return sum(f.stat().st_size for f in data.glob("*.log")) if data.is_dir() else 0


def test_an_ingest_killed_midway_and_run_again_equals_an_uninterrupted_one(tmp_path):
    from benchmarks.synthetic import generate, write

    folder = tmp_path / "synthetic"
    write(generate(120, seed=3), folder)
    killed, clean = tmp_path / "killed.kg", tmp_path / "clean.kg"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(killed), "--quiet",
                             "--batch", "2"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = None
    while proc.poll() is None:
        size = _wal_bytes(killed)
        if start is None and (killed / "oxigraph").is_dir():
            start = size
        if start is not None and size > start + 20000:  # a few articles are in
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(killed) as st:
        partial = len(st.articles())
    assert 0 < partial < 120
    assert main(["ingest", str(folder), "--store", str(killed), "--quiet"]) == 0
    assert main(["ingest", str(folder), "--store", str(clean), "--quiet"]) == 0
    assert sorted_quads(killed) == sorted_quads(clean)
    with open_store(killed) as st:
        assert st.pending() == 0 and len(st.articles()) == 120


def test_a_second_writer_is_told_the_store_is_in_use(tmp_path):
    folder = tmp_path / "in"
    write_article(folder, "a", ARTICLE_A)
    store = tmp_path / "s.kg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet"]) == 0
    with open_store(store, write=True):
        proc = subprocess.run([sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(store)],
                              cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 1
        assert "store is in use" in proc.stderr and f"pid {os.getpid()}" in proc.stderr
        assert len(proc.stderr.strip().splitlines()[-1]) < 300 and "Traceback" not in proc.stderr
        with pytest.raises(StoreError, match="store is in use"):
            with open_store(store):
                pass


def test_a_folder_that_is_not_a_store_is_refused(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["query", "officials", "--store", str(tmp_path)]) == 1
    assert "not a kg store" in capsys.readouterr().err
    assert main(["ingest", str(ROOT / "data"), "--store", str(tmp_path)]) == 1
    assert "is not a kg store" in capsys.readouterr().err


def test_where_and_limit_are_written_into_the_sparql(tmp_path, capsys):
    from kg.query import named_query_text

    text = constrain(named_query_text("officials"), parse_where(["person=李国勇", "organisation=衡水市委"]), 10)
    assert 'VALUES ?person { "李国勇" }' in text  # bound by a pattern: VALUES at the head
    assert 'FILTER(STR(?organisation) = "衡水市委")' in text  # computed by BIND: FILTER at the end
    assert "LIMIT 11 }" in text and text.index("LIMIT 11") < text.index("ORDER BY")  # limit inside, order outside
    with pytest.raises(UsageError, match="no column 'nobody'"):
        constrain(named_query_text("officials"), parse_where(["nobody=x"]))
    folder = tmp_path / "in"
    write_article(folder, "a", ARTICLE_A)
    write_article(folder, "b", ARTICLE_B, published="2021-12-03")
    store = tmp_path / "s.kg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["query", "participants", "--store", str(store), "--where", "participant=李国勇",
                 "--where", "role=speaker", "-f", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(",李国勇,speaker," in line for line in lines[1:])
    assert main(["query", "participants", "--store", str(store), "--limit", "2", "-f", "csv"]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 3 and "first 2 rows" in out.err
    assert main(["query", "participants", "--store", str(store), "--limit", "0", "-f", "csv"]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 6 and out.err == ""
