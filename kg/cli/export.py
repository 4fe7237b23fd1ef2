"""kg export --graph PATH | --store DIR [--format F] --out FILE"""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import UsageError
from ..export import ExportFormat

__all__ = ["register"]

_FORMATS = ", ".join(f.value for f in ExportFormat)


def export(
    graph: Path = typer.Option(None, "--graph", "-g", help="A graph written by `kg build` (graph.ttl, or its "
                                                           "folder) or by `kg export` (.nt, .nq, .trig, .jsonld)."),
    store: Path = typer.Option(None, "--store", "-s", help="A store folder written by `kg ingest` (instead of "
                                                           "--graph)."),
    fmt: ExportFormat = typer.Option(None, "--format", "-f", help=f"One of {_FORMATS}; by default the "
                                                                  "extension of --out tells."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write (for csv: a folder, which gets "
                                                      "nodes.csv and edges.csv)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Export a graph for Gephi, Cytoscape, Neo4j, civic-tech tools or any RDF store.

    Example: kg export --graph exports/hengshui/graph.ttl --out exports/hengshui/graph.gexf

    Formats: turtle (.ttl), ntriples (.nt), nquads (.nq) and trig (.trig) with one named graph per
    article, jsonld (.jsonld) with kg's @context, graphml (.graphml) and gexf (.gexf) for Gephi and
    Cytoscape, csv (a folder of nodes.csv and edges.csv for neo4j-admin import), popolo (.popolo.json).
    """
    from ..api import load

    if (graph is None) == (store is None):
        raise UsageError("give one of --graph PATH or --store DIR")
    written = load(graph if graph is not None else store).export(fmt, out)
    if not quiet:
        typer.echo("wrote " + ", ".join(str(p) for p in written))


def register(app: typer.Typer) -> None:
    app.command("export")(export)
