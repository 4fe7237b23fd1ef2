"""RDF exports: Turtle, N-Triples, N-Quads, TriG and JSON-LD, and their readers.

kg keeps a corpus as an rdflib :class:`~rdflib.Dataset` with one named graph
per article, named by the article's IRI (:func:`kg.ids.article_iri`). N-Quads
and TriG keep those graphs; Turtle, N-Triples and JSON-LD write their union.
JSON-LD compacts with the @context shipped in the package (``context.jsonld``)
and carries it inline, so a reader needs no network.

Every writer is deterministic: blank nodes are named by what they state
(:func:`stable_bnodes`), lines, graphs and JSON objects are sorted.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from rdflib import BNode, Dataset, Graph, Literal, plugin
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer
from rdflib.term import Node

from ..errors import InputError, UsageError
from ..ids import article_iri
from ..model import ArticleGraph
from ..rdf import to_rdf
from ..vocab import KG, NIF, ORG, PROV, RDF, bind_prefixes
from . import ExportFormat, write_text

__all__ = ["article_dataset", "split_by_article", "union", "stable_bnodes", "context", "serialize",
           "write_rdf", "read_rdf"]

Quad = tuple[Node, Node, Node, Node]

# predicates whose object is the article a subject comes from
_FROM_ARTICLE = (PROV.wasDerivedFrom, NIF.referenceContext, KG.mentionedIn, KG.reportedIn, KG.referredToIn)
_RDFLIB_FORMATS = {ExportFormat.TURTLE: "turtle", ExportFormat.NTRIPLES: "nt", ExportFormat.NQUADS: "nquads",
                   ExportFormat.TRIG: "trig", ExportFormat.JSONLD: "json-ld"}


def article_dataset(ags: Iterable[ArticleGraph]) -> Dataset:
    """A dataset with one named graph per article, each built by :func:`kg.rdf.to_rdf`."""
    ds = Dataset()
    bind_prefixes(ds)
    for ag in ags:
        to_rdf(ag, ds.graph(article_iri(ag.doc.digest)))
    return ds


def split_by_article(graph: Graph) -> Dataset:
    """The merged ``graph`` (a graph.ttl) back as one named graph per article.

    A statement goes to the graph of each article its subject comes from: the
    article itself, a fact's ``prov:wasDerivedFrom``, a span's
    ``nif:referenceContext``, an entity's ``kg:mentionedIn``, a warning's
    article, a post's holdings. An entity that several articles mention is
    stated in each of their graphs; what no article claims stays in the
    default graph. The union of the graphs is ``graph``.
    """
    owners: dict[Node, set[Node]] = defaultdict(set)
    for art in graph.subjects(RDF.type, KG.Article):
        owners[art].add(art)
    for p in _FROM_ARTICLE:
        for s, art in graph.subject_objects(p):
            owners[s].add(art)
    for art, w in graph.subject_objects(KG.warning):
        owners[w].add(art)
    for fact, post in graph.subject_objects(ORG.role):
        owners[post] |= owners[fact]
    ds = Dataset()
    bind_prefixes(ds)
    for s, p, o in graph:
        for art in owners.get(s) or (DATASET_DEFAULT_GRAPH_ID,):
            ds.graph(art).add((s, p, o))
    return ds


def union(ds: Dataset) -> Graph:
    """All the statements of ``ds`` in one graph."""
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def stable_bnodes(quads: Iterable[Quad]) -> list[Quad]:
    """``quads`` with each blank node renamed by what it states, so output does not vary between runs."""
    quads = list(quads)
    content: dict[BNode, list[str]] = defaultdict(list)
    for s, p, o, _ in quads:
        if isinstance(s, BNode):
            content[s].append(f"{p.n3()} {'_' if isinstance(o, BNode) else o.n3()}")
        if isinstance(o, BNode):
            content[o].append(f"^{'_' if isinstance(s, BNode) else s.n3()} {p.n3()}")
    if not content:
        return quads
    names: dict[BNode, BNode] = {}
    seen: Counter[str] = Counter()
    for b in sorted(content, key=lambda b: sorted(content[b])):
        h = hashlib.sha1("\n".join(sorted(content[b])).encode("utf-8")).hexdigest()[:16]
        names[b] = BNode(f"b{h}" + (f"n{seen[h]}" if seen[h] else ""))
        seen[h] += 1
    return [(names.get(s, s), p, names.get(o, o), g) for s, p, o, g in quads]  # type: ignore[arg-type]


class _LosslessTurtle(TurtleSerializer):
    """rdflib's Turtle writer, except that a number keeps its lexical form.

    rdflib writes ``"36"^^xsd:decimal`` as the bare ``36.0``, which reads back
    as a different literal; such a number is written in full instead.
    """

    def label(self, node: Node, position: int) -> str:
        text = super().label(node, position)
        if isinstance(node, Literal) and node.datatype is not None and not text.startswith('"') \
                and text != str(node):
            return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, False))
        return text


plugin.register("kg-turtle", Serializer, __name__, "_LosslessTurtle")


@lru_cache(maxsize=1)
def _context_text() -> str:
    return resources.files("kg.export").joinpath("context.jsonld").read_text(encoding="utf-8")


def context() -> dict[str, Any]:
    """The JSON-LD @context shipped with kg (a fresh copy)."""
    return json.loads(_context_text())["@context"]


def _stable(ds: Dataset) -> Dataset:
    out = Dataset()
    bind_prefixes(out)
    for s, p, o, g in sorted(stable_bnodes(ds.quads((None, None, None, None))), key=lambda q: q[3]):
        out.graph(g).add((s, p, o))
    return out


def _sorted_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_json(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def _trig(ds: Dataset) -> str:
    """TriG with the graphs in order of their names (rdflib's writer follows its store's set order)."""
    prefixes: set[str] = set()
    blocks = []
    for g in sorted((g for g in ds.graphs() if len(g)), key=lambda g: g.identifier):
        lines = g.serialize(format="kg-turtle").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        # not indented: a literal with a line break is written across lines
        body = "\n".join(line for line in lines if not line.startswith("@prefix"))
        name = "" if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier.n3() + " "
        blocks.append(f"{name}{{\n{body.strip(chr(10))}\n}}\n")
    return "\n".join(["\n".join(sorted(prefixes)) + "\n", *blocks])


def serialize(ds: Dataset, fmt: ExportFormat) -> str:
    """``ds`` as text in the RDF format ``fmt``; the same dataset always gives the same text."""
    fmt = ExportFormat(fmt)
    if not fmt.is_rdf:
        raise ValueError(f"{fmt.value} is not an RDF format")
    stable = _stable(ds)
    if fmt is ExportFormat.NQUADS:
        lines = stable.serialize(format="nquads").splitlines()
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())
    if fmt is ExportFormat.TRIG:
        return _trig(stable)
    g = union(stable)
    if fmt is ExportFormat.NTRIPLES:
        return "".join(line + "\n" for line in sorted(set(g.serialize(format="nt").splitlines())) if line.strip())
    if fmt is ExportFormat.TURTLE:
        return g.serialize(format="kg-turtle")
    doc = json.loads(g.serialize(format="json-ld", context=context(), auto_compact=True))
    body = {k: _sorted_json(v) for k, v in doc.items() if k != "@context"}
    return json.dumps({"@context": doc.get("@context", context()), **body}, ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


def write_rdf(ds: Dataset, path: str | Path, fmt: ExportFormat | None = None) -> Path:
    """Write ``ds`` to ``path`` in ``fmt`` (by default, the format of the path's extension)."""
    return write_text(path, serialize(ds, fmt or ExportFormat.from_path(path)))


def read_rdf(path: str | Path, fmt: ExportFormat | None = None) -> Dataset:
    """Read an RDF file that kg wrote: N-Quads and TriG keep their graphs, others are split by article."""
    path = Path(path)
    if fmt is None:
        try:
            fmt = ExportFormat.from_path(path)
        except UsageError:
            fmt = ExportFormat.TURTLE
    fmt = ExportFormat(fmt)
    if not fmt.is_rdf:
        raise InputError(f"{path}: {fmt.value} is not an RDF format; give a .ttl, .nt, .nq, .trig or .jsonld file")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with `kg build ARTICLE --out DIR` "
                         "and pass DIR/graph.ttl")
    target: Graph = Dataset() if fmt in (ExportFormat.NQUADS, ExportFormat.TRIG) else Graph()
    try:
        target.parse(path, format=_RDFLIB_FORMATS[fmt])
    except Exception as e:  # rdflib raises many kinds of parse errors
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"{path}: not a readable {fmt.value} graph ({first}); rebuild it with `kg build`") from None
    if isinstance(target, Dataset):
        bind_prefixes(target)
        return target
    return split_by_article(target)

