"""Properties of the normaliser, checked on generated input (hypothesis)."""
from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.normalise import normalise
from kg.normalise.chinese import READINGS

# Simplified sentences in the genre, written for these tests; each exercises
# characters whose traditional form is ambiguous or changes with the phrase.
SENTENCES = [
    "随着经济社会发展，人民群众的需求日益强烈。",
    "会议指出，要着力整合校企资源，扩大优势互补。",
    "市委副书记李国勇出席会议并讲话。",
    "县长罗运乾主持会议，副县长周志强出席。",
    "取得了显著成效，涌现出一批著名企业。",
    "干部队伍建设要常抓不懈，保持干净担当。",
    "要深入了解基层情况，认真听取意见建议。",
    "于是会议决定，于12月7日召开全体会议。",
    "征求各方面意见，复习巩固学习成果，答复群众关切。",
    "后来他在里面发现了问题，并及时整改。",
    "面向全市发展大局，制定系统完备的制度体系。",
    "只有团结奋斗，才能开创事业发展新局面。",
    "钟表厂余下的两台设备已完成检修。",
    "市人大常委会主任蔡梅生主持会议，叶浩文出席。",
    "各级各部门要发扬斗争精神，把握发展规律。",
    "乾坤朗朗，干旱少雨的天气持续了三个月。",
    "全市共有36所学校参加，参训学生减至7870名。",
    "省委书记在会上强调，要坚定不移沿着既定路子走下去。",
    "会议听取了关于当前防汛工作的汇报。",
    "要加强对舆情监测和风险研判的统筹协调。",
]


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=None)
def _readings(sentence: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    out = pinyin(sentence, style=Style.TONE, errors=lambda s: [None] * len(s))
    return tuple(r[0] if r and r[0] else "" for r in out)


def glossed(sentence: str, mask: list[bool], full_width: list[bool]) -> str:
    """``sentence`` in traditional characters with a pinyin gloss after the masked ones: 會(huì)."""
    trad = _s2t().convert(sentence)
    assert len(trad) == len(sentence)
    readings = _readings(sentence)
    out = []
    for k, ch in enumerate(trad):
        out.append(ch)
        if mask[k % len(mask)] and readings[k] and "\u4e00" <= ch <= "\u9fff":
            left, right = ("（", "）") if full_width[k % len(full_width)] else ("(", ")")
            out.append(f"{left}{readings[k]}{right}")
    return "".join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
       st.lists(st.booleans(), min_size=1, max_size=40),
       st.lists(st.booleans(), min_size=1, max_size=5))
def test_glossed_traditional_normalises_back(sentences, mask, full_width):
    sentence = "".join(sentences)
    assert normalise(glossed(sentence, mask, full_width)).text == sentence


def test_every_sentence_round_trips_without_glosses():
    for sentence in SENTENCES:
        assert normalise(_s2t().convert(sentence)).text == sentence


def test_every_sentence_round_trips_fully_glossed():
    for sentence in SENTENCES:
        assert normalise(glossed(sentence, [True], [False])).text == sentence


# --- offsets -----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("會議著乾於麼瞭徵沈蘋幹會长長市委书記记的一二三了解干部") + list("，。、；：！？（）“”《》")
    + list(",.;:!?()*%-/ 0123456789abhz") + ["\n", "\r\n", "\u3000", "\xa0", "\u200b", "\ufeff", "\ue01e",
                                            "\ufffd", "ＡＢ１２％", "(huì)", "（zhe）", "(qián)", "(gān)",
                                            "二维码 276\n", "会议现场\n", "5月25日讯 (记者 某某) ", "**", "?;?",
                                            "锟斤拷", "發布時間：2021-01-06\n"])
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@lru_cache(maxsize=None)
def _forms(raw_char: str) -> frozenset[str]:
    """What one raw character may become in the normalised text."""
    import opencc

    forms = {raw_char, opencc.OpenCC("t2s").convert(raw_char)}
    forms |= {simp for _, _, simp in READINGS.get(raw_char, ())}
    o = ord(raw_char)
    if 0xFF01 <= o <= 0xFF5E:
        forms.add(chr(o - 0xFEE0))
    forms |= {{",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}.get(raw_char, raw_char)}
    return frozenset(forms)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_offsets_map_back_exactly(raw):
    doc = normalise(raw)
    text, origin, end = doc.text, doc.origin, doc.origin_end
    assert len(origin) == len(end) == len(text)
    for i, ch in enumerate(text):
        assert 0 <= origin[i] < end[i] <= len(raw) or (ch == "\n" and 0 <= origin[i] <= end[i] <= len(raw))
        if i:
            assert origin[i - 1] <= origin[i] and end[i - 1] <= end[i], "offsets go backwards"
        span = raw[origin[i]:end[i]]
        if ch == " ":
            assert span and not span.strip(" \t\u3000\xa0\u200b\ufeff\u2000\u2001\u2002\u2003"), repr(span)
        elif ch == "\n":
            assert all(c not in "。，" for c in span[:1])  # the gap between two lines starts there
        else:
            assert len(span) == 1 and ch in _forms(span), (ch, span)
    for w in doc.warnings:
        if w.start >= 0:
            assert 0 <= w.start < w.end <= len(text)
            assert (w.raw_start, w.raw_end) == doc.raw_span(w.start, w.end)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
