"""What the network pages show, read from an rdflib Graph in the shape kg/rdf.py writes.

:func:`read_view` turns the RDF into kg's own small types: an :class:`Item` per
entity (label, English/pinyin label, class, evidence sentences with their source
article) and a :class:`Link` per fact that joins two entities (a participant's
role, a post, a report, an agenda item, a measure, a place). The pages are
drawn from these only; nothing here writes HTML.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.term import Node

from ..vocab import DCTERMS, ID, KG, NIF, ORG, ORG_KINDS, PROV, RDF, RDFS, SKOS

__all__ = ["Item", "Link", "Post", "View", "KINDS", "read_view", "short_id"]

# class → (local name, Chinese name); the order is the legend's.
KINDS = {KG.Meeting: ("Meeting", "会议"), KG.Person: ("Person", "人物"), KG.Organisation: ("Organisation", "机构"),
         KG.Policy: ("Policy", "政策"), KG.Measure: ("Measure", "措施"), KG.Place: ("Place", "地点")}
ROLE_LABELS = {KG.Convener: "召开", KG.Chair: "主持", KG.Speaker: "讲话", KG.Attendee: "出席",
               KG.Reporter: "汇报", KG.StatementMaker: "表态发言"}
REPORT_LABELS = {KG.WorkReport: "汇报", KG.Statement: "表态发言"}
SUBTYPES = {KG[k]: k for k in ORG_KINDS if k != "Organisation"}
SUBTYPES.update({KG.Province: "Province", KG.Prefecture: "Prefecture", KG.County: "County"})

Evidence = tuple[str, str]  # (sentence, article identifier)


def short_id(node: Node) -> str:
    """An entity's IRI without the id: namespace: person/1311/李国勇."""
    return str(node).removeprefix(str(ID))


@dataclass
class Item:
    """An entity as the pages show it."""

    id: str
    label: str
    kind: str  # a key of KINDS' values: Meeting, Person, ...
    en: str = ""
    subtype: str = ""  # PartyCommittee, County, ...
    date: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class Link:
    """A fact that joins two entities: ``source`` —label→ ``target``."""

    source: str
    target: str
    label: str  # 主持, 讲话, a post title, 议题, ...
    kind: str  # role, post, report, agenda, measure, place
    topic: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Post:
    title: str  # 副书记
    organisation: str  # id of the organisation, or "" where the article gives none
    evidence: tuple[Evidence, ...]


@dataclass
class View:
    items: dict[str, Item]
    links: list[Link]
    articles: list[tuple[str, str]]  # (identifier, title)
    posts: dict[str, list[Post]] = field(default_factory=dict)  # person id → posts


class _Reader:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self.article_ids: dict[Node, str] = {}

    def article(self, node: Node | None) -> str:
        if node is None:
            return ""
        if node not in self.article_ids:
            self.article_ids[node] = str(self.g.value(node, DCTERMS.identifier) or short_id(node))
        return self.article_ids[node]

    def evidence(self, node: Node) -> list[Evidence]:
        """The sentences of ``node``'s kg:evidence spans, each with its article."""
        out = []
        for span in self.g.objects(node, KG.evidence):
            text = self.g.value(span, NIF.anchorOf)
            if text is None:
                continue
            art = self.g.value(span, NIF.referenceContext) or self.g.value(node, PROV.wasDerivedFrom)
            out.append((str(text), self.article(art)))
        return sorted(set(out))

    def label(self, node: Node, lang: str | None = None) -> str:
        for lit in self.g.objects(node, RDFS.label):
            if getattr(lit, "language", None) == lang:
                return str(lit)
        return ""


def read_view(g: Graph) -> View:
    """Entities and the facts between them, from a graph written by kg.rdf.to_rdf."""
    r = _Reader(g)
    items: dict[str, Item] = {}
    for cls, (kind, _zh) in KINDS.items():
        for node in sorted(g.subjects(RDF.type, cls)):
            key = short_id(node)
            if key in items:
                continue
            name = g.value(node, KG.name) or r.label(node, "zh") or key
            subtype = next((SUBTYPES[t] for t in g.objects(node, RDF.type) if t in SUBTYPES), "")
            date = g.value(node, KG.date)
            items[key] = Item(key, str(name), kind, en=r.label(node, "en"), subtype=subtype,
                              date=str(date) if date is not None else "", evidence=r.evidence(node),
                              sources=sorted({r.article(a) for a in g.objects(node, KG.mentionedIn)}))

    merged: dict[tuple[str, str, str], Link] = {}

    def link(a: Node | None, b: Node | None, label: str, kind: str, fact: Node | None = None,
             topic: str = "") -> None:
        if a is None or b is None:
            return
        sa, sb = short_id(a), short_id(b)
        if sa not in items or sb not in items or sa == sb:
            return
        found = merged.setdefault((sa, sb, label), Link(sa, sb, label, kind))
        if topic and topic not in found.topic.split("；"):
            found.topic = f"{found.topic}；{topic}" if found.topic else topic
        if fact is not None:
            found.evidence = sorted(set(found.evidence) | set(r.evidence(fact)))

    for f in g.subjects(RDF.type, KG.Participation):
        link(g.value(f, KG.participant), g.value(f, KG.meeting), ROLE_LABELS.get(g.value(f, KG.role), "参与"),
             "role", f)
    for f in g.subjects(RDF.type, KG.Report):
        topic = g.value(f, KG.topic)
        link(g.value(f, KG.unit), g.value(f, KG.meeting), REPORT_LABELS.get(g.value(f, KG.reportKind), "汇报"),
             "report", f, str(topic) if topic is not None else "")
    posts: dict[str, list[Post]] = defaultdict(list)
    for f in g.subjects(RDF.type, KG.PostHolding):
        person, org = g.value(f, ORG.member), g.value(f, ORG.organization)
        title = str(g.value(f, KG.postTitle) or "任职")
        link(person, org, title, "post", f)
        if person is not None and short_id(person) in items:
            org_id = short_id(org) if org is not None and short_id(org) in items else ""
            posts[short_id(person)].append(Post(title, org_id, tuple(r.evidence(f))))
    for f in g.subjects(RDF.type, KG.AgendaItem):
        link(g.value(f, KG.meeting), g.value(f, KG.policy), "议题", "agenda", f)
    for f in g.subjects(RDF.type, KG.MeasureStatement):
        link(g.value(f, KG.measure), g.value(f, KG.policy), "措施", "measure", f)
    for m, p in g.subject_objects(SKOS.broader):
        link(m, p, "措施", "measure")
    for m, p in g.subject_objects(KG.heldIn):
        link(m, p, "地点", "place")
    for o, p in g.subject_objects(KG.locatedIn):
        link(o, p, "位于", "place")
    for p, parent in g.subject_objects(KG.parent):
        link(p, parent, "上级", "place")

    articles = sorted((r.article(a), str(g.value(a, DCTERMS.title) or "")) for a in g.subjects(RDF.type, KG.Article))
    return View(items, [merged[k] for k in sorted(merged)], articles, {k: sorted(set(v), key=lambda p: (p.organisation, p.title))
                                                         for k, v in posts.items()})

