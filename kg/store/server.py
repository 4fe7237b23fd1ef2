"""A read-only SPARQL 1.1 Protocol endpoint over a store, with a query page and the network pages.

    GET  /sparql?query=...                        SPARQL 1.1 Protocol query (GET)
    POST /sparql  (form: query=..., or a body of type application/sparql-query)
    POST with update=... or application/sparql-update → 403: the endpoint is read-only
    GET  /                                        an index: links to the pages below
    GET  /query?q=...                             a form and the results as a table
    GET  /pages/graph.html, /pages/index.html     the network pages (kg.html), built on first request

Results are negotiated from the Accept header: SPARQL results JSON (default), XML,
CSV or TSV for SELECT/ASK; Turtle (default), N-Triples or RDF/XML for
CONSTRUCT/DESCRIBE. The default graph is the union of the store's articles.
"""
from __future__ import annotations

import html
import mimetypes
import tempfile
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .store import Store

__all__ = ["make_server", "MAX_BODY"]

MAX_BODY = 1 << 20
RESULT_TYPES = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("application/json", ox.QueryResultsFormat.JSON),
]
GRAPH_TYPES = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]
STYLE = ("body{font-family:sans-serif;margin:2em;max-width:80em}textarea{width:100%;font-family:monospace}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")


def _choose(accept: str, offers: list) -> tuple[str, object]:  # type: ignore[type-arg]
    wanted = [part.split(";")[0].strip().lower() for part in (accept or "").split(",")]
    for w in wanted:
        for mime, fmt in offers:
            if w == mime:
                return mime, fmt
    return offers[0]


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may stall while sending a request before it is dropped

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)

    # --- plumbing -------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _params(self) -> dict[str, list[str]]:
        return parse_qs(urlparse(self.path).query, keep_blank_values=True)

    # --- methods --------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        route = urlparse(self.path).path
        params = self._params()
        if route == "/sparql":
            if "update" in params:
                return self._error(403, "this endpoint is read-only: updates are refused")
            if "query" not in params:
                return self._error(400, "give a SPARQL query: /sparql?query=...")
            return self._query(params["query"][0])
        if route in ("/", "/index.html"):
            return self._send(200, self._index().encode("utf-8"), "text/html; charset=utf-8")
        if route == "/query":
            return self._send(200, self._query_page(params.get("q", [""])[0]).encode("utf-8"),
                              "text/html; charset=utf-8")
        if route.startswith("/pages/"):
            return self._page(route[len("/pages/"):])
        return self._error(404, f"{route}: not found; see / for what is here")

    def do_POST(self) -> None:  # noqa: N802
        route = urlparse(self.path).path
        length = (self.headers.get("Content-Length") or "0").strip()
        if not length.isdigit():
            self.close_connection = True
            return self._error(400, "give the body's length in bytes in Content-Length")
        if int(length) > MAX_BODY:
            self.close_connection = True
            return self._error(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if route != "/sparql":
            return self._error(405 if route in ("/", "/query") else 404, f"{route}: POST a query to /sparql")
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: updates are refused")
        if ctype == "application/sparql-query":
            return self._query(body)
        form = parse_qs(body, keep_blank_values=True)
        if "update" in form or "update" in self._params():
            return self._error(403, "this endpoint is read-only: updates are refused")
        query = form.get("query") or self._params().get("query")
        if not query:
            return self._error(400, "give a SPARQL query: a form field query=... or an application/sparql-query body")
        return self._query(query[0])

    # --- the endpoint ---------------------------------------------------------
    def _query(self, sparql: str) -> None:
        from ..query import syntax_message

        accept = self.headers.get("Accept", "")
        box: dict[str, object] = {}

        def work() -> None:  # in a thread of its own, abandoned after the server's time limit
            try:
                result = self.server.store.ox.query(sparql)
                mime, fmt = _choose(accept, GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES)
                box["reply"] = (mime, result.serialize(format=fmt))  # type: ignore[arg-type]
            except (SyntaxError, ValueError, OSError) as e:
                box["error"] = e

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(self.server.timeout_s)
        if worker.is_alive():
            return self._error(503, f"the query was stopped after {self.server.timeout_s:g} s; narrow it")
        e = box.get("error")
        if isinstance(e, SyntaxError):
            return self._error(400, f"SPARQL syntax error at {syntax_message(e, sparql)}")
        if e is not None:
            return self._error(400, f"the query failed: {str(e).splitlines()[0]}")
        mime, data = box["reply"]  # type: ignore[misc]
        self._send(200, data, f"{mime}; charset=utf-8")  # type: ignore[arg-type]

    # --- pages ----------------------------------------------------------------
    def _index(self) -> str:
        n = len(self.server.store.articles())
        return (f"<!doctype html><meta charset=utf-8><title>kg store</title><style>{STYLE}</style>"
                f"<h1>kg store</h1><p>{n} articles in {html.escape(str(self.server.store.path))}.</p><ul>"
                "<li><a href='/query'>Query page</a></li>"
                "<li><a href='/pages/graph.html'>Network</a> and <a href='/pages/index.html'>meetings and people</a>"
                "</li><li>SPARQL endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only)</li></ul>")

    def _query_page(self, q: str) -> str:
        from ..query import NAMED_QUERIES, named_query_text

        if q in NAMED_QUERIES:
            q = named_query_text(q)
        q = q or "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20"
        out = [f"<!doctype html><meta charset=utf-8><title>kg query</title><style>{STYLE}</style>",
               "<h1>Query</h1><p>Named queries: " + ", ".join(
                   f"<a href='/query?q={n}'>{n}</a>" for n in NAMED_QUERIES) + "</p>",
               f"<form method=get action=/query><textarea name=q rows=12>{html.escape(q)}</textarea>"
               "<p><button>Run</button></p></form>"]
        try:
            result = self.server.store.ox.query(q)
        except (SyntaxError, ValueError, OSError) as e:
            out.append(f"<p><b>Error:</b> {html.escape(str(e).splitlines()[0])}</p>")
            return "".join(out)
        if isinstance(result, ox.QuerySolutions):
            cols = [v.value for v in result.variables]
            rows = []
            for i, sol in enumerate(result):
                if i >= 1000:
                    rows.append(f"<tr><td colspan={len(cols)}>… the first 1000 rows shown</td></tr>")
                    break
                rows.append("<tr>" + "".join(
                    f"<td>{html.escape(str(sol[c].value) if sol[c] is not None else '')}</td>" for c in cols) + "</tr>")
            out.append("<table><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cols) + "</tr>"
                       + "".join(rows) + "</table>")
        elif isinstance(result, ox.QueryBoolean):
            out.append(f"<p>{bool(result)}</p>")
        else:
            data = result.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
            out.append(f"<pre>{html.escape(data[:200000])}</pre>")
        return "".join(out)

    def _page(self, name: str) -> None:
        folder = self.server.pages()
        target = (folder / name).resolve()
        if folder.resolve() not in target.parents or not target.is_file():
            return self._error(404, f"/pages/{name}: no such page")
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self._send(200, target.read_bytes(), ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, addr: tuple[str, int], store: Store, verbose: bool = False, timeout: float = 60) -> None:
        super().__init__(addr, _Handler)
        self.store = store
        self.verbose = verbose
        self.timeout_s = timeout
        self._pages: Path | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None  # type: ignore[type-arg]
        self._lock = threading.Lock()

    def pages(self) -> Path:
        """The network pages of the store, written once into a temporary folder."""
        with self._lock:
            if self._pages is None:
                from ..html import write_article_pages

                self._tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
                self._pages = Path(self._tmp.name)
                write_article_pages(self.store.graph(), self._pages)
            return self._pages

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """A client that hangs up or stalls costs one line (with --verbose), not a traceback."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            if self.verbose:
                print(f"kg serve: {client_address[0]}: {type(error).__name__}", file=sys.stderr)
            return
        super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        if self._tmp is not None:
            self._tmp.cleanup()


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, verbose: bool = False,
                timeout: float = 60) -> _Server:
    """A server for ``store`` (not yet serving: call ``serve_forever``); port 0 picks a free one.
    A query running longer than ``timeout`` seconds is answered 503 (and left to finish unseen)."""
    return _Server((host, port), store, verbose, timeout)
