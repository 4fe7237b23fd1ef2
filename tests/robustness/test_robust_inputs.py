"""Bad input through the real `kg` command: one line on stderr that names the input and says what
to do, exit 1 for bad input and 2 for usage, no traceback unless --debug (and then one)."""
from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from robust_helpers import ARTICLE, HENGSHUI, assert_one_line_error, kg, write_article

ARTICLE_GB = "衡水市召开全市教育工作推进会议。市委副书记李国勇出席会议并讲话。" * 20
SCRIPTS = "<script>alert('x')</script>"


def _empty(tmp: Path, built: Path):
    (tmp / "empty.txt").write_bytes(b"")
    return ["build", tmp / "empty.txt", "--out", tmp / "out"], "empty.txt", ["empty"]


def _blank(tmp: Path, built: Path):
    (tmp / "blank.txt").write_bytes(b" \n\r\n\t  \n")
    return ["build", tmp / "blank.txt", "--out", tmp / "out"], "blank.txt", ["empty"]


def _binary(tmp: Path, built: Path):
    rng = random.Random(7)
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(20000))
    return ["build", tmp / "photo.txt", "--out", tmp / "out"], "photo.txt", ["binary"]


def _undecodable(tmp: Path, built: Path):
    rng = random.Random(1)
    (tmp / "noise.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    return ["build", tmp / "noise.txt", "--out", tmp / "out"], "noise.txt", ["encoding", "--encoding"]


def _wrong_encoding(tmp: Path, built: Path):
    (tmp / "gbk.txt").write_bytes(ARTICLE_GB.encode("gb18030"))
    return ["build", tmp / "gbk.txt", "--encoding", "utf-8", "--out", tmp / "out"], "gbk.txt", ["utf-8", "byte 0"]


def _unknown_encoding(tmp: Path, built: Path):
    (tmp / "gbk.txt").write_bytes(ARTICLE_GB.encode("gb18030"))
    return ["build", tmp / "gbk.txt", "--encoding", "klingon", "--out", tmp / "out"], "gbk.txt", ["klingon"]


def _huge(tmp: Path, built: Path):
    """A 50 MB article: refused before it is read into memory."""
    line = ("11月19日，衡水市召开全市教育工作推进会议。" * 40 + "\n").encode("utf-8")
    with open(tmp / "huge.txt", "wb") as fh:
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    assert (tmp / "huge.txt").stat().st_size >= 50 * 2**20
    return ["build", tmp / "huge.txt", "--out", tmp / "out"], "huge.txt", ["50 MB", "too large"]


def _scripts_only(tmp: Path, built: Path):
    page = ("<!doctype html><html><head><title>t</title>" + SCRIPTS * 50 + "</head><body>"
            + "<script>document.write('衡水市召开会议')</script>" * 50 + "</body></html>")
    (tmp / "page.html").write_text(page, encoding="utf-8")
    return ["build", tmp / "page.html", "--out", tmp / "out"], "page.html", ["no article text"]


def _meta_not_json(tmp: Path, built: Path):
    write_article(tmp, "a", ARTICLE, '{"place": "衡水市",\n "published": 2021-11-19}')
    return ["build", tmp / "a.txt", "--out", tmp / "out"], "a.meta.json", ["not valid JSON", "line 2, column"]


def _meta_wrong_type(tmp: Path, built: Path):
    write_article(tmp, "a", ARTICLE, {"place": "衡水市", "published": 20211119})
    return ["build", tmp / "a.txt", "--out", tmp / "out"], "a.meta.json", ["'published'", "string", "int"]


def _meta_not_object(tmp: Path, built: Path):
    write_article(tmp, "a", ARTICLE, ["衡水市", "2021-11-19"])
    return ["build", tmp / "a.txt", "--out", tmp / "out"], "a.meta.json", ["JSON object"]


def _meta_binary(tmp: Path, built: Path):
    write_article(tmp, "a", ARTICLE)
    (tmp / "a.meta.json").write_bytes(b"\xff\xfe\x00garbage\x80")
    return ["build", tmp / "a.txt", "--out", tmp / "out"], "a.meta.json", []


def _missing(tmp: Path, built: Path):
    return ["build", tmp / "nowhere.txt", "--out", tmp / "out"], "nowhere.txt", ["no such file"]


def _unknown_query(tmp: Path, built: Path):
    return ["query", "meetingz", "--graph", built / "graph.ttl"], "meetingz", ["unknown query", "meetings"]


def _sparql_syntax(tmp: Path, built: Path):
    query = "SELECT ?m ?d\nWHERE {\n  ?m a ?type ;\n     ?p\n}"
    return ["query", query, "--graph", built / "graph.ttl"], "sparql", ["syntax error", "line 5, column 1"]


def _rq_syntax(tmp: Path, built: Path):
    """Positions are those of the file as written: comments and --where do not shift them."""
    (tmp / "q.rq").write_text("# the people\n# and their names\nSELECT ?n WHERE {\n  ?p <http://x/name> ?n ,\n}\n",
                              encoding="utf-8")
    return (["query", tmp / "q.rq", "--graph", built / "graph.ttl", "--where", "n=李国勇"], "q.rq",
            ["line 5, column 1"])


def _not_a_graph(tmp: Path, built: Path):
    (tmp / "graph.ttl").write_text("this is @not turtle <", encoding="utf-8")
    return ["query", "meetings", "--graph", tmp / "graph.ttl"], "graph.ttl", ["not a readable RDF graph"]


def _missing_graph(tmp: Path, built: Path):
    return ["query", "meetings", "--graph", tmp / "none.ttl"], "none.ttl", ["no such graph file"]


def _out_under_a_file(tmp: Path, built: Path):
    """An output folder that cannot be made (a regular file is in the way): works as root too."""
    (tmp / "blocker").write_text("x", encoding="utf-8")
    article = write_article(tmp / "in", "a")
    return ["build", article, "--out", tmp / "blocker" / "out"], "blocker", ["cannot write", "--out"]


def _export_under_a_file(tmp: Path, built: Path):
    (tmp / "blocker").write_text("x", encoding="utf-8")
    return (["export", "--graph", built / "graph.ttl", "--out", tmp / "blocker" / "g.gexf"], "blocker",
            ["cannot write"])


def _not_a_store(tmp: Path, built: Path):
    return ["query", "meetings", "--store", built], str(built), ["not a kg store", "kg ingest"]


def _store_marker_damaged(tmp: Path, built: Path):
    (tmp / "s.kg").mkdir()
    (tmp / "s.kg" / "kg-store.json").write_text("{damaged", encoding="utf-8")
    return ["query", "meetings", "--store", tmp / "s.kg"], "s.kg", ["damaged"]


def _ingest_into_a_folder_in_use(tmp: Path, built: Path):
    write_article(tmp / "in", "a")
    return ["ingest", tmp / "in", "--store", built], str(built), ["not a kg store"]


BAD_INPUT = [_empty, _blank, _binary, _undecodable, _wrong_encoding, _unknown_encoding, _huge, _scripts_only,
             _meta_not_json, _meta_wrong_type, _meta_not_object, _meta_binary, _missing, _unknown_query,
             _sparql_syntax, _rq_syntax, _not_a_graph, _missing_graph, _out_under_a_file, _export_under_a_file,
             _not_a_store, _store_marker_damaged, _ingest_into_a_folder_in_use]


@pytest.mark.parametrize("case", BAD_INPUT, ids=lambda f: f.__name__.strip("_"))
def test_bad_input_is_one_line_exit_1_and_a_traceback_only_with_debug(case, tmp_path, built):
    args, names, expect = case(tmp_path, built)
    with ThreadPoolExecutor(2) as pool:  # the plain run and the --debug run side by side
        plain, debug = pool.map(lambda a: kg(*a), [args, ["--debug", *args]])
    err = assert_one_line_error(plain, 1, names, *expect)
    assert debug.code != 0
    assert "Traceback" in debug.err and "kg.errors." in debug.err, debug.err
    assert err.removeprefix("kg: error: ") in debug.err  # the same message, now with its traceback
    assert not (tmp_path / "out").exists()  # nothing written for input that was refused


USAGE = [
    (["query", "meetings"], "--graph"),
    (["query", "meetings", "--graph", "g.ttl", "--store", "s.kg"], "--graph"),
    (["query", "officials", "--graph", "g.ttl", "--where", "nobody"], "--where"),
    (["query", "meetings", "--graph", "g.ttl", "--limit", "-3"], "--limit"),
    (["query", "meetings", "--graph", "g.ttl", "--timeout", "soon"], "--timeout"),
    (["export", "--graph", "g.ttl", "--out", "g.xyz", "--format", "klingon"], "klingon"),
    (["build", "--out", "x"], "ARTICLE"),
    (["frobnicate"], "frobnicate"),
]


@pytest.mark.parametrize("args, names", USAGE, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_usage_errors_exit_2_without_a_traceback(args, names, tmp_path):
    run = kg(*args, cwd=tmp_path)
    assert run.code == 2, (run.code, run.err)
    assert "Traceback" not in run.err
    assert names in run.err, run.err


def test_out_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "out").write_text("mine", encoding="utf-8")
    assert_one_line_error(kg("build", HENGSHUI, "--out", tmp_path / "out"), 2, "out", "not a folder")
    assert (tmp_path / "out").read_text(encoding="utf-8") == "mine"


def test_a_read_only_folder_is_refused_or_written_as_the_os_allows(tmp_path):
    """chmod 0555: a user is refused with one line; root (as in CI), whom modes do not bind, may write."""
    import os

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        run = kg("build", write_article(tmp_path / "in", "a"), "--out", folder, "--quiet")
        if os.access(folder, os.W_OK):
            assert run.code == 0 and (folder / "graph.ttl").is_file(), run.err
        else:
            assert_one_line_error(run, 1, "ro", "cannot write")
            assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_few_undecodable_bytes_are_warnings_not_errors(tmp_path):
    data = bytearray(ARTICLE.encode("utf-8"))
    data[40:42] = b"\xff\xfe"
    (tmp_path / "a.txt").write_bytes(bytes(data))
    run = kg("build", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert run.code == 0, run.err
    assert "corrupted" in run.out and (tmp_path / "out" / "graph.ttl").is_file()


def test_scripts_in_an_html_page_never_reach_the_graph(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
    page = ("<!doctype html><html><head><title>衡水市召开全市教育工作推进会议</title>"
            "<script>var secret='脚本里的李国勇书记';fetch('http://evil.example/x')</script></head><body>"
            "<script>document.write('<b>副市长王注入主持会议</b>')</script><article>" + body
            + "<script type='text/javascript'>alert('在正文里的脚本')</script></article>"
            "<img src=x onerror=\"alert('图片注入')\"></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    run = kg("build", tmp_path / "page.html", "--out", tmp_path / "out")
    assert run.code == 0, run.err
    outputs = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.*") if p.is_file()}
    assert "李国勇" in outputs["graph.ttl"]
    for name, text in outputs.items():
        for leaked in ("secret", "evil.example", "王注入", "在正文里的脚本", "图片注入", "脚本里"):
            assert leaked not in text, (name, leaked)


def test_standard_input_that_is_too_large_is_refused(tmp_path):
    run = kg("build", "-", "--out", tmp_path / "out", stdin=b"\xe4\xbc\x9a" * (6 * 2**20))
    assert_one_line_error(run, 1, "standard input", "too large")


def test_meta_json_of_the_right_shape_is_used(tmp_path):
    """The control for the metadata cases above: the same article with good metadata builds."""
    write_article(tmp_path, "a", ARTICLE, {"place": "衡水市", "published": "2021-11-19", "title": None})
    run = kg("build", tmp_path / "a.txt", "--out", tmp_path / "out", "--quiet")
    assert run.code == 0, run.err
    assert json.loads((tmp_path / "out" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()[0])
