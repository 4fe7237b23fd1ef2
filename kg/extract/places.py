"""Extraction stage: administrative places, and the article's locality.

A full division name (深州市, 玉屏侗族自治县) is a place wherever it stands; a short
name (深州, 玉屏) is one when a level suffix follows it (玉屏县) or when it belongs to
the article's locality (the place itself, its parents or its children). Where the
metadata gives no place, the locality is the most-named place of the level that
the article's bare words use (市委, 全县 …).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..gazetteer import Division, township_counties, township_villages
from .context import HAN, Context
from .segment import word_tag
from .townships import SUFFIXES, find_townships, township_division
from .lexicon import lexicon

__all__ = ["run", "find_places", "PlaceHit"]

MAX_NAME = 12
LEVEL_CHARS = "省市县区州旗盟"
_BARE_LEVEL = re.compile(r"(?:全|我|本)([省市县区州盟旗])|([省市县区州盟旗])(?:委|政府|人民政府|行政公署|长)(?!员)")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    division: Division
    short: bool


# what follows a district whose name is two characters (东区, 西区) where it is one: its bodies, or the list it is in
_TWO_CHAR_DISTRICT_AFTER = ("人民政府", "政府", "区委", "、")


def _candidates(ctx: Context, text: str, i: int) -> list[tuple[int, Division, bool]]:
    """The place names (length, division, short?) that start at ``i``: the longest that any does."""
    gaz = ctx.gaz
    if not gaz.name_lengths(text[i:i + 1]):
        return []
    if text is ctx.text:  # the places and organisations stages both ask at every position
        cached = ctx.place_candidates.get(i)
        if cached is None:
            cached = ctx.place_candidates[i] = _find_candidates(gaz, text, i)
        return cached
    return _find_candidates(gaz, text, i)


def _find_candidates(gaz, text: str, i: int) -> list[tuple[int, Division, bool]]:  # type: ignore[no-untyped-def]
    out: list[tuple[int, Division, bool]] = []
    for length in gaz.name_lengths(text[i:i + 1]):
        if length > len(text) - i:
            continue
        word = text[i:i + length]
        if _area_word(text, i + length):
            continue
        for d in gaz.by_name.get(word, ()):
            if length >= 3 or word[-1] in "县旗" and _free_before(text, i) and text[i + length:i + length + 1] != "级" \
                    or word[-1] == "区" and _free_before(text, i) and text.startswith(_TWO_CHAR_DISTRICT_AFTER, i + length):
                out.append((length, d, False))  # 东区、仁和区人民政府: a two-character district, kept only inside the locality
        if word in gaz.by_short:
            nxt = text[i + length:i + length + 1]
            for d in gaz.by_short[word]:
                auto = next((x for x in ("自治县", "自治州", "自治旗") if text.startswith(x, i + length)), "")
                if auto and d.name.endswith(auto) and d.name.startswith(word):
                    out.append((length + len(auto), d, False))  # 威宁自治县 for 威宁彝族回族苗族自治县
                elif nxt and nxt in LEVEL_CHARS and d.name.endswith(nxt) and d.name.startswith(word):
                    if not _area_word(text, i + length + 1):
                        out.append((length + 1, d, False))  # 玉屏县 for 玉屏侗族自治县
                else:
                    out.append((length, d, True))
        if out:
            break
    return out


def _area_word(text: str, end: int) -> bool:
    """全州县域内: the level word before ``end`` starts 县域 (the county's area); the name is not 全州县."""
    return text[end:end + 1] == "域" and text[end - 1:end] in LEVEL_CHARS


def _free_before(text: str, i: int) -> bool:
    """范县, 滑县: a two-character county name is a place only where no word runs into it
    (示范县, 强县, 大县 are words): after a level word, a separator or no Chinese at all; nor where
    县级 follows (各乡镇和县级部门: 和 joins, 县级 is a rank)."""
    before = text[i - 1:i]
    return not before or not "\u4e00" <= before <= "\u9fff" or before in "省市州盟区、和及与在对到赴至的"


def _verb_not_place(ctx: Context, text: str, i: int, length: int, d: Division) -> bool:
    """会同县住房城乡建设局 in an article about another county: 会同 (together with) and the local
    县住房城乡建设局, not a county far from the article's place; so 和县（市、区）: and the counties."""
    word = text[i:i + length - 1]
    if ctx.locality is None or word not in JOINING_WORDS or text[i + length - 1] not in LEVEL_CHARS or d.level != "county":
        return False
    if d.code in ctx.related_codes() or ctx.gaz.is_within(d, ctx.locality.code):
        return False
    # 各市（地）和县（市、区）政府: 和 joins the level word's group; 会同县文广旅局: 会同 the local 县…局
    return bool(lexicon().department_index.at(text, i + length)) or text[i + length:i + length + 1] in ("（", "(", "级")


JOINING_WORDS = ("和", "会同")  # words that join two bodies, and with a level word after them spell a county's name


# 海棠湾, 崖州湾: a short name that a bay, island or harbour takes is that feature's, not the division's
FEATURES = set("湾岛港")


def place_candidates(ctx: Context, text: str, i: int) -> list[tuple[int, Division, bool]]:
    """The candidates at ``i`` less full names that are a verb before a local body (会同县…局) and short
    names inside a longer word of the dictionary (长白山管委会: a mountain, not 白山市) or a feature's
    name (海棠湾: a bay, not 海棠区)."""
    cands = _candidates(ctx, text, i)
    if not cands:
        return cands
    cands = [c for c in cands if not (c[0] == 2 and not c[2] and c[1].name.endswith("区")) or ctx.locality is not None
             and c[1].code != ctx.locality.code and ctx.gaz.is_within(c[1], ctx.locality.code)]
    inside = i > 0 and HAN.match(text[i - 1]) is not None and text[i - 1] not in LEVEL_CHARS
    return [c for c in cands
            if (c[2] and not (inside and word_tag(text[i - 1:i + c[0]])) and text[i + c[0]:i + c[0] + 1] not in FEATURES)
            or (not c[2] and not _verb_not_place(ctx, text, i, c[0], c[1]))]


def find_places(ctx: Context, text: str | None = None) -> list[PlaceHit]:
    """Every place named in the text, resolved against the gazetteer and the locality (the article's
    own places are found once per locality: several stages ask)."""
    if text is None or text is ctx.text:
        key = ctx.locality.code if ctx.locality else ""
        if key not in ctx.found_places:
            ctx.found_places[key] = _find_places(ctx, ctx.text)
        return ctx.found_places[key]
    return _find_places(ctx, text)


def _find_places(ctx: Context, text: str) -> list[PlaceHit]:
    within = ctx.locality.code if ctx.locality else ""
    related = _related_codes(ctx)
    hits: list[PlaceHit] = []
    i = 0
    while i < len(text):
        cands = place_candidates(ctx, text, i)
        if not cands:
            i += 1
            continue
        full = [c for c in cands if not c[2]]
        chosen = None
        pool = full or cands
        if len({c[1].code for c in pool}) == 1:
            chosen = pool[0]
        elif within:
            inside = [c for c in pool if ctx.gaz.is_within(c[1], within) or c[1].code in related]
            if len({c[1].code for c in inside}) == 1:
                chosen = inside[0]
            else:  # 长沙: the city, not 长沙县 inside it
                chosen = next((c for c in inside if all(ctx.gaz.is_within(o[1], c[1].code) for o in inside)), None)
        if chosen is None and hits and hits[-1].end == i:
            # 河南郑州: a short name right after the name of the place that holds it
            under = [c for c in pool if c[1].parent == hits[-1].division.code]
            if len({c[1].code for c in under}) == 1:
                chosen = under[0]
        if chosen is None and full:
            d = ctx.gaz.lookup(text[i:i + full[0][0]], within)
            if d is not None:
                chosen = (full[0][0], d, False)
        if chosen is not None:
            length, d, short = chosen
            if not short and length == 2 and text[i + 2:i + 3] == "长":
                i += 1  # 叶县长: the county head called 叶, not 叶县
                continue
            if not short or d.code in related or _nested(ctx, text, hits, i, length, d):
                hits.append(PlaceHit(i, i + length, d, short))
                i += length
                continue
        i += 1
    return hits


def _nested(ctx: Context, text: str, hits: list[PlaceHit], i: int, length: int, d: Division) -> bool:
    """河南郑州: a short name right after the place that holds it, or right before one it holds."""
    return (bool(hits) and hits[-1].end == i and d.parent == hits[-1].division.code) \
        or any(c[1].parent == d.code for c in place_candidates(ctx, text, i + length))


def _related_codes(ctx: Context) -> set[str]:
    return ctx.related_codes()


def _infer_locality(ctx: Context) -> Division | None:
    """The place the article is about, from the text: the most-named place of the
    level that its bare words (市委, 全县, 县长 …) use."""
    levels = Counter(m.group(1) or m.group(2) for m in _BARE_LEVEL.finditer(ctx.text))
    hits = find_places(ctx)
    if not hits:
        return None
    counts: Counter[str] = Counter()
    for code in {h.division.code for h in hits}:
        d = ctx.gaz.by_code[code]
        counts[code] = ctx.text.count(d.short) if len(d.short) >= 2 else ctx.text.count(d.name)
    for level, _ in levels.most_common():
        suffix = {"州": "州"}.get(level, level)
        cands = [(n, code) for code, n in counts.items() if ctx.gaz.by_code[code].name.endswith(suffix)
                 and not (level == "市" and ctx.gaz.by_code[code].level == "province"
                          and not ctx.gaz.by_code[code].name.endswith("市"))]
        if cands:
            cands.sort(reverse=True)
            if len(cands) == 1 or cands[0][0] > cands[1][0]:
                return ctx.gaz.by_code[cands[0][1]]
    return None


def _headline_locality(ctx: Context) -> Division | None:
    """潍坊市农业农村工作会议…在寿光召开, 松滋强力整改…: a headline (the title in the metadata, or
    the first lines) that starts with the name or short name of a place of the level the
    article's bare words use (我市, 市委), where only one place has that name."""
    levels = {m.group(1) or m.group(2) for m in _BARE_LEVEL.finditer(ctx.text)}
    for line in [ctx.doc.meta.title or "", *ctx.text.split("\n")[:2]]:
        line = line.strip()
        for length in range(min(len(line), MAX_NAME), 1, -1):
            cands = ctx.gaz.by_name.get(line[:length]) or ctx.gaz.by_short.get(line[:length], [])
            if len(cands) == 1 and cands[0].name[-1] in levels and cands[0].level != "province":
                return cands[0]
    return None


def _township_county(ctx: Context) -> Division | None:
    """An article whose metadata names a township (鹭江街道), which the gazetteer does not hold: its
    county, named before it in the metadata (天心区坡子街街道) or right before it in the text (思明区鹭江街道)."""
    town = (ctx.doc.meta.place or "").strip()
    if not town.endswith(SUFFIXES):
        return None
    towns = township_counties()
    k = next((k for k in range(len(town) - 1) if town[k:] in towns), 0)  # where the township's own name starts
    county = (ctx.gaz.lookup(town[:k]) or ctx.gaz.lookup_path(town[:k])) if k else None
    if county is not None:
        return county
    listed = towns.get(town, ())
    if len(listed) > 1:  # 分水镇, in six counties: the one whose township holds a village the text names
        villages = township_villages(town)
        listed = tuple(c for c in listed if any(len(v) > 2 and v in ctx.text for v in villages.get(c, ()))) or listed
    if len(listed) == 1 and listed[0] in ctx.gaz.by_code:
        return ctx.gaz.by_code[listed[0]]  # the one township of that name the gazetteer lists
    hits = [h for h in find_places(ctx) if h.division.level == "county"]
    before = next((h.division for h in hits if ctx.text.startswith(town, h.end)), None)
    named = {h.division.code: h.division for h in hits}
    return before or (next(iter(named.values())) if len(named) == 1 else None)  # else the one county it names


def _place_of_its_towns(ctx: Context) -> Division | None:
    """An article whose metadata names a place that several share (朝阳区: Beijing's and Changchun's):
    the one that holds a township the text names (麦子店街道 is Beijing's)."""
    place = (ctx.doc.meta.place or "").strip()
    cands = ctx.gaz.by_name.get(place) or ctx.gaz.by_short.get(place) or []
    if len(cands) < 2:
        return None
    towns = township_counties()
    counties = {c for m in re.finditer("|".join(SUFFIXES), ctx.text) for n in range(2, 7)
                for c in towns.get(ctx.text[max(0, m.start() - n):m.end()], ())}
    held = [d for d in cands if any(c in ctx.gaz.by_code and ctx.gaz.is_within(ctx.gaz.by_code[c], d.code)
                                    for c in counties)]
    return held[0] if len(held) == 1 else None


def _headline_unit(ctx: Context, within: Division) -> Division | None:
    """兰山区召开…: a headline (the metadata's title, else the first line) that starts with a unit inside
    the metadata's place, of the level the article's bare words use (区委, 区应急管理局): a city's site
    reporting one of its districts or counties, whose article that is."""
    levels = {m.group(1) or m.group(2) for m in _BARE_LEVEL.finditer(ctx.text)}
    line = (ctx.doc.meta.title or ctx.text.split("\n", 1)[0]).strip()
    if line.startswith(tuple(n for n in (within.name, within.spoken) if n)):
        return None  # 红河州召开…: the place itself, not its 红河县
    for length in range(min(len(line), MAX_NAME), 1, -1):
        cands = [d for d in ctx.gaz.by_name.get(line[:length], []) or ctx.gaz.by_short.get(line[:length], [])
                 if d.code != within.code and ctx.gaz.is_within(d, within.code)]
        if len(cands) == 1 and cands[0].name[-1] in levels and line[length:length + 1] not in ("、", "，", ","):
            return cands[0]
    return None


def run(ctx: Context) -> None:
    if ctx.locality is None:
        ctx.locality = _township_county(ctx) or _place_of_its_towns(ctx) or _headline_locality(ctx) \
            or _infer_locality(ctx)
    else:
        head = _headline_unit(ctx, ctx.locality)
        if head is not None:
            ctx.locality, ctx._related = head, None
    for h in find_places(ctx):
        if ctx.readable(h.start, h.end):
            ctx.place(h.division, h.start, h.end)
    for t in find_townships(ctx):
        if t.parent is not None and ctx.readable(t.start, t.end):
            ctx.place(township_division(t), t.start, t.end)
    if ctx.locality is not None:
        key = f"place:{ctx.locality.code}"
        if key not in ctx.graph.entities:
            body = ctx.doc.sentences[0].start if ctx.doc.sentences else 0
            ctx.place(ctx.locality, body)
