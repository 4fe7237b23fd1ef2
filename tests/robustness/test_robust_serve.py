"""kg serve: loopback by default, read-only, alive after malformed requests, right under a burst of queries."""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from benchmarks.load_serve import _ask, expected_answers, hammer, start_server, stop_server
from kg.store import open_store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def server(store):
    proc, base = start_server(store)
    yield proc, base
    stop_server(proc)


def _count(base: str) -> int:
    return int(_ask(base, COUNT, 0)[0][0])


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if int(p, 16) == port and state == "0A":  # LISTEN
                found.add(addr)
    return found


def test_it_listens_on_127_0_0_1_only_unless_told_otherwise(server):
    proc, base = server
    assert base.startswith("http://127.0.0.1:")
    port = int(base.rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and no other address


@pytest.mark.parametrize("how", ["get", "form", "body", "query"])
def test_updates_are_refused_and_change_nothing(server, how):
    proc, base = server
    before = _count(base)
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 'c' } }"
    if how == "get":
        req = urllib.request.Request(f"{base}/sparql?update={urllib.parse.quote(update)}")
    elif how == "form":
        req = urllib.request.Request(f"{base}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        req = urllib.request.Request(f"{base}/sparql", data=update.encode(),
                                     headers={"Content-Type": "application/sparql-update"})
    else:  # an update smuggled in as a query does not parse as one
        req = urllib.request.Request(f"{base}/sparql?query={urllib.parse.quote(update)}")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=30)
    with e.value:
        assert e.value.code == (400 if how == "query" else 403)
    assert _count(base) == before


def _raw(base: str, data: bytes, wait: float = 10) -> bytes:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


MALFORMED = {
    "garbage": (b"\x00\xff\xfe not http at all\r\n\r\n", b" 400 "),
    "no version": (b"GET\r\n\r\n", b" 400 "),
    "bad length": (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\nquery=1", b" 400 "),
    "negative length": (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -7\r\n\r\nquery=1", b" 400 "),
    "huge length": (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", b" 413 "),
    "huge url": (b"GET /sparql?query=" + b"A" * 70000 + b" HTTP/1.1\r\n\r\n", b" 414 "),
    "bad utf-8": (b"GET /sparql?query=SELECT%FF%FE%20* HTTP/1.1\r\nHost: x\r\n\r\n", b" 400 "),
    "bad syntax": (b"GET /sparql?query=SELECT%20%7B HTTP/1.1\r\nHost: x\r\n\r\n", b"line 1, column"),
    "no query": (b"GET /sparql HTTP/1.1\r\nHost: x\r\n\r\n", b" 400 "),
    "traversal": (b"GET /pages/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", b" 404 "),
    "unknown method": (b"DELETE /sparql HTTP/1.1\r\nHost: x\r\n\r\n", b" 501 "),
    "header flood": (b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", b" 431 "),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_request_gets_an_error_and_the_server_goes_on(server, name):
    proc, base = server
    data, expect = MALFORMED[name]
    reply = _raw(base, data)
    assert expect in reply, reply[:300]
    assert b"root:" not in reply
    assert proc.poll() is None
    assert _count(base) > 0


def test_a_client_that_stalls_holds_up_no_one_else(server):
    proc, base = server
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as stalled:
        stalled.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nquery=SEL")
        assert _count(base) > 0  # answered while the other request waits for its body


def test_a_burst_of_concurrent_queries_is_answered_right_with_no_errors(server):
    """8 clients × 12 queries at once, GET and POST, JSON and CSV; each answer equals the one asked alone."""
    proc, base = server
    expected = expected_answers(base)
    assert any(len(rows) > 1 for rows in expected.values())
    result = hammer(base, expected, clients=8, queries=12)
    assert result["problems"] == []
    assert (result["right"], result["wrong"], result["errors"]) == (96, 0, 0)
    assert proc.poll() is None


def test_the_served_store_is_still_whole_afterwards(server, store):
    proc, base = server
    n = _count(base)
    with open_store(store) as st:  # a second reader beside the server
        assert int(next(iter(st.query(COUNT)))["n"].value) == n
        assert {a["id"] for a in st.articles()} == {"a", "b"}
    with urllib.request.urlopen(f"{base}/", timeout=30) as r:
        assert "2 articles" in r.read().decode()
    with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=30) as r:
        assert json.loads(r.read())["boolean"] is True
