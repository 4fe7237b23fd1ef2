"""kg build ARTICLE... --out DIR"""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import UsageError

__all__ = ["register"]


def build(
    articles: list[Path] = typer.Argument(..., help="Article files: text in any common encoding or HTML; - reads standard input. NAME.meta.json beside each is read."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for graph.ttl, mentions.jsonl and graph.html."),
    encoding: str = typer.Option(None, "--encoding", help="Force the input encoding (e.g. gb18030)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Build the graph of one or more articles.

    Example: kg build data/hengshui-2021-11-19-education.txt --out exports/hengshui
    """
    from ..output import summary, write_build
    from ..pipeline import build_file

    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; give a folder to --out")
    ags = [build_file(a, encoding=encoding) for a in articles]
    write_build(ags, out)
    if not quiet:
        typer.echo(summary(ags))
        typer.echo(f"wrote {out / 'graph.ttl'}, {out / 'mentions.jsonl'}, {out / 'graph.html'}")


def register(app: typer.Typer) -> None:
    app.command("build")(build)
