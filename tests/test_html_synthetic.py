"""benchmarks/synthetic.py: the synthetic articles that the page and store benchmarks draw on."""
from __future__ import annotations

import json
import sys

from shared_paths import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import generate, main  # noqa: E402


def test_html_synthetic_is_repeatable_and_varied():
    a, b = generate(30, seed=5), generate(30, seed=5)
    assert a == b
    assert generate(30, seed=6) != a
    assert len({meta["id"] for _, meta in a}) == 30
    assert len({meta["place"] for _, meta in a}) > 5
    for text, meta in a:
        assert "召开" in text and "主持会议" in text and "参加会议" in text
        assert meta["published"][:4].isdigit() and text.startswith(meta["published"][5:7].lstrip("0") + "月")


def test_html_synthetic_cli_writes_articles_and_meta(tmp_path, capsys):
    assert main(["4", str(tmp_path), "--seed", "2"]) == 0
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 4
    for (text, meta), path in zip(generate(4, 2), texts):
        assert path.read_text(encoding="utf-8") == text
        assert json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8")) == meta
    assert "wrote 4 articles" in capsys.readouterr().out
