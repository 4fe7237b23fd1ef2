"""Ingesting on a Dask cluster: partitions build N-Quads shards, the writer bulk-loads them.

    kg ingest corpus/ --store corpus.kg --engine dask --jobs 2          # a local cluster
    kg ingest corpus/ --store corpus.kg --engine dask --scheduler tcp://10.0.0.5:8786

The articles are cut into partitions (``partition_size`` each, in path order).
Each partition is one Dask task: it builds its articles (kg.store.convert.build_path,
the same function the local engine's workers run) and writes one N-Quads shard:
every article's triples in its named graph ``id:article/{digest}`` and in the
default graph (the store's union, a set, so a triple stated by articles of several
partitions is still there once). With ``shard_dir`` on a filesystem that the
workers and this machine share, the workers write the shards there; without it
the shard's bytes come back with the task's result and are written here.

The writer then, as the shards come in:

1. drops the older versions of changed files (as the local engine does);
2. bulk-loads the shard (pyoxigraph's ``bulk_load``, or the Graph Store Protocol
   of a remote store);
3. writes the shard's manifest entries and queued person names in one transaction,
   after its quads: an ingest killed in step 2 leaves articles with no manifest
   entry, which the next run builds and loads again (loading a quad twice changes
   nothing).

Linking is a second pass over the loaded store (``Store.relink``): it reads every
person IRI of each queued name from the union, so an official named in two
articles that were built in different partitions (or on different machines) is
decided exactly as when both were built by one process. The store ends with the
same quads as the local engine gives (a test compares them sorted).
"""
from __future__ import annotations

import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from .errors import UsageError
from .ids import article_iri

__all__ = ["ingest_dask", "build_partition", "partition", "article_quads", "connect"]


def article_quads(iri: str, ntriples: str) -> list[str]:
    """The N-Quads lines of one article: each triple in the article's graph and in the default graph."""
    g = f"<{iri}>"
    out: list[str] = []
    for line in ntriples.splitlines():
        if line.strip():
            out.append(line[:-1].rstrip() + f" {g} .\n")  # "s p o ." → "s p o <g> ."
            out.append(line.rstrip() + "\n")
    return out


def build_partition(index: int, paths: list[str], encoding: str | None = None,
                    shard_dir: str | None = None) -> dict[str, object]:
    """Build the articles of one partition (runs on a Dask worker) into one N-Quads shard.

    Returns ``{"index", "articles": [{path, digest, names} | {path, error}], "shard": path or None,
    "data": bytes or None}``.
    """
    from .store.convert import build_path

    articles: list[dict[str, object]] = []
    lines: list[str] = []
    for p in paths:
        built = build_path(p, encoding)
        if built.error:
            articles.append({"path": built.path or p, "error": built.error})
            continue
        lines += article_quads(str(article_iri(built.digest)), built.ntriples)
        articles.append({"path": built.path, "digest": built.digest, "names": built.person_names})
    data = "".join(lines).encode("utf-8")
    if shard_dir is None:
        return {"index": index, "articles": articles, "shard": None, "data": data}
    shard = Path(shard_dir) / f"part-{index:05d}.nq"
    tmp = shard.with_name(f".{shard.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(shard)
    return {"index": index, "articles": articles, "shard": str(shard), "data": None}


def partition(paths: list[Path], size: int) -> list[list[str]]:
    """Consecutive runs of ``size`` paths."""
    return [[str(p) for p in paths[i:i + size]] for i in range(0, len(paths), size)]


def default_partition_size(n: int, workers: int) -> int:
    """About four partitions a worker (so a slow one does not hold up the end), 10 to 500 articles each."""
    return max(10, min(500, math.ceil(n / max(1, workers * 4))))


class connect:
    """A Dask client: to ``scheduler`` (an address), or to a new local cluster of ``workers`` workers.

    ``processes``: local workers in processes of their own (extraction holds the GIL), or threads.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 2, processes: bool = True) -> None:
        self.scheduler, self.workers, self.processes = scheduler, workers, processes
        self.cluster = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--engine dask needs Dask: pip install 'kg[dask]'") from None
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise UsageError(f"--scheduler {self.scheduler}: cannot reach the Dask scheduler ({e}); "
                                 "check the address, or leave it out for a local cluster") from None
        else:
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=self.processes,
                                        dashboard_address=":0", scheduler_port=0)
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def ingest_dask(store, paths: list[Path] | None, client, encoding: str | None = None,  # type: ignore[no-untyped-def]
                partition_size: int | None = None, partitions: list[list[str]] | None = None,
                shard_dir: str | Path | None = None,
                progress: Callable[[str, int, int], None] | None = None):
    """Ingest ``paths`` (or the given ``partitions`` of paths) into ``store`` through Dask ``client``.

    Returns a kg.store.IngestReport, counted as the local engine counts.
    """
    from dask.distributed import as_completed

    from .store.ingest import IngestReport, link_pending, paths_of_manifest

    if partitions is None:
        assert paths is not None
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        partitions = partition(paths, partition_size or default_partition_size(len(paths), workers))
    total = sum(len(p) for p in partitions)
    tick = progress or (lambda stage, done, n: None)
    report = IngestReport()
    manifest = store.manifest()
    paths_of = paths_of_manifest(manifest)
    local = tempfile.mkdtemp(prefix="kg-shards-")
    shared = str(shard_dir) if shard_dir is not None else None
    if shared is not None:
        Path(shared).mkdir(parents=True, exist_ok=True)
    try:
        futures = client.map(build_partition, list(range(len(partitions))), partitions,
                             [encoding] * len(partitions), [shared] * len(partitions), pure=False)
        done = 0
        for fut in as_completed(futures):
            result = fut.result()
            fut.release()
            shard = result["shard"]
            if shard is None:
                shard = os.path.join(local, f"part-{result['index']:05d}.nq")
                Path(shard).write_bytes(result["data"])
            elif not Path(shard).is_file():
                raise UsageError(f"{shard}: a worker wrote this shard where this machine cannot read it; give "
                                 "--shards a folder that the workers and this machine share, or leave it out")
            _apply(store, result["articles"], shard, manifest, paths_of, report)
            os.remove(shard)
            done += len(result["articles"])
            tick("build", done, total)
    finally:
        shutil.rmtree(local, ignore_errors=True)
    report.linked_names = link_pending(store, tick)
    return report


def _apply(store, articles: list[dict], shard: str, manifest: dict[str, set[str]],  # type: ignore[no-untyped-def]
           paths_of: dict[str, set[str]], report) -> None:
    """Drop what the shard's articles replace, load the shard, then record its manifest entries and names."""
    from .store.store import _n
    from .vocab import KG, MANIFEST_GRAPH, PENDING_GRAPH

    drops: list[str] = []
    records: list[str] = []
    for a in articles:
        if a.get("error"):
            report.failed.append(str(a["error"]))
            continue
        path, iri = str(a["path"]), str(article_iri(str(a["digest"])))
        old = manifest.get(path, set()) - {iri}
        if paths_of.get(iri):  # stored (its manifest says so), or earlier in this run
            store.add_path(iri, path, drop_path_of=sorted(old))
            report.unchanged += 1
        else:
            replaces = sorted(o for o in old if paths_of.get(o) == {path})
            drops += replaces
            if len(replaces) < len(old):
                store.add_path(iri, path, drop_path_of=sorted(old - set(replaces)))
            records.append(f"{_n(iri)} {_n(KG.sourcePath)} {_lit(path)} {_n(MANIFEST_GRAPH)} .\n")
            records += [f"{_n(PENDING_GRAPH)} {_n(KG.pendingName)} {_lit(n)} {_n(PENDING_GRAPH)} .\n"
                        for n in a["names"]]
            report.replaced += bool(old)
            report.added += not old
        for o in old:
            paths_of.get(o, set()).discard(path)
        manifest[path] = {iri}
        paths_of.setdefault(iri, set()).add(path)
    if drops:
        store.drop_graphs(sorted(set(drops)))
    if records:
        load_quads(store, shard=shard)
        load_quads(store, data="".join(records).encode("utf-8"))


def _lit(text: str) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(text))


def load_quads(store, shard: str | None = None, data: bytes | None = None) -> None:  # type: ignore[no-untyped-def]
    """Bulk-load a shard file (not atomic, fast) or load ``data`` in one transaction, into ``store``."""
    import pyoxigraph as ox

    remote = getattr(store, "load_nquads", None)
    if remote is not None:  # kg.store.remote: the Graph Store Protocol
        remote(Path(shard).read_bytes() if shard is not None else data)
    elif shard is not None:
        store.bulk_load_file(shard)
    else:
        store.ox.load(data, format=ox.RdfFormat.N_QUADS)
