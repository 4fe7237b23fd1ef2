"""One HTML page: header, search and legend bar, the network, optional tables, and the scripts.

The page loads nothing from the network: vis-network (the copy that pyvis
ships) is inlined, or read from a file beside the page, and so are kg's own
script and style. Article text reaches the page in two ways only, both
escaped: HTML made here goes through :func:`html.escape`, and the network's
data is JSON in a ``<script type="application/json">`` block with ``<``, ``>``
and ``&`` written as ``\\u003c``, ``\\u003e``, ``\\u0026``, which the script
reads with ``JSON.parse`` and puts in the page with ``textContent`` only.
"""
from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

__all__ = ["render_page", "vis_script", "script_json", "static_text"]

VIS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")


@lru_cache(maxsize=1)
def vis_script() -> str:
    """The vis-network bundle that pyvis ships (its licence comment stays; it loads nothing)."""
    path = resources.files("pyvis").joinpath(*VIS)
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower():  # pragma: no cover - would end the inline script early
        raise RuntimeError("the vis-network bundle contains </script and cannot be inlined")
    return text


@lru_cache(maxsize=2)
def static_text(name: str) -> str:
    return resources.files("kg.html").joinpath("static", name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no <, >, & or line separators left as is."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def render_page(title: str, payload: dict[str, Any], *, nav: list[tuple[str, str]] = (),  # type: ignore[assignment]
                tables: str = "", vis_src: str | None = None) -> str:
    """A complete page. ``nav`` is (relative href made by kg, text); ``tables`` is HTML made by kg
    with every article string escaped; ``vis_src`` a relative path to vis-network.min.js, or None
    to inline it."""
    links = "".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in nav)
    vis = (f'<script src="{escape(vis_src)}"></script>' if vis_src
           else f"<script>{vis_script()}</script>")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src 'self'">
<title>{escape(title)}</title>
<style>{static_text("page.css")}</style>
</head>
<body{' class="kg-entity"' if tables else ''}>
<header><h1>{escape(title)}</h1><nav>{links}</nav></header>
<div id="kg-bar">
<input id="kg-search" type="search" placeholder="搜索 search (中文 / pinyin)" aria-label="search">
<button id="kg-all" type="button">显示全部 show all</button>
<div id="kg-legend" aria-label="legend: colour and shape by type; tick to show"></div>
<div id="kg-results"></div>
</div>
<div id="kg-note"></div>
<div id="kg-main"><div id="kg-net"></div><aside id="kg-detail" hidden></aside></div>
<div id="kg-tip" hidden></div>
{tables}
<script type="application/json" id="kg-data">{script_json(payload)}</script>
{vis}
<script>{static_text("page.js")}</script>
</body>
</html>
"""
