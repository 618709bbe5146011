"""Compare, promote (with its gate), rollback: the analysts' loop on model versions."""

import json
import shutil
import subprocess
import sys

import pytest

from classifier.lifecycle import comparing
from classifier.lifecycle.registry import Registry, save_version


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "classifier", *args], cwd=root, capture_output=True, text=True)


@pytest.fixture
def models(trained, tmp_path):
    """The trained version plus a deliberately worse one (it calls everything out of scope)."""
    folder = tmp_path / "models"
    shutil.copytree(trained["models"], folder)
    registry = Registry(folder)
    bad = registry.load(trained["version"])
    bad.thresholds_ = {**bad.thresholds_, "out_of_scope_probability": 0.0}
    save_version(registry.folder("worse"), bad, {"card.json": b"{}"})
    registry.add("worse", {"headline": {}}, make_default=False, why="test fixture")
    return folder


def test_gate_rules():
    cur = {"level": {"macro_f1": 0.9}, "method": {"macro_f1": 0.9}, "out_of_scope": {"recall": 0.95}}
    same = json.loads(json.dumps(cur))
    assert comparing.gate(same, cur) == []
    slightly = {"level": {"macro_f1": 0.885}, "method": {"macro_f1": 0.9}, "out_of_scope": {"recall": 0.95}}
    assert comparing.gate(slightly, cur) == []
    worse = {"level": {"macro_f1": 0.9}, "method": {"macro_f1": 0.85}, "out_of_scope": {"recall": 0.9}}
    reasons = comparing.gate(worse, cur)
    assert len(reasons) == 2 and "method macro_f1" in reasons[0] and "out_of_scope recall" in reasons[1]


def test_promote_refuses_a_worse_model_then_force_is_recorded(models, trained, root):
    res = run(root, "models", "promote", "worse", "--models", str(models))
    assert res.returncode == 1 and "refused: level macro_f1 falls" in res.stderr
    assert Registry(models).default_version() == trained["version"]
    assert run(root, "models", "promote", "worse", "--force", "--models", str(models)).returncode == 2  # needs --why
    res = run(root, "models", "promote", "worse", "--force", "--why", "demo for the board", "--models", str(models))
    assert res.returncode == 0
    data = Registry(models).read()
    assert data["default"] == "worse"
    event = data["events"][-1]
    assert event["forced"] is True and event["why"] == "demo for the board" and event["by"] and event["at"]


def test_rollback_returns_to_the_previous_default(models, trained, root):
    run(root, "models", "promote", "worse", "--force", "--why", "x", "--models", str(models))
    res = run(root, "models", "rollback", "--why", "bad idea", "--models", str(models))
    assert res.returncode == 0
    data = Registry(models).read()
    assert data["default"] == trained["version"]
    assert data["events"][-1]["action"] == "rollback" and data["events"][-1]["why"] == "bad idea"
    res = run(root, "models", "rollback", "--models", str(models))
    assert res.returncode == 2 and "no previous default" in res.stderr


def test_compare_lists_metrics_and_changed_texts(models, trained, root, tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "text": "Suami saya memukul saya dan anak-anak setiap mabuk.",
                                 "label": "in_scope", "level": "mikro", "method": "family_casework"}) + "\n")
    res = run(root, "models", "compare", trained["version"], "worse", "--models", str(models),
              "--input", str(extra), "--format", "json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    held, extra_report = out["comparisons"]
    assert held["name"] == "held-out split" and held["n"] > 100
    assert held["a"]["level"]["macro_f1"] > held["b"]["level"]["macro_f1"]
    assert held["changed"] and all(c["b"]["status"] == "out_of_scope" for c in held["changed"])
    assert "per_class" in held["a"]["pair"]
    assert extra_report["n"] == 1 and extra_report["changed"][0]["id"] == "x1"
    text = run(root, "models", "compare", trained["version"], "worse", "--models", str(models))
    assert "text(s) answered differently" in text.stdout


def test_models_list_shows_versions(models, trained, root):
    res = run(root, "models", "list", "--models", str(models), "--format", "json")
    rows = json.loads(res.stdout)
    assert {r["version"] for r in rows} == {trained["version"], "worse"}
    assert [r["default"] for r in rows if r["version"] == trained["version"]] == [True]
