"""Dates in the text: 11月19日, 2021年11月19日, 17日下午, 今天下午(12月26日), 昨天, 昨（9）日, 当天 (the day last named)."""
from __future__ import annotations

import datetime as dt
import re

from .context import Context

__all__ = ["DATE", "date_near"]

DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:至(?:\d{1,2}月)?\d{1,2}日)?|(今天|今日|昨天|昨日|前天)"
                  r"|[今昨前][（(](\d{1,2})[）)]日")  # 昨（9）日: the newspaper's own day in brackets
_SAME_DAY = re.compile(r"当天|当日|同日|同一天|随后")  # 随后召开的汇报会: after the visit, that day
_RELATIVE = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}


def _resolve(ctx: Context, m: re.Match[str]) -> str:
    if m.group(5):  # 昨（9）日 in a paper of the 10th; 昨（30）日 in one of the 1st is of the month before
        day, month = int(m.group(5)), ctx.month
        if month is not None and ctx.day is not None and day > ctx.day:
            month = month - 1 or 12
        return ctx.iso_date(month, day) if month is not None and 1 <= day <= 31 else ""
    if m.group(4):
        if ctx.year and ctx.month and ctx.day:
            d = dt.date(ctx.year, ctx.month, ctx.day) + dt.timedelta(days=_RELATIVE[m.group(4)])
            return d.isoformat()
        return ""
    year = int(m.group(1)) if m.group(1) else None
    month = int(m.group(2)) if m.group(2) else ctx.month
    day = int(m.group(3))
    if month is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return ctx.iso_date(month, day, year)


def date_near(ctx: Context, sent_start: int, sent_end: int, pos: int) -> str:
    """The date of an event at ``pos``: the last date before it in its sentence, else the first after it.

    A relative date (今天) followed by an explicit one in brackets takes the explicit one.
    """
    text = ctx.text[sent_start:sent_end]
    before, after = "", ""
    for m in DATE.finditer(text):
        value = _resolve(ctx, m)
        if not value or not ctx.readable(sent_start + m.start(), sent_start + m.end()):
            continue
        if sent_start + m.start() < pos:
            before = value
        elif not after:
            after = value
    if not before and not after and _SAME_DAY.search(text):  # 当天上午, …主持召开座谈会: the day last named
        earlier = [m for m in DATE.finditer(ctx.text, 0, sent_start) if ctx.readable(m.start(), m.end())]
        if earlier:
            return _resolve(ctx, earlier[-1])
    return before or after
