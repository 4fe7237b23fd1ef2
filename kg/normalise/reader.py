"""Files → raw text and metadata.

An article is a text file (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK
or Big5, detected; ``encoding`` forces one), an HTML page (its article body is
extracted, see :mod:`kg.normalise.html`) or ``-`` for standard input. The
NAME.meta.json beside a file gives its metadata.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..document import Meta
from ..errors import InputError, MetaError

__all__ = ["read_article", "read_meta", "decode", "read_bytes", "MAX_BYTES", "STDIN"]

META_FIELDS = ("id", "title", "published", "place", "source")
STDIN = "-"
MAX_BYTES = 16 * 1024 * 1024
"""Largest input taken as one article: a meeting report is a few kilobytes; a file
hundreds of times larger is a dump or a mistake, and would only exhaust memory."""

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# codecs tried in order when the bytes are not UTF-8; each must decode the whole file
_FALLBACKS = ("gb18030", "big5")


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / max(1, len(text))


def _plausible(text: str) -> bool:
    """Text, not bytes decoded into noise: nearly every character is assigned and
    printable (or a line break), and some are letters or Han characters."""
    import unicodedata

    sample = text[:4096]
    if not any(ch.isalpha() for ch in sample):
        return False
    odd = sum(1 for ch in sample if not (ch.isprintable() or ch.isspace() or "\ue000" <= ch <= "\uf8ff")
              or unicodedata.category(ch) in ("Cn", "Cs"))
    return odd <= len(sample) // 50


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is zero in Latin text, and Chinese
    text decodes to Han characters with no control characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    for enc, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = sum(1 for ch in text[:2048] if "\u4e00" <= ch <= "\u9fff")
        if _plausible(text) and (zeros.count(0) > len(zeros) // 3 or han > len(text[:2048]) // 2):
            return text
    return None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes → text. ``encoding`` forces a codec; otherwise a BOM decides, then
    UTF-8, UTF-16 without BOM, GB18030 and Big5 (the one that decodes the whole
    file with the most common Chinese characters). A file with a few bytes that
    no codec reads is decoded with U+FFFD in their place; else charset-normalizer guesses."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}; give a codec name such as utf-8, "
                             "gb18030, big5 or utf-16") from None
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: cannot decode as {encoding} (byte {e.start}: {e.reason}); "
                             "try another --encoding") from None
        return text[1:] if text.startswith("\ufeff") else text
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but does not decode as {enc} "
                                 f"(byte {e.start}); pass --encoding") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if "\x00" in text[:4096]:
            utf16 = _utf16_without_bom(data)
            if utf16 is not None:
                return utf16
            raise InputError(f"{name}: looks like a binary file, not an article; give a text or HTML file")
        return text
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not an article; give a text or HTML file")
    limit = max(8, len(data) // 100)
    loose = data.decode("utf-8", errors="replace")
    if loose.count("\ufffd") <= limit:
        return loose  # UTF-8 with a few damaged bytes: U+FFFD in their place, reported as corrupted
    candidates = []
    for enc in _FALLBACKS:
        try:
            candidates.append((_common_score(data.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if candidates:
        return data.decode(max(candidates)[1])
    # no codec reads every byte: a few damaged bytes in an otherwise readable file
    # become U+FFFD, which the normaliser reports as corrupted spans
    for enc in _FALLBACKS:
        loose = data.decode(enc, errors="replace")
        if loose.count("\ufffd") <= limit:
            return loose
    guess = _guess(data)
    if guess is not None:
        return guess
    raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16, GB18030 or Big5); "
                     "pass --encoding (for example --encoding gb18030)")


def _common_score(text: str) -> float:
    """Share of Han characters that are common (GB2312 level 1 or its traditional
    counterparts in Big5 level 1): wrong codecs yield rare characters."""
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = 0
    for ch in han:
        for enc, lo, hi in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
            try:
                b = ch.encode(enc)
            except UnicodeEncodeError:
                continue
            if lo <= b[0] <= hi:
                common += 1
                break
    return common / len(han) - _control_ratio(text[:20000])


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return text if _plausible(text) else None


def read_meta(path: Path) -> Meta:
    """The metadata in ``path`` (a NAME.meta.json), validated."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise MetaError(f"{path}: cannot read the metadata file ({e}); fix or remove it") from None
    except json.JSONDecodeError as e:
        raise MetaError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}); fix or remove it") from None
    if not isinstance(data, dict):
        raise MetaError(f"{path}: metadata must be a JSON object with title, published, place, source; fix the file")
    meta = Meta()
    for key in META_FIELDS:
        value = data.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise MetaError(f"{path}: field {key!r} must be a string, not {type(value).__name__}; fix the file")
        setattr(meta, key, value.strip())
    return meta


def meta_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path`` (``-``: standard input), refusing what cannot be an article."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "standard input"
    else:
        path = Path(path)
        name = str(path)
        try:
            size = path.stat().st_size
            if path.is_file() and size > MAX_BYTES:
                raise InputError(f"{path}: {size / 2**20:.0f} MB is too large for one article "
                                 f"(at most {MAX_BYTES // 2**20} MB); split it into articles")
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder; give the article files inside it") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read the file ({e.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: more than {MAX_BYTES // 2**20} MB is too large for one article; "
                         "split it into articles")
    return data


def read_article(path: str | Path, encoding: str | None = None) -> tuple[str, Meta]:
    """The raw text of the article at ``path`` (``-`` reads standard input) and its metadata.

    For an HTML page the raw text is the article body extracted from it, and the
    page's title and date fill the metadata the NAME.meta.json leaves empty.
    """
    stdin = str(path) == STDIN
    name = "standard input" if stdin else str(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give an article with text")
    text = decode(data, name, encoding)
    if stdin:
        meta = Meta(id="stdin")
    else:
        path = Path(path)
        mp = meta_path(path)
        meta = read_meta(mp) if mp.is_file() else Meta()
        if not meta.id:
            meta.id = path.stem
    from .html import extract_html, looks_like_html

    if looks_like_html(text, name):
        text, page = extract_html(text, name)
        meta.title = meta.title or page.title
        meta.published = meta.published or page.published
    if not text.strip():
        raise InputError(f"{name}: no text in the file; give an article with text")
    if not _plausible(text):
        raise InputError(f"{name}: looks like a binary file, not an article; give a text or HTML file")
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        raise InputError(f"{name}: no Chinese text in the file; kg reads Chinese meeting reports "
                         "(if it is one, pass --encoding)")
    return text, meta
