"""Reading article files: encodings, HTML pages, standard input, bad inputs."""
from __future__ import annotations

import io
import sys

import pytest

from kg.cli import main
from kg.errors import InputError, KgError
from kg.normalise import normalise, read_article
from kg.normalise.reader import MAX_BYTES, decode

SENTENCE = "3月15日，全市卫生健康工作会议召开。市政府副市长刘某出席会议并讲话。"
TRADITIONAL = "3月15日，全市衛生健康工作會議召開。市政府副市長劉某出席會議並講話。"


@pytest.mark.parametrize("data", [
    SENTENCE.encode("utf-8"),
    b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
    SENTENCE.encode("utf-16"),  # with BOM
    SENTENCE.encode("utf-16-le"),
    SENTENCE.encode("utf-16-be"),
    SENTENCE.encode("gb18030"),
    SENTENCE.encode("gbk"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "gb18030", "gbk"])
def test_reader_decodes_simplified_encodings(data):
    assert decode(data, "x") == SENTENCE


def test_reader_decodes_big5():
    assert decode(TRADITIONAL.encode("big5"), "x") == TRADITIONAL


def test_reader_encoding_forced(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(SENTENCE.encode("gb18030"))
    assert read_article(path, encoding="gb18030")[0] == SENTENCE
    with pytest.raises(InputError, match="cannot decode as utf-8.*--encoding"):
        read_article(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_article(path, encoding="no-such-codec")


def test_reader_meta_beside_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "卫生健康工作会议", "published": "2019-03"}', encoding="utf-8")
    raw, meta = read_article(path)
    assert (meta.id, meta.title, meta.published) == ("a", "卫生健康工作会议", "2019-03")


def test_reader_damaged_bytes_become_corruption_warnings(tmp_path):
    data = SENTENCE.encode("utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(data[:30] + b"\xff\xfe" + data[30:])
    raw, meta = read_article(path)
    doc = normalise(raw, meta)
    assert "\ufffd" in raw
    assert [w.code for w in doc.warnings] == ["corrupted"]
    w = doc.warnings[0]
    assert "\ufffd" in doc.text[w.start:w.end] and "\ufffd" in raw[w.raw_start:w.raw_end]
    assert doc.text.startswith("3月15日，")  # the rest of the article is read


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"  \n\n \t", "empty"),
    (b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary"),
    (bytes(range(128, 256)) * 20, "encoding"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary|encoding"),
], ids=["empty", "blank", "zip-like", "undecodable", "png"])
def test_reader_bad_inputs_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as e:
        read_article(path)
    assert str(path) in str(e.value)


def test_reader_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


def test_reader_refuses_a_50_mb_file(tmp_path):
    path = tmp_path / "big.txt"
    line = (SENTENCE + "\n").encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size > 50 * 2**20 > MAX_BYTES
    with pytest.raises(KgError, match="too large.*split"):
        read_article(path)


def test_cli_bad_inputs_print_one_line_no_traceback(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\x00\xff" * 300)
    for path in (empty, binary, tmp_path / "missing.txt"):
        assert main(["normalise", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("kg: error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_reader_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TRADITIONAL.encode("big5"))))
    raw, meta = read_article("-")
    assert raw == TRADITIONAL and meta.id == "stdin"


def test_cli_normalise_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("會(huì)議(yì)召開。".encode("utf-8"))))
    assert main(["normalise", "-"]) == 0
    assert capsys.readouterr().out.startswith("会议召开。\n")


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>县委书记某某主持召开县委常委(扩大)会_某某县人民政府</title>
<script>var tracker = "1月1日，不是正文。";</script><style>.a{color:red}</style></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/xw">新闻中心</a> | <a href="/gk">政务公开</a></div>
<div class="article">
<h1>县委书记某某主持召开县委常委(扩大)会</h1>
<div class="info">发布时间：2021-01-06 10:20:33 来源：县委办</div>
<p>1月5日，县委书记某某主持召开县委常委(扩大)会，县四大班子主要领导、各常委、各副县长参加会议。</p>
<p>会议传达了市委四届八次全会精神，研究我县贯彻落实意见。会议还研究并原则同意了县委办公室提交的建议安排等。</p>
<p>会议强调，要高度重视疫情防控工作，进一步压实工作责任、细化工作举措、加大工作力度，确保全县疫情防控形势保持平稳。</p>
</div>
<div class="footer">版权所有：某某县人民政府 联系电话：0318-1234567</div>
</body></html>"""


def test_reader_html_page_body_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    raw, meta = read_article(path)
    doc = normalise(raw, meta)
    assert doc.text.startswith("县委书记某某主持召开县委常委（扩大）会\n1月5日，县委书记某某主持召开县委常委（扩大）会")
    assert "不是正文" not in doc.text and "color" not in doc.text
    assert "版权所有" not in doc.text and "联系电话" not in doc.text
    assert meta.title == "县委书记某某主持召开县委常委(扩大)会"  # without the site's name
    assert meta.published == "2021-01-06"


def test_reader_html_sniffed_without_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    raw, _ = read_article(path)
    assert "<p>" not in raw and "会议传达了市委四届八次全会精神" in raw


def test_reader_html_without_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_article(path)
