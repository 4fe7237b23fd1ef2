"""kg ingest PATH... --store DIR|URL [--jobs N] [--engine local|dask [--scheduler ADDRESS]]"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

__all__ = ["register", "Engine"]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def ingest(
    paths: list[str] = typer.Argument(..., help="Article files, folders (every .txt below) or globs ('corpus/**/*.txt')."),
    store: str = typer.Option(..., "--store", "-s", help="The store folder (created if missing or empty), or a "
                              "SPARQL server's URL (http://127.0.0.1:7878 for Oxigraph server, …/sparql for Virtuoso)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes that build articles (Dask: workers "
                             "of the local cluster)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: worker processes on this machine; dask: "
                                  "partitions on a Dask cluster (pip install 'kg[dask]'), shards bulk-loaded."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://HOST:8786); without "
                                  "it, a local cluster of --jobs workers."),
    partition_size: int = typer.Option(None, "--partition-size", min=1, help="Articles per Dask partition "
                                       "(default: about four partitions a worker)."),
    shards: Path = typer.Option(None, "--shards", help="Folder the Dask workers write their N-Quads shards to, "
                                "shared with this machine (default: shards come back with the results)."),
    batch: int = typer.Option(256, "--batch", min=1, help="New articles per bulk load: more costs less CPU; "
                                                       "an interrupted ingest redoes at most one batch."),
    compact: bool = typer.Option(None, "--compact/--no-compact", show_default=False, help="After writing, merge "
                                 "the store's files so that queries run at full speed: --compact always, "
                                 "--no-compact never; by default once 8 bulk loads have piled up since the last time."),
    encoding: str = typer.Option(None, "--encoding", help="Force the input encoding (e.g. gb18030)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Add articles to a store: one named graph per article, people linked across articles.

    Example: kg ingest ../shared/corpus --store corpus.kg --jobs 2

    Example: kg ingest ../shared/corpus --store http://127.0.0.1:7878 --engine dask --jobs 2

    Ingesting an article again changes nothing; a file whose content changed replaces its
    article. An interrupted ingest leaves the store consistent: run it again to finish.
    """
    from ..errors import InputError, UsageError
    from ..store import expand_paths, make_pool
    from ..store import ingest as run_ingest
    from ..store.remote import open_any

    files = expand_paths(paths)
    if engine is Engine.dask:
        from ..distributed import connect, ingest_dask

        with connect(scheduler, jobs) as client, open_any(store, write=True, create=True) as st, \
                _progress(len(files)) as tick:
            report = ingest_dask(st, files, client, encoding=encoding, partition_size=partition_size,
                                 shard_dir=shards, progress=tick)
            triples, shown = _finish(st, compact)
    else:
        if scheduler or shards or partition_size:
            raise UsageError("--scheduler, --shards and --partition-size go with --engine dask")
        pool = make_pool(jobs)  # before the store is open: workers never hold it
        try:
            with open_any(store, write=True, create=True) as st, _progress(len(files)) as tick:
                report = run_ingest(st, files, jobs=jobs, encoding=encoding, progress=tick, pool=pool, batch=batch)
                triples, shown = _finish(st, compact)
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    for msg in report.failed:
        print(f"kg: warning: {msg}", file=sys.stderr)
    if not quiet:
        typer.echo(f"{shown}: {report.summary()}; {triples} triples")
    if report.failed:
        raise InputError(f"{len(report.failed)} of {len(files)} files could not be read (listed above); "
                         "fix them and run kg ingest again")


class _progress:
    """A rich progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.bar.start()
            self.tasks: dict[str, int] = {}
        return self.tick

    def tick(self, stage: str, done: int, total: int) -> None:
        if self.bar is None:
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task({"read": "checking", "build": "ingesting",
                                                   "link": "linking"}.get(stage, stage), total=total)
        self.bar.update(self.tasks[stage], completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def _finish(st, compact: bool | None) -> tuple[int, object]:  # type: ignore[no-untyped-def]
    """Compact the store when asked to (``compact`` True), or by default when its bulk loads have
    piled up since the last compaction (Store.needs_compaction); its triple count and name."""
    if compact or (compact is None and st.needs_compaction):
        st.compact()
    return st.count(), st.path
