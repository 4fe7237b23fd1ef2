"""Pinyin glosses and traditional → simplified conversion.

Mirrors of government pages often serve the text in traditional characters with
a pinyin gloss after some characters: ``會(huì)議``. :func:`find_glosses` finds
the glosses (a bracketed, lower-case, valid pinyin syllable right after a Han
character, and a reading of that character unless it carries a tone);
:func:`to_simplified` converts with OpenCC's phrase-aware ``t2s`` and then lets
the gloss decide where one traditional character stands for two simplified ones
(著(zhe) → 着 but 著(zhù) → 著; 乾(gān) → 干 but 乾(qián) → 乾). Without a gloss,
著 becomes 着 except in the words where it is read zhù, and 乾 stays 乾 in a
person's name. Conversion keeps the length, so offsets are kept one to one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Gloss", "find_glosses", "to_simplified", "syllable", "is_han"]

_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
_PINYIN_CHARS = "a-zü" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# one to four syllables in ASCII or full-width brackets, right after a Han character
# (a line the scraper wrapped inside a gloss goes with the gloss: 體(yī gòng ⏎ tǐ))
GLOSS = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]\s*((?:[" + _PINYIN_CHARS
                   + r"]{1,6}[1-5]?(?:'|\s{1,3})?){1,4})\s*[)）]")


def is_han(ch: str) -> bool:
    if len(ch) != 1:
        return False
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def syllable(text: str) -> tuple[str, int]:
    """A pinyin syllable → (toneless ASCII base with v for ü, tone 0–4; 0 = none or neutral)."""
    tone = 0
    base = []
    for ch in unicodedata.normalize("NFD", text.strip().lower()):
        if ch in _TONE_MARKS:
            tone = _TONE_MARKS[ch]
        elif ch == "\u0308":  # diaeresis: ü
            if base and base[-1] == "u":
                base[-1] = "v"
        elif ch.isdigit():
            tone = int(ch) % 5
        else:
            base.append(ch)
    return "".join(base).replace("ü", "v"), tone


@lru_cache(maxsize=1)
def _readings() -> dict[int, tuple[tuple[str, int], ...]]:
    """Every Han character's readings, from pypinyin's table (loaded once)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return {cp: tuple(syllable(r) for r in value.split(",")) for cp, value in pinyin_dict.items()}


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(base for readings in _readings().values() for base, _ in readings)


@dataclass(frozen=True)
class Gloss:
    start: int  # span of the bracketed gloss in the text searched
    end: int
    syllables: tuple[tuple[str, int], ...]  # one per glossed character, the last characters before start


def find_glosses(text: str) -> list[Gloss]:
    """The pinyin glosses in ``text``."""
    if "(" not in text and "（" not in text:
        return []
    out = []
    for m in GLOSS.finditer(text):
        parts = [p for p in re.split(r"[\s']+", m.group(1)) if p]
        if not parts or len(parts) > m.start():
            continue
        sylls = tuple(syllable(p) for p in parts)
        if not all(base in _syllables() for base, _ in sylls):
            continue
        chars = text[m.start() - len(parts):m.start()]
        if not all(is_han(c) for c in chars):
            continue
        toned = any(t for _, t in sylls) or any(p[-1].isdigit() for p in parts)
        fits = all(any(base == b for b, _ in _readings().get(ord(c), ())) for c, (base, _) in zip(chars, sylls))
        if toned or fits:
            out.append(Gloss(m.start(), m.end(), sylls))
    return out


# A traditional character whose simplified form depends on its reading:
# {char: ((toneless reading, tone or 0 for any tone, simplified), ...)}, first match wins.
READINGS: dict[str, tuple[tuple[str, int, str], ...]] = {
    "著": (("zhu", 4, "著"), ("zhu", 0, "着"), ("zhe", 0, "着"), ("zhao", 0, "着")),
    "乾": (("qian", 0, "乾"), ("gan", 0, "干")),
    "於": (("yu", 2, "于"), ("wu", 0, "於"), ("yu", 1, "於"), ("yu", 0, "于")),
    "瞭": (("liao", 4, "瞭"), ("liao", 0, "了")),
    "麼": (("me", 0, "么"), ("mo", 0, "麽"), ("ma", 0, "么")),
    "徵": (("zhi", 0, "徵"), ("zheng", 0, "征")),
    "祇": (("qi", 0, "祇"), ("zhi", 0, "只")),
    "沈": (("chen", 0, "沉"), ("shen", 0, "沈")),
    "蘋": (("pin", 0, "蘋"), ("ping", 0, "苹")),
    "藉": (("ji", 0, "藉"),),
    "幹": (("gan", 0, "干"),),
}

# 著 is read zhù (and stays 著 in simplified) only in these words; elsewhere it is 着.
_ZHU_BEFORE = set("显卓土编原名论专译巨遗昭拙撰杰")  # X著
_ZHU_AFTER = set("作名称述录书者")  # 著X
# 乾 stays 乾 in names; these characters follow a name in the genre
_NAME_FOLLOW = re.compile(r"[、，,。；;：:\s）)“”]|$|主持|出席|参加|指出|强调|要求|讲话|表示|同志|书记|等|在|作|说|带|率|到|任|为")


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from importlib.resources import files

    try:
        lines = files("kg").joinpath("lexicons/surnames.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁")
    return frozenset(ch for line in lines if not line.startswith("#") for ch in line if is_han(ch))


def _convert_line(line: str) -> str:
    cc = _t2s()
    out = cc.convert(line)
    if len(out) == len(line):
        return out
    # a conversion that changed the length (not seen with OpenCC's t2s tables, but
    # the offset map depends on it): convert each character alone
    chars = []
    for ch in line:
        c = cc.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def _by_reading(ch: str, syl: tuple[str, int]) -> str | None:
    base, tone = syl
    for b, t, simp in READINGS.get(ch, ()):
        if b == base and (t == 0 or t == tone):
            return simp
    return None


def _zhu(src: list[str], out: list[str], i: int) -> str:
    prev = out[i - 1] if i else ""
    nxt = out[i + 1] if i + 1 < len(out) else ""
    return "著" if prev in _ZHU_BEFORE or nxt in _ZHU_AFTER else "着"


def _in_name(out: list[str], i: int) -> bool:
    """Whether out[i] ends a two- or three-character name: a surname one or two
    characters before it, and after it what follows a name in the genre."""
    if not _NAME_FOLLOW.match("".join(out[i + 1:i + 3])):
        return False
    return any(i - k >= 0 and out[i - k] in _surnames() and all(is_han(c) for c in out[i - k:i]) for k in (1, 2))


def to_simplified(text: str, glosses: dict[int, tuple[str, int]] | None = None) -> str:
    """``text`` in simplified characters, the same length. ``glosses`` maps the
    index of a glossed character to its syllable, which decides ambiguous characters."""
    glosses = glosses or {}
    if text.isascii():
        return text
    src = list(text)
    out = list("\n".join(_convert_line(line) for line in text.split("\n")))
    for i, ch in enumerate(src):
        if ch not in READINGS:
            continue
        choice = _by_reading(ch, glosses[i]) if i in glosses else None
        if choice is None:
            if ch == "著":
                choice = _zhu(src, out, i)
            elif ch == "乾" and out[i] != "乾" and _in_name(out, i):
                choice = "乾"
        if choice is not None:
            out[i] = choice
    return "".join(out)
