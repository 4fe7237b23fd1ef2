"""Linking across articles: which person IRIs of a store are one official.

Each article names its people ``id:person/{place code}/{name}``, the place being
the locality of their posts (or of the article), ``cn`` where there is none. The
same official in two articles of one place therefore already has one IRI. What
is left to decide is the same name under different place codes:

- codes that nest (衡水市 131100 and its county 深州市 131182), or a person with no
  place (``cn``) beside exactly one placed chain of that name: one official. The
  IRIs are linked with ``owl:sameAs`` to a canonical IRI, the one placed at the
  most general place of the chain (a city official mentioned in a county report
  is still the city's);
- codes that do not nest (two prefectures, two provinces): two people, kept apart;
- a code (or ``cn``) that nests with two chains that conflict with each other
  (衡水市 above both 深州市 and 枣强县): it could be either, so it is kept apart
  from both rather than guessed.

Every decision is stored as a ``kg:LinkDecision`` node (the entities, the
outcome ``kg:Merged`` or ``kg:KeptApart``, a one-line ``kg:reason``, and the
evidence spans of both sides), in one named graph per name
(:func:`links_graph`), so a user can ask why two mentions were merged. The
decisions are a function of the set of articles in the store, not of the order
they came in. Organisations (``id:org/{canonical name}``, the name carries its
place) and places (``id:place/{code}``) are keyed so that the same one in two
articles is one IRI already; their surface forms are kept as ``skos:altLabel``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, gazetteer
from .ids import segment
from .vocab import ID, KG, LINK_DECISION, LINKS_GRAPH, OWL, PROV, RDF

__all__ = ["Member", "Decision", "decide", "links_graph", "decision_triples", "person_code"]

UNPLACED = "cn"


@dataclass(frozen=True)
class Member:
    """One person IRI of a name in the store."""

    iri: str
    code: str  # place code from the IRI, or "cn"
    evidence: tuple[str, ...] = ()  # IRIs of evidence spans (a few)
    articles: tuple[str, ...] = ()  # IRIs of the articles that mention it


@dataclass
class Decision:
    outcome: str  # "merged" or "kept-apart"
    entities: tuple[str, ...]  # merged: (member, canonical); kept apart: (one, other, ...)
    canonical: str
    reason: str
    evidence: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    same_as: list[tuple[str, str]] = field(default_factory=list)


def person_code(iri: str) -> str:
    """The place code of ``id:person/{code}/{name}``."""
    rest = iri[len(str(ID)):]
    parts = rest.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == "person" else UNPLACED


def links_graph(name: str) -> str:
    """The IRI of the named graph holding the link decisions about people called ``name``."""
    return str(ID[LINKS_GRAPH + segment(name)])


def _place(gaz: Gazetteer, code: str) -> str:
    if code == UNPLACED:
        return "no place"
    d = gaz.by_code.get(code)
    return f"{d.name} ({code})" if d else code


def _within(gaz: Gazetteer, inner: str, outer: str) -> bool:
    if inner == outer:
        return True
    d = gaz.by_code.get(inner)
    return d is not None and gaz.is_within(d, outer)


def decide(name: str, members: list[Member], gaz: Gazetteer | None = None) -> list[Decision]:
    """The link decisions about the people called ``name`` (one member per distinct IRI)."""
    gaz = gaz or gazetteer()
    members = sorted(members, key=lambda m: m.iri)
    by_code = {m.code: m for m in members}
    if len(by_code) < 2:
        return []
    codes = [c for c in by_code if c != UNPLACED]
    leaves = [c for c in codes if not any(d != c and _within(gaz, d, c) for d in codes)]
    chains = {leaf: [c for c in codes if _within(gaz, leaf, c)] for leaf in leaves}
    owner: dict[str, list[str]] = {c: [leaf for leaf, chain in chains.items() if c in chain] for c in codes}
    groups: dict[str, list[str]] = {leaf: [] for leaf in leaves}
    ambiguous: list[str] = []
    for c in codes:
        (groups[owner[c][0]].append(c) if len(owner[c]) == 1 else ambiguous.append(c))
    if UNPLACED in by_code:
        (groups[leaves[0]].append(UNPLACED) if len(leaves) == 1 and not ambiguous else ambiguous.append(UNPLACED))

    def top(group: list[str]) -> str:  # the most general placed code of a group
        placed = [c for c in group if c != UNPLACED]
        return min(placed, key=lambda c: (len(gaz.ancestors(gaz.by_code[c])) if c in gaz.by_code else 99, c))

    decisions: list[Decision] = []
    canon_of: dict[str, str] = {}
    for leaf, group in sorted(groups.items()):
        canon = by_code[top(group)]
        canon_of[leaf] = canon.iri
        for c in sorted(group):
            m = by_code[c]
            if m.iri == canon.iri:
                continue
            if c == UNPLACED:
                why = (f"same name {name}; one mention gives no place and the only {name} placed in the store "
                       f"is of {_place(gaz, canon.code)}: one person")
            else:
                why = (f"same name {name}; {_place(gaz, c)} lies within {_place(gaz, canon.code)}, so the places "
                       "do not conflict: one person")
            decisions.append(Decision("merged", (m.iri, canon.iri), canon.iri, why, m.evidence + canon.evidence,
                                      m.articles + canon.articles, [(m.iri, canon.iri)]))
    canons = sorted(canon_of.values())
    for i, a in enumerate(canons):
        for b in canons[i + 1:]:
            ma, mb = by_code[person_code(a)], by_code[person_code(b)]
            why = (f"same name {name} but placed in {_place(gaz, ma.code)} and {_place(gaz, mb.code)}, "
                   "which do not nest: two people")
            decisions.append(Decision("kept-apart", (a, b), "", why, ma.evidence + mb.evidence,
                                      ma.articles + mb.articles))
    for c in sorted(ambiguous):
        m = by_code[c]
        others = [x for x in canons if x != m.iri]
        why = (f"same name {name}; {_place(gaz, c)} could be any of "
               + ", ".join(_place(gaz, person_code(x)) for x in others) + ", which conflict: kept apart from all")
        decisions.append(Decision("kept-apart", (m.iri, *others), "", why, m.evidence, m.articles))
    return decisions


def decision_triples(name: str, decisions: list[Decision]) -> list[tuple]:
    """The triples (pyoxigraph terms) that record ``decisions`` about ``name``."""
    import pyoxigraph as ox

    def iri(x: str) -> ox.NamedNode:
        return ox.NamedNode(str(x))

    out: list[tuple] = []
    label = ox.Literal(name)
    for d in decisions:
        h = hashlib.sha1("\x1f".join((d.outcome, *d.entities)).encode("utf-8")).hexdigest()[:16]
        node = iri(ID[LINK_DECISION + h])
        out += [(node, iri(RDF.type), iri(KG.LinkDecision)),
                (node, iri(KG.outcome), iri(KG.Merged if d.outcome == "merged" else KG.KeptApart)),
                (node, iri(KG.linkName), label),
                (node, iri(KG.reason), ox.Literal(d.reason))]
        out += [(node, iri(KG.linkedEntity), iri(e)) for e in d.entities]
        if d.canonical:
            out.append((node, iri(KG.canonical), iri(d.canonical)))
        out += [(node, iri(KG.evidence), iri(e)) for e in sorted(set(d.evidence))]
        out += [(node, iri(PROV.wasDerivedFrom), iri(a)) for a in sorted(set(d.articles))]
        out += [(iri(a), iri(OWL.sameAs), iri(b)) for a, b in d.same_as]
    return out
