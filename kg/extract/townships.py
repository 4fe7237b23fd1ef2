"""Townships: 镇, 乡, 街道 (and 民族乡), the level below the county.

The gazetteer stops at counties, so a township is known by its form: a name of two to four
characters (six for a 民族乡) and its suffix, standing as a word of its own (after a separator, a
function word such as 在/以, or the county that holds it: 沂水县高庄镇) and followed by what the
genre writes after a township (a separator, its 党委/人民政府/办事处, a verb of reporting). A
township is placed under the county named right before it, else under the article's locality
when that is a county, else under the one county the article names when it is visited (市长到X县
调研: the towns the visit comes to); with none of these, its parent is not known and it is left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Division, township_counties
from .context import HAN, Context
from .lexicon import lexicon
from .segment import word_tag

__all__ = ["TownshipHit", "find_townships", "township_division", "SUFFIXES", "TOWNSHIP_BODIES", "TOWNSHIP_OFFICES"]

SUFFIXES = ("街道", "镇", "乡", "苏木")  # 苏木: Inner Mongolia's township
# what may stand right before a township's name
FUNCTION = set("和及与以在对到赴至从由同向据是为")
LEFT = set("、，,。；;：:（(“\"") | FUNCTION | {"\n", " "}
# offices a township has, named after it (龙潭镇林长办): a list of townships in full before one is each one's
TOWNSHIP_OFFICES = ("林长办", "河长办", "党政办", "党政综合办", "应急办", "综治办", "综治中心", "便民服务中心", "财政所",
                    "司法所", "派出所", "社区卫生服务中心", "中心卫生院", "卫生院", "中心学校", "中心校", "敬老院", "民政办",
                    "文化站", "林业站", "水利站", "农业综合服务中心", "农业服务中心", "退役军人服务站", "农业农村办",
                    "综合行政执法大队", "综合行政执法队", "综合执法大队", "综合执法中队", "生态环境办", "安监站")
TOWNSHIP_BODIES = ("党委", "党工委", "人民政府", "政府", "办事处", "纪委", "纪工委", "人大主席团", "人大", *TOWNSHIP_OFFICES)
# what the genre writes right after a township: its bodies, a separator, a verb of the meeting
RIGHT = (*TOWNSHIP_BODIES, "、", "，", ",", "。", "；", ";", "：", "）", ")", "”", "和", "及", "与", "等", "分别", "关于",
         "先后", "依次", "在", "作", "汇报", "介绍", "交流", "表态", "负责", "主要负责", "召开", "举行", "为", "三个", "两个",
         "镇长", "乡长", "书记", "主任", "党政", "辖区", "境内", "察看", "调研", "检查", "督导", "考察", "实地")
# verbs whose object a township is (巡察璧泉街道党工委, 会同兴国镇): the name starts right after them
VERB_BEFORE = ("巡察", "巡视", "督查", "督导", "检查", "调研", "视察", "走访", "来到", "前往", "深入", "会同", "指导",
               "联系", "包联", "挂钩")
# not a township's name: a word for townships in general, or one that refers (各乡镇, 全镇, 该街道)
NOT_FIRST = set("各全本我该每其此某两要")  # 要健全街道、社区…: 要 opens a directive (要庄乡 is found as listed)
GENERIC = {"乡镇", "城镇", "村镇", "集镇", "小镇", "古镇", "重镇", "名镇", "强镇", "中心镇", "重点镇", "特色小镇", "建制镇",
           "城乡", "家乡", "故乡", "下乡", "老乡", "他乡", "异乡", "返乡", "还乡", "外乡", "本乡", "城关"}
NAME_STOP = set("的了在和与及或是有为对把被将从向到等也就并而之其这那个年月日号乡镇村街道区县市省不")
# 北川中学、擂鼓镇中心小学: an item of a list that is an institution is no township sharing the suffix
INSTITUTIONS = ("中学", "小学", "学校", "医院", "幼儿园", "学院", "大学", "公司", "集团")
INNER = set("乡镇市")  # 都镇湾镇, 磨市镇: inside a name, after its first character
LEVELS_AFTER = ("、村", "、社区", "、组", "、居")  # 镇、村、组三级: a list of levels after the suffix


@dataclass(frozen=True)
class TownshipHit:
    start: int
    end: int  # after the suffix
    name: str  # 高庄镇, 板桥畲族乡, 沂城街道
    parent: Division | None  # the county that holds it, where known


def township_division(hit: TownshipHit) -> Division:
    """A township as a division: it has no GB/T 2260 code, so its code is its county's and its name."""
    assert hit.parent is not None
    return Division(hit.name, f"{hit.parent.code}/{hit.name}", "township", hit.parent.code, hit.name)


# a name that the dictionary knows as a verb, adjective, adverb or function word (叮嘱街道和…) is none
NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "r", "u", "m", "q")
NOT_NAME = {"指导", "组织", "联系", "协调", "督导", "服务", "包联", "社区", "乡村", "农村", "城市", "基层"}  # 指导街道…


def _name_ok(name: str) -> bool:
    """Whether the characters of ``name`` can name a township."""
    return all(HAN.match(c) for c in name) and (name[0] not in NOT_FIRST or name[0] == "两" and len(name) > 1) \
        and name[0] not in NAME_STOP \
        and not set(name[1:].removesuffix("新村")) - INNER & NAME_STOP \
        and name not in NOT_NAME


def _read_as_name(name: str) -> bool:
    """Whether the segmenter does not read ``name`` as a verb, adjective, numeral… (a list sharing the
    suffix, 古南、文龙、通惠街道, or the township list may still say it is a name); nor does a longer
    name start with a verb (强调各街道、各部门…: 强调各 is no name)."""
    return not word_tag(name).startswith(NOT_NAME_TAGS) and not (len(name) > 2 and word_tag(name[:2]).startswith("v"))


def find_townships(ctx: Context) -> list[TownshipHit]:
    """Every township named in the text, once per mention, in order (cached on the context)."""
    if ctx.townships is not None:
        return ctx.townships
    from .places import find_places

    text = ctx.text
    places = find_places(ctx)
    county_ends = {h.end: h.division for h in places if h.division.level == "county"}
    place_spans = [(h.start, h.end) for h in places]
    place_set = set(place_spans)
    local = ctx.locality if ctx.locality is not None and (ctx.locality.level == "county" or (
        ctx.locality.level == "prefecture" and not ctx.gaz.children(ctx.locality))) else None  # 儋州市, 东莞市: towns, no counties
    if local is None:  # a city's leader visiting one of its counties (市长到信丰县调研…大塘埠镇): that county's
        named = {h.division.code: h.division for h in places if h.division.level == "county"}
        visited = len(named) == 1 and any(text[h.start - 1:h.start] in ("到", "赴") for h in places
                                          if h.division.level == "county")
        local = next(iter(named.values())) if visited else None
    out: list[TownshipHit] = []
    for m in re.finditer("|".join(SUFFIXES), text):
        j, end = m.start(), m.end()
        if text.startswith(m.group(), end) and not text.startswith(("长", "党委", "人民政府", "政府"), end + len(m.group())) \
                and any(_listed_here(text[k:end + len(m.group())], local) for k in range(max(0, j - 4), j)):
            continue  # 兑镇镇: the suffix written twice, the first inside the name the division list holds
        free = end == len(text) or text.startswith(RIGHT, end)
        if any(s < end and j < e for s, e in place_spans):  # 景德镇市, 乡宁县: inside a place's name
            continue
        found = None
        shared: list[TownshipHit] | None = None  # the list before ``found`` sharing its suffix, when it found it
        floor = out[-1].end if out else 0
        # a one-character name only right after another township of a list: 稻田镇、侯镇、古城街道
        shortest = 1 if out and text[out[-1].end:j - 1] == "、" else 2
        if shortest == 2 and j >= 1 and local is not None and _listed_here(text[j - 1] + m.group(), local) \
                and (j == 1 or text[j - 2] in LEFT or not HAN.match(text[j - 2]) or text.endswith(VERB_BEFORE, 0, j - 1)):
            shortest = 1  # 来到范镇、南义镇, 范镇就…作交流发言: a one-character name the county's list holds
        for length in range(10, shortest - 1, -1):  # 钟英傈僳族彝族乡: two peoples' names before 乡
            s = j - length
            if s < 0:
                continue
            name = text[s:j]
            if length > 8 and not _listed_here(name + m.group(), local):
                continue  # 禾木哈纳斯蒙古民族乡: so long a name only as the division list writes it
            if length > 4 and not name.endswith("族") and not (length <= 6 and _listed_here(name + m.group(), local)):
                continue  # 四十里城子镇: a long name only as the division list writes it
            before = text[s - 1:s]
            # 那大镇, 和庆镇, 两路街道: a township the gazetteer lists, written after a boundary, though its
            # name starts with a word that usually ends one or reads as a numeral
            chars_ok = _name_ok(name) or (  # 重孜乡、年堆乡: after a township listed in full, whatever it starts with
                before == "、" and bool(out) and out[-1].end == s - 1 and out[-1].end - out[-1].start == len(out[-1].name)
                and length <= 4 and all(HAN.match(c) for c in name) and name[0] not in NOT_FIRST)
            plain = chars_ok and _read_as_name(name)
            listed_name = (s == 0 or before in LEFT or not HAN.match(before)) and not plain \
                and name + m.group() in township_counties()
            towns = township_counties()
            if not listed_name and name + m.group() not in towns \
                    and any(name[k:] + m.group() in towns for k in range(1, length - 1)):
                continue  # 要以三坡镇: a listed township after words, which its name is not
            holder = county_ends.get(s) or local  # 阿克苏市依干其乡: the county named right before, else the article's
            here = holder is not None and _listed_here(name + m.group(), holder)
            if not (listed_name or chars_ok or here) or name + m.group() in GENERIC or name in GENERIC \
                    or name[-1] + m.group() == "乡镇" and not here:  # 3位乡镇: 乡镇 is no township's suffix (分乡镇 is one)
                continue
            if name[0] in FUNCTION and length > 2 and not listed_name:
                continue  # 以四都乡, 在高庄镇: the word before is no part of the name
            if _department_spans(text, s, end):
                continue  # 颍泉区住房城乡建设局: a bureau's name runs through the suffix
            if text.startswith(LEVELS_AFTER, end) and not _listed_here(name + m.group(), local):
                continue  # 压实镇、村、组三级责任: the levels listed, no township
            named = listed_name or plain or here
            if not named and before != "、":
                continue
            if not named and out and out[-1].end == s - 1 and out[-1].end - out[-1].start == len(out[-1].name):
                found = s  # 丹麻镇、五十镇: among townships listed in full, whatever the segmenter reads it as
                break
            bounded = s == 0 or before in LEFT or not HAN.match(before)
            after_county = s in county_ends and (here or not word_tag(name[:2]).startswith(NOT_NAME_TAGS))
            if named and (after_county or free and (bounded or text.endswith(VERB_BEFORE, 0, s) or here)
                          or here and (bounded or text.endswith(VERB_BEFORE, 0, s))):
                found = s  # after its county (武陵区丹阳街道探索…), what follows may be any word
                break
            if before == "、":
                listed = _shared_suffix(ctx, text, s, _ethnic(text, s, j) + m.group(), local, floor, place_set)
                if listed:  # ending a list that shares its suffix, likewise
                    found, shared = s, listed
                    break
        if found is None:
            continue
        parent = county_ends.get(found) or local or _listed_county(ctx, text[found:j] + m.group())
        if out and out[-1].end > found:
            continue
        out.extend(shared if shared is not None else _shared_suffix(ctx, text, found, _ethnic(text, found, j) + m.group(),
                                                                    local, floor, place_set))
        out.append(TownshipHit(found, end, text[found:j] + m.group(), parent))
    ctx.townships = out
    ctx.township_starts = {t.start: n for n, t in reversed(list(enumerate(out)))}
    return out


def _listed_county(ctx: Context, name: str) -> Division | None:
    """The county of the township ``name`` by the gazetteer, when it lists one such township inside the
    article's locality (or, with no locality, one in all China): a city's article naming 麦子店街道."""
    codes = [c for c in township_counties().get(name, ()) if c in ctx.gaz.by_code]
    if ctx.locality is not None:
        codes = [c for c in codes if ctx.gaz.is_within(ctx.gaz.by_code[c], ctx.locality.code)]
    return ctx.gaz.by_code[codes[0]] if len(codes) == 1 else None


_CLAUSE_START = set("，,。；;：:\n")


def _department_spans(text: str, start: int, end: int) -> bool:
    """Whether a department of the lexicon starts at ``start`` and runs past ``end``."""
    dept = lexicon().department_index.at(text, start)
    return len(dept) > end - start


def _listed_here(name: str, local: Division | None) -> bool:
    """``name`` is a township the division list has (under ``local``, when that is known)."""
    counties = township_counties().get(name, ())
    return bool(counties) and (local is None or local.code in counties)


_ETHNIC_END = re.compile(r"(?:[\u4e00-\u9fff]{1,3}?族)+$")


def _ethnic(text: str, start: int, end: int) -> str:
    """官庄、庐丰畲族乡: the people an ethnic township's name ends with, which the short names before share."""
    m = _ETHNIC_END.search(text, start + 2, end)
    return m.group() if m else ""


def _shared_suffix(ctx: Context, text: str, start: int, suffix: str, local: Division | None, floor: int,
                   places: set[tuple[int, int]]) -> list[TownshipHit]:
    """杨家坪、黄桷坪、谢家湾街道: when a clause is only a list ending in a township, the bare names
    before it share its suffix (and its county: the locality's, as no county is named)."""
    items: list[tuple[int, int]] = []
    after_verb = False  # the first name of the list was found after the words that govern it
    j = start
    while j >= 3 and text[j - 1] == "、":
        k = j - 1
        s = k
        while s > max(floor, k - 4) and HAN.match(text[s - 1]) and (text[s - 1] not in NAME_STOP or
                                                                    text[s - 1] in INNER):
            s -= 1
        # 青菱、和平、张家湾街道, 彭浦新村、临汾路街道, …学校和谢村、华阳镇: a township the list holds, whose
        # name has a character that ends other names
        listed = next((k - n for n in range(5, 1, -1) if k - n >= max(floor, 0) and k - n < s + 1
                       and (k - n == 0 or not HAN.match(text[k - n - 1]) or text[k - n - 1] in LEFT)
                       and _listed_here(text[k - n:k] + suffix, local)),
                      None)
        s = listed if listed is not None else s
        if listed is None and local is not None and k - s == 4 and s > 0 and HAN.match(text[s - 1]) \
                and not _listed_here(text[s:k] + suffix, local):
            # 要加快龙泉、鸦鹊岭、分乡镇卫生院…: the list is a verb's object; its first name is the
            # township of the county that the words before end with
            tail = next((k - n for n in (3, 2) if _listed_here(text[k - n:k] + suffix, local)), None)
            if tail is not None:
                s, after_verb = tail, True
        if text[s:k].endswith(INSTITUTIONS) and k - s > 2:
            break  # the institutions that a longer list starts with (县中医医院、上津、夹河镇卫生院)
        if k - s < 2 or text[s:k].endswith(SUFFIXES) or (text[s] in NOT_FIRST | NAME_STOP and listed is None) \
                or (s, k) in places and not _listed_here(text[s:k] + suffix, local):  # 灵川、定江镇: 灵川镇 of 灵川县
            return []
        items.append((s, k))
        j = s
    if items and not (j == 0 or text[j - 1] in _CLAUSE_START or text[j - 1] in FUNCTION):
        # the end of a longer list (县中医医院、上津、夹河镇卫生院): the names right before that the division
        # list holds as townships here
        listed = []
        for a, b in items:
            if not _listed_here(text[a:b] + suffix, local):
                break
            listed.append((a, b))
        whole = after_verb and len(listed) == len(items)
        items = listed if listed and (whole or text[listed[-1][0] - 1:listed[-1][0]] == "、") and local is not None else []
    if not items:
        return []  # the list is a clause of its own, or what 在/到/对 … governs (在莫干山、新市、禹越镇布局)
    return [TownshipHit(s, e, text[s:e] + suffix, local or _listed_county(ctx, text[s:e] + suffix))
            for s, e in reversed(items)]
