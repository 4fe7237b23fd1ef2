"""kg normalise FILE"""
from __future__ import annotations

import json
from pathlib import Path

import typer

__all__ = ["register"]


def normalise_cmd(
    article: Path = typer.Argument(..., help="Article file (text or HTML; - reads standard input)."),
    encoding: str = typer.Option(None, "--encoding", help="Force the input encoding (e.g. gb18030, big5, utf-16)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object: text, meta, warnings, sentences."),
) -> None:
    """Print an article's cleaned text, the metadata found and the warnings.

    Example: kg normalise data/hengshui-2021-11-19-education.txt

    The text has glosses removed, simplified characters, Chinese punctuation and
    site furniture dropped; the metadata adds the title, dateline, byline and
    publication date found in the text; each warning names a span that could
    not be read, with its offsets in the cleaned text and in the raw input.
    """
    from ..normalise import normalise, read_article

    raw, meta = read_article(article, encoding=encoding)
    doc = normalise(raw, meta)
    warnings = [{"code": w.code, "start": w.start, "end": w.end, "raw_start": w.raw_start, "raw_end": w.raw_end,
                 "text": doc.text[w.start:w.end], "message": w.message} for w in doc.warnings]
    if as_json:
        typer.echo(json.dumps({"text": doc.text, "meta": doc.meta.to_dict(), "warnings": warnings,
                               "sentences": [[s.start, s.end] for s in doc.sentences]}, ensure_ascii=False, indent=1))
        return
    typer.echo(doc.text)
    typer.echo("")
    typer.echo("meta: " + json.dumps(doc.meta.to_dict(), ensure_ascii=False))
    typer.echo(f"warnings: {len(warnings)}")
    for w in doc.warnings:
        typer.echo(f"  {w} (raw {w.raw_start}-{w.raw_end})")


def register(app: typer.Typer) -> None:
    app.command("normalise")(normalise_cmd)
