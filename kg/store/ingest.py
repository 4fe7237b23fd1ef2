"""Ingesting articles into a store: workers build, one writer applies.

A file whose path the store already records is read in the writer first to get
its digest: an article already in the store under that path is skipped without
being built. The rest go to ``jobs`` worker processes (kg.store.convert.build_path),
or are built in the writer with ``jobs`` 1. New articles are written in batches:
their graphs and their share of the default graph by bulk load, then their
manifest entries and names queued for linking in one transaction; a batch is
written in a thread while the next is built. A file whose content changed
replaces the article that was recorded for its path, in one transaction. Links
are computed last, for the queued names. A run killed at any point leaves each
article either recorded in the manifest with all its triples or not recorded
(a rerun loads it again, and a quad loaded twice is there once), and the queue
says which names still need linking, so running it again finishes the job.
"""
from __future__ import annotations

import glob
import hashlib
import multiprocessing
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..ids import article_iri
from .convert import Built, build_path
from .store import Store

__all__ = ["expand_paths", "ingest", "IngestReport"]


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)  # messages
    linked_names: int = 0

    def summary(self) -> str:
        return (f"added {self.added}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"failed {len(self.failed)}; linked {self.linked_names} names")


def expand_paths(items: Iterable[str]) -> list[Path]:
    """Files, folders (every .txt below, sorted) and globs → article files, each once, in order."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        r = p.resolve()
        if r not in seen and not p.name.endswith(".meta.json"):
            seen.add(r)
            out.append(r)

    for item in items:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                add(f)
        elif p.is_file():
            add(p)
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise InputError(f"{item}: matches no file; check the pattern")
            for f in files:
                add(f)
        else:
            raise InputError(f"{item}: no such file or folder; check the path")
    if not out:
        raise InputError(f"{' '.join(map(str, items))}: no .txt articles found; give article files or folders")
    return out


def _digest(path: Path, encoding: str | None) -> str | None:
    from ..errors import KgError
    from ..normalise import read_article

    try:
        raw, _meta = read_article(path, encoding=encoding)
    except KgError:
        return None  # the worker reports it
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# new articles per bulk load: fewer, larger loads cost less CPU (1000 articles: 25 s of CPU in
# batches of 64, 18 s in batches of 256); a kill loses at most one batch, which a rerun adds
BATCH = 256


def _build_all(paths: list[Path], jobs: int, encoding: str | None, pool) -> Iterator[Built]:  # type: ignore[no-untyped-def]
    args = [(str(p), encoding) for p in paths]
    if pool is None:
        for a in args:
            yield build_path(*a)
    else:
        yield from pool.imap(_build_star, args, chunksize=4)


def _build_star(args: tuple[str, str | None]) -> Built:
    return build_path(*args)


def ingest(store: Store, paths: list[Path], jobs: int = 1, encoding: str | None = None,
           progress: Callable[[str, int, int], None] | None = None, pool=None,  # type: ignore[no-untyped-def]
           batch: int = BATCH) -> IngestReport:
    """Ingest ``paths`` into ``store``; ``progress(stage, done, total)`` is called as it goes.

    ``pool``: a multiprocessing pool to build in (made before the store was opened); None builds here.
    """
    report = IngestReport()
    manifest = store.manifest()
    tick = progress or (lambda stage, done, total: None)
    todo: list[Path] = []
    for i, p in enumerate(paths):
        if str(p) not in manifest:  # a new path: built either way, so not read twice
            todo.append(p)
            continue
        d = _digest(p, encoding)
        if d is not None and str(article_iri(d)) in manifest[str(p)]:
            report.unchanged += 1
            tick("read", i + 1, len(paths))
            continue
        todo.append(p)
    done = report.unchanged
    tick("build", done, len(paths))
    paths_of = paths_of_manifest(manifest)
    batch = max(1, min(batch, store.max_batch))
    contents: list[bytes] = []  # new articles' quads (UTF-8, half the memory of str), written together
    records: list[str] = []
    batched: set[str] = set()
    # union triples about shared entities (a place's name, a post's label) that this run has already
    # put in a batch: left out of later articles' share of the union, which is a set (bounded: see
    # Store.article_quads). Only this run's: a triple is in the store's union while any graph has it,
    # and no graph written by this run is dropped by it.
    known: set[str] = set()
    # A batch is written in a thread while the next one is built (pyoxigraph lets go of the GIL
    # while it loads). One write at a time, in order: every other write waits for it first.
    writer = ThreadPoolExecutor(max_workers=1)
    writing: list[Future] = []

    def wait() -> None:
        while writing:
            writing.pop().result()

    def flush(background: bool = False) -> None:
        wait()
        if contents or records:
            job = writer.submit(store.load_batch, b"".join(contents), "".join(records))
            contents.clear()
            records.clear()
            batched.clear()
            writing.append(job)
            if not background:
                wait()

    for built in _build_all(todo, jobs, encoding, pool):
        done += 1
        if built.error:
            report.failed.append(built.error)
            tick("build", done, len(paths))
            continue
        iri = str(article_iri(built.digest))
        old = manifest.get(built.path, set()) - {iri}
        if iri in batched:
            flush()
        if paths_of.get(iri):  # stored (its manifest says so) under another path, or this path recorded anew
            flush()
            store.add_path(iri, built.path, drop_path_of=sorted(old))
            report.unchanged += 1
        elif not old:
            content, record = store.article_quads(iri, built.ntriples, built.path, built.person_names, known)
            contents.append(content.encode("utf-8"))
            records.append(record)
            batched.add(iri)
            report.added += 1
            if len(contents) >= batch:
                flush(background=True)
        else:
            flush()
            replaces = sorted(o for o in old if paths_of.get(o) == {built.path})
            store.add_article(iri, built.ntriples, built.path, built.person_names, replaces)
            if len(replaces) < len(old):
                store.add_path(iri, built.path, drop_path_of=sorted(old - set(replaces)))
            report.replaced += bool(old)
            report.added += not old
        for o in old:
            paths_of.get(o, set()).discard(built.path)
        manifest[built.path] = {iri}
        paths_of.setdefault(iri, set()).add(built.path)
        tick("build", done, len(paths))
    try:
        flush()
    finally:
        writer.shutdown(wait=True)
    report.linked_names = link_pending(store, tick)
    return report


def link_pending(store: Store, tick: Callable[[str, int, int], None]) -> int:
    """Decide the links of every name queued by the articles just written; how many names."""
    pending = store.pending()
    linked = 0

    def step(n: int) -> None:
        nonlocal linked
        linked += n
        tick("link", linked, max(pending, linked))

    return store.relink(progress=step)


def paths_of_manifest(manifest: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path, arts in manifest.items():
        for a in arts:
            out.setdefault(a, set()).add(path)
    return out


def make_pool(jobs: int):  # type: ignore[no-untyped-def]
    """A pool of ``jobs`` worker processes, or None for jobs <= 1. Make it before opening the store."""
    if jobs <= 1:
        return None
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ctx.Pool(jobs)
