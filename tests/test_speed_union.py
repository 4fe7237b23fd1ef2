"""The writer leaves out of the union the triples this ingest already wrote there: same quads all the same."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.store import open_store
from kg.store import store as store_module
from kg.store.store import Store

# two articles that name the same city, committee and official: shared triples in the union
ARTICLE_A = ("衡水市召开全市教育工作推进会议\n"
             "11月19日，衡水市召开全市教育工作推进会议。市委副书记李国勇出席会议并讲话。副市长崔海霞主持会议。\n")
ARTICLE_B = ("衡水市召开安全生产工作会议\n"
             "12月3日，衡水市召开全市安全生产工作会议。市委副书记李国勇出席会议并讲话，要求各县市区压实责任。\n")
ARTICLE_C = ("衡水市召开全市环境保护工作会议\n"
             "12月9日，衡水市召开全市环境保护工作会议。市委副书记李国勇出席会议并讲话。副市长崔海霞主持会议。\n")


def write_article(folder: Path, name: str, text: str, published: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(f'{{"place": "衡水市", "published": "{published}"}}',
                                              encoding="utf-8")
    return folder / f"{name}.txt"


def sorted_quads(store_dir: Path) -> list[str]:
    with open_store(store_dir) as st:
        return sorted(str(q) for q in st.ox)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_article(folder, "a", ARTICLE_A, "2021-11-19")
    write_article(folder, "b", ARTICLE_B, "2021-12-03")
    write_article(folder, "c", ARTICLE_C, "2021-12-09")
    return folder


def one_by_one(tmp_path: Path, folder: Path, names: list[str]) -> Path:
    """A store written one article per ingest: each run starts knowing nothing, so writes every union triple."""
    store = tmp_path / ("one-by-one-" + "".join(names) + ".kg")
    for n in names:
        assert main(["ingest", str(folder / f"{n}.txt"), "--store", str(store), "--quiet"]) == 0
    return store


def test_article_quads_leaves_out_known_union_lines_and_keeps_every_named_quad():
    iri = "https://w3id.org/kg-cn/id/article/0123456789abcdef"
    shared = "<https://w3id.org/kg-cn/id/place/131100> <http://www.w3.org/2000/01/rdf-schema#label> \"衡水市\"@zh ."
    scoped = f"<{iri}> <https://w3id.org/kg-cn/ontology#digest> \"0123\" ."
    fact = "<https://w3id.org/kg-cn/id/fact/holding/00ff> <http://www.w3.org/ns/org#role> <https://w3id.org/kg-cn/id/post/x/y> ."
    text = "\n".join([scoped, fact, shared]) + "\n"
    plain, _ = Store.article_quads(iri, text, "/in/a.txt", [])
    known: set[str] = set()
    first, _ = Store.article_quads(iri, text, "/in/a.txt", [], known)
    assert sorted(first.splitlines()) == sorted(plain.splitlines())
    assert known == {shared}  # article-scoped lines are never remembered: no other article has them
    second, _ = Store.article_quads(iri, text, "/in/a.txt", [], known)
    lines = second.splitlines()
    assert shared not in lines and scoped in lines and fact in lines  # the union keeps what is scoped
    assert sum(line.endswith(f"<{iri}> .") for line in lines) == 3  # the named graph keeps all


def test_one_ingest_in_batches_equals_one_article_per_ingest(tmp_path, folder):
    together = tmp_path / "together.kg"
    assert main(["ingest", str(folder), "--store", str(together), "--quiet", "--batch", "1"]) == 0
    assert sorted_quads(together) == sorted_quads(one_by_one(tmp_path, folder, ["a", "b", "c"]))


def test_a_full_memory_of_known_lines_is_forgotten_and_the_quads_are_the_same(tmp_path, folder, monkeypatch):
    monkeypatch.setattr(store_module, "KNOWN_MAX", 3)
    small = tmp_path / "small.kg"
    assert main(["ingest", str(folder), "--store", str(small), "--quiet", "--batch", "2"]) == 0
    assert sorted_quads(small) == sorted_quads(one_by_one(tmp_path, folder, ["a", "b", "c"]))


@pytest.mark.parametrize("forgotten", ["a", "b", "c"])
def test_forgetting_an_article_after_a_skip_keeps_every_triple_the_others_state(tmp_path, folder, forgotten):
    together = tmp_path / "together.kg"
    assert main(["ingest", str(folder), "--store", str(together), "--quiet", "--batch", "1"]) == 0
    assert main(["forget", str(folder / f"{forgotten}.txt"), "--store", str(together), "--quiet"]) == 0
    rest = [n for n in "abc" if n != forgotten]
    assert sorted_quads(together) == sorted_quads(one_by_one(tmp_path, folder, rest))


def test_replacing_an_article_after_a_skip_keeps_every_triple_the_others_state(tmp_path, folder):
    store = tmp_path / "s.kg"
    assert main(["ingest", str(folder), "--store", str(store), "--quiet", "--batch", "1"]) == 0
    # a changed a.txt and a new d.txt in one run: d's shared triples are known once a's replacement is written
    (folder / "a.txt").write_text(ARTICLE_A.replace("崔海霞", "王明"), encoding="utf-8")
    write_article(folder, "d", ARTICLE_A.replace("教育", "卫生"), "2021-11-20")
    assert main(["ingest", str(folder), "--store", str(store), "--quiet", "--batch", "1"]) == 0
    assert sorted_quads(store) == sorted_quads(one_by_one(tmp_path, folder, ["a", "b", "c", "d"]))
