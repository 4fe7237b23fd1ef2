"""Writing what was built: graph.ttl, mentions.jsonl, graph.html, atomically."""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Graph

from .errors import OutputError
from .ids import entity_iri
from .model import ArticleGraph
from .rdf import to_rdf

__all__ = ["atomic_write", "write_build", "mention_records", "summary"]


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator:
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path.parent}: cannot write here ({e.strerror}); choose another --out folder") from None
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as e:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write ({e.strerror}); free some space or choose another --out folder") from None
    except BaseException:
        _remove(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def mention_records(ag: ArticleGraph) -> Iterator[dict]:
    doc = ag.doc
    for m in ag.mentions:
        raw_start, raw_end = doc.raw_span(m.start, m.end)
        yield {"article": doc.id, "start": m.start, "end": m.end, "raw_start": raw_start, "raw_end": raw_end,
               "text": m.text, "type": m.type, "iri": str(entity_iri(m.key))}


def summary(ags: list[ArticleGraph]) -> str:
    kinds = Counter(type(e).__name__ for ag in ags for e in ag.entities.values())
    facts = Counter(type(f).__name__ for ag in ags for f in ag.facts)
    warnings = [(ag.doc.id, w) for ag in ags for w in ag.doc.warnings]
    lines = [f"articles: {len(ags)}",
             "entities: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"),
             "facts: " + (", ".join(f"{k} {v}" for k, v in sorted(facts.items())) or "none"),
             f"warnings: {len(warnings)}"]
    lines += [f"  {art}: {w}" for art, w in warnings]
    return "\n".join(lines)


def write_build(ags: list[ArticleGraph], out: Path) -> Graph:
    """Write graph.ttl, mentions.jsonl and graph.html for ``ags`` into ``out``."""
    from .html import write_article_pages

    from .export import rdf as _lossless  # noqa: F401  registers the kg-turtle serializer

    graph = Graph()
    for ag in ags:
        to_rdf(ag, graph)
    data = graph.serialize(format="kg-turtle")  # numbers as written: 36, not 36.0
    with atomic_write(out / "graph.ttl") as fh:
        fh.write(data)
    with atomic_write(out / "mentions.jsonl") as fh:
        for ag in ags:
            for rec in mention_records(ag):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_article_pages(graph, out)
    return graph
