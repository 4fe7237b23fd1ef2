"""Organisations: reading an organisation's name at a position, and its canonical form.

An organisation name in the genre is one of
    a national body named without a place      国务院, 中共中央政治局
    place + body                               深州市政府, 衡水市市委, 思南县卫生健康局
    level word + body                          市委, 县政府, 市卫生健康局 (the place comes from the locality)
    place + name + kind suffix                 衡水科技工程学校, 衡水学院
and a body may carry 党组/党委/纪检组 after it (市教育局党组). The canonical name
puts the full place name first (市委 → 铜仁市委, 政府 → 人民政府). The stage
itself adds every organisation named anywhere in the text, expanding lists that
share one suffix (江口、德江、印江、思南县卫生健康局 names four bureaus).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..gazetteer import Division
from ..model import Mention, Organisation
from .context import HAN, Context, occurrences
from .lexicon import DEMOCRATIC_PARTIES, lexicon
from .places import LEVEL_CHARS, PlaceHit, place_candidates
from .segment import word_tag
from .townships import SUFFIXES, TOWNSHIP_BODIES, TOWNSHIP_OFFICES, find_townships, township_division

__all__ = ["OrgMatch", "match_org", "canonical", "run", "add_org"]

LEVELS = "省市县区州"
# Inner Mongolia's prefecture (盟) and county (旗) level words: levels only in an article about one
BANNER_LEVELS = "盟旗"
# a level word is a prefix only at a word boundary: not 全市, 各县, 我市, 县市区
LIST_LEAD = set("和及与在对到赴至由从向")  # words a list of places may follow
LEVEL_NOUNS = ("县域", "市域", "区域", "省域", "市场", "县城", "市区", "市民")  # nouns a level word starts
# 各县（市）区教育局: a group; 等4省林草局, 三县农业农村局: places counted, not one
NOT_BEFORE_LEVEL = set("全各本我该城都县区市省镇乡村州）)0123456789一二三四五六七八九十两个设等")
BARE_AFTER = set("、，,及和与：:；;\n")  # what may come before a bureau named without its place
_EACH_PLACE = re.compile(r"各(?:[省市县区州]|乡镇|地)")
ZONE = re.compile(r"开发区|高新区|经开区|新区")
NAME_BODY = re.compile(r"[\u4e00-\u9fff]{0,14}")
STOP = set("的了在和与及或是有为对把被将从向到等也都就并而之其这那各全、，,。；;：:“”\"'《》()（）0123456789 \n")
INSTITUTION_SUFFIXES = ("职业技术学院", "职业学院", "学院", "大学", "学校", "中学", "小学", "幼儿园", "医院", "研究院",
                        "研究所", "新闻网", "日报社", "电视台", "股份有限公司", "有限责任公司", "有限公司", "公司", "集团",
                        "商会", "协会", "联络处", "服务中心", "中心", "福利院", "敬老院", "推广站", "监测站", "工作站", "管理站", "林场", "农场",
                        # a development zone's administration, by its full or short name (昆山开发区, 阿拉善高新区)
                        "经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "经开区",
                        # the administration of a nature reserve or of a state forest (扎龙国家级自然保护区管理局)
                        "自然保护区管理局", "保护区管理局", "国有林管理局")
# units only a reporting list names alone (新南社区、余松社区作交流发言): after a place they are words (定安乡村振兴)
LIST_UNIT_SUFFIXES = (*INSTITUTION_SUFFIXES, "教育中心", "社区党委", "社区党支部", "村党支部", "村党总支", "村党委", "社区",
                      "村", "管委会", "管理委员会", "村委会", "村民委员会", "居委会")  # 职业技术教育中心; 育才路社区党委: a community's Party committee
ATTACHED = ("党组", "党委", "纪检组", "党总支", "办公室")
# bodies that have an office of their own: 县委办公室, 市安委会办公室, 县防汛抗旱指挥部办公室
OFFICE_HOLDERS = ("委", "委会", "委员会", "领导小组", "指挥部", "联席会议")
HEADS_UNNAMED = ("主要负责人", "主要负责同志", "负责人", "负责同志", "司局负责同志", "司局主要负责同志")  # X局负责人分别汇报: the unit reports


@dataclass(frozen=True)
class OrgMatch:
    start: int
    end: int
    name: str  # canonical
    kind: str
    place: Division | None
    place_end: int = -1  # end of the place name inside the match, -1 when none
    parts: tuple[OrgMatch, ...] = ()  # organisations named inside its name (a stationed group's 纪委监委 and department)


def _place_at(ctx: Context, text: str, i: int) -> tuple[int, Division] | None:
    """A place name (full or short) starting at i, resolved in the article's context."""
    related = ctx.related_codes()
    # a province's short name is known wherever it is read (甘肃林草局 in a national ministry's article)
    cands = [c for c in place_candidates(ctx, text, i) if not c[2] or c[1].code in related or c[1].level == "province"]
    if not cands:
        return None
    within = ctx.locality.code if ctx.locality else ""
    codes = {c[1].code for c in cands}
    if len(codes) == 1:
        return cands[0][0], cands[0][1]
    inside = [c for c in cands if within and ctx.gaz.is_within(c[1], within)]
    if len({c[1].code for c in inside}) == 1:
        return inside[0][0], inside[0][1]
    d = ctx.gaz.lookup(text[i:i + cands[0][0]], within)
    return (cands[0][0], d) if d else None


def _meeting_held(text: str, end: int, body: str) -> bool:
    """区老旧小区改造暨消防安全工作联席会议召开。: a 联席会议 that is held names the meeting, no body."""
    return body.endswith("联席会议") and re.match(r"召开(?:[。，,；;\n]|$)", text[end:end + 3]) is not None


def _department_at(text: str, i: int, generic: bool = True) -> str:
    """The body named at ``i`` after a place or level word: a standard department of the lexicon,
    else (``generic``) a bureau or a body set up for a task as the genre forms their names."""
    dept = lexicon().department_index.at(text, i)
    if dept or not generic:
        return dept
    m = _GENERIC_BODY.match(text, i)
    if m is None or set(m.group().replace("安全", "")) & GENERIC_STOP or m.group().endswith(NOT_BUREAU) \
            or m.group()[0] in LEVELS + BANNER_LEVELS + "级" \
            or re.match(r"[两一二三四五六七八九十\d]+个?[省市县区乡镇]", m.group()):  # 延川、延长两县局地: a count of places
        return ""  # 旗水利局 after 旗应急管理局、: the level word again
    # 马县长要求县农业农村局: a level word and a department inside end the phrase before them; it is no name
    if any(text[k] in LEVELS and lexicon().department_index.at(text, k + 1) for k in range(i + 1, m.end() - 1)):
        return ""
    return m.group()


# 文化和广电旅游体育局, 防汛抗旱指挥部, 食品安全委员会: a department the lexicon does not list, or a
# body set up for a task, written after a place or level word
_GENERIC_BODY = re.compile(r"[\u4e00-\u9fff]{2,9}?局|[\u4e00-\u9fff]{2,16}?(?:指挥部|领导小组|委员会|联席会议)")
_COMMITTEE_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:领导小组|委员会|指挥部)")
GENERIC_STOP = set("的了在与及或是有为对把被将从向到等也都就并而之其这那各全召开第届")  # 和 stands in 文化和旅游局
NOT_BUREAU = ("格局", "布局", "大局", "全局", "开局", "变局", "新局", "当局", "结局", "时局", "僵局", "残局", "骗局")


def _attached(text: str, i: int) -> str:
    for a in ATTACHED:
        if text.startswith(a, i):
            return a
    return ""


COURT_RANKS = {"province": "高级", "prefecture": "中级"}  # the courts of a province and of a prefecture


def canonical(place: Division | None, body: str, level: str = "") -> str:
    """The canonical name of ``body`` (委, 政府, 卫生健康局 …) of ``place``."""
    if body in ("政府办", "委办"):
        body += "公室"  # 县政府办 → 县人民政府办公室, 县委办 → 县委办公室
    for short in ("政府", "法院", "检察院"):
        if body.startswith(short):
            body = "人民" + body  # 政府党组 → 人民政府党组, 法院 → 人民法院
            break
    if body.startswith("人民法院") and place is not None and place.level in COURT_RANKS:
        body = COURT_RANKS[place.level] + body  # 省法院 → 甘肃省高级人民法院, 市法院 → 兰州市中级人民法院
    full = lexicon().department_canonical
    for n in range(len(body), 1, -1):  # 发改委党组 → 发展和改革委员会党组: a short form by its full name
        if body[:n] in full and (n == len(body) or body[n:] in ATTACHED or body.endswith("处")):  # not 卫生健康委|员会
            body = full[body[:n]] + body[n:]
            break
    if place is None:
        return f"{level}{body}"
    return f"{place.name}{body}"


@lru_cache(maxsize=1)
def _first_chars(gaz) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Every character an organisation's name can start with: a national body's, a place's, a
    level word, or a bureau's named alone."""
    lex = lexicon()
    return (lex.central_index.first_chars | lex.department_index.first_chars | frozenset(LEVELS + BANNER_LEVELS + "自地行")
            | gaz.first_chars | frozenset(p[0] for p in DEMOCRATIC_PARTIES))


def match_org(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """The organisation whose name starts at ``i``, or None."""
    m = _match_org(ctx, text, i)
    if m is not None and text.startswith("驻", m.end) and m.name.endswith(DISCIPLINE_BODIES):
        dept = _match_org(ctx, text, m.end + 1)  # 省纪委监委驻省自然资源厅纪检监察组: the group it stations there
        if dept is not None and text.startswith("纪检监察组", dept.end):
            return OrgMatch(i, dept.end + 5, f"{m.name}驻{dept.name}纪检监察组", "DisciplineInspection", m.place,
                            m.place_end, (m, dept))
    if m is not None and m.name.endswith("局") and (hit := _place_at(ctx, text, m.end)) is not None \
            and text.startswith("分局", m.end + hit[0]):
        # 丽水市生态环境局遂昌分局: the bureau's branch in a county it holds
        end = m.end + hit[0] + 2
        name = m.name + text[m.end:end]
        return OrgMatch(i, end, name, lexicon().org_kind(name), hit[1], m.place_end)
    return m


_OTHER_LEVELS = re.compile(r"[（(][局委厅](?:[、，][局委厅])*[）)]")  # 交通运输厅（局、委）: a group of bodies, no one
_STATION = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:派出所|市场监督管理所|市场监管所|司法所|税务所|税务分局|供电所|自然资源所|交警中队)")
BRANCHES = ("分行", "支行", "分公司", "直属库")


def _branch_at(ctx: Context, text: str, i: int, bureau: bool = False) -> str:
    """湖南省分行 after a national bank's name: the place and the branch word, else "". After a
    national bureau (``bureau``), its office in a place: 国家矿山安全监察局山西局, 国家税务总局太原市税务局."""
    hit = _place_at(ctx, text, i)
    if hit is None:
        return ""
    j = i + hit[0]
    branch = next((b for b in BRANCHES if text.startswith(b, j)), "")
    if not branch and bureau:
        m = _PLACE_BUREAU.match(text, j)
        branch = m.group() if m else ""
    return text[i:j] + branch if branch else ""


_PLACE_BUREAU = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?)?局(?![长])")


def _match_org(ctx: Context, text: str, i: int) -> OrgMatch | None:
    if ctx.townships:
        town = _township_body(ctx, text, i) or (_own_township_body(ctx, text, i) if text[i:i + 1] in "街镇乡党办" else None)
        if town is not None:
            return town
    if text[i:i + 1] not in _first_chars(ctx.gaz):
        return None
    if text.startswith(DEMOCRATIC_PARTIES, i):
        return _party_branch(ctx, text, i)
    lex = lexicon()
    name = lex.central_index.at(text, i)
    end = i + len(name)
    # 市应急管理部门: a local department, not the ministry
    if name and text[end:end + 1] != "门" and not (i > 0 and text[i - 1] in LEVELS):
        extra = _attached(text, end)
        if not extra and name.endswith("部") and text.startswith("部", end) and _attached(text, end + 1):
            end += 1  # 生态环境部部党组书记: the ministry's level word again before its Party group
            extra = _attached(text, end)
        full = lex.central_canonical.get(name, name) + extra
        branch = _branch_at(ctx, text, end, full.endswith("局")) if not extra else ""
        if branch:  # 农发行湖南省分行: a branch of a national bank, named by its place
            return OrgMatch(i, end + len(branch), full + branch, lex.org_kind(full), None, end)
        unit = _ministry_unit(text, end) if not extra else ""
        dept = _department_at(text, end, generic=False) if not extra and lex.org_kind(full) == "Government" else ""
        if len(dept) >= 3 and not _OTHER_LEVELS.match(text, end + len(dept)):
            unit = dept  # 新疆生产建设兵团应急管理局; not …和新疆生产建设兵团民政厅（局）, the provinces' group
        if not unit and not extra and full.endswith("部"):
            unit = _ministry_bureau(text, end)  # 应急管理部消防救援局: a bureau of a ministry
        if unit.endswith(("委", "委会")) and text.startswith("办公室", end + len(unit)):
            unit += "办公室"  # 国务院安委会办公室: the office of a commission
        if unit:  # 农业农村部种植业管理司: a department of a ministry
            return OrgMatch(i, end + len(unit), full + unit, lex.org_kind(full + unit), None, end)
        return OrgMatch(i, end + len(extra), full, lex.org_kind(full), None)
    place_hit = _place_at(ctx, text, i)
    if place_hit is not None:
        plen, place = place_hit
        j = i + plen
        # 衡水市市委: the level word repeated after the place name
        if j < len(text) and text[j] == place.name[-1] and _department_at(text, j + 1) \
                and not _department_at(text, j, generic=False):  # not 信阳市|市场监督管理局
            j += 1
        if text.startswith(LEVEL_IN_BRACKETS, j):  # 北京、广东省（市）消防救援总队: a list of provinces and cities
            j += 3
        dept = _department_at(text, j)
        if dept and ZONE.search(dept):  # 金华经济技术开发区管委会: a zone's official name keeps the short form
            name = text[i:j] + dept
            return OrgMatch(i, j + len(dept), name, lex.org_kind(name), place, i + plen)
        if dept:
            return _finish(ctx, text, i, j + len(dept), place, dept, i + plen)
        chunk = _institution_at(text, j)
        if chunk:
            branch = _branch_at(ctx, text, j + len(chunk)) if chunk.endswith(("公司", "银行")) else \
                next((b for b in ("党委", "党总支") if text.startswith(b, j + len(chunk)) and chunk.endswith(("大学", "学院"))), "")
            name = text[i:j + len(chunk)] + branch  # 长春燃气股份有限公司南关分公司: the company's branch; 昆明理工大学党委
            return OrgMatch(i, j + len(chunk) + len(branch), name, lex.org_kind(name), place, i + plen)
        return None
    if text.startswith("自治区", i) and (i == 0 or text[i - 1] not in NOT_BEFORE_LEVEL):
        # 自治区市场监督管理局: the region's, as 省 names a province's; 自治区党委 is its Party committee (a province's 省委)
        dept = "党委" if text.startswith("党委", i + 3) else _department_at(text, i + 3)
        inner = _department_at(text, i + 4, generic=False) if dept == "党委" else ""
        if len(inner) > 1 and inner.startswith("委"):
            dept = "党" + inner  # 自治区党委组织部, 自治区党委常委会: the bodies of its Party committee, as 省委's
        if dept:
            return _finish(ctx, text, i, i + 3 + len(dept), ctx.locality_at("省"), dept, -1, level="自治区")
    area = _prefecture_area(ctx, text, i)
    if area is not None:
        return area
    ch = text[i:i + 1]
    if ch and (ch in LEVELS or ch in BANNER_LEVELS and ctx.locality_at(ch) is not None) \
            and (i == 0 or text[i - 1] not in NOT_BEFORE_LEVEL and not _noun_with(text, i)):
        dept = _department_at(text, i + 1)
        if dept and not lexicon().department_index.at(text, i + 1) and text.startswith(LEVEL_NOUNS, i):
            dept = ""  # 紧密型县域医疗卫生共同体…联席会议: 县 starts a noun (县域), no level's body
        if dept and not _meeting_held(text, i + 1 + len(dept), dept):
            place = ctx.level_place(ch)  # 县委 in a city's article naming one county: that county's
            return _finish(ctx, text, i, i + 1 + len(dept), place, dept, -1, level=ch)
        chunk = _institution_at(text, i + 1) if (i == 0 or not HAN.match(text[i - 1]) or text[i - 1] in "和及与由从向对"
                                                 or word_tag(text[max(0, i - 2):i]) == "v") \
            and not text.startswith(LEVEL_NOUNS, i) else ""  # 支持市中医医院创建…: after a verb; not 县域医疗卫生次中心
        # 县乡村振兴服务中心: the county's, by its full name (not 社区卫生服务中心); 市医院, 县中医院 too
        if len(_stem(chunk)) >= 2 or chunk in ("医院", "中医院", "中医医院", "藏医院", "蒙医院", "民族医院"):
            place = ctx.level_place(ch)
            name = canonical(place, chunk, ch)
            return OrgMatch(i, i + 1 + len(chunk), name, lex.org_kind(name), place, -1)
    return _bare_bureau(ctx, text, i)


def _prefecture_area(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """In a 地区 (a prefecture that is no city: 阿克苏地区), its bodies by their level words: 地委 (阿克苏地委,
    地委组织部), 行署 (阿克苏地区行政公署; a 盟's too: 锡林郭勒盟行政公署) and 地区X局 (阿克苏地区林业和草原局)."""
    if not text.startswith(("地委", "地区", "行署"), i) or i > 0 and (text[i - 1] in NOT_BEFORE_LEVEL or _noun_with(text, i)):
        return None
    area = ctx.locality_at("地区")
    if text.startswith("行署", i) and (area or (area := ctx.locality_at("盟"))):  # a 盟 has its 行署 too
        return _finish(ctx, text, i, i + 2, area, "行署", -1)
    if area is None:
        return None
    dept = _department_at(text, i + 2 if text.startswith("地区", i) else i + 1)
    if not dept or text.startswith("地委", i) and not dept.startswith("委"):
        return None
    if text.startswith("地区", i):
        return _finish(ctx, text, i, i + 2 + len(dept), area, dept, -1)
    m = _finish(ctx, text, i, i + 1 + len(dept), None, dept, -1)
    name = area.name.removesuffix("地区") + "地" + m.name  # 阿克苏地委组织部
    return OrgMatch(m.start, m.end, name, m.kind, area, -1)


def _noun_with(text: str, i: int) -> bool:
    """老旧小区改造…联席会议: the level word ends a noun with the character before it (小区, 社区, 股市),
    so it names no level."""
    return HAN.match(text[i - 1]) is not None and (word_tag(text[i - 1:i + 1]) in ("n", "s")
                                                   or text.endswith(AREA_NOUNS, 0, i + 1))


# areas named by their kind, whose 区 is no level word: 扎龙国家级自然保护区管理局, 准格尔经济开发区管理委员会
AREA_NOUNS = ("保护区", "开发区", "园区", "示范区", "景区", "林区", "矿区", "新区", "试验区", "实验区", "合作区", "功能区",
              "片区", "辖区", "山区", "牧区", "库区", "城区", "社区", "小区",
              # kinds of cities, whose 市 is none of the article's: 各省、自治区、直辖市民政厅, 各地级以上市卫生健康局
              "直辖市", "地级市", "县级市", "以上市", "单列市", "副省级市")


def _institution_at(text: str, j: int) -> str:
    """The longest name at ``j`` that ends in an institution's suffix (人民医院, 有限公司, 服务中心), or ""
    (not a rank: 县级公立医院 are the county's hospitals of that level, no one institution)."""
    if text.startswith("级", j):
        return ""
    m = NAME_BODY.match(text, j)
    body = m.group() if m else ""
    count = _COUNTED.search(body)  # 区人民医院、区中医医院两家医共体牵头医院: the name ends before the count
    body = body[:count.start()] if count else body
    for k in range(len(body), 0, -1):
        if body[k - 1] not in _SUFFIX_LAST:
            continue
        chunk = body[:k]
        stem = _stem(chunk)
        # not 集团化办学 (a suffix that a 化 makes a verb of), nor 中小学校园 (校园, the grounds), nor 教育局围绕集团… (a verb inside)
        if stem != chunk and not set(stem) & STOP and text[j + k:j + k + 1] not in ("化", "园") \
                and not text.startswith("校园", j + k) \
                and not any(v in stem for v in NOT_IN_NAME):
            return chunk
    return ""


NOT_IN_NAME = ("围绕", "关于", "通过", "按照", "聚焦", "结合", "部分", "推进", "推动", "加快", "深化", "实施", "县域")


_SUFFIX_LAST = frozenset(x[-1] for x in INSTITUTION_SUFFIXES)
_COUNTED = re.compile(r"[一二两三四五六七八九十]+[家所个名]")


def _party_branch(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """民盟西青区委, 九三学社市委会, 民进区委员会: a democratic party's committee of a place."""
    party = next(p for p in DEMOCRATIC_PARTIES if text.startswith(p, i))
    j = i + len(party)
    hit = _place_at(ctx, text, j)
    if hit is not None:
        place, k = hit[1], j + hit[0]
    elif text[j:j + 1] in LEVELS:
        place, k = ctx.locality_at(text[j]), j + 1
    else:
        return None
    suffix = next((x for x in ("委员会", "委会", "委") if text.startswith(x, k)), "")
    if not suffix:
        return None
    name = party + (place.name if place is not None else text[j:k]) + suffix
    return OrgMatch(i, k + len(suffix), name, "DemocraticParty", place)


# 党（工）委: a 镇's 党委 or a 街道's 党工委, after a list of both
_EITHER_COMMITTEE = ("党（工）委", "党(工)委")
# 等8个乡镇, 等12个镇（街道）: the count a list of townships stands for
_TOWNS_COUNTED = re.compile(r"(?:等[一二三四五六七八九十两0-9]*|[一二三四五六七八九十两0-9]+)[个名]?(?:乡镇|乡|镇|街道)"
                            r"(?:[（(]街道[）)])?")  # 等8个乡镇, 4名乡镇
# what a body reports with, right after its name: 湾岭镇、红毛镇、上安乡党委作交流发言 are three 党委
REPORT_AFTER = ("作", "汇报", "通报", "述职", "交流发言", "表态发言", "分别", "先后", "依次")


_UNITS_THEN_REPORT = re.compile(r"[和及、][^，,。；;：:]{2,40}?(?:作|汇报|通报|述职|交流发言|表态发言)")


def _more_units_report(text: str, at: int) -> bool:
    """白蒲镇、长江镇人民政府和如皋市第一中学作交流发言: more units follow, and the clause ends in a report."""
    return _UNITS_THEN_REPORT.match(text, at) is not None


def _township_body(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """高庄镇党委, 衡山镇人民政府, 友谊路街道办事处: a body of a township named in the text."""
    if not ctx.townships:
        return None
    k = ctx.township_starts.get(i)
    if k is None:
        return None
    hit = ctx.townships[k]
    # 梅山、斑竹园、汤家汇镇党委: the body after the last of a list sharing the suffix is each one's; so
    # is it after a list of full names when its head follows (金牛镇、州城镇和拉乌彝族乡党委书记述职)
    last, full = hit, False
    for t in ctx.townships[k + 1:]:
        written_full = last.end - last.start == len(last.name)
        if t.start != last.end + 1 or text[last.end] not in ("、和及" if written_full else "、"):
            break
        full = full or written_full
        last = t
    if last.end - last.start != len(last.name):
        return None
    # 围场镇、四合永镇等8个乡镇党委书记述职, 老城镇、宝力镇2名乡镇党委书记: the body after the count of the
    # towns the list stands for
    counted = _TOWNS_COUNTED.match(text, last.end)
    at = counted.end() if counted else last.end
    body = next((b for b in TOWNSHIP_BODIES if text.startswith(b, at)), "")
    after = at + len(body)
    if not body and text.startswith(_EITHER_COMMITTEE, at):  # 望湖街道、大圩镇党（工）委: each one's own
        body = "党工委" if hit.name.endswith("街道") else "党委"
        if last is hit:
            return _township_org(hit, body, i, hit.end, -1)
        after = at + len(_EITHER_COMMITTEE[0])
    if full and last is not hit and not (body and (lexicon().title_index.at(text, after) or body in TOWNSHIP_OFFICES
                                                   or text.startswith(HEADS_UNNAMED, after)
                                                   or text.startswith(REPORT_AFTER, after)
                                                   or _more_units_report(text, after))):
        last, body = hit, next((b for b in TOWNSHIP_BODIES if text.startswith(b, hit.end)), "")
    written = body
    if not body and last is hit:  # 灵城镇镇长A, 古城街道书记B: the body the title is of
        title = next((t for t in TOWNSHIP_TITLES if text.startswith(t, hit.end)), "")
        body = TOWNSHIP_TITLES[title] if title else ""
        if hit.name.endswith("街道"):
            body = {"党委": "党工委", "人民政府": "办事处"}.get(body, body)
    if not body:
        return None
    end = hit.end + len(written) if last is hit and not counted else hit.end
    return _township_org(hit, body, i, end, hit.end if last is hit else -1)


def township_body_name(town: str, body: str) -> str:
    """The name of the ``body`` (党委, 政府, 办事处, 城建办 …) of the township named ``town``."""
    return town + ("人民政府" if body == "政府" else body)


def party_group_of(name: str) -> str:
    """The body whose party group or committee ``name`` is (…厅党组 → …厅); else ``name``."""
    for a in ("党组", "党委"):
        if name.endswith(a) and len(name) > len(a) + 1:
            return name[: -len(a)]
    return name


def _township_org(hit, body: str, start: int, end: int, place_end: int) -> OrgMatch:  # type: ignore[no-untyped-def]
    """The ``body`` of the township ``hit``, named at text[start:end]."""
    name = township_body_name(hit.name, body)
    place = township_division(hit) if hit.parent is not None else None
    return OrgMatch(start, end, name, lexicon().org_kind(name), place, place_end)


# titles written right after a township's name, and the body they are of (灵城镇镇长, 河口镇书记)
TOWNSHIP_TITLES = {"镇长": "人民政府", "副镇长": "人民政府", "乡长": "人民政府", "副乡长": "人民政府",
                   "书记": "党委", "副书记": "党委", "主任": "人民政府", "副主任": "人民政府"}
# a unit of a township's offices, named after the bare 街道/镇/乡: 街道城建办, 镇党政办, 乡综治中心
_TOWNSHIP_UNIT = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:办公室|办|中心|所|站|科|中队)")
# a township's service centre named at length (农业（畜牧业）发展服务中心, 文化体育广播电视和旅游服务中心)
_TOWNSHIP_CENTRE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:（[\u4e00-\u9fff]{1,6}）)?[\u4e00-\u9fff]{0,10}?服务中心")


def _township_unit(ctx: Context, text: str, i: int, town: Division) -> tuple[str, int]:
    """A unit of the township ``town`` written at ``i`` without its name (城市建设管理科, 街道城管中队) and
    where it ends; not one that names a place of its own (高庄镇派出所) or the township again
    (诸佛庵派出所, named in full). ("", i) when none."""
    bare = next((x for x in SUFFIXES if town.name.endswith(x) and text.startswith(x, i)), "")
    m = _TOWNSHIP_UNIT.match(text, i + len(bare))  # 街道城管中队: the bare word again before the unit
    if m is None or set(m.group()) & STOP or m.group().startswith(town.name[:2]) \
            or any(i <= t.start < m.end() for t in find_townships(ctx)) \
            or any(not c[2] for c in place_candidates(ctx, text, i)):
        return "", i
    return m.group(), m.end()


def _own_township_body(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """街道党工委, 镇人民政府, 街道城建办 with no name before them: bodies of the one township of that
    kind that the article names before (an article about a 街道's own meeting)."""
    suffix = next((x for x in SUFFIXES if text.startswith(x, i)), "")
    if not suffix and text.startswith(("党工委", "办事处"), i):
        suffix = "街道"  # 党工委副书记、办事处主任A: bodies only a 街道 has
        j = i
    else:
        j = i + len(suffix)
    if not suffix or not ctx.townships or (i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff"
                                           and text[i - 1] not in BARE_AFTER and text[i - 1] not in "了由"):
        return None  # 审议了镇人大主席团…的报告, 由镇政府主办: after a verb's 了 or 由 too
    body = next((b for b in TOWNSHIP_BODIES if text.startswith(b, j)), "")
    if not body:
        m = _TOWNSHIP_UNIT.match(text, j)
        body = m.group() if m and not set(m.group()) & STOP else ""
    if not body and (m := _TOWNSHIP_CENTRE.match(text, j)) is not None and not set(m.group()) & (STOP - set("和（）")):
        body = m.group()
    named = {t.name: t for t in ctx.townships if t.end <= i and t.name.endswith(suffix)
             and t.end - t.start == len(t.name)}
    if not body or len(named) != 1:
        return None
    return _township_org(named.popitem()[1], body, i, j + len(body), -1)


# stations a township has, named after its short name (诸佛庵派出所, 双沟自然资源所), which the genre writes so
TOWNSHIP_STATIONS = ("派出所", "司法所", "财政所", "自然资源所", "国土所", "市场监管所", "供电所", "卫生院", "中心学校", "林业站",
                     "水利站", "农技站", "兽医站")


# a village's or community's bodies named in full (石椅村党支部, 古镇社区党委), after a boundary; not 各村, 全村, 本村
_VILLAGE_BODY = re.compile(r"(?:^|(?<=[，,。；;：:、\n与和及对由]))([\u4e00-\u9fff]{1,4}?(?:村|社区))"
                           r"(党支部|党总支|党委|村委会|村民委员会|居委会|居民委员会)")
_VILLAGE_NOT_FIRST = set("各全本该每其此某两这那驻")


def village_bodies(ctx: Context) -> list[OrgMatch]:
    """石椅村党支部书记代表各村作表态发言: the bodies of a village named in full are organisations."""
    out = []
    for m in _VILLAGE_BODY.finditer(ctx.text):
        village = m.group(1)
        if village[0] in _VILLAGE_NOT_FIRST or set(village) & STOP or not ctx.readable(m.start(), m.end()):
            continue
        name = village + m.group(2)
        out.append(OrgMatch(m.start(), m.end(), name, lexicon().org_kind(name), None, -1))
    return out


# a division named bare at the start of a clause, before what it does (社会救助科汇报了…, 养老服务科、儿童福利科分别就…)
_BARE_DIVISION = re.compile(r"(?:^|(?<=[，,。；;：:\n、]))([\u4e00-\u9fff]{2,10}?[科处股])(?=汇报|通报|介绍|分别|作了|作|就|、)")


def convener_divisions(ctx: Context) -> list[OrgMatch]:
    """市民政局召开党组会议…社会救助科汇报了X: at a department's own meeting, the divisions it names bare are that
    department's (the department that convenes, before 召开 in the first body sentence)."""
    text = ctx.text
    first = next((s for s in ctx.doc.sentences if "召开" in s.text), None)
    if first is None:
        return []
    held = text.find("召开", first.start, first.end)
    depts = [m for m in ctx.graph.mentions if m.type == "Organisation" and first.start <= m.start and m.end <= held
             and ctx.graph.entities[m.key].kind == "GovernmentDepartment"]
    if len(depts) != 1:
        return []
    convener = ctx.graph.entities[depts[0].key]
    dept, place = party_group_of(convener.name), ctx.gaz.by_code.get(convener.place_code)
    out = []
    for m in _BARE_DIVISION.finditer(text, held):
        div = m.group(1)
        if set(div) & STOP or div.endswith(("办事处", "联络处")) or lexicon().department_index.at(div, 0) \
                or div[0] in "局厅部委":  # 局森林草原防火科: the department's own word before it, read by _OWN_DIVISION
            continue
        name = dept + div
        out.append(OrgMatch(m.start(1), m.end(1), name, lexicon().org_kind(name), place, -1))
    return out


def township_stations(ctx: Context) -> list[OrgMatch]:
    """诸佛庵派出所, 彭浦新村派出所: a station named after the short name of a township the article names."""
    text = ctx.text
    out = []
    seen: set[str] = set()
    for t in find_townships(ctx):
        short = next((t.name[:-len(x)] for x in SUFFIXES if t.name.endswith(x)), "")
        if len(short) < 2 or short in seen:
            continue
        seen.add(short)
        for station in TOWNSHIP_STATIONS:
            for at in occurrences(text, short + station):
                if at > 0 and HAN.match(text[at - 1]) and text[at - 1] not in "、和及与":
                    continue
                name = short + station
                place = township_division(t) if t.parent is not None else None
                out.append(OrgMatch(at, at + len(name), name, lexicon().org_kind(name), place, -1))
    return out


LEVEL_IN_BRACKETS = ("（市）", "(市)", "（区）", "(区)", "（州）", "(州)")
_MINISTRY_UNIT = re.compile(r"[\u4e00-\u9fff]{2,10}?司")


def _ministry_unit(text: str, i: int) -> str:
    m = _MINISTRY_UNIT.match(text, i)  # 就 stops 就X作介绍, but not 就业 (就业促进司)
    return m.group() if m and not set(m.group().replace("就业", "")) & GENERIC_STOP \
        and not m.group().startswith(UNNAMED_UNITS) else ""


UNNAMED_UNITS = ("相关", "有关", "其他", "部分", "所属", "直属")  # 民政部相关司局负责同志: no 司 named


_MINISTRY_BUREAU = re.compile(r"[\u4e00-\u9fff]{2,8}?局(?!长)")


def _ministry_bureau(text: str, i: int) -> str:
    m = _MINISTRY_BUREAU.match(text, i)
    return m.group() if m and not set(m.group()) & GENERIC_STOP and not m.group().endswith(NOT_BUREAU) \
        and not m.group().startswith(UNNAMED_UNITS) and not lexicon().title_index.at(text, i) else ""


def _bare_bureau(ctx: Context, text: str, i: int) -> OrgMatch | None:
    """…及教体局全体干部职工: a bureau named with no place or level word, after a list separator,
    in an article about a city or county, is that place's bureau."""
    local = ctx.locality
    if local is None or local.level == "province" or (i > 0 and text[i - 1] not in BARE_AFTER):
        return None
    dept = _department_at(text, i, generic=False)
    if len(dept) < 3 or not dept.endswith("局"):
        return None
    if _EACH_PLACE.search(text, ctx.sentence(i).start, i):  # 各区县政府，卫生健康局: each county's bureau
        return None
    return _finish(ctx, text, i, i + len(dept), local, dept, -1)


# bodies of a people's congress (its standing committee) and of a CPPCC committee: 省政协办公厅, 县人大常委会
# 预算工作委员会 (预算工委), 区政协城市建设和环境保护委员会
CHAMBERS = ("人大常委会", "人大", "政协")
_CHAMBER_UNIT = re.compile(r"办公厅|办公室|研究室|[\u4e00-\u9fff]{2,14}?(?:工作委员会|委员会|工委)")


def _chamber_unit(text: str, end: int) -> str:
    m = _CHAMBER_UNIT.match(text, end)
    if m is None or set(m.group().replace("安全", "")) & GENERIC_STOP or lexicon().title_index.at(text, end):
        return ""  # 政协主席, 人大常委会副主任: a post, not a body
    return m.group()


def _finish(ctx: Context, text: str, start: int, end: int, place: Division | None, dept: str, place_end: int,
            level: str = "") -> OrgMatch:
    if dept == "委员会" and text.endswith(("中共", "中国共产党"), 0, start):
        dept = "党委" if level == "自治区" or place is not None and place.level == "province" and "自治区" in place.name \
            else "委"  # 中共宁夏回族自治区委员会, 中国共产党阜城县委员会: the Party committee, by its full name
    elif dept == "委员会" and text.endswith(("政协", "中国人民政治协商会议"), 0, start):
        dept = "政协"  # 政协衡水市委员会: the committee of the CPPCC
    if dept in ("委", "党委"):  # 县委党建工作领导小组, 自治区党委巡视工作领导小组: a body the Party committee sets up
        task = _COMMITTEE_BODY.match(text, end)
        if task is not None and not set(task.group()) & GENERIC_STOP:
            dept, end = dept + task.group(), end + len(task.group())
    unit = _chamber_unit(text, end) if dept in CHAMBERS else ""
    kind = lexicon().org_kind(dept) if unit else ""  # 政协办公厅 is of the CPPCC, not a government department
    if unit:
        dept, end = dept + unit, end + len(unit)
    extra = _attached(text, end)
    if extra == "办公室" and not dept.endswith(OFFICE_HOLDERS):
        extra = ""
    if not extra and not unit and dept.endswith(DIVIDED):
        extra = _division_at(text, end)  # 省教育厅校外教育培训监管处: a division of the department
    if not extra and not unit and dept.endswith("局"):
        station = _STATION.match(text, end)  # 市公安局星村派出所: the bureau's station in a township
        extra = station.group() if station and not set(station.group()) & GENERIC_STOP else ""
    body = dept + extra
    name = canonical(place, body, level)
    return OrgMatch(start, end + len(extra), name, kind or lexicon().org_kind(name), place, place_end)


def add_org(ctx: Context, m: OrgMatch) -> str:
    """Add the organisation (and the place its name carries) to the graph; its key."""
    code = m.place.code if m.place else ""
    if m.place is not None and m.place_end > m.start:
        ctx.place(m.place, m.start, m.place_end)
    for part in m.parts:  # named inside this one's name: organisations of their own, with no mention
        ctx.graph.add(Organisation(part.name, part.kind, part.place.code if part.place else ""), ctx.evidence(part.start))
    return ctx.mention(m.start, m.end, Organisation(m.name, m.kind, code), "Organisation")


def find_orgs(ctx: Context) -> list[OrgMatch]:
    text = ctx.text
    out: list[OrgMatch] = []
    i = 0
    while i < len(text):
        m = match_org(ctx, text, i)
        if m is None or not ctx.readable(m.start, m.end):
            i += 1
            continue
        out.extend(_expand_list(ctx, text, m))
        out.append(m)
        following = _shared_prefix_list(ctx, text, m)
        out.extend(following)
        i = following[-1].end if following else m.end
    return out


def _central_list(text: str, m: OrgMatch) -> list[OrgMatch]:
    """长江、淮河水利委员会: national bodies that differ only in their first words, listed before the last one."""
    central, out, j = lexicon().central_orgs, [], m.start
    tails = [m.name[k:] for k in (2, 3, 4) if len(m.name) > k + 2]
    while j >= 3 and text[j - 1] == "、":
        found = next(((n, head + tail) for n in (4, 3, 2) if j - 1 - n >= 0
                      for head in [text[j - 1 - n:j - 1]] for tail in tails if head + tail in central), None)
        if found is None:
            break
        n, name = found
        out.append(OrgMatch(j - 1 - n, j - 1, name, lexicon().org_kind(name), None))
        j -= 1 + n
    return out


def _expand_list(ctx: Context, text: str, m: OrgMatch) -> list[OrgMatch]:
    """江口、德江、印江、思南县卫生健康局: the short place names before the last one share its body, and so
    do those before one 和 (光山、罗山县和新县人民政府; 甘州区和临泽、高台县委书记)."""
    if m.place is None and m.name in lexicon().central_orgs:
        return _central_list(text, m)
    if m.place is None or m.place_end < 0 or not m.name.startswith(m.place.name):
        return []  # 十堰经济技术开发区: a zone named by its place's short name shares no body with a list
    suffix_body = m.name[len(m.place.name):]
    out = []
    j = m.start
    joined = False  # one 和 in the list: 光山、罗山县和新县人民政府, 甘州区和临泽、高台县委
    while j >= 2 and (text[j - 1] == "、" or text[j - 1] in "和及" and not joined):
        joined = joined or text[j - 1] in "和及"
        k = j - 1
        found = None
        for length in range(6, 1, -1):
            if k - length < 0:
                continue
            hit = _place_at(ctx, text, k - length)
            if hit is not None and hit[0] == length:
                found = (k - length, hit[1])
                break
            # 黑龙江、吉林、河南省农业农村厅: a short name of the list's level, though not a related place
            same = {c[1] for c in place_candidates(ctx, text, k - length)
                    if c[0] == length and c[1].level == m.place.level}
            if len(same) == 1:
                found = (k - length, same.pop())
                break
        if found is None:  # 桃源、澧、石门县…; 阿巴嘎、苏尼特左、苏尼特右旗…: completed by the last one
            for length in range(1, min(6, k) + 1):
                d = _completed(ctx, text[k - length:k], m.place)
                if d is not None and (k - length == 0 or not HAN.match(text[k - length - 1])
                                      or text[k - length - 1] in LIST_LEAD):
                    found = (k - length, d)
                    break
        if found is None:
            break
        s, place = found
        if place.level != m.place.level and text[s:k] != place.name or s > 0 and HAN.match(text[s - 1]) \
                and text[s - 1] not in LIST_LEAD:  # 攀枝花市、兰州市城关区民政局: a full name of another level is an item too
            break  # 城固县委书记黄永年、洋县县委…: the end of a name, not a place of the list
        name = place.name + suffix_body
        out.append(OrgMatch(s, k, name, lexicon().org_kind(name), place, k))
        j = s
    return out


def _shared_prefix_list(ctx: Context, text: str, m: OrgMatch) -> list[OrgMatch]:
    """市人大、政府、政协、法院和检察院党组: bodies after the first share its place, and a
    党组/党委 at the end of the list belongs to each of them."""
    if m.place is not None and m.place.level == "township":  # 街道社会事务科、城市建设管理科: the same 街道's
        units = []
        j = m.end
        while text[j:j + 1] == "、":
            unit, end = _township_unit(ctx, text, j + 1, m.place)
            if not unit:
                break
            name = m.place.name + unit
            units.append(OrgMatch(j + 1, end, name, lexicon().org_kind(name), m.place, -1))
            j = end
        return units
    if m.place is None and m.place_end > m.start:  # 农业农村部种植业管理司、农业机械化管理司; 兵团应急管理局、消防救援总队
        def unit_at(k: int) -> str:
            return _ministry_unit(text, k) if m.name.endswith("司") else _department_at(text, k, generic=False)

        items = []
        j = m.end
        while text[j:j + 1] == "、" and not lexicon().central_index.at(text, j + 1) and (unit := unit_at(j + 1)):
            name = m.name[:m.place_end - m.start] + unit  # not 财政部社会保障司: a ministry's own, named in full
            items.append(OrgMatch(j + 1, j + 1 + len(unit), name, lexicon().org_kind(name), None, -1))
            j += 1 + len(unit)
        return items
    if m.place is None and m.place_end < 0 and not (m.start < len(text) and text[m.start] in LEVELS):
        return []
    prefix = m.name[: len(m.name) - len(_body_of(m, text))]
    items: list[tuple[int, int, str]] = []
    j = m.end
    while j < len(text) and text[j] in "、和及与":
        dept = _department_at(text, j + 1)
        if not dept or len(dept) < 2:
            break
        k = j + 1 + len(dept)
        items.append((j + 1, k, dept))
        j = k
    if not items:
        return []
    extra = _attached(text, j)
    out = []
    level = text[m.start] if m.place_end < 0 else ""
    for s, e, dept in items:
        name = canonical(m.place, dept, level) if m.place is not None or level else prefix + dept
        out.append(OrgMatch(s, e, name, lexicon().org_kind(name), m.place, -1))
    if extra in ("党组", "党委"):
        last = out[-1]
        out[-1] = OrgMatch(last.start, last.end + len(extra), last.name + extra, lexicon().org_kind(last.name + extra),
                           last.place, -1)
        shared = [OrgMatch(o.start, o.end, o.name + extra, lexicon().org_kind(o.name + extra), o.place, -1)
                  for o in [m, *out[:-1]] if not o.name.endswith(extra)]
        out.extend(shared)
    return out


def _body_of(m: OrgMatch, text: str) -> str:
    """The part of a match's canonical name after its place (or level word)."""
    if m.place is not None and m.name.startswith(m.place.name):
        return m.name[len(m.place.name):]
    return m.name[1:] if m.name[:1] in LEVELS else m.name


# 寿光市、诸城市、昌乐县(分别)作交流发言: what may stand between a list of units and its cue
_REPORT_FILLER = re.compile(r"(?:(?:党政)?(?:主要)?负责(?:同志|人)|(?<=[村区镇乡部委])(?:第一)?书记)?(?:分别|先后|依次|相继|也|在会上)?(?:在[分主]会场)?"
                            r"(?:(?:就|围绕)[^，,。；;：:]{2,30}?|结合[^，,。；;：:]{2,12}?|关于[^，,。；;：:]{2,40}?的)?"
                            r"(?:作了|作|进行了|进行)?(?:书面|典型|补充|视频)?$")  # …，姜山镇关于X的汇报
OWN_LEVEL_BODIES = ("村委会", "村民委员会", "居委会")  # bodies whose name starts with the level word again (际村村委会)
_SCHOOL_SHORT = re.compile(r"[\u4e00-\u9fff]{2,4}?[一二三四五六七八九十]{1,2}[中小]")
_LIST_ITEM = re.compile(r"[^、和及与]+")
# units of a reporting list that no lexicon names: townships and named institutions
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:" + "|".join(LIST_UNIT_SUFFIXES) + ")")
_NOT_STEM = set("全各本我该")  # 各乡镇, 全镇: no township's name (城镇 is too short to match)


def _stem(name: str, suffixes: tuple[str, ...] = INSTITUTION_SUFFIXES) -> str:
    """An institution's name without its suffix (有限公司 holds a 有)."""
    suffix = next((x for x in suffixes if name.endswith(x)), "")
    return name[:len(name) - len(suffix)]


def reporting_units(ctx: Context) -> list[OrgMatch]:
    """吉州区、青原区作表态发言; 沂城街道、许家湖镇作表态发言; 三峡大学、宜昌某某有限公司作交流发言:
    when the clause before a report cue is only a list of units, each is a unit that reports,
    including places named alone (their governments), townships and named institutions."""
    from .places import find_places

    text = ctx.text
    clauses = []
    for cue, _ in lexicon().report_cues:
        start = text.find(cue)
        while start >= 0:
            head = _REPORT_FILLER.search(text, 0, start)
            end = head.start() if head else start
            clause_start = max(text.rfind(ch, 0, end) for ch in "，,。；;：:\n") + 1
            if clause_start < end:
                clauses += _each_with_its_topic(text, clause_start, start) or [(clause_start, end)]
            start = text.find(cue, start + 1)
    if not clauses:
        return []
    places = {(h.start, h.end): h for h in find_places(ctx) if not h.short}
    named = {(m.start, m.end) for m in ctx.graph.mentions if m.type == "Organisation"}
    towns = {(t.start, t.end): t for t in find_townships(ctx)}
    out = []
    for s, e in clauses:
        units = _unit_list(ctx, places, named, towns, s, e)
        while units and s > 1 and text[s - 1] in "，,":  # 青岩镇、石板镇，黔陶乡作交流发言: a list broken by a comma
            ps = max(text.rfind(ch, 0, s - 1) for ch in "，,。；;：:\n") + 1
            more = _unit_list(ctx, places, named, towns, ps, s - 1) if ps < s - 1 else []
            if not more:
                break
            units, s = more + units, ps
        out += units
    return out


def _each_with_its_topic(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A镇围绕X、B镇就Y、C街道围绕Z分别作交流发言: the units, each before its own topic ([] unless two or more
    and every one has its topic)."""
    items, at = [], start
    for piece in text[start:end].split("、"):
        topic = re.search(r"围绕|就", piece)
        if topic is None or topic.start() < 2:
            return []
        items.append((at, at + topic.start()))
        at += len(piece) + 1
    return items if len(items) > 1 else []


def _list_items(text: str, named: set, start: int, end: int,  # type: ignore[type-arg]
                firsts: dict[int, int] | None = None) -> Iterator[tuple[int, int]]:
    """The spans of a list's items, separated by 、和及与; an organisation named there is one item even
    when its name holds 和 (区政协城市建设和环境保护委员会), and so is one starting at ``firsts`` (where a
    township's name starts, and its end: 和平街道社区卫生服务中心, 永和镇)."""
    ends = {s: e for s, e in named if start <= s and e <= end}
    firsts = firsts or {}
    i = start
    while i < end:
        e = ends.get(i)
        if e is None:
            at = min(firsts[i], end) if i in firsts else i
            m = _LIST_ITEM.match(text, at, end)
            e = m.end() if m else at
        if e > i:
            yield i, e
        if e < end and text[e] not in "、和及与":
            return  # 区人民医院、区中医医院两家医共体牵头医院: the list ends where no separator follows
        i = e + 1


def _short_of_list(ctx: Context, text: str, s: int, e: int, last: PlaceHit | None) -> PlaceHit | None:
    """A short place name in a list that ends with a full one of its level (南部 of 南部、营山、仪陇县)."""
    short = text[s:e]
    if last is None or len(short) < 2 or short.endswith(tuple(LEVELS)):
        return None
    d = _completed(ctx, short, last.division)
    return PlaceHit(s, e, d, False) if d is not None else None


def _completed(ctx: Context, short: str, like: Division) -> Division | None:
    """The place of ``like``'s level and parent that a short name in its list stands for: completed by its level
    word (澧 of 澧、石门县; 苏尼特左 of …、苏尼特右旗), or by its short form (巴马 of 巴马、大化瑶族自治县)."""
    d = ctx.gaz.lookup(short + like.name[-1], like.parent)
    if d is not None and d.level == like.level and d.parent == like.parent:
        return d
    same = [x for x in ctx.gaz.by_short.get(short, ()) if x.level == like.level and x.parent == like.parent]
    return same[0] if len(same) == 1 else None


def _place_chain(ctx: Context, places: dict, s: int, e: int):  # type: ignore[no-untyped-def]
    """徐州市贾汪区, 四川省成都市郫都区: places that fill text[s:e], each inside the one before; the last."""
    last, at = None, s
    while at < e:
        last = next((h for (a, b), h in places.items() if a == at and b <= e
                     and (last is None or ctx.gaz.is_within(h.division, last.division.code))), None)
        if last is None:
            return None
        at = last.end
    return last if at > s and places.get((s, e)) is None and last.start > s else None


_MIXED_LEVELS = re.compile(r"(?:区县|县区|县市区|市县区|区市县|县市|市县)$")


def _county_by_short(ctx: Context, short: str) -> Division | None:
    """The one county-level place inside the article's locality that ``short`` names (万州 → 万州区)."""
    if len(short) < 2:
        return None
    cands = {d.code: d for d in [*ctx.gaz.by_short.get(short, ()),
                                 *(x for suffix in "区县市旗" for x in ctx.gaz.by_name.get(short + suffix, ()))]
             if d.level == "county" and (ctx.locality is None or ctx.gaz.is_within(d, ctx.locality.code))}
    return next(iter(cands.values())) if len(cands) == 1 else None


def _unit_list(ctx: Context, places: dict, named: set, towns: dict, start: int, end: int  # type: ignore[type-arg]
               ) -> list[OrgMatch]:
    """The units that exactly fill text[start:end], separated by 、和及与; [] unless every item is one."""
    text = ctx.text
    out: list[OrgMatch] = []
    firsts = {a: t for (a, _), t in towns.items()}
    items = list(_list_items(text, named, start, end, {a: t.end for a, t in firsts.items()}))
    fulls = [places.get(item) for item in items]  # 南部、营山、仪陇县: short names share the next full one's suffix
    # (利通、红寺堡区和青铜峡市: 利通区)
    last = text[items[-1][0]:items[-1][1]] if items else ""
    mixed = _MIXED_LEVELS.search(last) if len(items) > 1 else None
    if mixed:  # 万州、开州、云阳区县作视频交流发言: counties and districts by their short names, one level word for all
        units = []
        for k, (s, e) in enumerate(items):
            e -= len(mixed.group()) if k == len(items) - 1 else 0
            d = _county_by_short(ctx, text[s:e])
            if d is None:
                units = []
                break
            name = canonical(d, "政府")
            units.append(OrgMatch(s, e, name, lexicon().org_kind(name), d, e))
        if units:
            return units
    # 湖光、新竹、明德社区党委: bare names before an institution share its suffix
    tail = next((x for x in sorted(LIST_UNIT_SUFFIXES, key=len, reverse=True) if last.endswith(x) and len(last) > len(x)), "")
    # 俄洛、卡若镇中心小学: a township's institution after townships named bare, which share it
    town_tails = []
    for a, b in items:
        lt = firsts.get(a)
        town_tails.append(text[lt.end:b] if lt is not None and lt.end < b and _INSTITUTION.fullmatch(text, lt.end, b) else "")
    for k, (s, e) in enumerate(items):
        shared = next((f for f in fulls[k + 1:] if f is not None), None)
        town_tail = next((t for (a, b), t in zip(items[k + 1:], town_tails[k + 1:]) if (a, b) not in towns), "")
        if text.startswith("辖区", s) and e - s > 4:
            s += 2  # 辖区颐康养老服务中心: the area's, not part of the name
        if (s, e) in named:
            continue
        item = text[s:e]
        if tail in OWN_LEVEL_BODIES and not item.endswith(tail):  # 卢村、际村村委会: each village's 村委会
            level = next((w for w in ("村", "社区") if last.endswith(w + tail)), "")
            name = item + ("" if item.endswith(level) else level) + tail
            out.append(OrgMatch(s, e, name, lexicon().org_kind(name), None, -1))  # 羊排、南贵村村民委员会 too
            continue
        if _SCHOOL_SHORT.fullmatch(item):  # 六安一中、六安职业技术学院作典型发言: a school by its short name
            out.append(OrgMatch(s, e, item, lexicon().org_kind(item + "学") or "School", None, -1))
            continue
        overlap = next((k for k in range(len(tail) - 1, 0, -1) if item.endswith(tail[:k])), 0) \
            if tail and not item.endswith(INSTITUTION_SUFFIXES) else 0  # 千秋中学 keeps its name before …中心学校
        if overlap and not item.endswith(tail) and 2 <= e - s - overlap <= 4 and not set(item) & STOP - set("向和"):
            name = item + tail[overlap:]  # 先锋村、红旗村党支部: the village's 党支部
            out.append(OrgMatch(s, e, name, lexicon().org_kind(name), None, -1))
            continue
        hit = places.get((s, e)) or _place_chain(ctx, places, s, e) or _short_of_list(ctx, text, s, e, shared)
        town = towns.get((s, e))
        if town is not None and town_tail:  # 俄洛、卡若镇中心小学: each township's school
            place = township_division(town) if town.parent is not None else None
            name = town.name + town_tail
            out.append(OrgMatch(s, e, name, lexicon().org_kind(name), place, -1))
        elif town is not None:  # 高庄镇, and 杨家坪 of 杨家坪、黄桷坪街道
            place = township_division(town) if town.parent is not None else None
            out.append(OrgMatch(s, e, town.name, lexicon().org_kind(town.name), place, -1))
        elif hit is not None:  # a 地区's government is its 行政公署
            name = canonical(hit.division, "行政公署" if hit.division.name.endswith("地区") else "政府")
            out.append(OrgMatch(s, e, name, lexicon().org_kind(name), hit.division, e))  # the item names the place
        elif s in firsts and firsts[s].end < e and _INSTITUTION.fullmatch(text, firsts[s].end, e):
            place = township_division(firsts[s]) if firsts[s].parent is not None else None  # 和平街道社区卫生服务中心
            out.append(OrgMatch(s, e, text[s:e], lexicon().org_kind(text[s:e]), place, -1))
        elif (_TOWNSHIP.fullmatch(text, s, e) and text[s] not in _NOT_STEM and not set(text[s:e]) & STOP) \
                or (_INSTITUTION.fullmatch(text, s, e) and not set(_stem(text[s:e], LIST_UNIT_SUFFIXES)) & STOP):
            out.append(OrgMatch(s, e, text[s:e], lexicon().org_kind(text[s:e]), None, -1))
        elif tail and 2 <= e - s <= 4 and all(HAN.match(c) for c in text[s:e]) and not set(text[s:e]) & STOP \
                and not item.endswith(tail):
            name = text[s:e] + tail
            out.append(OrgMatch(s, e, name, lexicon().org_kind(name), None, -1))
        else:
            return []
    return out


# a body set up for a task, named by its task, where it convenes or is convened:
# 市促进高校毕业生就业创业工作领导小组召开…, 县信访工作联席会议第二次全体会议
_TASK_BODY = re.compile(r"(?:^|(?<=[，。；;：:\n、]))全?(?P<level>[省市县区州])(?P<body>[\u4e00-\u9fff]{2,28}?"
                        r"(?:领导小组|指挥部|委员会|联席会议))(?=召开|主办|组织召开|第[一二三四五六七八九十\d]+次|全体会议)")


TASK_STOP = set("的了在是对把被将从到也都并而之其这那")  # 就业, 全民, 等, 和 stand in such names


def task_bodies(ctx: Context) -> list[OrgMatch]:
    out = []
    for m in _TASK_BODY.finditer(ctx.text):
        body = m.group("body").rpartition("暨")[2]  # 市河长制工作推进会暨生态环境保护委员会全体会议: the committee
        if len(body) < 4 or set(body) & TASK_STOP or body.startswith(("委", "政府", "人大", "政协", "级")):  # 省级…联席会议: no body's name
            continue  # 市委…, 市政府…: standing bodies, found by the lexicon
        if _meeting_held(ctx.text, m.end(), body):
            continue
        place = ctx.locality_at(m.group("level"))
        name = canonical(place, body, m.group("level"))
        start = m.start() if body == m.group("body") else m.end("body") - len(body)
        out.append(OrgMatch(start, m.end(), name, lexicon().org_kind(name), place, -1))
    return out


# 驻市教育局、市卫生健康委纪检监察组: the discipline inspection groups a 纪委监委 stations in departments,
# one for each department listed, after the 纪委监委 that stations them or on their own
_STATIONED = re.compile(r"驻((?:[^、，,。；;：:（）()]{2,16}、)*[^、，,。；;：:（）()]{2,16}?)纪检监察组")
DISCIPLINE_BODIES = ("纪委监委", "纪工委", "纪委", "国家监委")


def stationed_groups(ctx: Context) -> list[OrgMatch]:
    text = ctx.text
    out = []
    for m in _STATIONED.finditer(text):
        if any(o.type == "Organisation" and o.start < m.start() and m.end() <= o.end for o in ctx.graph.mentions):
            continue  # 省纪委监委驻省自然资源厅纪检监察组: one group, named whole
        before = _longest_org_ending_at(ctx, m.start())
        station = ctx.graph.entities[before.key].name if before is not None else ""
        if station and not station.endswith(DISCIPLINE_BODIES):
            continue
        items, at = [], m.start(1)
        for item in m.group(1).split("、"):
            dept = match_org(ctx, text, at)
            if dept is None or dept.end != at + len(item):
                items = []
                break
            items.append(dept)
            at += len(item) + 1
        for k, dept in enumerate(items):
            body = station or canonical(dept.place, "纪委监委", _level_of_name(dept.name))
            name = f"{body}驻{dept.name}纪检监察组"
            start = before.start if k == 0 and before is not None else dept.start - (k == 0)
            end = m.end() if k == len(items) - 1 else dept.end
            out.append(OrgMatch(start, end, name, "DisciplineInspection", dept.place, -1))
    for m in _NUMBERED_STATION.finditer(text):  # 县纪委监委第五派驻纪检监察组: a group known by its number
        before = _longest_org_ending_at(ctx, m.start())
        station = ctx.graph.entities[before.key] if before is not None else None
        if station is not None and station.name.endswith(DISCIPLINE_BODIES):
            out.append(OrgMatch(before.start, m.end(), station.name + m.group(), "DisciplineInspection",
                                ctx.gaz.by_code.get(station.place_code), -1))
    return out


def _longest_org_ending_at(ctx: Context, end: int) -> Mention | None:
    """The longest organisation mentioned that ends at ``end`` (the body that stations a group named after it)."""
    return max((o for o in ctx.graph.mentions if o.type == "Organisation" and o.end == end),
               key=lambda o: o.end - o.start, default=None)


_NUMBERED_STATION = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}派驻|派驻第[一二三四五六七八九十\d]{1,3})纪检监察组")


def _level_of_name(name: str) -> str:
    return next((ch for ch in name if ch in LEVELS), "")


def run(ctx: Context) -> None:
    for m in task_bodies(ctx):
        add_org(ctx, m)
    for m in find_orgs(ctx):
        add_org(ctx, m)
    for m in system_department(ctx):
        add_org(ctx, m)
    for m in reporting_units(ctx):
        add_org(ctx, m)
    for m in own_offices(ctx):
        add_org(ctx, m)
    for m in shared_suffix_bureaus(ctx):
        add_org(ctx, m)
    for m in counted_lists(ctx):
        add_org(ctx, m)
    for m in township_stations(ctx):
        add_org(ctx, m)
    for m in village_bodies(ctx):
        add_org(ctx, m)
    for m in convener_divisions(ctx):
        add_org(ctx, m)
    for m in central_teams(ctx):
        add_org(ctx, m)
    groups = stationed_groups(ctx)
    if groups:  # the departments named inside a group's name are organisations, but their mentions are the groups'
        inside = [(g.start, g.end) for g in groups]
        ctx.graph.mentions[:] = [o for o in ctx.graph.mentions if not (
            o.type == "Organisation" and any(a <= o.start and o.end <= b for a, b in inside))]
        for g in groups:
            add_org(ctx, g)
    for t in find_townships(ctx):  # 渝北区龙山街道召开…: a township that convenes stands for its bodies
        if ctx.text.startswith(CONVENES, t.end) and t.end - t.start == len(t.name) \
                and ctx.text[t.start - 1:t.start] not in VENUE_BEFORE:  # 在杨家坪街道召开: where, not who
            place = township_division(t) if t.parent is not None else None
            add_org(ctx, OrgMatch(t.start, t.end, t.name, lexicon().org_kind(t.name), place, -1))


# 全省生态环境系统…会 and 厅党组书记、厅长A with no 厅 named: the department of the system the meeting is of
_SYSTEM = re.compile(r"全([省市县])([\u4e00-\u9fff]{2,8}?)系统")


def system_department(ctx: Context) -> list[OrgMatch]:
    m = _SYSTEM.search(ctx.text)
    suffix = "厅" if m is not None and m.group(1) == "省" else "局"
    bare_head = rf"(?:^|(?<=[，,。；;：:\n、])){suffix}(?:党组|长|副{suffix}长|[\u4e00-\u9fff]{{2,10}}?处)"
    if m is None or not re.search(bare_head, ctx.text):
        return []
    if any(isinstance(e, Organisation) and e.name.endswith(suffix) for e in ctx.graph.entities.values()):
        return []  # the article names its department
    dept = m.group(2) + suffix
    place = ctx.locality_at(m.group(1))
    if place is None or lexicon().department_index.at(dept, 0) != dept:
        return []
    name = canonical(place, dept)
    return [OrgMatch(m.start(2), m.end(), name, lexicon().org_kind(name), place)]


# 内蒙古、宁夏、甘肃等3省（区）林草局, 门源、祁连两县县委: places listed and counted by their level word before
# the body each has
_COUNTED_LIST = re.compile(r"((?:(?:(?![和及与等])[\u4e00-\u9fff]){2,8}、)+(?:(?![和及与等])[\u4e00-\u9fff]){2,8}?)"
                           r"(?:等[0-9一二三四五六七八九十两]{0,3}|[0-9一二三四五六七八九十两]{1,3})个?"
                           r"([省市县区])(?:[（(][省市县区、]{1,5}[）)])?")
_LEVEL_OF = {"省": ("province",), "市": ("prefecture", "county"), "县": ("county",), "区": ("county",)}


def counted_lists(ctx: Context) -> list[OrgMatch]:
    out = []
    text = ctx.text
    for m in _COUNTED_LIST.finditer(text):
        at = m.end() + (text[m.end():m.end() + 1] == m.group(2))  # 门源、祁连、海晏、刚察四县县委书记
        dept = _department_at(text, at, generic=False)
        if not dept:
            continue
        items, at = [], m.start(1)
        for short in m.group(1).split("、"):
            hit = _place_at(ctx, text, at)
            if hit is None or hit[0] != len(short) or hit[1].level not in _LEVEL_OF[m.group(2)]:
                break
            items.append((at, hit[1]))
            at += len(short) + 1
        else:
            for s, place in items:
                name = canonical(place, dept)
                end = s + len(place.short if text.startswith(place.short, s) else place.name)
                out.append(OrgMatch(s, end, name, lexicon().org_kind(name), place, end))
    return out


# 县交通运输、住建、能源局: bureaus written by their stems after one level word, sharing the last one's 局
_STEM_LIST = re.compile(r"(?:^|(?<=[，,。；;：:\n、]))([省市县区州])((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(局|厅)")


def shared_suffix_bureaus(ctx: Context) -> list[OrgMatch]:
    out = []
    index = lexicon().department_index
    for m in _STEM_LIST.finditer(ctx.text):
        place = ctx.level_place(m.group(1))
        stems = m.group(2).split("、")
        depts = [stem + m.group(3) for stem in stems]
        if place is None or any(index.at(d, 0) != d for d in depts):
            continue  # every item with the suffix must be a department the lexicon knows
        i = m.start(2)
        for k, (stem, dept) in enumerate(zip(stems, depts)):
            name = canonical(place, dept)
            end = i + len(stem) + (len(m.group(3)) if k == len(stems) - 1 else 0)  # the last one with its 局
            out.append(OrgMatch(i, end, name, lexicon().org_kind(name), place))
            i += len(stem) + 1
    return out


# a division (处) of a department, as a meeting of the department names it: 省教育厅|校外教育培训监管处通报了…,
# 厅|农田建设管理处处长A. Only before what a unit does or a post of it, so that no phrase passes for one.
DIVIDED = ("厅", "局", "委")
_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,12}?[处科](?=处长|副处长|科长|副科长|负责|汇报|通报|介绍|说明|作|就|分别|、|和)")
_OWN_DIVISION = re.compile(r"(?:^|(?<=[，,。；;：:\n、]))([厅局])(?=[\u4e00-\u9fff]{2,12}?[处科])")


def _division_at(text: str, i: int) -> str:
    m = _DIVISION.match(text, i)
    # 全 and 等 stop 全市…, A等处, but not 安全 and 高等 (安全稳定处, 高等教育处); 与 joins two fields of one
    # division (职业教育与成人教育处)
    if m is None or set(re.sub("安全|高等", "", m.group())) & STOP - {"与"} or m.group().endswith(("办事处", "联络处")) \
            or m.group()[-1] in m.group()[:-1]:
        return ""
    return m.group()


# 厅办公室通报了…: the office of the one department (厅, 局, 部) the article names, written without its name
_OWN_OFFICE = re.compile(r"(?:^|(?<=[，,。；;：:\n、]))([局厅部])(办公室|办公厅)")
# 办公室党支部、种植业管理处党支部; 办公室、计划财务处2个处室党支部; 厅机关第一、第四党支部: the Party branches of
# the one department's divisions, named without the department
_BRANCH_ITEM = r"(?:办公室|机关第[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+|[\u4e00-\u9fff]{2,10}?[处局])"
_OWN_BRANCH = re.compile(r"(?:^|(?<=[，,。；;：:\n、和及]))(?P<body>[厅局部])?(?P<items>" + _BRANCH_ITEM + r"(?:、" + _BRANCH_ITEM
                         + r")*)(?:[一二三四五六七八九十\d]+个处室)?(?P<branch>党支部|党总支)")
_OWN_STATIONED = re.compile(r"驻([厅局部委])纪检监察组")
# 机关党委汇报了…, 厅机关党委书记A: the Party committee of the staff of the one department the article names
_OWN_PARTY_COMMITTEE = re.compile(r"(?:^|(?<=[，,。；;：:\n、和及]))([厅部局])?机关党委(?!会)")
# 大气环境司汇报了…, 部种植业管理司通报了…: a department (司) of the one national body the article names,
# written without it
_HEARD_LEAD = re.compile(r"(?:会议|会上)?听取了?")
_OWN_SI = re.compile(r"(?:^|(?<=[，,。；;：:\n、]))([\u4e00-\u9fff]{2,12}?司)"
                     r"(?=汇报|通报|介绍|说明|就|作|分别|、|和|关于|(?:有关|相关|主要)?负责)")


# teams the centre sends, named by their number and task: 中央第三生态环境保护督察组, 中央第十五巡视组
_CENTRAL_TEAM = re.compile(r"中央(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,12}?(?:督察组|巡视组|督导组|指导组)")


def central_teams(ctx: Context) -> list[OrgMatch]:
    out = []
    for m in _CENTRAL_TEAM.finditer(ctx.text):
        if set(re.sub("第[一二三四五六七八九十]+", "", m.group())) & GENERIC_STOP or any(o.type == "Organisation" and o.start <= m.start() < o.end
                                                for o in ctx.graph.mentions):
            continue
        out.append(OrgMatch(m.start(), m.end(), m.group(), lexicon().org_kind(m.group()) or "Organisation", None))
    return out


def own_offices(ctx: Context) -> list[OrgMatch]:
    out = []
    central = lexicon().central_orgs
    bodies = {party_group_of(e.name) for e in ctx.graph.entities.values()
              if isinstance(e, Organisation) and party_group_of(e.name) in central}  # 生态环境部党组 names the ministry
    # a 司 is a national body's alone, whatever place the article is about (在甘肃武威召开): of the one national
    # body named, or of the one whose level word is written before it (部种植业管理司 beside 中国气象局)
    for m in _OWN_SI.finditer(ctx.text) if bodies else ():
        # 环境影响评价与排放管理司; not 农业农村部种植业管理司, named in full
        si, a = m.group(1), m.start(1)
        heard = _HEARD_LEAD.match(si)
        if heard:
            si, a = si[heard.end():], a + heard.end()  # (会议)听取(了)生态环境监测司关于…的汇报
        levelled = [b for b in bodies if si.startswith(b[-1])] if len(si) > 3 else []
        if len(levelled) == 1:
            body, si, a = levelled[0], si[1:], a + 1
        elif len(bodies) == 1:
            body = next(iter(bodies))
        elif len(titled := [b for b in bodies if b in (ctx.doc.meta.title or "")]) == 1:
            body = titled[0]  # 生态环境部召开部常务会议 beside 中央纪委国家监委驻…: the body the headline names
        else:
            continue
        if not set(si.replace("安全", "")) & STOP - set("和与") and not si.startswith(body) and not lexicon().central_index.at(si, 0):
            name = body + si
            out.append(OrgMatch(a, m.end(1), name, lexicon().org_kind(name), None))
    for m in _OWN_DIVISION.finditer(ctx.text):  # 厅农田建设管理处处长A: a division of the one 厅 named
        div, start, end = _division_at(ctx.text, m.end()), m.start(), m.end()
        while div:  # 厅种植业管理处、农业机械化管理处分别介绍了…: the divisions listed after it are the 厅's too
            out += _unit_of_the_one(ctx, m.group(1), div, start, end + len(div), lambda n: n)
            start = end = end + len(div) + 1
            div = _division_at(ctx.text, end) if ctx.text[end - 1:end] == "、" else ""
    for m in _OWN_OFFICE.finditer(ctx.text):
        out += _unit_of_the_one(ctx, m.group(1), m.group(2), m.start(), m.end(), party_group_of)
    for m in _OWN_BRANCH.finditer(ctx.text):  # 办公室、计划财务处2个处室党支部书记…述职: the one 厅's staff's branches
        at, items = m.start("items"), m.group("items").split("、")
        for k, item in enumerate(items):
            name = ("机关" + item if item.startswith("第") and items[0].startswith("机关") else item) + m.group("branch")
            end = m.end() if k == len(items) - 1 else at + len(item)
            out += _unit_of_the_department(ctx, m.group("body"), name, at, end)
            at += len(item) + 1
    for m in _OWN_STATIONED.finditer(ctx.text):  # 驻厅纪检监察组组长A: the group stationed in the one 厅
        found = _unit_of_the_one(ctx, m.group(1), "", m.start(), m.end(), lambda n: n)
        if found:
            name = "驻" + found[0].name + "纪检监察组"
            out.append(OrgMatch(m.start(), m.end(), name, "DisciplineInspection", found[0].place))
    for m in _OWN_PARTY_COMMITTEE.finditer(ctx.text):  # 机关党委汇报了…: the committee of the one 厅's staff
        out += _unit_of_the_department(ctx, m.group(1), "机关党委", m.start(), m.end())
        end = m.end()
        while ctx.text[end:end + 1] == "、" and (div := _division_at(ctx.text, end + 1)):
            unit = div[1:] if div[0] in "厅局部" else div  # 厅机关党委、预算处、厅人事处: the same 厅's
            out += _unit_of_the_department(ctx, m.group(1), unit, end + 1, end + 1 + len(div))
            end += 1 + len(div)
    return out


def _unit_of_the_department(ctx: Context, written: str | None, unit: str, start: int, end: int) -> list[OrgMatch]:
    """``unit`` of the one department the article names by the level word ``written`` (厅, 局, 部), or, with
    none written, of the one 厅, else the one 局, else the one 部."""
    for suffix in (written,) if written else ("厅", "局", "部"):
        found = _unit_of_the_one(ctx, suffix, unit, start, end, lambda n: n)
        if found:
            return found
    return []


def _unit_of_the_one(ctx: Context, suffix: str, unit: str, start: int, end: int, body_of) -> list[OrgMatch]:  # type: ignore[no-untyped-def]
    """The ``unit`` (办公室, a 处) of the one organisation the article names whose name (as ``body_of``
    reads it) ends with ``suffix``, as a match of text[start:end]; none when it names no such body or
    several."""
    bodies = {(body_of(e.name), e.place_code) for e in ctx.graph.entities.values()
              if isinstance(e, Organisation) and body_of(e.name).endswith(suffix)}
    if len(bodies) > 1 and ctx.locality is not None:  # 局…红塔区、峨山县林业和草原局作交流发言: the article's own 局
        bodies = {b for b in bodies if b[1] == ctx.locality.code}
    if len(bodies) != 1:
        return []
    name, code = bodies.pop()
    return [OrgMatch(start, end, name + unit, lexicon().org_kind(name + unit), ctx.gaz.by_code.get(code))]


CONVENES = ("召开", "组织召开", "举行", "举办")
VENUE_BEFORE = ("在", "于", "赴", "到")
