"""The graph as a networkx network with plain attributes, for GraphML, GEXF, CSV and notebooks.

The network is the one the pages draw (:func:`kg.html.graph_to_networkx`):
entities are nodes, the facts that join two entities are edges. Here each
node and edge carries strings only, so any tool can read them:

    node  label, kind (Meeting, Person...), subtype (PartyCommittee, County...),
          label_en, date, colour (#rrggbb), iri, evidence (the first sentence)
    edge  label (主持, a post title...), kind (role, post, report, agenda, measure,
          place), topic, evidence

Empty attributes are left out. Nodes and edges are added in sorted order, so
the files written from the network do not vary between runs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import networkx as nx
from rdflib import Graph

from ..errors import InputError
from ..vocab import ID

__all__ = ["to_network", "colour_of", "rgb", "read_network"]


def colour_of(kind: str) -> str:
    """The colour the pages give ``kind`` (#rrggbb; grey for a kind they do not draw)."""
    from ..html.network import STYLE

    return STYLE[kind][1] if kind in STYLE else "#888888"


def rgb(colour: str) -> tuple[int, int, int]:
    """``#d1495b`` → (209, 73, 91)."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _plain(values: dict[str, object]) -> dict[str, str]:
    return {k: str(v) for k, v in values.items() if v not in ("", None)}


def to_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes and the facts between them as edges, with string attributes only."""
    from ..html import graph_to_networkx

    rich = graph_to_networkx(graph)
    net = nx.MultiDiGraph()
    for key in sorted(rich):
        item = rich.nodes[key]["item"]
        net.add_node(key, **_plain({
            "label": item.label, "kind": item.kind, "subtype": item.subtype, "label_en": item.en,
            "date": item.date, "colour": colour_of(item.kind), "iri": str(ID[key]),
            "evidence": item.evidence[0][0] if item.evidence else ""}))
    for a, b, k in sorted(rich.edges(keys=True)):
        link = rich.edges[a, b, k]["link"]
        net.add_edge(a, b, key=k, **_plain({"label": link.label, "kind": link.kind, "topic": link.topic,
                                            "evidence": link.evidence[0][0] if link.evidence else ""}))
    return net


def read_network(read: Callable[[Path], nx.Graph], path: str | Path, what: str) -> nx.Graph:
    """``read(path)``, with a file that cannot be read reported as an :class:`InputError` naming it."""
    try:
        return read(Path(path))
    except (OSError, nx.NetworkXError, ValueError, SyntaxError) as e:
        raise InputError(f"{path}: not a readable {what} file ({e}); export it again with `kg export`") from None
