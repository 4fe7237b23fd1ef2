"""The ontology: it declares every term kg writes, parses, loads in owlready2, is consistent under HermiT,
is aligned with the standard vocabularies, ships in the package, and documents itself."""
from __future__ import annotations

import ast
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg import vocab
from kg.docs import render_page, write_docs
from kg.rdf import pinyin_name
from kg.vocab import (DCTERMS, KG, NIF, ORG, ORG_KINDS, OWL, PERSON, PROV, QB, RDF, RDFS, REPORT_KIND_TERMS,
                      ROLE_TERMS, SCHEMA, SKOS, STORE_TERMS, TIME, XSD)

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
HENGSHUI = ROOT / "data" / "hengshui-2021-11-19-education.txt"
KG_NS = str(KG)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def declared(g: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual, OWL.AnnotationProperty)
    return {str(s)[len(KG_NS):] for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(KG_NS)}


def terms_in_code() -> dict[str, set[str]]:
    """Every kg term the code writes or reads: KG.x and KG["x"] in kg/**/*.py, the ORG_KINDS, kg:x in the
    queries, the shapes and the OWL-Time query."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "KG":
                found.setdefault(node.attr, set()).add(str(path.relative_to(ROOT)))
            if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "KG"
                    and isinstance(node.slice, ast.Constant)):
                found.setdefault(node.slice.value, set()).add(str(path.relative_to(ROOT)))
    for kind in ORG_KINDS:  # written as KG[e.kind]
        found.setdefault(kind, set()).add("kg/vocab.py ORG_KINDS")
    texts = sorted((ROOT / "kg" / "queries").glob("*.rq")) + [ROOT / "ontology" / "shapes.ttl",
                                                                 ROOT / "ontology" / "owl-time.rq"]
    for path in texts:
        for term in re.findall(r"\bkg:([A-Za-z_][A-Za-z0-9_]*)", path.read_text(encoding="utf-8")):
            found.setdefault(term, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_scan_finds_the_terms_of_every_kind_of_source():
    found = terms_in_code()
    assert {"Participation", "evidence", "unitOfMeasure"} <= found.keys()  # kg/rdf.py
    assert "kg/queries/reports.rq" in found["reportKind"]
    assert "kg/link.py" in found["LinkDecision"] and "School" in found


def test_every_term_the_code_uses_is_declared(onto):
    missing = {t: sorted(where) for t, where in terms_in_code().items() if t not in declared(onto)}
    assert not missing, f"terms used but not declared in ontology/kg.ttl: {missing}"


def test_vocab_term_tables_are_declared(onto):
    terms = set(ROLE_TERMS.values()) | set(REPORT_KIND_TERMS.values()) | set(STORE_TERMS)
    assert {str(t)[len(KG_NS):] for t in terms} <= declared(onto)


def test_no_module_but_vocab_types_a_kg_iri():
    """IRIs come from kg/vocab.py: no other module has a string with kg's namespaces (docstrings aside)."""
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name == "vocab.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and "w3id.org/kg-cn" in node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_every_kg_term_is_labelled_in_chinese_and_english_and_defined(onto):
    for name in sorted(declared(onto)):
        term = KG[name]
        langs = {v.language for v in onto.objects(term, RDFS.label) if isinstance(v, Literal)}
        assert {"en", "zh"} <= langs, f"kg:{name} lacks an @en or @zh label"
        assert onto.value(term, SKOS.definition) is not None, f"kg:{name} has no skos:definition"


def test_every_kg_property_has_a_domain_and_a_range(onto):
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for p in onto.subjects(RDF.type, kind):
            if str(p).startswith(KG_NS):
                assert onto.value(p, RDFS.domain) is not None, f"{p} has no domain"
                assert onto.value(p, RDFS.range) is not None, f"{p} has no range"


def test_no_kg_property_is_both_object_and_datatype(onto):
    both = set(onto.subjects(RDF.type, OWL.ObjectProperty)) & set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    assert not both


def test_organisation_kinds_roles_report_kinds_and_levels(onto):
    for kind in ORG_KINDS:
        if kind != "Organisation":
            assert (KG[kind], RDFS.subClassOf, KG.Organisation) in onto, kind
    for cls, members, scheme in ((KG.Role, ROLE_TERMS.values(), KG.RoleScheme),
                                 (KG.ReportKind, REPORT_KIND_TERMS.values(), KG.ReportKindScheme)):
        enum = next(onto.objects(cls, OWL.equivalentClass))
        assert set(Collection(onto, onto.value(enum, OWL.oneOf))) == set(members)
        for m in members:
            assert (m, RDF.type, cls) in onto and (m, SKOS.inScheme, scheme) in onto
            assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert len(ROLE_TERMS) == 6
    for level in (KG.Province, KG.Prefecture, KG.County):
        assert (level, RDFS.subClassOf, KG.Place) in onto


ALIGNMENTS = [
    (KG.Organisation, RDFS.subClassOf, ORG.Organization),
    (KG.GovernmentDepartment, RDFS.subClassOf, ORG.OrganizationalUnit),
    (KG.Government, RDFS.subClassOf, SCHEMA.GovernmentOrganization),
    (KG.PostHolding, RDFS.subClassOf, ORG.Membership),
    (KG.Person, RDFS.subClassOf, SCHEMA.Person),
    (KG.Person, RDFS.subClassOf, PERSON.Person),
    (KG.Meeting, RDFS.subClassOf, SCHEMA.Event),
    (KG.Place, RDFS.subClassOf, SCHEMA.AdministrativeArea),
    (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (KG.Article, RDFS.subClassOf, PROV.Entity),
    (KG.Fact, RDFS.subClassOf, PROV.Entity),
    (KG.Policy, RDFS.subClassOf, SKOS.Concept),
    (KG.Measure, RDFS.subClassOf, SKOS.Concept),
    (KG.PolicyScheme, RDF.type, SKOS.ConceptScheme),
    (KG.Figure, RDFS.subClassOf, QB.Observation),
    (KG.value, RDF.type, QB.MeasureProperty),
    (KG.unitOfMeasure, RDF.type, QB.AttributeProperty),
    (KG.time, RDF.type, QB.DimensionProperty),
    (KG.EvidenceSpan, RDFS.subClassOf, NIF.OffsetBasedString),
    (KG.date, RDFS.subPropertyOf, DCTERMS.date),
    (KG.date, RDFS.seeAlso, TIME.inXSDDate),
    (KG.name, RDFS.subPropertyOf, SCHEMA.name),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].n3()} {t[2].n3()}".replace(KG_NS, "kg:"))
def test_aligned_with_the_standards(onto, triple):
    assert triple in onto


def test_every_kg_class_is_aligned_or_specialises_a_kg_class(onto):
    for c in onto.subjects(RDF.type, OWL.Class):
        if str(c).startswith(KG_NS) and c not in (KG.LinkOutcome,):
            supers = set(onto.objects(c, RDFS.subClassOf)) | set(onto.objects(c, OWL.equivalentClass))
            assert supers, f"{c} stands alone"


def _owlready_world(extra_nt: bytes = b""):
    import owlready2

    data = Graph().parse(ONTOLOGY, format="turtle").serialize(format="nt", encoding="utf-8") + extra_nt
    world = owlready2.World()
    ontology = world.get_ontology(KG_NS.rstrip("#")).load(fileobj=io.BytesIO(data), format="ntriples")
    return owlready2, world, ontology


def test_owlready2_loads_the_ontology():
    _, world, ontology = _owlready_world()
    names = {c.name for c in ontology.classes()}
    assert {"Meeting", "PostHolding", "Figure", "Role"} <= names
    assert world["https://w3id.org/kg-cn/ontology#Convener"] is not None


def _hermit(owlready2, world) -> None:
    assert shutil.which("java"), "HermiT needs Java: apt-get install -y default-jre-headless (see .ci/run)"
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


def test_hermit_finds_the_ontology_consistent():
    owlready2, world, _ = _owlready_world()
    _hermit(owlready2, world)  # raises OwlReadyInconsistentOntologyError if inconsistent
    assert list(world.inconsistent_classes()) == []


def test_hermit_finds_a_contradiction_when_there_is_one():
    """The reasoner run is not a formality: a place of two disjoint levels is caught."""
    owlready2, world, _ = _owlready_world(
        f"<{vocab.ID}place/000000> <{RDF.type}> <{KG.Province}> .\n"
        f"<{vocab.ID}place/000000> <{RDF.type}> <{KG.County}> .\n".encode())
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(owlready2, world)


def test_the_package_carries_the_one_ontology():
    """kg/ontology is a link to ontology/: the installed package reads the same file, not a copy."""
    assert (ROOT / "kg" / "ontology").is_symlink()
    assert (ROOT / "kg" / "ontology").resolve() == (ROOT / "ontology").resolve()
    for name in ("kg.ttl", "shapes.ttl", "owl-time.rq"):
        assert files("kg").joinpath(f"ontology/{name}").read_bytes() == (ROOT / "ontology" / name).read_bytes()


# --- identifiers ---------------------------------------------------------------------------------

def _build_iris(tmp: Path, seed: str) -> set[str]:
    out = tmp / f"seed{seed}"
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "kg", "build", str(HENGSHUI), "--out", str(out)], check=True, env=env,
                   capture_output=True)
    g = Graph().parse(out / "graph.ttl")
    return {str(t) for triple in g for t in triple if isinstance(t, URIRef)}


def test_rebuilding_gives_the_same_iris(tmp_path):
    first, second = _build_iris(tmp_path, "1"), _build_iris(tmp_path, "2")
    assert first == second
    assert any("/person/131100/李国勇" in i for i in first)


def test_iris_follow_the_documented_scheme():
    from kg.pipeline import build_file
    from kg.rdf import to_rdf

    g = to_rdf(build_file(HENGSHUI))
    digest = hashlib.sha256(HENGSHUI.read_bytes()).hexdigest()
    article = next(g.subjects(RDF.type, KG.Article))
    assert str(article) == f"{vocab.ID}article/{digest[:16]}"
    for place in g.subjects(RDF.type, KG.Place):
        assert str(place) == f"{vocab.ID}place/{g.value(place, KG.divisionCode)}"
    for span in g.subjects(RDF.type, KG.EvidenceSpan):
        start, end = g.value(span, NIF.beginIndex), g.value(span, NIF.endIndex)
        assert str(span) == f"{article}/span/{start}-{end}"
    for org in g.subjects(RDF.type, KG.Organisation):
        assert str(org) == f"{vocab.ID}org/{g.value(org, KG.name)}"
    for fact in g.subjects(PROV.wasDerivedFrom, article):
        assert re.fullmatch(re.escape(f"{vocab.ID}fact/") + r"[a-z]+/[0-9a-f]{16}", str(fact))


# --- pinyin ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, latin", [
    ("李国勇", "Li Guoyong"), ("崔海霞", "Cui Haixia"), ("欧阳晓明", "Ouyang Xiaoming"), ("司马光", "Sima Guang"),
    ("诸葛亮", "Zhuge Liang"), ("曾国藩", "Zeng Guofan"), ("单田芳", "Shan Tianfang"), ("缪生惺", "Miao Shengxing"),
    ("吕栋", "Lü Dong"), ("王国安", "Wang Guo'an"),
])
def test_pinyin_names(name, latin):
    assert pinyin_name(name) == latin


def test_persons_carry_their_pinyin_label():
    from kg.pipeline import build_file
    from kg.rdf import to_rdf

    g = to_rdf(build_file(HENGSHUI))
    person = next(p for p in g.subjects(RDF.type, KG.Person) if str(g.value(p, KG.name)) == "李国勇")
    assert Literal("Li Guoyong", lang="en") in set(g.objects(person, RDFS.label))
    assert Literal("李国勇", lang="zh") in set(g.objects(person, RDFS.label))


# --- OWL-Time ------------------------------------------------------------------------------------

def test_owl_time_query_gives_each_dated_meeting_an_instant():
    query = (ROOT / "ontology" / "owl-time.rq").read_text(encoding="utf-8")
    m = URIRef(f"{vocab.ID}meeting/cn/2021-03-05/x")
    n = URIRef(f"{vocab.ID}meeting/cn/--11-19/y")
    g = Graph()
    for node, date, dt in ((m, "2021-03-05", XSD.date), (n, "--11-19", XSD.gMonthDay)):
        g.add((node, RDF.type, KG.Meeting))
        g.add((node, KG.date, Literal(date, datatype=dt)))
    out = g.query(query).graph
    t = out.value(m, TIME.hasTime)
    assert (t, RDF.type, TIME.Instant) in out and out.value(t, TIME.inXSDDate) == Literal("2021-03-05", datatype=XSD.date)
    desc = out.value(out.value(n, TIME.hasTime), TIME.inDateTime)
    assert out.value(desc, TIME.month) == Literal("--11", datatype=XSD.gMonth)
    assert out.value(desc, TIME.day) == Literal("---19", datatype=XSD.gDay)


# --- the documentation page ------------------------------------------------------------------------

def test_docs_page_is_offline_and_complete(tmp_path, onto):
    written = write_docs(tmp_path, HENGSHUI)
    assert {p.name for p in written} == {"index.html", "kg.ttl", "shapes.ttl"}
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)=["']?https?:[^"']*\.(css|js)""", page)
    for name in declared(onto):
        assert f'id="{name}"' in page, f"kg:{name} has no entry on the page"
    assert "org:Membership" in page and "qb:Observation" in page and "schema:Event" in page
    assert "李国勇" in page and "kg:Speaker" in page  # the example, from the Hengshui article
    assert (tmp_path / "kg.ttl").read_bytes() == ONTOLOGY.read_bytes()


def test_committed_docs_page_is_current():
    committed = (ROOT / "exports" / "ontology" / "index.html").read_text(encoding="utf-8")
    assert committed == render_page(HENGSHUI), \
        "exports/ontology/index.html is stale: run `kg docs --out exports/ontology` and commit it"


@pytest.mark.parametrize("module", ["kg.pinyin", "kg.validate"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted >= 1 and result.failed == 0
