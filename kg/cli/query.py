"""kg query QUERY --graph PATH [--format table|csv|json]"""
from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path

import typer

__all__ = ["register", "OutputFormat", "render_rows"]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def render_rows(cols: list[str], rows: list[dict[str, str]], fmt: OutputFormat) -> str:
    if fmt is OutputFormat.json:
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table

    table = Table(*cols, show_lines=False)
    for r in rows:
        table.add_row(*(r[c] for c in cols))
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text().rstrip("\n") + f"\n{len(rows)} rows"


def query(
    query: str = typer.Argument(..., help="A named query (meetings, participants, officials, reports, policies, "
                                          "measures, figures, places, organisations), a .rq file, or SPARQL."),
    graph: Path = typer.Option(..., "--graph", "-g", help="A graph file built by `kg build` (graph.ttl)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="How to print the rows."),
) -> None:
    """Ask a built graph a named competency query or any SPARQL SELECT.

    Example: kg query participants --graph exports/hengshui/graph.ttl --format csv
    """
    from ..query import load_graph, resolve_query, run_query

    label, sparql = resolve_query(query)
    store = load_graph(graph)
    cols, rows = run_query(store, sparql, label)
    typer.echo(render_rows(cols, rows, fmt))


def register(app: typer.Typer) -> None:
    app.command("query")(query)
