"""Spans of the normalised text that could not be read.

Bytes decoded with the wrong codec leave question marks and stray characters
(规??偭恳刂圃?%以内, 开展好?;?、), replacement characters (U+FFFD, 锟斤拷),
private-use characters (a site font's glyph for a rare character), Latin-1
mojibake (ä¼šè®®); some sites mask digits with asterisks (共3*所). Each becomes
a :class:`~kg.document.TextWarning` with code ``corrupted``, ``private-use`` or
``masked-digits``; :meth:`Document.is_corrupted` tells extraction to take no
fact from it.

A damaged stretch is widened to its clause (up to the nearest ，。；！？、 or
line end): what was lost may have been a number or a name, so nothing in the
clause can be trusted, but the clauses around it still can.
"""
from __future__ import annotations

import re

__all__ = ["find_damage", "CLAUSE_MARKS"]

CLAUSE_MARKS = "，。；！？、\n,;!"
# question marks left by a failed decoding, joined by a stray ASCII mark (?;?), with
# the letters, digits and % stuck to them (??h, ?%)
_QMARKS = r"[A-Za-z0-9%]*\?+(?:[;:,.'\"\-]?\?+)*[A-Za-z0-9%]*"
_DAMAGE = re.compile(
    r"(?P<q>" + _QMARKS + r"|？{2,})"
    r"|(?P<fffd>[\ufffd]+|(?:锟斤拷)+|(?:烫){3,}|(?:屯){3,})"
    r"|(?P<latin>(?:[\xc2-\xef][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013"
    r"\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}){2,})"
    r"|(?P<pua>[\ue000-\uf8ff\U000f0000-\U0010ffff]+)")
# digits masked with asterisks: 3*所, **万元, 第*次, 1**; not markdown emphasis (removed earlier)
_MASKED = re.compile(r"(?:\d[\d.,]*)?\*+(?:[\d.,]*\d)?")
_UNIT_AFTER = set("万亿千百十元个名人所家项件次年月日号倍%‰平亩吨公里米户")
_NUMBER_BEFORE = ("第", "约", "共", "近", "达", "超", "计", "有", "为", "至", "到", "增", "降", "余")


# the verbs that hold a meeting: 在…召开 names a venue, and a damaged part inside it is the venue's
_HELD = re.compile(r"召开|举行|举办")


_ORDINAL_CHARS = set("一二三四五六七八九十百0123456789?？届次")


def _ordinal_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an ordinal (十?届??次) that a run of ? lies in, when the run is all it lost."""
    a, b = start, end
    while a > 0 and text[a - 1] in _ORDINAL_CHARS:
        a -= 1
    while b < len(text) and text[b] in _ORDINAL_CHARS:
        b += 1
    run = text[a:b]
    if not ("届" in run or run.endswith("次")) or not text.startswith(("全会", "全体会议", "会议", "代表大会"), b) \
            or not all(c in _ORDINAL_CHARS for c in text[start:end]):
        return None
    return a, b


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and text[s - 1] not in CLAUSE_MARKS:
        s -= 1
    e = end
    while e < len(text) and text[e] not in CLAUSE_MARKS:
        e += 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_qmark_damage(text: str, m: re.Match[str]) -> bool:
    """A lone ASCII ? closing a sentence is a question mark, not damage."""
    q = m.group("q")
    if q is None or q.startswith("？"):
        return True
    if q == "?":
        nxt = text[m.end():m.end() + 1]
        prev = text[m.start() - 1:m.start()]
        return not (nxt in ("", "\n", " ", "”", "’", "\"", "）", ")") and prev not in ("", " ", "\n"))
    return True


def find_damage(text: str) -> list[tuple[str, int, int, str]]:
    """(code, start, end, what) for each damaged clause or masked number in ``text``."""
    spans: list[tuple[int, int, set[str], str]] = []
    for m in _DAMAGE.finditer(text):
        if m.group("q") is not None and not _is_qmark_damage(text, m):
            continue
        kind = "private-use" if m.group("pua") else "corrupted"
        s, e = _clause(text, m.start(), m.end())
        ordinal = _ordinal_around(text, m.start(), m.end())
        if ordinal is not None:
            s, e = ordinal  # 县纪委十?届??次全会: the digits of an ordinal were lost, nothing else of the clause
        venue = text.rfind("在", s, m.start())
        if venue > s and _HELD.search(text, m.end(), e):
            s = venue  # X会议在县民族文??宫召开: what was lost is the venue's, not the meeting's
        spans.append((s, e, {kind}, m.group()))
    for m in _MASKED.finditer(text):
        tok = m.group()
        after = text[m.end():m.end() + 1]
        before = text[max(0, m.start() - 1):m.start()]
        if any(c.isdigit() for c in tok) or after in _UNIT_AFTER or before in _NUMBER_BEFORE:
            e = m.end()
            while e < len(text) and text[e] in _UNIT_AFTER and e - m.end() < 2:
                e += 1
            spans.append((m.start(), e, {"masked-digits"}, tok))
    spans.sort(key=lambda x: (x[0], x[1]))
    merged: list[tuple[int, int, set[str], list[str]]] = []
    for s, e, kinds, what in spans:
        if merged and s < merged[-1][1] and "masked-digits" not in kinds | merged[-1][2]:
            ps, pe, pk, pw = merged[-1]
            merged[-1] = (ps, max(pe, e), pk | kinds, pw + [what])
        else:
            merged.append((s, e, set(kinds), [what]))
    out = []
    for s, e, kinds, whats in merged:
        code = "corrupted" if "corrupted" in kinds else min(kinds)
        out.append((code, s, e, " ".join(dict.fromkeys(whats))))
    return out
