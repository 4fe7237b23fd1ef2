"""kg docs --out DIR"""
from __future__ import annotations

from pathlib import Path

import typer

__all__ = ["register"]


def docs(
    out: Path = typer.Option(Path("exports/ontology"), "--out", "-o", help="Folder for index.html (and kg.ttl, "
                                                                          "shapes.ttl beside it)."),
    example: Path = typer.Option(None, "--example", help="An article to show as the example (default: the "
                                                         "Hengshui article in data/, when present)."),
) -> None:
    """Write the ontology's documentation page: classes, properties, alignments and an example; offline.

    Example: kg docs --out exports/ontology
    """
    from ..docs import write_docs

    written = write_docs(out, example)
    typer.echo("wrote " + ", ".join(str(p) for p in written))


def register(app: typer.Typer) -> None:
    app.command("docs")(docs)
