"""Check a graph against kg's SHACL shapes (ontology/shapes.ttl), with pySHACL.

Each violation comes back with the entity it is about (its IRI and name), the
rule it breaks (the shape and its message) and the sentence that supports the
entity, so that a reader can see at once what was read from where:

>>> from rdflib import Graph
>>> report = validate(Graph())
>>> report.conforms, report.violations
(True, [])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import InputError
from .vocab import KG, KGSH, NIF, RDF, RDFS, SH, bind_prefixes

__all__ = ["Violation", "ValidationReport", "shapes_graph", "ontology_graph", "load_target", "validate",
           "format_report"]


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes that ship with kg (ontology/shapes.ttl)."""
    return Graph().parse(data=files("kg").joinpath("ontology/shapes.ttl").read_text(encoding="utf-8"),
                         format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The kg ontology that ships with kg (ontology/kg.ttl)."""
    return Graph().parse(data=files("kg").joinpath("ontology/kg.ttl").read_text(encoding="utf-8"),
                         format="turtle")


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule: ``focus`` (an IRI) breaks ``shape``'s rule on ``path``."""

    focus: str
    shape: str
    path: str
    message: str
    name: str = ""  # the entity's name, if it has one
    value: str = ""  # the offending value, if any
    evidence: str = ""  # the sentence that supports the entity, if any


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    @property
    def entities(self) -> int:
        return len({v.focus for v in self.violations})


def load_target(path: str | Path) -> Graph:
    """The graph in the RDF file ``path``, or the union of the store in folder ``path``."""
    path = Path(path)
    if path.is_dir():
        from .store import open_store

        with open_store(path) as store:
            return store.graph()
    from .cli.view import read_graph

    return read_graph(path)


def _short(g: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - rdflib raises several kinds for IRIs it cannot shorten
            return str(node)
    return str(node)


def _evidence(g: Graph, node: Node) -> str:
    """The sentence behind ``node``: its own evidence, its text if it is a span, or that of a fact using it."""
    text = g.value(node, NIF.anchorOf)
    if text is not None:
        return str(text)
    for span in sorted(g.objects(node, KG.evidence)):
        text = g.value(span, NIF.anchorOf)
        if text is not None:
            return str(text)
    for s in sorted(g.subjects(None, node)):  # a post: the holding that names it
        for span in sorted(g.objects(s, KG.evidence)):
            text = g.value(span, NIF.anchorOf)
            if text is not None:
                return str(text)
    return ""


def _name(g: Graph, node: Node) -> str:
    for p in (KG.name, RDFS.label, KG.postTitle):
        v = g.value(node, p)
        if v is not None:
            return str(v)
    return ""


def validate(graph: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against ``shapes`` (default: kg's own)."""
    from pyshacl import validate as shacl_validate

    shapes = shapes if shapes is not None else shapes_graph()
    conforms, results, _ = shacl_validate(graph, shacl_graph=shapes, inference="none", advanced=False,
                                          abort_on_first=False, allow_warnings=False, meta_shacl=False)
    owner = {prop: node for node, prop in shapes.subject_objects(SH.property)}
    names = Graph()
    bind_prefixes(names)
    names.bind("kgsh", KGSH)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        source = results.value(result, SH.sourceShape)
        shape = owner.get(source, source)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = f"breaks {_short(names, component)}"
        violations.append(Violation(
            focus=str(focus), shape=_short(names, shape) if isinstance(shape, URIRef) else "(shape)",
            path=_short(names, results.value(result, SH.resultPath)), message=str(message),
            name=_name(graph, focus), value=_short(names, results.value(result, SH.value)),
            evidence=_evidence(graph, focus)))
    return ValidationReport(bool(conforms), len(graph), sorted(set(violations)))


def format_report(report: ValidationReport, source: str) -> str:
    """The report as the CLI prints it: one block per violation, then a summary line."""
    if report.conforms:
        return f"valid: {source} conforms to the kg shapes ({report.triples} triples)"
    lines = []
    for v in report.violations:
        lines.append(f"{v.focus}" + (f" ({v.name})" if v.name else ""))
        where = f" on {v.path}" if v.path else ""
        value = f" [value: {v.value}]" if v.value else ""
        lines.append(f"  rule: {v.shape}{where}: {v.message}{value}")
        lines.append(f"  evidence: {v.evidence}" if v.evidence else "  evidence: (none in the graph)")
    lines.append(f"invalid: {source}: {len(report.violations)} violations on {report.entities} nodes "
                 f"({report.triples} triples)")
    return "\n".join(lines)
