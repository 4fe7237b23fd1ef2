"""Load test of `kg serve` on loopback: N clients, each sending M SPARQL queries at once, every answer checked.

    python -m benchmarks.load_serve --articles 50 --clients 16 --queries 50 [--workdir /tmp/kg-load]

It writes synthetic articles (benchmarks.synthetic), ingests them into a store, starts the real
`kg serve` on 127.0.0.1 (a free port), asks each named query once for the expected answer, then
lets the clients loose: each client sends its M queries (the named queries in turn, over GET and
POST, JSON and CSV) one after another on its own connection, all clients at once. It prints the
clients, the queries, the wrong answers, the errors and the time taken. Only 127.0.0.1 is used.
tests/robustness/test_robust_serve.py runs a smaller load with :func:`hammer` and requires 0 errors.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

__all__ = ["start_server", "stop_server", "expected_answers", "hammer", "main"]


def start_server(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`kg serve --store STORE --port 0` in a child process: the process and its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    m = re.search(r"at (http://[\d.]+:\d+)/", line)
    if m is None:
        proc.kill()
        raise RuntimeError(f"kg serve did not start: {line}{proc.stderr.read()}")
    return proc, m.group(1)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stderr.close()


def _ask(base: str, sparql: str, how: int) -> list[tuple[str, ...]]:
    """Send ``sparql`` one of four ways (GET/POST × JSON/CSV); the rows as sorted tuples of strings."""
    accept = "text/csv" if how % 2 else "application/sparql-results+json"
    if how // 2:
        req = urllib.request.Request(f"{base}/sparql", data=sparql.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-query", "Accept": accept})
    else:
        req = urllib.request.Request(f"{base}/sparql?query={urllib.parse.quote(sparql)}", headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=120) as r:
        body = r.read().decode("utf-8")
    if how % 2:
        import csv
        import io

        rows = list(csv.reader(io.StringIO(body)))[1:]
        return sorted(tuple(r) for r in rows)
    data = json.loads(body)
    cols = data["head"]["vars"]
    return sorted(tuple(b.get(c, {}).get("value", "") for c in cols) for b in data["results"]["bindings"])


def expected_answers(base: str) -> dict[str, list[tuple[str, ...]]]:
    """Each named query's rows, asked once (GET, CSV) before the load."""
    from kg.query import NAMED_QUERIES, named_query_text

    return {named_query_text(n): _ask(base, named_query_text(n), 1) for n in NAMED_QUERIES}


def hammer(base: str, expected: dict[str, list[tuple[str, ...]]], clients: int, queries: int) -> dict[str, object]:
    """``clients`` threads each sending ``queries`` queries at once; counts of right, wrong and failed answers."""
    texts = list(expected)
    counts = {"right": 0, "wrong": 0, "errors": 0}
    problems: list[str] = []
    lock = threading.Lock()
    gate = threading.Barrier(clients)

    def client(k: int) -> None:
        gate.wait()
        for i in range(queries):
            q = texts[(k + i) % len(texts)]
            try:
                outcome = "right" if _ask(base, q, (k + i) % 4) == expected[q] else "wrong"
            except Exception as e:  # noqa: BLE001  every failure is counted and shown
                outcome = "errors"
                problems.append(f"{type(e).__name__}: {e}")
            with lock:
                counts[outcome] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"clients": clients, "queries": clients * queries, **counts, "seconds": time.monotonic() - started,
            "problems": problems[:5]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Load test of kg serve on 127.0.0.1. "
                                 "Example: python -m benchmarks.load_serve --articles 50 --clients 16 --queries 50")
    ap.add_argument("--articles", type=int, default=50, help="synthetic articles in the store (default 50)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    ap.add_argument("--queries", type=int, default=50, help="queries per client (default 50)")
    ap.add_argument("--workdir", type=Path, default=None, help="folder for the articles and the store (default: temp)")
    args = ap.parse_args(argv)
    from benchmarks.synthetic import generate, write

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-load-"))
    shutil.rmtree(work / "store.kg", ignore_errors=True)
    write(generate(args.articles, seed=5), work / "articles")
    subprocess.run([sys.executable, "-m", "kg", "ingest", str(work / "articles"), "--store", str(work / "store.kg"),
                    "--quiet"], check=True)
    proc, base = start_server(work / "store.kg")
    try:
        expected = expected_answers(base)
        result = hammer(base, expected, args.clients, args.queries)
    finally:
        stop_server(proc)
    rows = sum(len(v) for v in expected.values())
    print(f"store: {args.articles} synthetic articles; named queries: {len(expected)} ({rows} rows in all)")
    print(f"clients: {result['clients']}, queries: {result['queries']}, right: {result['right']}, "
          f"wrong: {result['wrong']}, errors: {result['errors']}, time: {result['seconds']:.1f} s "
          f"({result['queries'] / result['seconds']:.0f} queries/s), CPUs: {os.cpu_count()}")
    for p in result["problems"]:
        print("  ", p)
    return 0 if result["wrong"] == result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
