"""A corpus in a store: many articles in one on-disk pyoxigraph dataset.

    with open_store("corpus.kg", write=True, create=True) as store:
        ingest(store, expand_paths(["articles/"]))
    with open_store("corpus.kg") as store:
        cols, rows = store.run(named_query_text("officials"))

See kg.store.store for the layout (one named graph per article, the default
graph their union), kg.link for how people are linked across articles, and
kg.store.sparql for filters and row limits.
"""
from __future__ import annotations

from .ingest import IngestReport, expand_paths, ingest, make_pool
from .sparql import constrain, parse_where
from .store import Store, open_store

__all__ = ["oxigraph_server", "Store", "open_store", "ingest", "expand_paths", "make_pool", "IngestReport", "constrain",
           "parse_where", "forget"]


def forget(store: Store, ref: str) -> list[dict[str, object]]:
    """Remove the article(s) that ``ref`` names (a path, an article id, a digest or its prefix, an IRI),
    then relink the names they mentioned. Returns the articles removed."""
    from pathlib import Path

    from ..errors import InputError

    arts = store.articles()
    resolved = str(Path(ref).resolve())
    hits = [a for a in arts if resolved in a["paths"] or ref in a["paths"]]
    if not hits:
        hits = [a for a in arts if a["iri"] == ref or (len(ref) >= 8 and str(a["digest"]).startswith(ref))]
    if not hits:
        hits = [a for a in arts if a["id"] == ref]
        if len(hits) > 1:
            raise InputError(f"{ref}: {len(hits)} articles have this id; give its path or its digest instead")
    if not hits:
        raise InputError(f"{ref}: no article in {store.path} has this path, id or digest; "
                         "check it with `kg query ... --store`")
    store.drop_graphs([str(a["iri"]) for a in hits])
    store.relink()
    return hits


def oxigraph_server() -> str | None:
    """The path of Oxigraph's server (the ``oxigraph`` package's command): beside this Python
    first (a virtual environment that is not activated), then on PATH."""
    import shutil
    import sys
    from pathlib import Path

    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")
