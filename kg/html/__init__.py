"""Network pages: an RDF graph → pages that open from disk and load nothing from the network.

    model.py    RDF (the shape kg/rdf.py writes) → items and links
    network.py  items and links → networkx → the JSON a page draws
    layout.py   positions for large graphs
    page.py     one HTML page (vis-network inlined, kg's script and style)
    pages.py    graph.html, index.html, a page per meeting and per person
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .network import graph_to_networkx
from .pages import write_graph_page, write_pages

__all__ = ["graph_to_networkx", "write_network_page", "write_article_pages", "write_pages"]


def write_network_page(net, path: Path, title: str) -> Path:  # type: ignore[no-untyped-def]
    """The network ``net`` (from :func:`graph_to_networkx`) alone on one self-contained page."""
    return write_graph_page(net, Path(path), title)


def write_article_pages(graph: Graph, out: Path) -> list[Path]:
    """Write graph.html, index.html and the meeting and person pages into ``out``; return them."""
    return write_pages(graph, Path(out))
