"""Extraction stage: figures, every number that states a quantity of the world.

A figure is a number in Arabic or Chinese numerals (36, 1.2万, 三, 十余, 百分之五)
followed by a unit or counter word of ``lexicons/figures_units.tsv`` (所, 名, 亿元, %,
个百分点 …); a length of time is one too (为期三个月, 压缩至1个工作日). Numbers that are no quantity
are skipped: dates and years (units of kind ``not``: 年, 月, 季度, 届 …), ordinals (第五次, 十八届五次会议), numbered slogans
(inside quotation or book-title marks, or in ``lexicons/figures_slogans.txt``), words
and names that merely contain a numeral (统一, 千家万户, 七台河市: by the segmenter and
by the entities already found), codes (5G, "3+2"), a bare 一 (一项重要任务, 一把手) and
text corrupted in the source.

The subject is the noun phrase the number counts: the noun right after the counter
(44所违规培训机构, 涉及我市39个问题) or else the phrase before the number in its clause
with scope words, times and link verbs taken off (参训学生由暑假前13011名 → 参训学生;
累计交办信访件及督办件537件 → 交办信访件及督办件). A number whose clause gives no subject
takes the one of the number before it in the sentence (由13011名减至7870名; 完成投资3亿元,
同比增长5%); "A与B分别下降59.2%和8.3%" gives each its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..document import CORRUPTION_CODES
from ..model import Figure
from .context import HAN, Context
from .segment import pos_tags
from .lexicon import read_lines

__all__ = ["run", "parse_chinese_number", "find_numbers", "Number"]

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
_CN_MAG = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_MULTIPLIER = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "万": 10**4, "亿": 10**8, "千": 10**3}

_NUMBER = re.compile(
    r"(?:(?P<pct>百分之)|(?P<per>十万分之|万分之|千分之))?"
    r"(?:(?P<ar>[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?)(?P<mul>万亿|千万|百万|万|亿|千)?"
    r"|(?P<cn>[零〇一二两三四五六七八九十百千万亿]+)(?:点(?P<cnfrac>[零〇一二三四五六七八九]+))?)")
# 千分之三, 十万分之十八点六 (a rate per thousand, per 100,000): the unit they are written in
_PER = {"千分之": "‰", "万分之": "1/万", "十万分之": "1/10万"}
_APPROX = "余多"
_CLAUSE_END = "，；：。！？,;:!?\n"
_QUOTES = {"“": "”", "《": "》", "‘": "’", "「": "」", "『": "』", "〈": "〉"}
# times a figure refers to, as the text says them (removed from subjects)
_TIME = re.compile(
    r"(?:截至|截止到|截止|到|至)?(?:"
    r"(?:\d{4}年|今年|去年|明年|上年|本年|当年|全年)度?"
    r"(?:底|末|初|以来|上半年|下半年|前[一二三]季度|[一二三四]季度|\d{1,2}(?:[至到\-—~～]\d{1,2})?月(?:份|底|末|初)?)?"
    r"(?:前|以来|以前|期间|起)?"
    r"|前?[一二三四]季度(?:以来)?|上半年|下半年|\d{1,2}[至到\-—~～]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?(?:底|末)(?:前)?"
    r"|目前|当前|现阶段|近年来|年底前|年内|春节前|节前|[寒暑]假(?:期间|前|后)"
    r"|“?十[三四五]五”?(?:期间|末|时期|以来)"
    r")(?![\d日号])")
_MEETING_AFTER = re.compile(r"^(?:会议|会|全会|全体会议|常委会|常务会议|主任会议|主席会议|党代会|代表大会|集体学习|理论学习)")
_NOUN_ENDS = "生员者师户工民士长官家人站村镇乡区县市校院馆园厂室队组局委办处科所点件项款率量数额"
_RANKING = re.compile(r"(?:排名|排在|位居|位列|进入|跻身|居|列)[^，。；,;]{0,4}前$")
_SIZE_CLASS = re.compile(r"(?:[0-9.]+|[一二三四五六七八九十百千]+)?(?:万亿元|亿元|千万元|万元)(?:以上|以下)的?")
_KIND_OF = re.compile(r"以[^，。；、]{1,12}?为(?:主|重点|核心|主体)的")
_ALSO_SIZED = re.compile(r"、(?:[0-9.]+|[一二三四五六七八九十百千两]+)[万亿]?[\u4e00-\u9fff]{1,2}的")
# 人均预期寿命达到77.2岁, 寿命由2020年的74.02岁提高到75.4岁: a lifespan, its change included
_LIFESPAN = re.compile(r"(?:寿命|年龄)(?:力争|预计|要)?(?:达到|达|为|提高到|提高至|增至|增加到)?$"
                       r"|寿命(?:由|从)(?:\d{4}年|上年|去年)?的?$|寿命(?:由|从)[^，。；]{0,14}?岁(?:提高|增加|增长|延长)(?:到|至)$")
_PHASE_AFTER = re.compile(r"^(?:工程|项目|规划)")  # 二期工程, 六期规划: a phase, not a count

# words around a number that are no part of its subject
_SCOPE = ("全市", "全县", "全区", "全省", "全州", "全镇", "全乡", "全盟", "全旗", "全国", "我市", "我县", "我区", "我省",
          "我州", "我镇", "本市", "本县", "本区", "本省", "各级", "各类", "各地", "全年", "其中", "截至", "截止", "目前",
          "当前", "共", "共有", "累计", "已", "已有", "有", "现有", "要", "确保", "力争", "争取", "努力", "实现", "推动",
          "涉及", "全部", "均", "总共", "一共", "计", "另", "此外", "同时", "今年", "去年", "其", "这", "该", "达", "是",
          "为")
_OURS = re.compile(r"我[省市县区州盟旗镇乡](?![委政])")  # 我区测评成绩: whose, not what (the segmenter joins 区测评)
_NEGATION = ("未", "不", "没有", "尚未", "仍未", "未能")
_LINK = ("有", "已有", "共有", "现有", "共", "共计", "合计", "总计", "累计", "达", "达到", "为", "是", "约", "近", "超过", "超",
         "逾", "突破", "增长", "增加", "提高", "提升", "上升", "下降", "减少", "降低", "下滑", "回落", "减至", "增至", "降至",
         "升至", "减到", "增到", "降到", "转为", "至", "到", "控制", "控制在", "保持", "保持在", "稳定", "稳定在", "同比", "环比",
         "分别", "均", "完成", "实现", "涉及", "占", "已", "了", "由", "从", "在", "比", "较",
         "要", "需", "将", "降", "增", "升", "减", "全部", "都")  # 降至 read as 降 + 至; 收入全部达到
_LONG = 12  # characters: a subject longer than this is cut at its last 、
_COMPARE = ("高于", "低于", "快于", "慢于", "超出", "超过", "领先")
_NOUN_TAILS = ("点", "桩")  # characters the segmenter reads as counters that end a noun (隐患点, 充电桩)
_OCCUR = ("发生", "出现", "共发生")  # 共发生交通事故15起: what occurred is counted, not the occurring
_MODAL = ("可能", "预计", "有望", "或将", "可望", "估计", "连续")  # 可能有两个…, 连续四年稳定在: how sure or how long, not what
_EACH_KIND = ("各类", "各种", "各项", "各个")  # 排查各类风险隐患点: what is counted is the 风险隐患点
_AGGREGATORS = ("累计", "共计", "共有", "合计", "总计", "其中", "共", "总共", "一共")
_CHANGE_UP = ("增长", "增加", "提高", "提升", "上升", "增至", "升至", "增到")
_CHANGE_DOWN = ("下降", "减少", "降低", "下滑", "回落", "减至", "降至", "减到", "降到")
_TARGET = ("确保", "力争", "争取", "目标", "控制在", "不低于", "不少于", "不超过", "以内", "要达到", "计划")
_LEVEL_AFTER = re.compile(r"(?:至|到)了?(?:约|近)?$")
_NOUNISH = ("n", "vn", "b", "j", "s", "an", "l", "zg", "a", "ng")
_STOP_AFTER = {"和", "及", "与", "等", "被", "已", "将", "均", "全部", "分别", "共", "并", "或", "以及", "的", "在", "中", "是",
               "为", "占", "比"}
# 共240余人参加会议, 200多人参会: a count of those at the meeting
_ATTEND = re.compile(r"(?:参加了?|出席了?|列席了?)(?:会议|大会|活动)|参会|与会")
_ATTENDEES = "参会人员"
_INDICATOR = {"person": "人数", "count": "数量", "money": "金额", "measure": "数量", "percent": "比例",
              "points": "变化", "times": "倍数", "anniversary": "周年", "duration": "时长"}


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, str]  # unit -> kind
    longest: int
    slogans: tuple[str, ...]
    rhetoric: tuple[str, ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    units = {r[0]: r[1] for r in read_lines("figures_units.tsv")}
    slogans = tuple(sorted({r[0] for r in read_lines("figures_slogans.txt")}, key=len, reverse=True))
    rhetoric = tuple(r[0] for r in read_lines("figures_rhetoric.txt"))
    return _Lexicon(units, max(map(len, units)), slogans, rhetoric)


def parse_chinese_number(text: str) -> int | None:
    """三 → 3, 二十九 → 29, 一百零五 → 105, 百 → 100, 十二万 → 120000; None for 二三, 二〇二二 and the like."""
    if not text:
        return None
    total, rest = 0, text
    for big in ("亿", "万"):
        if big in rest:
            head, _, rest = rest.partition(big)
            part = _small(head) if head else 1
            if part is None or "亿" in head or "万" in head and big == "万":
                return None
            total += part * _CN_BIG[big]
    section = _small(rest) if rest else 0
    if section is None:
        return None
    return total + section


def _small(text: str) -> int | None:
    """A number below ten thousand in Chinese numerals."""
    total, digit, last_mag = 0, None, 10_000
    for ch in text:
        if ch in ("零", "〇"):
            if digit is not None:
                return None
            continue
        if ch in _CN_DIGIT:
            if digit is not None:
                return None  # two digits in a row: 二三 (two or three), 二〇二二
            digit = _CN_DIGIT[ch]
        elif ch in _CN_MAG:
            mag = _CN_MAG[ch]
            if mag >= last_mag:
                return None
            total += (1 if digit is None else digit) * mag
            digit, last_mag = None, mag
        else:
            return None
    return total + (digit or 0)


@dataclass(frozen=True)
class Number:
    """A number with its unit, as found in the text."""

    start: int
    end: int  # end of the unit
    value: Decimal
    unit: str
    kind: str
    chinese: bool
    masked: bool = False  # digits the source masked (???起): a subject's boundary, stated as no figure

    @property
    def plain(self) -> str:
        """The value as plain decimal digits: 12000, 0.5."""
        return format(self.value.normalize(), "f")


def _to_ascii(text: str) -> str:
    return text.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))


# a count whose counter the text says before the number, which ends in 万 or 亿 alone (诊疗人次达到49.4亿)
_COUNTED_BEFORE = re.compile(r"(?:人次|人口|用户|人数|户数|游客|客流|客流量|旅客|粉丝|访问量|浏览量)(?:总数|总量)?"
                             r"(?:累计|已|共|达到|达|突破|超过|超|为|增至|增加到|提高到|提升到|逾|近|约){1,2}$")
_BARE_MAGNITUDE_END = set("，。；、,;）)")


def _unit_at(text: str, pos: int) -> str:
    lex = _lexicon()
    for n in range(min(lex.longest, len(text) - pos), 0, -1):
        if text[pos:pos + n] in lex.units:
            return text[pos:pos + n]
    return ""


# 会后三天内, 要在3天内: by when (not 控制在90分钟以内, a target for a length)
_AFTER_EVENT = re.compile(r"(?:后(?:[^，。；,;]{0,4}?(?:在|于))?|(?<!控制)(?<!保持)(?<!稳定)(?<!压缩)在)$")
_ROUND_THE_CLOCK = ("值班", "在岗", "值守", "应急值守", "待命", "不间断", "巡查", "巡逻", "监测", "专人", "服务", "全天候",
                    "领导带班")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Numbers followed by a unit in text[start:end], before the checks that need the article."""
    end = len(text) if end is None else end
    found = []
    for m in _NUMBER.finditer(text, start, end):
        s, e = m.start(), m.end()
        b = s - 1
        while b >= 0 and text[b] in " \u3000":
            b -= 1
        before = text[b] if b >= 0 else ""
        after = text[e] if e < len(text) else ""
        if before and (before in "第每＋－" or before.isascii() and (before.isalnum() or before in "+-._/")):
            continue  # ordinal, or part of a code (PM2.5, G20)
        if after and (after.isascii() and after.isalpha() or after in "+＋×"):
            continue  # 5G, "3+2"
        kept = ""  # 万/亿 written before the unit and kept in it
        if m.group("cn"):
            if m.group("cn").strip("万亿千百") == "" and not m.group("pct"):
                continue  # 亿元以上项目, 万人大会: a class or a manner of speaking, not a number
            cn = m.group("cn")
            if cn[-1] in "万亿" and len(cn) > 1 and _unit_at(text, e - 1)[:1] == cn[-1] and len(_unit_at(text, e - 1)) > 1:
                cn, e = cn[:-1], e - 1  # 六百一十二亿元: 612 亿元, the unit as written, as for digits
            elif cn[-1] in "万亿" and len(cn) > 1 and cn[-2] not in "万亿" and _unit_at(text, e):
                cn, kept = cn[:-1], cn[-1]  # 十亿亩, 五万人: 10 亿亩, 5 万人, as 10亿亩 and 5万人 are
            value = parse_chinese_number(cn)
            if value is None or m.group("cn") in ("一", "壹", "零", "〇") and not m.group("cnfrac"):
                continue  # 一项重要任务; 零部件, 零售: words, not numbers
            number = Decimal(value)
            if m.group("cnfrac"):  # 三点五: 3.5
                number += Decimal("0." + "".join(str(_CN_DIGIT.get(c, 0)) for c in m.group("cnfrac")))
        else:
            number = Decimal(_to_ascii(m.group("ar")).replace(",", ""))
            mul = m.group("mul")
            if mul and len(_unit_at(text, e - len(mul))) > len(mul):
                e -= len(mul)  # 856.3亿元: the unit keeps 亿
            elif mul in ("万", "亿", "万亿") and _unit_at(text, e):
                kept = mul  # 2.36万户, 12万只: the unit as written (万户), like 亿元
            elif mul:
                number *= _MULTIPLIER[mul]
        pos = e
        while pos < end and text[pos] in _APPROX:
            pos += 1
        if pos < end and text[pos] in "几数":
            continue  # 十几个: no definite value
        if m.group("pct"):
            unit, kind = "%", "percent"
        elif m.group("per"):
            unit, kind = _PER[m.group("per")], "percent"
        else:
            unit = _unit_at(text, pos)
            kind = _lexicon().units.get(unit, "")
            # 万/亿 between the number and a unit that does not keep it: 3万人 → 30000 人
            if not unit and not m.group("cn") and text[pos:pos + 1] in ("万", "亿") and not m.group("mul"):
                continue
            mul = m.group("mul") or ""
            if not unit and mul in ("万", "亿") and (pos == end or text[pos] in _BARE_MAGNITUDE_END) \
                    and _COUNTED_BEFORE.search(text, max(0, s - 16), s):
                number /= _MULTIPLIER[mul]  # 诊疗人次达到49.4亿, 注册用户突破3000万: the counter said before
                unit, kind = mul, "measure"  # what is counted is said before, not after
        if unit == "岁" and _LIFESPAN.search(text, max(0, s - 24), s):
            kind = "measure"  # 人均预期寿命达到77.2岁: a quantity, not an age that names a group (60岁以上老人)
        if not unit or kind == "not":
            continue
        stop = pos if m.group("pct") or m.group("per") else pos + len(unit)  # 百分之五: the unit is written before
        after_unit = text[stop:stop + 6]
        if after_unit[:1] in _APPROX and _lexicon().units.get(_unit_at(text, stop + 1)) in ("not", "duration"):
            continue  # 2个多小时, 3个多月: no definite length
        if after_unit[:1] in ("“", '"', "‘") and kind != "person":
            continue  # 三个“坚持”: a numbered slogan (not 10名“最美医生”: persons counted by their title)
        if m.group("cn") and after_unit.startswith(_lexicon().rhetoric):
            continue  # 三项机制, 提出三点意见: rhetoric, not a count
        if unit == "分" and (m.group("cn") or before in "时点:："):
            continue  # 十分重要, 一分部署: words; 10时30分: a time; a score is written in digits (提升6.2分)
        if unit == "天" and text[max(0, s - 2):s] in ("为期", "历时", "用时"):
            kind = "duration"  # 为期100天的专项行动: how long it lasts
        if (kind == "duration" or unit == "天") and (
                after_unit[:1] in "后前" or before in "前近头" or after_unit[:1] in "内以" and _AFTER_EVENT.search(
                    text[max(0, s - 12):s])):
            continue  # 3天后, 前5个月: a point or span of time; 会后三天内, 接到预警后6小时内: a deadline
        if unit == "小时" and after_unit.startswith(_ROUND_THE_CLOCK):
            continue  # 24小时值班: round the clock
        if _RANKING.search(text[max(0, s - 8):s]):
            continue  # 前10名: a ranking

        if unit == "次" and _MEETING_AFTER.match(after_unit):
            continue  # 十八届人大五次会议, 108次常委会会议: ordinals
        if unit == "期" and _PHASE_AFTER.match(after_unit):
            continue  # 二期工程
        if unit in ("%", "％"):
            unit = "%"
        found.append(Number(s, stop, number, kept + unit, kind, bool(m.group("cn"))))
    return found


# --- the article-level checks ---------------------------------------------

def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i in range(start, end):
        ch = text[i]
        if ch in _QUOTES:
            stack.append((ch, i))
        elif stack and ch == _QUOTES.get(stack[-1][0]):  # a straight " open: no entry
            spans.append((stack.pop()[1], i + 1))
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                spans.append((stack.pop()[1], i + 1))
            else:
                stack.append(('"', i))
    return spans


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for w, f in _tokens_with_space(text):
        if not w.strip():
            continue
        if w in _NOUN_TAILS and tokens and (tokens[-1][1].startswith("n") or tokens[-1][1] in ("vn", "v", "i", "l")):
            tokens[-1] = (tokens[-1][0] + w, "n")  # 风险隐患点, 充电桩: a thing, not a numeral's 点 or a counter
            continue
        tokens.append((w, f))
    return tokens


def _inside_word(sentence: str, offset: int, number: Number) -> bool:
    """True when a Chinese numeral is part of a longer word: 统一, 千家万户, 七台河市, 四套班子."""
    pos = 0
    for word, flag in _tokens_with_space(sentence):
        if pos == offset:
            return flag not in ("m", "mq", "q") and pos + len(word) > offset + (number.end - number.start)
        if pos < offset < pos + len(word):
            return flag not in ("m", "mq", "q")
        pos += len(word)
    return False


def _tokens_with_space(text: str) -> tuple[tuple[str, str], ...]:
    return pos_tags(text)


# --- subjects --------------------------------------------------------------

@dataclass
class _Found:
    number: Number
    subject: str
    time: str
    indicator: str
    end: int  # where the next number's subject may start
    group: list[str] | None = None  # subjects of a 分别 list
    index: int = 0  # this number's place in it


def _clean(text: str) -> str:
    text = re.sub(r"[“”‘’\"'「」『』]", "", text)
    return text.strip(" 《》()（）[]【】·-—")


def _strip(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    while tokens and tokens[0][0] not in _NEGATION and (tokens[0][0] in _SCOPE or tokens[0][0] in _MODAL + _OCCUR or tokens[0][1] in ("t", "r", "p", "c", "d", "u", "uj", "ul", "x", "f",
                                                                 "m", "q", "y", "mq")):
        tokens = tokens[1:]
    while tokens and (tokens[-1][0] in _LINK or tokens[-1][0] in _TARGET or tokens[-1][0] in _MODAL
                      or tokens[-1][1] in ("d", "p", "u", "uj", "ul", "x", "c", "r", "t", "f", "m", "q", "y", "mq")
                      or tokens[-1][0] == "的"):  # 秸秆离田面积力争(达到): 力争 says it is a target
        tokens = tokens[:-1]
    return tokens


@dataclass(frozen=True)
class _Before:
    subject: str
    time: str
    verb_before: bool  # the number is the object of a verb: 涉及我市39个问题, 新增5000亩高标准农田
    only_verb: bool  # nothing but that verb: 新增5000亩…
    first: str  # first word of the clause part: 占 in 占全部投资的35%


def _before(text: str, start: int, end: int) -> _Before:
    """The subject and time in text[start:end] before a number."""
    raw = text[start:end]
    time = ""
    for m in _TIME.finditer(raw):
        time = m.group(0)
    raw = _OURS.sub(" ", _TIME.sub(" ", raw))
    tokens = _tokens(raw) if raw.strip() else []
    at = next((k for k, t in enumerate(tokens) if t[0] in ("在", "于")), -1)
    verb = next((k for k in range(at + 2, len(tokens)) if tokens[k][1] in ("v", "vn")), -1) if at >= 0 else -1
    if verb > 0:
        tokens = tokens[:at] + tokens[verb:]  # 在高速公路服务区新增充电桩: where it is done is no part of what is counted
    first = tokens[0][0] if tokens else ""
    # 参训学生由暑假前13011名: subject before 由, time after it
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i][0] in ("由", "从"):
            between = "".join(w for w, _ in tokens[i + 1:])
            if between and not time:
                time = between
            tokens = tokens[:i]
            break
    # 增速高于全省1.1个百分点: the subject is what is compared (or, with none, the number before);
    # 进度较上年同期快2.1个百分点: what is compared with its own past
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i][0] in _COMPARE or tokens[i][0] in ("较", "比") and i > 0:
            tokens = tokens[:i]
            break
    core = [t for t in tokens if t[1] not in ("r", "d", "ul", "uj", "x") and t[0] not in ("已", "要")]
    verb_before = bool(core) and (core[-1][1].startswith("v") and core[-1][1] != "vn" or core[-1][0] in _AGGREGATORS)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i][0] in _AGGREGATORS:
            after = _strip(tokens[i + 1:])
            tokens = after if after else tokens[:i]
            break
    tokens = [t for k, t in enumerate(_strip(tokens)) if not (0 < k and t[1] == "r" and t[0] in _EACH_KIND)]
    only_verb = len(tokens) == 1 and tokens[0][1].startswith("v")
    return _Before(_clean("".join(w for w, _ in tokens)), time, verb_before, only_verb, first)


def _is_noun(word: str, flag: str) -> bool:
    """A noun, also where the segmenter tags one as a verb (考生/v, 学员/v)."""
    return flag.startswith("n") or len(word) >= 2 and word[-1] in _NOUN_ENDS


# 9个市（州）, 107个县（市、区）: units of a level, the brackets naming the others it counts
_LEVEL_GROUP = re.compile(r"[省市县区州地](?:[（(][省市县区州地盟旗、，,]{1,6}[）)])+"
                          r"|(?:村|乡镇|乡|镇)[（(](?:社区|街道|居委会|居)[）)]")  # 9个市（州）, 2万个村（社区）


def _after(text: str, start: int, end: int, allow_verb: bool) -> tuple[str, int]:
    """The noun phrase right after a counter (44所违规培训机构 → 违规培训机构) and where it ends."""
    group = _LEVEL_GROUP.match(text, start, end)
    if group is not None:
        return group.group(), group.end()
    sized = _SIZE_CLASS.match(text, start, end)
    if sized is not None:  # 286个亿元以上重点项目: the class that the amount sets is part of what is counted
        noun, noun_end = _after(text, sized.end(), end, allow_verb)
        return (sized.group().removesuffix("的") + noun, noun_end) if noun else ("", start)
    if text.startswith("左右", start):
        start += 2  # 5个左右热带气旋: the noun after the approximation
    # 1所以失能照护为主的供养服务设施: the noun the 以…为主的 phrase describes;
    # 386支、1.5万人的应急抢险队伍: both numbers size the body after 的
    lead = _KIND_OF.match(text, start, end) or _ALSO_SIZED.match(text, start, end)
    if lead is not None:
        return _described(text, lead.end(), _item_end(text, lead.end(), end))
    stop = _item_end(text, start, end)
    tokens: list[tuple[str, str]] = []
    if text.startswith("的", start) and start + 1 < stop:  # 组建50人的应急抢险队伍: the body the number sizes
        return _described(text, start + 1, stop)
    if text.startswith("“", start) and (close := text.find("”", start, stop)) > start + 2:
        # 10名“最美医生”: the title the persons are counted by
        name = text[start + 1:close]
        return (name, close + 1) if all(HAN.match(c) for c in name) else ("", start)
    used = start
    for word, flag in _tokens_with_space(text[start:stop]) if stop > start else ():
        if word == "的" and tokens and allow_verb:  # 1处具备综合功能的养老服务中心: the noun the clause describes
            head, head_end = _described(text, used + 1, stop)
            if head:
                return head, head_end
        used += len(word)
        if not word.strip() or word in _STOP_AFTER or flag in ("x", "p", "c", "d", "u", "uj", "ul", "r", "m", "q", "t", "f", "y", "e", "mq"):
            break
        nounish = _is_noun(word, flag) or flag in _NOUNISH
        if not nounish and not (not tokens and allow_verb and flag.startswith("v")):
            break  # 120余家企业参加招聘会: the phrase ends at the verb
        tokens.append((word, flag))
    while tokens and not (_is_noun(*tokens[-1]) or tokens[-1][1] in ("j", "zg")):
        tokens.pop()
    if not tokens:
        return "", start
    phrase = "".join(w for w, _ in tokens)
    return _clean(phrase), start + len(phrase)


def _item_end(text: str, start: int, end: int) -> int:
    """Where the list item or clause from ``start`` ends (at a clause mark or 、, or ``end``)."""
    stop = start
    while stop < end and text[stop] not in _CLAUSE_END + "、":
        stop += 1
    return stop


def _described(text: str, start: int, stop: int) -> tuple[str, int]:
    """The noun phrase after a 的 that a number or clause describes (50人的应急抢险队伍, 为期三个月的集中整治):
    nouns and verbs up to a function word, ending in a noun."""
    tokens: list[tuple[str, str]] = []
    for word, flag in _tokens_with_space(text[start:stop]):
        if not word.strip() or word in _STOP_AFTER or flag in ("x", "p", "c", "d", "u", "uj", "ul", "r", "m", "q", "y", "e"):
            break
        tokens.append((word, flag))
    while tokens and not _is_noun(*tokens[-1]) and tokens[-1][1] not in ("vn", "j"):
        tokens.pop()
    phrase = "".join(w for w, _ in tokens)
    return (_clean(phrase), start + len(phrase)) if len(phrase) >= 2 else ("", start)


def _indicator(number: Number, context: str, time: str, after: str) -> str:
    if any(w in context for w in _TARGET) or after.startswith("以内") or time.startswith("到"):
        return "目标"
    if number.kind in ("percent", "points") and not _LEVEL_AFTER.search(context):  # 降至3.1%: the level it fell to
        if any(w in context for w in _CHANGE_UP):
            return "增长率" if number.kind == "percent" else "增幅"
        if any(w in context for w in _CHANGE_DOWN):
            return "降幅"
    return _INDICATOR.get(number.kind, "数量")


def _good_subject(subject: str) -> bool:
    return len(subject) >= 2 and any("\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalpha() for ch in subject) \
        and subject not in _SCOPE


def _split_list(subject: str, n: int) -> list[str] | None:
    parts = [p for p in re.split(r"[、和与及]|以及", subject) if p]
    return parts if len(parts) == n else None


def _sentence_figures(ctx: Context, s_start: int, s_end: int, numbers: list[Number]) -> list[_Found]:
    text = ctx.text
    found: list[_Found] = []
    prev_end = s_start
    for i, num in enumerate(numbers):
        clause = s_start
        for j in range(num.start - 1, s_start - 1, -1):
            if text[j] in _CLAUSE_END:
                clause = j + 1
                break
        start = max(clause, prev_end)
        segment = text[start:num.start]
        before = _before(text, start, num.start)
        # 社区养老服务站、托育点各10个: the number counts each of the list
        each = []
        if text[num.start - 1:num.start] == "各" and "、" in before.subject:
            first, *rest = before.subject.split("、")
            each = [_object(first), *rest]
        if not all(_good_subject(p) for p in each):
            each = []
        if "分别" not in segment and "、" in segment and len(before.subject) > _LONG and not each:
            # 县委书记杨明忠、…、教体局全体干部职工共240余人: the last of a long list
            before = _before(text, start + segment.rindex("、") + 1, num.start)
        subject, time, end, indicator = before.subject, before.time, num.end, ""
        after, after_end = "", num.end
        if num.kind in ("person", "count") or num.kind == "duration" and text.startswith("的", num.end):
            named = any(subject.endswith(p) for p in ctx.persons)  # 王立群对4名述职书记逐一点评: not a person counted
            after, after_end = _after(text, num.end, s_end, before.verb_before or not _good_subject(subject) or named)
            use_after = bool(after) and (_good_subject(after) or not _good_subject(subject) or named) \
                and text[after_end:after_end + 1] not in ("至", "到")  # 由326项精简至198项: 精简 is no subject
        elif num.kind in ("money", "measure") and (before.only_verb or not _good_subject(subject)):
            # 新增5000亩高标准农田; not 突破3000亿元大关
            after, after_end = _after(text, num.end, s_end, False)
            use_after = bool(after) and _tokens(after)[0][1].startswith("n") and _good_subject(after)
        else:
            use_after = False
        if num.kind in ("person", "count") and not use_after:
            # 将2136户7384人纳入防止返贫监测对象: what they are taken into is what they are counted as
            k = i
            while k + 1 < len(numbers) and numbers[k + 1].start == numbers[k].end:
                k += 1
            into = _INTO.match(text, numbers[k].end)
            if into is not None:
                stop = next((c for c in range(into.end(), s_end) if text[c] in _CLAUSE_END + "、"), s_end)
                after, after_end = _described(text, into.end(), stop)
                use_after = bool(after) and _good_subject(after)
        if use_after:
            subject, end = after, after_end
        threshold = _THRESHOLD.match(text, numbers[i - 1].end) if i and num.kind in ("count", "person") else None
        classed = threshold is not None and threshold.end(1) <= num.start and not use_after
        if classed:
            # 其中收入10万元以上的村由327个增加到451个: what is counted is the class the number before sets
            subject = text[numbers[i - 1].start:threshold.end(1)]
        if num.kind == "duration" and subject in ("会议", "会", "本次会议", "大会"):
            prev_end = end
            continue  # 会议为期2天: how long the meeting itself lasts
        prev = found[-1] if found and not any(c in text[found[-1].end:num.start] for c in "；;。") else None
        run = 1 + sum(1 for k in range(i + 1, len(numbers)) if _same_run(text, numbers[k - 1], numbers[k]))
        group: list[str] | None = None
        index = 0
        if not use_after and prev is not None and before.first == "占":
            subject, indicator = prev.subject, "占比"  # 工业投资45亿元，占全部投资的35%
        elif not use_after and (not _good_subject(subject) or _COMPARED.fullmatch(subject)
                                or _CHANGE_ONLY.fullmatch(subject) or _TO_AFTER_FROM.fullmatch(segment)
                                and prev is not None and text[prev.number.start - 1:prev.number.start] == "由"):
            # 发生森林火灾9起，较去年同期的23起: what is compared is the figure before
            if prev is None:
                prev_end = end
                continue
            if "分别" in segment and run > 1 and len(found) >= run:
                group = [f.subject for f in found[-run:]]  # 事故15起，死亡8人，同比分别下降16.7%和20%
                subject = group[0]
            elif prev.group and prev.index + 1 < len(prev.group):
                group, index = prev.group, prev.index + 1
                subject = group[index]
            else:
                subject = prev.subject
            gap = text[prev.end:num.start]
            if any(w in gap for w in _CHANGE_UP + _CHANGE_DOWN):
                # 由暑假前13011名减至7870名: the second number is of another time than the first
                time = time or _sentence_time(text, s_start, prev.number.start, skip=prev.time)
            else:
                time = time or prev.time
        elif "分别" in segment and run > 1:
            group = _split_list(subject, run)  # 事故起数与死亡人数同比分别下降了59.2%和8.3%
            if group:
                subject = group[0]
        if num.kind == "person" and _ATTEND.match(text, num.end):
            subject = _ATTENDEES  # 县委书记张三、县长李四等160余人参加会议: not the last name listed
        subject = subject if classed else _head(subject)
        if not time:
            time = _sentence_time(text, s_start, num.start)
        indicator = indicator or _indicator(num, text[clause:num.start], time, text[num.end:num.end + 4])
        if each and not use_after:
            found.extend(_Found(num, _head(p), time, indicator, end, None, 0) for p in each)
        else:
            found.append(_Found(num, subject, time, indicator, end, group, index))
        prev_end = end
    return found


_INTO = re.compile(r"纳入|列入|认定为|确定为|评为")
# 10万元以上的村(由…): the number before sets a class of what the next number counts
_THRESHOLD = re.compile(r"(?:及)?(?:以上|以下)的([\u4e00-\u9fff]{1,6}?)(?=由|从|达到|达|有|为|共|已|增加|减少)")
_COMPARED = re.compile(r"[较比与](?:上年|去年|上月)?(?:同期)?(?:相比)?|(?:上年|去年|上月)?同期(?:相比)?")  # 较去年同期的23起 (its time taken off)
# 同比增加11天, (由3.1%)回升到6.8%: a change with nothing before it, of the figure before
# 由146家整合至89家: the verb that takes the figure from one number to the other
_TO_AFTER_FROM = re.compile(r"[\u4e00-\u9fff]{1,4}[至到]")
_CHANGE_ONLY = re.compile("(?:同比|环比)?(?:" + "|".join(_CHANGE_UP + _CHANGE_DOWN + ("回升", "回落", "上涨")) + ")+[到至了]?")


def _object(phrase: str) -> str:
    """新增社区养老服务站 → 社区养老服务站: what a verb at the head of a phrase acts on."""
    tokens = _tokens(phrase)
    return phrase[len(tokens[0][0]):] if len(tokens) > 1 and (tokens[0][1] == "v" or tokens[0][0] in _BUILT) else phrase


_BUILT = ("新建", "新增", "建成", "建设", "改造", "完成", "打造", "培育")  # verbs jieba may tag otherwise (新建/ns)


def _head(subject: str) -> str:
    """The phrase after the last 的 (受理信访事项的办结率 → 办结率, 受表彰的先进个人 → 先进个人): what is counted."""
    k = subject.replace("党的", "党之").rfind("的")
    tail = subject[k + 1:] if k >= 0 else subject
    return tail if len(tail) >= 2 and _good_subject(tail) else subject


def _same_run(text: str, a: Number, b: Number) -> bool:
    """b follows a in a list that shares one subject: 59.2%和8.3%, 10个、20个."""
    return re.fullmatch(r"[和、与及,，]|以及", text[a.end:b.start]) is not None


def _sentence_time(text: str, start: int, end: int, skip: str = "") -> str:
    last = ""
    for m in _TIME.finditer(text, start, end):
        if m.group(0) != skip:
            last = m.group(0)
    return last


def _masked(ctx: Context, start: int, end: int) -> list[Number]:
    """Numbers the source masked, with their unit (生产安全事故???起): they state nothing, but a list of
    figures that runs through them (…???起、死亡31人，同比分别下降12.5%和8.8%) counts them."""
    out = []
    for w in ctx.doc.warnings:
        if w.code in CORRUPTION_CODES and start <= w.start < w.end <= end:
            for m in _MASK.finditer(ctx.text, w.start, w.end):
                unit = _unit_at(ctx.text, m.end())
                kind = _lexicon().units.get(unit, "")
                if unit and kind != "not":
                    out.append(Number(m.start(), m.end() + len(unit), Decimal(0), unit, kind, False, masked=True))
    return out


_MASK = re.compile("[?？\ufffd]{2,}")


def run(ctx: Context) -> None:
    text = ctx.text
    lex = _lexicon()
    named = [(m.start, m.end) for m in ctx.graph.mentions]
    for sentence in ctx.doc.sentences:
        numbers = []
        quoted = _quoted_spans(text, sentence.start, sentence.end)
        for num in find_numbers(text, sentence.start, sentence.end):
            if any(a <= num.start < b for a, b in quoted) or any(a <= num.start < b for a, b in named):
                continue
            if text.startswith(lex.slogans, num.start):
                continue
            if num.chinese and _inside_word(sentence.text, num.start - sentence.start, num):
                continue
            if not ctx.readable(num.start, num.end):
                continue
            numbers.append(num)
        numbers = sorted(numbers + _masked(ctx, sentence.start, sentence.end), key=lambda n: n.start)
        if not any(not n.masked for n in numbers):
            continue
        for f in _sentence_figures(ctx, sentence.start, sentence.end, numbers):
            if f.number.masked:
                continue
            # the words before the number that its subject may come from: not past its clause
            clause = max(text.rfind(c, sentence.start, f.number.start) for c in _CLAUSE_END) + 1
            lo = max(sentence.start, clause, f.number.start - len(f.subject) - 8)
            item = text.rfind("、", lo, f.number.start - len(f.subject))  # …???起、死亡31人: not the item before
            if not ctx.readable(item + 1 if item >= 0 else lo, f.number.end):
                continue
            ctx.graph.state(Figure(f.subject, f.indicator, f.number.plain, f.number.unit, f.time,
                                   ctx.evidence(f.number.start)))
