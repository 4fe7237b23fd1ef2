"""Writes that fail or are cut short never leave half a file: the old file or the new one, no temp files."""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from robust_helpers import ARTICLE, HENGSHUI, ROOT, assert_one_line_error, kg, write_article
from kg import output as kg_output
from kg.cli import main
from kg.errors import OutputError
from kg.output import atomic_write

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp"))


def parses(path: Path) -> int:
    return len(Graph().parse(path, format="turtle"))


@pytest.fixture
def old_build(tmp_path):
    """A folder built from the Hengshui article: what a full disk must not destroy."""
    out = tmp_path / "out"
    assert main(["build", str(HENGSHUI), "--out", str(out), "--quiet"]) == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


class _FillsUp:
    """A file that takes ``room`` characters and then fails as a full disk does."""

    def __init__(self, fh, room: int) -> None:
        self._fh, self._room = fh, room

    def write(self, data):  # type: ignore[no-untyped-def]
        if len(data) > self._room:
            self._fh.write(data[:self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self._fh, name)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc):  # type: ignore[no-untyped-def]
        return self._fh.__exit__(*exc)


@pytest.mark.parametrize("where", ["write", "fsync", "rename"])
def test_a_full_disk_keeps_the_old_files_and_leaves_no_temp_file(where, old_build, tmp_path, monkeypatch, capsys):
    out, before = old_build
    new = write_article(tmp_path / "in", "other", ARTICLE, {"place": "衡水市", "published": "2021-11-19"})
    real_fdopen = os.fdopen
    if where == "write":  # the disk fills after 1000 characters of the new graph.ttl
        monkeypatch.setattr(kg_output.os, "fdopen", lambda *a, **k: _FillsUp(real_fdopen(*a, **k), 1000))
    elif where == "fsync":  # the data was buffered; the disk says no when it is flushed
        monkeypatch.setattr(kg_output.os, "fsync", lambda fd: (_ for _ in ()).throw(ENOSPC))
    else:
        monkeypatch.setattr(kg_output.os, "replace", lambda a, b: (_ for _ in ()).throw(ENOSPC))
    capsys.readouterr()
    assert main(["build", str(new), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "graph.ttl" in err and "No space left on device" in err and "free some space" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert leftovers(out) == []


def test_atomic_write_keeps_the_old_file_whatever_the_writer_raises(tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("old and complete\n", encoding="utf-8")
    with pytest.raises(OutputError, match="kept.txt: cannot write"):
        with atomic_write(target) as fh:
            fh.write("new but ")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(target) as fh:
            fh.write("new but ")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old and complete\n"
    assert leftovers(tmp_path) == []
    with atomic_write(target) as fh:
        fh.write("new and complete\n")
    assert target.read_text(encoding="utf-8") == "new and complete\n" and leftovers(tmp_path) == []


def test_export_to_a_full_disk_keeps_the_old_export(built, tmp_path, monkeypatch, capsys):
    target = tmp_path / "g.gexf"
    assert main(["export", "--graph", str(built / "graph.ttl"), "--out", str(target)]) == 0
    before = target.read_bytes()
    monkeypatch.setattr(kg_output.os, "fsync", lambda fd: (_ for _ in ()).throw(ENOSPC))
    capsys.readouterr()
    assert main(["export", "--graph", str(built / "graph.ttl"), "--out", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == before and leftovers(tmp_path) == []


# A driver for the test below (test code, run in a child process; kg itself has no hook for it): kg build
# whose writes of graph.ttl go in small slow pieces, saying on stdout when it is half way.
SLOW_WRITER = r"""
import sys, time
from contextlib import contextmanager
import kg.output

real = kg.output.atomic_write

@contextmanager
def slow(path, mode="w"):
    with real(path, mode) as fh:
        if not str(path).endswith("graph.ttl"):
            yield fh
            return
        class Slow:
            def write(self, data):
                for i in range(0, len(data), 512):
                    fh.write(data[i:i + 512]); fh.flush()
                    if i >= len(data) // 2 and not getattr(self, "said", False):
                        self.said = True
                        print("HALF WAY", flush=True)
                        time.sleep(600)
        yield Slow()

kg.output.atomic_write = slow
from kg.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_build_killed_half_way_through_writing_graph_ttl_leaves_the_old_file(tmp_path):
    out = tmp_path / "out"
    assert kg("build", HENGSHUI, "--out", out, "--quiet").code == 0
    old = (out / "graph.ttl").read_bytes()
    new = write_article(tmp_path / "in", "other", ARTICLE, {"place": "衡水市", "published": "2021-11-19"})
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, "build", str(new), "--out", str(out), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    try:
        assert proc.stdout.readline().strip() == "HALF WAY", proc.stderr.read()
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=60) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    temps = list(out.glob(".graph.ttl.*.tmp"))
    assert len(temps) == 1 and 0 < temps[0].stat().st_size < len(old)  # it was killed mid-write ...
    assert (out / "graph.ttl").read_bytes() == old  # ... and graph.ttl is the old file, whole
    assert parses(out / "graph.ttl") > 0
    assert kg("build", new, "--out", out, "--quiet").code == 0  # and the next build replaces it
    assert (out / "graph.ttl").read_bytes() != old and parses(out / "graph.ttl") > 0


def test_builds_killed_at_intervals_leave_the_old_graph_or_the_new_one(tmp_path):
    """SIGKILL a real multi-article build at points spread over its run: each time graph.ttl and
    mentions.jsonl are, byte for byte, the old complete files or the new complete ones."""
    from benchmarks.synthetic import generate, write

    files = write(generate(8, seed=3), tmp_path / "in")
    out, ref = tmp_path / "out", tmp_path / "ref"
    assert kg("build", *files[:2], "--out", out, "--quiet").code == 0
    old = {n: (out / n).read_bytes() for n in ("graph.ttl", "mentions.jsonl")}
    started = time.monotonic()
    assert kg("build", *files, "--out", ref, "--quiet").code == 0
    took = time.monotonic() - started
    new = {n: (ref / n).read_bytes() for n in ("graph.ttl", "mentions.jsonl")}
    assert new != old
    env = dict(os.environ, PYTHONHASHSEED="0")
    for fraction in (0.7, 0.9, 1.0):
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", *map(str, files), "--out", str(out), "--quiet"],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(took * fraction)
        proc.kill()
        proc.wait(timeout=60)
        for name in old:
            data = (out / name).read_bytes()
            assert data in (old[name], new[name]), f"{name} is neither the old file nor the new one"
        assert parses(out / "graph.ttl") > 0
        if (out / "graph.ttl").read_bytes() == new["graph.ttl"]:
            break
