"""Exports for the tools users already have: one module per format.

    rdf.py      Turtle, N-Triples, N-Quads, TriG (one named graph per article), JSON-LD
    network.py  the graph as a networkx network with plain attributes (label, kind, colour)
    graphml.py  GraphML for Gephi and Cytoscape
    gexf.py     GEXF for Gephi
    csv.py      nodes.csv and edges.csv in the shape Neo4j's bulk import reads
    popolo.py   Popolo JSON (persons, organizations, memberships, posts, events)

Every export starts from an rdflib :class:`~rdflib.Dataset` with one named
graph per article (see :func:`kg.export.rdf.article_dataset`) and is sorted,
so the same graph always gives the same bytes. :class:`ExportFormat` names the
formats; :func:`export` writes one.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path

from rdflib import Dataset

from ..errors import UsageError
from ..output import atomic_write

__all__ = ["ExportFormat", "export", "write_text"]


class ExportFormat(str, Enum):
    """The formats `kg export` writes.

    >>> ExportFormat.from_extension("nq")
    <ExportFormat.NQUADS: 'nquads'>
    >>> ExportFormat.from_path("out/hengshui.popolo.json").value
    'popolo'
    >>> ExportFormat.GRAPHML.extension
    'graphml'
    >>> ExportFormat.named("gexf") is ExportFormat.GEXF
    True
    """

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"
    POPOLO = "popolo"

    @property
    def extension(self) -> str:
        """The file extension of the format (csv writes a folder of two .csv files)."""
        return _EXTENSIONS[self][0]

    @property
    def is_rdf(self) -> bool:
        return self in _RDF

    @classmethod
    def named(cls, name: str | ExportFormat) -> ExportFormat:
        """The format called ``name`` (``"gexf"``), or a UsageError listing the formats."""
        try:
            return cls(name)
        except ValueError:
            raise UsageError(f"unknown export format {name!r}; use one of "
                             f"{', '.join(f.value for f in cls)}") from None

    @classmethod
    def from_extension(cls, extension: str) -> ExportFormat:
        """The format of a file extension (``ttl``, ``.nq``, ``popolo.json``...)."""
        ext = extension.lower().lstrip(".")
        for fmt, exts in _EXTENSIONS.items():
            if ext in exts:
                return fmt
        known = ", ".join(f".{e}" for exts in _EXTENSIONS.values() for e in exts)
        raise UsageError(f"cannot tell the export format from the extension {extension!r}; "
                         f"pass --format or use one of {known}")

    @classmethod
    def from_path(cls, path: str | Path) -> ExportFormat:
        """The format that the name of ``path`` asks for (its last two suffixes, then its last)."""
        suffixes = [s.lower() for s in Path(path).suffixes]
        if len(suffixes) >= 2 and "".join(suffixes[-2:]) == ".popolo.json":
            return cls.POPOLO
        return cls.from_extension(suffixes[-1] if suffixes else "")


_EXTENSIONS = {
    ExportFormat.TURTLE: ("ttl", "turtle"), ExportFormat.NTRIPLES: ("nt",), ExportFormat.NQUADS: ("nq",),
    ExportFormat.TRIG: ("trig",), ExportFormat.JSONLD: ("jsonld", "json-ld"),
    ExportFormat.GRAPHML: ("graphml",), ExportFormat.GEXF: ("gexf",), ExportFormat.CSV: ("csv",),
    ExportFormat.POPOLO: ("popolo.json",),
}
_RDF = {ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD}


def export(dataset: Dataset, fmt: ExportFormat | str, path: str | Path) -> list[Path]:
    """Write ``dataset`` (one named graph per article) to ``path`` in ``fmt``; return the files written.

    CSV writes ``nodes.csv`` and ``edges.csv`` into the folder ``path``.
    """
    from . import csv, gexf, graphml, popolo, rdf
    from .network import to_network

    fmt = ExportFormat.named(fmt)
    path = Path(path)
    if fmt.is_rdf:
        return [rdf.write_rdf(dataset, path, fmt)]
    if fmt is ExportFormat.POPOLO:
        return [popolo.write_popolo(rdf.union(dataset), path)]
    net = to_network(rdf.union(dataset))
    if fmt is ExportFormat.GRAPHML:
        return [graphml.write_graphml(net, path)]
    if fmt is ExportFormat.GEXF:
        return [gexf.write_gexf(net, path)]
    return csv.write_csv(net, path)


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (through :func:`kg.output.atomic_write`); return the path."""
    path = Path(path)
    with atomic_write(path) as fh:
        fh.write(text)
    return path
