"""Extraction stage: persons and their posts.

The genre names officials by a chain of posts before the name:

    市委副书记、市长盛阅春                  (市委, 副书记) (市政府, 市长)
    市委常委、纪委书记、监委主任缪生惺      the level of 市委 carries to 纪委 and 监委
    市教育局党组书记、局长王光明            局长 carries the body 市教育局 from the item before
    省委常委、宣传部长朱国贤                宣传部长 = 宣传部 + 部长
    市人大常委会副主任陈斌、蓝进和          one post, several names

A title names its body when the text gives none (副市长 → 人民政府, 副总理 →
国务院). A name is two to four characters, starts with a surname, and ends
where the text goes on with punctuation or the verbs of the genre (出席, 主持 …).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Division
from ..model import Holding, Mention, Organisation, Person, Place
from .context import HAN, Context, occurrences
from .lexicon import lexicon
from .townships import TOWNSHIP_BODIES
from .segment import word_tag
from .orgs import (CHAMBERS, OrgMatch, _chamber_unit, _division_at, _place_at, add_org, canonical, match_org, party_group_of,
                   township_body_name)

__all__ = ["run", "name_at", "PostItem", "parse_chain"]

# what may follow a name: punctuation, or a word that starts the rest of the clause
FOLLOWERS = (
    "、", ",", "，", "。", ";", "；", ":", "：", "(", "（", " ", "\n", "”", "等", "同志", "出席", "主持", "讲话", "参加",
    "指出", "强调", "要求", "表示", "在", "作", "列席", "做", "代表", "就", "对", "受", "应邀", "汇报", "通报", "介绍", "带队", "一行",
    "分别", "安排", "宣读", "传达", "说", "提出", "率", "任", "担任", "和", "与", "及", "也", "到", "赴", "深入", "调研",
    "察看", "看望", "会见", "来", "以", "为", "向", "从", "围绕", "首先", "还", "重点", "结合", "充分", "肯定", "总结",
    "部署", "认为", "希望", "先后", "并", "同", "亲自", "专门", "一同", "陪同", "委托", "主讲", "解读", "宣布", "点评",
    "书记", "局长", "市长", "县长", "省长", "主任", "主席", "部长", "总书记", "关于", "进行", "述职", "发言", "致辞",
    "作了", "通过", "现场", "书面", "所作", "所做", "依次", "相继", "回答", "答记者问", "推介", "反馈", "授课", "讲解", "辅导",
    "到会", "带领", "率领", "率队",
)
NOT_NAME = set("的了在是有对把被将从到等也都就并而之这那各本该次市县区省委局会议位副")  # not 向: 向东, 向阳 are given names
PARTY_DEPTS = ("组织部", "宣传部", "统战部", "政法委", "教育工委", "办公室", "党校", "网信办", "编办", "巡察办")
DISCIPLINE = ("纪委监委", "纪委", "监委")


def name_at(text: str, i: int) -> int:
    """The end of a person's name starting at ``i``, or -1. A name may also be followed by the
    date of what it does (总理X3月20日主持), but only where no name ends at a usual follower
    (田野作2022年…工作报告 is 田野 作…)."""
    lex = lexicon()
    dotted = _dotted_name_at(text, i)
    if dotted > 0:
        return dotted
    if not lex.is_surname_start(text[i:i + 2]) or _title_at(text, i):
        return -1
    candidates = []
    # 欧阳清和出席: a compound surname's four-character name first, where a usual follower ends it
    for length in (4, 3, 2) if text[i:i + 2] in lex.compound_surnames else (3, 2, 4):
        end = i + length
        name = text[i:end]
        stops = set(name[1:]) & NOT_NAME
        if stops == {"会"} and length == 3 and (name[1] == "会" and name[2] not in "议上前后见场同"
                                               or name[2] == "会" and text.startswith(FOLLOWERS, end)
                                               and not text.startswith(("议", "上"), end)):
            stops = set()  # 罗会芬, 罗明会通报: 会 in given names too (not 会议, 会上)
        if stops == {"本"} and length == 3 and (name[2] == "本" and (text.startswith(FOLLOWERS, end) or text[end:end + 1] in "、，,")
                                               or name[1] == "本" and name[2] not in "次级届年月周部单市县区人"):
            stops = set()  # 仇立本出席, 李本华: 本 in a given name (not 本次, 本级)
        if len(name) < length or not all(HAN.match(c) for c in name) or stops:
            continue
        if length == 4 and name[:2] not in lex.compound_surnames:
            continue
        if length == 3 and name[2] in "及与作受":
            continue  # 赵红及秘书长钱进: 及 joins two names, it ends none; 张敏作重点发言, 孙琪受…委托: a verb
        if name in lex.roles:
            continue  # 席书记强调: 强调 is what the person does, no name
        if name[1:] == _title_at(name, 1) or (len(name) > 3 and name[2:] == _title_at(name, 2)):
            continue  # 杨州长, 欧阳书记: a surname and a title refer to someone, they are no name
        if end == len(text) or text.startswith(FOLLOWERS, end) or _title_at(text, end):
            if length == 3 and _one_char_follower(text, end) and _long_follower(text, end - 1):
                return end - 1  # 严琳陪同: 陪同 follows 严琳, not 同 严琳陪
            return end
        candidates.append(end)
    for end in candidates:  # 总理X3月20日主持, 市长X昨天主持召开
        when = _WHEN_AFTER.match(text, end)
        if text[end].isascii() and text[end].isdigit() or when and text.startswith(FOLLOWERS, when.end()):
            return end
    return -1


# a day said in words after a name, before what the person does (韦立诚昨天主持, 王强今天上午出席)
_WHEN_AFTER = re.compile(r"(?:于)?(?:昨天|今天|前天|昨日|今日|当天|当日|日前|近日)(?:上午|下午|晚上|晚间)?")


# a name written in parts joined by a middle dot (阿不都热依木·买买提, 古丽娜尔·吐尔逊): Uyghur, Tibetan,
# Mongolian and foreign names, which no surname list knows
DOTS = "·•・‧"
DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[{DOTS}][\u4e00-\u9fff]{{1,8}}){{1,3}}")


def _dotted_name_at(text: str, i: int) -> int:
    """The end of a dotted name at ``i``: the shortest last part that a usual follower, a title or a
    separator ends, or -1."""
    m = DOTTED.match(text, i)
    first = min(k for k in (text.find(d, i, m.end()) for d in DOTS) if k >= 0) if m else -1
    if m is None or any(_title_at(text, k) for k in range(i, first)):
        return -1  # 县委副书记艾尔肯·吐尔逊: the posts before a name are no part of it
    last = max(text.rfind(d, i, m.end()) for d in DOTS) + 1
    for end in range(last + 1, m.end() + 1):
        if end == len(text) or text.startswith(FOLLOWERS, end) or _title_at(text, end):
            if end < m.end() and _long_follower(text, end) and _long_follower(text, end + 1):
                return end + 1  # 吾斯曼·沙吾提出席: 出席 follows the name, not 提出
            return end
    return -1


def _one_char_follower(text: str, end: int) -> bool:
    return not any(len(f) > 1 and text.startswith(f, end) for f in FOLLOWERS) and not _title_at(text, end)


def _long_follower(text: str, end: int) -> bool:
    return any(len(f) > 1 and text.startswith(f, end) for f in FOLLOWERS)


@dataclass(frozen=True)
class PostItem:
    start: int
    end: int
    title: str
    org: OrgMatch | None  # the organisation named in the text, if any
    org_name: str  # canonical organisation of the post ("" when none can be known)
    org_kind: str
    place: Division | None
    level: str  # 市, 县, 省 … of the body, for the items after it


RANK = re.compile(r"(?:分管[^，,。、；;]{1,8}的)?(?:正|副)?(?:省部|厅局|县处|乡科|省|厅|市|县|处|局|科)(?:长)?级"
                  r"(?:领导干部|干部|领导)")


def _rank_at(text: str, i: int) -> int:
    """The end of a rank such as 副县级干部 or 分管教育的县长级干部 (not a post), or -1."""
    m = RANK.match(text, i)
    return m.end() if m else -1


def _title_at(text: str, i: int) -> str:
    return lexicon().title_index.at(text, i)


def _level_of(title: str) -> str:
    for ch in "省市县区州盟旗":
        if ch in title:
            return ch
    return ""


def _rank_of(title: str) -> str:
    """主席 of 常务副主席, 第一副主任: the title without its deputy's words."""
    return re.sub(r"^(?:常务|第一|代)?副?", "", title)


def _implied(ctx: Context, title: str, prev: PostItem | None, place: Division | None, at: int = -1
             ) -> tuple[str, str, Division | None]:
    """The organisation a bare title implies: (name, kind, place)."""
    body, kind = lexicon().posts.get(title, ("", ""))
    if not body and prev is not None and prev.org_name and prev.org is None and _rank_of(title) == _rank_of(prev.title):
        return prev.org_name, prev.org_kind, prev.place  # 常务副主席A，副主席B、C: the same body's deputies
    if not body:
        if prev is not None and title not in ("党组成员", "成员") and prev.org_name and prev.org is not None:
            base = prev.org_name
            for a in ("党组", "党委", "纪检组"):
                if base.endswith(a) and title not in ("书记", "副书记"):
                    base = base[: -len(a)]
            if prev.place is not None and base == prev.place.name:  # 自治区党委常委、常务副主席: no body is the place
                if title in REGION_HEADS and prev.place.level == "province":
                    return canonical(prev.place, "人民政府"), "Government", prev.place
                return "", "", None
            return base, lexicon().org_kind(base), prev.place
        suffix = HEAD_OF.get(title[-2:], "") if title.endswith(tuple(HEAD_OF)) else "党组" if title == "党组成员" else ""
        base = prev.org_name.removesuffix("党组").removesuffix("党委") if prev is not None else ""
        if prev is not None and prev.org_name.endswith("党组") and len(base) > 1 and _rank_of(title) in GROUP_BODY_HEADS:
            return base, lexicon().org_kind(base), prev.place  # 委党组成员、副主任: of the body whose Party group it is
        if suffix == "党组" and base and prev.org is not None:  # 市人大常委会副主任A，党组成员、秘书长B
            return base + suffix, lexicon().org_kind(base + suffix), prev.place
        if suffix and base.endswith(suffix):  # 局党组成员、副局长: the same 局
            return (base + suffix if suffix == "党组" else base), lexicon().org_kind(base), prev.place
        if suffix and at >= 0 and (prev is None or not prev.org_name):
            return _the_one_headed(ctx, suffix, at)
        return "", "", None
    if body in lexicon().central_orgs:
        return body, kind, None
    level = _level_of(title)
    if place is None and level and prev is not None and prev.place is not None and prev.place.name.endswith(level):
        place = prev.place  # 湖州市委副书记、市长A in another place's article: 湖州市's mayor
    if place is None:
        place = ctx.level_place(level) if level else (prev.place if prev else None)
    if place is None:
        # no locality known: keep the level word, as the text does (市人民政府)
        return (canonical(None, body, level), kind, None) if level else ("", "", None)
    return canonical(place, body), kind, place


# 副部长 alone: of the one ministry the article names (部长 → …部, 厅长 → …厅, 局长 → …局)
HEAD_OF = {"部长": "部", "厅长": "厅", "局长": "局"}
# heads of a body that has a Party group, written bare after a post in that group (党组成员、副主任)
GROUP_BODY_HEADS = ("主任", "局长", "厅长", "部长", "署长", "院长", "行长", "会长", "社长", "主席", "检察长", "馆长")


def _the_one_headed(ctx: Context, suffix: str, at: int) -> tuple[str, str, Division | None]:
    """The organisation named with ``suffix`` in the sentence at ``at`` when it names exactly one;
    when it names none, the one the article names before it (a department's own meeting: 省林草局召开
    党组会议。局党组书记、局长A主持)."""
    s = ctx.sentence(at)
    for lo, hi in ((s.start, s.end), (0, at)):
        mentions = [m for m in ctx.graph.mentions
                    if m.type == "Organisation" and lo <= m.start < hi and m.key in ctx.graph.entities]
        bodies = _bodies_with(ctx, mentions, suffix)
        if len(bodies) > 1:  # 省应急管理厅召开…，连线…省水利厅: the one that convenes, when it convenes alone
            convening = [m for m in mentions if ctx.text.startswith(CONVENE_AFTER, m.end)]
            joint = any(o.end + 1 == c.start and ctx.text[o.end] in "、和及" for o in mentions for c in convening)
            if len({c.key for c in convening}) == 1 and not joint:
                bodies = _bodies_with(ctx, convening, suffix) or bodies
        if bodies:
            break
    if len(bodies) != 1:
        return "", "", None
    name, code = bodies.pop()
    return name, lexicon().org_kind(name), ctx.gaz.by_code.get(code) if code else None


CONVENE_AFTER = ("召开", "组织召开", "联合召开", "主办", "举办")


def _bodies_with(ctx: Context, mentions: list, suffix: str) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    """(name, place code) of the organisations mentioned whose name, or whose 党组's body (省自然资源厅党组召开…),
    ends with ``suffix``."""
    named = {ctx.graph.entities[m.key] for m in mentions}
    bodies = {(e.name if e.name.endswith(suffix) else party_group_of(e.name), e.place_code)
              for e in named if isinstance(e, Organisation)}
    return {(n, c) for n, c in bodies if n.endswith(suffix)}


# 局党组书记, 部党委委员: the party body of the one bureau (ministry, department) the article names
BODY_REF = re.compile(r"([局厅部委])(党组|党委)|([局厅部])([\u4e00-\u9fff]{2,12}?处)?")  # 部安全总监 too


def _body_ref_item(ctx: Context, text: str, i: int, prev: PostItem | None) -> PostItem | None:
    """局党组书记, 厅二级巡视员, 厅农田建设管理处处长: a post of the one such body the article names (or of
    its 党组, or of a division of it), written without its name, at the start of a clause."""
    m = BODY_REF.match(text, i)
    title = _title_at(text, m.end()) if m else ""
    if not title:
        return None
    if m.group(3):
        if (i > 0 and HAN.match(text[i - 1]) and text[i - 1] not in "、和及") or len(title) < 2 \
                or (m.group(4) and not _division_at(text, m.start(4))):
            return None
        name, _, place = _the_one_headed(ctx, m.group(3), i)
        if not name:
            return None
        name += m.group(4) or ""
        kind = lexicon().org_kind(name)
        return PostItem(i, m.end() + len(title), title, OrgMatch(i, m.end(), name, kind, place), name, kind, place,
                        prev.level if prev else "")
    name, _, place = _the_one_headed(ctx, m.group(1), i)
    if not name:
        return None
    name += m.group(2)
    kind = lexicon().org_kind(name)
    post = "党组成员" if title == "成员" and name.endswith("党组") else title  # as parse_item names it
    return PostItem(i, m.end() + len(title), post, OrgMatch(i, m.end(), name, kind, place), name, kind, place,
                    prev.level if prev else "")


# a department of a ministry or national administration, named without it: 基金监管司司长, 办公室副主任
_CENTRAL_UNIT = re.compile(r"[\u4e00-\u9fff]{2,12}?司|办公厅|办公室")


def _central_unit_item(ctx: Context, text: str, i: int) -> PostItem | None:
    """基金监管司司长A, 办公室副主任B in the article of one national body (国家医保局召开新闻发布会): a
    unit of that body. Only where the article has no locality and names exactly one national body."""
    if ctx.locality is not None:
        return None
    m = _CENTRAL_UNIT.match(text, i)
    unit, end = (m.group(), m.end()) if m and not set(m.group()) & ADHOC_STOP else ("", i)
    title = _title_at(text, end) if unit or text.startswith("新闻发言人", i) else ""  # the body's own spokesperson
    if not title:
        return None
    central = lexicon().central_orgs
    bodies = {ctx.graph.entities[o.key].name for o in ctx.graph.mentions
              if o.type == "Organisation" and o.start < i and o.key in ctx.graph.entities
              and ctx.graph.entities[o.key].name in central}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    if len(unit) > 2 and unit[0] == body[-1]:
        unit = unit[1:]  # 部种植业管理司 in the ministry's article: 部 is the ministry itself
    name = body + unit
    kind = lexicon().org_kind(name)
    return PostItem(i, end + len(title), title, OrgMatch(i, end, name, kind, None), name, kind, None, "")


def _dept_item(ctx: Context, text: str, i: int, prev: PostItem | None) -> tuple[int, str, str, Division | None] | None:
    """组织部/纪委/应急管理局 … without a place: of the place (or level word) of the item before."""
    place = prev.place if prev else None
    if place is None:
        place = ctx.locality_at(prev.level) if prev and prev.level else ctx.locality
    prefix = place.name if place is not None else (prev.level if prev else "")
    if not prefix:
        return None
    lex = lexicon()
    if place is not None and place.level == "township":  # 街道党工委副书记、办事处主任A: the same township's
        town = next((b for b in TOWNSHIP_BODIES if text.startswith(b, i)), "")
        if town:
            name = township_body_name(place.name, town)
            return i + len(town), name, lex.org_kind(name), place
    body = prev.org_name.removesuffix("党组") if prev is not None else ""
    if text[i - 1:i] == "兼" and body.endswith(ADHOC_SUFFIXES[:3]) and text.startswith("办公室", i):
        name = body + "办公室"  # 县安委会副主任兼办公室主任: the office of that committee
        return i + 3, name, lex.org_kind(name), place
    chamber = body if body.endswith(CHAMBERS) else ""
    unit = _chamber_unit(text, i) if chamber else ""
    if unit:  # 县人大常委会副主任A，办公室主任B: the office of that standing committee
        name = chamber + unit
        return i + len(unit), name, lex.org_kind(chamber), place
    for written, body in _dept_candidates().get(text[i:i + 1], ()):
        if text.startswith(written, i):
            name = prefix + body
            return i + len(written), name, lex.org_kind(name), place
    return None


@lru_cache(maxsize=1)
def _dept_candidates() -> dict[str, tuple[tuple[str, str], ...]]:
    """(as written, body) by first character, in the order they are tried: bodies named after a
    chain item without their place."""
    out: dict[str, list[tuple[str, str]]] = {}
    full = lexicon().department_canonical  # 武装部 → 人民武装部: a short form by its full name
    for written, body in (*((d, d) for d in DISCIPLINE), *((d, "委" + d) for d in PARTY_DEPTS),
                          *((d, full.get(d, d)) for d in lexicon().departments if len(d) >= 3)):
        out.setdefault(written[0], []).append((written, body))
    return {ch: tuple(items) for ch, items in out.items()}


def parse_item(ctx: Context, text: str, i: int, prev: PostItem | None) -> PostItem | None:
    rank_end = _rank_at(text, i)
    if rank_end > 0:  # a rank is no post: it holds no organisation and states no holding
        return PostItem(i, rank_end, "", None, "", "", prev.place if prev else None, prev.level if prev else "")
    m = match_org(ctx, text, i)
    if m is not None:
        j = m.end
        title = _title_at(text, j)
        if not title and text.startswith("长", j) and m.name.endswith("部"):
            title, j = "部长", j  # 宣传部长
            return PostItem(i, j + 1, title, m, m.name, m.kind, m.place, _level_of(text[i:m.end]))
        if title:
            post = "党组成员" if title == "成员" and m.name.endswith("党组") else title  # as the genre names the post
            return PostItem(i, j + len(title), post, m, m.name, m.kind, m.place, _level_of(text[i:m.end]))
        # 区委第二巡察组组长, 区委教育工作领导小组组长: a team or group of the committee
        team = _adhoc_item(ctx, text, i, prev) if m.kind in ("PartyCommittee", "LeadingGroup") else None
        if team is not None and team.org_name.endswith(ADHOC_SUFFIXES if m.kind == "PartyCommittee" else TEAMS) \
                and not re.search("召开|会议|出席|主持|讲话", text[m.end:team.end]):
            return team
        return _found_body_item(ctx, text, i, prev)  # 县纪委监委第五派驻纪检监察组组长: a longer body found here
    if text.startswith("自治区", i) and (title := _title_at(text, i + 3)) in REGION_HEADS:
        place = ctx.locality_at("省")  # 自治区主席, 自治区副主席: of the region's people's government
        name = canonical(place, "人民政府", "自治区")
        return PostItem(i, i + 3 + len(title), title, None, name, "Government", place, "省")
    hit = _place_at(ctx, text, i)
    if hit is not None:  # 衡水市市长, 定安县县长
        j = i + hit[0]
        title = _title_at(text, j)
        if title and lexicon().posts.get(title, ("", ""))[0]:
            name, kind, place = _implied(ctx, title, prev, hit[1])
            return PostItem(i, j + len(title), title, None, name, kind, place, _level_of(title))
        return None
    dept = _dept_item(ctx, text, i, prev)
    if dept is not None:
        j, name, kind, place = dept
        title = _title_at(text, j)
        if not title and text.startswith("长", j) and name.endswith("部"):
            return PostItem(i, j + 1, "部长", None, name, kind, place, prev.level if prev else "")
        if title:
            return PostItem(i, j + len(title), title, None, name, kind, place, prev.level if prev else "")
        return None
    adhoc = _adhoc_item(ctx, text, i, prev) or _body_ref_item(ctx, text, i, prev) or _central_unit_item(ctx, text, i)
    if adhoc is not None:
        return adhoc
    title = _title_at(text, i)
    if title:
        name, kind, place = _implied(ctx, title, prev, None, i)
        return PostItem(i, i + len(title), title, None, name, kind, place, _level_of(title) or (prev.level if prev else ""))
    return _found_body_item(ctx, text, i, prev)


def _found_body_item(ctx: Context, text: str, i: int, prev: PostItem | None) -> PostItem | None:
    """驻厅纪检监察组组长: a title after a body the organisations stage found here by a rule of its own."""
    m = next((m for m in ctx.graph.mentions if m.type == "Organisation" and m.start == i), None)
    title = _title_at(text, m.end) if m is not None else ""
    if not title:
        return None
    org = ctx.graph.entities[m.key]
    place = ctx.gaz.by_code.get(org.place_code)
    return PostItem(i, m.end + len(title), title, None, org.name, org.kind, place, prev.level if prev else "")


# the heads of an autonomous region's people's government, written after 自治区
REGION_HEADS = ("主席", "副主席", "常务副主席")


# bodies set up for one task, named with their task: 市食品安全委员会, 州森林草原防灭火指挥部,
# 县信访工作联席会议, (市促进就业工作)领导小组
# teams a Party committee sends (省委主题教育第十指导组, 区委第二巡察组)
TEAMS = ("指导组", "督导组", "巡察组", "巡视组", "督查组")
ADHOC_SUFFIXES = ("委员会", "领导小组", "指挥部", "联席会议", "工作专班", *TEAMS)
COMMAND_TITLES = ("总指挥", "副总指挥", "常务副总指挥", "指挥长", "副指挥长", "常务副指挥长")
ADHOC_STOP = set("的了在是对把被将从到也都就并而之其这那")  # 全, 等, 和 may stand in such a name


def _adhoc_item(ctx: Context, text: str, i: int, prev: PostItem | None) -> PostItem | None:
    """市食品安全委员会主任, 领导小组副组长, 区总河湖长: a post in a body set up for a task, or a
    title of no standing body written after a level word."""
    level = text[i] if text[i:i + 1] in ("省", "市", "县", "区", "州") or \
        text[i:i + 1] in ("盟", "旗") and ctx.locality_at(text[i]) is not None or \
        text[i:i + 1] in ("镇", "乡", "村") and text[i + 1:i + 2] == "级" else ""  # 镇级总河长
    start = i + len(level)
    title = _title_at(text, start) if level else ""
    if level and not title and text[start:start + 1] == "级" and _title_at(text, start + 1):
        start += 1  # 县级总林长, 市级河长
        title = _title_at(text, start)
    bare = None
    if title and not lexicon().posts[title][0]:
        bare = PostItem(i, start + len(title), title, None, "", "", None, level)  # 区总河湖长
    if not HAN.match(text[start:start + 1]):
        return bare
    for end in range(start + 2, min(len(text), start + 28)):
        if not HAN.match(text[end - 1]) or text[end - 1] in ADHOC_STOP:
            return bare  # 省河长制工作委员会副主任 is a post of the committee, not 省河长
        body = text[start:end]
        title = _title_at(text, end) if body.endswith(ADHOC_SUFFIXES) else ""
        if title:
            break
        if level and _title_at(text, end) in COMMAND_TITLES:  # 省防汛抗旱总指挥: of the 指挥部 of that task
            title, body = _title_at(text, end), body + "指挥部"
            break
    else:
        return bare
    if level:
        place = ctx.locality_at(level)
        name = canonical(place, body) if place is not None else level + body
    elif body in ADHOC_SUFFIXES:  # 领导小组副组长: the one such body the article names
        named = {e.name for e in ctx.graph.entities.values() if isinstance(e, Organisation) and e.name.endswith(body)}
        name, place = (named.pop() if len(named) == 1 else ""), None
    else:
        place = prev.place if prev and prev.place else ctx.locality
        name = canonical(place, body) if place is not None else body
    kind = lexicon().org_kind(name) if name else ""
    org = OrgMatch(i, end, name, kind, place) if name and level else None  # 省委…指导组: named here, a mention
    return PostItem(i, end + len(title), title, org, name, kind, place, level or (prev.level if prev else ""))


def _post_items(ctx: Context, text: str, i: int, before: PostItem | None) -> tuple[list[PostItem], int]:
    """The posts of a chain starting at ``i`` (市委常委、纪委书记、监委主任) and where they end."""
    items: list[PostItem] = []
    j = i
    while True:
        item = parse_item(ctx, text, j, items[-1] if items else before)
        if item is None:
            break
        items.append(item)
        j = item.end
        if text[j:j + 1] in ("、", ",", "，", "兼") and parse_item(ctx, text, j + 1, item) is not None:
            j += 1
            continue
        if _title_at(text, j) and name_at(text, j) < 0:
            continue  # 县委常委常务副县长: posts written without a separator
        break
    return items, j


def parse_chain(ctx: Context, text: str, i: int, before: PostItem | None = None
                ) -> tuple[list[PostItem], list[tuple[int, int]]] | None:
    """A chain of posts starting at ``i`` and the names it applies to; ``before``: the last post of a
    chain it continues (省人大常委会副主任A、B，秘书长C: C's 秘书长 is of the same body)."""
    items, j = _post_items(ctx, text, i, before)
    if not items:
        return None
    names = []
    end = name_at(text, j)
    if end > 0 and len(items) == 1 and not items[-1].org_name and word_tag(text[j:end]) in NOT_NAME_TAGS:
        end = -1  # 确保信息畅通、指挥高效: a bare title before an adjective (高效), no name
    if end < 0:
        end = _name_after_chain(ctx, text, j)
    while end > 0:
        names.append((j, end))
        if text[end:end + 1] == "、" and parse_item(ctx, text, end + 1, items[-1]) is None:
            nxt = name_at(text, end + 1)
            if nxt < 0:
                nxt = _name_after_chain(ctx, text, end + 1, listed=True)
            if nxt > 0:
                j, end = end + 1, nxt
                continue
        break
    return (items, names) if names else None


# after a chain of posts, a name with no surname of the list (阿木尔且, 吉克阿依) runs up to one of these
_NAME_END = ("出席", "主持", "讲话", "参加", "通报", "汇报", "强调", "指出", "要求", "表示", "宣读", "介绍", "带队", "调研",
             "委托", "列席", "就", "对", "应邀", "在", "到会", "分别", "先后", "依次", "共同", "围绕", "现场", "述职", "书面", "进行", "逐一",
             # 作 as the verb of a report, not the 作 of 工作 (林长制工作)
             "作了", "作交流", "作表态", "作书面", "作工作", "作专题", "作典型", "作重点", "作述职", "作汇报", "作发言",
             "作报告", "作讲话", "作补充", "作具体", "作动员", "作部署", "作总结", "作出", "传达", "安排", "宣读", "部署", "关于", "要")


NOT_NAME_TAGS = ("a", "ad", "d", "v", "vn", "i", "l", "b")  # words the dictionary knows as no name
_NOT_A_NAME = {"同志", "干部", "人员", "职工", "党员", "群众", "代表", "成员", "同事", "本人"}


_TIBETAN_CI = re.compile(r"^次|次(?=[仁旦])")  # 次 of Tibetan names (次仁拉姆, 边巴次仁), no count


def _name_after_chain(ctx: Context, text: str, j: int, listed: bool = False) -> int:
    """The end of a name of two to six characters right after a chain of posts, or -1: it runs up
    to a verb of the meeting, or to a comma before the next chain (副州长沙马伍呷，州政协副主席…; 旗长额尔敦巴雅尔).
    ``listed``: the name follows another in a list (旗领导刘建国、苏和巴特尔参加), so a 、 or 等 ends it too."""
    for end in range(j + 2, min(len(text), j + 6) + 1):
        name = text[j:end]
        # 次 starts Tibetan names (次旦罗布, 次仁); after a post it counts nothing (第三次)
        tibetan = _TIBETAN_CI.sub("", name[:-1] if name.endswith("次") and text[end:end + 1] in "仁旦" else name)
        if not all(HAN.match(c) for c in name) or set(tibetan) & NOT_NAME or _title_at(text, j) \
                or name.startswith(_NAME_END):
            return -1
        if name in _NOT_A_NAME:
            return -1  # 市级领导同志要…: a word for the people meant, no name
        if text.startswith(_NAME_END, end) or (listed and text[end:end + 1] in ("、", "等")) \
                or text[end:end + 1] == "等" and text.startswith(_NAME_END, end + 1):
            return end  # …部长次仁拉姆等出席会议: 等 before the verb ends the name too
        if text[end:end + 1] in ("，", ",", "、") and parse_item(ctx, text, end + 1, None) is not None:
            return end  # …，州政协副主席…; 盐源县委书记吉木阿果、布拖县委书记…: the next chain starts
        if text[end:end + 1] == "、" and len(name) >= 3 and name_at(text, end + 1) > 0:
            return end  # 副主席德吉央宗、范立群出席: a name the surname list does not know, before one it does
    return -1


def person_key(ctx: Context, name: str, place: Division | None = None, central: bool = False) -> str:
    """The key of the person called ``name`` here: placed by their post's place, the
    article's locality, or nowhere (national posts)."""
    if name in ctx.persons:
        return ctx.persons[name]
    if place is not None and place.level == "township":  # people are placed by counties and above
        place = ctx.gaz.by_code.get(place.parent)
    code = "" if central else place.code if place else (ctx.locality.code if ctx.locality else "")
    key = Person(name, code).key
    ctx.persons[name] = key
    return key


def add_person(ctx: Context, start: int, end: int, place: Division | None = None, central: bool = False) -> str:
    name = ctx.text[start:end]
    key = person_key(ctx, name, place, central)
    kind, _, rest = key.partition(":")
    pname, _, code = rest.rpartition("@")
    ctx.mention(start, end, Person(pname, "" if code == "cn" else code), "Person")
    return key


# a quoted name (“书记校长访企拓岗促就业”专项行动) holds no post and no person
_QUOTED = re.compile(r"“[^“”\n]{2,30}”")


def run(ctx: Context) -> None:
    text = ctx.text
    i = 0
    last: tuple[int, PostItem] | None = None  # where the last chain's names ended, and its last post
    quoted = {k for m in _QUOTED.finditer(text) for k in range(m.start() + 1, m.end())}
    while i < len(text):
        if i in quoted:
            i += 1
            continue
        before = _continued(text, i, last)
        parsed = parse_chain(ctx, text, i, before) if (i == 0 or not HAN.match(text[i - 1]) or before is not None
                                                         or text[i - 1] in "长记任席员") else None
        if parsed is None:
            parsed = parse_chain(ctx, text, i) if _chain_may_start(text, i) else None
        if parsed is None or not ctx.readable(i, parsed[1][-1][1]):
            i += 1
            continue
        items, names = parsed
        _state_chain(ctx, items, names, ctx.evidence(i))
        i = names[-1][1]
        last = (i, items[-1])
    _name_before_title(ctx)
    _bracketed_posts(ctx)
    _appointments(ctx)
    _named_to(ctx)
    _surname_and_title(ctx)
    _representatives(ctx)
    _body_name_title(ctx)


def titled_name_at(text: str, i: int) -> tuple[int, str]:
    """A name at ``i`` with a title right after it (庄立新副主任): where the name ends and the title, else (-1, "")."""
    end = name_at(text, i)
    title = _title_at(text, end) if end > 0 else ""
    return (end, title) if title else (-1, "")


def _body_name_title(ctx: Context) -> None:
    """宣城市卫生健康委员会庄立新副主任到会指导: a body, a name, then a bare title of that body's: the
    person holds the post in the body named before them."""
    text = ctx.text
    taken = {(m.start, m.end) for m in ctx.graph.mentions}
    for m in [m for m in ctx.graph.mentions if m.type == "Organisation"]:
        end, title = titled_name_at(text, m.end)
        if not title or lexicon().posts.get(title, ("", ""))[0] or (m.end, end) in taken \
                or word_tag(text[m.end:end]) not in ("", "nr", "nrfg", "nrt") \
                or not ctx.readable(m.end, end + len(title)):
            continue  # a title that names its own body (市长) is read by the chains
        org = ctx.graph.entities.get(m.key)
        place = ctx.gaz.by_code.get(org.place_code) if isinstance(org, Organisation) and org.place_code else None
        pkey = add_person(ctx, m.end, end, place)
        taken.add((m.end, end))
        ctx.graph.state(Holding(pkey, title, m.key, ctx.evidence(m.start)))


def joint_discipline(ctx: Context) -> None:
    """县纪委监委 named in passing where posts name the 县纪委 and the 县监委: the two work as one body (合署办公),
    so the joint name is the 纪委 the posts name, not a third organisation. A joint body that reports or takes
    part keeps the name the text gives it (代表县纪委监委所作的汇报)."""
    by_name = {e.name: k for k, e in ctx.graph.entities.items() if isinstance(e, Organisation)}
    acting = {getattr(f, "participant", None) for f in ctx.graph.facts} | {getattr(f, "unit", None) for f in ctx.graph.facts}
    for name, key in by_name.items():
        base = name.removesuffix("纪委监委")
        if base == name or base + "纪委" not in by_name or base + "监委" not in by_name or key in acting:
            continue
        ctx.graph.merge(key, by_name[base + "纪委"])


# 家庭医生代表宋佳, 企业代表刘某某: one who speaks for a group, named right after the word for it
_REPRESENTATIVE = re.compile(r"(?<=[\u4e00-\u9fff])代表(?=[\u4e00-\u9fff])")


def _representatives(ctx: Context) -> None:
    text = ctx.text
    taken = [(m.start, m.end) for m in ctx.graph.mentions]
    for m in _REPRESENTATIVE.finditer(text):
        i = m.end()
        end = name_at(text, i)
        if end > 0 and ctx.readable(i, end) and not any(a < end and i < b for a, b in taken) \
                and text[m.start() - 1] not in "大会人党":  # 人大代表, 党代表: a deputy's title, not a group's voice
            add_person(ctx, i, end)


def _continued(text: str, i: int, last: tuple[int, PostItem] | None) -> PostItem | None:
    """The post a chain starting at ``i`` continues, if any: the last chain's, when this one comes
    right after its names (省人大常委会副主任A、B，秘书长C; …副主任A、B及秘书长C), or when it starts, later
    in the same sentence, with a bare title of the same office (县人大常委会主任A主持会议，副主任B、C)."""
    if last is None:
        return None
    end, item = last
    if text[end:i] in ("，", ",", "及", "和", "以及"):
        return item
    if text[i - 1:i] not in ("，", ","):  # a chain later in the sentence starts a clause
        return None
    title = _title_at(text, i)
    if not title or lexicon().posts.get(title, ("", ""))[0] or not item.title or re.search("[。；;\n]", text[end:i]):
        return None
    base = lambda t: t.removeprefix("常务").removeprefix("副")  # noqa: E731
    return item if base(title) == base(item.title) else None


def _surname_and_title(ctx: Context) -> None:
    """杨州长要求, 胡书记强调: a surname and a title name the one person of the article who has both."""
    lex = lexicon()
    holders: dict[str, set[str]] = {}
    for h in ctx.graph.facts:
        if isinstance(h, Holding) and h.person in ctx.graph.entities:
            name = ctx.graph.entities[h.person].name
            surname = name[:2] if name[:2] in lex.compound_surnames else name[:1]
            holders.setdefault(surname + h.post, set()).add(h.person)
    text = ctx.text
    covered = [(m.start, m.end) for m in ctx.graph.mentions]
    for ref, keys in holders.items():
        if len(keys) != 1 or len(ref) < 3:
            continue
        key = next(iter(keys))
        for s in occurrences(text, ref):
            e = s + len(ref)
            if (s > 0 and HAN.match(text[s - 1]) and text[s - 1] not in "，。、；：受由请") \
                    or any(a < e and s < b for a, b in covered) or not ctx.readable(s, e):
                continue
            ctx.graph.mentions.append(Mention(s, e, ref, "Person", key))


PARTY_TITLES = {"党组书记": ("党组", "书记"), "党组副书记": ("党组", "副书记"), "党委书记": ("党委", "书记"),
                "党委副书记": ("党委", "副书记")}


def _party_posts_of_the_next(items: list[PostItem]) -> list[PostItem]:
    """党组书记、厅长A: a 党组 (党委) post written with no body is of the body the next post heads
    (the 厅's 党组: 书记 of 江西省教育厅党组)."""
    out = list(items)
    for k, it in enumerate(out):
        if it.title not in PARTY_TITLES or it.org_name:
            continue
        nxt = next((n for n in out[k + 1:] if n.org_name and n.org_kind in ("Government", "GovernmentDepartment")), None)
        if nxt is None:
            continue
        suffix, title = PARTY_TITLES[it.title]
        name = nxt.org_name + suffix
        out[k] = replace(it, title=title, org=None, org_name=name, org_kind=lexicon().org_kind(name), place=nxt.place)
    return out


def _state_chain(ctx: Context, items: list[PostItem], names: list[tuple[int, int]], ev) -> None:  # type: ignore[no-untyped-def]
    """Each named person holds each post of the chain."""
    items = _party_posts_of_the_next(items)
    central = any(it.org_name and it.place is None for it in items)
    place = None if central else next((it.place for it in items if it.place), None)
    for s, e in names:
        pkey = add_person(ctx, s, e, place, central)
        for it in items:
            if not it.title:
                continue  # a rank, not a post
            okey = ""
            if it.org is not None:
                okey = add_org(ctx, it.org)
                if it.org_name != it.org.name:
                    okey = ctx.graph.add(Organisation(it.org_name, it.org_kind, it.place.code if it.place else ""), ev)
            elif it.org_name:
                okey = ctx.graph.add(Organisation(it.org_name, it.org_kind, it.place.code if it.place else ""), ev)
            ctx.graph.state(Holding(pkey, it.title, okey, ev))


def _bracketed_posts(ctx: Context) -> None:
    """区领导周静怡（区委常委、常务副区长）、邓朝晖（副区长）参加: posts in brackets after a name."""
    text = ctx.text
    covered = {(m.start, m.end) for m in ctx.graph.mentions if m.type == "Person"}
    for m in re.finditer(r"[（(]", text):
        b = m.start()
        s = _name_ending_at(text, b, after_words=("领导", "同志", "代表", "出席", "参加", "列席", "还有", "为", "向", "给"))
        if s < 0 or (s, b) in covered:
            continue
        items, j = _post_items(ctx, text, b + 1, None)
        if items and text[j:j + 1] in ("）", ")") and ctx.readable(s, j):
            _state_chain(ctx, items, [(s, b)], ctx.evidence(s))


# a body the meeting itself sets up: 会议成立市…临时党总支, 成立X工作领导小组
SET_UP = re.compile(r"成立了?([^，。；、,;：:“”]{0,30}?(?:临时党总支|临时党支部|临时党委|党总支|党支部|领导小组|工作专班|"
                    r"工作组|指挥部|筹备组|委员会))(?=[，。；,;、])")
# names given a post after them: 林青担任临时党总支书记, 叶浩文、蔡梅生任副书记, 李阿文作成员, 王五当选为县政协主席
APPOINT = re.compile(r"担任|当选为|当选|任|作")
NAME_BEFORE = set("、，,。；;：: \n由")  # 由X任组长


def _name_ending_at(text: str, end: int, after_words: tuple[str, ...] = ()) -> int:
    """The start of a person's name that ends at ``end`` and follows a boundary (、，。 … or one of
    ``after_words``), or -1."""
    lex = lexicon()
    for length in (3, 2, 4):
        s = end - length
        name = text[max(s, 0):end]
        if s < 0 or not all(HAN.match(c) for c in name) or set(name[1:]) & NOT_NAME:
            continue
        if not lex.is_surname_start(name) or (length == 4 and name[:2] not in lex.compound_surnames):
            continue
        if s == 0 or text[s - 1] in NAME_BEFORE or (after_words and text.endswith(after_words, 0, s)):
            return s
    return -1


def _appointments(ctx: Context) -> None:
    """Posts the meeting gives: in a paragraph where a body is set up (成立…临时党总支), the names
    before 担任/任/作 hold the title after it, in the body named by its last words (临时党总支书记) or,
    with a bare title (任副书记), in the body set up last; 当选(为) with a full post
    (当选为县政协主席) states that post wherever it stands."""
    text = ctx.text
    lex = lexicon()
    pos = 0
    for line in text.split("\n"):
        s0, pos = pos, pos + len(line) + 1
        if "成立" not in line and "当选" not in line:
            continue
        bodies: list[tuple[int, str, str, Division | None]] = []  # offset, as written, canonical, place
        for m in SET_UP.finditer(line):
            clause = line[max(line.rfind(c, 0, m.start()) for c in "，,。；;") + 1:m.start()]
            written = m.group(1)
            if "各" in clause or len(written) < 3:
                continue  # 各代表团成立临时党支部: one body per unit, none named
            place = ctx.locality_at(written[0]) if written[0] in "省市县区州" else None
            name = place.name + written[1:] if place is not None else written
            a = s0 + m.start(1)
            ctx.mention(a, a + len(written), Organisation(name, lex.org_kind(name), place.code if place else ""),
                        "Organisation")
            bodies.append((m.start(1), written, name, place))
        for m in APPOINT.finditer(line):
            if m.group() == "任" and line[m.start() - 1:m.start()] in ("主", "责", "信", "兼", "继"):
                continue  # 主任, 责任, 信任: no cue
            names = []
            end = m.start()
            while end > 0:
                st = _name_ending_at(line, end)
                if st < 0:
                    break
                names.append((s0 + st, s0 + end))
                if st == 0 or line[st - 1] != "、":
                    break
                end = st - 1
            if not names or not ctx.readable(names[-1][0], s0 + m.end()):
                continue
            held = _appointed(ctx, line, m, [b for b in bodies if b[0] < m.start()], s0)
            ev = ctx.evidence(s0 + m.start())
            for title, oname, place in held:
                okey = ctx.graph.add(Organisation(oname, lex.org_kind(oname), place.code if place else ""), ev)
                for a, b in reversed(names):
                    ctx.graph.state(Holding(add_person(ctx, a, b, place), title, okey, ev))


def _appointed(ctx: Context, line: str, m: re.Match, bodies: list, s0: int) -> list[tuple[str, str, Division | None]]:
    """(title, organisation, place) that an appointment cue at ``m`` gives."""
    j = m.end()
    lex = lexicon()
    for _, written, name, place in reversed(bodies):
        ref = next((written[k:] for k in range(len(written) - 2) if line.startswith(written[k:], j)), "")
        title = _title_at(line, j + len(ref)) if ref else ""
        if ref and title and not lex.posts.get(title, ("", ""))[0] and _closes(line, j + len(ref) + len(title)):
            return [(title, name, place)]
    title = _title_at(line, j)
    if bodies and title and not lex.posts.get(title, ("", ""))[0] and _closes(line, j + len(title)):
        _, _, name, place = bodies[-1]
        return [(title, name, place)]
    if m.group() not in ("当选为", "当选", "担任"):
        return []
    chain = parse_chain(ctx, line + "。", j)
    if chain is not None:
        return []  # names follow the posts: the chain stage reads it
    return [(item.title, item.org_name, item.place) for item in _posts_held(ctx, line, j)]


def _posts_held(ctx: Context, line: str, k: int) -> list[PostItem]:
    """The posts written from ``k`` (县政协主席, 区教育委员会主任、党组书记) with a title and a body, when
    they run to the end of a clause; else none."""
    out: list[PostItem] = []
    prev = None
    while True:
        item = parse_item(ctx, line, k, prev)
        if item is None:
            break
        prev, k = item, item.end
        if item.title and item.org_name:
            out.append(item)
        if line[k:k + 1] not in ("、", "兼") or parse_item(ctx, line, k + 1, item) is None:
            break
        k += 1
    return out if out and _closes(line, k) else []


# 任命A为区教育委员会主任, 选举B为副镇长: the person named after the cue holds the post after 为
NAMED_TO = re.compile(r"(?:决定任命|任命|选举|补选|推选|聘任)(?:了)?")


def _named_to(ctx: Context) -> None:
    """Appointments and elections at a session: 任命A为X主任 states A's post, 免去 none."""
    text = ctx.text
    for m in NAMED_TO.finditer(text):
        j = m.end()
        end = name_at(text, j)
        if end < 0 or text[end:end + 1] != "为" or not ctx.readable(j, end + 1):
            continue
        line_end = min((k for k in (text.find(c, end) for c in "，,。；;\n") if k >= 0), default=len(text))
        held = _posts_held(ctx, text[:line_end], end + 1)
        if held:
            _state_chain(ctx, held, [(j, end)], ctx.evidence(m.start()))


def _closes(line: str, i: int) -> bool:
    return i >= len(line) or line[i] in "，,。；;、）)"


def _chain_may_start(text: str, i: int) -> bool:
    """A chain starts after a boundary or after words that end a clause part (受, 由 …)."""
    return i > 0 and text[i - 1] in "受由及和与了的是为对向把将请"


def _name_before_title(ctx: Context) -> None:
    """习近平总书记: a name right before a title that names its body (总书记 → 中共中央)."""
    from .segment import pos_tags

    lex = lexicon()
    central_titles = [t for t, (body, _) in lex.posts.items() if body in lex.central_orgs]
    for s in ctx.doc.sentences:
        if not any(t in s.text for t in central_titles):
            continue  # segmenting is the slow part: only where such a title stands
        pos = s.start
        for word, flag in pos_tags(s.text):
            start, pos = pos, pos + len(word)
            if not flag.startswith("nr") or not 2 <= len(word) <= 4 or not lexicon().is_surname_start(word):
                continue
            title = _title_at(ctx.text, pos)
            body, kind = lexicon().posts.get(title, ("", ""))
            if title and body in lexicon().central_orgs and ctx.readable(start, pos):
                pkey = add_person(ctx, start, pos, central=True)
                okey = ctx.graph.add(Organisation(body, kind), ctx.evidence(start))
                ctx.graph.state(Holding(pkey, title, okey, ctx.evidence(start)))
