"""How long a large network page takes to draw in headless Chromium, offline.

    python -m benchmarks.render_pages                 # a graph of at least 5,000 nodes
    python -m benchmarks.render_pages --nodes 2000 --keep /tmp/pages

Synthetic articles (benchmarks/synthetic.py) go through kg's own pipeline,
batch by batch, until the graph has at least --nodes entities; graph.html is
written as `kg build` writes it and opened in Chromium with the network off.
Prints the time to write the page and the wall-clock time from navigation to
the page's report that it has drawn (data-kg-ready), with the node and edge
counts read back from the page.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg.document import Meta
from kg.html.headless import open_page
from kg.html.model import read_view
from kg.html.network import view_to_networkx
from kg.html.pages import write_graph_page
from kg.pipeline import build_text
from kg.rdf import to_rdf

from .synthetic import generate

BATCH = 50


def synthetic_graph(nodes: int, seed: int):  # type: ignore[no-untyped-def]
    """An rdflib Graph built from synthetic articles with at least ``nodes`` entities."""
    from rdflib import Graph

    g = Graph()
    done = 0
    while True:
        for text, meta in generate(done + BATCH, seed)[done:]:
            to_rdf(build_text(text, Meta(**meta)), g)
        done += BATCH
        view = read_view(g)
        if len(view.items) >= nodes:
            return g, view, done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000, help="at least this many nodes (default 5000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3, help="browser loads to time (default 3)")
    ap.add_argument("--keep", type=Path, help="write the page here instead of a temporary folder")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    _, view, articles = synthetic_graph(args.nodes, args.seed)
    build_s = time.perf_counter() - t
    net = view_to_networkx(view)
    with tempfile.TemporaryDirectory(prefix="kg-render-") as tmp:
        return _measure(net, args.keep or Path(tmp), articles, build_s, args.runs)


def _measure(net, out: Path, articles: int, build_s: float, runs: int) -> int:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    page = write_graph_page(net, out / "graph.html", f"{articles} synthetic articles")
    write_s = time.perf_counter() - t
    print(f"graph: {articles} synthetic articles, {net.number_of_nodes()} nodes, {net.number_of_edges()} edges "
          f"(built in {build_s:.1f} s)")
    print(f"page: {page} ({page.stat().st_size / 1e6:.1f} MB), written in {write_s:.2f} s")
    times = []
    for i in range(runs):
        r = open_page(page, timeout=120, screenshot=out / "graph.png" if i == 0 else None)
        if not r.ready:
            print(f"run {i + 1}: the page did not report drawing within 120 s; errors: {r.console_errors}")
            return 1
        times.append(r.seconds)
        print(f"run {i + 1}: drawn {r.attributes['data-kg-nodes']} nodes, {r.attributes['data-kg-edges']} edges "
              f"in {r.seconds:.2f} s (page clock {int(r.attributes['data-kg-render-ms']) / 1000:.2f} s); "
              f"requests other than file: {[u for u in r.requests if not u.startswith(('file:', 'data:'))]}")
    print(f"render time in headless Chromium: median {sorted(times)[len(times) // 2]:.2f} s, "
          f"worst {max(times):.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
