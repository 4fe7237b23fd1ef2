"""Popolo JSON for civic-tech tools: persons, organizations, memberships, posts, events, areas.

See https://www.popoloproject.com/specs/. Ids are kg's entity ids without the
namespace (``person/131100/李国勇``); every membership and event lists its
``sources``: the article (``url``: its IRI) and the sentence that states it
(``note``). Meetings are events of classification ``meeting``; who took part
and in what role is in each event's ``participants`` (a kg extension:
``{"id", "role"}`` with the roles of kg's participants query). Lists are sorted
by id.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.term import Node

from ..html.model import short_id
from ..vocab import KG, NIF, ORG, ORG_KINDS, PROV, RDF, RDFS, ROLE_TERMS
from . import write_text

__all__ = ["to_popolo", "write_popolo"]

_ROLES = {term: role for role, term in ROLE_TERMS.items()}
_ORG_CLASSES = {KG[k]: k for k in ORG_KINDS if k != "Organisation"}
_LEVELS = {KG.Province: "province", KG.Prefecture: "prefecture", KG.County: "county"}


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in ("", None, [])}


class _Reader:
    def __init__(self, g: Graph) -> None:
        self.g = g

    def text(self, node: Node, prop: Node) -> str:
        value = self.g.value(node, prop)
        return str(value) if value is not None else ""

    def ref(self, node: Node, prop: Node) -> str:
        value = self.g.value(node, prop)
        return short_id(value) if value is not None else ""

    def label(self, node: Node, lang: str) -> str:
        return next((str(x) for x in self.g.objects(node, RDFS.label) if getattr(x, "language", None) == lang), "")

    def kind(self, node: Node, classes: dict[Node, str]) -> str:
        return next((classes[t] for t in sorted(self.g.objects(node, RDF.type)) if t in classes), "")

    def sources(self, node: Node) -> list[dict[str, str]]:
        """The articles and sentences that state ``node``."""
        out = []
        for span in self.g.objects(node, KG.evidence):
            art = self.g.value(span, NIF.referenceContext) or self.g.value(node, PROV.wasDerivedFrom)
            out.append(_compact({"url": str(art) if art is not None else "", "note": self.text(span, NIF.anchorOf)}))
        return sorted(out, key=lambda s: (s.get("url", ""), s.get("note", "")))

    def of_type(self, cls: Node) -> list[Node]:
        return sorted(set(self.g.subjects(RDF.type, cls)))


def to_popolo(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """The people, organisations, posts, memberships, meetings and places of ``graph`` as Popolo."""
    r = _Reader(graph)
    persons = [_compact({"id": short_id(p), "name": r.text(p, KG.name),
                         "other_names": [{"name": en, "note": "pinyin"} for en in [r.label(p, "en")] if en],
                         "sources": r.sources(p)})
               for p in r.of_type(KG.Person)]
    organizations = [_compact({"id": short_id(o), "name": r.text(o, KG.name),
                               "classification": r.kind(o, _ORG_CLASSES) or "Organisation",
                               "area_id": r.ref(o, KG.locatedIn), "sources": r.sources(o)})
                     for o in r.of_type(KG.Organisation)]
    areas = [_compact({"id": short_id(a), "name": r.text(a, KG.name), "identifier": r.text(a, KG.divisionCode),
                       "classification": r.kind(a, _LEVELS), "parent_id": r.ref(a, KG.parent)})
             for a in r.of_type(KG.Place)]
    posts = [_compact({"id": short_id(p), "label": r.label(p, "zh"), "organization_id": r.ref(p, ORG.postIn)})
             for p in r.of_type(ORG.Post)]
    memberships = [_compact({"id": short_id(f), "person_id": r.ref(f, ORG.member),
                             "organization_id": r.ref(f, ORG.organization), "post_id": r.ref(f, ORG.role),
                             "role": r.text(f, KG.postTitle), "sources": r.sources(f)})
                   for f in r.of_type(KG.PostHolding)]
    participants: dict[Node, list[dict[str, str]]] = {}
    for f in r.of_type(KG.Participation):
        meeting = graph.value(f, KG.meeting)
        if meeting is not None:
            participants.setdefault(meeting, []).append(
                {"id": r.ref(f, KG.participant), "role": _ROLES.get(graph.value(f, KG.role), "participant")})
    events = []
    for m in r.of_type(KG.Meeting):
        date = r.text(m, KG.date)
        events.append(_compact({
            "id": short_id(m), "name": r.text(m, KG.name), "classification": "meeting",
            "start_date": date if not date.startswith("--") else "", "area_id": r.ref(m, KG.heldIn),
            "participants": sorted(participants.get(m, []), key=lambda p: (p["role"], p["id"])),
            "sources": r.sources(m)}))
    return {"persons": persons, "organizations": organizations, "areas": areas, "posts": posts,
            "memberships": memberships, "events": events}


def write_popolo(graph: Graph, path: str | Path) -> Path:
    """Write the Popolo JSON of ``graph`` to ``path``."""
    return write_text(path, json.dumps(to_popolo(graph), ensure_ascii=False, indent=1) + "\n")
