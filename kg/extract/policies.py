"""Extraction stage: policies and measures.

A *policy* is a policy, strategy, campaign or line of work that the meeting discussed or set
tasks for; a *measure* is a concrete step that the article ties to a policy. The rules read
the genre's cues, strongest first:

    meeting name     X推进会议, X动员部署会 → X (the line of work a meeting is named after)
    arrangements     对A、B、C做出安排部署; 就X进行部署; 从A、B等N个方面…; 安排X工作;
                     专题研究/研究了A、B等工作 (市人大、政府党组工作 → each body's); 讨论了A、B…N个方面
    headings         a body line such as 做好X专项工作
    spirits          传达学习X全会精神; 以X为契机/牵引; 把X作为…任务
    named campaigns  “X”行动/工程/战略/活动/任务
    reports heard    听取/通报了A、B等工作情况(汇报); 汇报A、B调研情况
    directives       要做好X工作, 扎实推进A、B、C, 打赢X硬仗, 排查整治X, 将A和B等工作深度融合

When an article lays its agenda out explicitly (an arrangement list of three or more items,
or section headings), the directives under it are details of that agenda, so the last two
rules (which infer the agenda) are not used.

Measures: 采取A、B等措施; 推进/围绕A、B等重点措施/任务; lists of 一批; two or more
institutions set up in one sentence (建立…机制, 出台…方案); after 以…措施, the objects of
抓好/做好. A measure belongs to the policy named in its sentence (or the nearest sentence
before it in the paragraph or section), else to the article's main policy.

The words these rules use are data: kg/lexicons/policies_words.tsv.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer import township_counties
from ..model import Agenda, Measure, MeasureOf, Policy
from .context import Context
from .lexicon import read_lines
from .meetings import DUTY_TOPIC
from .segment import word_tag
from .townships import SUFFIXES

__all__ = ["run"]

CLAUSE_END = "，,；;：:。！!？"  # an ASCII ? is mojibake far more often than a question
QUOTES = "“”‘’\"'《》「」『』"
NUM = "一二三四五六七八九十两百千0-9０-９"
SEMI = r"(?<![?？])[；;](?![?？])"  # a semicolon inside a run of mojibake (?;?) ends nothing


@dataclass(frozen=True, eq=False)
class Words:
    kinds: dict[str, tuple[str, ...]]  # kind -> entries, longest first

    def __getitem__(self, kind: str) -> tuple[str, ...]:
        return self.kinds.get(kind, ())

    def alt(self, kind: str) -> str:
        return "|".join(map(re.escape, self[kind]))

    def starts(self, kind: str, text: str) -> str:
        """The longest entry of ``kind`` that ``text`` starts with, or ""."""
        return next((w for w in self._by_first(kind).get(text[:1], ()) if text.startswith(w)), "")

    def ends(self, kind: str, text: str) -> str:
        """The longest entry of ``kind`` that ``text`` ends with, or ""."""
        return next((w for w in self._by_last(kind).get(text[-1:], ()) if text.endswith(w)), "")

    @lru_cache(maxsize=None)  # noqa: B019 (one Words per process)
    def _by_first(self, kind: str) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for w in self[kind]:
            out.setdefault(w[:1], []).append(w)
        return {ch: tuple(ws) for ch, ws in out.items()}

    @lru_cache(maxsize=None)  # noqa: B019
    def _by_last(self, kind: str) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for w in self[kind]:
            out.setdefault(w[-1:], []).append(w)
        return {ch: tuple(ws) for ch, ws in out.items()}


@lru_cache(maxsize=1)
def words() -> Words:
    kinds: dict[str, set[str]] = {}
    for row in read_lines("policies_words.tsv"):
        if len(row) >= 2:
            kinds.setdefault(row[1].strip(), set()).add(row[0].strip())
    return Words({k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()})


# ---------------------------------------------------------------------------------------------
# names


def _bare(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch not in QUOTES and not ch.isspace())


# 当前及今后一个时期: the period a task is set for, no part of its name
PERIOD_LEAD = re.compile(r"(?:当前|近期|目前)?(?:及|和|以及)?(?:今后一个时期|今后一段时期|今后一段时间|下一阶段|今后)的?")


def strip_lead(name: str, verbs: bool = True) -> str:
    """Drop leading prefixes (全市, 近期), adverbs before a verb (扎实 做好) and, with ``verbs``,
    work verbs (做好, 推进): 扎实做好X工作 → X工作.

    A verb is dropped only when what is left still ends with a head noun of a line of work."""
    w = words()
    verbal = ("verb", "weak-verb", "action", "inst-verb", "do-well", "adverb", "spirit-verb", "prefix")
    while True:
        m = w.starts("prefix", name) or (p.group() if (p := PERIOD_LEAD.match(name)) else "")
        if m == "要" and name[1:2] in "素点件闻害":
            m = ""  # 要素保障, 要点: a word of its own, no 要 that opens a task
        if m and len(name) > len(m) + 1:
            name = name[len(m):]
            continue
        m = w.starts("adverb", name)
        if m and any(w.starts(k, name[len(m):]) for k in verbal):
            name = name[len(m):]
            continue
        v = (w.starts("verb", name) or w.starts("weak-verb", name)) if verbs else ""
        if v and len(name) > len(v) + 1 and (w.ends("work", name[len(v):]) or name[len(v)] == "“"):
            name = name[len(v):]
            continue
        if name.startswith("了") and len(name) > 2:
            name = name[1:]
            continue
        return name


# words that start with a conjunction's character: 和美乡村, 和谐社会 keep it
CONJ_WORDS = ("和美", "和谐", "和平")


MASKED_TAIL = re.compile(r"[■▇□\ufffd?？]+$")


def clean(name: str) -> str:
    name = MASKED_TAIL.sub("", name)  # 村庄清洁■■: the characters the scrape lost end nothing; what is left stays
    name = name.strip(" 　、，,。；;：:等")
    while name[:1] in ("和", "及") and not name.startswith(CONJ_WORDS):
        name = name[1:].lstrip(" 　、，,。；;：:等")
    name = name.rstrip("和及 　、，,。；;：:等")
    for tail in ("相关工作", "有关工作", "等工作", "等", "抓好贯彻落实", "贯彻落实", "抓好落实", "抓落实"):
        if name.endswith(tail) and len(name) > len(tail) + 1:
            name = name[: -len(tail)]
    name = strip_lead(name)
    name = re.sub(r"^(?:\d{4}年度?|今年|去年)?(?:以来)?", "", name)
    return strip_lead(name).strip(" 、，,")


def rejected(name: str) -> bool:
    w = words()
    bare = _bare(name)
    thought = bare.endswith("重要思想")  # 统一思想 exhorts; 习近平总书记关于…的重要思想 is studied
    if len(bare) < 2 or bare in w["reject"] or bare in w["work"] or (w.ends("reject-end", bare) and not thought) \
            or w.starts("reject-start", bare) or TIME_LEAD.sub("", bare) in w["reject"]:  # 下半年重点工作
        return True
    if bare.startswith("与") or bare.endswith("和中央"):
        return True  # 加强与发展改革…部门的协同, …状况和中央、自治区…: a piece cut at a conjunction, no name
    # 抓好三项工作; 完成15个示范村建设任务, a target in digits (names in numerals are slogans: “三个年”活动,
    # 千万工程, 三项制度改革)
    return bool(re.fullmatch(rf"[{NUM}]+个?", bare) or re.search(r"[?？\ufffd]", bare)
                or re.fullmatch(rf"[{NUM}]+(?:项|个|大|方面)(?:重点|主要|重要)?(?:工作|任务)", bare)
                or re.match(r"[0-9０-９.]+(?:%|个|项|座|所|家|处|条|件|台|户|名|人|亩|公里|万)", bare))  # 120条农村河道…


def _fold(f: Found, into: Found) -> None:
    """``f`` restates ``into``: its mentions become ``into``'s."""
    f.into = into
    into.rank = min(into.rank, f.rank)
    into.spans += f.spans


def vague(c: str) -> bool:
    """A core that names no particular line of work: a head noun, with at most a vague word before it
    (整改, 问题整改)."""
    w = words()
    lead = w.starts("vague", c)
    return c in w["work"] or (bool(lead) and c[len(lead):] in w["work"])


_LEVEL_LEAD = re.compile(r"^(?:中共)?[全本我]?([国省市县区州])")


def _other_levels(a: str, b: str) -> bool:
    """省委农村工作会议精神 and 全市农村工作会议精神: spirits of meetings of two levels, two policies."""
    la, lb = _LEVEL_LEAD.match(_bare(a)), _LEVEL_LEAD.match(_bare(b))
    return a.endswith("精神") and b.endswith("精神") and la is not None and lb is not None and la.group(1) != lb.group(1)


def core(name: str, places: tuple[str, ...]) -> str:
    """A key under which two names of the same policy meet: 推进实施定安乡村振兴战略 ~ 乡村振兴工作."""
    w = words()
    c = _bare(name).replace("党的建设", "党建").replace("全体会议", "全会")
    changed = True
    while changed:
        changed = False
        for lead in (*w["prefix"], *w["adverb"], *w["verb"], *w["weak-verb"], *w["spirit-verb"], "党的", "重点", *places,
                     *SEASONS):
            if lead and c.startswith(lead) and len(c) > len(lead) + 1:
                c, changed = c[len(lead):], True
        for tail in ("相关工作", "专项工作", "工作", "政策", "战略", "专项行动", "行动", "活动", "运动", "任务", "实施方案", "方案"):
            if c.endswith(tail) and len(c) > len(tail) + 1:
                c, changed = c[: -len(tail)], True
    return c


# ---------------------------------------------------------------------------------------------
# lists


def _split_at(pattern: str, text: str, start: int) -> list[tuple[str, int]]:
    """The pieces of ``text`` between the matches of ``pattern``, each with its offset (``start`` + …)."""
    out, i = [], 0
    for m in re.finditer(pattern, text):
        out.append((text[i:m.start()], start + i))
        i = m.end()
    out.append((text[i:], start + i))
    return out


def _pieces(body: str, start: int) -> list[tuple[str, int]]:
    """Split on 、 and between adjacent quotations (“A”“B”); not on a 、 inside a quotation
    (“千村示范引领、万村整治提升”工程 is one name)."""
    return [(p, s) for p, s in _split_at(r"、(?![^“”]*”)|(?<=”)(?=“)", body, start) if p]


# the last item of a list that goes on to what all of them do together (…、医药协同发展和治理)
JOINT = re.compile(r"^[^、，,]{1,6}?(?:协同|协调|联动|融合|一体化)")


def split_items(text: str, start: int, nouns: bool = True) -> list[tuple[str, int, int]]:
    """Split an enumeration into its items, with their spans in the article.

    A、B、C等重点行业领域安全整治 → A安全整治, B安全整治, C安全整治 (the shared head);
    信访、安全稳定工作 → 信访工作, 安全稳定工作 (a short item takes the last item's head noun);
    with ``nouns``, A和B splits when both halves are phrases of their own, and a quoted right
    half naming a parallel action takes the left half's object (问题自查和“回头看”抽查). A list of holidays or seasons
    (国庆、中秋期间…) is a time phrase and does not split."""
    w = words()
    if re.search(r"(?:及|和|与)其", text):
        return [(text, start, start + len(text))]  # 中央八项规定及其实施细则精神: a thing and its own rules, one item
    head, body = "", text
    k = text.rfind("等")
    if k > 0:
        after = text[k + 1:]
        cat = w.starts("category", after)
        if cat:
            head = after[len(cat):].lstrip("内的")
        elif nouns and len(after) <= 6 and w.ends("work", after) and not w.starts("measure", after) \
                and not re.match(rf"[{NUM}]", after) and after not in w["reject"]:
            head = after
        body = text[:k]
    elif nouns and len(_pieces(body, start)) > 1:  # 燃气、道路运输、危化品领域安全整治: the field's head is each one's
        last = _pieces(body, start)[-1][0]
        field = re.search("|".join(sorted(w["category"], key=len, reverse=True)), last[2:])
        # not 产业转型升级、城市更新和民生实事三方面工作: a count of aspects and a bare head
        if field and w.ends("work", last[2 + field.start():]) and last[2 + field.end():] not in w["work"] \
                and last[1 + field.start()] not in NUM:
            head = last[2 + field.start():]
            body = body[:len(body) - len(head)]
    pieces = _pieces(body, start)
    if any(p in w["season"] for p, _ in pieces) or "期间" in body:
        pieces = [(body, start)]
    # 人、财、物统一管理 (one-character items) and 医学影像、检验、心电三个共享中心 (items counted as one whole): one name
    if len(pieces) > 1 and (any(len(_bare(p)) == 1 for p, _ in pieces[1:-1])
                            or re.search(rf"[{NUM}]+个", pieces[-1][0])):
        return [(text, start, start + len(text))]
    if len(pieces) > 1 and JOINT.match(pieces[-1][0]):
        return [(text, start, start + len(text))]  # 医疗、医保、医药协同发展和治理: one line of work of all three
    parts: list[tuple[str, int, int]] = []
    for piece, s in pieces:
        parts.extend(_split_and(piece, s) if nouns else [(piece, s, s + len(piece))])
    if head:
        return [(p + head, a, b) for p, a, b in parts]
    if nouns and len(parts) > 1:
        tail = w.ends("work", parts[-1][0])
        if tail:  # not a township's name (加快推进月城镇、徐霞客镇两个…区建设)
            parts = [((p + tail) if not w.ends("work", p) and len(_bare(p)) <= 3 and not p.endswith(SUFFIXES) else p, a, b)
                     for p, a, b in parts[:-1]] + [parts[-1]]
    return parts


def _split_and(piece: str, start: int) -> list[tuple[str, int, int]]:
    m = re.search(rf"以及|和(?!{'|'.join(w[1:] for w in CONJ_WORDS)})|及|与", piece)  # not the 和 of 和美乡村
    if not m:
        return [(piece, start, start + len(piece))]
    left, right = piece[: m.start()], piece[m.end():]
    if re.fullmatch(r"“[^”]+”..", right) and len(_bare(left)) >= 6 and right[-1] == left[-1]:
        # parallel actions on one object: 问题自查和“回头看”抽查 → 问题“回头看”抽查
        return [(left, start, start + len(left)), (left[:-2] + right, start + m.end(), start + len(piece))]
    if len(_bare(left)) >= 4 and len(_bare(right)) >= 4 and not _objects_of_one_work(left, right):
        return [(left, start, start + len(left)), *_split_and(right, start + m.end())]
    return [(piece, start, start + len(piece))]


def _objects_of_one_work(left: str, right: str) -> bool:
    """群众身边不正之风和腐败问题集中整治: the left is a thing, no line of work, and the work the right
    ends with is done on both: one name."""
    return left.endswith(WRONGS) and right.endswith(REMEDIES) and not words().ends("work", left)


# wrongs a campaign puts right, and the works that do: 不正之风和腐败问题集中整治 is one campaign on both
WRONGS = ("问题", "之风", "行为", "乱象", "现象", "隐患", "势力", "犯罪")
REMEDIES = ("整治", "治理", "整改", "打击", "查处", "清理", "专项行动")


# ---------------------------------------------------------------------------------------------
# the article's layout


@dataclass(frozen=True)
class Line:
    start: int
    text: str
    heading: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def body_lines(text: str) -> list[Line]:
    """The lines of the article's body: headline lines before the first full sentence are left out
    (site slogans and headlines repeat the body's content in other words)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    first = next((i for i, (_, t) in enumerate(lines) if "。" in t), 0)
    out = []
    for s, t in lines[first:]:
        if not t.strip():
            continue
        heading = 4 <= len(t.strip()) <= 30 and not any(ch in t for ch in CLAUSE_END)
        out.append(Line(s, t, heading))
    return out


def sentences(line: Line) -> list[tuple[int, int]]:
    out, i = [], 0
    for m in re.finditer(rf"[。！？!]|{SEMI}", line.text):
        out.append((line.start + i, line.start + m.end()))
        i = m.end()
    if i < len(line.text):
        out.append((line.start + i, line.end))
    return out


def clauses(text: str, start: int) -> list[tuple[str, int]]:
    return [(c, s) for c, s in _split_at(rf"[，,：:。！!？]|{SEMI}", text, start) if c.strip()]


# ---------------------------------------------------------------------------------------------
# the stage


@dataclass
class Found:
    key: str
    name: str
    core: str
    rank: int  # 0 meeting name, 1 arrangement, 2 heading/spirit, 3 campaign/report, 4 directive
    spans: list[tuple[int, int]] = field(default_factory=list)
    into: Found | None = None  # the policy this vague name restates (整改工作 → X问题整改)

    def target(self) -> Found:
        return self if self.into is None else self.into.target()


OWN_TASK = re.compile(r"(?:[一二三四五六七八九十]是|[一二三四五六七八九十]?要)(?!求)")  # a sentence that sets a task of its own


@dataclass
class MeasureGroup:
    items: list[tuple[str, int, int]]
    sentence: tuple[int, int]
    line: int  # index into the body lines
    purpose: tuple[str, int, int] | None = None  # 采取A、B等措施，推进X: the line of work X they serve
    policy: Found | None = None  # the purpose, once it is a policy
    target: str = ""  # 对X采取A、B等措施: X, what they are taken against


ORG_MEETING = re.compile(r"委员会|常委|全会|全体会议|全体成员|成员单位|代表大会|党员|书记|常务会|办公会|党组|中心组|人大|政协")
# a 座谈会 or 联席会议 names a line of work only with its head (信访工作联席会议; not 民营企业家座谈会)
GATHERING = re.compile(r"座谈|联席")
MEETING_TAIL = ("会议", "大会", "会", "专题", "推进", "部署", "动员", "调度", "安排", "现场", "观摩", "视频", "电视电话",
                "汇报", "交流", "培训", "讲评", "点评", "总结", "表彰", "再部署", "暨", "座谈", "联席", "业务", "会商")
ARRANGE = re.compile(r"(?:进行了?|作出了?|做出了?|作了|做了)(?:全面|专门|具体|详细|重点|系统)?"
                     r"(?:再安排再部署|安排部署|部署安排|研究部署|动员部署|安排|部署)")
PERIOD_OF = re.compile(r"^(?:下一?|上一?|本|今|明|新一?)(?:学年|年度|年|阶段|步|季度|时期|个时期)的?")
ARRANGE_WORK = re.compile(r"(?<!进行)(?<!作出)(?<!做出)(?:安排部署|研究部署|安排|部署)了?(?![会大])([^，。；、：:,;“”的]{2,16}?工作)")
DOCUMENT = re.compile(r"(?:研究|审议|通过|印发|讨论)(?:了|并通过了|通过了|并原则通过了?|原则通过了?)?"
                      r"《([^》]{2,60}(?:方案|规划|计划|纲要|要点|意见|办法|行动|决定|措施|举措)"
                      r"(?:[（(][^）)》]{2,20}[）)])?)》")  # …三年行动方案（2024—2026年）
DOCUMENT_KIND = re.compile(r"的?(?:实施意见|指导意见|若干意见|意见|决定|实施方案|工作方案|方案|规划|计划|纲要|工作要点|要点|办法)$")
NEXT_TITLE = re.compile(r"(?:[、和及]|以及)?《([^》]{2,60})》")
# after 和/及, what is the same source's again, no spirit of its own: …的重要讲话和重要指示批示精神, …规定及其实施细则精神
SAME_SOURCE = ("重要指示", "重要批示", "指示批示", "批示", "其")
SPIRIT_THEN = re.compile(r"^(.{4,}?精神)(.{2,})$")  # X精神Y: a spirit, and the line of work it is carried out by
# a campaign named as the subject of its own progress: 汛期安全隐患大排查大整治专项行动开展以来
CAMPAIGN_SINCE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:自|从)?([^，,。；;：:“”《》自从]{4,30}?(?:专项行动|攻坚行动|三年行动|专项整治|集中整治|"
                            r"攻坚战|保卫战))(?:开展|实施|启动|部署)以来")
QUOTED = re.compile(r"“([^“”，。]{2,14})”(专项行动|攻坚行动|行动|工程|战略|活动|政策|工作|任务|攻坚战|保卫战|硬仗|计划)?")
# a campaign going into places: 进社区、进乡村、进校园（活动）
GOES_INTO = re.compile(r"“?进[^、，,。；;“”进]{1,4}(?:、进[^、，,。；;“”进]{1,6}){2,}”?")
CAMPAIGN_END = ("行动", "工程", "战略", "活动", "攻坚战", "硬仗", "计划", "攻势")
HEARD = re.compile(r"(?:听取|通报)了?")
REPORTED = re.compile(r"汇报了?([^，。；]{2,60}?)(?:等)?(?:工作)?(?:开展|调研|进展)?情况")
SITUATION = re.compile(r"(?:等)?(?:工作)?(?:开展|调研|进展|落实)?情况(?:汇报|报告)?")
UNIT_LEAD = re.compile(r"^(?:部分|各|所|本|有关|相关|市直|县直)[^、，]{0,6}?(?:单位|部门|区县|县市区|县区|乡镇|镇|村)")
TIME_LEAD = re.compile(r"^(?:今年|去年|上半年|下半年|前?[一二三四1-4]季度|\d{1,2}(?:至|-|—)\d{1,2}月(?:份)?|\d{1,2}月(?:份)?)+")
FIELD_LEAD = re.compile(r"^[^、，]{0,8}?(?:领域|范围|系统|行业)内")
SEIZE = re.compile(r"把(.{2,24}?)(?:牢牢)?(?:抓在手(?:里|上|中)|作为.{0,16}?(?:任务|重中之重|抓手|头等大事|工程”?))")
OCCASION = re.compile(r"以(?:开展|推进|实施|深化|深入开展)?([^，,。；;：:]{2,24}?)为(?:契机|抓手|牵引|主线|载体)")
TOGETHER = re.compile(r"^(?:坚持)?(.{2,16}?)(?:与|和|同)(.{2,16}?)(?:同步|一体|统筹|协同)推进$")
SKIP_CLAUSE = re.compile(r"召开|出席|参加|主持|列席")
# an agenda item stated by the verb that puts it on the agenda: 专题研究A、B工作, 研究部署X工作
STUDY_WORK = re.compile(r"(?:专题|专门)(?:研究|部署|听取)了?|研究部署了?|研究讨论了?|分析研究了?|研究了")
# a count of the matters discussed: 讨论了A、B、C问题整改四个方面的内容
ASPECTS = re.compile(rf"(?:讨论|研究|审议|分析|梳理)了?([^，。；：:]{{4,120}}?)等?[{NUM}]+个方面")
# lines of work to be merged or joined: 将A和B等工作深度融合, 把A与B结合起来
# 扎实抓好A、B、C和D四项重点任务: a list of lines of work that the text counts
COUNTED_TASKS = re.compile(rf"([^，。；：:“”]{{4,100}}?)等?[{NUM}]+(?:项|个|大|方面)(?:重点任务|重点工作|主要任务|专项行动|工程|任务|工作)"
                           r"(?!组|队|站|室|者|人员|专班)")  # not 派出2个工作组
MATTERS = re.compile(r"(?:研究|审议|讨论|议定)(?:了|部署了?|讨论了?)?([^，。；：:“”《》的]{4,60}?)等(?:重要|重点|有关|相关)?(?:事项|议题)")
MERGE = re.compile(r"(?:^|要|须|应|并|还)(?:将|把)(.{4,50}?)(?:等(?:各项|相关)?工作)?(?:深度|有机|紧密|充分|统筹)?(?:融合|结合|衔接)")
CONSOLIDATE = re.compile(r"^(?:巩固提升|巩固拓展|巩固|放大)(.{3,20}?)(?:成效|成果)$")  # 巩固X成效: X
BATCH_LEAD = re.compile(r"做到|实现|确保")  # what may open a list of batches without being part of the first
# seasons a line of work is done in: 春季爱国卫生运动 ~ 爱国卫生运动
SEASONS = ("今冬明春", "秋冬季", "冬春季", "春季", "夏季", "秋季", "冬季")
# what opens a clause that sets a task: 要, 还要, 一是 (or nothing: 深入开展X行动，采取…)
TASK_LEAD = re.compile(r"(?:要|还要|同时|并|[一二三四五六七八九十]是)?")
SPIRIT_SOURCE = ("文件", "会议", "全会", "讲话", "指示", "批示", "论述", "决议", "贺信", "重要思想")


class Stage:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.w = words()
        self.lines = body_lines(ctx.text)
        self.found: list[Found] = []
        self.places = self._places()
        self.strong = False
        self.measure_spans: list[tuple[int, int]] = []
        self.said: list[tuple[Found, int, int]] = []  # where the text names each policy, in order
        self.org_names = self._org_names()

    def _org_names(self) -> dict[int, str]:
        """Offset → the longest name of an organisation named there (市人大 → 市人大党组 when a 党组
        closing the list belongs to it)."""
        out: dict[int, str] = {}
        for m in self.ctx.graph.mentions:
            if m.type == "Organisation":
                name = self.ctx.graph.entities[m.key].name
                if len(name) > len(out.get(m.start, "")):
                    out[m.start] = name
        return out

    def _places(self) -> tuple[str, ...]:
        from ..model import Place

        names = set()
        divs = []
        if self.ctx.locality is not None:
            divs = [self.ctx.locality, *self.ctx.gaz.ancestors(self.ctx.locality)]
        for e in self.ctx.graph.entities.values():
            if isinstance(e, Place) and e.code in self.ctx.gaz.by_code:
                divs.append(self.ctx.gaz.by_code[e.code])
            elif isinstance(e, Place):
                names.add(e.name)
        for d in divs:
            names.update(n for n in (d.name, d.short, d.spoken) if len(n) >= 2)
        for n in list(names):
            short = re.sub(r"(?:特别行政区|自治州|自治县|自治区|地区|省|市|县|区|州|盟|旗)$", "", n)
            if len(short) >= 2:
                names.add(short)
        return tuple(sorted(names, key=len, reverse=True))

    # --- policies ----------------------------------------------------------------------
    def add(self, name: str, start: int, end: int, rank: int, raw: bool = False) -> Found | None:
        name = name if raw else clean(name)
        bare = _bare(name)
        if rejected(name) or len(re.sub(r"[（(][^）)]*[）)]$", "", bare)) > 32 or not self.ctx.readable(start, end) \
                or bare in self.places \
                or bare in township_counties():
            return None  # a place named alone (后湖街道、塔子湖街道片区…治理) is no line of work
        if "的" in bare.replace("党的", "") and rank >= 4:
            return None
        at = self.ctx.text.find(name, start, max(end, start + len(name)))
        if at >= 0:
            start, end = at, at + len(name)
        c = core(name, self.places)
        for f in self.found:
            short, long_ = sorted((f.core, c), key=len)
            # a longer name that adds a line of work of its own (安全生产 → 安全生产大排查大整治) is another policy,
            # and so is a campaign of its own (安全生产 → 安全生产治本攻坚三年行动: its core drops 行动)
            longer, shorter = (_bare(name), _bare(f.name)) if long_ == c else (_bare(f.name), _bare(name))
            added = longer[longer.find(short) + len(short):] if short in longer else ""
            campaign = next((e for e in CAMPAIGN_END if added.endswith(e)), "") if len(added) >= 4 else ""
            if f.core == c or (len(short) >= 4 and long_.startswith(short) and not self.w.ends("work", long_[len(short):])
                               and not (campaign and not shorter.endswith(campaign)))\
                    or (len(short) >= 5 and long_.endswith(short) and not _other_levels(name, f.name)):
                self.said.append((f, start, end))
                f.spans.append((start, end))
                f.rank = min(f.rank, rank)
                return f
        f = Found(Policy(name).key, name, c, rank, [(start, end)])
        self.said.append((f, start, end))
        self.found.append(f)
        return f

    def fold_vague(self) -> None:
        """A vague name (整改工作, 问题整改: a head noun with at most a vague word before it) restates
        the policy whose name ends with it (中央环保督察反馈问题整改), or a longer vague one: it becomes
        a mention of that policy."""
        for f in sorted(self.found, key=lambda f: len(f.core)):
            if not vague(f.core):
                continue
            host = [g for g in self.found if g.into is None and len(g.core) > len(f.core) and g.core.endswith(f.core)]
            if host:
                _fold(f, min(host, key=lambda g: (vague(g.core), g.rank, g.spans[0][0])))
        for f in self.found:  # 学习贯彻全会精神: the spirit of the one 全会 the article names
            if _bare(f.name) == "全会精神" and f.into is None:
                named = [g for g in self.found if g is not f and g.into is None and "全会" in g.name and g.name.endswith("精神")]
                if len(named) == 1:
                    _fold(f, named[0])
        self.found = [f for f in self.found if f.into is None]

    def mentions(self) -> None:
        for f, start, end in self.said:
            self._mention(Policy(f.target().name), start, end)

    def _mention(self, entity: Policy | Measure, start: int, end: int) -> str:
        """A mention where the text names the entity; only the entity where it has no span of its own."""
        if start < end:
            return self.ctx.mention(start, end, entity, "Policy")
        return self.ctx.graph.add(entity, self.ctx.evidence(start))

    def add_list(self, text: str, start: int, rank: int) -> int:
        n = 0
        for item, a, b in split_items(text, start):
            n += self.add(item, a, b, rank) is not None
        return n

    def from_meeting(self) -> None:
        key = self.ctx.main_meeting()
        if key is None:
            return
        meeting = self.ctx.graph.entities[key]
        spans = [m.start for m in self.ctx.graph.mentions if m.key == key]
        start = spans[0] if spans else (self.lines[0].start if self.lines else 0)
        parts = meeting.name.split("暨")
        for part in parts:
            duty = DUTY_TOPIC.search(part)  # 镇党委书记抓基层党建工作述职评议会: what the heads report on
            if duty and self.w.ends("work", duty.group(1)):
                at = self.ctx.text.find(duty.group(1))
                self.add(duty.group(1), *((at, at + len(duty.group(1))) if at >= 0 else (start, start)), 0)
                continue
            if ORG_MEETING.search(re.sub(r"^.*精神|[(（][^)）]*[)）]", "", part)):  # 市安委会全体（扩大）会议
                continue
            topic, year = self._topic(part)
            head = self.w.ends("work", topic) or self.w.ends("topic-head", topic)
            # each part of a combined name is a line of work of its own (防汛抗旱暨地质灾害防治…部署会)
            joined = len(parts) > 1 and len(_bare(topic)) >= 4 and not GATHERING.search(part)
            if not topic or not ((head and topic != head) or "精神" in topic or joined):
                continue
            m = SPIRIT_THEN.match(topic)
            names = [m.group(1), m.group(2)] if m else [topic]
            for name in names:
                # a generic task is the agenda when the name dates it: 2023年重点工作部署会议
                raw = bool(year) and rejected(clean(name)) and not rejected(year + name)
                name = year + name if raw else name
                at = self.ctx.text.find(name)
                a, b = (at, at + len(name)) if at >= 0 else (start, start)  # no span of its own
                if "、" in name or len(split_items(name, a)) > 1:  # 老旧小区改造和消防安全工作联席会议: two lines
                    self.add_list(name, a, 0)
                else:
                    self.add(name, a, b, 0, raw=raw)

    def _topic(self, name: str) -> tuple[str, str]:
        """The topic of a meeting's name and the year the name dates it by (or "")."""
        t, year = re.sub(r"[(（][^)）]*[)）]", "", name), ""
        changed = True
        while changed and t:
            changed = False
            for tail in MEETING_TAIL:
                if t.endswith(tail) and len(t) > len(tail):
                    t, changed = t[: -len(tail)], True
            bodies = [p + b for p in self.places for b in ("委", "人民政府", "政府")]  # 五常市委农村工作会议: 农村工作
            for lead in (*bodies, *self.places, "全国", "省委", "市委", "县委", "区委", "州委", "省政府", "市政府", "县政府", "区政府"):
                if t.startswith(lead) and len(t) > len(lead) + 1:
                    t, changed = t[len(lead):], True
            m = re.match(rf"^(?:第[{NUM}]+次|\d{{4}}年度?|[{NUM}]{{4}}年|[前第]?[一二三四1-4]季度|[上下]半年)", t)
            if m and len(t) > m.end() + 1:
                year = year or (m.group() if "年" in m.group() else "")
                t, changed = t[m.end():], True
            s = strip_lead(t, verbs=False)
            if s != t:
                t, changed = s, True
            if t[:1] in "省市县区州" and len(t) > 5 and not word_tag(t[:2]):
                t, changed = t[1:], True  # 区老旧小区改造暨…联席会议: the body's level, not the topic (not 县域, 市场)
        return t, year

    def arrangements(self) -> None:
        for line in self.lines:
            text = line.text
            for m in ARRANGE.finditer(text):
                cs = max(text.rfind(ch, 0, m.start()) for ch in CLAUSE_END) + 1
                seg = text[cs:m.start()]
                fm = re.search(rf"从(.+?)等?[{NUM}]*个?方面", seg)
                if fm:
                    n = self.add_list(fm.group(1), line.start + cs + fm.start(1), 1)
                    self.strong |= n >= 3
                    rest = seg[fm.end():]
                    if rest.startswith("对"):
                        self.add(rest[1:], line.start + cs + fm.end() + 1, line.start + m.start(), 1)
                    continue
                cues = [c.start() for c in re.finditer(r"(?<![针面相绝反应])对(?!外(?:开放|交流|合作|宣传|联络|贸易))|就", seg)]
                if not cues:
                    continue
                j = cues[-1]
                obj = seg[j + 1:]
                period = PERIOD_OF.match(obj)
                cut = period.end() if period else 0
                n = self.add_list(obj[cut:], line.start + cs + j + 1 + cut, 1)
                self.strong |= n >= 3
            for m in ARRANGE_WORK.finditer(text):
                self.add_list(m.group(1), line.start + m.start(1), 1)
            for m in STUDY_WORK.finditer(text):
                self.studied(text, m.end(), line.start)
            for m in ASPECTS.finditer(text):
                self._heard_items(m.group(1), line.start + m.start(1))
            for m in MATTERS.finditer(text):  # 研究秋粮收购、城市供热保障和老旧小区改造等事项
                self.add_list(m.group(1), line.start + m.start(1), 1)
            for m in COUNTED_TASKS.finditer(text):  # 抓好A、B、C和D四项重点任务: the tasks it counts
                items = m.group(1)
                cut = max((items.rfind(v) + len(v) for v in (*self.w["verb"], *self.w["do-well"]) if v in items),
                          default=0)
                if "、" in items[cut:]:
                    self.add_list(items[cut:], line.start + m.start(1) + cut, 1)
            for m in DOCUMENT.finditer(text):
                self.document(m.group(1), line.start + m.start(1))
                # 审议通过了《A》《B》和《C》: every title of the list
                j = m.end()  # after the closing 》
                while (more := NEXT_TITLE.match(text, j)) is not None:
                    self.document(more.group(1), line.start + more.start(1))
                    j = more.end()

    def studied(self, text: str, at: int, s0: int) -> None:
        """专题研究A、B工作: the work items the meeting studied; bodies listed before a shared
        line of work each have it (市人大、政府、政协党组工作 → 市人大党组工作, 市人民政府党组工作 …)."""
        m = re.match(r"([^，。；：:,;“”的]{2,40}?)工作(?=$|[，。；：:,;、等]|进行|作出|做出)", text[at:])
        if not m:
            return  # 研究讨论X工作报告: a document, not a line of work
        body, start = m.group(1), s0 + at
        pieces = [(p, a) for p, a in _split_at(r"、|和|及|与", body, start) if p]
        orgs = [self.org_names.get(a) for _, a in pieces]
        if len(pieces) > 1 and all(orgs):
            ends = [a + len(p) for p, a in pieces]
            for name, a, b in zip(orgs, (a for _, a in pieces), ends):
                self.add(name + "工作", a, b, 1, raw=True)
            return
        if not body.endswith("等"):
            self.add_list(body + "工作", start, 1)
            return
        for item, a, b in split_items(body[:-1], start):  # 研究了全市教育、民政等工作 → 教育工作, 民政工作
            # a long item names its line of work by itself (冬季供热保障, not 冬季供热保障工作)
            short = len(_bare(item)) <= 4 and not item.endswith("工作")
            self.add(item + "工作" if short else item, a, b, 1)

    def document(self, title: str, start: int) -> None:
        """A document the meeting adopted: 《…方案》 is a policy; 《A关于X的实施意见》 names X, and
        X = 贯彻落实Y精神加快推进Z建设 names Y精神 and Z建设."""
        k = title.find("关于")
        if k < 0:
            self.add(title, start, start + len(title), 1)
            return
        topic = DOCUMENT_KIND.sub("", title[k + 2:])
        m = SPIRIT_THEN.match(topic)
        for part in (m.group(1), m.group(2)) if m else (topic,):
            at = start + title.find(part)
            self.add(part, at, at + len(part), 1)

    def headings(self) -> None:
        n = 0
        for line in self.lines:
            t = line.text.strip()
            if not line.heading or not (self.w.starts("verb", strip_lead(t, verbs=False)) and self.w.ends("work", t)):
                continue
            n += self.add(t, line.start, line.end, 2) is not None
        self.strong |= n >= 2

    def spirits_and_campaigns(self) -> None:
        verbs = self.w.alt("spirit-verb")
        spirit = re.compile(rf"(?:{verbs}){{1,4}}了?((?:党的)?[^，。；“”《》,;]{{2,36}}?(?:会|会议|讲话|指示|批示|论述|决议|文件|贺信)精神)")
        for line in self.lines:
            text, s0 = line.text, line.start
            for m in spirit.finditer(text):
                # verbs joined on after the first ones (学习领会并贯彻落实X精神) go; a verb inside the
                # name stays (习近平总书记在党史学习教育动员大会上的重要讲话精神)
                name = re.sub(rf"^(?:[并和及]|以及)?(?:{verbs})+了?", "", m.group(1))
                while name != (name := re.sub(rf"^(?:[并和及]|以及)(?:{verbs})+了?", "", name)):
                    pass
                at = s0 + m.end(1) - len(name)
                # two sources of one spirit: 中央有关文件和全国政协有关会议精神 → 中央有关文件精神, 全国政协有关会议精神
                # (省委…全会、市委…全会精神: after 、 only a source of its own body; not 重要指示、文章、贺信精神)
                both = re.match(rf"^(.{{2,}}?(?:{'|'.join(SPIRIT_SOURCE)}))(?:(?:和|及|以及)(.{{4,}})|"
                                rf"、((?:中共|党的|全?[国省市县区州]委?|中央).{{4,}}))$", name)
                if both and (both.group(2) or "").startswith(SAME_SOURCE):
                    both = None  # …的重要讲话和重要指示批示精神: the same source's, one spirit
                # …关于党的建设的重要思想和全国组织工作会议精神: a thought is studied as itself, not as a spirit
                first = both.group(1) + ("" if both and both.group(1).endswith("思想") else "精神") if both else ""
                second = (both.lastindex or 2) if both else 2
                parts = [(first, at, at + both.end(1)), (both.group(second), at + both.start(second), at + len(name))] \
                    if both else [(name, at, at + len(name))]
                # 传达学习A精神和B精神: the spirit after 和 is studied too
                more = re.match(r"(?:和|及|以及|、)([^，。；“”《》,;和及、]{2,36}?精神)", text[m.end():])
                if more and more.group(1).startswith(SAME_SOURCE):
                    more = None  # …的重要讲话和重要指示批示精神: the same source's instructions, one spirit with the speech
                if more:
                    a = s0 + m.end() + more.start(1)
                    parts.append((more.group(1), a, a + len(more.group(1))))
                for part, a, b in parts:
                    # the spirit of a meeting keeps the meeting's whole name: 全市…推进会议精神
                    scoped = re.match(r"全[国省市州县区镇]", part) is not None
                    self.add(part.strip() if scoped else part, a, b, 2, raw=scoped)
            for pat in (OCCASION, SEIZE):
                for m in pat.finditer(text):
                    self.add_list(m.group(1), s0 + m.start(1), 2)
            roles = [(m.end(1), m.end()) for m in SEIZE.finditer(text)]  # 把X作为…“头号工程”: what X is taken as
            for m in QUOTED.finditer(text):
                inner, suffix = m.group(1), m.group(2) or ""
                if any(a <= m.start() < b for a, b in roles):
                    continue
                if suffix or inner.endswith(CAMPAIGN_END):
                    self.add(text[m.start():m.end()], s0 + m.start(), s0 + m.end(), 3, raw=True)
            for m in CAMPAIGN_SINCE.finditer(text):  # X专项行动开展以来: the campaign whose results are told
                self.add(m.group(1), s0 + m.start(1), s0 + m.end(1), 3)

    def reports_heard(self) -> None:
        for line in self.lines:
            text, s0 = line.text, line.start
            for m in HEARD.finditer(text):
                end = min([i for i in (text.find(ch, m.end()) for ch in "，,。；;") if i >= 0] or [len(text)])
                content = text[m.end():end]
                pieces = SITUATION.split(content)[:-1]  # what follows the last 情况 is no topic
                pos = m.end()
                for i, piece in enumerate(pieces):
                    at = text.find(piece, pos)
                    pos = at + len(piece)
                    if i == 0 or piece.startswith(("和", "、", "及")):
                        self._heard_items(piece, s0 + at)
            if not self.strong:
                for m in REPORTED.finditer(text):
                    self._heard_items(m.group(1), s0 + m.start(1), each=text.endswith("分别", 0, m.start()))

    def _heard_items(self, piece: str, start: int, each: bool = False) -> None:
        """听取了X关于A、B和C整改情况汇报: the topics A整改, B整改, C整改. With ``each`` (A、B分别汇报了
        X和Y工作情况), the topics are shared out one a unit, so short halves are items too (稳外贸)."""
        k = piece.rfind("关于")
        if k >= 0:
            piece, start = piece[k + 2:], start + k + 2
        if not piece.startswith(CONJ_WORDS):  # 汇报了和美乡村…建设情况
            piece = piece.lstrip("和、及")
        items = split_items(piece, start)
        if each and len(items) == 1 and (m := re.fullmatch(r"(.{2,}?)(?:和|及|与)(.{2,})", piece)) \
                and not piece.startswith(CONJ_WORDS):
            items = [(m.group(g), start + m.start(g), start + m.end(g)) for g in (1, 2)]
        tail = self.w.ends("work", items[-1][0]) if items else ""
        for item, a, b in items:
            if tail and item.endswith(("问题", "件")):
                item += tail
            item = FIELD_LEAD.sub("", UNIT_LEAD.sub("", strip_lead(item, verbs=False)))
            item = strip_lead(TIME_LEAD.sub("", item), verbs=False)
            item = re.sub(r"(?:开展|调研|推进|落实)$", "", item)
            if len(_bare(item)) >= (3 if each else 4) and "的" not in item.replace("党的", ""):
                self.add(item, a, b, 3)

    def directives(self) -> None:
        if self.strong:
            return
        verbs = self.w.alt("verb")
        for line in self.lines:
            if not re.search(r"要|强调|要求|指出|提出|部署", line.text):
                continue
            for c, s in clauses(line.text, line.start):
                if SKIP_CLAUSE.search(c) or any(a < s + len(c) and s < b for a, b in self.measure_spans):
                    continue
                if self.plain_directive(c, s):
                    continue
                occasion = OCCASION.search(c)  # 以和美乡村建设为抓手推动…: the task follows the occasion
                if occasion:
                    c, s = c[occasion.end():], s + occasion.end()
                m = MERGE.search(c)
                if m:
                    pair = re.match(r"^(.{2,}?)(?:同|与)(.{2,})$", m.group(1))  # 把A同B结合起来
                    at = s + c.find(m.group(1))
                    if pair:
                        for g in (1, 2):
                            self.add(pair.group(g), at + pair.start(g), at + pair.end(g), 4)
                    else:
                        self.add_list(m.group(1), at, 4)
                    continue
                m = TOGETHER.match(strip_lead(c, verbs=False))
                if m:
                    for g in (1, 2):
                        self.add(m.group(g), s + c.find(m.group(g)), s + c.find(m.group(g)) + len(m.group(g)), 4)
                    continue
                bare = strip_lead(c.lstrip("要"), verbs=False)
                act = self.w.starts("action", bare)
                # …整顿软弱涣散村党组织9个: a count of what was done, not a task
                if act and 2 <= len(bare) - len(act) <= 22 and not re.search(rf"[{NUM}]+\S?$", bare):
                    self.add(bare, s + c.find(bare), s + len(c), 4, raw=True)
                    continue
                if self._opened_task(c, s):
                    continue
                vm = re.search(verbs, c) if verbs else None
                if not vm:
                    continue
                obj = c[vm.end():].rstrip("等")
                if not 2 <= len(obj) <= 26 or re.search(r"等(?:相关|有关)?部门", obj):
                    continue  # 加强与发展改革、财政等部门的协同: the departments worked with, no lines of work
                items = split_items(obj, s + vm.end())
                listed = re.search(r"等(?:各项|相关|有关)?工作$", obj) is not None  # 抓好A、B等工作
                if not listed and not any(self.w.ends("work", i) for i, _, _ in items):
                    continue
                for item, a, b in items:
                    if listed or self.w.ends("work", item) or (len(items) > 1 and len(_bare(item)) >= 4):
                        self.add(item, a, b, 4)

    def _opened_task(self, c: str, s: int) -> bool:
        """要抓好校园安全, 要加强医保基金监管: the object of a work verb right after the 要 that opens a task is a
        line of work, whatever its head (a short one, no list, no target in digits, no exhortation)."""
        if not re.match(r"要(?![素点求害闻])", c):  # not 要素保障, 要点
            return False
        bare = c[1:]
        while (lead := self.w.starts("adverb", bare)) and (self.w.starts("do-well", bare[len(lead):])
                                                             or self.w.starts("verb", bare[len(lead):])):
            bare = bare[len(lead):]
        verb = self.w.starts("do-well", bare) or self.w.starts("verb", bare)
        obj = bare[len(verb):]
        if not verb or not 4 <= len(_bare(obj)) <= 14 or re.search(rf"[、{NUM}和及与]", obj) or rejected(obj):
            return False
        at = s + c.find(obj)
        return self.add(obj, at, at + len(obj), 4) is not None

    def plain_directive(self, c: str, s: int) -> bool:
        """Directives without a work verb before their object: a line of work as the subject of a
        task (X改革将在三年内逐步推开, 要求…的A工作和B都要取得明显效果) and a stated direction
        (…工作的主要方向就是Y)."""
        m = re.search(rf"(?:{self.w.alt('direction')})(?:就|也)?是(?!要)(.{{4,20}})$", c)
        if m:
            return self.add(m.group(1), s + m.start(1), s + m.end(1), 4) is not None
        m = re.match(rf"^(.{{2,30}}?)(?:都|均|也)?(?:将|(?<![需重主只必])要(?!求)|必须|务必|力争)"
                     rf"[^，。]{{0,10}}?(?:{self.w.alt('advance')})", c)
        if not m:
            return False
        subject = m.group(1)
        cut = max([0] + [subject.rfind(w) + len(w) for w in ("的", "要求", "强调", "指出") if w in subject])
        subject = TIME_LEAD.sub("", subject[cut:])
        items = [(i, a, b) for i, a, b in split_items(subject, s + c.rfind(subject, 0, m.end(1)))
                 if self.w.ends("work", i)]
        return sum(self.add(i, a, b, 4) is not None for i, a, b in items) > 0

    # --- measures ----------------------------------------------------------------------
    def measures(self) -> list[MeasureGroup]:
        groups: list[MeasureGroup] = []
        m_alt = self.w.alt("measure")
        adopt = re.compile(rf"采取(?:了)?([^，。；]{{2,80}}?)(?:等(?:一系列|多项)?(?:有效|有力|务实|综合|硬核|硬|刚性|精准|管用|针对性)?|的)"
                           rf"(?:{m_alt})")  # 采取A一批、B一批的办法 too
        push = re.compile(rf"(?:推进|落实|抓好|围绕|聚焦|实施|突出|抓实|通过)([^，。；]{{2,80}}?)等(?:{m_alt})")
        batch = re.compile(r"((?:[^、，。；等]{1,6}一批、)+[^、，。；等]{1,6}一批)")
        inst_verb = self.w.alt("inst-verb")
        for li, line in enumerate(self.lines):
            if line.heading:
                continue
            for sent in sentences(line):
                text = self.ctx.text[sent[0]:sent[1]]
                taken: list[tuple[str, int, int]] = []
                purpose, target = None, ""
                for pat in (adopt, push, batch):
                    for m in pat.finditer(text):
                        if any(a < sent[0] + m.end(1) and sent[0] + m.start(1) < b for _, a, b in taken):
                            continue
                        items = split_items(m.group(1), sent[0] + m.start(1), nouns=False)
                        if pat is batch and items:  # 开展风险排查一批、警示约谈一批: the verb is not the first measure's
                            first, a, b = items[0]
                            lead = BATCH_LEAD.match(first)  # 做到签约一批、开工一批 too
                            verb = self.w.starts("verb", first) or (lead.group() if lead else "")
                            if verb and len(first) - len(verb) >= 4:
                                items[0] = (first[len(verb):], a + len(verb), b)
                        taken += items
                        if (pat is adopt or m.group().startswith("通过")) and purpose is None:
                            # 要开展X行动，采取…等措施，打击Y: the task set right before them comes first
                            purpose = self._task_before(text[:m.start()], sent[0]) \
                                or self._purpose(text[m.end():], sent[0] + m.end())
                            against = re.search(r"对([^，,。；;：:、对]{2,20}?)(?<!问题)(?<!隐患)(?<!行为)$",
                                                text[:m.start()])  # not a generic 对欠薪问题采取…
                            target = against.group(1) if against else target
                taken += self._institutions(text, sent[0], inst_verb)
                taken += self._after_measures(text, sent[0])
                items = [(n.strip(), a, b) for n, a, b in taken
                         if 2 <= len(_bare(n)) <= 30 and self.ctx.readable(a, b) and not rejected(n)]
                if items:
                    groups.append(MeasureGroup(items, sent, li, purpose, target=target))
                    self.measure_spans += [(a, b) for _, a, b in items]
                groups += self._goes_into(text, sent, li)
        return groups

    def _goes_into(self, text: str, sent: tuple[int, int], li: int) -> list[MeasureGroup]:
        """X进A、进B、进C (宣传进社区、进乡村、进校园活动): the places a campaign X goes into are its
        measures (进社区, …), X the policy they serve."""
        out = []
        for m in GOES_INTO.finditer(text):
            before = text[:m.start()]
            cut = max(before.rfind(ch) for ch in CLAUSE_END + "要") + 1
            clause = before[cut:]
            ends = [i + len(v) for v in (*self.w["verb"], *self.w["weak-verb"]) for i in [clause.rfind(v)] if i >= 0]
            head = clause[max(ends, default=0):]
            if len(_bare(head)) < 2 or rejected(head):
                continue
            at = sent[0] + cut + clause.rfind(head)
            items = []
            for d in re.finditer(r"进[^、”]+", m.group()):
                name = re.sub(r"(?:等|活动|行动)+$", "", d.group())
                a = sent[0] + m.start() + d.start()
                if len(name) >= 2:
                    items.append((name, a, a + len(name)))
            out.append(MeasureGroup(items, sent, li, (head, at, at + len(head))))
            self.measure_spans += [(a, b) for _, a, b in items]
        return out

    def _purpose(self, text: str, start: int) -> tuple[str, int, int] | None:
        """采取A、B等措施，推进X: X, when the clause right after the measures sets a line of work as
        its task (a work verb before a head noun of a line of work or of a goal: 修复, 处置)."""
        m = re.match(r"[，,]?([^，,。；;！!？?]{4,30})(?=[，,。；;！!？?]|$)", text)  # …等措施整治撂荒地 too
        if not m:
            return None
        clause, shortest = m.group(1), 3 if m.start(1) == 0 else 5  # no comma: …等措施整治撂荒地
        while (lead := self.w.starts("adverb", clause)) and len(clause) > len(lead) + 4:
            clause = clause[len(lead):]
        held = CONSOLIDATE.match(clause)
        if held and self.w.ends("work", held.group(1)):
            goal = held.group(1)  # 巩固河湖长制成效: the line of work whose results they hold
        elif (act := self.w.starts("action", clause)) and shortest <= len(_bare(clause)) - len(act) <= 22 \
                and "、" not in clause and not rejected(clause):
            goal = clause  # 整顿软弱涣散村党组织: the work the action names (not a bare 整治突出隐患)
        else:
            goal = self._task(clause, ("verb", "weak-verb"))
            if goal is None and "、" not in clause and "一批" not in clause and self._unlisted_goal(clause):
                goal = clause
        if goal is None or not (goal == clause or self.w.ends("work", goal) or self.w.ends("goal-head", goal)):
            return None
        at = start + m.start(1) + m.group(1).find(goal)
        return goal, at, at + len(goal)

    def _task_before(self, text: str, start: int) -> tuple[str, int, int] | None:
        """要抓好X，采取A、B等方式: X, the task the sentence sets before its measures: the nearest
        clause before them that sets one, past clauses that set none (坚持“…”, 聚焦…, 紧盯…)."""
        found = [(c, s) for c, s in _split_at(r"[，,：:]", text, start)]
        for clause, at in reversed(found[:-1]):  # the last piece is the clause of the measures itself
            lead = TASK_LEAD.match(clause)
            body = clause[lead.end():]
            if not 4 <= len(body) <= 30:
                continue
            goal = self._task(body, ("verb", "do-well", "weak-verb"), pair=True)
            if goal is None and lead.group() and self._unlisted_goal(body):
                goal = body  # 一是扩大优质学前教育资源供给，采取…
            held = CONSOLIDATE.match(body)  # 要巩固药品集中带量采购成果，采取…: the work whose results they hold
            if goal is None and held and not rejected(held.group(1)):
                goal = held.group(1)
            focus = body.removeprefix("聚焦")  # 要聚焦新业态新就业群体党建，采取…: the work focused on
            if goal is None and focus != body and self.w.ends("work", focus) and not rejected(focus):
                goal = focus
            if goal is not None:
                at += lead.end() + body.find(goal)
                return goal, at, at + len(goal)
        return None

    def _unlisted_goal(self, clause: str) -> bool:
        """扩大公办学位供给: a goal after a verb the lexicon does not list, which keeps its verb."""
        return bool(self.w.ends("goal-head", clause)) and not rejected(clause) \
            and not any(self.w.starts(k, clause) for k in ("verb", "weak-verb"))

    def _task(self, clause: str, verbs: tuple[str, ...], pair: bool = False) -> str | None:
        """What ``clause`` sets as a task: the object of a work verb (of ``verbs``) at its start, after adverbs;
        with ``pair``, two short lines of work done as one (要深化以案促改、以案促治，采取…) are one task."""
        def verb_at(t: str) -> str:
            return next((v for k in verbs if (v := self.w.starts(k, t))), "")

        bare = clause
        while not verb_at(bare) and (lead := self.w.starts("adverb", bare)) and verb_at(bare[len(lead):]):
            bare = bare[len(lead):]
        verb = verb_at(bare)
        goal = bare[len(verb):]
        shared = goal.rsplit("等", 1)[-1]  # 开展A、B等消防安全专项整治, 做强A、B等特色产业: what they share
        if "、" in goal and "等" in goal and len(_bare(shared)) >= 4 and not self.w.starts("category", shared):
            goal = shared
        paired = pair and goal.count("、") == 1 and len(goal) <= 13 and "等" not in goal \
            and all(len(p) >= 4 for p in goal.split("、"))
        if not verb or len(_bare(goal)) < 4 or "一批" in goal or "、" in goal and not paired or rejected(goal):
            return None
        return goal

    def _institutions(self, text: str, start: int, inst_verb: str) -> list[tuple[str, int, int]]:
        found = []
        for c, s in clauses(text, start):
            bare = strip_lead(c, verbs=False)
            m = re.match(rf"^(?:{inst_verb})", bare)
            if not m:
                continue
            obj = bare[m.end():]
            at = s + c.find(bare) + m.end()
            items = [part for item in split_items(obj, at, nouns=False) for part in self._each_institution(*item)]
            if items and all(self.w.ends("institution", i) for i, _, _ in items):
                found += items
        return found if len(found) >= 2 else []

    def _each_institution(self, item: str, a: int, b: int) -> list[tuple[str, int, int]]:
        """要素保障机制和调度通报机制: two institutions joined by 和, each one a measure."""
        parts = [(p, a + k) for p, k in _split_at(r"和|及|与", item, 0) if p]
        if len(parts) > 1 and all(self.w.ends("institution", p) and len(_bare(p)) >= 4 for p, _ in parts):
            return [(p, k, k + len(p)) for p, k in parts]
        return [(item, a, b)]

    def _after_measures(self, text: str, start: int) -> list[tuple[str, int, int]]:
        """以最有力的措施…，抓好A，做好B: the objects of 抓好/做好 after the word 措施."""
        m = re.search(r"(?<!等)措施", text)
        if not m or re.search(r"等(?:重点|具体|主要)?$", text[:m.start()]):
            return []
        found = []
        for c, s in clauses(text[m.end():], start + m.end()):
            bare = strip_lead(c, verbs=False)
            verb = self.w.starts("do-well", bare)
            if verb:
                obj = bare[len(verb):]
                found += split_items(obj, s + c.find(obj))
        return found

    def purposes(self, groups: list[MeasureGroup]) -> None:
        for g in groups:
            if g.purpose is None:
                continue
            name, a, _ = g.purpose
            parts = split_items(name, a)  # 开展A运动和B行动，采取…: two lines of work, the measures the first's
            if len(parts) < 2 or not all(self.w.ends("work", p) for p, _, _ in parts):
                parts = [g.purpose]
            found = [self.add(*p, rank=4) for p in parts]
            g.policy = found[0]

    def policy_for(self, group: MeasureGroup) -> Found | None:
        if group.policy is not None:
            return group.policy.target()
        if group.target:  # 对软弱涣散村党组织采取…: the line of work named after what they are taken against
            named = [f for f in self.found if _bare(f.name).startswith(_bare(group.target))]
            if named:
                return min(named, key=lambda f: (f.rank, f.spans[0][0])).target()
        inside = [(a, b) for _, a, b in group.items]

        def candidates(a: int, b: int) -> list[tuple[Found, bool, int]]:
            text = self.ctx.text[a:b]
            out = []
            for f in self.found:
                hits = [s for s, e in f.spans if a <= s < b and not any(x <= s < y for x, y in inside)]
                # its name met again as one item of a list (聚焦燃气、建筑施工等领域) is the scope, not the policy
                listed = False
                # 要扭住项目建设这个“牛鼻子”: 重点项目建设 said for short by its core
                said = f.name if f.name in text else f.core if len(f.core) >= 4 and f.core in text else ""
                if said:
                    at = text.find(said)
                    hits.append(a + at)
                    listed = not hits[:-1] and (text[at - 1:at] == "、" or text[at + len(said):][:1] in ("、", "等"))
                if hits:
                    out.append((f, listed, min(abs(h - group.items[0][1]) for h in hits)))
            return out

        def best(found: list[tuple[Found, bool, int]]) -> Found:
            return min(found, key=lambda x: (x[1], x[0].rank, x[2]))[0]

        line = self.lines[group.line]
        spans = [s for s in sentences(line) if s[0] <= group.sentence[0]]
        for k, (a, b) in enumerate(reversed(spans)):
            found = candidates(a, b)
            if found:
                return best(found)
            if k == 0 and OWN_TASK.match(self.ctx.text, a):
                return self.main()  # 要从源头管控火源，…采取封山一批…等措施: a task of its own, no policy named; not the last one's
        for prev in reversed(self.lines[:group.line]):
            found = candidates(prev.start, prev.end)
            if found and prev.heading:
                return best(found)
            if prev.heading:
                break
        return self.main()

    def main(self) -> Found | None:
        return min(self.found, key=lambda f: (f.rank, f.spans[0][0]), default=None)


def run(ctx: Context) -> None:
    st = Stage(ctx)
    groups = st.measures()
    st.from_meeting()
    st.arrangements()
    st.headings()
    st.spirits_and_campaigns()
    st.reports_heard()
    st.directives()
    st.purposes(groups)
    st.fold_vague()
    st.mentions()
    meeting = ctx.main_meeting()
    if meeting is not None:
        for f in st.found:
            a, _ = f.spans[0]
            ctx.graph.state(Agenda(meeting, f.key, ctx.evidence(a)))
    for g in groups:
        policy = st.policy_for(g)
        if policy is None:
            continue
        for name, a, b in g.items:
            mkey = st._mention(Measure(name, policy.key), a, b)
            ctx.graph.state(MeasureOf(mkey, policy.key, ctx.evidence(a)))
