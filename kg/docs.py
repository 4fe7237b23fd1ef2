"""The ontology's documentation page: ``kg docs --out exports/ontology``.

One HTML file that opens from disk and loads nothing (styles inline, no
scripts): every class, property and individual of ontology/kg.ttl with its
labels, definition, domain and range, its alignments with other vocabularies,
the SHACL rules that apply to it, the IRI scheme, and an example built from a
real article. kg.ttl and shapes.ttl are copied beside it. The page is a
function of the ontology, the shapes and the example article only, so
regenerating it gives the same bytes.
"""
from __future__ import annotations

import html
from importlib.resources import as_file, files
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from . import ids
from .output import atomic_write
from .validate import ontology_graph, shapes_graph
from .vocab import (DCTERMS, KG, KGSH, NIF, OA, ORG, OWL, PERSON, PREFIXES, PROV, QB, RDF, RDFS, SCHEMA, SH, SKOS,
                    TIME, bind_prefixes)

__all__ = ["write_docs", "render_page", "DEFAULT_EXAMPLE"]

DEFAULT_EXAMPLE = Path("data/hengshui-2021-11-19-education.txt")

VOCABULARIES = {  # namespace → (name, home page)
    str(ORG): ("W3C Organization Ontology (ORG)", "https://www.w3.org/TR/vocab-org/"),
    str(PERSON): ("Person Core Vocabulary (Popolo's Person)", "https://www.w3.org/ns/person"),
    str(SCHEMA): ("schema.org", "https://schema.org/"),
    str(PROV): ("PROV-O", "https://www.w3.org/TR/prov-o/"),
    str(SKOS): ("SKOS", "https://www.w3.org/TR/skos-reference/"),
    str(TIME): ("OWL-Time", "https://www.w3.org/TR/owl-time/"),
    str(QB): ("RDF Data Cube", "https://www.w3.org/TR/vocab-data-cube/"),
    str(NIF): ("NIF 2.0 Core", "https://persistence.uni-leipzig.org/nlp2rdf/"),
    str(OA): ("W3C Web Annotation", "https://www.w3.org/TR/annotation-vocab/"),
    str(DCTERMS): ("DCMI Metadata Terms", "https://www.dublincore.org/specifications/dublin-core/dcmi-terms/"),
}
ALIGNING = {RDFS.subClassOf: "subclass of", RDFS.subPropertyOf: "subproperty of", OWL.equivalentClass: "equivalent to",
            OWL.inverseOf: "inverse of", SKOS.closeMatch: "close match", RDFS.seeAlso: "see also"}

CSS = """
body{font:15px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#222;background:#fdfdfd}
main{max-width:980px;margin:0 auto;padding:1em 1.5em 4em}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #c33;padding-bottom:.2em;margin-top:2em}
h3{margin:1.6em 0 .3em;font-size:1.1em}h3 code{font-size:1.05em}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
pre{background:#f4f4f4;border:1px solid #ddd;padding:.8em;overflow-x:auto;line-height:1.35}
table{border-collapse:collapse;margin:.5em 0;width:100%}td,th{border:1px solid #ddd;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#f0f0f0}.term{border-left:3px solid #c33;padding-left:.8em}
.zh{color:#555}.muted{color:#777;font-size:.9em}nav ul{columns:3;font-size:.9em}a{color:#a22}
"""


def _label(g: Graph, node: URIRef, lang: str) -> str:
    for v in g.objects(node, RDFS.label):
        if isinstance(v, Literal) and v.language == lang:
            return str(v)
    return ""


def _text(g: Graph, node: URIRef, prop: URIRef, lang: str = "en") -> str:
    values = [v for v in g.objects(node, prop) if isinstance(v, Literal)]
    for v in sorted(values):
        if v.language in (lang, None):
            return str(v)
    return str(sorted(values)[0]) if values else ""


class _Names:
    def __init__(self, g: Graph) -> None:
        self.g = g
        bind_prefixes(g)
        g.bind("person", PERSON)
        g.bind("kgsh", KGSH)

    def short(self, node: object) -> str:
        if isinstance(node, URIRef):
            return self.g.namespace_manager.normalizeUri(node)
        return str(node)

    def link(self, node: object) -> str:
        """A term as HTML: a kg term links to its entry, another vocabulary's to its IRI."""
        if isinstance(node, BNode):
            return self.expression(node)
        if not isinstance(node, URIRef):
            return html.escape(str(node))
        text = html.escape(self.short(node))
        if str(node).startswith(str(KG)):
            return f'<a href="#{html.escape(node[len(str(KG)):])}"><code>{text}</code></a>'
        return f'<a href="{html.escape(str(node))}"><code>{text}</code></a>'

    def expression(self, node: BNode) -> str:
        """A class expression: unions, enumerations, restrictions."""
        g = self.g
        for key, word in ((OWL.unionOf, " or "), (OWL.oneOf, ", ")):
            head = g.value(node, key)
            if head is not None:
                items = word.join(self.link(x) for x in Collection(g, head))
                return items if key == OWL.unionOf else "one of {" + items + "}"
        prop, some = g.value(node, OWL.onProperty), g.value(node, OWL.someValuesFrom)
        if prop is not None and some is not None:
            return f"{self.link(prop)} some {self.link(some)}"
        return "(expression)"


def _kg_terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(t for t in g.subjects(RDF.type, kind) if isinstance(t, URIRef) and str(t).startswith(str(KG)))


def _rules(shapes: Graph, names: _Names) -> dict[URIRef, list[str]]:
    """For each target class, the messages of the shapes that check it."""
    out: dict[URIRef, list[str]] = {}
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        messages = sorted(str(shapes.value(p, SH.message)) for p in shapes.objects(shape, SH.property)
                          if shapes.value(p, SH.message) is not None)
        for cls in shapes.objects(shape, SH.targetClass):
            out.setdefault(cls, []).extend(f"{names.short(shape)}: {m}" for m in messages)
    return out


def _term_block(g: Graph, names: _Names, term: URIRef, rows: list[tuple[str, str]]) -> str:
    local = term[len(str(KG)):]
    en, zh = _label(g, term, "en"), _label(g, term, "zh")
    head = (f'<div class="term" id="{html.escape(local)}"><h3><code>kg:{html.escape(local)}</code> '
            f'{html.escape(en)} <span class="zh" lang="zh">{html.escape(zh)}</span></h3>')
    body = f"<p>{html.escape(_text(g, term, SKOS.definition))}</p>"
    note = _text(g, term, SKOS.scopeNote)
    if note:
        body += f'<p class="muted">{html.escape(note)}</p>'
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows if v)
    return head + body + (f"<table>{table}</table>" if table else "") + "</div>"


def _classes(g: Graph, names: _Names, rules: dict[URIRef, list[str]]) -> str:
    out = []
    for c in _kg_terms(g, OWL.Class):
        supers = ", ".join(names.link(s) for s in sorted(g.objects(c, RDFS.subClassOf), key=str))
        equiv = ", ".join(names.link(s) for s in g.objects(c, OWL.equivalentClass))
        subs = ", ".join(names.link(s) for s in sorted(g.subjects(RDFS.subClassOf, c)))
        props = ", ".join(names.link(p) for p in sorted(_properties_of(g, c)))
        members = ", ".join(names.link(i) for i in sorted(g.subjects(RDF.type, c)))
        rule_list = "".join(f"<li>{html.escape(r)}</li>" for r in sorted(set(rules.get(c, []))))
        out.append(_term_block(g, names, c, [
            ("subclass of", supers), ("equivalent to", equiv), ("subclasses", subs), ("properties", props),
            ("members", members), ("SHACL rules", f"<ul>{rule_list}</ul>" if rule_list else "")]))
    return "".join(out)


def _properties_of(g: Graph, cls: URIRef) -> set[URIRef]:
    found = set()
    for p, dom in g.subject_objects(RDFS.domain):
        if dom == cls or (isinstance(dom, BNode) and g.value(dom, OWL.unionOf) is not None
                          and cls in Collection(g, g.value(dom, OWL.unionOf))):
            found.add(p)
    return found


def _properties(g: Graph, names: _Names) -> str:
    out = []
    for kind, word in ((OWL.ObjectProperty, "object property"), (OWL.DatatypeProperty, "datatype property")):
        for p in _kg_terms(g, kind):
            traits = [names.short(t) for t in sorted(g.objects(p, RDF.type)) if t not in (kind, OWL.NamedIndividual)]
            out.append(_term_block(g, names, p, [
                ("kind", word + (" · " + ", ".join(html.escape(t) for t in traits) if traits else "")),
                ("domain", ", ".join(names.link(d) for d in g.objects(p, RDFS.domain))),
                ("range", ", ".join(names.link(r) for r in g.objects(p, RDFS.range))),
                ("subproperty of", ", ".join(names.link(s) for s in sorted(g.objects(p, RDFS.subPropertyOf)))),
                ("inverse of", ", ".join(names.link(s) for s in g.objects(p, OWL.inverseOf))),
                ("see also", ", ".join(names.link(s) for s in g.objects(p, RDFS.seeAlso)))]))
    return "".join(out)


def _individuals(g: Graph, names: _Names) -> str:
    out = []
    for i in _kg_terms(g, OWL.NamedIndividual):
        types = ", ".join(names.link(t) for t in sorted(g.objects(i, RDF.type)) if t != OWL.NamedIndividual)
        out.append(_term_block(g, names, i, [("a", types),
                                             ("in scheme", ", ".join(names.link(s) for s in g.objects(i, SKOS.inScheme)))]))
    return "".join(out)


def _alignments(g: Graph, names: _Names) -> str:
    rows = []
    for prop, word in ALIGNING.items():
        for s, o in g.subject_objects(prop):
            if not (isinstance(s, URIRef) and str(s).startswith(str(KG))):
                continue
            targets = [o] if isinstance(o, URIRef) else []
            for t in targets:
                ns = next((n for n in VOCABULARIES if str(t).startswith(n)), None)
                if ns is not None:
                    rows.append((VOCABULARIES[ns][0], names.short(s), word, t))
    rows.sort(key=lambda r: (r[0], r[1], r[2], str(r[3])))
    body = "".join(f"<tr><td>{html.escape(v)}</td><td>{names.link(URIRef(str(KG) + s[3:]))}</td><td>{w}</td>"
                   f"<td>{names.link(t)}</td></tr>" for v, s, w, t in rows)
    vocabs = "".join(f'<li><a href="{html.escape(home)}">{html.escape(name)}</a>: <code>{html.escape(ns)}</code></li>'
                     for ns, (name, home) in VOCABULARIES.items())
    return (f"<ul>{vocabs}</ul><table><tr><th>vocabulary</th><th>kg term</th><th>relation</th><th>term</th></tr>"
            f"{body}</table>")


def _example_graph(path: Path) -> Graph:
    """A few nodes of the article's graph: the article, a meeting, facts of each kind, and their spans."""
    from .pipeline import build_file
    from .rdf import to_rdf

    full = to_rdf(build_file(path))
    picks: list[URIRef] = sorted(full.subjects(RDF.type, KG.Article))
    meetings = sorted(m for m in full.subjects(RDF.type, KG.Meeting) if full.value(m, KG.reportedIn) is not None)
    picks += meetings[:1]
    for cls in (KG.Participation, KG.PostHolding, KG.Report, KG.AgendaItem, KG.MeasureStatement, KG.Figure):
        facts = sorted(full.subjects(RDF.type, cls))
        if cls == KG.Participation:  # the most telling: a named person's part
            facts = sorted(facts, key=lambda f: (full.value(full.value(f, KG.participant), RDF.type) != KG.Person, f))
        if cls == KG.PostHolding:  # the post of someone who took part in the meeting
            present = set(full.objects(None, KG.participant))
            facts = sorted(facts, key=lambda f: (full.value(f, ORG.member) not in present, f))
        if facts:
            fact = facts[0]
            picks.append(fact)
            for p in (KG.participant, ORG.member, ORG.role, KG.unit, KG.policy, KG.measure):
                v = full.value(fact, p)
                if isinstance(v, URIRef):
                    picks.append(v)
    picks += [s for node in list(picks) for s in full.objects(node, KG.evidence)]
    out = Graph()
    bind_prefixes(out)
    for node in dict.fromkeys(picks):
        for p, o in full.predicate_objects(node):
            if not isinstance(o, BNode) and p not in (KG.warning,):
                out.add((node, p, o))
    return out


def _iri_scheme() -> str:
    doc = (ids.__doc__ or "").strip()
    return f"<pre>{html.escape(doc)}</pre>"


def render_page(example: Path | None = None) -> str:
    """The documentation page as one HTML string."""
    g = Graph() + ontology_graph()
    names = _Names(g)
    rules = _rules(shapes_graph(), names)
    onto = URIRef(str(KG).rstrip("#"))
    title = _text(g, onto, DCTERMS.title)
    description = _text(g, onto, DCTERMS.description)
    prefixes = "".join(f"<tr><td><code>{p}:</code></td><td><code>{html.escape(str(ns))}</code></td></tr>"
                       for p, ns in sorted(PREFIXES.items()))
    if example is not None:
        ex = _example_graph(example)
        ttl = ex.serialize(format="turtle")
        example_html = (f"<p>From <code>{html.escape(example.name)}</code>: the article, its meeting, one fact of each "
                        f"kind with the entities it links, and the evidence spans (built with <code>kg build</code>; "
                        f"{len(ex)} of the article's triples).</p><pre>{html.escape(ttl)}</pre>")
    else:
        example_html = "<p>(No example article was given.)</p>"
    counts = (f"{len(_kg_terms(g, OWL.Class))} classes, {len(_kg_terms(g, OWL.ObjectProperty))} object properties, "
              f"{len(_kg_terms(g, OWL.DatatypeProperty))} datatype properties, "
              f"{len(_kg_terms(g, OWL.NamedIndividual))} individuals")
    nav = "".join(f'<li><a href="#{html.escape(t[len(str(KG)):])}">kg:{html.escape(t[len(str(KG)):])}</a></li>'
                  for t in _kg_terms(g, OWL.Class) + _kg_terms(g, OWL.ObjectProperty)
                  + _kg_terms(g, OWL.DatatypeProperty) + _kg_terms(g, OWL.NamedIndividual))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{CSS}</style></head>
<body><main>
<h1>{html.escape(title)}</h1>
<p>Namespace <code>{html.escape(str(KG))}</code> (prefix <code>kg:</code>) · {counts} ·
the ontology in Turtle: <a href="kg.ttl">kg.ttl</a> · its SHACL shapes: <a href="shapes.ttl">shapes.ttl</a></p>
<p>{html.escape(description)}</p>
<p>Facts are nodes of their own. Each is <code>prov:wasDerivedFrom</code> one article and has <code>kg:evidence</code>,
a span of the article's normalised text (<code>nif:beginIndex</code>, <code>nif:endIndex</code>,
<code>nif:anchorOf</code>). <code>kg validate GRAPH</code> checks a graph against the shapes.</p>
<nav><h2>Contents</h2><ul>{nav}</ul></nav>
<h2 id="classes">Classes</h2>{_classes(g, names, rules)}
<h2 id="properties">Properties</h2>{_properties(g, names)}
<h2 id="individuals">Individuals and concept schemes</h2>{_individuals(g, names)}
<h2 id="alignments">Alignments</h2>{_alignments(g, names)}
<h2 id="iris">Identifiers</h2>
<p>IRIs of things are under <code>{html.escape(str(PREFIXES["id"]))}</code> and are made from what the thing is,
so rebuilding a graph gives the same IRIs (kg/ids.py):</p>{_iri_scheme()}
<h2 id="example">Example</h2>{example_html}
<h2 id="prefixes">Prefixes</h2><table>{prefixes}</table>
<p class="muted">Generated by <code>kg docs</code> from ontology/kg.ttl and ontology/shapes.ttl.
Terms of other vocabularies are used as they define them; kg.ttl declares their kind only.
Provenance uses {html.escape(names.short(PROV.wasDerivedFrom))}; evidence spans
{html.escape(names.short(NIF.OffsetBasedString))}.</p>
</main></body></html>
"""


def write_docs(out: Path, example: Path | None = None) -> list[Path]:
    """Write index.html, kg.ttl and shapes.ttl into ``out``; return their paths."""
    from .errors import InputError

    out = Path(out)
    if example is None and DEFAULT_EXAMPLE.is_file():
        example = DEFAULT_EXAMPLE
    if example is not None and not Path(example).is_file():
        raise InputError(f"{example}: no such article; give an article file to --example")
    page = out / "index.html"
    with atomic_write(page) as fh:
        fh.write(render_page(Path(example) if example is not None else None))
    written = [page]
    for name in ("kg.ttl", "shapes.ttl"):
        with as_file(files("kg").joinpath(f"ontology/{name}")) as src, atomic_write(out / name, "wb") as fh:
            fh.write(Path(src).read_bytes())
        written.append(out / name)
    return written
