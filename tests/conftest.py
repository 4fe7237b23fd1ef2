"""Shared fixtures: the Hengshui article in data/, ../shared when present, small articles written here."""
from __future__ import annotations

import pytest

from shared_paths import DATA, HENGSHUI, ROOT, SHARED  # noqa: F401  (re-exported for fixtures)


@pytest.fixture(scope="session")
def hengshui_graph():
    """The Hengshui article, built once for the session."""
    from kg.pipeline import build_file

    return build_file(HENGSHUI)


@pytest.fixture(scope="session")
def hengshui_build(tmp_path_factory):
    """`kg build` run on the Hengshui article: the output folder."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("hengshui")
    assert main(["build", str(HENGSHUI), "--out", str(out), "--quiet"]) == 0
    return out
