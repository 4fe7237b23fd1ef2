"""Network pages: RDF graph → networkx → a self-contained HTML page (no network)."""
from __future__ import annotations

from pathlib import Path

from .network import graph_to_networkx, write_network_page

__all__ = ["graph_to_networkx", "write_network_page", "write_article_pages"]


def write_article_pages(graph, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Write graph.html (the whole graph) into ``out``; return the pages written."""
    page = out / "graph.html"
    write_network_page(graph_to_networkx(graph), page, title="kg network")
    return [page]
