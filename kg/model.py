"""kg's own types for what an article states: entities, facts and mentions.

Entities are identified by a ``key`` (type plus canonical name plus what
disambiguates it); :mod:`kg.ids` turns keys into IRIs. Every fact carries the
:class:`Evidence` that supports it: the sentence and its character offsets in
the normalised text. A fact without evidence cannot be built.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Union

from .document import Document

__all__ = [
    "Evidence", "Mention", "Place", "Organisation", "Person", "Meeting", "Policy", "Measure",
    "Participation", "Holding", "Report", "Agenda", "MeasureOf", "Figure", "Entity", "Fact", "ArticleGraph",
    "ROLES", "REPORT_KINDS", "fact_content",
]

ROLES = ("convener", "chair", "speaker", "attendee", "reporter", "statement")
REPORT_KINDS = ("report", "statement")


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with its offsets in the normalised text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"evidence offsets out of order: {self.start}-{self.end}")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # Person, Organisation, Place, Meeting, Policy
    key: str  # key of the entity it was linked to


@dataclass(frozen=True)
class Place:
    name: str  # full name with level suffix: 深州市
    code: str  # GB/T 2260 code
    parent_code: str = ""
    level: str = ""  # province, prefecture, county

    @property
    def key(self) -> str:
        return f"place:{self.code}"


@dataclass(frozen=True)
class Organisation:
    name: str  # canonical full name: 衡水市委, 深州市人民政府
    kind: str = "Organisation"  # ontology class local name
    place_code: str = ""

    @property
    def key(self) -> str:
        return f"org:{self.name}"


@dataclass(frozen=True)
class Person:
    name: str
    place_code: str = ""  # the locality that places the person (of their posts or the article)

    @property
    def key(self) -> str:
        return f"person:{self.name}@{self.place_code or 'cn'}"


@dataclass(frozen=True)
class Meeting:
    name: str
    date: str = ""  # YYYY-MM-DD or --MM-DD
    place_code: str = ""
    article: str = ""  # digest of the article, for meetings without a date
    reported: bool = True  # False: the article only refers to it

    @property
    def key(self) -> str:
        when = self.date or f"article-{self.article[:12]}"
        return f"meeting:{self.place_code or 'cn'}/{when}/{self.name}"


@dataclass(frozen=True)
class Policy:
    name: str

    @property
    def key(self) -> str:
        return f"policy:{self.name}"


@dataclass(frozen=True)
class Measure:
    name: str
    policy: str  # key of the policy

    @property
    def key(self) -> str:
        return f"measure:{self.policy.removeprefix('policy:')}/{self.name}"


Entity = Union[Place, Organisation, Person, Meeting, Policy, Measure]


@dataclass(frozen=True)
class Participation:
    meeting: str
    participant: str  # key of a Person or Organisation
    role: str  # one of ROLES
    evidence: Evidence

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; roles are {', '.join(ROLES)}")


@dataclass(frozen=True)
class Holding:
    """A post that a named person holds, as the article gives it."""

    person: str
    post: str  # the post's title without the organisation: 副书记
    organisation: str  # key of the Organisation, or "" where the article gives none
    evidence: Evidence


@dataclass(frozen=True)
class Report:
    meeting: str
    unit: str  # key of an Organisation (or a Person who reported for a unit)
    topic: str
    kind: str  # report or statement
    evidence: Evidence

    def __post_init__(self) -> None:
        if self.kind not in REPORT_KINDS:
            raise ValueError(f"unknown report kind {self.kind!r}")


@dataclass(frozen=True)
class Agenda:
    """A policy, campaign or line of work that a meeting discussed or directed."""

    meeting: str
    policy: str
    evidence: Evidence


@dataclass(frozen=True)
class MeasureOf:
    measure: str
    policy: str
    evidence: Evidence


@dataclass(frozen=True)
class Figure:
    subject: str
    indicator: str
    value: str  # plain decimal digits
    unit: str
    time: str
    evidence: Evidence


Fact = Union[Participation, Holding, Report, Agenda, MeasureOf, Figure]


@dataclass
class ArticleGraph:
    """Everything built from one article."""

    doc: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)  # entity key -> first mention's sentence
    _stated: set = field(default_factory=set, repr=False)

    def add(self, entity: Entity, evidence: Evidence | None = None) -> str:
        key = entity.key
        if key not in self.entities:
            self.entities[key] = entity
        if evidence is not None and key not in self.evidence:
            self.evidence[key] = evidence
        return key

    def state(self, fact: Fact) -> bool:
        """Add ``fact`` unless the graph states it already (from any sentence); True when added."""
        key = fact_content(fact)
        if key in self._stated:
            return False
        self._stated.add(key)
        self.facts.append(fact)
        return True

    def retract(self, drop: Callable[[Fact], bool]) -> None:
        """Take back the facts ``drop`` picks; what is left is still stated once each."""
        self._restate([f for f in self.facts if not drop(f)])

    def merge(self, key: str, into: str) -> None:
        """Entity ``key`` is entity ``into``: its mentions and the facts that name it are ``into``'s, and it is gone."""
        self.mentions[:] = [replace(m, key=into) if m.key == key else m for m in self.mentions]
        self._restate([replace(f, **{k: into for k, v in f.__dict__.items() if v == key and k != "evidence"})
                       for f in self.facts])
        self.entities.pop(key, None)
        self.evidence.pop(key, None)

    def _restate(self, facts: list[Fact]) -> None:
        self.facts, self._stated = [], set()
        for f in facts:
            self.state(f)


def fact_content(fact: Fact) -> tuple:
    """What a fact states, without its evidence."""
    return (type(fact).__name__, *(v for k, v in fact.__dict__.items() if k != "evidence"))
