"""The store: a folder holding a pyoxigraph (RocksDB) dataset of many articles.

Layout of a store folder::

    DIR/kg-store.json   marks the folder as a kg store (format version); counts the bulk loads
                        since the store was last compacted
    DIR/lock            held (flock) by the one writer, shared by readers; holds the writer's pid
    DIR/oxigraph/       the pyoxigraph/RocksDB data (``oxigraph serve-read-only --location DIR/oxigraph``)

The dataset:

- one named graph per article, ``id:article/{digest}`` (a hash of its content):
  what kg.rdf.to_rdf states about it, with surface forms as ``skos:altLabel``;
- one named graph per linked person name (kg.link), holding link decisions and
  ``owl:sameAs``;
- the default graph: the union of all of those, kept as a set. pyoxigraph's
  ``use_default_graph_as_union`` would repeat a triple once per graph that has
  it (衡水市's name, once per article naming it) and multiply the rows of every
  join, so the union is materialised instead: each write adds an article's
  triples to its graph and to the default graph in one transaction, and forgetting
  it removes from the default graph only the triples no other graph still has;
- ``id:store/manifest``: which file each article came from (``kg:sourcePath``);
- ``id:store/pending``: person names whose links are to be (re)computed; written
  in the same transaction as the article, cleared in the same transaction as the
  new decisions, so a killed ingest leaves nothing half-linked.
"""
from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..errors import StoreError
from ..vocab import ID, KG, MANIFEST_GRAPH, PENDING_GRAPH, RDF

__all__ = ["Store", "open_store", "MARKER", "FORMAT"]

MARKER = "kg-store.json"
FORMAT = 1
DATA = "oxigraph"


def _n(iri: object) -> str:
    return f"<{iri}>"


class Store:
    """An open store. Use :func:`open_store` (a context manager) to get one."""

    def __init__(self, path: Path, ox_store: ox.Store, write: bool, loads: int = 0) -> None:
        self.path = path
        self.ox = ox_store
        self.write = write
        self.loads = loads  # bulk loads since the last compaction (kept in the marker file)

    # --- reading --------------------------------------------------------------
    def query(self, sparql: str):  # type: ignore[no-untyped-def]
        """Run SPARQL over the default graph (the union of the articles)."""
        return self.ox.query(sparql)

    def run(self, sparql: str, label: str = "query") -> tuple[list[str], list[dict[str, str]]]:
        from ..query import run_query

        return run_query(self.ox, sparql, label)

    def quads(self, graph: str | None = None, named_only: bool = True) -> Iterator[ox.Quad]:
        """The store's quads (pyoxigraph), all named graphs or one; the default graph (the union) when
        ``named_only`` is False and ``graph`` is None."""
        if graph is not None:
            yield from self.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
            return
        for q in self.ox:
            if named_only and isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield q

    def triples(self) -> Iterator[ox.Triple]:
        """The triples of the union of all articles and link decisions (each once)."""
        for q in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield q.triple

    def graph(self):  # type: ignore[no-untyped-def]
        """An rdflib Graph of the union (for kg.html, exports): loaded through N-Triples."""
        from rdflib import Graph

        from ..vocab import bind_prefixes

        g = Graph()
        bind_prefixes(g)
        data = self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def dataset(self):  # type: ignore[no-untyped-def]
        """An rdflib Dataset of the article and link graphs (not the bookkeeping graphs)."""
        from rdflib import Dataset

        from ..vocab import bind_prefixes

        ds = Dataset()
        bind_prefixes(ds)
        for name in self.graph_names():
            if name in (str(MANIFEST_GRAPH), str(PENDING_GRAPH)):
                continue
            data = self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
            ds.graph(name).parse(data=data.decode("utf-8"), format="nt")
        return ds

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def articles(self) -> list[dict[str, object]]:
        """One dict per article: iri, id, digest, paths."""
        rows = self.ox.query(
            f"SELECT ?a ?id ?d (GROUP_CONCAT(?path; separator='\\n') AS ?paths) WHERE {{ ?a a {_n(KG.Article)} ; "
            f"<http://purl.org/dc/terms/identifier> ?id ; {_n(KG.digest)} ?d . "
            f"OPTIONAL {{ GRAPH {_n(MANIFEST_GRAPH)} {{ ?a {_n(KG.sourcePath)} ?path }} }} }} "
            "GROUP BY ?a ?id ?d ORDER BY ?id ?a")
        return [{"iri": r["a"].value, "id": r["id"].value, "digest": r["d"].value,
                 "paths": [p for p in (r["paths"].value if r["paths"] else "").split("\n") if p]} for r in rows]

    def count(self) -> int:
        """Triples in the union of all graphs."""
        r = next(iter(self.ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(r["n"].value)

    def pending(self) -> int:
        r = next(iter(self.ox.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_n(PENDING_GRAPH)} {{ ?s ?p ?o }} }}")))
        return int(r["n"].value)

    # --- writing (see kg.store.ingest for the article loop) ----------------------
    def _require_write(self) -> None:
        if not self.write:
            raise StoreError(f"{self.path}: opened read-only")

    def add_article(self, iri: str, ntriples: str, path: str, names: list[str], replaces: list[str] = ()) -> None:
        """Write one article's graph, its manifest entry and its pending names in one transaction,
        dropping the graphs of ``replaces`` (older versions of the same file) in the same one."""
        self._require_write()
        g = _n(iri)
        lines = [line for line in ntriples.splitlines() if line.strip()]
        extra = [f"{_n(MANIFEST_GRAPH)} {{ {g} {_n(KG.sourcePath)} {ox.Literal(path)} . }}",
                 f"{_n(PENDING_GRAPH)} {{ " + " ".join(
                     f"{_n(PENDING_GRAPH)} {_n(KG.pendingName)} {ox.Literal(n)} ." for n in names) + " }"]
        if not replaces:
            self.load_quads("".join(self.article_quads(iri, ntriples, path, names)))
            return
        body = "\n".join(lines)
        ops = [drop_graph_update(old) for old in replaces]
        ops.append("INSERT DATA { " + body + f"\n GRAPH {g} {{ {body} }}\n GRAPH " + "\n GRAPH ".join(extra) + " }")
        self.ox.update(" ;\n".join(ops))

    @property
    def max_batch(self) -> int:
        """The most new articles this store takes in one write."""
        return 1 << 20

    @staticmethod
    def article_quads(iri: str, ntriples: str, path: str, names: list[str],
                      known: set[str] | None = None) -> tuple[str, str]:
        """The N-Quads that add a new article: (its graph and its share of the union; its manifest
        entry and its names queued for linking). Write the first before the second: an article
        counts as stored only once its manifest entry is.

        ``known``: union lines already written by this ingest (kg.store.ingest keeps it): those
        are left out of the union share, and the new ones about shared entities are added to it."""
        g = _n(iri)
        lines = [line for line in ntriples.splitlines() if line.strip()]
        content = [line[:-1] + g + " .\n" for line in lines]  # "s p o ." → "s p o <g> ."
        union = lines if known is None else _unknown(lines, known)
        if union:
            content.append("\n".join(union) + "\n")
        records = [f"{g} {_n(KG.sourcePath)} {ox.Literal(path)} {_n(MANIFEST_GRAPH)} .\n"]
        records += [f"{_n(PENDING_GRAPH)} {_n(KG.pendingName)} {ox.Literal(n)} {_n(PENDING_GRAPH)} .\n"
                    for n in names]
        return "".join(content), "".join(records)

    def load_quads(self, nquads: str) -> None:
        """Load N-Quads in one transaction: all of them are written, or none."""
        self._require_write()
        if nquads:
            self.ox.load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def load_batch(self, content: str | bytes, records: str) -> None:
        """Write new articles: their graphs by bulk load (fast, not atomic), then their manifest
        entries and queued names in one transaction. Killed in between, the articles have no
        manifest entry, so the next ingest loads them again (a quad loaded twice is there once).
        ``content``: N-Quads, as text or UTF-8."""
        self._require_write()
        bulk = getattr(self.ox, "bulk_load", None)
        if bulk is None:  # a remote store: one request
            self.load_quads((content.decode("utf-8") if isinstance(content, bytes) else content) + records)
            return
        if content:
            bulk(content if isinstance(content, bytes) else content.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            self.loads += 1
        self.load_quads(records)

    def bulk_load_file(self, path: str) -> None:
        """Bulk-load an N-Quads file (fast, not atomic)."""
        self._require_write()
        self.ox.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        self.loads += 1

    def add_path(self, iri: str, path: str, drop_path_of: list[str] = ()) -> None:
        """Record that ``path`` holds the article ``iri`` (already stored); forget ``path`` for others."""
        self._require_write()
        ops = [f"DELETE DATA {{ GRAPH {_n(MANIFEST_GRAPH)} {{ {_n(o)} {_n(KG.sourcePath)} {ox.Literal(path)} }} }}"
               for o in drop_path_of]
        ops.append(f"INSERT DATA {{ GRAPH {_n(MANIFEST_GRAPH)} {{ {_n(iri)} {_n(KG.sourcePath)} {ox.Literal(path)} }} }}")
        self.ox.update(" ;\n".join(ops))

    def drop_graphs(self, iris: list[str]) -> None:
        """Forget whole graphs (articles or link graphs) in one transaction."""
        self._require_write()
        if iris:
            self.ox.update(" ;\n".join(drop_graph_update(i) for i in iris))

    def manifest(self) -> dict[str, set[str]]:
        """path → the article IRIs recorded for it."""
        out: dict[str, set[str]] = {}
        for r in self.ox.query(f"SELECT ?a ?p WHERE {{ GRAPH {_n(MANIFEST_GRAPH)} {{ ?a {_n(KG.sourcePath)} ?p }} }}"):
            out.setdefault(r["p"].value, set()).add(r["a"].value)
        return out

    def has_graph(self, iri: str) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(iri))

    def relink(self, batch: int = 500, progress=None) -> int:  # type: ignore[no-untyped-def]
        """Recompute the link decisions of every pending name; return how many names were done."""
        from .linking import relink_batch

        self._require_write()
        done = 0
        while True:
            names = [r["n"].value for r in self.ox.query(
                f"SELECT DISTINCT ?n WHERE {{ GRAPH {_n(PENDING_GRAPH)} {{ ?s {_n(KG.pendingName)} ?n }} }} "
                f"LIMIT {batch}")]
            if not names:
                return done
            relink_batch(self, names)
            done += len(names)
            if progress is not None:
                progress(len(names))

    def flush(self) -> None:
        if self.write:
            self.ox.flush()

    def compact(self) -> None:
        """Merge the files that bulk loads leave behind: queries on a store of many articles read
        several files a lookup until this runs (3-10x their time at 57k articles)."""
        self._require_write()
        self.ox.optimize()
        self.loads = 0

    @property
    def needs_compaction(self) -> bool:
        """Whether enough bulk loads have piled up since the last compaction to slow queries down.

        Compacting rewrites the whole store (100 s at 100k articles), so it is done once every
        COMPACT_AFTER loads, not after each ingest: a few loads cost a lookup a few more files
        (1000 articles in 4 loads: queries 1.6x their compacted time, all in milliseconds)."""
        return self.loads >= COMPACT_AFTER


# bulk loads (batches of new articles, Dask shards) after which `kg ingest` compacts the store
COMPACT_AFTER = 8


# subjects scoped to one article (its IRI, spans, nodes, facts): no other article's graph has their triples
_SCOPED = (f"<{ID}article/", f"<{ID}fact/")
# union lines about shared entities an ingest remembers having written: about 350 bytes each, so
# at most some 50 MB (1000 synthetic articles name 111k distinct ones)
KNOWN_MAX = 1 << 17


def _unknown(lines: list[str], known: set[str]) -> list[str]:
    """The ``lines`` not in ``known``; those about shared entities are added to it. Bounded: forgotten
    all at once when full (a line written again is there once all the same)."""
    if len(known) > KNOWN_MAX:
        known.clear()
    out = []
    add = out.append
    for line in lines:
        if line.startswith(_SCOPED):
            add(line)
        elif line not in known:
            known.add(line)
            add(line)
    return out


def drop_graph_update(iri: str) -> str:
    """SPARQL update that forgets graph ``iri``: queues its persons' names for relinking, removes from
    the default graph the triples no other graph has, drops the graph and its manifest entries."""
    g = _n(iri)
    return (f"INSERT {{ GRAPH {_n(PENDING_GRAPH)} {{ {_n(PENDING_GRAPH)} {_n(KG.pendingName)} ?n }} }} "
            f"WHERE {{ GRAPH {g} {{ ?p a {_n(KG.Person)} ; {_n(KG.name)} ?n }} }} ;\n"
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g} ;\n"
            f"DELETE WHERE {{ GRAPH {_n(MANIFEST_GRAPH)} {{ {g} ?mp ?mo }} }}")


def _is_store(path: Path) -> bool:
    return (path / MARKER).is_file()


def _check_marker(path: Path) -> dict:
    try:
        info = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{path}: its {MARKER} is damaged; ingest into a new folder") from None
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        found = info.get("format") if isinstance(info, dict) else None
        raise StoreError(f"{path}: a kg store of format {found}, this kg reads format {FORMAT}; "
                         "ingest the articles into a new folder")
    return info


def _write_marker(path: Path, info: dict) -> None:
    """Replace the marker file whole (a new file renamed over it), so a kill leaves the old or the new."""
    tmp = path / (MARKER + ".tmp")
    tmp.write_text(json.dumps(info) + "\n", encoding="utf-8")
    os.replace(tmp, path / MARKER)


def _holder(lock: Path) -> str:
    try:
        pid = lock.read_text(encoding="utf-8").strip()
    except OSError:
        pid = ""
    return f" (pid {pid})" if pid else ""


@contextmanager
def open_store(path: str | Path, write: bool = False, create: bool = False) -> Iterator[Store]:
    """Open the store in folder ``path``: one writer (exclusive lock) or many readers (shared lock).

    ``create``: make the folder a new store if it is missing or empty. Raises StoreError when the
    folder is not a store, or another kg process is writing it (or, for a writer, reading it).
    """
    path = Path(path)
    if not _is_store(path):
        if not create:
            raise StoreError(f"{path}: not a kg store (no {MARKER}); create one with "
                             f"`kg ingest ARTICLE... --store {path}`")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise StoreError(f"{path}: exists and is not a kg store; give an empty or new folder to --store")
        try:
            path.mkdir(parents=True, exist_ok=True)
            _write_marker(path, {"format": FORMAT, "engine": "pyoxigraph"})
        except OSError as e:
            raise StoreError(f"{path}: cannot create a store here ({e.strerror}); choose another folder") from None
    info = _check_marker(path)
    lock_path = path / "lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644) if write or not lock_path.exists() else \
            os.open(lock_path, os.O_RDONLY)
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store's lock file ({e.strerror})") from None
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            doing = "read" if write else "written"
            raise StoreError(f"{path}: store is in use (being {doing} by another kg process{_holder(lock_path)}); "
                             "wait for it to finish and try again") from None
        if write:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        data = path / DATA
        try:
            if write:
                db = ox.Store(str(data))
            else:
                if not data.is_dir():
                    raise StoreError(f"{path}: the store holds no data yet; ingest articles with "
                                     f"`kg ingest ARTICLE... --store {path}`")
                db = ox.Store.read_only(str(data))
        except (OSError, RuntimeError) as e:  # RocksDB reports a damaged database as a RuntimeError
            msg = str(e)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: store is in use by another process; wait for it to finish "
                                 "and try again") from None
            raise StoreError(f"{path}: the store's data cannot be opened ({msg.splitlines()[0]}); "
                             "ingest into a new folder") from None
        loads = info.get("loads", 0)
        store = Store(path, db, write, loads if isinstance(loads, int) else 0)
        try:
            yield store
        finally:
            if write:
                db.flush()
                if store.loads != info.get("loads", 0):
                    info["loads"] = store.loads
                    try:
                        _write_marker(path, info)
                    except OSError:
                        pass  # a count lost: the next compaction comes later, nothing else changes
            store.ox = None  # type: ignore[assignment]  # closes the database (and its lock) now
            del store, db
            if write:
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)
