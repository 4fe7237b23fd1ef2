"""kg serve: a read-only SPARQL 1.1 Protocol endpoint over a store, on a free loopback port."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.cli import main
from kg.store import open_store
from kg.store.server import make_server

from test_store import ARTICLE_A, ARTICLE_B, write_article

QUERY = "SELECT ?n WHERE { ?p a <https://w3id.org/kg-cn/ontology#Person> ; <https://w3id.org/kg-cn/ontology#name> ?n }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    write_article(tmp / "in", "a", ARTICLE_A)
    write_article(tmp / "in", "b", ARTICLE_B, published="2021-12-03")
    assert main(["ingest", str(tmp / "in"), "--store", str(tmp / "s.kg"), "--quiet"]) == 0
    with open_store(tmp / "s.kg") as st:
        server = make_server(st, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
        server.shutdown()
        server.server_close()


def names(body: bytes) -> set[str]:
    return {b["n"]["value"] for b in json.loads(body)["results"]["bindings"]}


def test_get_and_post_queries_answer_in_sparql_results_json(endpoint):
    with urllib.request.urlopen(f"{endpoint}/sparql?query={urllib.parse.quote(QUERY)}") as r:
        assert r.headers["Content-Type"].startswith("application/sparql-results+json")
        assert {"李国勇", "崔海霞"} <= names(r.read())
    form = urllib.parse.urlencode({"query": QUERY}).encode()
    req = urllib.request.Request(f"{endpoint}/sparql", data=form,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req) as r:
        assert "李国勇" in names(r.read())
    req = urllib.request.Request(f"{endpoint}/sparql", data=QUERY.encode(),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "text/csv"})
    with urllib.request.urlopen(req) as r:
        assert r.read().decode().splitlines()[0] == "n"


def test_updates_are_refused(endpoint):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }"
    for req in (urllib.request.Request(f"{endpoint}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                                       headers={"Content-Type": "application/x-www-form-urlencoded"}),
                urllib.request.Request(f"{endpoint}/sparql", data=update.encode(),
                                       headers={"Content-Type": "application/sparql-update"})):
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req)
        assert e.value.code == 403
        e.value.close()
    with urllib.request.urlopen(f"{endpoint}/sparql?query={urllib.parse.quote('ASK { ?s ?p <http://example.org/b> }')}",
                                ) as r:
        assert json.loads(r.read())["boolean"] is False


def test_a_bad_query_is_a_400_with_the_reason(endpoint):
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{endpoint}/sparql?query=SELECT%20WHERE")
    with e.value:
        assert e.value.code == 400 and "syntax" in e.value.read().decode()


def test_standard_clients_can_use_it(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import JSON, SPARQLWrapper

    sw = SPARQLWrapper(f"{endpoint}/sparql")
    sw.setQuery(QUERY)
    sw.setReturnFormat(JSON)
    result = sw.query()
    try:
        assert "李国勇" in {b["n"]["value"] for b in result.convert()["results"]["bindings"]}
    finally:
        result.response.close()
    store = SPARQLStore(f"{endpoint}/sparql")
    assert "李国勇" in {str(row[0]) for row in store.query(QUERY)}


def test_the_query_page_shows_a_table(endpoint):
    with urllib.request.urlopen(f"{endpoint}/query?q=officials") as r:
        page = r.read().decode()
    assert "<table>" in page and "李国勇" in page and "衡水市委" in page
    with urllib.request.urlopen(f"{endpoint}/") as r:
        assert "2 articles" in r.read().decode()
