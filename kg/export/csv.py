"""nodes.csv and edges.csv in the shape Neo4j's bulk import reads, and a reader for them.

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv

``nodes.csv`` has an ``id:ID`` column (the entity's id, ``person/131100/李国勇``),
the node attributes of :func:`kg.export.network.to_network`, and ``:LABEL``
(the kind, and its subtype: ``Organisation;PartyCommittee``). ``edges.csv`` has
``:START_ID``, ``:END_ID``, ``:TYPE`` (the edge's kind in capitals: ROLE, POST,
REPORT, AGENDA, MEASURE, PLACE) and the edge attributes. Rows are sorted.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from ..errors import InputError, UsageError
from . import write_text

__all__ = ["NODE_FIELDS", "EDGE_FIELDS", "write_csv", "read_csv", "csv_texts"]

NODE_FIELDS = ("label", "kind", "subtype", "label_en", "date", "colour", "iri", "evidence")
EDGE_FIELDS = ("label", "topic", "evidence")


def _table(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def csv_texts(net: nx.MultiDiGraph) -> tuple[str, str]:
    """The text of nodes.csv and of edges.csv for ``net``."""
    nodes = [[node, *(data.get(f, "") for f in NODE_FIELDS),
              ";".join(x for x in (data.get("kind", ""), data.get("subtype", "")) if x)]
             for node, data in sorted(net.nodes(data=True))]
    edges = [[a, b, data.get("kind", "").upper(), *(data.get(f, "") for f in EDGE_FIELDS)]
             for a, b, _k, data in sorted(net.edges(keys=True, data=True), key=lambda e: e[:3])]
    return (_table(["id:ID", *NODE_FIELDS, ":LABEL"], nodes),
            _table([":START_ID", ":END_ID", ":TYPE", *EDGE_FIELDS], edges))


def write_csv(net: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """Write ``folder``/nodes.csv and ``folder``/edges.csv; return their paths."""
    folder = Path(folder)
    if folder.suffix.lower() == ".csv" or folder.is_file():
        raise UsageError(f"{folder}: the csv export writes two files, nodes.csv and edges.csv; "
                         "give a folder to --out, with --format csv")
    return [write_text(folder / name, text) for name, text in zip(("nodes.csv", "edges.csv"), csv_texts(net))]


def read_csv(folder: str | Path) -> nx.MultiDiGraph:
    """The network in ``folder``/nodes.csv and ``folder``/edges.csv (edge keys are the edges' labels)."""
    folder = Path(folder)
    net = nx.MultiDiGraph()
    try:
        with open(folder / "nodes.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                net.add_node(row["id:ID"], **{f: row[f] for f in NODE_FIELDS if row.get(f)})
        with open(folder / "edges.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                data = {f: row[f] for f in EDGE_FIELDS if row.get(f)}
                data["kind"] = row[":TYPE"].lower()
                net.add_edge(row[":START_ID"], row[":END_ID"], key=row["label"], **data)
    except (OSError, KeyError) as e:
        raise InputError(f"{folder}: not a kg csv export ({e}); export it again with "
                         "`kg export --format csv`") from None
    return net
