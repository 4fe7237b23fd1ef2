"""Named competency queries and SPARQL over built graphs.

A query is one of the named queries shipped in ``kg/queries/`` (the contract of
spec/queries.md), a path to a ``.rq`` file, or a SPARQL string. Queries run on
pyoxigraph; rows come back as dicts of strings (unbound → "").
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import InputError, QueryError

__all__ = ["NAMED_QUERIES", "named_query_text", "resolve_query", "run_query", "load_graph", "columns_of",
           "store_from_rdflib"]

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


def run_query(store: ox.Store, sparql: str, label: str = "query") -> tuple[list[str], list[dict[str, str]]]:
    """Run a SELECT query: its column names and its rows."""
    try:
        result = store.query(sparql)
    except SyntaxError as e:
        raise QueryError(f"{label}: SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (ValueError, OSError) as e:
        raise QueryError(f"{label}: the query failed: {str(e).splitlines()[0]}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"{label}: only SELECT queries print rows")
    cols = [v.value for v in result.variables]
    rows = [{c: _text(sol[c]) for c in cols} for sol in result]
    return cols, rows
