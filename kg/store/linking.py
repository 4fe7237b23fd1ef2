"""Recomputing the link decisions of a batch of names (see kg.link for the rules)."""
from __future__ import annotations

import pyoxigraph as ox

from ..link import Member, decide, decision_triples, links_graph, person_code
from ..vocab import KG, PENDING_GRAPH, RDF

__all__ = ["relink_batch"]

KEEP = 3  # evidence spans and articles recorded per side of a decision


def _members(store, names: list[str]) -> dict[str, list[Member]]:  # type: ignore[no-untyped-def]
    values = " ".join(str(ox.Literal(n)) for n in names)
    rows = store.ox.query(
        f"SELECT ?n ?p ?g ?ev WHERE {{ VALUES ?n {{ {values} }} GRAPH ?g {{ ?p <{RDF.type}> <{KG.Person}> ; "
        f"<{KG.name}> ?n . OPTIONAL {{ ?p <{KG.evidence}> ?ev }} }} }}")
    found: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
    for r in rows:
        ev, arts = found.setdefault(r["n"].value, {}).setdefault(r["p"].value, (set(), set()))
        arts.add(r["g"].value)
        if r["ev"] is not None:
            ev.add(r["ev"].value)
    return {n: [Member(iri, person_code(iri), tuple(sorted(ev)[:KEEP]), tuple(sorted(arts)[:KEEP]))
                for iri, (ev, arts) in by_iri.items()] for n, by_iri in found.items()}


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
