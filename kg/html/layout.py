"""Positions for large graphs, computed once in Python so the browser need not simulate.

A force simulation in the browser stalls beyond about two thousand nodes, and
networkx's spring layout is slow on thousands of nodes. So each connected
component is laid out on its own: a small one with networkx's spring layout, a
large one by laying out its best-connected nodes (the backbone) with the spring
layout and placing every other node on a ring around the neighbours it hangs
from. Components are then packed in rows, largest first. Same graph, same
positions.
"""
from __future__ import annotations

import math

import networkx as nx

__all__ = ["layout", "BACKBONE"]

BACKBONE = 300  # nodes of a component laid out by the spring layout
SPACING = 70.0  # pixels between neighbouring nodes, roughly

Pos = dict[str, tuple[float, float]]


def layout(net: nx.Graph, seed: int = 7) -> Pos:
    """(x, y) in pixels for every node of ``net``."""
    und = nx.Graph(net.to_undirected(as_view=True)) if net.is_directed() else nx.Graph(net)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    placed = [(_component(und.subgraph(c), seed), c) for c in comps]
    return _pack(placed)


def _component(sub: nx.Graph, seed: int) -> Pos:
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    radius = SPACING * math.sqrt(n) / 2
    if n <= BACKBONE:
        raw = nx.spring_layout(sub, seed=seed, iterations=60)
        return {k: (float(x) * radius, float(y) * radius) for k, (x, y) in raw.items()}
    core = sorted(sub, key=lambda v: (-sub.degree(v), v))[:BACKBONE]
    raw = nx.spring_layout(sub.subgraph(core), seed=seed, iterations=60)
    core_radius = SPACING * math.sqrt(BACKBONE) * 1.5
    pos: Pos = {k: (float(x) * core_radius, float(y) * core_radius) for k, (x, y) in raw.items()}
    # breadth-first outwards: each new node goes on a ring around the centre of its placed neighbours
    ring: dict[str, int] = {}
    frontier = list(core)
    while frontier:
        nxt = []
        for hub in frontier:
            for v in sorted(sub[hub]):
                if v in pos:
                    continue
                anchors = [pos[u] for u in sub[v] if u in pos]
                cx = sum(a[0] for a in anchors) / len(anchors)
                cy = sum(a[1] for a in anchors) / len(anchors)
                i = ring.get(hub, 0)
                ring[hub] = i + 1
                r = SPACING * (1.0 + 0.35 * math.sqrt(i))
                angle = i * 2.399963  # the golden angle spreads the ring evenly
                pos[v] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
                nxt.append(v)
        frontier = nxt
    return pos


def _pack(placed: list[tuple[Pos, list[str]]]) -> Pos:
    """Put components side by side in rows about as wide as the largest one."""
    out: Pos = {}
    if not placed:
        return out
    boxes = []
    for pos, _ in placed:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 2 * SPACING, max(ys) - min(ys) + 2 * SPACING))
    row_width = max(boxes[0][2], math.sqrt(sum(b[2] * b[3] for b in boxes)))
    x = y = row_height = 0.0
    for (pos, _), (x0, y0, w, h) in zip(placed, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for k, (px, py) in pos.items():
            out[k] = (round(px - x0 + x + SPACING, 1), round(py - y0 + y + SPACING, 1))
        x += w
        row_height = max(row_height, h)
    return out
