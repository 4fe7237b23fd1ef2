"""The pipeline: raw article → Document → mentions and facts → ArticleGraph.

Each stage is a plain function ``stage(doc, graph, context)`` that adds to the
graph; :data:`STAGES` lists them in order, and :func:`build_document` runs them.
"""
from __future__ import annotations

from pathlib import Path

from .document import Document, Meta
from .extract import extract
from .model import ArticleGraph
from .normalise import normalise, read_article

__all__ = ["build_document", "build_text", "build_file"]


def build_document(doc: Document) -> ArticleGraph:
    """Extract entities and facts from a normalised document."""
    return extract(doc)


def build_text(text: str, meta: Meta | None = None) -> ArticleGraph:
    """Normalise and extract one article given as a string."""
    return build_document(normalise(text, meta or Meta()))


def build_file(path: str | Path, encoding: str | None = None) -> ArticleGraph:
    """Read, normalise and extract the article at ``path`` (with NAME.meta.json beside it)."""
    raw, meta = read_article(path, encoding=encoding)
    return build_document(normalise(raw, meta))
