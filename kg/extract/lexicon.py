"""The lexicons of kg/lexicons/, loaded once per process."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable
from importlib import resources

__all__ = ["Lexicon", "lexicon", "read_lines"]


def read_lines(name: str) -> list[list[str]]:
    """The non-comment lines of a lexicon file, split on tabs."""
    text = resources.files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


class PrefixIndex:
    """The longest of a set of words that starts at a position, found by first character."""

    def __init__(self, words: Iterable[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        for w in sorted(set(words), key=len, reverse=True):
            if w:
                self._by_first.setdefault(w[0], []).append(w)

    @property
    def first_chars(self) -> frozenset[str]:
        """The characters that some word starts with."""
        return frozenset(self._by_first)

    def at(self, text: str, i: int) -> str:
        for w in self._by_first.get(text[i:i + 1], ()):
            if text.startswith(w, i):
                return w
        return ""


# the eight democratic parties as the genre writes them before a place: 民盟西青区委, 九三学社市委会
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")


@dataclass(frozen=True, eq=False)
class Lexicon:
    posts: dict[str, tuple[str, str]]  # title -> (implied body, class)
    org_kinds: dict[str, str]  # suffix -> class
    departments: tuple[str, ...]  # longest first
    central_orgs: dict[str, str]
    central_canonical: dict[str, str]  # short form -> canonical name
    meeting_words: tuple[str, ...]  # longest first
    roles: dict[str, str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    department_canonical: dict[str, str] = field(default_factory=dict)  # short form -> full name

    def org_kind(self, name: str) -> str:
        if name in self.central_orgs:
            return self.central_orgs[name]
        if name.startswith(DEMOCRATIC_PARTIES):
            return "DemocraticParty"  # 民盟西青区委 is no Party committee
        for n in range(len(name), 0, -1):
            kind = self.org_kinds.get(name[-n:])
            if kind:
                return kind
        return "Organisation"

    def titles(self) -> list[str]:
        return sorted(self.posts, key=len, reverse=True)

    @cached_property
    def report_cues(self) -> tuple[tuple[str, str], ...]:
        """(cue, report kind) of the reporter and statement cues of roles.tsv, longest first."""
        return tuple((cue, "statement" if role == "statement" else "report")
                     for cue, role in sorted(self.roles.items(), key=lambda kv: -len(kv[0]))
                     if role in ("reporter", "statement"))

    @cached_property
    def title_index(self) -> PrefixIndex:
        return PrefixIndex(self.posts)

    @cached_property
    def department_index(self) -> PrefixIndex:
        return PrefixIndex(self.departments)

    @cached_property
    def central_index(self) -> PrefixIndex:
        return PrefixIndex(self.central_orgs)

    def is_surname_start(self, text: str) -> bool:
        return bool(text) and (text[0] in self.surnames or text[:2] in self.compound_surnames)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    posts = {r[0]: ((r[1] if len(r) > 1 else ""), (r[2] if len(r) > 2 else "")) for r in read_lines("posts.tsv")}
    for title, implied in list(posts.items()):  # 常务副州长, 常务副总指挥, 第一副组长: the first of the deputies
        if title.startswith("副"):
            posts.setdefault("常务" + title, implied)
            posts.setdefault("第一" + title, implied)
    kinds = {r[0]: r[1] for r in read_lines("org_kinds.tsv")}
    dept_rows = read_lines("departments.txt")
    depts = tuple(sorted({r[0] for r in dept_rows}, key=len, reverse=True))
    dept_full = {r[0]: r[1] for r in dept_rows if len(r) > 1 and r[1]}
    central_rows = read_lines("central_orgs.txt")
    central = {r[0]: r[1] for r in central_rows}
    central_canonical = {r[0]: r[2] for r in central_rows if len(r) > 2 and r[2]}
    meeting = tuple(sorted({r[0] for r in read_lines("meeting_words.txt")}, key=len, reverse=True))
    roles = {r[0]: r[1] for r in read_lines("roles.tsv")}
    singles: set[str] = set()
    compounds: set[str] = set()
    for r in read_lines("surnames.txt"):
        (compounds.add(r[0]) if len(r[0]) == 2 else singles.update(r[0]))
    return Lexicon(posts, kinds, depts, central, central_canonical, meeting, roles, frozenset(singles), frozenset(compounds),
                   dept_full)
