"""Extraction stage: meetings, their dates, the parts people and units played, and reports.

Meetings in the genre are announced as
    [date,] A、B召开 NAME              conveners A and B
    [date,] NAME [在X]召开             the name before 召开
    [date,] P 主持召开 NAME            P chairs (and convenes)
    P 在 NAME 上强调                   (headlines)
where NAME ends with a meeting word (会议, 座谈会, 调度会 …). The first such
meeting of the body is the one the article reports; later ones are referred to.
Roles come from cues (kg/lexicons/roles.tsv) after the persons or units they
apply to; a list of officials separated by commas before 出席 all attend.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Sentence
from ..model import Holding, Meeting, Mention, Organisation, Participation, Report
from .context import HAN, Context, occurrences
from .dates import DATE, date_near
from .lexicon import lexicon
from .orgs import HEADS_UNNAMED, canonical, match_org
from .people import _name_after_chain, _title_at, add_person, joint_discipline, name_at, titled_name_at

__all__ = ["run"]

CLAUSE_BREAK = ",，。;；:：!！?？\n "
_LEADING = re.compile(r"^(?:[\s　]*(?:" + DATE.pattern + r")(?:上午|下午|晚上|晚间|早上)?(?:[(（][^)）]*[)）])?)+")
_TRAILING_PLACE = re.compile(r"(?:在[\u4e00-\u9fff?？]{1,20}(?:[、和][\u4e00-\u9fff]{1,12})*)$")  # 在温宿县、阿克苏市
_TRAILING_DATE = re.compile(r"(?:" + DATE.pattern + r")(?:上午|下午)?$")
NAME_START_BAD = set("的了在和是为对把将")

STOP_CHUNK = ("委托", "召开", "主持", "讲话", "强调", "指出", "要求", "汇报", "通报", "致辞", "推介", "发言", "介绍", "部署", "安排", "传达")
# cues that make a participant only right after a person's name (or 在会上): 市长A强调, 县长B带领观摩团;
# not 会议强调, 团结带领广大党员
SUBJECT_CUES = ("强调", "指出", "要求", "表示", "带领", "带队", "率队")
BODY_OF_NAME = ("党组", "党委", "党工委", "常委会", "党总支", "党支部")


def _ends_with_meeting_word(name: str) -> bool:
    return any(name.endswith(w) for w in lexicon().meeting_words)


_TRAILING_FORM = re.compile(r"以(?:视频|电视电话|网络|线上|线上线下结合的?)(?:会议)?(?:形式|方式)$")  # …全体会议以视频形式召开


def _clean_name(name: str) -> str:
    name = _LEADING.sub("", name).strip()
    named = _TRAILING_FORM.sub("", name).strip()
    name = named if named not in ("会议", "会", "本次会议") else name  # not 会议以视频形式召开: the meeting reported
    for _ in range(2):
        name = _TRAILING_PLACE.sub("", name).strip()
        name = _TRAILING_DATE.sub("", name).strip()
    name = name.lstrip("了").strip()
    return name


def _subject_before_bing(ctx: Context, lo: int, pos: int) -> list[tuple[str, str]]:
    """…皮建新应邀出席会议，并通报了X: a clause opened by 并 goes on with the person of the clause before."""
    text = ctx.text
    cs, _ = _clause_bounds(text, pos, lo, pos)
    if not text.startswith("并", cs) or cs < 2 or text[cs - 1] not in ",，":
        return []
    ps, _ = _clause_bounds(text, cs - 1, 0, cs - 1)
    people = [(m.key, m.type) for m in ctx.graph.mentions if m.type == "Person" and ps <= m.start and m.end <= cs - 1]
    return _for_units(ctx, people[-1:], ps, pos, wide=True)  # 纪委书记A通报了X，并通报了Y: both the 纪委's


def _said_by(ctx: Context, pos: int) -> bool:
    """…肥城市人民政府交流发言, 各县分别表态发言: a speech cue written as the verb, right after the units or
    persons who make it (or after 分别/先后/依次)."""
    if ctx.text.endswith(("分别", "先后", "依次", "相继"), 0, pos):
        return True
    return any(m.end == pos and m.type in ("Organisation", "Person") for m in ctx.graph.mentions)


def _lost_char(text: str, i: int) -> bool:
    """市交?运输委, 县民族文??宫: a run of ? between two characters of a name stands for characters the
    scrape lost, no question mark."""
    if text[i] not in "?？":
        return False
    a, b = i, i
    while a > 0 and text[a - 1] in "?？" and i - a < 3:
        a -= 1
    while b < len(text) - 1 and text[b + 1] in "?？" and b - a < 3:
        b += 1
    return 0 < a and b < len(text) - 1 and bool(HAN.match(text[a - 1])) and bool(HAN.match(text[b + 1]))


def _clause_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``pos`` within [lo, hi); a title in 《》 is one piece, whatever it holds (题为《A B》)."""
    s = pos
    while s > lo and (text[s - 1] not in CLAUSE_BREAK or _lost_char(text, s - 1)):
        s -= 1
        if text[s] == "》" and (k := text.rfind("《", lo, s)) >= 0:
            s = k
    e = pos
    while e < hi and (text[e] not in CLAUSE_BREAK or _lost_char(text, e)):
        if text[e] == "《" and (k := text.find("》", e, hi)) >= 0:
            e = k
        e += 1
    return s, e


# a training course that opens (开班) with a ceremony; the bodies that hold it, written before its name
CLASS_WORDS = ("培训班", "研讨班", "进修班", "读书班", "专题班")
_BY_WHOM = re.compile(r"^由[^的，。]{2,40}?(?:联合|共同)?(?:组织召开|召开|主办|举办|承办)的")


# 举办专场招聘会42场: events counted, no meeting reported
COUNT_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十两百]+(?:余|多)?[场期次个批届]")


def _meeting_in(ctx: Context, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(name start, name end, name, how) of meetings announced in text[start:end]."""
    text = ctx.text
    out = []
    for m in re.finditer(r"召开|举行|举办|开幕(?!式)|开班(?!式)", text[start:end]):
        cue = start + m.start()
        cs, ce = _clause_bounds(text, cue, start, end)
        if m.group() == "开班":  # X培训班在Y开班: the meeting is the class's opening (开班式)
            nm = _BY_WHOM.sub("", _clean_name(text[cs:cue]))
            if nm.endswith(CLASS_WORDS) and nm[0] not in NAME_START_BAD and len(nm) > 3:
                s = text.find(nm, cs, cue)
                out.append((s, s + len(nm), nm + "开班式", "before"))
            continue
        # after the cue: 召开 NAME
        after = text[cue + 2:ce]
        name = after.lstrip("了")
        skip = len(after) - len(name)
        if name and name[0] not in NAME_START_BAD:
            cut = max((name.rfind(w) + len(w) for w in lexicon().meeting_words if w in name), default=-1)
            if cut > 1:
                nm = name[:cut]
                if "的" not in nm[-4:] and nm.endswith(tuple(lexicon().meeting_words)) \
                        and not (m.group() == "举办" and COUNT_AFTER.match(text, cue + 2 + skip + cut)):
                    s = cue + 2 + skip
                    how = "chair" if text[cue - 2:cue] == "主持" else "after"
                    e = s + len(nm)
                    if nm[0] in "（(":  # 市政协党组召开（扩大）会议: the body's kind opens the name
                        nm = next((w for w in BODY_OF_NAME if text.endswith(w, cs, cue)), "") + nm
                    out.append((s, e, nm, how))
                    continue
        # before the cue: NAME [在X] 召开
        before = text[cs:cue]
        nm = _clean_name(before)
        if nm and _ends_with_meeting_word(nm) and nm[0] not in NAME_START_BAD and "的" not in nm[-3:]:
            s = text.find(nm, cs, cue)
            out.append((s, s + len(nm), nm, "before"))
    for m in re.finditer(r"在((?:随后)?(?:召开|举行)的)?([^，,。；;的]{2,60}?)上(?:强调|指出|讲话|表示|作|，)", text[start:end]):
        nm = m.group(2)  # 在随后召开的座谈会上，A听取了…: the meeting a visit ends with
        if _ends_with_meeting_word(nm) and nm[0] not in NAME_START_BAD and (len(nm) >= 4 or m.group(1)):
            s = start + m.start(2)
            out.append((s, s + len(nm), nm, "at"))
    return out


def _find_meetings(ctx: Context) -> None:
    sentences = ctx.doc.sentences
    body = [s for s in sentences if "。" in s.text or len(s.text) > 60]
    heads = [s for s in sentences if s not in body]
    found_main = False
    for group in (body, heads):
        for s in group:
            for ns, ne, name, how in _meeting_in(ctx, s.start, s.end):
                if not ctx.readable(ns, ne):
                    continue
                if group is heads and found_main:
                    continue
                parts = _split_joined(name, ns)
                ns, ne, name = parts[0]
                if found_main and name in lexicon().meeting_words:
                    continue  # 随后召开推进会: a bare meeting word after the reported meeting is that meeting
                if name in ("会议", "会") and how in ("after", "chair") and group is body and not found_main:
                    name = _headline_name(ctx, heads) or name
                if name in ("会议", "会") and how == "after":
                    name = _named_by_convener(ctx, s.start, ns) or _named_by_purpose(ctx, s.start, s.end) or name
                elif how == "after" and GENERIC_NAME.match(name):  # 领导小组召开2024年第一次会议
                    convener = _convener_text(ctx, s.start, ns)
                    name = convener + name if convener else name
                if found_main and group is body and how in ("after", "chair") and THEN_HELD.match(s.text.lstrip("，, ")) \
                        and name not in lexicon().meeting_words and not _held_already(ctx, name):
                    _next_meeting(ctx, s, ns, ne, name, how)  # 当天下午，A又主持召开Y会议: a second meeting
                    continue
                if found_main and group is body and how in ("after", "chair") and s.text.lstrip("，, ").startswith("会前") \
                        and name not in lexicon().meeting_words and not _held_already(ctx, name):
                    _meeting_before(ctx, s, ns, ne, name, how)
                    continue
                date = date_near(ctx, s.start, s.end, ns)
                reported = not found_main
                if not reported and ("关于召开" in ctx.text[max(0, ns - 6):ns] or how != "at"):
                    reported = False
                meeting = Meeting(name, date, ctx.locality.code if ctx.locality else "", ctx.doc.digest, reported)
                key = ctx.add_meeting(meeting, ns, ne)
                for ps, pe, pname in parts[1:]:
                    ctx.add_meeting(Meeting(pname, date, meeting.place_code, ctx.doc.digest, reported), ps, pe)
                if reported:
                    found_main = True
                    ctx.joined = [key] + [k for k in ctx.meetings if k != key]
                    for k in ctx.joined:
                        _conveners(ctx, s.start, ns, ne, how, k)
    if not found_main:
        _implied_meeting(ctx, body)


# a sentence that starts a second meeting held after the first: 当天下午，… 随后，… 会后，…
THEN_HELD = re.compile(r"(?:当天|当日|同日|同一天)(?:下午|晚上|晚间)|次日|第二天|随后|紧接着|会后")


def _held_already(ctx: Context, name: str) -> bool:
    return any(ctx.graph.entities[k].name == name for k in ctx.meetings if k in ctx.graph.entities)


def _next_meeting(ctx: Context, s, ns: int, ne: int, name: str, how: str) -> None:  # type: ignore[no-untyped-def]
    """A second meeting the article reports, held after the first: what follows its sentence is its."""
    first = ctx.joined[0]
    date = date_near(ctx, s.start, s.end, ns) or ctx.graph.entities[first].date
    meeting = Meeting(name, date, ctx.locality.code if ctx.locality else "", ctx.doc.digest, True)
    key = ctx.add_meeting(meeting, ns, ne)
    for k in ctx.joined:
        lo, _ = ctx.spans.get(k, (0, len(ctx.text)))
        ctx.spans[k] = (lo, s.start)
    ctx.spans[key] = (s.start, len(ctx.text))
    ctx.joined.append(key)
    _conveners(ctx, s.start, ns, ne, how, key)


def _meeting_before(ctx: Context, s, ns: int, ne: int, name: str, how: str) -> None:  # type: ignore[no-untyped-def]
    """会前，A主持召开Y座谈会，听取…: a meeting held before the reported one, in its one sentence."""
    date = date_near(ctx, s.start, s.end, ns) or ctx.graph.entities[ctx.joined[0]].date
    key = ctx.add_meeting(Meeting(name, date, ctx.locality.code if ctx.locality else "", ctx.doc.digest, True), ns, ne)
    ctx.spans[key] = ctx.asides[key] = (s.start, s.end)
    ctx.joined.append(key)
    _conveners(ctx, s.start, ns, ne, how, key)


ORDINAL_AFTER = re.compile(r"[一二三四五六七八九十百\d]+[届次]")  # 省委十届六次全会: part of a meeting's name
PURPOSE = re.compile(r"(?:就|对)([^，,。；;]{2,40}?)进行(?:了)?(动员部署|安排部署|研究部署|再安排再部署|部署|研究)")
MEETING_SUBJECT = re.compile(r"(?:^|[。，,\n])(?:会议|会上)(?:集中|还|首先|认真|专题)?(?:讨论|指出|要求|强调|听取|传达|研究|审议|通报|认为)")


def _headline_name(ctx: Context, heads: list) -> str:  # type: ignore[type-arg]
    """…现场推进会在讷河召开 (headline); 市长A主持召开会议 (body): the meeting the body calls 会议 is the
    one its headline names."""
    for s in heads:
        for ns, ne, name, how in _meeting_in(ctx, s.start, s.end):
            if ctx.readable(ns, ne) and name not in ("会议", "会") and how in ("before", "after"):
                return _split_joined(name, ns)[0][2]
    return ""


def _named_by_purpose(ctx: Context, start: int, end: int) -> str:
    """我市召开会议,对近期安全生产工作进行动员部署: a meeting named by what it was for."""
    m = PURPOSE.search(ctx.text, start, end)
    if m is None:
        return ""
    cue = m.group(2)
    return m.group(1) + ("部署" if cue.endswith("部署") and len(cue) == 2 else cue) + "会议"


def _implied_meeting(ctx: Context, body: list) -> None:  # type: ignore[type-arg]
    """A meeting the article reports without announcing it (我市就…进行安排部署 … 会议集中讨论了 …)."""
    if not body or not MEETING_SUBJECT.search(ctx.text):
        return
    first = body[0]
    m = PURPOSE.search(ctx.text, first.start, first.end)
    name = _named_by_purpose(ctx, first.start, first.end) or "会议"
    start, end = (m.start(1), m.end()) if m else (first.start, first.start)
    date = date_near(ctx, first.start, first.end, start)
    meeting = Meeting(name, date, ctx.locality.code if ctx.locality else "", ctx.doc.digest, True)
    key = ctx.add_meeting(meeting, start, end)
    ctx.joined = [key]


GENERIC_NAME = re.compile(r"^(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+次)?(?:全体|扩大|（扩大）|\(扩大\))?(?:会议|全体会议)$")


def _sole_convener(ctx: Context, sent_start: int, ns: int) -> Mention | None:
    """The organisation named in the clause before the 召开 of a meeting named at ``ns``, if only one is."""
    cs, _ = _clause_bounds(ctx.text, ns - 2, sent_start, ns)
    orgs = [m for m in ctx.graph.mentions if m.type == "Organisation" and cs <= m.start and m.end <= ns - 2]
    return orgs[0] if len(orgs) == 1 else None


def _convener_text(ctx: Context, sent_start: int, ns: int) -> str:
    """The one organisation named right before 召开, as the text writes it."""
    m = _sole_convener(ctx, sent_start, ns)
    return m.text if m is not None and ctx.text.startswith("召开", m.end) else ""


def _named_by_convener(ctx: Context, sent_start: int, ns: int) -> str:
    """省委常委会召开会议: a meeting named only 会议 takes its convener's name."""
    m = _sole_convener(ctx, sent_start, ns)
    return ctx.graph.entities[m.key].name + "会议" if m is not None else ""


def _split_joined(name: str, start: int) -> list[tuple[int, int, str]]:
    """党组(扩大)会议、十三届十六次主席会议: two meetings announced together."""
    pieces = name.split("、")
    if len(pieces) > 1 and all(_ends_with_meeting_word(p) and len(p) >= 4 for p in pieces):
        out, pos = [], start
        for p in pieces:
            out.append((pos, pos + len(p), p))
            pos += len(p) + 1
        return out
    return [(start, start + len(name), name)]


def _attendee_lists(ctx: Context, key: str) -> None:
    """参加会议的有 A, B …: the persons named after the cue attend."""
    text = ctx.text
    lo, hi = ctx.spans.get(key, (0, len(text)))
    for m in re.finditer(r"(?:参加|出席)(?:会议|大会|座谈会)?的(?:领导|人员|同志)?有", text):
        if not lo <= m.start() < hi:
            continue
        s = ctx.sentence(m.start())
        for p in ctx.graph.mentions:
            if p.type == "Person" and m.end() <= p.start < s.end:
                ctx.graph.state(Participation(key, p.key, "attendee", ctx.evidence(m.start())))


def _conveners(ctx: Context, sent_start: int, ns: int, ne: int, how: str, key: str) -> None:
    text = ctx.text
    if how not in ("after", "chair"):
        return
    cue = ns - 2 if text[ns - 2:ns] in ("召开", "举行", "举办") else ns - 3
    cs, _ = _clause_bounds(text, cue, sent_start, ns)
    venue = text.rfind("在", cs, cue)
    end = venue if venue >= 0 else cue  # X在Y召开: Y is the venue, X convenes
    for m in ctx.graph.mentions:
        if cs <= m.start and m.end <= end and m.type in ("Organisation", "Person"):
            if (m.type == "Person" and how != "chair") or (m.type == "Organisation" and _in_chain(ctx, m.start, m.end)):
                continue
            ctx.graph.state(Participation(key, m.key, "convener", ctx.evidence(cue)))


def _mention_names(ctx: Context) -> None:
    """Persons referred to again by name alone, and lists of names without posts
    (市领导丁如兴、陆维参加; 石泰峰、李干杰出席会议)."""
    text = ctx.text
    covered = {(m.start, m.end) for m in ctx.graph.mentions}
    for name in sorted(ctx.persons, key=len, reverse=True):
        for i in occurrences(text, name):
            if (i, i + len(name)) not in covered and ctx.readable(i, i + len(name)):
                add_person(ctx, i, i + len(name))
                covered.add((i, i + len(name)))
    cues = tuple(c for c in lexicon().roles)
    for m in re.finditer(r"(?:^|(?<=[,，。;；:：\n]))(?:我[省市县区州]|(?:[省市县区州盟旗部厅局委镇乡]|街道|地区)?领导|[省市县区]委常委"
                         r"|副[省市县区]长|[^，,。；;：:\n]{2,14}?(?:领导)?班子成员)?", text):  # 市纪委监委领导班子成员A、B
        i = m.end()
        if text.startswith(("班子", "干部"), i):
            continue  # 局领导班子成员: the leadership, no name
        names: list[tuple[int, int, str]] = []  # start, end, the title written after the name
        while True:
            end = name_at(text, i)
            if end < 0 and (names or m.group()):  # a name no surname list knows, in a list (刘建国、苏和巴特尔)
                end = _name_after_chain(ctx, text, i, listed=True)
            if end < 0:
                break
            title = _title_at(text, end)
            names.append((i, end, title))
            end += len(title)
            if text[end:end + 1] in ("、", "和"):
                i = end + 1
                continue
            i = end
            break
        if not names:
            continue
        rest = text[i:i + 8]
        if not (m.group() or rest.startswith(cues) or rest.startswith(("等", "在会上", "在会议上", "分别"))):
            continue
        for s, e, title in names:
            if (s, e) not in covered and ctx.readable(s, e):
                pkey = add_person(ctx, s, e)
                covered.add((s, e))
                if title:
                    _title_after_name(ctx, pkey, title, s)


def _title_after_name(ctx: Context, pkey: str, title: str, pos: int) -> None:
    """丁宇航县长: a title after the name names its body when the title implies one (县长 → 县人民政府)."""
    body, kind = lexicon().posts.get(title, ("", ""))
    level = next((ch for ch in "省市县区州盟旗" if ch in title), "")
    if not body or not level or body in lexicon().central_orgs:
        return
    place = ctx.level_place(level)
    name = canonical(place, body, level)
    okey = ctx.graph.add(Organisation(name, kind, place.code if place else ""), ctx.evidence(pos))
    ctx.graph.state(Holding(pkey, title, okey, ctx.evidence(pos)))


def _agents(ctx: Context, lo: int, cue: int, walk_back: bool) -> list[tuple[str, str]]:
    """(key, type) of the persons and units that a cue at ``cue`` applies to."""
    text = ctx.text
    cs, _ = _clause_bounds(text, cue, lo, cue)
    if walk_back:
        while cs > lo and text[cs - 1] in ",，":
            ps, _ = _clause_bounds(text, cs - 1, lo, cs - 1)
            chunk = text[ps:cs - 1]
            if any(w in chunk for w in STOP_CHUNK) or DATE.search(chunk) or "会议" in chunk:
                break
            cs = ps
    out = []
    orgs = [(m.start, m.end) for m in ctx.graph.mentions if m.type == "Organisation" and cs <= m.start and m.end <= cue]
    for m in ctx.graph.mentions:
        if cs <= m.start and m.end <= cue and m.type in ("Person", "Organisation"):
            if m.type == "Person" and text.startswith("委托", m.end) and "受" in text[cs:m.start]:
                continue  # 受…厅长A委托，B出席: A sends B and takes no part
            if m.type == "Organisation" and any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in orgs):
                continue  # 省委 inside 省委主题教育第十指导组: the longer name is the unit
            # a unit inside a post chain (市委 of 市委书记) or a meeting's name (省委十四届九次全会) is not an agent,
            # nor another name in brackets for the unit before it (省水利厅（省河长办）)
            if m.type == "Organisation" and (_in_chain(ctx, m.start, m.end) or ORDINAL_AFTER.match(text, m.end)
                                             or _bracketed_alias(ctx, m)):
                continue
            if (m.key, m.type) not in out:
                out.append((m.key, m.type))
    return out


def _bracketed_alias(ctx: Context, m: Mention) -> bool:
    text = ctx.text
    return text[m.start - 1:m.start] in ("（", "(") and text[m.end:m.end + 1] in ("）", ")") and any(
        o.type == "Organisation" and o.end == m.start - 1 for o in ctx.graph.mentions)


PRESIDING_BODIES = ("常委会", "主席团")
SAID = re.compile(r"(?:指出|强调|表示|说|称|认为)")
REPORTS_TOLD = "通报|汇报|工作报告|报告"  # what a report already told is called (在通报中, 在报告中)
# 骆听雨在致辞中介绍, 刀丽娟在通报中介绍: said in a speech or a report already told, no report of its own
IN_SPEECH = re.compile(rf"在(?:致辞|讲话|发言|总结讲话|主持词|{REPORTS_TOLD}|介绍)中$")
TITLED = re.compile(r"题为《([^《》]{2,60})》的$")
SPEAKS_FOR = re.compile(r"代表(?:各|全体|所有|与会|参会|受表彰|全[市县区省])")
LISTED_GROUP = ("班子", "相关", "有关", "分管", "主要", "负责", "领导", "成员", "干部", "代表")
NO_GROUP = ("有关情况", "相关情况")  # …、省林草局有关情况汇报: a report on the matter, no group of people
GROUP_AFTER = ("班子", "负责", "主要", "分管", "相关", "有关", "领导", "成员", "代表", "各", "及", "党组", "干部", "同志",
               "机关")  # 民政部机关有关司局负责同志: the body's offices, not the body
COUNTED_MEMBERS = re.compile(r"[0-9一二三四五六七八九十两]+(?:个|家)(?:成员单位|成员|单位)")  # 联席会议32个成员单位


_BODIES_OF_KINDS = re.compile(r"[\u4e00-\u9fff]{1,8}?[厅局委办][（(][厅局委办]")


def _in_chain(ctx: Context, start: int, end: int) -> bool:
    """An organisation named as part of a post (市委 of 市委常委) or of a group
    (市教育局班子成员), or listed before one that is (市人大常委会、市政府、市政协有关领导列席), is not itself
    the agent."""
    text = ctx.text
    if SPEAKS_FOR.match(text, end):
        return False  # 夷陵区人民政府代表各县市区作表态发言: 代表 the verb, not a group of delegates
    if _title_at(text, end) or text.startswith(GROUP_AFTER, end) and not text.startswith(NO_GROUP, end) \
            or COUNTED_MEMBERS.match(text, end) is not None:
        return True
    if _BODIES_OF_KINDS.match(text, end):
        return True  # 新疆生产建设兵团民政厅（局）负责同志: the place of a kind of body, no agent of its own
    if text[end:end + 1] not in ("和", "及", "与") and titled_name_at(text, end)[1]:
        return True  # 市卫生健康委员会庄立新副主任: the body of the person's post (not 云南省民政厅和湖南省长…)
    if text[end:end + 1] in ("、", "和"):
        return _listed_in_group(ctx, end + 1, 1)
    return False


def _listed_in_group(ctx: Context, start: int, listed: int) -> bool:
    """Whether the organisations listed from ``start`` on end in a group (…、市政协有关领导)."""
    nxt = next((m for m in ctx.graph.mentions if m.type == "Organisation" and m.start == start), None)
    if nxt is None or listed > 8:
        return False
    text = ctx.text
    if text.startswith(LISTED_GROUP, nxt.end) and not text.startswith(NO_GROUP, nxt.end) \
            or COUNTED_MEMBERS.match(text, nxt.end) is not None:
        return True  # …、市政协有关领导 (a group), not …、省林草局有关情况汇报 (a report)
    return text[nxt.end:nxt.end + 1] in ("、", "和") and _listed_in_group(ctx, nxt.end + 1, listed + 1)


def _sentences(ctx: Context, key: str) -> list:  # type: ignore[type-arg]
    """The sentences that speak of meeting ``key`` (all, unless the article reports two in turn)."""
    aside = [span for k, span in ctx.asides.items() if k != key]
    lo, hi = ctx.spans.get(key, (0, len(ctx.text)))
    return [s for s in ctx.doc.sentences if lo <= s.start < hi and not any(a <= s.start < b for a, b in aside)]


SPEECH_CITED = re.compile(r"的(?:重要)?$|总书记重要$")  # 总书记的重要讲话, 总书记重要讲话: a cited speech
REPORT_ASIDE = re.compile(rf"在(?:工作)?(?:{REPORTS_TOLD})中$")  # 侯建平在报告中指出: what the report said, no speech
REPORTED_SAID = re.compile(r"(?:通报|汇报|介绍)$")  # 巫晓楠通报指出: what a report says, the reporter no speaker

# 参加会议的还有A（…）、B: the persons named after it attend
ATTEND_AFTER = re.compile(r"(?:参加|出席|列席)(?:会议|活动)?的(?:还有|有)")


def _attendees_after(ctx: Context, key: str) -> None:
    for s in _sentences(ctx, key):
        for m in ATTEND_AFTER.finditer(ctx.text, s.start, s.end):
            for p in ctx.graph.mentions:
                if p.type == "Person" and m.end() <= p.start < s.end:
                    ctx.graph.state(Participation(key, p.key, "attendee", ctx.evidence(m.start())))


def _roles(ctx: Context, key: str) -> None:
    text = ctx.text
    roles = lexicon().roles
    cues = sorted(roles.items(), key=lambda kv: -len(kv[0]))
    for s in _sentences(ctx, key):
        seen: set[tuple[str, str]] = set()
        for cue, role in cues:
            for pos in occurrences(text, cue, s.start, s.end):
                if role in ("reporter", "statement") or not ctx.readable(pos, pos + len(cue)):
                    continue
                if role == "convener" or (cue == "作报告" and (text[pos - 1:pos] == "工"
                                                                or _delivers_heard(ctx, s, pos))):
                    continue  # 工作报告 is a report made, not a speech; so is the report a meeting heard
                if cue in SUBJECT_CUES and not _subject_before(ctx, s.start, pos):
                    continue
                if role == "speaker" and (text.startswith("精神", pos + len(cue)) or SPEECH_CITED.search(text, pos - 5, pos)
                                          or REPORTED_SAID.search(text, pos - 2, pos)
                                          or REPORT_ASIDE.search(text, max(0, pos - 8), pos)):
                    continue  # 重要讲话精神, 在…上的讲话, 总书记的重要讲话: a speech elsewhere
                if role == "attendee" and text.startswith("单位", pos + len(cue)):
                    continue  # 各参加单位: the bodies taking part in general, not at this meeting
                if role == "attendee" and text[pos - 1:pos] == "在":
                    continue  # 习近平总书记在参加江西代表团审议时的重要讲话: another occasion, not this meeting
                # 部长A，副县长B分别就X和Y作具体部署: each person of a list broken by commas
                walk = role == "attendee" or "分别" in text[max(s.start, pos - 40):pos] and _names_before(ctx, s.start, pos)
                agents = _agents(ctx, s.start, pos, walk)
                if not agents and role == "speaker":
                    agents = _pronoun_subject(ctx, pos) or _framed_subject(ctx, s.start, pos)
                for akey, atype in agents:
                    if atype == "Organisation" and role == "speaker" and cue.startswith(("作", "做")) \
                            and cue.endswith(("安排", "部署")):  # 市应急管理局就X作了具体安排: the unit presents X
                        topic = re.search(r"就([^，,。；;：:]{2,30}?)(?:作了|做了|作出|做出|作|做)(?:具体|工作|安排)?(?:安排|部署)",
                                          text[s.start:pos + len(cue)])
                        ctx.graph.state(Participation(key, akey, "reporter", ctx.evidence(pos)))
                        ctx.graph.state(Report(key, akey, topic.group(1) if topic else "", "report", ctx.evidence(pos)))
                        continue
                    if atype != "Person" and role != "attendee" and not (
                            role == "chair" and ctx.graph.entities[akey].name.endswith(PRESIDING_BODIES)):
                        continue  # 全会由县委常委会主持: a standing committee presides over its plenary session
                    if (akey, role) in seen:
                        continue
                    seen.add((akey, role))
                    ctx.graph.state(Participation(key, akey, role, ctx.evidence(pos)))
                    if role == "chair" and text.startswith("主持召开", pos):
                        ctx.graph.state(Participation(key, akey, "convener", ctx.evidence(pos)))


def _delivers_heard(ctx: Context, s: Sentence, pos: int) -> bool:
    """会议听取了县人民政府关于X的报告。受县人民政府委托，副县长A作报告: A delivers the body's report
    (stated as the body's), heard in this sentence or the one before."""
    k = ctx.doc.sentences.index(s)
    lo = ctx.doc.sentences[k - 1].start if k > 0 else s.start
    return HEARD_REPORT_BEFORE.search(ctx.text, lo, pos) is not None


HEARD_REPORT_BEFORE = re.compile(r"听取[^。]*?的报告")


def _pronoun_subject(ctx: Context, pos: int) -> list[tuple[str, str]]:
    """他强调: the person the pronoun stands for is the last person named before it."""
    if ctx.text[pos - 1:pos] not in ("他", "她"):
        return []
    before = [m for m in ctx.graph.mentions if m.type == "Person" and m.end <= pos - 1]
    if not before:
        return []
    last = max(before, key=lambda m: m.end)
    return [(last.key, "Person")]


# what a speaker's first clause may say before the speech: A结合典型案例，讲解了…; A围绕X，作了讲话
FRAMING = ("结合", "围绕", "针对", "聚焦", "就", "从", "通过")


def _framed_subject(ctx: Context, lo: int, pos: int) -> list[tuple[str, str]]:
    """A结合典型案例，讲解了…: the person who opens the clause before, framing the speech, speaks."""
    text = ctx.text
    if text[pos - 1:pos] not in ("，", ","):
        return []
    ps, _ = _clause_bounds(text, pos - 2, lo, pos - 1)
    return [(m.key, "Person") for m in ctx.graph.mentions
            if m.type == "Person" and ps <= m.start and text.startswith(FRAMING, m.end)
            and not any(o.end > m.end and o.start < pos for o in ctx.graph.mentions if o.type == "Person")][:1]


_WHEN_SPEAKING = re.compile(r"在[^，,。；;在]{0,6}(?:上|中|时)(?:还|也|进一步)?$")


def _subject_before(ctx: Context, lo: int, pos: int) -> bool:
    """强调/指出/要求 make a speaker only right after a person's name (or 在会上)."""
    text = ctx.text
    j = pos
    for filler in ("同志", "还", "也", "进一步", "最后", "同时"):
        if text[:j].endswith(filler):
            j -= len(filler)
    at = _WHEN_SPEAKING.search(text, max(lo, j - 10), j)
    if at is not None:
        j = at.start()  # 在会上, 在讲话中, 在总结时
    if text[j - 1:j] in ("他", "她") or any(m.type == "Person" and m.end == j for m in ctx.graph.mentions if lo <= m.start):
        return True
    # 泽仁多吉代表州委、州政府对代表团一行表示热烈欢迎: the person the clause opens with, no other after
    cs = max(lo, max(text.rfind(ch, 0, j) for ch in "，,。；;：:\n") + 1)
    people = [m for m in ctx.graph.mentions if m.type == "Person" and cs <= m.start < j]
    return len(people) == 1 and people[0].start == cs


def _reports(ctx: Context, key: str) -> None:
    """Every report cue of a sentence part: 西宁市政府作交流发言，省应急管理厅作表态发言 gives two;
    after 听取, each 关于…汇报 in turn (听取了A关于X的汇报，B关于Y的汇报)."""
    text = ctx.text
    for s in _sentences(ctx, key):
        for part in re.finditer(r"[^;；。]+", text[s.start:s.end]):
            ps, pe = s.start + part.start(), s.start + part.end()
            hits: dict[int, tuple[str, str]] = {}
            names = [(m.start, m.end) for m in ctx.graph.mentions if m.type == "Meeting" and ps <= m.end and m.start < pe]
            for cue, kind in lexicon().report_cues:
                for pos in occurrences(text, cue, ps, pe):
                    if (cue == "述职" and ("的" in (text[pos - 1:pos], text[pos + 2:pos + 3])
                                          or text.startswith(("人员", "对象", "单位", "人", "情况", "书记"), pos + 2))) \
                            or any(a <= pos < b for a, b in names) \
                            or text.startswith(("评议", "会议", "大会", "座谈会"), pos + len(cue)):
                        continue  # …述职评议会, 对X的述职点评: the cue names a meeting or a thing, not a report made
                    if not ctx.readable(pos, pos + len(cue)) or IN_SPEECH.search(text, ps, pos) \
                            or text[pos - 1:pos] == "在" and text[pos + len(cue):pos + len(cue) + 1] == "中" \
                            or text[pos - 1:pos] == "、" or text[pos + len(cue):pos + len(cue) + 1] == "、" and text[pos - 1:pos] != "的" \
                            or cue == "解读" and text.endswith(("宣传", "政策"), 0, pos):
                        continue  # 抓好宣传解读: explaining to the public, no report to the meeting
                    if not any(p <= pos < p + len(c) or pos <= p < pos + len(cue) for p, (c, _) in hits.items()):
                        hits[pos] = (cue, kind)
            heard = text.find("听取", ps, pe)
            if heard >= 0:  # 听取和审议了X关于Y的报告 (a congress hears a body's report): X reported
                for m in HEARD_REPORT.finditer(text, heard, pe):
                    pos = m.start(1)
                    if not any(p <= pos < p + len(c) or pos <= p < pos + len(c) for p, (c, _) in hits.items()):
                        hits[pos] = ("报告", "report")
            last = ps
            for pos in sorted(hits):
                cue, kind = hits[pos]
                lo, last = last, pos + len(cue)
                # …的汇报，B介绍了X: a clause after the heard report whose cue is a verb of its own
                made = MADE.search(text[lo:pos]) is not None or (
                    heard < lo and text[lo:lo + 1] in "，," and text[pos - 1:pos] != "的")
                if 0 <= heard < pos and not made:  # …，B、C分别就X作补充汇报: made by B and C, not heard
                    _heard_report(ctx, key, max(heard, lo), pos, cue, kind)
                    continue
                plain = cue.endswith(PLAIN_SPEECH)  # A、B，C，D先后发言: every clause of names before it
                walk = plain or _names_before(ctx, lo, pos)
                agents = _for_units(ctx, _agents(ctx, lo, pos, walk_back=walk), lo, pos, persons=not plain, wide=walk)
                behalf = [a for a in agents if a[1] == "Organisation" and any(
                    m.key == a[0] and text[m.start - 2:m.start] == "代表" for m in ctx.graph.mentions if lo <= m.start < pos)]
                if behalf:  # A代表县纪委常委会作工作报告: the body A speaks for reports
                    agents = behalf
                if not agents:  # A应邀出席会议，并通报了X: the person the clause before is about
                    agents = _subject_before_bing(ctx, lo, pos)
                if not agents:  # 4名乡镇党委书记现场述职，述职人依次为：A（X镇党委书记）、B（…）
                    agents = _named_after(ctx, pos + len(cue), pe)
                if not agents:
                    continue
                if cue in ("表态发言", "工作报告", "推进发言", "交流发言", "典型发言", "重点发言") and "作" not in text[lo:pos] \
                        and (cue == "工作报告" or not _said_by(ctx, pos)):
                    continue  # 研究讨论…工作报告 is a document, not a report made at the meeting
                topic = _topic(text, lo, pos, pe, cue)
                titled = TITLED.search(text, lo, pos)
                if not topic and titled:  # 作了题为《X》的工作报告: the report's title is its topic
                    topic = titled.group(1)
                if not topic:  # 作交流发言，介绍了X: what the same units went on to present
                    then = THEN_TOPIC.match(text, pos + len(cue), pe)
                    topic = then.group(1) if then else ""
                if not topic and cue in ("作了说明", "作说明"):  # 研究了《X方案》，Y作了说明: the document explained
                    before = text.rfind("。", 0, max(ps - 1, 0)) + 1
                    titles = re.findall(r"《[^《》]{2,60}》", text[before:pos])
                    topic = titles[-1] if titles else ""
                if not topic and cue == "述职":  # …党委书记抓基层党建工作述职评议会: what each reports on
                    on = DUTY_TOPIC.search(ctx.graph.entities[key].name) if key in ctx.graph.entities else None
                    topic = on.group(1) if on else ""
                role = "statement" if kind == "statement" else "reporter"
                topics = _own_topics(ctx, agents, lo, pos) or [topic] * len(agents)
                if (text[lo:pos].endswith("分别") or re.search(r"分别(?:围绕|就)", text[lo:pos])) and len(agents) > 1:
                    shared = _shared_out(topic, len(agents))
                    if shared:  # one topic each, in the order the units are named
                        first = {m.key: m.start for m in sorted(ctx.graph.mentions, key=lambda m: -m.start)
                                 if lo <= m.start < pos}
                        agents = sorted(agents, key=lambda a: first.get(a[0], pos))
                        topics = shared
                for (akey, atype), about in zip(agents, topics):
                    if about and not ctx.readable(text.find(about, lo), text.find(about, lo) + len(about)):
                        about = ""  # a topic the scrape damaged is no topic
                    ctx.graph.state(Participation(key, akey, role, ctx.evidence(pos)))
                    # a person's 交流发言 or 述职 is a report, topic or none; a person who only 介绍/通报 (钟启明介绍，…)
                    # says what the meeting hears, a report only with a topic
                    if atype == "Organisation" or about or cue not in ("介绍", "通报", "汇报"):
                        ctx.graph.state(Report(key, akey, about, kind, ctx.evidence(pos)))


def _own_topics(ctx: Context, agents: list[tuple[str, str]], lo: int, pos: int) -> list[str] | None:
    """A镇围绕X、B镇围绕Y分别作交流发言: each unit's own topic, written right after it; None unless every
    unit of two or more has one."""
    text, keys = ctx.text, {a for a, _ in agents}
    spans: list[tuple[int, int, str]] = []
    for m in sorted(ctx.graph.mentions, key=lambda m: m.start):
        if lo <= m.start < pos and m.key in keys and m.key not in {k for _, _, k in spans}:
            spans.append((m.start, m.end, m.key))
    if len(agents) < 2 or len(spans) != len(keys):
        return None
    own = {}
    for k, (_, e, key) in enumerate(spans):
        word = next((w for w in ("围绕", "就") if text.startswith(w, e)), "")
        stop = spans[k + 1][0] if k + 1 < len(spans) else pos
        about = re.sub(r"(?:分别|先后|依次)?(?:作了|作|进行了|进行)?$", "", text[e + len(word):stop]).strip("、，, ")
        if not word or len(about) < 2:
            return None
        own[key] = about
    return [own[a] for a, _ in agents]


# the head a list of topics shares (外资利用和招商引资工作情况) and the time that opens it (一季度…)
TOPIC_TAIL = re.compile(r"(?:等)?(?:项目|工作)?(?:开展|推进|进展|落实)?情况$|工作$")
TOPIC_TIME = re.compile(r"^(?:今年|去年|上半年|下半年|前?[一二三四1-4]季度|\d{1,2}(?:至|-|—)\d{1,2}月(?:份)?|\d{1,2}月(?:份)?)+")


FIELD_WORD = re.compile(r"领域|行业|方面|板块")


def _shared_out(topic: str, n: int) -> list[str] | None:
    """A、B分别介绍了一季度X和Y工作情况: one topic each, in order, when the topic lists as many as report
    (一季度X工作情况, 一季度Y工作情况); else None."""
    tail = TOPIC_TAIL.search(topic)
    if tail and tail.group().startswith("等"):
        return None  # 分别围绕A、B和C等情况: aspects each of them reports on, not one each
    head = TOPIC_TIME.match(topic)
    body = topic[head.end() if head else 0:tail.start() if tail else len(topic)]
    if any(q in body for q in "“”《》（）()"):
        return None  # a name of its own may hold 和
    items = [i for i in re.split(r"、|和|及|以及", body) if i]
    if len(items) != n or any(len(i) < 2 for i in items):
        return None
    shared = tail.group().removeprefix("等") if tail else ""
    field = FIELD_WORD.search(items[-1], 2)
    size = len(items[0])
    if not field and all(len(i) == size for i in items[:-1]) and 2 <= size <= 4 and len(items[-1]) >= size + 4 \
            and not re.search("和|及", body):  # not 慢病管理和家庭医生签约做法: two topics of their own
        # 建筑施工、道路运输安全专项整治工作情况: the last item's words after those as long as the others are shared
        common = items[-1][size:] + shared
        return [(head.group() if head else "") + i + common for i in [*items[:-1], items[-1][:size]]]
    if field:  # 燃气、道路运输、危化品领域安全整治情况: each item's is the field's head and the tail
        common = items[-1][field.start():] + shared
        items[-1] = items[-1][:field.start()]
        return [(head.group() if head else "") + i + common for i in items]
    # a two-character item (雨情、水情预报情况) may share more than the tail: it keeps its bare name
    return [(head.group() if head else "") + i + ("" if i.endswith(("情况", shared)) or len(i) <= 2 else shared)
            for i in items]


PLAIN_SPEECH = ("先后发言", "分别发言", "依次发言")
DUTY_TOPIC = re.compile(r"(?:书记|负责人|干部)([^书记]{2,16}?)述职")
# 作补充汇报, 进行了汇报, 分别介绍 right before a cue: the units before it make the report (not 工作汇报, a report heard)
MADE = re.compile(r"(?:(?<!工)作了?|进行了?)(?:补充|书面)?$|分别$")


def _unit_on_topic(ctx: Context, at: int) -> bool:
    """A clause that opens with a unit and the topic it speaks on (建瓯市人民政府围绕竹产业发展)."""
    return any(m.start == at and m.type == "Organisation" and ctx.text.startswith(("围绕", "就"), m.end)
               for m in ctx.graph.mentions)


def _names_before(ctx: Context, lo: int, pos: int) -> bool:
    """州委常委、统战部部长A，凯里市委书记B结合工作实际作交流发言: the clause before the cue's ends with a
    person's name (posts and a name, no verb), so the cue is said of every such clause."""
    cs, _ = _clause_bounds(ctx.text, pos, lo, pos)
    if cs <= lo or ctx.text[cs - 1] not in ",，":
        return False
    if any(m.type == "Person" and m.end == cs - 1 for m in ctx.graph.mentions):
        return True
    # 武汉、襄阳、黄冈市教育局，华中农业大学作交流发言: a clause that only lists units
    ps, _ = _clause_bounds(ctx.text, cs - 1, lo, cs - 1)
    if _unit_on_topic(ctx, cs) and _unit_on_topic(ctx, ps):  # A围绕X，B围绕Y作交流发言: each with its topic
        return True
    units = [m for m in ctx.graph.mentions if m.type == "Organisation" and ps <= m.start and m.end <= cs - 1]
    if not units:
        return False
    last = max(m.end for m in units)  # 贵州、西藏等省（区）交通运输厅: the body the counted places each have
    if last < cs - 1 and not re.fullmatch(COUNTED_LEVEL + r"[\u4e00-\u9fff]{2,12}", ctx.text[last:cs - 1]):
        return False
    left = "".join(ch for k, ch in enumerate(ctx.text[ps:last], ps) if not any(m.start <= k < m.end for m in units))
    return not re.sub(r"[、和及]", "", left)


COUNTED_LEVEL = r"等[0-9一二三四五六七八九十两]{0,3}个?[省市县区](?:[（(][省市县区、]{1,5}[）)])?"  # 贵州、西藏等省（区）…


HEAD_ALONE_BEFORE = ("作", "进行", "分别", "先后", "依次", "汇报", "介绍", "通报", "述职", "发言", "就", "围绕", "结合", "书面",
                     "现场", "在分会场", "在主会场", "在会上", "视频", "和", "及", "代表")
NOT_HEAD = ("常委", "委员", "成员", "党组成员", "秘书长", "副秘书长")


# …述职，述职人依次为：: the persons who make the reports are named after the cue
NAMED_AFTER = re.compile(r"[，,]?(?:述职|发言|汇报)(?:人员|人|单位)(?:依次|分别|先后)?(?:为|是)[：:]?")
BRACKETED_END = ("）", ")")


def _named_after(ctx: Context, end: int, pe: int) -> list[tuple[str, str]]:
    """The persons and units that NAMED_AFTER lists right after a cue ending at ``end``, up to the end of
    the clause list (… ，其余…): a person whose post is bracketed after the name as the head of a body
    (李建军（吉强镇党委书记）) stands for that body."""
    m = NAMED_AFTER.match(ctx.text, end)
    if m is None:
        return []
    text = ctx.text
    stop = next((k for k in range(m.end(), pe) if text[k] in "，,。；;" and not _inside_brackets(text, m.end(), k)), pe)
    mentions = sorted((x for x in ctx.graph.mentions if m.end() <= x.start and x.end <= stop
                       and x.type in ("Person", "Organisation")), key=lambda x: x.start)
    out: list[tuple[str, str]] = []
    for x in mentions:
        if x.type == "Organisation" and _inside_brackets(text, m.end(), x.start):
            continue  # the body of a bracketed post: taken with its person
        agent = (x.key, x.type)
        if x.type == "Person" and text[x.end:x.end + 1] in ("（", "("):
            unit = next((o for o in mentions if o.type == "Organisation" and o.start == x.end + 1), None)
            if unit is not None and (t := _head_title_at(text, unit.end)) and text.startswith(BRACKETED_END, unit.end + len(t)):
                agent = (unit.key, "Organisation")
        if agent not in out:
            out.append(agent)
    return out


def _inside_brackets(text: str, lo: int, k: int) -> bool:
    return text.count("（", lo, k) + text.count("(", lo, k) > text.count("）", lo, k) + text.count(")", lo, k)


def _head_title_at(text: str, pos: int) -> str:
    """The title at ``pos`` if it is the head of its body (书记, 局长, 县长; not 副局长, 常委)."""
    title = _title_at(text, pos)
    return title if title and not title.startswith(("副", "常务")) and title not in NOT_HEAD else ""


def _body_of_party_group(ctx: Context, orgs: list[Mention], name_start: int) -> str:
    """州教育局党组书记、局长崔英浩作工作报告: the head of the body whose Party group the chain names first
    stands for the body (its key, or "")."""
    text = ctx.text
    for o in orgs:
        group = ctx.graph.entities[o.key].name
        m = re.match(r"书记[、，,]", text[o.end:o.end + 3])
        if not group.endswith(("党组", "党委")) or m is None:
            continue
        t = _head_title_at(text, o.end + m.end())
        if t and o.end + m.end() + len(t) == name_start:
            body = group[:-2]
            return next((k for k, e in ctx.graph.entities.items() if isinstance(e, Organisation) and e.name == body), "")
    return ""


def _posts_of(ctx: Context, pkey: str) -> Iterator[tuple[str, str, str]]:
    """(post, organisation key, organisation name) of each post the person ``pkey`` holds in a known body."""
    for f in ctx.graph.facts:
        if isinstance(f, Holding) and f.person == pkey and f.organisation in ctx.graph.entities:
            yield f.post, f.organisation, ctx.graph.entities[f.organisation].name


def _bare_body_headed(ctx: Context, pkey: str, name_start: int) -> str:
    """县委常委、纪委书记A作工作报告: the body a chain names bare (纪委, of the level before it) and whose
    head the person is, right before the name: its key, or ""."""
    text = ctx.text
    for post, okey, name in _posts_of(ctx, pkey):
        if text.endswith(post, 0, name_start) and _head_title_at(text, name_start - len(post)):
            written = text[:name_start - len(post)]
            if any(written.endswith(name[k:]) and written[-len(name) + k - 1:][:1] in "、，," for k in range(len(name) - 1)):
                return okey
    return ""


def _discipline_first(ctx: Context, pkey: str, body: str) -> str:
    """纪委书记、监委主任A作工作报告: the 纪委 and the 监委 work as one (合署办公) and the report is the
    纪委's; the 监委 is the unit only when its head holds no post of the 纪委."""
    name = ctx.graph.entities[body].name if body in ctx.graph.entities else ""
    if not name.endswith("监委"):
        return body
    twin = name.removesuffix("监委") + "纪委"
    return next((okey for post, okey, oname in _posts_of(ctx, pkey) if post == "书记" and oname == twin), body)


def _for_units(ctx: Context, agents: list[tuple[str, str]], lo: int, cue: int, persons: bool = True,
               wide: bool = False) -> list[tuple[str, str]]:
    """A unit's head who reports stands for the unit: 吉首市委书记杨振华述职 and 保靖县委书记作书面述职
    are reports of 吉首市委 and 保靖县委 (with ``persons``; a named person who only 先后发言 speaks
    as themselves), and so does one named by title alone (X局负责人分别汇报)."""
    text = ctx.text
    cs = lo if wide else _clause_bounds(text, cue, lo, cue)[0]  # wide: the agents' clauses run back to lo
    orgs = sorted((m for m in ctx.graph.mentions if m.type == "Organisation" and cs <= m.start and m.end <= cue),
                  key=lambda m: m.start)
    out: list[tuple[str, str]] = []
    for akey, atype in agents:
        if atype == "Person" and persons:
            person = next((m for m in ctx.graph.mentions if m.key == akey and cs <= m.start < cue), None)
            unit = next((o for o in orgs if person is not None and (t := _head_title_at(text, o.end))
                         and o.end + len(t) == person.start), None)
            if unit is not None:
                akey, atype = _discipline_first(ctx, akey, unit.key), "Organisation"
            elif person is not None and (body := _body_of_party_group(ctx, orgs, person.start)
                                         or _bare_body_headed(ctx, akey, person.start)):
                akey, atype = _discipline_first(ctx, akey, body), "Organisation"
        if (akey, atype) not in out:
            out.append((akey, atype))
    for n, o in enumerate(orgs):  # a head named by title alone, right before the cue
        lead = next((p for p in ("有关", "相关") if text.startswith(p, o.end)), "")
        unnamed = next((w for w in HEADS_UNNAMED if text.startswith(w, o.end + len(lead))), "")
        t = _head_title_at(text, o.end) or (lead + unnamed if unnamed else "")
        if t and text.startswith(HEAD_ALONE_BEFORE, o.end + len(t)) and name_at(text, o.end + len(t)) < 0:
            listed = [o]  # 水利部、中国气象局有关负责同志介绍了…: the bodies listed before share their heads
            for p in reversed(orgs[:n]):
                if p.end + 1 != listed[0].start or text[p.end] not in "、和及":
                    break
                listed.insert(0, p)
            for u in listed:
                if (u.key, "Organisation") not in out:
                    out.append((u.key, "Organisation"))
    return out


HEARD_REPORT = re.compile(r"(?:的|》)(报告)|的(报告)》")
THEN_TOPIC = re.compile(r"[，,](?:并|分别)?(?:介绍|汇报|通报)了([^，,。；;]{2,40})")


def _heard_report(ctx: Context, key: str, heard: int, pos: int, cue: str, kind: str) -> None:
    """听取了X关于Y(情况)汇报: X reported on Y. Without a named X nothing is stated."""
    text = ctx.text
    about = text.find("关于", heard, pos)
    if about < 0:
        units: dict[int, Mention] = {}
        org_ends = {m.end for m in ctx.graph.mentions if m.type == "Organisation"}
        for m in ctx.graph.mentions:
            if m.type == "Organisation" and heard < m.start and m.end <= pos and not _in_chain(ctx, m.start, m.end) \
                    and not ORDINAL_AFTER.match(text, m.end) and text[m.start - 1:m.start] != "届" \
                    and not (text[m.start - 1:m.start] == "、" and m.start - 1 not in org_ends):
                # 听取党纪学习教育、区委巡察等工作情况汇报: a body inside a list of topics reports nothing
                # the same words may name a body and its 党组 (…法院和检察院党组): keep the longer name
                best = units.get(m.start)
                if best is None or len(ctx.graph.entities[m.key].name) > len(ctx.graph.entities[best.key].name):
                    units[m.start] = m
        for m in units.values():
            ctx.graph.state(Participation(key, m.key, "reporter", ctx.evidence(pos)))
            ctx.graph.state(Report(key, m.key, "", kind, ctx.evidence(pos)))
        return
    agents = [(m.key, m.type) for m in ctx.graph.mentions
              if heard < m.start and m.end <= about and m.type in ("Person", "Organisation")
              and not (m.type == "Organisation" and (_in_chain(ctx, m.start, m.end) or _on_behalf_of(text, m)
                                                     or _bracketed_alias(ctx, m)))]
    agents = _for_units(ctx, list(dict.fromkeys(agents)), heard, pos)
    topic = text[about + 2:pos].removesuffix("的").strip().lstrip("《")
    for akey, _ in agents:
        ctx.graph.state(Participation(key, akey, "reporter", ctx.evidence(pos)))
        ctx.graph.state(Report(key, akey, topic, kind, ctx.evidence(pos)))


def _on_behalf_of(text: str, m: Mention) -> bool:
    """受县人民政府委托: the body a person speaks for, not one that speaks."""
    return text[m.start - 1:m.start] == "受" and text.startswith("委托", m.end)


def _rfind_jiu(text: str, lo: int, hi: int) -> int:
    """The last 就 of 就X作… in text[lo:hi], not the 就 of 就业 (分别就稳岗就业、教育资助作表态发言)."""
    j = text.rfind("就", lo, hi)
    while j >= 0 and text.startswith("就业", j):
        j = text.rfind("就", lo, j)
    return j


GENERIC_TOPICS = ("相关工作", "有关工作", "相关情况", "有关情况", "有关事项", "相关事项", "重点工作")  # 分别就相关工作作了说明


def _topic(text: str, ps: int, pos: int, pe: int, cue: str) -> str:
    if cue in ("汇报", "通报", "述职", "介绍", "解读", "交流了"):  # 汇报了X; else 就X作了介绍, below
        topic = text[pos + len(cue):pe].lstrip("了").strip()
        topic = re.split(r"[,，]", topic)[0]
        if topic not in ("", "有关情况", "相关情况", "情况") and not SAID.fullmatch(topic):  # 通报指出，…: what follows is said
            return topic
    j, w = max((_rfind_jiu(text, ps, pos), 1), (text.rfind("围绕", ps, pos), 2))
    if j >= 0:  # 就X作了介绍, 围绕X作交流发言, 围绕X进行现场述职
        k = pos if cue.startswith(("作", "做")) else text.rfind("作", j, pos)  # the 作 of 作了介绍, not of 工作
        if k > 0 and text[k - 1] == "工":  # 围绕抓基层党建工作现场述职: no 作 before the cue
            k = pos - len(re.search(r"(?:现场|书面|专题|集中)?$", text[:pos]).group())
        v = text.rfind("进行", j, pos)  # 进行现场述职 right before the cue; not the 进行 of 推进行政
        if v > k and re.fullmatch(r"了?(?:现场|专题|重点|书面)?", text[v + 2:pos]):
            k = v
        topic = text[j + w:k if k > 0 else pos].strip()
        return "" if topic in GENERIC_TOPICS else topic
    j = text.rfind("结合", ps, pos)  # 结合当地抗旱保畜工作作交流发言; not 结合各自工作: no topic
    if j >= 0 and not text.startswith(("各自", "自身", "实际", "工作"), j + 2):
        k = text.rfind("作", j, pos)
        topic = text[j + 2:k if k > j else pos].strip()
        return topic.removeprefix("当地").removeprefix("本地").removeprefix("本地区")
    if cue == "工作报告":  # 作了全县教育工作报告: what the report is on
        k = text.rfind("作", ps, pos)
        topic = text[k + 1:pos + len(cue)].lstrip("了").strip()
        return "" if topic == cue or "的" in topic else topic
    if cue in ("交流发言", "表态发言", "典型发言", "推进发言", "重点发言"):  # 作义务教育薄弱学校改造交流发言: on what
        m = re.search(r"作了?([\u4e00-\u9fff“”]{4,24}?)(?:专题|经验|视频)?$", text[ps:pos])
        if m and not m.group(1).endswith(("工", "书面", "典型", "重点", "专题", "经验")) and m.group(1) not in GENERIC_TOPICS:
            return m.group(1)
    return ""


def run(ctx: Context) -> None:
    _find_meetings(ctx)
    _mention_names(ctx)
    for key in ctx.joined:  # meetings announced together share their participants
        _roles(ctx, key)
        _attendees_after(ctx, key)
        _attendee_lists(ctx, key)
        _reports(ctx, key)
        _convened_by(ctx, key)
        _convener_in_name(ctx, key)
        _headline_convener(ctx, key)
    _topics_told_later(ctx)
    joint_discipline(ctx)


def _topics_told_later(ctx: Context) -> None:
    """A、B作交流发言 … 交流发言中，A介绍了X: a unit's report told again with its topic is that one report."""
    told = {(r.meeting, r.unit, r.kind) for r in ctx.graph.facts if isinstance(r, Report) and r.topic}
    ctx.graph.retract(lambda f: isinstance(f, Report) and not f.topic and (f.meeting, f.unit, f.kind) in told)


# 会议由市政府办公室组织召开; 由州委、州政府主办的…座谈会: the bodies after 由 convene
CONVENED_BY = re.compile(r"由([^，,。；;：:]{2,40}?)(?:联合|共同)?(?:组织召开|召开|主办|举办|承办)")


def _convened_by(ctx: Context, key: str) -> None:
    """The bodies a meeting is said to be convened by, with 由 (the meeting named, or called 会议)."""
    text = ctx.text
    for s in _sentences(ctx, key):
        for m in CONVENED_BY.finditer(text, s.start, s.end):
            said_of_it = text[max(s.start, m.start() - 3):m.start()].endswith(("会议", "会")) or \
                text[m.end():m.end() + 1] == "的" and any(mm.key == key and mm.type == "Meeting" and
                                                          s.start <= mm.start < s.end for mm in ctx.graph.mentions)
            if not said_of_it:  # 会议由X召开, or 由X主办的Y (this meeting)
                continue
            for o in ctx.graph.mentions:
                if o.type == "Organisation" and m.start(1) <= o.start and o.end <= m.end(1) \
                        and not _in_chain(ctx, o.start, o.end):
                    ctx.graph.state(Participation(key, o.key, "convener", ctx.evidence(m.start())))


def _body_convenes(ctx: Context, key: str) -> bool:
    """Whether an organisation is already said to convene meeting ``key``."""
    return any(isinstance(f, Participation) and f.meeting == key and f.role == "convener"
               and isinstance(ctx.graph.entities.get(f.participant), Organisation) for f in ctx.graph.facts)


def _convener_in_name(ctx: Context, key: str) -> None:
    """县长A主持召开县政府第37次常务会议: a meeting that no body is said to convene, named after the
    standing body it is a session of, is convened by that body."""
    if _body_convenes(ctx, key):
        return
    for mm in ctx.graph.mentions:
        if mm.key != key or mm.type != "Meeting":
            continue
        body = next((o for o in ctx.graph.mentions if o.type == "Organisation" and o.start == mm.start
                     and o.end < mm.end and o.key in ctx.graph.entities), None)
        if body is not None and ORDINAL_OR_SESSION.match(ctx.text, body.end) \
                and ctx.graph.entities[body.key].kind in STANDING_BODIES:
            ctx.graph.state(Participation(key, body.key, "convener", ctx.evidence(mm.start)))
            return


def _headline_convener(ctx: Context, key: str) -> None:
    """市政府召开第21次市长办公会议 as the headline (the metadata's title or the text's first line),
    while the text says only who chaired it: the bodies the headline names before 召开 convene it."""
    if _body_convenes(ctx, key):
        return
    name = ctx.graph.entities[key].name if key in ctx.graph.entities else ""
    heads = ((ctx.doc.meta.title or "").strip(), ctx.text.split("\n", 1)[0].strip())
    for line in dict.fromkeys(h for h in heads if h):
        m = HEADLINE_HELD.match(line)
        if m is None or not name or name not in line[m.end():] or "。" in line:
            continue
        at = ctx.text.find(line)
        i, bodies = 0, []
        while i < m.end(1):
            o = match_org(ctx, line, i)
            if o is None or o.end > m.end(1) or _title_at(line, o.end):
                i += 1
                continue
            bodies.append(o)
            i = o.end
        for o in bodies:
            ev = ctx.evidence(at + o.start) if at >= 0 else ctx.evidence(ctx.spans.get(key, (0, 0))[0])
            okey = ctx.graph.add(Organisation(o.name, o.kind, o.place.code if o.place else ""), ev)
            ctx.graph.state(Participation(key, okey, "convener", ev))
        if bodies:
            return


HEADLINE_HELD = re.compile(r"^([^，,。；;：:]{2,30}?)(?:联合)?(?:召开|举行|举办)")
STANDING_BODIES = ("PartyCommittee", "Government", "PeoplesCongress", "PoliticalConsultativeConference")
# what follows a standing body's name in the name of one of its sessions: 第37次常务会议, 第十八届第62次常务会议,
# 常委会会议
ORDINAL_OR_SESSION = re.compile(r"(?:\d{4}年)?(?:第?[一二三四五六七八九十百\d]+届)?第[一二三四五六七八九十百\d]+次|常务会议|常委会|常委\(扩大\)|常委（扩大）|全体会议")
