"""Queries that return too much or run too long: a row limit and a time limit, each with a flag to raise it."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from robust_helpers import assert_one_line_error, kg
from kg.errors import QueryError
from kg.query import load_graph, run_query

CROSS = "SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y }"  # every pair of triples: 240,000 rows on the Hengshui graph
# no row comes out until billions of combinations have been tried
ENDLESS = ("SELECT ?a WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h "
           "FILTER(STR(?a) = CONCAT(STR(?d), STR(?f), STR(?h), 'x')) }")


def rows_of(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def test_a_huge_result_is_cut_at_1000_rows_with_a_note(built):
    run = kg("query", CROSS, "--graph", built / "graph.ttl", "-f", "csv")
    assert run.code == 0, run.err
    assert len(rows_of(run.out)) == 1000
    assert "first 1000 rows" in run.err and "--limit" in run.err


def test_limit_raises_the_row_limit(built):
    run = kg("query", CROSS, "--graph", built / "graph.ttl", "-f", "csv", "--limit", "2500")
    assert run.code == 0, run.err
    assert len(rows_of(run.out)) == 2500 and "first 2500 rows" in run.err


def test_limit_0_gives_every_row_and_no_note(built):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y }"
    n = int(rows_of(kg("query", count, "--graph", built / "graph.ttl", "-f", "csv").out)[0]["n"])
    run = kg("query", CROSS, "--graph", built / "graph.ttl", "-f", "csv", "--limit", "0")
    assert run.code == 0 and run.err == "", run.err
    assert len(rows_of(run.out)) == n > 100_000


def test_a_query_that_runs_too_long_is_stopped(built):
    run = kg("query", ENDLESS, "--graph", built / "graph.ttl", "--timeout", "1", timeout=120)
    assert_one_line_error(run, 1, "sparql", "stopped after 1 s", "--timeout")


def test_a_query_on_a_store_that_runs_too_long_is_stopped_and_the_store_stays_usable(store):
    endless = ENDLESS.replace("?g ?s ?h", "?g ?s ?h . ?i ?t ?j")
    run = kg("query", endless, "--store", store, "--timeout", "1", timeout=120)
    assert_one_line_error(run, 1, "sparql", "stopped after 1 s")
    again = kg("query", "meetings", "--store", store, "-f", "csv")
    assert again.code == 0 and len(rows_of(again.out)) == 2, again.err


def test_timeout_raises_the_time_limit_for_a_query_that_finishes(built):
    run = kg("query", "officials", "--graph", built / "graph.ttl", "--timeout", "600", "-f", "csv")
    assert run.code == 0 and rows_of(run.out), run.err


def test_run_query_abandons_the_worker_and_reads_no_more_than_the_limit(built):
    # a query of some seconds (not endless: the abandoned thread must end before the session does)
    chain = ox.Store()
    chain.bulk_load(input="".join(f"<http://e/{i}> <http://p> <http://e/{i + 1}> .\n" for i in range(180)).encode(),
                    format=ox.RdfFormat.N_TRIPLES)
    slow = "SELECT ?a WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(STR(?a) = CONCAT(STR(?d), STR(?f), 'x')) }"
    with pytest.raises(QueryError, match="stopped after 0.1 s"):
        run_query(chain, slow, "slow", timeout=0.1)
    cols, rows = run_query(load_graph(built / "graph.ttl"), CROSS, "cross", timeout=60, limit=7)
    assert cols == ["a", "b"] and len(rows) == 7
    with pytest.raises(QueryError, match="syntax error at line 1, column"):
        run_query(ox.Store(), "SELECT ?x WHERE { ?x }", timeout=5)
