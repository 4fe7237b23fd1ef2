"""ArticleGraph → RDF (rdflib), in the shape that ontology/kg.ttl describes.

Facts are nodes of their own (n-ary relations) so that each can carry its
provenance: ``prov:wasDerivedFrom`` the article and ``kg:evidence`` a span
(``nif:beginIndex``/``nif:endIndex``/``nif:anchorOf``) of the normalised text.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import BNode, Graph, URIRef
from rdflib import Literal as _Literal

from . import ids
from .model import (Agenda, ArticleGraph, Evidence, Figure, Holding, Measure, MeasureOf, Meeting,
                    Organisation, Participation, Person, Place, Policy, Report)
from .pinyin import pinyin_name
from .vocab import (DCTERMS, KG, NIF, ORG, PROV, RDF, RDFS, REPORT_KIND_TERMS, ROLE_TERMS, SKOS, XSD,
                    bind_prefixes)

__all__ = ["to_rdf", "rdf_triples", "pinyin_name"]

# Names, numbers and codes recur in every article: each literal is made once (rdflib's Literal
# checks and converts its value each time, a fifth of the time of an article's RDF). typed: 1
# and True are different literals.
Literal = lru_cache(maxsize=1 << 16, typed=True)(_Literal)

LEVELS = {"province": KG.Province, "prefecture": KG.Prefecture, "county": KG.County, "township": KG.Township}


def _date_literal(date: str) -> Literal:
    if len(date) == 10 and date[4] == "-":
        return Literal(date, datatype=XSD.date)
    if date.startswith("--"):
        return Literal(date, datatype=XSD.gMonthDay)
    return Literal(date)


def to_rdf(ag: ArticleGraph, graph: Graph | None = None) -> Graph:
    """Add everything in ``ag`` to ``graph`` (a new one by default) and return it."""
    g = graph if graph is not None else Graph()
    bind_prefixes(g)
    g.addN((s, p, o, g) for s, p, o in rdf_triples(ag))
    return g


def rdf_triples(ag: ArticleGraph) -> list[tuple[URIRef, URIRef, URIRef | BNode | Literal]]:
    """The triples that state everything in ``ag`` (no graph object: fast to write or load)."""
    triples: list[tuple] = []
    add = triples.append  # collected, then added at once: rdflib's add is slow one by one
    spans: dict[tuple[int, int], URIRef] = {}  # (start, end) → the span's IRI, once made
    doc = ag.doc
    digest = doc.digest
    art = ids.article_iri(digest)
    add((art, RDF.type, KG.Article))
    add((art, DCTERMS.identifier, Literal(doc.id)))
    add((art, KG.digest, Literal(digest)))
    for prop, value in ((DCTERMS.title, doc.meta.title), (DCTERMS.source, doc.meta.source),
                        (KG.published, doc.meta.published), (KG.locality, doc.meta.place)):
        if value:
            add((art, prop, Literal(value)))
    for w in doc.warnings:
        node = BNode()
        add((art, KG.warning, node))
        add((node, RDF.type, KG.ReadingWarning))
        add((node, KG.code, Literal(w.code)))
        add((node, RDFS.comment, Literal(w.message)))
        if w.start >= 0:
            add((node, NIF.beginIndex, Literal(w.start)))
            add((node, NIF.endIndex, Literal(w.end)))

    def span(ev: Evidence) -> URIRef:
        node = spans.get((ev.start, ev.end))
        if node is not None:
            return node
        node = spans[ev.start, ev.end] = ids.span_iri(digest, ev.start, ev.end)
        add((node, RDF.type, KG.EvidenceSpan))
        add((node, NIF.referenceContext, art))
        add((node, NIF.beginIndex, Literal(ev.start)))
        add((node, NIF.endIndex, Literal(ev.end)))
        add((node, NIF.anchorOf, Literal(ev.text)))
        return node

    def provenance(node: URIRef, ev: Evidence) -> None:
        add((node, KG.evidence, span(ev)))
        add((node, PROV.wasDerivedFrom, art))

    def name(node: URIRef, text: str) -> None:
        add((node, KG.name, Literal(text)))
        add((node, RDFS.label, Literal(text, lang="zh")))

    for key, e in ag.entities.items():
        node = ids.entity_iri(key)
        if isinstance(e, Place):
            add((node, RDF.type, KG.Place))
            if e.level in LEVELS:
                add((node, RDF.type, LEVELS[e.level]))
            name(node, e.name)
            if e.level != "township":  # a township has no GB/T 2260 code of its own
                add((node, KG.divisionCode, Literal(e.code)))
            if e.parent_code:
                add((node, KG.parent, ids.entity_iri(f"place:{e.parent_code}")))
        elif isinstance(e, Organisation):
            add((node, RDF.type, KG.Organisation))
            if e.kind != "Organisation":
                add((node, RDF.type, KG[e.kind]))
            name(node, e.name)
            if e.place_code:
                add((node, KG.locatedIn, ids.entity_iri(f"place:{e.place_code}")))
        elif isinstance(e, Person):
            add((node, RDF.type, KG.Person))
            name(node, e.name)
            latin = pinyin_name(e.name)
            if latin:
                add((node, RDFS.label, Literal(latin, lang="en")))
        elif isinstance(e, Meeting):
            add((node, RDF.type, KG.Meeting))
            name(node, e.name)
            if e.date:
                add((node, KG.date, _date_literal(e.date)))
            if e.place_code:
                add((node, KG.heldIn, ids.entity_iri(f"place:{e.place_code}")))
            add((node, KG.reportedIn if e.reported else KG.referredToIn, art))
        elif isinstance(e, Policy):
            add((node, RDF.type, KG.Policy))
            name(node, e.name)
            add((node, SKOS.prefLabel, Literal(e.name, lang="zh")))
            add((node, SKOS.inScheme, KG.PolicyScheme))
        elif isinstance(e, Measure):
            add((node, RDF.type, KG.Measure))
            name(node, e.name)
            add((node, SKOS.prefLabel, Literal(e.name, lang="zh")))
            add((node, SKOS.broader, ids.entity_iri(e.policy)))
        add((node, KG.mentionedIn, art))
        ev = ag.evidence.get(key)
        if ev is not None:
            add((node, KG.evidence, span(ev)))

    for f in ag.facts:
        if isinstance(f, Participation):
            node = ids.fact_iri("participation", digest, f.meeting, f.participant, f.role)
            add((node, RDF.type, KG.Participation))
            add((node, KG.meeting, ids.entity_iri(f.meeting)))
            add((node, KG.participant, ids.entity_iri(f.participant)))
            add((node, KG.role, ROLE_TERMS[f.role]))
        elif isinstance(f, Holding):
            node = ids.fact_iri("holding", digest, f.person, f.post, f.organisation)
            person = ids.entity_iri(f.person)
            org_name = ag.entities[f.organisation].name if f.organisation else ""
            post = ids.post_iri(org_name, f.post)
            add((node, RDF.type, KG.PostHolding))
            add((node, ORG.member, person))
            add((node, ORG.role, post))
            add((node, KG.postTitle, Literal(f.post)))
            add((post, RDF.type, ORG.Post))
            add((post, RDFS.label, Literal(f.post, lang="zh")))
            add((person, ORG.holds, post))
            if f.organisation:
                add((node, ORG.organization, ids.entity_iri(f.organisation)))
                add((post, ORG.postIn, ids.entity_iri(f.organisation)))
        elif isinstance(f, Report):
            node = ids.fact_iri("report", digest, f.meeting, f.unit, f.topic, f.kind)
            add((node, RDF.type, KG.Report))
            add((node, KG.meeting, ids.entity_iri(f.meeting)))
            add((node, KG.unit, ids.entity_iri(f.unit)))
            if f.topic:
                add((node, KG.topic, Literal(f.topic)))
            add((node, KG.reportKind, REPORT_KIND_TERMS[f.kind]))
        elif isinstance(f, Agenda):
            node = ids.fact_iri("agenda", digest, f.meeting, f.policy)
            add((node, RDF.type, KG.AgendaItem))
            add((node, KG.meeting, ids.entity_iri(f.meeting)))
            add((node, KG.policy, ids.entity_iri(f.policy)))
        elif isinstance(f, MeasureOf):
            node = ids.fact_iri("measure", digest, f.measure, f.policy)
            add((node, RDF.type, KG.MeasureStatement))
            add((node, KG.measure, ids.entity_iri(f.measure)))
            add((node, KG.policy, ids.entity_iri(f.policy)))
        elif isinstance(f, Figure):
            node = ids.fact_iri("figure", digest, f.subject, f.indicator, f.value, f.unit, f.time, f.evidence.start)
            add((node, RDF.type, KG.Figure))
            add((node, KG.subject, Literal(f.subject)))
            add((node, KG.indicator, Literal(f.indicator)))
            add((node, KG.value, Literal(f.value, datatype=XSD.decimal)))
            add((node, KG.unitOfMeasure, Literal(f.unit)))
            if f.time:
                add((node, KG.time, Literal(f.time)))
        else:  # pragma: no cover - the Fact union is closed
            raise TypeError(f"not a fact: {f!r}")
        provenance(node, f.evidence)
    return triples
