"""kg forget ARTICLE... --store DIR"""
from __future__ import annotations

from pathlib import Path

import typer

__all__ = ["register"]


def forget(
    articles: list[str] = typer.Argument(..., help="Articles to remove: a path as ingested, an article id, or "
                                                   "a digest (8 hex characters or more)."),
    store: Path = typer.Option(..., "--store", "-s", help="The store folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Remove articles from a store, and relink the people they named.

    Example: kg forget ../shared/corpus/dev/002.txt --store corpus.kg
    """
    from ..store import forget as run_forget
    from ..store import open_store

    with open_store(store, write=True) as st:
        for ref in articles:
            for a in run_forget(st, ref):
                if not quiet:
                    typer.echo(f"forgot {a['id']} ({str(a['digest'])[:16]})")


def register(app: typer.Typer) -> None:
    app.command("forget")(forget)
