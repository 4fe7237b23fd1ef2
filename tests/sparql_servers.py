"""SPARQL servers the scale tests run against, started on 127.0.0.1 in a temporary folder.

- Oxigraph server: the ``oxigraph`` command of the ``oxigraph`` package (a test extra);
- Virtuoso: Debian's ``virtuoso-opensource`` (``virtuoso-t``; scripts/system-deps installs it), with a
  generated virtuoso.ini, a new database in the folder, and its default account dba/dba.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.store import oxigraph_server

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 0
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, server: "Server", seconds: float, log: Path) -> None:
    proc = server.proc
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            server.log.close()
            raise RuntimeError(f"the server stopped (exit {proc.returncode}): {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"the server did not answer {url} within {seconds:g} s: {log.read_text(errors='replace')[-2000:]}")


class Server:
    def __init__(self, url: str, proc: subprocess.Popen, log) -> None:  # type: ignore[no-untyped-def]
        self.url, self.proc, self.log = url, proc, log

    def stop(self) -> None:
        self._stop()
        self.log.close()

    def _stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_oxigraph(folder: Path) -> Server:
    exe = oxigraph_server()
    assert exe, "Oxigraph server is missing: pip install -e '.[test]' installs it (the oxigraph package)"
    port = free_port()
    log = folder / "oxigraph.log"
    out = log.open("w")
    proc = subprocess.Popen([exe, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
                            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    server = Server(url, proc, out)
    _wait(url + "/query?query=ASK%7B%7D", server, 30, log)
    return server


def start_virtuoso(folder: Path) -> Server:
    exe = shutil.which("virtuoso-t")
    assert exe, ("Virtuoso is missing: apt-get install virtuoso-opensource (.ci/run does it); "
                 "the store is tested against it")
    http, sql = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, http=http, sql=sql), encoding="utf-8")
    log = folder / "stdout.log"
    out = log.open("w")
    proc = subprocess.Popen([exe, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                            stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    url = f"http://127.0.0.1:{http}/sparql"
    server = Server(url, proc, out)
    _wait(url + "?query=ASK%7B%7D", server, 120, log)
    return server
