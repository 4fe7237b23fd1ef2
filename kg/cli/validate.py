"""kg validate GRAPH_OR_STORE [--shapes FILE]"""
from __future__ import annotations

from pathlib import Path

import typer

__all__ = ["register"]


def validate(
    target: Path = typer.Argument(..., help="A graph file written by kg build (graph.ttl; .nt, .jsonld too) or "
                                            "a store folder made by kg ingest."),
    shapes: Path = typer.Option(None, "--shapes", help="SHACL shapes to check against (default: kg's own, "
                                                       "ontology/shapes.ttl)."),
) -> None:
    """Check a graph or a store against the kg ontology's SHACL shapes.

    Example: kg validate exports/hengshui/graph.ttl

    Prints each violation with the entity, the rule it breaks and the sentence behind the entity, and exits
    1 when there is any; prints one line and exits 0 when the graph is valid.
    """
    from ..validate import format_report, load_target
    from ..validate import validate as run

    shapes_graph = None
    if shapes is not None:
        from .view import read_graph

        shapes_graph = read_graph(shapes)
    report = run(load_target(target), shapes_graph)
    typer.echo(format_report(report, str(target)))
    if not report.conforms:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
