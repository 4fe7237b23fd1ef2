"""ArticleGraph → RDF (rdflib), in the shape that ontology/kg.ttl describes.

Facts are nodes of their own (n-ary relations) so that each can carry its
provenance: ``prov:wasDerivedFrom`` the article and ``kg:evidence`` a span
(``nif:beginIndex``/``nif:endIndex``/``nif:anchorOf``) of the normalised text.
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef

from . import ids
from .model import (Agenda, ArticleGraph, Evidence, Figure, Holding, Measure, MeasureOf, Meeting,
                    Organisation, Participation, Person, Place, Policy, Report)
from .pinyin import pinyin_name
from .vocab import (DCTERMS, KG, NIF, ORG, PROV, RDF, RDFS, REPORT_KIND_TERMS, ROLE_TERMS, SKOS, XSD,
                    bind_prefixes)

__all__ = ["to_rdf", "pinyin_name"]

LEVELS = {"province": KG.Province, "prefecture": KG.Prefecture, "county": KG.County}


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
    doc = ag.doc
    digest = doc.digest
    art = ids.article_iri(digest)
    g.add((art, RDF.type, KG.Article))
    g.add((art, DCTERMS.identifier, Literal(doc.id)))
    g.add((art, KG.digest, Literal(digest)))
    for prop, value in ((DCTERMS.title, doc.meta.title), (DCTERMS.source, doc.meta.source),
                        (KG.published, doc.meta.published), (KG.locality, doc.meta.place)):
        if value:
            g.add((art, prop, Literal(value)))
    for w in doc.warnings:
        node = BNode()
        g.add((art, KG.warning, node))
        g.add((node, RDF.type, KG.ReadingWarning))
        g.add((node, KG.code, Literal(w.code)))
        g.add((node, RDFS.comment, Literal(w.message)))
        if w.start >= 0:
            g.add((node, NIF.beginIndex, Literal(w.start)))
            g.add((node, NIF.endIndex, Literal(w.end)))

    def span(ev: Evidence) -> URIRef:
        node = ids.span_iri(digest, ev.start, ev.end)
        g.add((node, RDF.type, KG.EvidenceSpan))
        g.add((node, NIF.referenceContext, art))
        g.add((node, NIF.beginIndex, Literal(ev.start)))
        g.add((node, NIF.endIndex, Literal(ev.end)))
        g.add((node, NIF.anchorOf, Literal(ev.text)))
        return node

    def provenance(node: URIRef, ev: Evidence) -> None:
        g.add((node, KG.evidence, span(ev)))
        g.add((node, PROV.wasDerivedFrom, art))

    def name(node: URIRef, text: str) -> None:
        g.add((node, KG.name, Literal(text)))
        g.add((node, RDFS.label, Literal(text, lang="zh")))

    for key, e in ag.entities.items():
        node = ids.entity_iri(key)
        if isinstance(e, Place):
            g.add((node, RDF.type, KG.Place))
            if e.level in LEVELS:
                g.add((node, RDF.type, LEVELS[e.level]))
            name(node, e.name)
            g.add((node, KG.divisionCode, Literal(e.code)))
            if e.parent_code:
                g.add((node, KG.parent, ids.entity_iri(f"place:{e.parent_code}")))
        elif isinstance(e, Organisation):
            g.add((node, RDF.type, KG.Organisation))
            if e.kind != "Organisation":
                g.add((node, RDF.type, KG[e.kind]))
            name(node, e.name)
            if e.place_code:
                g.add((node, KG.locatedIn, ids.entity_iri(f"place:{e.place_code}")))
        elif isinstance(e, Person):
            g.add((node, RDF.type, KG.Person))
            name(node, e.name)
            latin = pinyin_name(e.name)
            if latin:
                g.add((node, RDFS.label, Literal(latin, lang="en")))
        elif isinstance(e, Meeting):
            g.add((node, RDF.type, KG.Meeting))
            name(node, e.name)
            if e.date:
                g.add((node, KG.date, _date_literal(e.date)))
            if e.place_code:
                g.add((node, KG.heldIn, ids.entity_iri(f"place:{e.place_code}")))
            g.add((node, KG.reportedIn if e.reported else KG.referredToIn, art))
        elif isinstance(e, Policy):
            g.add((node, RDF.type, KG.Policy))
            name(node, e.name)
            g.add((node, SKOS.prefLabel, Literal(e.name, lang="zh")))
            g.add((node, SKOS.inScheme, KG.PolicyScheme))
        elif isinstance(e, Measure):
            g.add((node, RDF.type, KG.Measure))
            name(node, e.name)
            g.add((node, SKOS.prefLabel, Literal(e.name, lang="zh")))
            g.add((node, SKOS.broader, ids.entity_iri(e.policy)))
        g.add((node, KG.mentionedIn, art))
        ev = ag.evidence.get(key)
        if ev is not None:
            g.add((node, KG.evidence, span(ev)))

    for f in ag.facts:
        if isinstance(f, Participation):
            node = ids.fact_iri("participation", digest, f.meeting, f.participant, f.role)
            g.add((node, RDF.type, KG.Participation))
            g.add((node, KG.meeting, ids.entity_iri(f.meeting)))
            g.add((node, KG.participant, ids.entity_iri(f.participant)))
            g.add((node, KG.role, ROLE_TERMS[f.role]))
        elif isinstance(f, Holding):
            node = ids.fact_iri("holding", digest, f.person, f.post, f.organisation)
            person = ids.entity_iri(f.person)
            org_name = ag.entities[f.organisation].name if f.organisation else ""
            post = ids.post_iri(org_name, f.post)
            g.add((node, RDF.type, KG.PostHolding))
            g.add((node, ORG.member, person))
            g.add((node, ORG.role, post))
            g.add((node, KG.postTitle, Literal(f.post)))
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, Literal(f.post, lang="zh")))
            g.add((person, ORG.holds, post))
            if f.organisation:
                g.add((node, ORG.organization, ids.entity_iri(f.organisation)))
                g.add((post, ORG.postIn, ids.entity_iri(f.organisation)))
        elif isinstance(f, Report):
            node = ids.fact_iri("report", digest, f.meeting, f.unit, f.topic, f.kind)
            g.add((node, RDF.type, KG.Report))
            g.add((node, KG.meeting, ids.entity_iri(f.meeting)))
            g.add((node, KG.unit, ids.entity_iri(f.unit)))
            if f.topic:
                g.add((node, KG.topic, Literal(f.topic)))
            g.add((node, KG.reportKind, REPORT_KIND_TERMS[f.kind]))
        elif isinstance(f, Agenda):
            node = ids.fact_iri("agenda", digest, f.meeting, f.policy)
            g.add((node, RDF.type, KG.AgendaItem))
            g.add((node, KG.meeting, ids.entity_iri(f.meeting)))
            g.add((node, KG.policy, ids.entity_iri(f.policy)))
        elif isinstance(f, MeasureOf):
            node = ids.fact_iri("measure", digest, f.measure, f.policy)
            g.add((node, RDF.type, KG.MeasureStatement))
            g.add((node, KG.measure, ids.entity_iri(f.measure)))
            g.add((node, KG.policy, ids.entity_iri(f.policy)))
        elif isinstance(f, Figure):
            node = ids.fact_iri("figure", digest, f.subject, f.indicator, f.value, f.unit, f.time, f.evidence.start)
            g.add((node, RDF.type, KG.Figure))
            g.add((node, KG.subject, Literal(f.subject)))
            g.add((node, KG.indicator, Literal(f.indicator)))
            g.add((node, KG.value, Literal(f.value, datatype=XSD.decimal)))
            g.add((node, KG.unitOfMeasure, Literal(f.unit)))
            if f.time:
                g.add((node, KG.time, Literal(f.time)))
        else:  # pragma: no cover - the Fact union is closed
            raise TypeError(f"not a fact: {f!r}")
        provenance(node, f.evidence)
    return g
