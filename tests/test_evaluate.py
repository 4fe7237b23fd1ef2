"""kg eval: scoring against gold agrees with the shared evaluation script."""
from __future__ import annotations

import importlib.util
import json

import pytest

from shared_paths import SHARED
from kg.cli import main
from kg.evaluate import score_article, score_table
from kg.pipeline import build_file
from kg.query import NAMED_QUERIES, named_query_text, run_query, store_from_rdflib
from kg.rdf import to_rdf

GOLD_DIR = SHARED / "gold" / "dev"


def _shared_scorer():
    path = SHARED / "eval" / "score.py"
    assert path.is_file(), f"{path} is missing: the tests need ../shared beside the repository"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold_path", sorted(GOLD_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_scores_agree_with_the_shared_scorer(gold_path):
    shared = _shared_scorer()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    store = store_from_rdflib(to_rdf(build_file(SHARED / gold["file"])))
    predicted = {q: run_query(store, named_query_text(q), q)[1] for q in NAMED_QUERIES}
    ours = score_article(gold, predicted)
    theirs, core, overall = shared.score(gold, {"tables": predicted})
    for name, t in theirs.items():
        assert (ours.tables[name].tp, ours.tables[name].required, ours.tables[name].predicted) == \
            (t["tp"], t["required"], t["predicted"]), name
    assert ours.overall(True) == pytest.approx(core)
    assert ours.overall(False) == pytest.approx(overall)


def test_matching_rules():
    gold = [{"subject": ["参训学生"], "value": ["13011"], "unit": ["名"]},
            {"subject": ["党员"], "value": ["5"], "unit": ["名"], "optional": True}]
    pred = [{"subject": "全市参训学生", "value": "13011.0", "unit": "名"},  # loose subject, number as number
            {"subject": "党员", "value": "5", "unit": "名"},  # optional: counts neither way
            {"subject": "学校", "value": "3", "unit": "所"}]  # wrong
    t = score_table("figures", gold, pred, {})
    assert (t.tp, t.required, t.predicted) == (1, 1, 2)
    assert t.wrong == [pred[2]]


def test_kg_eval_on_a_gold_file_of_ones_own(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("3月2日,全市农业工作会议召开。副市长张明远主持会议。", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"place": "保定市", "published": "2022-03-05"}), encoding="utf-8")
    gold = {"article": "a", "file": "a.txt", "tables": {
        "participants": [{"meeting": "@M", "participant": ["张明远"], "role": ["chair"]},
                         {"meeting": "@M", "participant": ["王五"], "role": ["speaker"]}],
        "officials": [{"person": ["张明远"], "post": ["副市长"], "organisation": ["保定市人民政府"]}]},
        "aliases": {"@M": ["全市农业工作会议"]}}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path / "gold.json"), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "participants missed:" in out and "王五" in out
    assert "officials       1.00  1.00  1.00" in out
    assert "core F1 0.80" in out  # 2 of 3 required rows, 2 predicted: P 1.00 R 0.67


def test_kg_eval_bad_gold_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "g.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["eval", str(bad)]) == 1
    assert "not valid JSON" in capsys.readouterr().err
