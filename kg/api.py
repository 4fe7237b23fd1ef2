"""kg's Python API: everything the `kg` command does, from a notebook, with one import.

Build a graph from an article's text, ask it a named query, and take it to the
tool you use:

>>> import kg
>>> text = ("2021年11月19日，衡水市召开教育工作会议。市委副书记李国勇出席会议并讲话。"
...         "副市长崔海霞主持会议。")
>>> g = kg.build(text, meta={"id": "example", "published": "2021-11-19", "place": "衡水市"})
>>> "李国勇" in {row["participant"] for row in g.query("participants")}
True
>>> g.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/kg-cn/ontology#Article> }")
[{'n': '1'}]
>>> net = g.to_networkx()
>>> sorted({net.nodes[n]["kind"] for n in net} & {"Meeting", "Person"})
['Meeting', 'Person']

A graph keeps one named graph per article (:attr:`KnowledgeGraph.dataset`), so
N-Quads and TriG exports say which article said what. :func:`load` opens a
graph that ``kg build`` or ``kg export`` wrote.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, overload, Literal as TypingLiteral

import networkx as nx
from rdflib import Dataset, Graph

from .document import Meta
from .errors import InputError, MetaError, UsageError
from .export import ExportFormat
from .model import ArticleGraph

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyoxigraph

__all__ = ["KnowledgeGraph", "build", "build_files", "load"]

Row = dict[str, str]


class KnowledgeGraph:
    """The graph of one or more articles.

    Make one with :func:`build`, :func:`build_files` or :func:`load`. It holds
    an rdflib :class:`~rdflib.Dataset` with one named graph per article (named
    by the article's IRI), the entity mentions found in the text, and the
    warnings raised while reading it.
    """

    def __init__(self, dataset: Dataset, mentions: Iterable[Mapping[str, Any]] = ()) -> None:
        self.dataset = dataset
        self._mentions = [dict(m) for m in mentions]
        self._union: Graph | None = None
        self._store: pyoxigraph.Store | None = None

    @classmethod
    def from_articles(cls, articles: Iterable[ArticleGraph]) -> KnowledgeGraph:
        """The graph of articles built by :mod:`kg.pipeline`."""
        from .export.rdf import article_dataset
        from .output import mention_records

        articles = list(articles)
        return cls(article_dataset(articles), [rec for ag in articles for rec in mention_records(ag)])

    def __len__(self) -> int:
        """The number of statements (the union of the articles' graphs)."""
        return len(self.to_rdf())

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self.articles)} articles, {len(self)} statements>"

    @property
    def articles(self) -> list[str]:
        """The identifiers of the articles in the graph, sorted."""
        from .vocab import DCTERMS, KG, RDF

        g = self.to_rdf()
        return sorted(str(g.value(a, DCTERMS.identifier) or a) for a in g.subjects(RDF.type, KG.Article))

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Entity mentions, as in mentions.jsonl: article, start, end, raw_start, raw_end, text, type, iri.

        A graph opened with :func:`load` has them when mentions.jsonl lies beside the graph file.
        """
        return [dict(m) for m in self._mentions]

    @property
    def warnings(self) -> list[dict[str, Any]]:
        """What could not be read, per article: article, code, message, start, end (-1: no span)."""
        from .vocab import DCTERMS, KG, NIF, RDFS

        g = self.to_rdf()
        out = []
        for art, w in g.subject_objects(KG.warning):
            start, end = g.value(w, NIF.beginIndex), g.value(w, NIF.endIndex)
            out.append({"article": str(g.value(art, DCTERMS.identifier) or art), "code": str(g.value(w, KG.code)),
                        "message": str(g.value(w, RDFS.comment) or ""),
                        "start": int(start) if start is not None else -1, "end": int(end) if end is not None else -1})
        return sorted(out, key=lambda w: (w["article"], w["start"], w["code"], w["message"]))

    def to_rdf(self) -> Graph:
        """All the statements in one rdflib Graph (the union of the articles' graphs).

        The graph is shared with this object: copy it before changing it.
        """
        if self._union is None:
            from .export.rdf import union

            self._union = union(self.dataset)
        return self._union

    def _query_store(self) -> pyoxigraph.Store:
        if self._store is None:
            from .query import store_from_rdflib

            self._store = store_from_rdflib(self.to_rdf())
        return self._store

    @overload
    def query(self, query: str, *, as_frame: TypingLiteral[False] = False) -> list[Row]: ...

    @overload
    def query(self, query: str, *, as_frame: TypingLiteral[True]) -> pandas.DataFrame: ...

    def query(self, query: str, *, as_frame: bool = False) -> list[Row] | pandas.DataFrame:
        """Run a named query (``participants``...), a ``.rq`` file or a SPARQL SELECT.

        Rows come back as dicts of strings (unbound: ""), or as a pandas
        DataFrame with ``as_frame=True`` (pandas must be installed).
        """
        from .query import resolve_query, run_query

        label, sparql = resolve_query(query)
        cols, rows = run_query(self._query_store(), sparql, label)
        if not as_frame:
            return rows
        try:
            import pandas
        except ImportError:
            raise UsageError("query(..., as_frame=True) needs pandas: pip install pandas") from None
        return pandas.DataFrame(rows, columns=cols)

    def query_frame(self, query: str) -> pandas.DataFrame:
        """:meth:`query` as a pandas DataFrame."""
        return self.query(query, as_frame=True)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, facts between them as edges, with string attributes (label, kind, colour...)."""
        from .export.network import to_network

        return to_network(self.to_rdf())

    def export(self, fmt: ExportFormat | str | None, path: str | Path) -> list[Path]:
        """Write the graph to ``path`` in ``fmt`` (by default, the format of the path's extension).

        Returns the files written (csv writes nodes.csv and edges.csv into the folder ``path``).
        """
        from .export import export

        return export(self.dataset, ExportFormat.named(fmt) if fmt else ExportFormat.from_path(path), path)


def _meta(meta: Meta | Mapping[str, str] | None) -> Meta:
    if meta is None or isinstance(meta, Meta):
        return meta or Meta()
    unknown = sorted(set(meta) - set(Meta.__dataclass_fields__))
    if unknown:
        raise MetaError(f"meta: unknown field(s) {', '.join(unknown)}; "
                        f"use {', '.join(Meta.__dataclass_fields__)}")
    return Meta(**{k: str(v) for k, v in meta.items()})


def build(text: str, meta: Meta | Mapping[str, str] | None = None) -> KnowledgeGraph:
    """The graph of one article given as text; ``meta`` holds its id, title, published date, place, source.

    >>> g = build("2021年11月19日，衡水市召开教育工作会议。", meta={"id": "a1"})
    >>> g.articles
    ['a1']
    """
    from .pipeline import build_text

    return KnowledgeGraph.from_articles([build_text(text, _meta(meta))])


def build_files(paths: Iterable[str | Path], encoding: str | None = None) -> KnowledgeGraph:
    """The graph of the article files at ``paths`` (with NAME.meta.json beside each, when there is one)."""
    from .pipeline import build_file

    return KnowledgeGraph.from_articles([build_file(p, encoding=encoding) for p in paths])


def _is_store(path: Path) -> bool:
    from .store.store import MARKER

    return (path / MARKER).is_file()


def load(path: str | Path) -> KnowledgeGraph:
    """Open a graph that kg wrote: a graph.ttl (or .nt, .nq, .trig, .jsonld), the folder of `kg build`,
    or a store folder of `kg ingest` (read into memory: one named graph per article).

    mentions.jsonl beside the file is read too, when it is there.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> _ = build("衡水市召开教育工作会议。", meta={"id": "a1"}).export("turtle", os.path.join(folder, "g.ttl"))
    >>> load(os.path.join(folder, "g.ttl")).articles
    ['a1']
    """
    from .export.rdf import read_rdf

    path = Path(path)
    if path.is_dir() and _is_store(path):
        from .store import open_store

        with open_store(path) as store:
            return KnowledgeGraph(store.dataset())
    if path.is_dir():
        path = path / "graph.ttl"
    dataset = read_rdf(path)
    mentions = []
    beside = path.parent / "mentions.jsonl"
    if beside.is_file():
        try:
            with open(beside, encoding="utf-8") as fh:
                mentions = [json.loads(line) for line in fh if line.strip()]
        except (OSError, ValueError) as e:
            raise InputError(f"{beside}: not readable mentions ({e}); rebuild with `kg build`") from None
    return KnowledgeGraph(dataset, mentions)
