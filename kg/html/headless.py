"""Open a page in a local headless Chromium, offline, and read back what it drew.

Used by the browser tests and by benchmarks/render_pages.py. It speaks the
DevTools protocol over ``--remote-debugging-pipe`` (JSON messages ending in a
NUL byte on file descriptors 3 and 4), so it needs no client library and no
port. The network is off three ways: DNS resolves nothing, a dead proxy, and
the DevTools offline switch; every request the page makes is recorded so a
caller can check that nothing but file: and data: URLs was asked for.
"""
from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM", "FLAGS", "INSTALL_HINT", "PageResult", "find_chromium", "open_page"]

CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = ("headless Chromium not found at /usr/bin/chromium; install it with "
                "`apt-get update && apt-get install -y chromium fonts-noto-cjk` (as root), or set KG_CHROMIUM")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
         "--remote-debugging-pipe")


def find_chromium() -> str | None:
    path = os.environ.get("KG_CHROMIUM") or CHROMIUM
    return path if Path(path).is_file() else shutil.which("chromium")


@dataclass
class PageResult:
    """What the page reported once it had drawn (or the time ran out)."""

    attributes: dict[str, str]  # data-kg-* and data-pwned* attributes of <html>
    seconds: float  # from navigation to the page's data-kg-ready, wall clock
    requests: list[str] = field(default_factory=list)  # every URL the page asked for
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages
    console_errors: list[str] = field(default_factory=list)
    probe: Any = None  # the value of the ``probe`` expression after drawing

    @property
    def ready(self) -> bool:
        return self.attributes.get("data-kg-ready") == "1"


class _Pipe:
    def __init__(self, proc: subprocess.Popen, to_browser: int, from_browser: int) -> None:
        self.proc, self.out, self.next_id = proc, to_browser, 0
        self.replies: dict[int, queue.Queue] = {}
        self.events: list[dict] = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, args=(from_browser,), daemon=True)
        self.reader.start()

    def _read(self, fd: int) -> None:
        buf = b""
        with os.fdopen(fd, "rb", buffering=0) as fh:
            while chunk := fh.read(1 << 16):
                buf += chunk
                while b"\0" in buf:
                    raw, buf = buf.split(b"\0", 1)
                    msg = json.loads(raw)
                    if "id" in msg:
                        with self.lock:
                            q = self.replies.get(msg["id"])
                        if q is not None:
                            q.put(msg)
                    else:
                        self.events.append(msg)

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 60.0) -> dict:
        with self.lock:
            self.next_id += 1
            mid = self.next_id
            q: queue.Queue = queue.Queue()
            self.replies[mid] = q
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.out, json.dumps(msg).encode() + b"\0")
        try:
            reply = q.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"chromium did not answer {method} within {timeout:.0f} s") from None
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})


def open_page(page: Path, *, timeout: float = 60.0, screenshot: Path | None = None, hash: str = "",
              probe: str | None = None, size: tuple[int, int] = (1400, 1000), network: bool = True) -> PageResult:
    """Load ``page`` (a file) offline, wait for it to report data-kg-ready (``network``: a page that draws
    one) or else for its load event, and read it back."""
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError(INSTALL_HINT)
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    cmd_r, cmd_w = os.pipe()
    res_r, res_w = os.pipe()

    def fds() -> None:  # chromium reads commands on fd 3 and writes replies on fd 4
        os.dup2(cmd_r, 3)
        os.dup2(res_w, 4)

    proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
                             "about:blank"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, preexec_fn=fds, pass_fds=(3, 4))
    os.close(cmd_r)
    os.close(res_w)
    pipe = _Pipe(proc, cmd_w, res_r)
    try:
        return _drive(pipe, Path(page).resolve().as_uri() + hash, timeout if network else 0.0, screenshot, probe,
                      size)
    finally:
        try:
            pipe.send("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.close(cmd_w)
        shutil.rmtree(profile, ignore_errors=True)


def _drive(pipe: _Pipe, url: str, timeout: float, screenshot: Path | None, probe: str | None,
           size: tuple[int, int]) -> PageResult:
    target = pipe.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    s = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for method in ("Page.enable", "Network.enable", "Runtime.enable"):
        pipe.send(method, session=s)
    pipe.send("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1,
                                                    "uploadThroughput": -1}, session=s)
    pipe.send("Emulation.setDeviceMetricsOverride", {"width": size[0], "height": size[1], "deviceScaleFactor": 1,
                                                     "mobile": False}, session=s)
    start = time.monotonic()
    pipe.send("Page.navigate", {"url": url}, session=s)
    read = ("(() => { const a = {}; for (const x of document.documentElement.attributes) "
            "{ if (x.name.startsWith('data-')) a[x.name] = x.value; } return a; })()")
    attrs: dict[str, str] = {}
    seconds = float("nan")
    while time.monotonic() - start < timeout:
        attrs = _eval(pipe, s, read) or {}
        if attrs.get("data-kg-ready") == "1":
            seconds = time.monotonic() - start
            break
        if any(e.get("method") == "Page.javascriptDialogOpening" for e in pipe.events):
            pipe.send("Page.handleJavaScriptDialog", {"accept": True}, session=s)
        time.sleep(0.05)
    while not any(e.get("method") == "Page.loadEventFired" for e in pipe.events):
        if time.monotonic() - start > max(timeout, 10.0):
            break
        time.sleep(0.05)
    value = _eval(pipe, s, probe) if probe else None
    attrs = _eval(pipe, s, read) or attrs
    if screenshot is not None:
        shot = pipe.send("Page.captureScreenshot", {"format": "png"}, session=s)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
    events = list(pipe.events)
    return PageResult(
        attributes=attrs, seconds=seconds, probe=value,
        requests=[e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"],
        dialogs=[e["params"].get("message", "") for e in events if e.get("method") == "Page.javascriptDialogOpening"],
        console_errors=[_exception(e) for e in events if e.get("method") == "Runtime.exceptionThrown"])


def _eval(pipe: _Pipe, session: str, expr: str) -> Any:
    res = pipe.send("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=session)
    return res.get("result", {}).get("value")


def _exception(event: dict) -> str:
    d = event["params"]["exceptionDetails"]
    return str(d.get("exception", {}).get("description") or d.get("text"))
