"""Fixtures of the robustness suite: a built graph and a store, made once by the real `kg` command."""
from __future__ import annotations

from pathlib import Path

import pytest

from robust_helpers import ARTICLE, HENGSHUI, OTHER, kg, write_article


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """A folder built by `kg build` from the Hengshui article (graph.ttl inside)."""
    out = tmp_path_factory.mktemp("robust-built")
    run = kg("build", HENGSHUI, "--out", out, "--quiet")
    assert run.code == 0, run.err
    return out


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    """A store made by `kg ingest` from two short articles."""
    tmp = tmp_path_factory.mktemp("robust-store")
    write_article(tmp / "in", "a", ARTICLE, {"place": "衡水市", "published": "2021-11-19"})
    write_article(tmp / "in", "b", OTHER, {"place": "衡水市", "published": "2021-12-03"})
    run = kg("ingest", tmp / "in", "--store", tmp / "s.kg", "--quiet")
    assert run.code == 0, run.err
    return tmp / "s.kg"
