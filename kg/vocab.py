"""Every IRI that kg writes: the one vocabulary module.

No other module types an IRI by hand. A test checks that every term used here
is declared in ontology/kg.ttl, so a misspelt term fails instead of minting a
new one.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib import namespace as _ns

__all__ = [
    "KG", "KGSH", "ID", "ORG", "PERSON", "SH", "SCHEMA", "PROV", "SKOS", "TIME", "QB", "NIF", "OA", "DCTERMS",
    "RDF", "RDFS",
    "OWL", "XSD", "PREFIXES", "ORG_KINDS", "ROLE_TERMS", "REPORT_KIND_TERMS", "bind_prefixes",
    "MANIFEST_GRAPH", "PENDING_GRAPH", "UNION_GRAPH", "LINKS_GRAPH", "LINK_DECISION", "STORE_TERMS",
]



class Terms(Namespace):
    """A namespace that makes each of its terms once.

    rdflib's ``Namespace`` builds and validates a new URIRef on every ``NS.term``,
    which was a tenth of the time of turning an article into RDF."""

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # copy, pickle and friends probe for these
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term
        return term


KG = Terms("https://w3id.org/kg-cn/ontology#")
ID = Namespace("https://w3id.org/kg-cn/id/")
ORG = Terms("http://www.w3.org/ns/org#")
SCHEMA = Terms("https://schema.org/")
TIME = Terms("http://www.w3.org/2006/time#")
QB = Terms("http://purl.org/linked-data/cube#")
NIF = Terms("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = Terms("http://www.w3.org/ns/oa#")
PERSON = Terms("http://www.w3.org/ns/person#")  # the Person Core Vocabulary: Popolo's Person
KGSH = Terms("https://w3id.org/kg-cn/shapes#")  # the SHACL shapes of ontology/shapes.ttl
# the standard namespaces, as rdflib spells them, with their terms made once
DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD = (
    Terms(str(ns)) for ns in (_ns.DCTERMS, _ns.OWL, _ns.PROV, _ns.RDF, _ns.RDFS, _ns.SH, _ns.SKOS, _ns.XSD))

PREFIXES = {
    "kg": KG, "id": ID, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS, "time": TIME,
    "qb": QB, "nif": NIF, "oa": OA, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
}

# Organisation kinds: the ontology class of each (local names are the `type`
# column of the organisations query).
ORG_KINDS = (
    "Organisation", "PartyCommittee", "PartyOrgan", "Government", "GovernmentDepartment",
    "PeoplesCongress", "PoliticalConsultativeConference", "DisciplineInspection", "Court",
    "Procuratorate", "School", "University", "Hospital", "MediaOrganisation", "Enterprise",
    "LeadingGroup", "MassOrganisation", "MilitaryUnit", "DemocraticParty",
)

ROLE_TERMS = {
    "convener": KG.Convener, "chair": KG.Chair, "speaker": KG.Speaker,
    "attendee": KG.Attendee, "reporter": KG.Reporter, "statement": KG.StatementMaker,
}
REPORT_KIND_TERMS = {"report": KG.WorkReport, "statement": KG.Statement}


def bind_prefixes(graph) -> None:  # type: ignore[no-untyped-def]
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)

# --- the corpus store (kg.store, kg.link) ---------------------------------------
# Named graphs that are not articles: the manifest (which file each article came
# from), the queue of names waiting to be linked, and one graph of link decisions
# per person name (LINKS_GRAPH + the name).
MANIFEST_GRAPH = ID["store/manifest"]
PENDING_GRAPH = ID["store/pending"]
# a server whose default graph is every graph at once (Virtuoso) keeps the union here (kg.store.remote)
UNION_GRAPH = ID["store/union"]
LINKS_GRAPH = "store/links/"  # + segment(name): see kg.link.links_graph
LINK_DECISION = "link/"  # + hash of the decision: see kg.link
STORE_TERMS = (
    KG.sourcePath, KG.pendingName, KG.LinkDecision, KG.Merged, KG.KeptApart, KG.outcome,
    KG.linkedEntity, KG.canonical, KG.reason, KG.linkName,
)
