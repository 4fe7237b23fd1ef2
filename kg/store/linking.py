"""Recomputing the link decisions of a batch of names (see kg.link for the rules)."""
from __future__ import annotations

import pyoxigraph as ox

from ..link import Member, decide, decision_triples, links_graph, person_code
from ..vocab import KG, PENDING_GRAPH, RDF

__all__ = ["relink_batch"]

KEEP = 3  # evidence spans and articles recorded per side of a decision


def _members(store, names: list[str]) -> dict[str, list[Member]]:  # type: ignore[no-untyped-def]
    """The person IRIs of each name; evidence and articles only where a name has two or more."""
    values = " ".join(str(ox.Literal(n)) for n in names)
    iris: dict[str, set[str]] = {}
    for r in store.ox.query(f"SELECT DISTINCT ?n ?p WHERE {{ VALUES ?n {{ {values} }} ?p <{KG.name}> ?n ; "
                            f"<{RDF.type}> <{KG.Person}> }}"):
        iris.setdefault(r["n"].value, set()).add(r["p"].value)
    out: dict[str, list[Member]] = {}
    for n, ps in iris.items():
        if len(ps) < 2:
            continue
        out[n] = [Member(p, person_code(p), _sample(store, p, KG.evidence), _sample(store, p, KG.mentionedIn))
                  for p in sorted(ps)]
    return out


def _sample(store, iri: str, prop) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    rows = store.ox.query(f"SELECT ?x WHERE {{ <{iri}> <{prop}> ?x }} ORDER BY ?x LIMIT {KEEP}")
    return tuple(r["x"].value for r in rows)


def relink_batch(store, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Replace the link graphs of ``names`` and clear them from the queue: one transaction."""
    from .store import drop_graph_update

    members = _members(store, names)
    ops = []
    inserts = []
    for name in names:
        g = links_graph(name)
        if store.has_graph(g):
            ops.append(drop_graph_update(g))
        triples = decision_triples(name, decide(name, members.get(name, [])))
        if triples:
            body = " ".join(f"{s} {p} {o} ." for s, p, o in triples)
            inserts.append(f"{body}\n GRAPH <{g}> {{ {body} }}")
    if inserts:
        ops.append("INSERT DATA { " + "\n".join(inserts) + " }")
    ops.append(f"DELETE DATA {{ GRAPH <{PENDING_GRAPH}> {{ "
               + " ".join(f"<{PENDING_GRAPH}> <{KG.pendingName}> {ox.Literal(n)} ." for n in names) + " } }")
    store.ox.update(" ;\n".join(ops))
