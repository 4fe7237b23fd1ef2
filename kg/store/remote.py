"""A store on a SPARQL 1.1 server: ``--store http://HOST:PORT`` instead of a folder.

    kg ingest corpus/ --store http://127.0.0.1:7878                 # Oxigraph server
    kg query officials --store http://127.0.0.1:7878
    kg query officials --store http://dba:PASSWORD@127.0.0.1:8890/sparql   # Virtuoso

The layout is the embedded store's (kg.store.store): one named graph per article,
the link graphs, the manifest and the pending names, and the union of the articles
kept as a set. Only the endpoints differ:

- **Oxigraph server** (``oxigraph serve --location DIR``; ``pip install oxigraph``,
  the engine of the embedded store): a URL without a path is its base; queries go to
  ``/query``, updates to ``/update``, N-Quads to the Graph Store Protocol at
  ``/store``. Its default graph holds the union, as in a folder.
- **Virtuoso**: a URL ending in ``/sparql`` is its query endpoint; updates go to
  ``/sparql-auth`` and the Graph Store Protocol to ``/sparql-graph-crud-auth``, both
  with HTTP digest authentication. Virtuoso's default graph is every graph at once,
  where a triple stated by two articles comes twice, so the union is kept in a graph
  of its own (``id:store/union``) and every request names it as
  ``default-graph-uri``; updates that look for a triple in "another graph" leave it out.
- Another server: ``KG_STORE_UPDATE_URL`` and ``KG_STORE_GSP_URL`` give its update and
  Graph Store Protocol URLs (the query URL is ``--store``).

Credentials: ``http://USER:PASSWORD@HOST/...`` or ``KG_STORE_USER`` and
``KG_STORE_PASSWORD``. A remote store has no lock: run one writer at a time.
"""
from __future__ import annotations

import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..vocab import UNION_GRAPH
from .store import Store, open_store

__all__ = ["is_remote", "Endpoint", "RemoteStore", "open_remote", "open_any"]

_GRAPH = re.compile(r"\bGRAPH\b", re.I)


def is_remote(store: str | Path) -> bool:
    return str(store).startswith(("http://", "https://"))


class Term:
    """A term of a result row, read like a pyoxigraph term (``.value``)."""

    __slots__ = ("value", "kind")

    def __init__(self, value: str, kind: str) -> None:
        self.value, self.kind = value, kind


class Row(dict):
    def __missing__(self, key: str) -> None:  # unbound, as pyoxigraph's solutions give None
        return None


class Endpoint:
    """A SPARQL 1.1 Protocol and Graph Store Protocol client that reads like a pyoxigraph Store."""

    def __init__(self, query_url: str, update_url: str, gsp_url: str, user: str | None = None,
                 password: str | None = None, union_graph: str | None = None, update_param: str = "update") -> None:
        self.query_url, self.update_url, self.gsp_url = query_url, update_url, gsp_url
        self.union_graph, self.update_param = union_graph, update_param
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (update_url, gsp_url, query_url):
                mgr.add_password(None, url, user, password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
        self.opener = urllib.request.build_opener(*handlers)

    # --- HTTP -------------------------------------------------------------------------
    def _send(self, url: str, data: bytes, content_type: str, accept: str = "*/*",
              timeout: float | None = None) -> bytes:
        req = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": content_type, "Accept": accept})
        try:
            with self.opener.open(req, timeout=timeout or 600) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace").strip()
            first = next((line.strip() for line in body.splitlines() if line.strip()), e.reason)
            if e.code in (401, 403):
                raise StoreError(f"{url}: the server refused the request ({e.code} {e.reason}); give a user "
                                 "allowed to write (http://USER:PASSWORD@HOST/… or KG_STORE_USER and "
                                 "KG_STORE_PASSWORD)") from None
            raise QueryError(f"{url}: the server answered {e.code}: {first[:300]}") from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason}); start it or check the "
                             "URL given to --store") from None

    def _form(self, **params: str) -> bytes:
        return urllib.parse.urlencode(params).encode("utf-8")

    # --- what kg.store.Store calls on its database ----------------------------------------
    def select(self, sparql: str, timeout: float | None = None) -> tuple[list[str], list[Row]] | bool:
        params = {"query": sparql}
        if self.union_graph is not None and not _GRAPH.search(sparql):
            # the union is the default graph; not with GRAPH patterns: the protocol's default-graph-uri
            # leaves a query no named graphs (their triples are already in the union, so no pattern
            # without GRAPH in such a query needs it; Virtuoso's default graph is then all graphs)
            params["default-graph-uri"] = self.union_graph
        body = self._send(self.query_url, self._form(**params), "application/x-www-form-urlencoded",
                          "application/sparql-results+json", timeout)
        data = json.loads(body.decode("utf-8"))
        if "boolean" in data:
            return bool(data["boolean"])
        cols = list(data["head"].get("vars", []))
        if cols == ["__ASK_RETVAL"]:  # Virtuoso answers ASK as a one-cell table
            return any(b["__ASK_RETVAL"]["value"] not in ("0", "false") for b in data["results"]["bindings"])
        rows = [Row({k: Term(v["value"], v["type"]) for k, v in b.items()})
                for b in data["results"]["bindings"]]
        return cols, rows

    def query(self, sparql: str):  # type: ignore[no-untyped-def]
        result = self.select(sparql)
        return result if isinstance(result, bool) else result[1]

    def update(self, sparql: str) -> None:
        if self.union_graph is not None:
            sparql = self._union_update(sparql)
        self._send(self.update_url, self._form(**{self.update_param: sparql}),
                   "application/x-www-form-urlencoded")

    def _union_update(self, sparql: str) -> str:
        """kg.store's updates with the default graph written as the union graph (one request still).

        The updates are operations joined by " ;\\n" (N-Triples literals hold no raw newline):
        INSERT DATA bodies are read as TriG and written back with their triples outside GRAPH
        into the union; the DELETE template of kg.store.store.drop_graph_update deletes from the
        union, and "another graph" than the dropped one is not the union.
        """
        u = f"<{self.union_graph}>"
        ops = []
        for op in sparql.split(" ;\n"):
            if op.lstrip().startswith("INSERT DATA"):
                body = op[op.index("{") + 1:op.rindex("}")]
                ops.append("INSERT DATA {\n" + "\n".join(
                    f"GRAPH <{g}> {{\n{nt}}}" for g, nt in self._by_graph(body.encode("utf-8"), ox.RdfFormat.TRIG).items())
                    + "\n}")
                continue
            op = op.replace("DELETE { ?s ?p ?o } WHERE", f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE")
            ops.append(re.sub(r"FILTER\(\?other != (<[^>]+>)\)", rf"FILTER(?other != \1 && ?other != {u})", op))
        return " ;\n".join(ops)

    def contains_named_graph(self, node: ox.NamedNode) -> bool:
        # a SELECT, not ASK: Virtuoso 7.2 answers ASK { GRAPH <g> { … } } true for a graph it does not have
        return bool(self.query(f"SELECT ?s WHERE {{ GRAPH <{node.value}> {{ ?s ?p ?o }} }} LIMIT 1"))

    def load(self, data: bytes, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """Add N-Quads in one request (one transaction): an INSERT DATA, or a POST to the Graph Store."""
        if self.union_graph is None:
            self._send(self.gsp_url, data, "application/n-quads")
            return
        parts = [f"GRAPH <{g}> {{\n{nt}}}" for g, nt in self._by_graph(data).items()]
        if parts:
            self._send(self.update_url, self._form(**{self.update_param: "INSERT DATA {\n" + "\n".join(parts) + "\n}"}),
                       "application/x-www-form-urlencoded")

    def load_nquads(self, data: bytes) -> None:
        """Add many N-Quads (a shard): one POST to the Graph Store, or one per graph."""
        if self.union_graph is None:
            self._send(self.gsp_url, data, "application/n-quads")
            return
        for g, nt in self._by_graph(data).items():
            url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + urllib.parse.urlencode({"graph": g})
            self._send(url, nt.encode("utf-8"), "application/n-triples")

    def _by_graph(self, data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> dict[str, str]:
        """N-Quads (or TriG) → N-Triples text per graph, the default graph's under the union graph."""
        groups: dict[str, list[str]] = {}
        for q in ox.parse(data, format=fmt):
            g = self.union_graph if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            groups.setdefault(str(g), []).append(f"{q.subject} {q.predicate} {q.object} .\n")
        return {g: "".join(lines) for g, lines in groups.items()}


class RemoteStore(Store):
    """A kg store on a SPARQL server: kg.store.Store's reads and writes, sent over HTTP."""

    @property
    def max_batch(self) -> int:
        # one INSERT DATA per article where writes go through SPARQL Update: Virtuoso's
        # compiler runs out of memory on many articles at once
        return 1 if self.ox.union_graph is not None else super().max_batch

    def run(self, sparql: str, label: str = "query", timeout: float | None = None,  # type: ignore[override]
            limit: int | None = None) -> tuple[list[str], list[dict[str, str]]]:
        try:
            result = self.ox.select(sparql, timeout)
        except socket.timeout:
            raise QueryError(f"{label}: stopped after {timeout:g} s; narrow the query, or raise the limit "
                             "with --timeout SECONDS (0: none)") from None
        except StoreError as e:
            if "timed out" in str(e):
                raise QueryError(f"{label}: stopped after {timeout:g} s; narrow the query, or raise the limit "
                                 "with --timeout SECONDS (0: none)") from None
            raise
        if isinstance(result, bool):
            raise QueryError(f"{label}: only SELECT queries print rows")
        cols, rows = result
        out = [{c: (r[c].value if r[c] is not None else "") for c in cols} for r in rows]
        return cols, out[:limit] if limit else out

    def load_nquads(self, data: bytes) -> None:
        self.ox.load_nquads(data)

    def flush(self) -> None:
        pass

    def compact(self) -> None:
        pass  # the server manages its own storage

    needs_compaction = False


def endpoint_for(url: str) -> Endpoint:
    """The endpoints of the server at ``url`` (see the module's docstring)."""
    parts = urllib.parse.urlsplit(url)
    user = urllib.parse.unquote(parts.username) if parts.username else os.environ.get("KG_STORE_USER")
    password = urllib.parse.unquote(parts.password) if parts.password else os.environ.get("KG_STORE_PASSWORD")
    host = parts.hostname or ""
    netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    path = parts.path.rstrip("/")
    base = urllib.parse.urlunsplit((parts.scheme, netloc, "", "", ""))
    if path.endswith("/sparql"):  # Virtuoso
        root = base + path[:-len("/sparql")]
        query, update, gsp = root + "/sparql", root + "/sparql-auth", root + "/sparql-graph-crud-auth"
        union, param = str(UNION_GRAPH), "query"
    else:  # Oxigraph server
        root = base + path
        query, update, gsp = root + "/query", root + "/update", root + "/store"
        union, param = None, "update"
    return Endpoint(query, os.environ.get("KG_STORE_UPDATE_URL", update), os.environ.get("KG_STORE_GSP_URL", gsp),
                    user, password, union, param)


@contextmanager
def open_remote(url: str, write: bool = False) -> Iterator[RemoteStore]:
    """A :class:`RemoteStore` on the server at ``url``; checks that it answers."""
    ep = endpoint_for(url)
    ep.select("ASK { ?s ?p ?o }", timeout=30)
    shown = re.sub(r"//[^/@]*@", "//", url)  # no password in messages
    yield RemoteStore(shown, ep, write)  # type: ignore[arg-type]


@contextmanager
def open_any(store: str | Path, write: bool = False, create: bool = False) -> Iterator[Store]:
    """A store folder (kg.store.open_store) or, for an http(s) URL, a store on a SPARQL server."""
    if is_remote(store):
        with open_remote(str(store), write) as st:
            yield st
    else:
        with open_store(Path(store), write=write, create=create) as st:
            yield st
