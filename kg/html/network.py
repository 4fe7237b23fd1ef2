"""The network page itself."""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..vocab import KG, ORG, RDF, SKOS

__all__ = ["graph_to_networkx", "write_network_page"]

CLASSES = {KG.Person: "Person", KG.Organisation: "Organisation", KG.Place: "Place", KG.Meeting: "Meeting",
           KG.Policy: "Policy", KG.Measure: "Measure"}
COLOURS = {"Person": "#e4572e", "Organisation": "#17bebb", "Place": "#76b041", "Meeting": "#ffc914",
           "Policy": "#7e5ab0", "Measure": "#b07e5a"}
ROLE_LABELS = {KG.Convener: "召开", KG.Chair: "主持", KG.Speaker: "讲话", KG.Attendee: "出席",
               KG.Reporter: "汇报", KG.StatementMaker: "表态发言"}


def graph_to_networkx(g: Graph) -> nx.MultiDiGraph:
    """Entities become nodes, facts become labelled edges."""
    net = nx.MultiDiGraph()
    for cls, kind in CLASSES.items():
        for node in g.subjects(RDF.type, cls):
            name = str(g.value(node, KG.name) or node)
            net.add_node(str(node), label=name, kind=kind)
    for f in g.subjects(RDF.type, KG.Participation):
        role = g.value(f, KG.role)
        _edge(net, g.value(f, KG.participant), g.value(f, KG.meeting), ROLE_LABELS.get(role, ""))
    for f in g.subjects(RDF.type, KG.PostHolding):
        _edge(net, g.value(f, ORG.member), g.value(f, ORG.organization), str(g.value(f, KG.postTitle) or ""))
    for f in g.subjects(RDF.type, KG.AgendaItem):
        _edge(net, g.value(f, KG.meeting), g.value(f, KG.policy), "议题")
    for m in g.subjects(RDF.type, KG.Measure):
        _edge(net, m, g.value(m, SKOS.broader), "措施")
    for p, parent in g.subject_objects(KG.parent):
        _edge(net, p, parent, "上级")
    for o, p in g.subject_objects(KG.locatedIn):
        _edge(net, o, p, "位于")
    return net


def _edge(net: nx.MultiDiGraph, a, b, label: str) -> None:  # type: ignore[no-untyped-def]
    if a is None or b is None:
        return
    a, b = str(a), str(b)
    if a in net and b in net:
        net.add_edge(a, b, label=label)


def write_network_page(net: nx.MultiDiGraph, path: Path, title: str) -> None:
    """A self-contained page drawing ``net`` with vis-network, inlined by pyvis."""
    from pyvis.network import Network

    from ..output import atomic_write

    vis = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for node, data in net.nodes(data=True):
        kind = data.get("kind", "")
        vis.add_node(node, label=data.get("label", node), title=html.escape(f"{kind}: {data.get('label', '')}"),
                     color=COLOURS.get(kind, "#999999"), size=10 + 3 * net.degree(node))
    for a, b, data in net.edges(data=True):
        vis.add_edge(a, b, label=data.get("label", ""), title=data.get("label", ""))
    page = vis.generate_html(notebook=False)
    page = page.replace("<title>", f"<title>{html.escape(title)}", 1) if "<title>" in page else page
    with atomic_write(path) as fh:
        fh.write(page)


