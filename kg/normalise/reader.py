"""Files → raw text and metadata."""
from __future__ import annotations

import json
from pathlib import Path

from ..document import Meta
from ..errors import InputError, MetaError

__all__ = ["read_article", "read_meta", "decode"]

META_FIELDS = ("id", "title", "published", "place", "source")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes → text: UTF-8 (with or without BOM) unless ``encoding`` says otherwise."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as e:
            raise InputError(f"{name}: cannot decode as {encoding} ({e}); try another --encoding") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not an article; give a text or HTML file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text; pass --encoding (for example gb18030)")


def read_meta(path: Path) -> Meta:
    """The metadata in ``path`` (a NAME.meta.json), validated."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise MetaError(f"{path}: cannot read the metadata file ({e}); fix or remove it") from None
    except json.JSONDecodeError as e:
        raise MetaError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}); fix or remove it") from None
    if not isinstance(data, dict):
        raise MetaError(f"{path}: metadata must be a JSON object with title, published, place, source")
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


def read_article(path: str | Path, encoding: str | None = None) -> tuple[str, Meta]:
    """The raw text of the article at ``path`` and its metadata."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give the article files inside it") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror})") from None
    text = decode(data, str(path), encoding)
    mp = meta_path(path)
    meta = read_meta(mp) if mp.is_file() else Meta()
    if not meta.id:
        meta.id = path.stem
    if not text.strip():
        raise InputError(f"{path}: the file is empty; give an article with text")
    return text, meta
