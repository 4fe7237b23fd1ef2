"""Scoring kg against hand-written gold answers (the format of ../shared/gold).

A gold file is ``{"article", "file", "tables": {query: [row]}, "aliases": {"@X": [...]}}``;
a gold row maps each scored column to the list of accepted strings (``null``: not
scored, a string starting with ``@``: an alias list) and may be ``"optional": true``.
A predicted row matches a gold row when every scored column holds an accepted string
after normalisation (NFKC, no whitespace, quotes or brackets, case folded; numbers
compared as numbers); a figure's subject and a report's topic also match when one
contains the other (both at least two characters). Rows are matched one to one
(maximum bipartite matching, required rows first); duplicate predictions count
once; predictions matched to optional rows count neither way.

This is the same scoring as the project's shared evaluation script; a test checks
that both give the same figures.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import InputError

__all__ = ["TableScore", "ArticleScore", "score_article", "load_gold", "resolve_article", "f1", "SOFT_TABLES"]

SOFT_TABLES = frozenset({"policies", "measures"})
LOOSE = frozenset({("figures", "subject"), ("reports", "topic")})
_STRIP = set(" \t\r\n\u3000\"'“”‘’「」『』《》〈〉()（）[]【】")


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    return "".join(ch for ch in text if ch not in _STRIP).lower()


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def _cell_matches(pred: str, accepted: Iterable[str], loose: bool) -> bool:
    p = _norm(pred)
    pn = _number(p)
    for a in map(_norm, accepted):
        if p == a or (loose and len(p) >= 2 and len(a) >= 2 and (p in a or a in p)):
            return True
        an = _number(a)
        if pn is not None and an is not None and pn == an:
            return True
    return False


def f1(tp: int, required: int, predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from matched, required and counted predicted rows."""
    p = tp / predicted if predicted else (1.0 if not required else 0.0)
    r = tp / required if required else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class TableScore:
    tp: int
    required: int
    predicted: int
    missed: list[dict[str, list[str]]] = field(default_factory=list)
    wrong: list[Mapping[str, str]] = field(default_factory=list)

    @property
    def prf(self) -> tuple[float, float, float]:
        return f1(self.tp, self.required, self.predicted)


@dataclass
class ArticleScore:
    article: str
    tables: dict[str, TableScore]

    def overall(self, core_only: bool) -> tuple[float, float, float]:
        chosen = [t for n, t in self.tables.items() if not (core_only and n in SOFT_TABLES)]
        return f1(sum(t.tp for t in chosen), sum(t.required for t in chosen), sum(t.predicted for t in chosen))


def _expand(row: Mapping[str, Any], aliases: Mapping[str, list[str]]) -> dict[str, list[str]]:
    out = {}
    for col, cell in row.items():
        if col in ("optional", "note") or cell is None:
            continue
        if isinstance(cell, str):
            cell = aliases[cell] if cell.startswith("@") else [cell]
        out[col] = list(cell)
    return out


def _augment(g: int, edges: list[list[int]], owner: list[int], seen: set[int]) -> bool:
    for p in edges[g]:
        if p not in seen:
            seen.add(p)
            if owner[p] == -1 or _augment(owner[p], edges, owner, seen):
                owner[p] = g
                return True
    return False


def score_table(table: str, gold_rows: list[Mapping[str, Any]], pred_rows: list[Mapping[str, str]],
                aliases: Mapping[str, list[str]]) -> TableScore:
    golds = [(_expand(r, aliases), bool(r.get("optional"))) for r in gold_rows]
    cols = sorted({c for g, _ in golds for c in g})
    seen, preds = set(), []
    for r in pred_rows:
        key = tuple(_norm(r.get(c, "")) for c in cols) if cols else tuple(sorted(r.items()))
        if key not in seen:
            seen.add(key)
            preds.append(r)
    edges = [[i for i, p in enumerate(preds)
              if all(_cell_matches(p.get(c, ""), acc, (table, c) in LOOSE) for c, acc in g.items())]
             for g, _ in golds]
    order = sorted(range(len(golds)), key=lambda i: golds[i][1])
    ordered = [edges[i] for i in order]
    owner = [-1] * len(preds)
    for g in range(len(ordered)):
        _augment(g, ordered, owner, set())
    matched = {order[g] for g in owner if g != -1}
    optional_hits = sum(1 for g in matched if golds[g][1])
    return TableScore(
        tp=sum(1 for g in matched if not golds[g][1]),
        required=sum(1 for _, opt in golds if not opt),
        predicted=len(preds) - optional_hits,
        missed=[golds[i][0] for i in range(len(golds)) if i not in matched and not golds[i][1]],
        wrong=[preds[p] for p in range(len(preds)) if owner[p] == -1],
    )


def load_gold(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read the gold file ({e.strerror})") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}); fix the gold file") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("tables"), dict) or "file" not in gold:
        raise InputError(f"{path}: a gold file needs \"file\" and \"tables\"; see the format in the README")
    return gold


def resolve_article(gold_path: Path, gold: Mapping[str, Any], root: Path | None = None) -> Path:
    """The article a gold file names: under ``root``, else beside the gold file or above it."""
    rel = Path(gold["file"])
    bases = [root] if root else [gold_path.parent, *gold_path.resolve().parents[:4]]
    for base in bases:
        if base is not None and (base / rel).is_file():
            return base / rel
    raise InputError(f"{gold_path}: its article {rel} was not found; pass --root DIR, the folder it is relative to")


def score_article(gold: Mapping[str, Any], predicted: Mapping[str, list[Mapping[str, str]]]) -> ArticleScore:
    aliases = gold.get("aliases", {})
    tables = {name: score_table(name, rows, predicted.get(name, []), aliases) for name, rows in gold["tables"].items()}
    return ArticleScore(str(gold.get("article", "")), tables)
