"""HTML pages → the article's text, title and date.

Government sites and their mirrors serve the report inside navigation bars,
scripts, share buttons and footers. `trafilatura <https://trafilatura.readthedocs.io>`_
(maintained, lxml-based, offline, built for news pages, Chinese included) finds
the main text block and the page's title and publication date; what it leaves
of the site furniture (counters, contact blocks) the normaliser drops like any
other furniture. The text it returns is the article's raw text: offsets in
mentions.jsonl then refer to it, not to the markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError

__all__ = ["PageMeta", "extract_html", "looks_like_html"]

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|title)\b",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|td|tr|table|h[1-6]|li|ul|script|style)\b[^>]*>", re.IGNORECASE)


@dataclass
class PageMeta:
    title: str = ""
    published: str = ""


def looks_like_html(text: str, name: str = "") -> bool:
    """An HTML page by its name (.html, .htm, .shtml, .xhtml) or its first bytes."""
    if re.search(r"\.(?:s?html?|xhtml|aspx?|php|jsp)$", name, re.IGNORECASE):
        return True
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 8


@lru_cache(maxsize=1)
def _trafilatura():  # type: ignore[no-untyped-def]
    import trafilatura

    return trafilatura


def extract_html(html: str, name: str) -> tuple[str, PageMeta]:
    """The article body of the page as plain text (one paragraph a line), and its metadata."""
    tr = _trafilatura()
    try:
        doc = tr.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                 include_images=False, include_links=False, favor_recall=True)
    except Exception as e:  # the library's own parse errors are many; all mean the same to the user
        raise InputError(f"{name}: cannot read the HTML page ({type(e).__name__}); "
                         "save the article's text as a .txt file") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise InputError(f"{name}: found no article text in the HTML page; save the article's text as a .txt file")
    page = PageMeta(title=_title(getattr(doc, "title", None) or ""), published=_iso(getattr(doc, "date", None) or ""))
    if page.title and page.title not in (line.strip() for line in text.splitlines()[:5]):
        text = page.title + "\n" + text  # the headline names the meeting: keep it as the first line
    return text, page


def _title(title: str) -> str:
    """The page title without the site's name: 标题_某某县人民政府, 标题 - 某某网, 标题|某某网."""
    parts = [p.strip() for p in re.split(r"\s*[_|｜]\s*|\s+[-—–]+\s+", title.strip()) if p.strip()]
    return parts[0] if parts else ""


def _iso(date: str) -> str:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", date)
    return m.group(0) if m else ""
