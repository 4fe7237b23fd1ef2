"""kg eval GOLD... [--root DIR] [--verbose]"""
from __future__ import annotations

import json
from pathlib import Path

import typer

__all__ = ["register"]


def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold files (JSON in the format of the shared gold answers) or "
                                              "folders of them."),
    root: Path = typer.Option(None, "--root", help="Folder the gold files' \"file\" paths are relative to "
                                                  "(default: beside the gold file or above it)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the missed and wrong rows."),
) -> None:
    """Score kg against your own gold answers: per-query precision, recall and F1.

    Example: kg eval my-gold/ --verbose
    """
    from ..evaluate import f1, load_gold, resolve_article, score_article
    from ..pipeline import build_file
    from ..query import NAMED_QUERIES, named_query_text, run_query, store_from_rdflib
    from ..rdf import to_rdf

    files = [p for g in gold for p in (sorted(g.glob("*.json")) if g.is_dir() else [g])]
    pooled: dict[str, list[int]] = {}
    cores, overalls = [], []
    for path in files:
        data = load_gold(path)
        ag = build_file(resolve_article(path, data, root))
        store = store_from_rdflib(to_rdf(ag))
        predicted = {q: run_query(store, named_query_text(q), q)[1] for q in NAMED_QUERIES}
        result = score_article(data, predicted)
        core, overall = result.overall(True), result.overall(False)
        cores.append(core)
        overalls.append(overall)
        typer.echo(f"{result.article}: core F1 {core[2]:.2f} (P {core[0]:.2f} R {core[1]:.2f})  "
                   f"overall F1 {overall[2]:.2f}")
        for name, t in result.tables.items():
            acc = pooled.setdefault(name, [0, 0, 0])
            acc[0] += t.tp
            acc[1] += t.required
            acc[2] += t.predicted
            if verbose:
                for m in t.missed:
                    typer.echo(f"    {name} missed: " + json.dumps({k: v[0] for k, v in m.items()}, ensure_ascii=False))
                for w in t.wrong:
                    shown = {k: v for k, v in w.items() if k not in ("source", "evidence")}
                    typer.echo(f"    {name} wrong:  " + json.dumps(shown, ensure_ascii=False))
    typer.echo(f"{'query':14s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    for name, acc in pooled.items():
        p, r, f = f1(*acc)
        typer.echo(f"{name:14s} {p:5.2f} {r:5.2f} {f:5.2f}")
    n = len(files) or 1
    typer.echo(f"mean of {len(files)} articles: core F1 {sum(c[2] for c in cores) / n:.2f}  "
               f"overall F1 {sum(o[2] for o in overalls) / n:.2f}")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
