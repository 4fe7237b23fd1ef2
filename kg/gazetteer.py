"""China's administrative divisions (province, prefecture, county) with GB/T 2260 codes.

The data comes from the division list that the jionlp package ships
(``jionlp/dictionary/china_location.zip``); it is read directly from the
installed package, so nothing is downloaded and jionlp itself is not imported.
"""
from __future__ import annotations

import bisect
import importlib.util
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import KgError

__all__ = ["Division", "Gazetteer", "gazetteer", "township_counties", "township_villages"]

LEVELS = ("province", "prefecture", "county")
_SKIP = {"省直辖行政区划", "自治区直辖县级行政区划", "县", "市辖区"}


@dataclass(frozen=True)
class Division:
    name: str  # full name: 深州市, 玉屏侗族自治县
    code: str
    level: str
    parent: str  # parent code, "" for provinces
    short: str  # the short form: 深州, 玉屏

    @property
    def spoken(self) -> str:
        """How articles name an autonomous unit for short: 红河州, 玉屏县 ("" for other units)."""
        for full, tail in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if self.name.endswith(full) and self.short != self.name:
                return self.short + tail
        return ""


class Gazetteer:
    """Look-ups of divisions by code, full name or short name."""

    def __init__(self, divisions: list[Division], renamed: list[Division] = ()) -> None:  # type: ignore[assignment]
        """``renamed``: counties by the names they took after the list was made (无为县 → 无为市), each
        with the code of the county it was: found by name, the code's division stays the listed one."""
        self.by_code: dict[str, Division] = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        self._children: dict[str, list[Division]] = {}
        for d in divisions:
            self._children.setdefault(d.parent, []).append(d)
        for d in (*divisions, *renamed):
            self.by_name.setdefault(d.name, []).append(d)
            if d.short and d.short != d.name and all(c.code != d.code for c in self.by_short.get(d.short, ())):
                self.by_short.setdefault(d.short, []).append(d)
        lengths: dict[str, set[int]] = {}
        for name in (*self.by_name, *self.by_short):
            if len(name) >= 2:
                lengths.setdefault(name[0], set()).add(len(name))
        self._lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}

    @property
    def first_chars(self) -> frozenset[str]:
        """The characters that some name (full or short, two characters or more) starts with."""
        return frozenset(self._lengths)

    def name_lengths(self, first: str) -> tuple[int, ...]:
        """The lengths of the names (full or short) that start with ``first``, longest first."""
        return self._lengths.get(first, ())

    def children(self, d: Division) -> list[Division]:
        """The divisions directly under ``d``."""
        return self._children.get(d.code, [])

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent) if d.parent else None

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        p = self.parent(d)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def is_within(self, d: Division, ancestor_code: str) -> bool:
        return d.code == ancestor_code or any(a.code == ancestor_code for a in self.ancestors(d))

    def lookup(self, name: str, within: str = "") -> Division | None:
        """The division called ``name`` (full or short), preferring one inside ``within``.

        Where the name is ambiguous and the context does not decide, None: a
        place is never guessed.
        """
        cands = self.by_name.get(name) or self.by_short.get(name) or []
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        if within:
            inside = [d for d in cands if self.is_within(d, within)]
            if len(inside) == 1:
                return inside[0]
            # a name of a higher unit wins over a same-named lower one
        levels = sorted(cands, key=lambda d: LEVELS.index(d.level))
        if LEVELS.index(levels[0].level) < LEVELS.index(levels[1].level):
            return levels[0]
        return None

    def lookup_path(self, path: str) -> Division | None:
        """The division a path of names ends in, each inside the one before: 湖北省武汉市洪山区,
        河北省 衡水市, 武汉市/洪山区. None unless every part is a division inside the one before."""
        rest, found = re.sub(r"[\s/>,，、·|]+", "", path), None
        while rest:
            for n in range(len(rest), 1, -1):
                d = self.lookup(rest[:n], found.code if found else "")
                if d is not None and (found is None or self.is_within(d, found.code)):
                    found, rest = d, rest[n:]
                    break
            else:
                return None
        return found

    def names(self) -> list[str]:
        return list(self.by_name)


def _data_path() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("the jionlp package is not installed; reinstall kg with `pip install .`")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "china_location.zip"


def _short(name: str, level: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省"):
        if level == "province" and name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


# a line of the list down to its townships: indent (province, prefecture, county, township), name, code,
# short name; the villages below (most of its 700k lines) are skipped by the pattern, not by Python
_LINE = re.compile(r"^(\t{0,3})([^\t\r\n]+)(?:\t([^\t\r\n]*))?(?:\t([^\t\r\n]*))?", re.M)


def _list_text() -> str:
    with zipfile.ZipFile(_data_path()) as zf:
        return zf.read(zf.namelist()[0]).decode("utf-8")


@lru_cache(maxsize=1)
def _lines() -> list[tuple[str, str, str, str]]:
    """(indent, name, code, alias) of every line of the list above its villages, read once per process."""
    return _LINE.findall(_list_text())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read once per process."""
    divisions: list[Division] = []
    parents: list[str] = ["", "", ""]
    for indent, name, code, alias in _lines():
        depth = len(indent)
        if depth > 2 or not code.isdigit():
            continue
        level = LEVELS[depth]
        parent = parents[depth - 1] if depth else ""
        parents[depth] = code
        if name in _SKIP or (depth and code == parent):
            # municipalities repeat themselves as their own prefecture; skip the copy
            if depth < 2:
                parents[depth] = parent if depth else code
            continue
        short = alias if alias and alias != name else _short(name, level)
        divisions.append(Division(name, code, level, parent, short))
    return Gazetteer(divisions, _renamed(divisions))


def _renamed(divisions: list[Division]) -> list[Division]:
    """The counties the package's list of changes (``china_location_change.txt``) renames after the
    division list was made: 无为县 → 无为市 (2019), 繁昌县 → 繁昌区, 米林县 → 米林市 (2023). Each keeps the
    code of the county it was; where two became one (乌马河区、伊春区 → 伊美区), the first. Counties a
    change moves to another prefecture (公主岭市) are left where the list has them."""
    by_code = {d.code: d for d in divisions}
    under: dict[tuple[str, str], Division] = {}
    for d in divisions:
        if d.level == "county" and d.parent in by_code:
            under[(by_code[d.parent].name, d.name)] = d
    out: dict[tuple[str, str], Division] = {}
    path = _data_path().with_name("china_location_change.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        old, _, new = line.partition("=>")
        a, b = old.split("\t"), new.split("\t")
        if len(a) < 8 or len(b) < 3 or a[4] != b[1]:
            continue
        pref, county, renamed = a[4], a[6], b[2]
        d = under.get((pref, county))
        if d is None or renamed == county or (pref, renamed) in under or (pref, renamed) in out:
            continue
        out[(pref, renamed)] = Division(renamed, d.code, d.level, d.parent, _county_short(renamed))
    return list(out.values())


def _county_short(name: str) -> str:
    stem = name[:-1] if name.endswith(("市", "县", "区")) else name
    return stem if len(stem) >= 2 else name


@lru_cache(maxsize=1)
def township_counties() -> dict[str, tuple[str, ...]]:
    """Township names as the list writes them in full (那大镇, 万江街道, 钟英傈僳族彝族乡) → the codes of
    the counties they are in (of the prefecture, for a city with no counties: 儋州市, 东莞市). Read on
    first use, from the same file: the list holds townships and villages below its counties."""
    out: dict[str, list[str]] = {}
    county = ""
    for indent, name, code, _ in _lines():
        depth = len(indent)
        if depth == 2:
            county = code if code.isdigit() else ""
        elif depth < 2:
            county = ""
        elif county and name.endswith(("镇", "乡", "街道", "苏木")):
            out.setdefault(name, []).append(county)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in out.items()}


_COUNTY_LINE = re.compile(r"^\t\t[^\t\r\n]+\t(\d{6})", re.M)
_VILLAGE_LINE = re.compile(r"\t\t\t\t([^\t\r\n]+)\r?\n")
_VILLAGE_BLOCK = re.compile(r"(?:\t\t\t\t[^\t\r\n]+\r?\n)*")


@lru_cache(maxsize=64)
def township_villages(town: str) -> dict[str, frozenset[str]]:
    """The villages and communities (村, 社区) the division list holds below each township named
    ``town``, by the code of the county it is in: what tells apart the six 分水镇 of China when an
    article names one of their villages. Read on demand (the villages are most of the list)."""
    data = _list_text()
    counties = [(m.start(), m.group(1)) for m in _COUNTY_LINE.finditer(data)]
    out: dict[str, set[str]] = {}
    for m in re.finditer(rf"^\t\t\t{re.escape(town)}\r?\n", data, re.M):
        k = bisect.bisect(counties, (m.start(), "")) - 1
        if k < 0:
            continue
        block = _VILLAGE_BLOCK.match(data, m.end())  # the township's own lines, read in place (no copy of the list)
        names = _VILLAGE_LINE.findall(data, block.start(), block.end())
        out.setdefault(counties[k][1], set()).update(names)
    return {code: frozenset(names) for code, names in out.items()}
