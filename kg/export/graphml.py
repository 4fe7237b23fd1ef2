"""GraphML for Gephi and Cytoscape: write and read a network from :func:`kg.export.network.to_network`.

Nodes carry ``label``, ``kind`` and ``colour`` (#rrggbb) and also ``r``, ``g``,
``b``, the attribute names Gephi's GraphML importer turns into node colours.
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from . import write_text
from .network import read_network, rgb

__all__ = ["write_graphml", "read_graphml", "graphml_text"]


def graphml_text(net: nx.MultiDiGraph) -> str:
    """``net`` as GraphML text, nodes with r, g, b colour attributes."""
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        extra = dict(zip("rgb", rgb(data["colour"]))) if "colour" in data else {}
        out.add_node(node, **data, **extra)
    out.add_edges_from(net.edges(keys=True, data=True))
    buf = io.BytesIO()
    nx.write_graphml(out, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def write_graphml(net: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``net`` to ``path`` as GraphML."""
    return write_text(path, graphml_text(net))


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """The network in the GraphML file at ``path``."""
    return read_network(lambda p: nx.read_graphml(p, force_multigraph=True), path, "GraphML")
