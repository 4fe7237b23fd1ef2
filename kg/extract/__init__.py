"""Extraction: a normalised Document → entities, mentions and facts.

The stages run in order over one :class:`Context`; each is a plain function
``stage(ctx) -> None`` that reads the document and adds to ``ctx.graph``:

    places      administrative places (gazetteer)         → Place entities, mentions
    orgs        every organisation named                   → Organisation entities, mentions
    people      persons and their posts                    → Person, Organisation, Holding
    meetings    meetings, dates, roles, reports            → Meeting, Participation, Report
    figures     numbers: counts, changes, targets          → Figure facts
    policies    policies and their measures                → Policy, Measure, Agenda, MeasureOf
"""
from __future__ import annotations

from typing import Callable

from ..document import Document
from ..model import ArticleGraph
from .context import Context

__all__ = ["extract", "STAGES", "Context"]


def _stages() -> list[tuple[str, Callable[[Context], None]]]:
    from . import figures, meetings, orgs, people, places, policies

    return [("places", places.run), ("orgs", orgs.run), ("people", people.run), ("meetings", meetings.run),
            ("figures", figures.run), ("policies", policies.run)]


STAGES = _stages


def extract(doc: Document) -> ArticleGraph:
    """Run every stage over ``doc`` and return what they found."""
    ctx = Context.for_document(doc)
    for name, stage in _stages():
        result = stage(ctx)
        if result is not None:
            raise TypeError(f"extraction stage {name!r} returned {type(result).__name__}; stages add to ctx.graph "
                            "and return None")
    ctx.finish()
    return ctx.graph
