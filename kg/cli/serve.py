"""kg serve --store DIR [--host H] [--port P] [--engine builtin|oxigraph]"""
from __future__ import annotations

import signal
import subprocess
import sys
from enum import Enum
from pathlib import Path

import typer

__all__ = ["register"]


class Engine(str, Enum):
    builtin = "builtin"
    oxigraph = "oxigraph"


def serve(
    store: Path = typer.Option(..., "--store", "-s", help="The store folder made by `kg ingest`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="Port (0: any free one)."),
    engine: Engine = typer.Option(Engine.builtin, "--engine",
                                  help="builtin: kg's own server (endpoint, query page, network pages); "
                                       "oxigraph: Oxigraph's server (`pip install oxigraph`), endpoint and its UI."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each request."),
    timeout: float = typer.Option(60, "--timeout", "-t", min=1, help="Answer 503 to a query that runs longer "
                                  "than SECONDS (builtin engine)."),
) -> None:
    """Serve a store read-only: a SPARQL 1.1 Protocol endpoint at /sparql, a query page, the network pages.

    Example: kg serve --store corpus.kg --port 7878
    """
    from ..errors import UsageError
    from ..store import open_store, oxigraph_server
    from ..store.store import DATA

    with open_store(store) as st:  # checks the folder and holds a reader's lock while serving
        if engine is Engine.oxigraph:
            exe = oxigraph_server()
            if exe is None:
                raise UsageError("--engine oxigraph needs Oxigraph's server: `pip install oxigraph`, "
                                 "or use --engine builtin")
            # no --union-default-graph: the store's default graph already is the union, each triple once
            cmd = [exe, "serve-read-only", "--location", str(store / DATA), "--bind", f"{host}:{port}"]
            typer.echo(f"serving {store} with Oxigraph at http://{host}:{port}/query", err=True)
            st.ox = None  # type: ignore[assignment]  # let Oxigraph open the folder; our lock stays held
            proc = subprocess.Popen(cmd)
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                signal.signal(sig, lambda *_: proc.terminate())
            sys.exit(proc.wait())
        from ..store.server import make_server

        server = make_server(st, host, port, verbose, timeout)
        h, p = server.server_address[:2]
        typer.echo(f"serving {store} at http://{h}:{p}/ (SPARQL endpoint http://{h}:{p}/sparql); Ctrl-C stops",
                   err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
