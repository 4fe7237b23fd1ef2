"""kg query QUERY (--graph PATH | --store DIR) [--where COL=VALUE] [--limit N] [--timeout S] [--format table|csv|json]"""
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
    graph: Path = typer.Option(None, "--graph", "-g", help="A graph file built by `kg build` (graph.ttl)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="How to print the rows."),
    store: str = typer.Option(None, "--store", "-s", help="A store made by `kg ingest` (instead of --graph): its "
                              "folder, or its SPARQL server's URL (http://127.0.0.1:7878, …/sparql for Virtuoso)."),
    where: list[str] = typer.Option(None, "--where", "-w", help="COLUMN=VALUE: keep rows whose column is exactly "
                                    "VALUE (repeatable; one column given twice: either value)."),
    limit: int = typer.Option(1000, "--limit", "-n", min=0, help="At most N rows (0: all); a note on stderr says "
                              "when rows were cut."),
    timeout: float = typer.Option(60, "--timeout", "-t", min=0, help="Stop a query that runs longer than SECONDS "
                                  "(0: no limit)."),
) -> None:
    """Ask a built graph a named competency query or any SPARQL SELECT.

    Example: kg query participants --graph exports/hengshui/graph.ttl --format csv

    Example: kg query officials --store corpus.kg --where person=李国勇
    """
    from ..errors import UsageError
    from ..query import check_syntax, load_graph, resolve_query, run_query
    from ..store import constrain, parse_where
    from ..store.remote import is_remote, open_remote, open_store

    if (graph is None) == (store is None):
        raise UsageError("give one of --graph FILE or --store DIR")
    label, sparql = resolve_query(query)
    check_syntax(sparql, label)  # positions in the text as given, before --where and --limit rewrite it
    sparql = constrain(sparql, parse_where(where or []), limit, label)
    read = limit + 1 if limit else None
    if store is not None and is_remote(store):
        with open_remote(store) as remote:
            cols, rows = remote.run(sparql, label, timeout or None, read)
    elif store is not None:
        with open_store(store) as st:
            cols, rows = run_query(st.ox, sparql, label, timeout or None, read)
    else:
        cols, rows = run_query(load_graph(graph), sparql, label, timeout or None, read)
    if limit and len(rows) > limit:
        rows = rows[:limit]
        typer.echo(f"kg: showing the first {limit} rows; --limit N shows more (0: all)", err=True)
    typer.echo(render_rows(cols, rows, fmt))


def register(app: typer.Typer) -> None:
    app.command("query")(query)
