"""What every extraction stage shares: the document, the graph being built, the
article's locality and date, and helpers to state facts with their evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Sentence
from ..gazetteer import Division, Gazetteer, gazetteer
from ..model import ArticleGraph, Entity, Evidence, Mention, Meeting, Place

__all__ = ["Context", "occurrences"]

_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def occurrences(text: str, needle: str, start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
    """Offsets of ``needle`` in ``text[start:end]`` (into ``text``), left to right, not overlapping."""
    end = len(text) if end is None else end
    i = text.find(needle, start, end)
    while i >= 0 and needle:
        yield i
        i = text.find(needle, i + len(needle), end)


HAN = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character


LEVEL_OF_CHAR = {"省": ("province",), "市": ("prefecture",), "州": ("prefecture",), "县": ("county",), "区": ("county",),
                 "盟": ("prefecture",), "旗": ("county",)}


@dataclass
class Context:
    doc: Document
    graph: ArticleGraph
    gaz: Gazetteer
    locality: Division | None = None  # the place the article is about
    year: int | None = None  # year of publication, where known
    month: int | None = None
    day: int | None = None
    meetings: list[str] = field(default_factory=list)  # keys of the meetings the article reports
    referred: list[str] = field(default_factory=list)  # keys of meetings it only refers to
    persons: dict[str, str] = field(default_factory=dict)  # name -> key of the Person
    joined: list[str] = field(default_factory=list)  # the reported meeting and those announced with it
    # where the text speaks of each reported meeting, when it reports two held one after the other
    # (上午…常委会会议 … 当天下午…专题会议): meeting key → (start, end); absent: the whole text
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # a meeting held before the reported one, told in one sentence (会前，A主持召开Y座谈会): key → that sentence
    asides: dict[str, tuple[int, int]] = field(default_factory=dict)
    _related: set[str] | None = None
    place_candidates: dict[int, list] = field(default_factory=dict)  # kg.extract.places' cache, by offset
    townships: list | None = None  # kg.extract.townships' hits, once found
    township_starts: dict[int, int] = field(default_factory=dict)  # offset → index in townships, found with them
    found_places: dict[str, list] = field(default_factory=dict)  # kg.extract.places' hits, by locality code

    @classmethod
    def for_document(cls, doc: Document) -> "Context":
        ctx = cls(doc=doc, graph=ArticleGraph(doc=doc), gaz=gazetteer())
        m = _PUBLISHED.match(doc.meta.published or "")
        if m:
            ctx.year = int(m.group(1))
            ctx.month = int(m.group(2)) if m.group(2) else None
            ctx.day = int(m.group(3)) if m.group(3) else None
        elif (d := _DATELINE_DAY.search(doc.meta.dateline or "")) is not None:
            ctx.month, ctx.day = int(d.group(1)), int(d.group(2))  # 新闻网12月13日讯 with no year: its month and day
        if doc.meta.place:
            ctx.locality = ctx.gaz.lookup(doc.meta.place) or ctx.gaz.lookup_path(doc.meta.place)
        return ctx

    # --- text helpers -------------------------------------------------
    @property
    def text(self) -> str:
        return self.doc.text

    def sentence(self, pos: int) -> Sentence:
        return self.doc.sentence_at(pos)

    def evidence(self, pos: int) -> Evidence:
        s = self.sentence(pos)
        return Evidence(s.start, s.end, s.text)

    def readable(self, start: int, end: int) -> bool:
        """False when the span overlaps text that was corrupted in the source."""
        return not self.doc.is_corrupted(start, end)

    # --- graph helpers ------------------------------------------------
    def mention(self, start: int, end: int, entity: Entity, type_: str) -> str:
        key = self.graph.add(entity, self.evidence(start))
        self.graph.mentions.append(Mention(start, end, self.text[start:end], type_, key))
        return key

    def place(self, d: Division, start: int | None = None, end: int | None = None) -> str:
        """Add a place (and its ancestors, as entities without mentions) and return its key."""
        ev = self.evidence(start) if start is not None else None
        key = self.graph.add(Place(d.name, d.code, d.parent, d.level), ev)
        if start is not None and end is not None:
            self.graph.mentions.append(Mention(start, end, self.text[start:end], "Place", key))
        return key

    def locality_at(self, suffix: str) -> Division | None:
        """The unit that a bare 市/县/区/省 means here: the locality or its nearest ancestor of that kind."""
        if self.locality is None:
            return None
        chain = [self.locality, *self.gaz.ancestors(self.locality)]
        for d in chain:
            if suffix == "省" and d.level == "province":
                return d
            if d.name.endswith(suffix) and (suffix != "市" or d.level != "province" or d.name.endswith("市")):
                return d
            if suffix == "州" and d.name.endswith("自治州"):
                return d
        return None

    def level_place(self, level: str) -> Division | None:
        """The unit a bare 县/市/区 means: the locality or its ancestor of that kind, else (县委 in an
        article about a city) the one unit of that kind the article names inside its locality."""
        place = self.locality_at(level) if level else None
        if place is not None or level not in LEVEL_OF_CHAR:
            return place
        within = self.locality.code if self.locality else ""
        found = {e.code for e in self.graph.entities.values()
                 if isinstance(e, Place) and e.level in LEVEL_OF_CHAR[level] and e.name.endswith(level)
                 and e.code in self.gaz.by_code and (not within or self.gaz.is_within(self.gaz.by_code[e.code], within))}
        return self.gaz.by_code[found.pop()] if len(found) == 1 else None

    def related_codes(self) -> set[str]:
        """Codes of the locality, its ancestors and its children (cached)."""
        if self._related is None:
            if self.locality is None:
                return set()
            d = self.locality
            codes = {d.code, *(a.code for a in self.gaz.ancestors(d))}
            codes.update(c.code for c in self.gaz.children(d))
            self._related = codes
        return self._related

    def iso_date(self, month: int, day: int, year: int | None = None) -> str:
        """A meeting date: with the year from the text or the publication date, else --MM-DD."""
        if year is None and self.year is not None:
            year = self.year
            if self.month is not None and month > self.month:
                year -= 1  # published in January about a December meeting
        if year is None:
            return f"--{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"

    def finish(self) -> None:
        """Add parents of every place named, so the places query has its parent rows."""
        for key, e in list(self.graph.entities.items()):
            if isinstance(e, Place) and e.parent_code and e.parent_code in self.gaz.by_code:
                parent = self.gaz.by_code[e.parent_code]
                self.graph.add(Place(parent.name, parent.code, parent.parent, parent.level))

    def main_meeting(self) -> str | None:
        return self.meetings[0] if self.meetings else None

    def add_meeting(self, meeting: Meeting, start: int, end: int) -> str:
        key = self.mention(start, end, meeting, "Meeting")
        target = self.meetings if meeting.reported else self.referred
        if key not in target:
            target.append(key)
        return key

