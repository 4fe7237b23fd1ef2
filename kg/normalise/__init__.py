"""Reading damaged article text: raw input → :class:`~kg.document.Document`.

``read_article(path)`` decodes a file and reads the NAME.meta.json beside it;
``normalise(raw, meta)`` removes pinyin glosses, converts traditional to
simplified, drops site furniture, marks corrupted spans and splits sentences,
keeping a map from every normalised character back to the raw text.
"""
from __future__ import annotations

from .reader import read_article, read_meta
from .text import normalise

__all__ = ["read_article", "read_meta", "normalise"]
