"""The lines of a scraped article: what is text, what is metadata, what is furniture.

A page copied from a site brings lines that are not the report: the site's
slogan, a QR-code counter (二维码 276), image captions repeated in the body
(会议现场; 市政府副市长某某出席会议并讲话 (2)), contact blocks (老师在线,
工作时间, 咨询热线), share and print links. Other lines are metadata: a
publication line (发布时间：2021-01-06), a dateline (张家界新闻网5月25日讯), a
byline ((全媒体记者 杨婷), (记者杨文), (编辑:王可)). :func:`layout` looks at the
normalised lines of one article and says, for each, which part of it is text;
it fills a :class:`~kg.document.Meta` with what it found. Headlines stay in
the text (they name meetings) and give the title when the metadata has none.

The rules describe the genre, not an article: each pattern is a kind of line
that government sites and their mirrors print around a report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Meta

__all__ = ["LineKeep", "layout", "merge_published", "continues"]

# whole lines that are site furniture
FURNITURE = re.compile(
    r"^(?:"
    r"二维码\s*\d*|扫一扫.{0,20}|扫码.{0,20}|分享到.{0,30}|[(（]?打印(?:本页|此页|文章)?[)）]?|"
    r"[(（]?关闭(?:窗口|本页)?[)）]?|【?\s*(?:字体|字号)\s*[:：]?[\s大中小默认【】]*】?|收藏|返回顶部|返回首页|首页|"
    r"(?:上一篇|下一篇|相关(?:新闻|阅读|链接|文章|推荐))\s*[:：]?.{0,60}|"
    r"(?:当前位置|您的位置|你的位置|您现在的位置)\s*[:：].{0,80}|"
    r"(?:网站)?首页\s*[>›»＞>]+.{0,80}|"
    r"(?:信息|文章|稿件)?来源\s*[:：].{0,40}|"
    r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]?\s*\d*\s*次?|"
    r"已有\s*[\d,]+\s*人(?:扫码|阅读|浏览|关注|点赞|分享).{0,10}|"
    r"(?:版权所有|copyright|©|(?:主办|承办|协办)(?:单位)?\s*[:：]|主办单位|承办单位|网站标识码|ICP备|.{0,20}备案号).{0,80}|"
    r".{0,120}?ICP备.{0,80}|"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)+\s*[/›>].{0,80}|"  # m.example.cn › tianjin › 2024-06-02 › 88213.html
    r".{0,80}?(?:如有侵权|侵权请联系|请联系删除|本站内容均来自|本页面自动抓取|自动抓取自|仅供学习交流|镜像站).{0,80}|"
    r"(?:[\u4e00-\u9fff]{1,6})?在线|工作时间\s*[:：]?.{0,40}|联系(?:方式|我们|电话|地址)\s*[:：]?.{0,60}|"
    r"(?:咨询|服务|投诉|举报|监督|值班|招生|报名)?(?:热线|电话|传真|手机|邮箱|邮编|地址|QQ|微信号?)\s*[:：].{0,60}|"
    r"周[一二三四五六日天]\s*(?:至|到|-|—|~)\s*周[一二三四五六日天]\s*[:：]?\s*[\d:：\-—~\s]*|"
    r"(?:[\u4e00-\u9fff]{0,8})?现场|图为.{0,60}|图片(?:来源|由).{0,40}|(?:摄影|摄|图)\s*[:：/].{0,20}"
    r")$", re.IGNORECASE)
# an image caption numbered by the site: 市政府副市长某某出席会议并讲话 (2)
LIST_BULLETS = "·•●▪◆◇►▶"
# a photo's caption between paragraphs: one short line, no punctuation, naming who does what
ACT_CAPTION = re.compile(r"^[\u4e00-\u9fff]{4,24}?(?:讲话|发言|汇报情况|汇报工作|汇报|作报告|主持会议|致辞|部署工作)$")
CAPTION = re.compile(r"^[^。！？]{2,60}?\s*[(（]\d{1,2}[)）]$")
# the slogan of a portal, printed above every page
SLOGAN = re.compile(r"主动选择|首选|值得信赖|欢迎(?:您|访问|光临)|(?:门户|官方)网站|服务平台|一站式|择校|权威发布|用心服务")
# 发布时间：2021-01-06 10:20  来源：…  (the date of the page)
PUBLISHED = re.compile(r"(?:(?:发布|发表|更新|公开|成文|印发)(?:日期|时间)?|日期|时间)\s*[:：]?\s*"
                       r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
DATE_LINE = re.compile(r"^(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
# 张家界新闻网5月25日讯, 新华社北京3月5日电, 本报讯, 央视网消息（新闻联播）：
DATELINE = re.compile(
    r"^(?:(?P<src>[\u4e00-\u9fffA-Za-z]{1,16}?)(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)"
    r"|(?P<src2>本报|本网|本台|本刊)讯"
    r"|(?P<src3>[\u4e00-\u9fffA-Za-z]{2,12})消息(?:[（(][^）)]{1,16}[）)])?\s*[:：])\s*")
_BYLINE_WHO = r"(?:(?:全媒体|融媒体?|本报|本台|本网|见习|特约|首席)?记者|通讯员|作者|撰稿|供稿|文字?|摄影?|图)"
# (全媒体记者 杨婷) at the start of a line or after the dateline
BYLINE_LEAD = re.compile(r"[（(]\s*(?P<who>" + _BYLINE_WHO + r"[\s:：/]*[^（）()]{1,40}?)\s*[）)]\s*")
# (记者杨文) (编辑:王可) (张玲) at the end of the last sentence of a paragraph
BYLINE_TRAIL = re.compile(r"(?<=[。！？”\s])\s*[（(]\s*(?P<who>(?:" + _BYLINE_WHO + r"|(?P<ed>(?:责任)?编辑|审核|校对))?"
                          r"[\s:：/]*[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]\s*$")
BYLINE_LINE = re.compile(r"^[（(]?\s*(?P<who>" + _BYLINE_WHO + r"\s*[:：/]\s*[\u4e00-\u9fff·\s、,，]{2,30}?)\s*[）)]?$")
EDITOR_LINE = re.compile(r"^[（(]?\s*(?:责任编辑|编辑|审核|校对|终审|初审|复审|值班编辑)\s*[:：]\s*(?P<who>[^（）()]{1,30}?)"
                         r"\s*[）)]?$")
_MONTH_DAY = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")


@dataclass
class LineKeep:
    """The part line[start:end] of a line that is text; start == end drops the line."""

    start: int
    end: int
    why: str = ""  # for a dropped line: furniture, caption, slogan, published, byline, editor


@dataclass
class _Found:
    dateline: str = ""
    byline: list[str] = field(default_factory=list)
    editor: str = ""
    dates: list[tuple[int | None, int, int]] = field(default_factory=list)  # (year, month, day), most precise first
    title: str = ""


_CLOSING = set("。！？；：…”’）)】」』!?;:")
_NEW_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|(?:\d{4}年)?\d{1,2}月\d{1,2}日)")


def continues(line: str, following: str, in_body: bool = False) -> bool:
    """True when a line break falls inside a sentence (…出席会议并 / 讲话。): the scraper wrapped
    a body line. A body line is one that already holds a comma or full stop; headlines, list
    items and lines that end a sentence or clause are never joined. ``in_body``: a full sentence
    came before, so a long line with no comma yet is wrapped too when the next one ends its
    sentence soon and opens none (…集中参保 / 工作情况的汇报。), but not a heading before 会议强调…"""
    body_line = bool(re.search("[，。]", line)) or (
        in_body and len(line) >= 24 and "。" in following[:40] and not following.startswith(_OPENERS))
    # …增长8 / .1%，and …增长6.5 / %，: a number wrapped before its decimals or its per cent
    split_number = line[-1:].isdigit() and re.match(r"[.．][0-9]|[%％‰]", following) is not None
    if _wrapped_in_a_name(line, following, in_body):
        return True
    return (len(line) >= 20 and line[-1] not in _CLOSING and body_line
            and (bool(re.match(r"[\u4e00-\u9fff0-9“、，,]", following)) or split_number) and not _NEW_ITEM.match(following))


def _wrapped_in_a_name(line: str, following: str, in_body: bool) -> bool:
    """A line too short for the rule of long lines, broken inside a name: one to three characters that
    open a paragraph (邝玉 / 明要求，…); a list of leaders (市领导王 / 晓燕、牛振国参加会议。); a name after a post
    (会上，镇纪委书记沙红 / 霞通报了…); the opening of a sentence (会议听取了省卫生健 / 康委关于…); any name of a short
    body line (会议决定，对爱新舍 / 里镇…予以表彰。); a list of units that report (A中学、B幼 / 儿园作交流发言)."""
    han_next = re.match(r"[\u4e00-\u9fff]", following) is not None
    if in_body and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", line):
        return _NAME_THEN_VERB.match(following) is not None
    if _LEADERS_CUT.search(line) and _NAMES_GO_ON.match(following):
        return True
    if in_body and han_next and len(line) >= 4 and line.startswith(_OPENERS) and not re.search("[，。；：]", line) \
            and not _NEW_ITEM.match(following):
        return True  # 会议听取了省卫生健 / 康委关于…的汇报: a sentence's opening wrapped inside a name
    if in_body and "、" in line and "，" not in line and _HAN_END.search(line) and _TAIL_THEN_REPORT.match(following):
        return True  # 德化第一中学、龙浔中心幼 / 儿园作交流发言: a list of units wrapped inside its last name
    if "，" not in line or not han_next:
        return False
    if _POST_CUT.search(line):
        return True
    return in_body and len(line) >= 4 and _HAN_END.search(line) is not None and not following.startswith(_OPENERS) \
        and not _NEW_ITEM.match(following) and ("。" in following[:60] or re.search("[，、]", following) is not None)


_NAME_THEN_VERB = re.compile(r"[\u4e00-\u9fff]{1,2}(?:要求|强调|指出|表示|主持|讲话|出席|参加|通报|汇报|介绍)")
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
_TAIL_THEN_REPORT = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:作(?:了)?(?:交流|表态|典型|重点|推进|专题)?发言|分别|先后|依次|汇报|介绍)")
_LEADERS_CUT = re.compile(r"领导[\u4e00-\u9fff]{0,2}$")
_POST_CUT = re.compile(r"(?:书记|主任|[部厅局处科市县区镇乡校院队组所]长|主席|常委|委员|负责人)[\u4e00-\u9fff]{1,2}$")
_NAMES_GO_ON = re.compile(r"[\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff·]{2,4})*(?:等)?(?:同志)?(?:参加|出席|列席)")


# words that open a sentence of a report: a line starting with one is no continuation of a long line
_OPENERS = ("会议", "会上", "会前", "会后", "他", "她", "要", "据", "今年", "近日", "目前", "同时", "此外", "另外", "截至")


def _furniture(line: str) -> bool:
    """A furniture line, or a line of furniture items (打印本页 关闭窗口) and numbers."""
    if FURNITURE.match(line):
        return True
    parts = [p for p in re.split(r"\s*[|｜]\s*|\s+", line) if p]
    return len(parts) > 1 and all(FURNITURE.match(p) or not _has_han(p) for p in parts) \
        and any(FURNITURE.match(p) for p in parts)


def _is_body(line: str) -> bool:
    return "。" in line or bool(_MONTH_DAY.match(line)) or bool(DATELINE.match(line)) or len(line) > 80


def _has_han(line: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


def layout(lines: list[str], meta: Meta) -> list[LineKeep]:
    """For each line (already normalised, stripped), the part that is text; fills ``meta``."""
    found = _Found()
    keeps = [LineKeep(0, len(line)) for line in lines]
    first_body = next((i for i, line in enumerate(lines) if _is_body(line)), len(lines))
    last_body = max((i for i, line in enumerate(lines) if "。" in line), default=len(lines))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        keep = keeps[i]
        if not line:
            keep.end, keep.why = 0, "empty"
            continue
        short = len(line) <= 60 and "。" not in line
        why = ""
        if not _has_han(line) and not re.search(r"[A-Za-z]{3}", line) \
                and not ("。" in line and i and continues(lines[i - 1], line)):  # …提高到 / 89.6%。: a wrapped sentence's end
            why = "furniture"  # counters, rules, lone numbers
        elif (short or i > last_body) and _furniture(line):  # a long footer after the text (主办：… 承办：… ICP备…)
            why = "furniture"
        elif i > last_body and short and line[:1] in LIST_BULLETS:
            why = "furniture"  # · 某县扎实推进…: a list of links to other stories after the text
        elif short and CAPTION.match(line):
            why = "caption"
        elif short and (i + 1 < len(lines) and lines[i + 1] == line or i and lines[i - 1] == line):
            why = "caption"  # an image's caption printed twice
        elif short and line in seen:
            why = "caption"
        elif first_body < i < last_body and ACT_CAPTION.match(line):
            why = "caption"  # 市生态环境局汇报情况 between two paragraphs: what a photo shows
        elif short and (i < first_body or i > last_body) and SLOGAN.search(line):
            why = "slogan"
        if not why and short:
            m = PUBLISHED.search(line)
            if m and (len(line) <= 60) and not _MONTH_DAY.match(line):
                found.dates.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
                why = "published"
            elif (m := DATE_LINE.match(line)):
                found.dates.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
                why = "published"
            elif (m := EDITOR_LINE.match(line)):
                found.editor = found.editor or m.group("who").strip()
                why = "editor"
            elif (m := BYLINE_LINE.match(line)):
                found.byline.append(m.group("who").strip())
                why = "byline"
        if why:
            keep.end, keep.why = 0, why
            continue
        seen.add(line)
        _dateline(line, keep, found)
        _trailer(line, keep, found)
        if i < first_body and not found.title and _has_han(line) and keep.end - keep.start >= 4 and short:
            found.title = line[keep.start:keep.end]
    _fill(meta, found)
    return keeps


def _dateline(line: str, keep: LineKeep, found: _Found) -> None:
    """A dateline and a byline at the start of a line: metadata, the rest is text."""
    pos = keep.start
    m = DATELINE.match(line, pos)
    if m and m.end() < len(line):
        found.dateline = found.dateline or line[m.start():m.end()].strip()
        if m.group("m"):
            y = int(m.group("y")) if m.group("y") else None
            found.dates.append((y, int(m.group("m")), int(m.group("d"))))
        pos = m.end()
    b = BYLINE_LEAD.match(line, pos)
    if b and b.end() < len(line):
        found.byline.append(re.sub(r"\s+", " ", b.group("who")).strip())
        pos = b.end()
    keep.start = pos


def _trailer(line: str, keep: LineKeep, found: _Found) -> None:
    """A byline or editor in brackets after the last sentence of a paragraph."""
    m = BYLINE_TRAIL.search(line, keep.start)
    if not m or m.start() <= keep.start:
        return
    who = re.sub(r"\s+", " ", m.group("who")).strip()
    if m.group("ed"):
        found.editor = found.editor or re.sub(r"^(?:责任)?编辑[\s:：/]*", "", who)
    else:
        found.byline.append(who)
    keep.end = m.start()


def merge_published(current: str, year: int | None, month: int, day: int) -> str:
    """``current`` (ISO, possibly partial) made more precise by a date found in the
    text, when the two agree; otherwise ``current``."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return current
    parts = [int(p) for p in re.findall(r"\d+", current)][:3]
    if year is None:
        if len(parts) >= 2 and parts[1] == month:
            year = parts[0]
        elif len(parts) == 1:
            year = parts[0]
        else:
            return current
    found = [year, month, day]
    if parts and parts != found[:len(parts)]:
        return current
    return f"{year:04d}-{month:02d}-{day:02d}" if len(parts) < 3 else current


def _fill(meta: Meta, found: _Found) -> None:
    if found.title and not meta.title:
        meta.title = found.title
    if found.dateline and not meta.dateline:
        meta.dateline = found.dateline
    if found.byline and not meta.byline:
        meta.byline = "；".join(dict.fromkeys(found.byline))
    if found.editor and not meta.editor:
        meta.editor = found.editor
    # a page's publication line is more reliable than a dateline; both only refine
    for year, month, day in sorted(found.dates, key=lambda d: d[0] is None):
        meta.published = merge_published(meta.published, year, month, day)
