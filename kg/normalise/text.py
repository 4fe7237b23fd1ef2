"""Raw text → normalised Document, with an offset map back to the raw text.

The steps, each keeping for every character the span of raw text it came from:

0. HTML character references left in the text decoded (&nbsp; → a space, &amp; → &);
1. pinyin glosses found and removed (:mod:`.chinese`); their syllables kept;
2. traditional → simplified with OpenCC's phrases, the glosses deciding where
   the reading does, person names protected (:mod:`.chinese`);
3. each line: full-width letters, digits and symbols → ASCII; Chinese
   punctuation → full-width (，；：！？（） between Chinese characters, but
   8:30 and 1,000 stay); odd spaces → space, zero-width characters dropped,
   runs of spaces folded, markdown emphasis (**…**) dropped;
4. lines sorted into text, metadata and furniture (:mod:`.layout`);
5. damaged spans reported as warnings (:mod:`.corruption`);
6. sentences split at 。！？ and line ends.

``Document.origin[i]``/``origin_end[i]`` give the raw span of ``text[i]``: the
character itself where it was kept or converted, a run of spaces for the space
that replaced it, the gap between two lines for a line break.
"""
from __future__ import annotations

import html
import re

from ..document import Document, Meta, Sentence, TextWarning
from .chinese import find_glosses, is_han, to_simplified
from .corruption import find_damage
from .layout import continues, layout

__all__ = ["normalise", "split_sentences"]

SENTENCE_END = "。！？!"
_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
_SPACES = set("\t\xa0\u3000\u1680\u202f\u205f\u3164\v\f") | {chr(c) for c in range(0x2000, 0x200B)}
_FULL_KEEP = set("，；：！？（）")  # full-width forms that are the Chinese punctuation itself
_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_CJK_PUNCT = set("，。、；：！？（）《》“”‘’「」『』【】…—·")
_OPENING = set("“‘（《「『【")
_CLOSING = set("”’）》」』】")
# a question: a ? after these is a question mark, not a character lost in decoding
_QUESTION = re.compile(r"吗|呢|什么|怎么|怎样|如何|为何|为什么|哪|谁|多少|是否|难道|何时|何处")
_MARKDOWN_BOLD = re.compile(r"\*\*(?=[^*\n]*[\u4e00-\u9fff])([^*\n]{1,60}?)\*\*")

Item = tuple[str, int, int]  # character, raw start, raw end


def _cjk(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in _CJK_PUNCT)


def _strip_glosses(raw: str) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """Characters without glosses, the raw index of each, and the syllable glossed on each."""
    chars: list[str] = []
    pos: list[int] = []
    glossed: dict[int, tuple[str, int]] = {}
    last = 0
    for g in find_glosses(raw):
        chars.extend(raw[last:g.start])
        pos.extend(range(last, g.start))
        n = len(g.syllables)
        for k, syl in enumerate(g.syllables):
            glossed[len(chars) - n + k] = syl
        last = g.end
    chars.extend(raw[last:])
    pos.extend(range(last, len(raw)))
    return chars, pos, glossed


def _fold(ch: str) -> str:
    """One character's width and space form, before context rules."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E and ch not in _FULL_KEEP:
        return chr(o - 0xFEE0)
    if ch in _SPACES:
        return " "
    if ch in "\u2028\u2029\x85":
        return "\n"
    return ch


def _neighbour(items: list[Item], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(items) and items[j][0] == " ":
        j += step
    return items[j][0] if 0 <= j < len(items) else ""


def _punctuation(items: list[Item]) -> list[Item]:
    """ASCII punctuation among Chinese characters → full-width."""
    out = list(items)
    chars = [c for c, _, _ in items]
    n = len(chars)
    for i, (ch, rs, re_) in enumerate(items):
        if ch not in _TO_FULL:
            continue
        prev, nxt = _neighbour(items, i, -1), _neighbour(items, i, 1)
        adj_prev = chars[i - 1] if i else ""
        adj_next = chars[i + 1] if i + 1 < n else ""
        if ch in ",;:" and (adj_prev == "?" or adj_next == "?"):
            continue  # inside damage such as ?;?
        if ch == "," and not (prev.isdigit() and nxt.isdigit()) and (_cjk(prev) or _cjk(nxt)):
            out[i] = ("，", rs, re_)
        elif ch == ";" and (_cjk(prev) or _cjk(nxt)):
            out[i] = ("；", rs, re_)
        elif ch == ":" and not (prev.isdigit() and nxt.isdigit()) and adj_next != "/" and (_cjk(prev) or _cjk(nxt)):
            out[i] = ("：", rs, re_)
        elif ch == "!" and _cjk(prev):
            out[i] = ("！", rs, re_)
        elif ch == "?" and is_han(adj_prev) and adj_next != "?" and (i < 2 or chars[i - 2] != "?") \
                and (adj_next in ("", " ", "”", "’", "\"", "）", ")") or _QUESTION.search(_clause_before(chars, i))):
            out[i] = ("？", rs, re_)
    _parentheses(out)
    return out


def _clause_before(chars: list[str], i: int) -> str:
    j = i
    while j > 0 and chars[j - 1] not in "，。；！？、,;!?\n":
        j -= 1
    return "".join(chars[j:i])


def _parentheses(items: list[Item]) -> None:
    """Paired ASCII parentheses around Chinese text → full-width."""
    stack: list[int] = []
    for i, (ch, _, _) in enumerate(items):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            j = stack.pop()
            if any(is_han(c) for c, _, _ in items[j + 1:i]):
                items[j] = ("（", items[j][1], items[j][2])
                items[i] = ("）", items[i][1], items[i][2])


def _spaces(items: list[Item]) -> list[Item]:
    """Trim, fold runs of spaces to one, drop spaces next to Chinese punctuation."""
    out: list[Item] = []
    for ch, rs, re_ in items:
        if ch == " ":
            if not out or out[-1][0] in _CJK_PUNCT and out[-1][0] not in _CLOSING:
                continue
            if out[-1][0] == " ":
                out[-1] = (" ", out[-1][1], re_)
                continue
        elif out and out[-1][0] == " " and (ch in _CJK_PUNCT and ch not in _OPENING):
            out.pop()
        out.append((ch, rs, re_))
    while out and out[-1][0] == " ":
        out.pop()
    return out


def _markdown(items: list[Item]) -> list[Item]:
    text = "".join(c for c, _, _ in items)
    if "**" not in text:
        return items
    drop: set[int] = set()
    for m in _MARKDOWN_BOLD.finditer(text):
        drop.update((m.start(), m.start() + 1, m.end() - 2, m.end() - 1))
    return [it for k, it in enumerate(items) if k not in drop]


# an HTML character reference left in scraped text: &nbsp; &amp; &#8220; &#x201c;
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(raw: str) -> tuple[str, list[int], list[int]]:
    """``raw`` with HTML character references decoded (&nbsp; → a space), and the raw span of each
    character of the result."""
    if "&" not in raw:
        return raw, list(range(len(raw))), list(range(1, len(raw) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in _ENTITY.finditer(raw):
        decoded = html.unescape(m.group())
        if decoded == m.group():
            continue  # not a reference HTML knows: the text as written
        out.extend(raw[last:m.start()])
        starts.extend(range(last, m.start()))
        ends.extend(range(last + 1, m.start() + 1))
        out.extend(decoded)
        starts.extend([m.start()] * len(decoded))
        ends.extend([m.end()] * len(decoded))
        last = m.end()
    out.extend(raw[last:])
    starts.extend(range(last, len(raw)))
    ends.extend(range(last + 1, len(raw) + 1))
    return "".join(out), starts, ends


def _lines(chars: list[str], pos: list[int], ends: list[int] | None = None) -> list[list[Item]]:
    lines: list[list[Item]] = [[]]
    n = len(chars)
    for k, ch in enumerate(chars):
        if ch in _ZERO_WIDTH:
            continue
        if ch == "\r":
            if k + 1 < n and chars[k + 1] == "\n":
                continue
            ch = "\n"
        ch = _fold(ch)
        if ch == "\n":
            lines.append([])
            continue
        lines[-1].append((ch, pos[k], ends[k] if ends is not None else pos[k] + 1))
    return [_spaces(_punctuation(_markdown(line))) for line in lines]


def normalise(raw: str, meta: Meta | None = None) -> Document:
    """Normalise ``raw`` article text; see the module docstring."""
    meta = meta if meta is not None else Meta()
    decoded, starts, ends = _entities(raw)
    chars, pos, glossed = _strip_glosses(decoded)
    chars = list(to_simplified("".join(chars), glossed))
    lines = _lines(chars, [starts[p] for p in pos], [ends[p] for p in pos])
    texts = ["".join(c for c, _, _ in line) for line in lines]
    keeps = layout(texts, meta)
    out: list[str] = []
    previous = ""
    in_body = False  # a full sentence came before
    origin: list[int] = []
    origin_end: list[int] = []
    for line, keep in zip(lines, keeps):
        part = _spaces(line[keep.start:keep.end])
        if not part:
            continue
        part_text = "".join(c for c, _, _ in part)
        if out and continues(previous, part_text, in_body):
            previous += part_text  # a line wrapped inside a sentence: no break
        else:
            if out:  # the line break: the raw gap between the two lines
                out.append("\n")
                origin.append(origin_end[-1])
                origin_end.append(max(origin_end[-1], part[0][1]))
            previous = part_text
        for ch, rs, re_ in part:
            out.append(ch)
            origin.append(rs)
            origin_end.append(re_)
        in_body = in_body or "。" in part_text
    text = "".join(out)
    doc = Document(raw=raw, text=text, origin=origin, origin_end=origin_end, meta=meta)
    for code, s, e, what in find_damage(text):
        rs, re_ = doc.raw_span(s, e)
        doc.warnings.append(TextWarning(code, _message(code, text[s:e], what), s, e, rs, re_))
    if not text.strip():
        doc.warnings.append(TextWarning("empty", "no article text is left once site furniture is dropped"))
    doc.sentences = split_sentences(text)
    return doc


def _message(code: str, span: str, what: str) -> str:
    if code == "masked-digits":
        return f"digits masked in {span!r}: the number is not read"
    if code == "private-use":
        return f"private-use character in {span!r} (a site font's glyph): no fact is taken from it"
    return f"unreadable text {span!r} ({what!r} from a wrong decoding): no fact is taken from it"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences end at 。！？! (with their closing quote) and at line ends."""
    out = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            end = i
        elif ch in SENTENCE_END or ch in "”’\"" and text[i - 1:i] in SENTENCE_END:
            if text[i + 1:i + 2] in ("”", "’", "\""):
                continue  # the closing quote belongs to the sentence
            end = i + 1
        else:
            continue
        if text[start:end].strip():
            out.append(Sentence(start, end, text[start:end]))
        start = i + 1
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out
