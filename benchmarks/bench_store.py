"""Benchmark of the store: build and ingest rates, size on disk, named-query latency by corpus size.

    python -m benchmarks.bench_store --sizes 1000 10000 [--jobs 1] [--rdflib-cap 20] [--workdir /tmp/kg-bench]
    python -m benchmarks.bench_store --sizes 1000 --engine dask --jobs 2   # a local Dask cluster of 2 workers
    python -m benchmarks.bench_store --sizes 100000 --store /tmp/qbench/100k --queries-only --rdflib-cap 0

For each size N it writes N synthetic articles (benchmarks.synthetic), then prints:
- build: articles/s of read + extract + to_rdf + N-Triples in one process (a sample of 300);
- ingest: articles/s of `kg ingest` end to end (read, build, write, link) with --jobs workers
  (--engine dask: a local Dask cluster of --jobs worker processes, started before the clock;
  its partitions' shards bulk-loaded, then linked), and the time of a compaction on its own line
  (`kg ingest` compacts once 8 bulk loads have piled up since the last compaction: 2048 articles
  in batches of 256);
- store size on disk;
- each named query's latency on the store (pyoxigraph): filtered to the most frequent value of its
  column (a person, organisation, meeting name …: --where, as `kg query` writes it), for meeting
  names also to one meeting (its name and its article), and unfiltered with the default limit
  (1000 rows),
  beside rdflib's in-memory engine on the same triples (each query capped at --rdflib-cap seconds;
  "cap" means it did not finish; --rdflib-cap 0: rdflib not run). Latencies are the median of 3
  runs after one warm-up.

--store DIR puts the store there (one size only; default WORKDIR/store-N); --queries-only measures
the queries on the store already there, without writing articles or ingesting. The store is
compacted before the queries (pyoxigraph's Store.optimize: a bulk-loaded store is many small
sorted files, and every lookup visits several of them); --no-compact measures it as bulk-loaded.
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import signal
import statistics
import sys
import time
from pathlib import Path

from benchmarks.synthetic import generate, write

# the column each named query is filtered on, and where its value comes from
FILTERS = {
    "officials": "person", "participants": "participant", "meetings": "meeting", "reports": "meeting",
    "policies": "meeting", "organisations": "organisation", "measures": "policy", "figures": "subject",
    "places": "place",
}
LIMIT = 1000


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _time(fn, runs: int = 3) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall-clock and CPU seconds of ``runs`` calls after one warm-up (CPU: this process's,
    which a busy machine does not inflate)."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def _source_of(st, name: str, meeting: str) -> str:  # type: ignore[no-untyped-def]
    """The article of one meeting called ``meeting``: --where meeting=… --where source=… is one meeting."""
    from kg.query import named_query_text, run_query
    from kg.store import constrain

    _, rows = run_query(st.ox, constrain(named_query_text(name), {"meeting": [meeting]}, 1), name)
    return rows[0]["source"]


def _values(st, name: str, col: str) -> str:  # type: ignore[no-untyped-def]
    """A value of ``col`` that many rows share (the most frequent among the first 5000 rows)."""
    from collections import Counter

    from kg.query import named_query_text, run_query
    from kg.store import constrain

    _, rows = run_query(st.ox, constrain(named_query_text(name), None, 5000), name)
    counts = Counter(r[col] for r in rows if r[col])
    return counts.most_common(1)[0][0] if counts else ""


class _Cap(Exception):
    pass


def _rdflib_worker(nt: bytes, queries: dict[str, str], cap: float, out) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    g = Graph()
    t = time.perf_counter()
    g.parse(data=nt.decode("utf-8"), format="nt")
    out.put(("load", time.perf_counter() - t))

    def alarm(*_: object) -> None:
        raise _Cap()

    signal.signal(signal.SIGALRM, alarm)
    for key, q in queries.items():
        signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            t = time.perf_counter()
            list(g.query(q))
            out.put((key, time.perf_counter() - t))
        except _Cap:
            out.put((key, None))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    out.put(("done", 0))


def bench(n: int, workdir: Path, jobs: int, cap: float, engine: str = "local",
          store_dir: Path | None = None, queries_only: bool = False, compact: bool = True) -> None:
    store_dir = store_dir or workdir / f"store-{n}"
    if queries_only:
        if not store_dir.is_dir():
            sys.exit(f"{store_dir}: no store to measure; run without --queries-only to build it")
        print(f"\n## {n} articles (store {store_dir}, {_du(store_dir) / 1e6:.1f} MB on disk)")
    else:
        _ingest(n, workdir, jobs, engine, store_dir)
    if compact:
        from kg.store import open_store

        t = time.perf_counter()
        with open_store(store_dir, write=True) as st:
            st.compact()
        print(f"compacted in {time.perf_counter() - t:.0f} s; store on disk: {_du(store_dir) / 1e6:.1f} MB")
    _measure(store_dir, cap)


def _ingest(n: int, workdir: Path, jobs: int, engine: str, store_dir: Path) -> None:
    from kg.store import expand_paths, ingest, make_pool, open_store
    from kg.store.convert import build_path

    folder = workdir / f"articles-{n}"
    if not folder.is_dir():
        write(generate(n, seed=1), folder)
    paths = expand_paths([str(folder)])
    sample = paths[:300]
    build_path(str(sample[0]))  # warm caches (gazetteer, jieba)
    t = time.perf_counter()
    for p in sample:
        build_path(str(p))
    build_rate = len(sample) / (time.perf_counter() - t)

    shutil.rmtree(store_dir, ignore_errors=True)
    if engine == "dask":
        from kg.distributed import connect, ingest_dask

        with connect(workers=jobs) as client:
            client.run(build_path, str(sample[0]))  # warm each worker, as the local engine's build rate is
            t = time.perf_counter()
            with open_store(store_dir, write=True, create=True) as st:
                ingest_dask(st, paths, client)
            ingest_s = time.perf_counter() - t
    else:
        pool = make_pool(jobs)
        t = time.perf_counter()
        with open_store(store_dir, write=True, create=True) as st:
            ingest(st, paths, jobs=jobs, pool=pool)
        ingest_s = time.perf_counter() - t
        if pool is not None:
            pool.close()
            pool.join()
    print(f"\n## {n} articles")
    print(f"build (one process): {build_rate:.0f} articles/s; ingest (--engine {engine} --jobs {jobs}): "
          f"{n / ingest_s:.0f} articles/s ({ingest_s:.1f} s); store on disk: {_du(store_dir) / 1e6:.1f} MB")
    sys.stdout.flush()


def _measure(store_dir: Path, cap: float) -> None:
    from kg.query import NAMED_QUERIES, named_query_text, run_query
    from kg.store import constrain, open_store

    with open_store(store_dir) as st:
        triples = st.count()
        queries: dict[str, str] = {}
        lat: dict[str, float] = {}
        cpu: dict[str, float] = {}
        rows: dict[str, int] = {}
        for name in NAMED_QUERIES:
            col = FILTERS[name]
            value = _values(st, name, col)
            kinds = [("filtered", {col: [value]} if value else None), ("unfiltered", None)]
            if col == "meeting" and value:  # a name thousands of synthetic meetings share; one of them:
                kinds.insert(1, ("one meeting", {col: [value], "source": [_source_of(st, name, value)]}))
            for kind, where in kinds:
                if kind == "filtered" and not where:
                    continue
                q = constrain(named_query_text(name), where, LIMIT, name)
                queries[f"{name}/{kind}"] = q
                lat[f"{name}/{kind}"], cpu[f"{name}/{kind}"] = _time(lambda q=q: run_query(st.ox, q, name))
                rows[f"{name}/{kind}"] = min(len(run_query(st.ox, q, name)[1]), LIMIT)
        nt = st.ox.dump(format=__import__("pyoxigraph").RdfFormat.N_TRIPLES,
                        from_graph=__import__("pyoxigraph").DefaultGraph()) if cap > 0 else b""
    print(f"triples in the union: {triples}")
    if cap <= 0:
        print("\n| query | rows | pyoxigraph store | its CPU time |\n|---|---|---|---|")
        for key in queries:
            print(f"| {key} | {rows[key]} | {lat[key] * 1000:.1f} ms | {cpu[key] * 1000:.1f} ms |")
        sys.stdout.flush()
        return

    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=_rdflib_worker, args=(nt, queries, cap, out))
    proc.start()
    rd: dict[str, float | None] = {}
    deadline = time.time() + cap * (len(queries) + 2) + 600
    while time.time() < deadline:
        try:
            key, value = out.get(timeout=max(1.0, deadline - time.time()))
        except Exception:
            break
        if key == "done":
            break
        rd[key] = value
    proc.kill()
    proc.join()
    print(f"rdflib in-memory load: {rd['load']:.1f} s" if rd.get("load") else "rdflib in-memory: did not load")
    print("\n| query | rows | pyoxigraph store | rdflib in memory |\n|---|---|---|---|")
    for key in queries:
        r = rd.get(key)
        rtxt = "cap" if key in rd and r is None else "-" if key not in rd else f"{r * 1000:.0f} ms"
        print(f"| {key} | {rows[key]} | {lat[key] * 1000:.1f} ms | {rtxt} |")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--engine", choices=("local", "dask"), default="local")
    ap.add_argument("--rdflib-cap", type=float, default=20.0, help="seconds per rdflib query before giving up")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--store", type=Path, help="the store folder (one size only; default WORKDIR/store-N)")
    ap.add_argument("--queries-only", action="store_true",
                    help="measure the queries on the store already built, without ingesting")
    ap.add_argument("--no-compact", dest="compact", action="store_false",
                    help="measure the store as bulk-loaded, without compacting it first")
    args = ap.parse_args(argv)
    if args.store and len(args.sizes) != 1:
        ap.error("--store takes one size")
    args.workdir.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        bench(n, args.workdir, args.jobs, args.rdflib_cap, args.engine, args.store, args.queries_only, args.compact)
    return 0


if __name__ == "__main__":
    sys.exit(main())
