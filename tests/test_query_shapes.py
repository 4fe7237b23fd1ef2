"""The named queries, rewritten so a big store answers them fast, give the rows they gave before.

OLD holds the text of each rewritten query as it was before the rewrite. On a store of the
Hengshui article and the dev corpus (../shared/corpus/dev), every rewritten query gives the old
query's rows: unfiltered, filtered to each value of its usual filter column, and cut by a limit.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.query import NAMED_QUERIES, named_query_text, run_query
from kg.store import constrain, ingest, open_store

from shared_paths import HENGSHUI, SHARED

DEV = SHARED / "corpus" / "dev"

# the columns each query is filtered on here (the first as benchmarks/bench_store.py filters it)
FILTERS = {
    "officials": ("person", "organisation", "post"), "participants": ("participant", "meeting"),
    "meetings": ("meeting",), "reports": ("meeting", "unit"), "policies": ("meeting",),
    "organisations": ("organisation",), "measures": ("policy",), "figures": ("subject",), "places": ("place",),
}

PREFIXES = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

OLD: dict[str, str] = {
    "officials": PREFIXES + """SELECT ?person ?post ?organisation ?source ?evidence WHERE {
  ?pm kg:name ?person .
  ?f org:member ?pm ; kg:postTitle ?post ;
     kg:evidence/nif:anchorOf ?evidence ; prov:wasDerivedFrom/dcterms:identifier ?source .
  OPTIONAL { ?f org:organization/kg:name ?o }
  BIND(COALESCE(?o, "") AS ?organisation)
}
ORDER BY ?source ?person ?post
""",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    files = [HENGSHUI, *sorted(DEV.glob("*.txt"))]
    assert len(files) > 10, f"{DEV} holds no articles: the shared corpus must be beside the repository"
    path = tmp_path_factory.mktemp("shapes") / "s.kg"
    with open_store(path, write=True, create=True) as st:
        ingest(st, [Path(f) for f in files])
    with open_store(path) as st:
        yield st


def rows(st, sparql: str, name: str) -> list[tuple[str, ...]]:
    cols, got = run_query(st.ox, sparql, name)
    return [tuple(r[c] for c in cols) for r in got]


def test_every_rewritten_query_is_still_named_and_keeps_its_columns(store):
    assert OLD and set(OLD) <= set(NAMED_QUERIES)
    for name, old in OLD.items():
        assert run_query(store.ox, constrain(old, None, 1), name)[0] == \
            run_query(store.ox, constrain(named_query_text(name), None, 1), name)[0], name


@pytest.mark.parametrize("name", sorted(OLD) or ["(none)"])
def test_a_rewritten_query_gives_the_old_rows(store, name):
    assert name in OLD, "no query was rewritten"
    new, old = named_query_text(name), OLD[name]
    everything = rows(store, new, name)
    assert sorted(everything) == sorted(rows(store, old, name))
    assert len(everything) > 3, f"{name}: too few rows on the dev corpus to tell anything"
    cols = run_query(store.ox, new, name)[0]
    keys = [cols.index(k) for k in re.findall(r"\?(\w+)", new[new.rindex("ORDER BY"):])]
    assert keys and everything == sorted(everything, key=lambda r: [r[k] for k in keys])  # in the promised order
    for column in FILTERS[name]:
        col = cols.index(column)
        values = sorted({r[col] for r in everything})
        for where in [{column: [value]} for value in values] + [{column: values[:3]}]:
            got = rows(store, constrain(new, where, None, name), name)
            assert got and sorted(got) == sorted(rows(store, constrain(old, where, None, name), name)), (name, where)
    cut = rows(store, constrain(new, None, 3, name), name)  # limit 3: four rows read, to tell a cut
    assert len(cut) == 4 and set(cut) <= set(everything)
    assert cut == sorted(cut, key=lambda r: [r[k] for k in keys])


def test_a_filter_on_a_computed_column_starts_from_the_value_when_the_query_says_how():
    text = constrain(named_query_text("officials"), {"organisation": ["衡水市委"]}, 10, "officials")
    assert 'VALUES ?organisation_start { "衡水市委" }' in text and "kg:name ?organisation_start" in text
    assert 'FILTER(STR(?organisation) = "衡水市委")' in text
    for values in (["衡水市委", "深州市委"], [""]):  # several values, or the empty one: the filter alone
        text = constrain(named_query_text("officials"), {"organisation": values}, 10, "officials")
        assert "_start" not in text and "FILTER(STR(?organisation)" in text


def test_the_examples_of_the_spec_are_answered(store):
    def has(name: str, where: dict[str, list[str]], want: dict[str, str]) -> bool:
        cols, got = run_query(store.ox, constrain(named_query_text(name), where, None, name), name)
        return any(all(r[k] == v for k, v in want.items()) for r in got)

    assert has("participants", {"participant": ["崔海霞"]}, {"meeting": "教育重项工作推进会议", "role": "chair"})
    assert has("officials", {"person": ["李国勇"]}, {"post": "副书记", "organisation": "衡水市委"})
    assert has("reports", {"meeting": ["教育重项工作推进会议"]},
               {"unit": "安平县人民政府", "topic": "规范民办义务教育发展", "kind": "statement"})
    assert has("figures", {"subject": ["参训学生"]}, {"indicator": "人数", "value": "7870", "unit": "名"})
    assert has("places", {"place": ["深州市"]}, {"parent": "衡水市"})


def test_filters_start_from_the_column_that_names_the_fewest_rows():
    from kg.query import named_query_text
    from kg.store import constrain

    q = constrain(named_query_text("policies"), {"meeting": ["全市教育工作会议"], "source": ["042"]}, 10)
    assert q.index('VALUES ?source') < q.index('VALUES ?meeting')
    # the meetings query reaches a meeting by its name in one step and says so (#@first meeting)
    q = constrain(named_query_text("meetings"), {"source": ["042"], "meeting": ["全市教育工作会议"]}, 10)
    assert q.index('VALUES ?meeting') < q.index('VALUES ?source')
