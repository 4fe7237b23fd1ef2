"""Extraction stage: people."""
from __future__ import annotations

from .context import Context

__all__ = ["run"]


def run(ctx: Context) -> None:
    return None
