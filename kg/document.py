"""The document that flows through kg's pipeline.

A raw article becomes a :class:`Document`: its normalised text, a map from each
normalised character back to the raw input, the article's metadata, the
sentences, and the warnings raised while reading it. Every later stage adds to
the document and keeps character offsets, so every mention and fact can be
found again in the text (and, through :meth:`Document.raw_span`, in the raw
input).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Meta", "Sentence", "TextWarning", "Document", "TextBuilder"]


@dataclass
class Meta:
    """What is known about an article besides its text."""

    id: str = ""
    title: str = ""
    published: str = ""  # ISO date, possibly partial: 2021, 2021-11, 2021-11-19
    place: str = ""
    source: str = ""
    # found in the text by the normaliser
    dateline: str = ""  # 张家界新闻网5月25日讯, 央视网消息（新闻联播）
    byline: str = ""  # 全媒体记者 杨婷
    editor: str = ""  # 编辑：王可

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class TextWarning:
    """Something in the text that could not be read, with its normalised span."""

    code: str  # e.g. "corrupted", "masked-digits", "encoding"
    message: str
    start: int = -1
    end: int = -1
    raw_start: int = -1
    raw_end: int = -1

    def __str__(self) -> str:
        where = f" at {self.start}-{self.end}" if self.start >= 0 else ""
        return f"{self.code}{where}: {self.message}"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


class TextBuilder:
    """Builds normalised text while remembering where each character came from."""

    def __init__(self) -> None:
        self._chars: list[str] = []
        self._origin: list[int] = []  # raw start of each char
        self._origin_end: list[int] = []  # raw end of each char

    def add(self, text: str, raw_start: int, raw_end: int | None = None) -> None:
        """Append ``text`` that replaces raw[raw_start:raw_end].

        When ``text`` has as many characters as the raw span, each character maps
        to its own raw character; otherwise every character maps to the whole span.
        """
        if raw_end is None:
            raw_end = raw_start + len(text)
        same = raw_end - raw_start == len(text)
        for i, ch in enumerate(text):
            self._chars.append(ch)
            if same:
                self._origin.append(raw_start + i)
                self._origin_end.append(raw_start + i + 1)
            else:
                self._origin.append(raw_start)
                self._origin_end.append(raw_end)

    def __len__(self) -> int:
        return len(self._chars)

    def last(self) -> str:
        return self._chars[-1] if self._chars else ""

    def pop(self) -> None:
        self._chars.pop()
        self._origin.pop()
        self._origin_end.pop()

    def build(self) -> tuple[str, list[int], list[int]]:
        return "".join(self._chars), list(self._origin), list(self._origin_end)


@dataclass
class Document:
    """A normalised article."""

    raw: str
    text: str
    origin: list[int]  # raw start offset of each normalised character
    origin_end: list[int]  # raw end offset of each normalised character
    meta: Meta = field(default_factory=Meta)
    warnings: list[TextWarning] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.meta.id or self.digest[:12]

    @property
    def digest(self) -> str:
        """A hash of the raw content: the article's identity in a store."""
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw offsets of the normalised span ``text[start:end]``."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.raw)
            return pos, pos
        return self.origin[start], self.origin_end[end - 1]

    def sentence_at(self, pos: int) -> Sentence:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Sentence(pos, pos, "")

    def is_corrupted(self, start: int, end: int) -> bool:
        """True when the span overlaps a span the normaliser could not read."""
        return any(w.start < end and start < w.end for w in self.warnings
                   if w.code in CORRUPTION_CODES and w.start >= 0)


CORRUPTION_CODES = {"corrupted", "masked-digits", "private-use"}
