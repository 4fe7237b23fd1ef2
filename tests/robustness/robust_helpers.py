"""Helpers of the robustness suite: run the real `kg` command, check its errors, write small articles."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HENGSHUI = ROOT / "data" / "hengshui-2021-11-19-education.txt"

# Written for these tests, in the genre.
ARTICLE = ("衡水市召开全市教育工作推进会议\n"
           "11月19日，衡水市召开全市教育工作推进会议。市委副书记李国勇出席会议并讲话。副市长崔海霞主持会议。\n")
OTHER = ("衡水市召开安全生产工作会议\n"
         "12月3日，衡水市召开全市安全生产工作会议。市委副书记李国勇出席会议并讲话，要求各县市区压实责任。\n")

# Words by which an error says what to do next.
REMEDIES = ("give", "pass", "try", "fix", "choose", "wait", "split", "create", "ingest", "rebuild", "narrow", "raise",
            "save", "free", "check", "name one of", "remove")


@dataclass
class Run:
    code: int
    out: str
    err: str


def kg(*args: object, cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 300) -> Run:
    """`python -m kg ARGS` in a subprocess: what a user at a terminal sees."""
    env = dict(os.environ, PYTHONHASHSEED="0", COLUMNS="200")
    done = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=timeout)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def assert_one_line_error(run: Run, code: int, names: str, *expect: str) -> str:
    """A user's error: exit ``code``, one line on stderr naming ``names`` and saying what to do, no traceback."""
    err = run.err.strip()
    assert run.code == code, (run.code, run.err)
    assert "Traceback" not in run.err, run.err
    assert err.count("\n") == 0, f"not one line:\n{run.err}"
    assert err.startswith("kg: error: "), err
    assert names in err, (names, err)
    assert any(r in err.lower() for r in REMEDIES), f"says nothing about what to do: {err}"
    for e in expect:
        assert e in err, (e, err)
    return err


def write_article(folder: Path, name: str, text: str = ARTICLE, meta: object | str | None = None) -> Path:
    """``folder/name.txt`` and, when ``meta`` is given, ``folder/name.meta.json`` (a str is written as is)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        data = meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=False)
        (folder / f"{name}.meta.json").write_text(data, encoding="utf-8")
    return path
