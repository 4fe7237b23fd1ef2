"""The network drawn on a page: a networkx graph of :mod:`kg.html.model` items and links.

Small graphs are laid out by vis-network's physics in the browser. Above
:data:`LAYOUT_THRESHOLD` nodes the positions are computed here
(:mod:`kg.html.layout`) and physics is switched off; above ``max_nodes`` the
least connected nodes are left out and the page says how many of each kind.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx
from rdflib import Graph

from .layout import layout
from .model import KINDS, View, read_view

__all__ = ["graph_to_networkx", "view_to_networkx", "network_payload", "LAYOUT_THRESHOLD", "MAX_NODES",
           "STYLE"]

LAYOUT_THRESHOLD = 1000
MAX_NODES = 8000

# kind → (Chinese name, colour, vis-network shape)
STYLE = {kind: (zh, colour, shape) for (kind, zh), colour, shape in zip(
    KINDS.values(),
    ("#f2b600", "#d1495b", "#00798c", "#7e5ab0", "#8a6d3b", "#4f9d2d"),
    ("star", "dot", "square", "diamond", "triangleDown", "triangle"))}


def view_to_networkx(view: View, keep: set[str] | None = None) -> nx.MultiDiGraph:
    """Items as nodes (attribute ``item``), links as edges keyed by label (attribute ``link``)."""
    net = nx.MultiDiGraph()
    for key, item in view.items.items():
        if keep is None or key in keep:
            net.add_node(key, item=item)
    for lk in view.links:
        if lk.source in net and lk.target in net:
            net.add_edge(lk.source, lk.target, key=lk.label, link=lk)
    return net


def graph_to_networkx(g: Graph) -> nx.MultiDiGraph:
    """The network of an RDF graph written by kg.rdf.to_rdf."""
    return view_to_networkx(read_view(g))


def _select(net: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, Counter[str]]:
    """Keep the ``max_nodes`` best-connected nodes (meetings first); count what was left out by kind."""
    if net.number_of_nodes() <= max_nodes:
        return net, Counter()
    order = sorted(net, key=lambda v: (net.nodes[v]["item"].kind != "Meeting", -net.degree(v), v))
    keep = set(order[:max_nodes])
    left = Counter(net.nodes[v]["item"].kind for v in order[max_nodes:])
    return net.subgraph(keep).copy(), left


def network_payload(net: nx.MultiDiGraph, *, pages: dict[str, str] | None = None, focus: str = "",
                    max_nodes: int = MAX_NODES, threshold: int = LAYOUT_THRESHOLD) -> dict[str, Any]:
    """The JSON that a page's script draws: nodes, edges, legend, and what was left out."""
    total_nodes, total_edges = net.number_of_nodes(), net.number_of_edges()
    net, left = _select(net, max_nodes)
    large = net.number_of_nodes() > threshold
    pos = layout(net) if large else {}
    pages = pages or {}
    index = {key: i for i, key in enumerate(net)}
    degree = dict(net.degree())
    nodes = []
    for key, i in index.items():
        item = net.nodes[key]["item"]
        node: dict[str, Any] = {"id": i, "key": key, "label": item.label, "kind": item.kind,
                                "degree": degree[key]}
        for attr in ("en", "subtype", "date"):
            if getattr(item, attr):
                node[attr] = getattr(item, attr)
        if item.evidence:
            node["evidence"] = [list(e) for e in item.evidence[:5]]
        if item.sources:
            node["sources"] = item.sources
        if key in pages:
            node["page"] = pages[key]
        if key in pos:
            node["x"], node["y"] = pos[key]
        nodes.append(node)
    edges = []
    for a, b, data in net.edges(data=True):
        lk = data["link"]
        edge: dict[str, Any] = {"from": index[a], "to": index[b], "label": lk.label, "kind": lk.kind}
        if lk.topic:
            edge["topic"] = lk.topic
        if lk.evidence:
            edge["evidence"] = [list(e) for e in lk.evidence[:5]]
        edges.append(edge)
    kinds = Counter(n["kind"] for n in nodes)
    legend = [{"kind": k, "zh": zh, "colour": c, "shape": s, "count": kinds[k]}
              for k, (zh, c, s) in STYLE.items() if kinds[k] or left[k]]
    notes = []
    if left:
        notes.append(f"This page draws {net.number_of_nodes()} of {total_nodes} nodes and "
                     f"{net.number_of_edges()} of {total_edges} links; left out, the least connected: "
                     + ", ".join(f"{n} {STYLE[k][0]} {k}" for k, n in sorted(left.items())) + ".")
    if large:
        notes.append("Large graph: positions are precomputed and physics is off; link labels show on hover. "
                     "Use the type filters or the per-meeting and per-person pages for a closer view.")
    return {"nodes": nodes, "edges": edges, "legend": legend, "physics": not large, "large": large,
            "notes": notes, "focus": focus if focus in index else "",
            "left_out": dict(left), "total": {"nodes": total_nodes, "edges": total_edges}}
