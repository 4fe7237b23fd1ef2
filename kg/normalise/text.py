"""Raw text → normalised Document, with an offset map back to the raw text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Meta, Sentence, TextBuilder, TextWarning

__all__ = ["normalise"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# a pinyin gloss right after a Han character: 會(huì), 议（yì）
GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（]([a-zA-Z" + _TONED + r"]{1,7}[1-5]?)[)）]")
FURNITURE_LINE = re.compile(
    r"^(二维码\s*\d*|老师在线|工作时间|联系方式|咨询热线.*|周[一二三四五六日]至周[一二三四五六日].*|"
    r"责任编辑.*|版权所有.*|扫一扫.*|分享到.*|会议现场|图为.*|.*[(（]\d{1,2}[)）])$")
SENTENCE_END = "。！？!"


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _width(ch: str) -> str:
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E and ch not in "，；：（）！？":
        return chr(o - 0xFEE0)
    if ch in "\u3000\xa0\u2002\u2003\u2009\u200b\ufeff":
        return " "
    return ch


def _strip_glosses(raw: str) -> tuple[str, list[int]]:
    """Text without glosses, and the raw offset of each character kept."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in GLOSS.finditer(raw):
        out.append(raw[last:m.start()])
        pos.extend(range(last, m.start()))
        last = m.end()
    out.append(raw[last:])
    pos.extend(range(last, len(raw)))
    return "".join(out), pos


def _convert(text: str) -> str:
    """Traditional → simplified, keeping the length (line by line; a line whose
    phrase conversion changes its length is converted character by character)."""
    cc = _t2s()
    lines = text.split("\n")
    out = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(cc.convert(ch) if len(cc.convert(ch)) == 1 else ch for ch in line)
        out.append(conv)
    return "\n".join(out)


def normalise(raw: str, meta: Meta | None = None) -> Document:
    """Normalise ``raw`` article text; see the module docstring."""
    meta = meta or Meta()
    text, pos = _strip_glosses(raw)
    text = _convert(text)
    builder = TextBuilder()
    seen_lines: set[str] = set()
    i = 0
    for line in text.split("\n"):
        start = i
        i += len(line) + 1
        chars = [(_width(ch), pos[start + k]) for k, ch in enumerate(line)]
        # trim and fold runs of spaces
        while chars and chars[0][0].isspace():
            chars.pop(0)
        while chars and chars[-1][0].isspace():
            chars.pop()
        content = "".join(c for c, _ in chars)
        if not content or FURNITURE_LINE.match(content):
            continue
        if content in seen_lines and len(content) < 40:
            continue  # image captions repeated in the body
        seen_lines.add(content)
        if len(builder):
            builder.add("\n", builder_raw_end(builder, pos, start), builder_raw_end(builder, pos, start))
        prev_space = False
        for c, p in chars:
            if c.isspace():
                if prev_space:
                    continue
                prev_space = True
                c = " "
            else:
                prev_space = False
            builder.add(c, p, p + 1)
    out, origin, origin_end = builder.build()
    doc = Document(raw=raw, text=out, origin=origin, origin_end=origin_end, meta=meta)
    doc.warnings.extend(_corruption(doc))
    doc.sentences = split_sentences(out)
    return doc


def builder_raw_end(builder: TextBuilder, pos: list[int], line_start: int) -> int:
    return pos[line_start - 1] if 0 < line_start <= len(pos) else 0


_CLAUSE = re.compile(r"[^。！？!;；,，\n]+")
_BAD = re.compile(r"(?<=\S)\?+(?=\S)|[\ue000-\uf8ff\ufffd]")


def _corruption(doc: Document) -> list[TextWarning]:
    """Clauses with a '?' inside a word, replacement or private-use characters."""
    warnings = []
    for m in _CLAUSE.finditer(doc.text):
        clause = m.group()
        if _BAD.search(clause):
            s, e = m.start(), m.end()
            rs, re_ = doc.raw_span(s, e)
            warnings.append(TextWarning("corrupted", f"unreadable text {clause.strip()!r}: no fact is taken from it",
                                        s, e, rs, re_))
    return warnings


def split_sentences(text: str) -> list[Sentence]:
    out = []
    start = 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END or ch == "\n":
            end = i + 1 if ch != "\n" else i
            # keep a closing quote with its sentence
            if end < len(text) and text[end:end + 1] in "”’\"":
                continue
            if text[start:end].strip():
                out.append(Sentence(start, end, text[start:end]))
            start = i + 1
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out
