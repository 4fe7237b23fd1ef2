"""kg view GRAPH --out DIR"""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import InputError, UsageError

__all__ = ["register", "read_graph"]


def read_graph(path: Path):  # type: ignore[no-untyped-def]
    """The RDF file at ``path`` as an rdflib Graph (format from its extension)."""
    from rdflib import Graph
    from rdflib.util import guess_format

    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with `kg build ARTICLE --out DIR` "
                         "and pass DIR/graph.ttl")
    g = Graph()
    try:
        g.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as e:  # rdflib raises many kinds of parse errors
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"{path}: not a readable RDF graph ({first}); rebuild it with `kg build`") from None
    return g


def view(
    graph: Path = typer.Argument(..., help="An RDF graph written by kg build (graph.ttl; .nt, .nq, .jsonld too)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for graph.html, index.html and the meeting and "
                                                      "person pages."),
    title: str = typer.Option("", "--title", help="Title of the pages (default: the article's title)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Write the network pages of a graph: they open from disk and load nothing from the network.

    Example: kg view exports/hengshui/graph.ttl --out exports/hengshui/pages
    """
    from ..html import write_pages

    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; give a folder to --out")
    written = write_pages(read_graph(graph), out, title=title)
    if not quiet:
        typer.echo(f"wrote {len(written)} pages; open {out / 'index.html'} or {out / 'graph.html'}")


def register(app: typer.Typer) -> None:
    app.command("view")(view)
