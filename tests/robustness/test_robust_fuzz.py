"""Fuzzing: arbitrary Unicode, mixed scripts, glossed and corrupted text through normalisation and
extraction (kg.pipeline.build_text). Nothing crashes, and every offset returned is inside the text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.document import Meta
from kg.pipeline import build_text
from kg.rdf import to_rdf

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)

# Pieces of the genre, written here: units, posts, names, meeting words, dates, figures, punctuation.
PIECES = ["衡水市", "深州市", "县委", "市委", "市政府", "人大常委会", "政协", "教育局", "书记", "副书记", "市长",
          "副县长", "常委", "主任", "李国勇", "崔海霞", "罗运乾", "王", "召开", "主持", "出席", "讲话", "会议",
          "全市教育工作推进会议", "常务会议", "听取", "汇报", "强调", "要求", "推进", "乡村振兴", "安全生产",
          "11月19日", "2021年", "上午", "36所", "7870名", "12.5%", "亿元", "同比增长", "，", "。", "、", "；",
          "：", "（", "）", "“", "”", "\n", " ", "在", "的", "和", "等", "关于", "工作", "并"]
# What damaged scraped text holds: question marks and mojibake from a wrong decoding, U+FFFD,
# private-use characters, masked digits, zero-width and odd spaces, stray markup and control characters.
DAMAGE = ["?", "??", "?;?", "\ufffd", "锟斤拷", "\ue01e", "\uf8ff", "**", "1*3", "\u200b", "\u3000", "\xa0",
          "\ufeff", "<br>", "&nbsp;", "</script>", "\x00", "\x07", "\r", "\t", "\u202e", "\U0001f600", "\u0301"]
SCRIPTS = st.sampled_from([
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x0041, 0x007A), (0xFF01, 0xFF5E), (0x0400, 0x04FF),
    (0x0600, 0x06FF), (0x0E00, 0x0E7F), (0x3040, 0x30FF), (0xAC00, 0xD7A3), (0x0300, 0x036F), (0x1F300, 0x1FAFF),
    (0x2000, 0x206F), (0x3000, 0x303F), (0xE000, 0xF8FF), (0x0000, 0x001F),
])
PINYIN = st.sampled_from(["huì", "yì", "zhe", "zhù", "gān", "qián", "shì", "wěi", "lán", "jìn", "hé", "x", ""])


@st.composite
def mixed_scripts(draw) -> str:
    runs = draw(st.lists(st.tuples(SCRIPTS, st.integers(1, 12)), min_size=1, max_size=12))
    return "".join(chr(draw(st.integers(lo, hi)).__index__()) * 1 if n == 1 else
                   "".join(chr(draw(st.integers(lo, hi))) for _ in range(n)) for (lo, hi), n in runs)


@st.composite
def genre(draw, damage: bool = False, glosses: bool = False) -> str:
    parts = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
    out = []
    for part in parts:
        if glosses and draw(st.booleans()):
            part = "".join(ch + (f"({draw(PINYIN)})" if "\u4e00" <= ch <= "\u9fff" and draw(st.booleans()) else "")
                           for ch in part)
            part = part.replace("(", draw(st.sampled_from(["(", "（"])))
        out.append(part)
        if damage and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(DAMAGE)))
    return "".join(out)


@st.composite
def corrupted(draw) -> str:
    """A text in the genre damaged after it was written: characters dropped, swapped, replaced."""
    text = list(draw(genre(glosses=True)))
    for _ in range(draw(st.integers(0, 8))):
        if not text:
            break
        i = draw(st.integers(0, len(text) - 1))
        action = draw(st.sampled_from(["drop", "replace", "insert", "duplicate"]))
        if action == "drop":
            del text[i]
        elif action == "replace":
            text[i] = draw(st.sampled_from(DAMAGE + ["(", ")", "（", "）"]))
        elif action == "insert":
            text.insert(i, draw(st.characters()))
        else:
            text[i:i] = text[i:i + draw(st.integers(1, 6))]
    return "".join(text)


METAS = st.builds(Meta, id=st.sampled_from(["", "fuzz"]), place=st.sampled_from(["", "衡水市", "深州市", "火星"]),
                  published=st.sampled_from(["", "2021", "2021-11-19", "not a date", "2021-13-45"]),
                  title=st.sampled_from(["", "衡水市召开会议", "?\ufffd"]))


def check(text: str, meta: Meta) -> None:
    ag = build_text(text, meta)
    doc = ag.doc
    n, raw = len(doc.text), len(doc.raw)
    assert len(doc.origin) == len(doc.origin_end) == n
    assert all(0 <= a <= b <= raw for a, b in zip(doc.origin, doc.origin_end))
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n and doc.text[s.start:s.end] == s.text
    for m in ag.mentions:
        assert 0 <= m.start <= m.end <= n and doc.text[m.start:m.end] == m.text, m
        a, b = doc.raw_span(m.start, m.end)
        assert 0 <= a <= b <= raw, m
    for ev in [f.evidence for f in ag.facts] + list(ag.evidence.values()):
        assert 0 <= ev.start <= ev.end <= n and doc.text[ev.start:ev.end] == ev.text, ev
    for w in doc.warnings:
        assert w.start == w.end == -1 or 0 <= w.start <= w.end <= n, w
        assert w.raw_start == w.raw_end == -1 or 0 <= w.raw_start <= w.raw_end <= raw, w
    to_rdf(ag)  # and the graph can be written


TEXTS = {
    "arbitrary unicode": st.text(max_size=400),
    "mixed scripts": mixed_scripts(),
    "genre glossed and damaged": genre(damage=True, glosses=True),
    "genre corrupted after writing": corrupted(),
    "paragraphs of everything": st.lists(st.one_of(genre(glosses=True), st.text(max_size=30), mixed_scripts()),
                                         min_size=1, max_size=6).map("\n".join),
}


@pytest.mark.parametrize("kind", TEXTS)
@FUZZ
@given(data=st.data())
def test_no_text_crashes_extraction_and_every_offset_is_inside_it(kind, data):
    check(data.draw(TEXTS[kind], label="text"), data.draw(METAS, label="meta"))
