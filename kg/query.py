"""Named competency queries and SPARQL over built graphs.

A query is one of the named queries shipped in ``kg/queries/`` (the contract of
spec/queries.md), a path to a ``.rq`` file, or a SPARQL string. Queries run on
pyoxigraph; rows come back as dicts of strings (unbound → "").
"""
from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import InputError, QueryError

__all__ = ["NAMED_QUERIES", "named_query_text", "resolve_query", "run_query", "load_graph", "columns_of",
           "store_from_rdflib", "check_syntax", "syntax_message"]

NAMED_QUERIES = ("meetings", "participants", "officials", "reports", "policies", "measures", "figures",
                 "places", "organisations")


def named_query_text(name: str) -> str:
    return resources.files("kg.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")


def resolve_query(query: str) -> tuple[str, str]:
    """(label, SPARQL text) for a named query, a .rq path or a SPARQL string."""
    if query in NAMED_QUERIES:
        return query, named_query_text(query)
    if query.endswith(".rq") or ("\n" not in query and Path(query).is_file()):
        path = Path(query)
        try:
            return path.name, path.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"{query}: cannot read the query file ({e.strerror}); "
                             f"name one of {', '.join(NAMED_QUERIES)} or give a .rq file") from None
    if any(w in query.upper() for w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return "sparql", query
    raise QueryError(f"unknown query {query!r}: name one of {', '.join(NAMED_QUERIES)}, "
                     "a .rq file, or a SPARQL string")


def load_graph(path: str | Path) -> ox.Store:
    """An in-memory store holding the RDF file at ``path`` (format from its extension)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with `kg build ARTICLE --out DIR` "
                         "and pass DIR/graph.ttl")
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl") or ox.RdfFormat.TURTLE
    except ValueError:
        fmt = ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: not a readable RDF graph ({str(e).splitlines()[0]}); "
                         "rebuild it with `kg build`") from None
    return store


def store_from_rdflib(graph: Graph) -> ox.Store:
    """An in-memory store holding the triples of an rdflib ``graph`` in its default graph.

    The graph goes over as N-Triples in one bulk load, so queries run on
    pyoxigraph like those on a file (:func:`load_graph`).
    """
    store = ox.Store()
    store.bulk_load(input=graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _text(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value if value is not None else term)


def columns_of(sparql: str, store: ox.Store | None = None) -> list[str]:
    result = (store or ox.Store()).query(sparql)
    return [v.value for v in getattr(result, "variables", [])]


_POSITION = re.compile(r"^error at (\d+):(\d+): (?:expected )?(?:one of )?(.*)$", re.S)


def syntax_message(error: SyntaxError, sparql: str) -> str:
    """pyoxigraph's syntax error as one line: "line L, column C (near '…'): what was expected"."""
    text = " ".join(str(error).split())
    m = _POSITION.match(text)
    if m is None:
        return text
    line, col, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    if re.search(r"(?:^|, )\[_\]", expected):
        line, col = _offending(sparql, line, col)
    expected = re.sub(r"\[[^\]]*\]", "", expected)  # character classes: noise to a reader
    items = [p.strip() for p in expected.split(",") if p.strip()]
    reasons = [p for p in items if " " in p and not p.startswith('"')]  # "Prefix not found": a reason, not a token
    what = reasons[0][0].lower() + reasons[0][1:] if reasons else \
        "expected " + (", ".join(items) if items else "more of the query")
    lines = sparql.splitlines() or [""]
    near = lines[line - 1][max(0, col - 11):col + 9].strip() if line <= len(lines) else ""
    where = f"line {line}, column {col}" + (f" (near {near!r})" if near else "")
    return f"{where}: {what}"


def _offending(sparql: str, line: int, col: int) -> tuple[int, int]:
    """Where the offending character is, when the parser reports the position after it (its expected
    tokens include ``[_]``, any character, which consumed it and the spaces after it)."""
    lines = sparql.split("\n")
    if line > len(lines):
        return line, col
    pos = sum(len(x) + 1 for x in lines[:line - 1]) + col - 1
    while pos > 0 and sparql[pos - 1].isspace():
        pos -= 1
    if pos == 0 or sparql[pos - 1].isalnum() or sparql[pos - 1] == "_":
        return line, col  # a word ran to its end: the position after it is where the parser stopped
    pos -= 1
    before = sparql[:pos]
    return before.count("\n") + 1, pos - (before.rfind("\n") + 1) + 1


def check_syntax(sparql: str, label: str = "query") -> None:
    """Raise QueryError, with the line and column of ``sparql``, when it does not parse.

    An empty store parses the query; a SELECT or CONSTRUCT is not evaluated until read.
    """
    try:
        ox.Store().query(sparql)
    except SyntaxError as e:
        raise QueryError(f"{label}: SPARQL syntax error at {syntax_message(e, sparql)}; fix the query") from None
    except (ValueError, OSError):
        pass  # parsed; running it is run_query's business


def run_query(store: ox.Store, sparql: str, label: str = "query", timeout: float | None = None,
              limit: int | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Run a SELECT query: its column names and its rows.

    ``timeout`` (seconds): the query runs in a worker thread, abandoned when it takes longer
    (a QueryError says so). ``limit``: read at most that many rows (None or 0: all).
    """
    box: dict[str, object] = {}

    def work() -> None:
        try:
            result = store.query(sparql)
            if isinstance(result, ox.QuerySolutions):
                cols = [v.value for v in result.variables]
                rows = []
                for sol in result:
                    rows.append({c: _text(sol[c]) for c in cols})
                    if limit and len(rows) >= limit:
                        break
                box["value"] = (cols, rows)
            else:
                box["value"] = None
        except BaseException as e:  # handed to the caller's thread
            box["error"] = e

    if timeout:
        worker = threading.Thread(target=work, name=f"kg-query-{label}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():  # pyoxigraph cannot be interrupted: the daemon thread is left to finish alone
            raise QueryError(f"{label}: stopped after {timeout:g} s; narrow the query, or raise the limit "
                             "with --timeout SECONDS (0: none)")
    else:
        work()
    error = box.get("error")
    if isinstance(error, SyntaxError):
        raise QueryError(f"{label}: SPARQL syntax error at {syntax_message(error, sparql)}; fix the query") from None
    if isinstance(error, (ValueError, OSError)):
        raise QueryError(f"{label}: the query failed: {str(error).splitlines()[0]}") from None
    if error is not None:
        raise error  # type: ignore[misc]
    if box["value"] is None:
        raise QueryError(f"{label}: only SELECT queries print rows")
    return box["value"]  # type: ignore[return-value]
