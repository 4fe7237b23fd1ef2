"""Beyond one machine: the Dask engine gives the local engine's store, and the named queries give
the same rows on the embedded store, Oxigraph server and Virtuoso."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from shared_paths import SHARED
from sparql_servers import start_oxigraph, start_virtuoso

from kg.cli import main
from kg.distributed import connect, ingest_dask
from kg.ids import entity_iri
from kg.query import NAMED_QUERIES, named_query_text
from kg.store import constrain, expand_paths, open_store

CORPUS = SHARED / "corpus"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"

# Two articles of our own naming one official: a city's meeting and one of its counties'. Built in
# different partitions, his two IRIs (city 邢台市 130500, county 威县 130533) meet only in the store.
CITY = ("邢台市召开全市安全生产工作会议\n"
        "3月2日，邢台市召开全市安全生产工作会议。赵立新出席会议并讲话，要求各县市区压实企业主体责任，"
        "扎实开展隐患排查。\n")
COUNTY = ("威县召开安全生产工作推进会议\n"
          "3月9日，威县召开安全生产工作推进会议。赵立新出席会议并讲话，要求强化执法检查。\n")


def _article(folder: Path, name: str, text: str, place: str, published: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"place": place, "published": published}, ensure_ascii=False),
                                              encoding="utf-8")
    return folder / f"{name}.txt"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    own = tmp_path_factory.mktemp("own")
    _article(own, "city", CITY, "邢台市", "2023-03-02")
    _article(own, "county", COUNTY, "威县", "2023-03-09")
    dirs = [CORPUS / d for d in ("seed", "dev", "unlabelled")]
    for d in dirs:
        assert any(d.glob("*.txt")), f"{d} holds no articles: the shared corpus must be beside the repository"
    return [str(d) for d in dirs] + [str(own)]


@pytest.fixture(scope="module")
def local_store(inputs, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("local") / "corpus.kg"
    assert main(["ingest", *inputs, "--store", str(store), "--quiet"]) == 0
    return store


def _quads(store: Path) -> list[str]:
    with open_store(store) as st:
        return sorted(str(q) for q in st.ox)


def _rows(store: str) -> dict[str, list[dict[str, str]]]:
    from kg.store.remote import open_any

    with open_any(store) as st:
        return {name: st.run(constrain(named_query_text(name), None, 0, name))[1] for name in NAMED_QUERIES}


def test_the_dask_engine_gives_the_local_engines_quads_and_links_across_partitions(inputs, local_store, tmp_path):
    files = expand_paths(inputs)
    city = next(f for f in files if f.name == "city.txt")
    county = next(f for f in files if f.name == "county.txt")
    rest = [str(f) for f in files if f not in (city, county)]
    # five partitions, the city's article in the first and the county's in the last
    parts = [[str(city)] + rest[:8]] + [rest[i:i + 8] for i in range(8, len(rest), 8)]
    parts[-1].append(str(county))
    assert len(parts) >= 3
    store = tmp_path / "dask.kg"
    with connect(workers=2, processes=False) as client, open_store(store, write=True, create=True) as st:
        report = ingest_dask(st, None, client, partitions=parts)
    assert report.added == len(files) and not report.failed
    assert _quads(store) == _quads(local_store)
    with open_store(store) as st:
        links = [(r["a"].value, r["b"].value) for r in st.query(
            f"SELECT ?a ?b WHERE {{ ?a <{SAME_AS}> ?b . ?a <https://w3id.org/kg-cn/ontology#name> '赵立新' }}")]
    assert links == [(str(entity_iri("person:赵立新@130533")), str(entity_iri("person:赵立新@130500")))]


def test_kg_ingest_engine_dask_on_the_command_line_and_again_changes_nothing(tmp_path, capsys):
    own = tmp_path / "own"
    _article(own, "city", CITY, "邢台市", "2023-03-02")
    _article(own, "county", COUNTY, "威县", "2023-03-09")
    local, dask = tmp_path / "local.kg", tmp_path / "dask.kg"
    assert main(["ingest", str(own), "--store", str(local), "--quiet"]) == 0
    args = ["ingest", str(own), "--store", str(dask), "--engine", "dask", "--jobs", "2", "--partition-size", "1"]
    assert main(args) == 0
    assert "added 2" in capsys.readouterr().out
    assert _quads(dask) == _quads(local)
    assert main(args) == 0
    assert "added 0, replaced 0, unchanged 2" in capsys.readouterr().out
    assert _quads(dask) == _quads(local)


def test_dask_options_without_the_dask_engine_are_a_usage_error(tmp_path, capsys):
    own = tmp_path / "own"
    _article(own, "city", CITY, "邢台市", "2023-03-02")
    assert main(["ingest", str(own), "--store", str(tmp_path / "s.kg"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--engine dask" in capsys.readouterr().err


@pytest.fixture(scope="module")
def oxigraph_server(inputs, tmp_path_factory):
    """Oxigraph server holding the corpus, ingested by the Dask engine (shards go through the Graph Store)."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        assert main(["ingest", *inputs, "--store", server.url, "--engine", "dask", "--jobs", "2",
                     "--partition-size", "20", "--quiet"]) == 0
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


def test_a_store_on_oxigraph_server_holds_the_embedded_stores_quads(local_store, oxigraph_server):
    req = urllib.request.Request(oxigraph_server.url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req) as resp:
        served = sorted(line for line in resp.read().decode("utf-8").splitlines() if line.strip())
    import pyoxigraph as ox

    with open_store(local_store) as st:
        embedded = sorted(ox.serialize(st.ox, format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())
    assert served == embedded


def test_the_named_queries_give_the_same_rows_on_the_embedded_store_oxigraph_server_and_virtuoso(
        inputs, local_store, oxigraph_server, virtuoso_server, capsys):
    virtuoso = virtuoso_server.url.replace("//", "//dba:dba@", 1)
    assert main(["ingest", *inputs, "--store", virtuoso, "--quiet"]) == 0
    embedded = _rows(str(local_store))
    assert all(embedded[name] for name in NAMED_QUERIES)
    assert _rows(oxigraph_server.url) == embedded
    assert _rows(virtuoso_server.url) == embedded
    # and through the command, with a filter written into the SPARQL
    for url in (oxigraph_server.url, virtuoso_server.url, str(local_store)):
        assert main(["query", "participants", "--store", url, "--where", "participant=赵立新", "--format", "json"]) == 0
    outs = capsys.readouterr().out
    first = outs[:len(outs) // 3]
    assert outs == first * 3 and "赵立新" in first
