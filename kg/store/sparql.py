"""Filters and row limits written into a query's SPARQL, so the engine does the work.

``kg query officials --where person=李国勇`` must be fast on a store of 100k
articles, so a filter is not applied to rows in Python afterwards: it becomes
part of the query. A column bound by a triple pattern gets a ``VALUES`` block at
the head of the WHERE group (the engine starts from the index of that value); a
column computed by ``BIND(... AS ?col)`` gets a ``FILTER`` at its end (a
``VALUES`` there would clash with the BIND). Several values for one column mean
any of them; several columns mean all of them. The limit becomes ``LIMIT n+1``,
so a caller can tell that rows were cut.

A FILTER on a computed column is applied to every row of the query, so the engine reads the whole
store. A query can say where to start instead, in a comment line
``#@start COLUMN: PATTERN`` (PATTERN binds ``?COLUMN`` to the value a row shows when it is not
empty, and matches at most once for a row): a filter on COLUMN to one non-empty value then also
puts ``PATTERN``, its column renamed and bound by ``VALUES``, at the head of the WHERE group, and
keeps the FILTER; the rows are the same.

The engine starts from the first ``VALUES`` block, so the filtered columns go in order of how few
rows a value names: the article (``source``) first, then persons and organisations, then meetings,
and so on. A query whose patterns reach one column more directly can say so in a comment line
``#@first COLUMN ...`` (meetings: ``#@first meeting``, since a meeting's name leads to it in one
step and its article only through its evidence).
"""
from __future__ import annotations

import re

from ..errors import UsageError

__all__ = ["parse_where", "constrain", "projection"]

_SELECT = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE\b|\{)", re.I | re.S)
_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*(?:OFFSET\s+\d+\s*)?$", re.I)
_START = re.compile(r"^\s*#@start\s+(\w+)\s*:\s*(.+?)\s*$", re.M)
_FIRST = re.compile(r"^\s*#@first\s+([\w ]+?)\s*$", re.M)


def _strip_comments(sparql: str) -> str:
    return "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))


def projection(sparql: str) -> list[str]:
    """The column names a SELECT query projects (``?x`` and ``(... AS ?x)``)."""
    m = _SELECT.search(_strip_comments(sparql))
    if not m:
        return []
    head = m.group(1)
    return re.findall(r"AS\s+\?(\w+)\s*\)", head, re.I) + re.findall(r"(?<![\w)])\?(\w+)", re.sub(r"\(.*?\)", "", head))


def parse_where(items: list[str]) -> dict[str, list[str]]:
    """``["person=李国勇", ...]`` → {column: [values]}."""
    out: dict[str, list[str]] = {}
    for item in items:
        col, sep, value = item.partition("=")
        col = col.strip().lstrip("?")
        if not sep or not re.fullmatch(r"\w+", col):
            raise UsageError(f"--where {item!r}: give COLUMN=VALUE, for example --where person=李国勇")
        out.setdefault(col, []).append(value)
    return out


def _literal(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def constrain(sparql: str, where: dict[str, list[str]] | None = None, limit: int | None = None,
              label: str = "query") -> str:
    """``sparql`` with the filters of ``where`` and ``LIMIT limit+1`` written in (limit 0/None: none)."""
    starts = dict(_START.findall(sparql))
    first = [c for line in _FIRST.findall(sparql) for c in line.split()]
    text = _strip_comments(sparql)
    if where:
        cols = projection(text)
        for col in where:
            if col not in cols:
                raise UsageError(f"--where {col}=…: {label} has no column {col!r}; its columns are "
                                 f"{', '.join(cols)}")
        start = re.search(r"\bWHERE\s*\{", text, re.I)
        if start is None:
            raise UsageError(f"{label}: cannot add --where to a query without a WHERE {{ … }} group")
        close = _matching_brace(text, start.end() - 1)
        head, filters = [], []
        order = lambda kv: (first.index(kv[0]) if kv[0] in first else len(first), _selectivity(kv[0]))  # noqa: E731
        for col, values in sorted(where.items(), key=order):
            if re.search(rf"\bAS\s+\?{col}\s*\)", text[start.end():close], re.I):
                filters.append("FILTER(" + " || ".join(f"STR(?{col}) = {_literal(v)}" for v in values) + ")")
                if col in starts and len(values) == 1 and values[0]:
                    head.append(f"VALUES ?{col}_start {{ {' '.join(_literal(v) for v in values)} }}")
                    head.append("{ " + re.sub(rf"\?{col}\b", f"?{col}_start", starts[col]) + " }")
            else:
                head.append(f"VALUES ?{col} {{ {' '.join(_literal(v) for v in values)} }}")
        text = (text[:start.end()] + "\n  " + "\n  ".join(head) + text[start.end():close]
                + "\n  " + "\n  ".join(filters) + "\n" + text[close:])
    if limit and not _LIMIT.search(text.rstrip()):
        text = _limited(text, limit + 1)
    return text


# The engine starts from the first VALUES block: the column that names the fewest rows goes first
# (policies --where source=… --where meeting=…: 1 ms starting from the article, 0.7 s from the
# meeting's name at 100k articles). Columns not listed come last, in the order given.
_SELECTIVE = ("source", "evidence", "person", "participant", "unit", "organisation", "measure", "policy",
              "meeting", "subject", "place")


def _selectivity(col: str) -> int:
    return _SELECTIVE.index(col) if col in _SELECTIVE else len(_SELECTIVE)


def _limited(text: str, n: int) -> str:
    """``LIMIT n``; with ORDER BY, the limit goes into a subquery and the order outside it, so the engine
    stops after n rows instead of sorting every row of a big store (a cut answer is then the first n
    rows found, in order; an answer that is not cut is the same)."""
    start = re.search(r"\bWHERE\s*\{", text, re.I)
    select = _SELECT.search(text)
    if start is None or select is None:
        return text.rstrip() + f"\nLIMIT {n}\n"
    close = _matching_brace(text, start.end() - 1)
    modifiers = text[close + 1:]
    if not re.search(r"\bORDER\s+BY\b", modifiers, re.I) or re.search(r"\bGROUP\s+BY\b", modifiers, re.I):
        return text.rstrip() + f"\nLIMIT {n}\n"
    head = text[select.start():start.start()]
    cols = " ".join(f"?{c}" for c in projection(text))
    return (text[:select.start()] + head + "WHERE {\n  { SELECT " + cols + " " + text[start.start():close + 1]
            + f" LIMIT {n} }}\n}}" + modifiers.rstrip() + "\n")


def _matching_brace(text: str, open_at: int) -> int:
    depth = 0
    in_string = ""
    for i in range(open_at, len(text)):
        ch = text[i]
        if in_string:
            if ch == "\\":
                continue
            if ch == in_string and text[i - 1] != "\\":
                in_string = ""
            continue
        if ch in "\"'":
            in_string = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
    raise UsageError("the query's WHERE group has no closing brace")
