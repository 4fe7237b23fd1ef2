"""Paths the tests share: the repository, data/ with the Hengshui article, and ../shared.

(A module of its own, not conftest: tests/robustness has a conftest too, and two modules
named conftest cannot both be imported by name.)
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
HENGSHUI = DATA / "hengshui-2021-11-19-education.txt"
SHARED = ROOT.parent / "shared"
