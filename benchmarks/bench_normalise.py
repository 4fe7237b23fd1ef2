#!/usr/bin/env python3
"""How long normalising takes: the first article (tables loading) and the rest.

    python benchmarks/bench_normalise.py [ARTICLE...]

Without arguments it reads every article under ../shared/corpus. Prints the time
of the first call (OpenCC and pypinyin tables load once per process), the mean
time per article after that, and the throughput in characters per second.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.normalise import normalise, read_article

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT.parent / "shared" / "corpus").glob("*/*.txt"))
    if not paths:
        print("no articles: give files or put ../shared/corpus beside the repository", file=sys.stderr)
        return 1
    articles = [read_article(p) for p in paths]
    t0 = time.perf_counter()
    normalise(*articles[0])
    first = time.perf_counter() - t0
    rounds = 20
    t0 = time.perf_counter()
    for _ in range(rounds):
        for raw, meta in articles:
            normalise(raw, meta)
    per = (time.perf_counter() - t0) / (rounds * len(articles))
    chars = sum(len(raw) for raw, _ in articles) / len(articles)
    print(f"articles: {len(articles)}, mean {chars:.0f} characters")
    print(f"first call (tables load): {first * 1000:.0f} ms")
    print(f"per article after that: {per * 1000:.2f} ms ({chars / per / 1e6:.2f} M characters/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
