"""GEXF for Gephi: write and read a network from :func:`kg.export.network.to_network`.

Node colours go in GEXF's ``viz:color``; labels in the node and edge ``label``.
The file has no date in it, so the same graph always gives the same bytes.
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from . import write_text
from .network import read_network, rgb

__all__ = ["write_gexf", "read_gexf", "gexf_text"]


def gexf_text(net: nx.MultiDiGraph) -> str:
    """``net`` as GEXF 1.2 text, each node coloured with ``viz:color``."""
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        viz = {"color": dict(zip("rgb", rgb(data["colour"])), a=1.0)} if "colour" in data else {}
        out.add_node(node, **data, **({"viz": viz} if viz else {}))
    for a, b, k, data in net.edges(keys=True, data=True):
        out.add_edge(a, b, key=k, id=f"{a}|{b}|{k}", **data)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    meta = writer.xml.find("meta")
    if meta is not None:  # networkx stamps today's date and its version: keep the file stable
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = "kg"
    writer.add_graph(out)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue().decode("utf-8")


def write_gexf(net: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``net`` to ``path`` as GEXF."""
    return write_text(path, gexf_text(net))


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """The network in the GEXF file at ``path`` (edge keys are the edges' labels)."""
    raw = read_network(lambda p: nx.read_gexf(p, node_type=str), path, "GEXF")
    net = nx.MultiDiGraph()
    net.add_nodes_from(raw.nodes(data=True))
    for a, b, data in raw.edges(data=True):
        data = {k: v for k, v in data.items() if k != "id"}
        net.add_edge(a, b, key=data.get("label", ""), **data)
    return net
