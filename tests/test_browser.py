"""Network pages in a real headless Chromium with the network off.

Needs Debian's chromium and fonts-noto-cjk (.ci/run installs them). Without
chromium these tests fail and say how to install it; they never skip.
Screenshots are kept under tests/artefacts/ (not committed).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.html import write_pages
from kg.html.headless import INSTALL_HINT, find_chromium, open_page

from html_fixtures import HOSTILE_NAME, PROBE, SCRIPT, hostile_graph

ARTEFACTS = Path(__file__).resolve().parent / "artefacts"


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = find_chromium()
    if exe is None:
        pytest.fail(INSTALL_HINT)
    return exe


def drawn(page: Path) -> tuple[int, int]:
    """How many nodes and edges the page's data holds (what it should draw)."""
    text = page.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="kg-data">') + len(
        '<script type="application/json" id="kg-data">')
    data = json.loads(text[start:text.index("</script>", start)])
    return len(data["nodes"]), len(data["edges"])


def offline_only(requests: list[str]) -> list[str]:
    return [u for u in requests if not u.startswith(("file:", "data:"))]


def test_browser_draws_the_hengshui_graph_offline(chromium, hengshui_build):
    page = hengshui_build / "graph.html"
    shot = ARTEFACTS / "hengshui-graph.png"
    r = open_page(page, screenshot=shot)
    assert r.ready, f"the page never reported drawing; script errors: {r.console_errors}"
    nodes, edges = drawn(page)
    assert nodes > 0
    assert (int(r.attributes["data-kg-nodes"]), int(r.attributes["data-kg-edges"])) == (nodes, edges)
    assert r.console_errors == [] and r.dialogs == []
    assert offline_only(r.requests) == []
    assert shot.stat().st_size > 10_000


def test_browser_draws_meeting_person_pages_and_focus(chromium, hengshui_build):
    entity = sorted(hengshui_build.glob("persons/*.html")) + sorted(hengshui_build.glob("meetings/*.html"))
    assert entity, "the Hengshui article names people"
    for page in entity[:2] + entity[-1:]:
        r = open_page(page, probe=PROBE)
        assert r.ready and r.console_errors == [], page
        assert (int(r.attributes["data-kg-nodes"]), int(r.attributes["data-kg-edges"])) == drawn(page)
        assert r.probe["detail"], f"{page}: the page's own entity is shown in the detail panel"
        assert offline_only(r.requests) == []
    # #focus=KEY draws only the node's neighbourhood
    graph = hengshui_build / "graph.html"
    r = open_page(graph, hash="#focus=" + _key_of_busiest(graph), probe=PROBE)
    assert r.ready and 0 < int(r.attributes["data-kg-nodes"]) <= drawn(graph)[0]


def _key_of_busiest(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    start = text.index('id="kg-data">') + len('id="kg-data">')
    data = json.loads(text[start:text.index("</script>", start)])
    return max(data["nodes"], key=lambda n: n["degree"])["key"]


def test_browser_hostile_article_runs_no_script(chromium, tmp_path):
    g, person, meeting = hostile_graph()
    written = write_pages(g, tmp_path)
    focus = "#focus=" + person
    pages = [(tmp_path / "graph.html", focus), (tmp_path / "index.html", "")]
    pages += [(p, "") for p in written if p.parent.name in ("meetings", "persons")]
    assert len(pages) >= 4
    for page, hash_ in pages:
        r = open_page(page, hash=hash_, probe=PROBE, screenshot=ARTEFACTS / f"hostile-{page.stem}.png",
                      network=page.name != "index.html")
        assert r.probe["pwned"] is None, f"{page.name}: injected code ran ({r.probe['pwned']})"
        assert r.dialogs == [], f"{page.name}: injected code opened a dialog"
        assert offline_only(r.requests) == [], f"{page.name}: asked for {offline_only(r.requests)}"
        if page.name != "index.html":
            assert r.ready and r.console_errors == [], page
    # the text is shown as text: the focused person's name with its <script> tag, verbatim
    r = open_page(tmp_path / "graph.html", hash=focus, probe=PROBE)
    assert HOSTILE_NAME in r.probe["detail"] and SCRIPT in r.probe["detail"]


def test_browser_injection_check_can_fail(chromium, tmp_path):
    """The probe does see injected code when a page lets it run."""
    page = tmp_path / "unsafe.html"
    page.write_text("<html><body>" + SCRIPT.removeprefix("</script>") + "</body></html>", encoding="utf-8")
    r = open_page(page, probe=PROBE, network=False)
    assert r.probe["pwned"] == "script"
