"""A model's figures on real citizen complaints it has never seen, for its card.

When the labelled real complaints are beside the project (``../shared/realpool``, or
``$INTERVENSI_REALPOOL``; users' machines do not have them), training scores the new
version on their ``test`` split ("real complaints from other regions"): level and pair
accuracy (a welfare text counts as right only when not flagged out of scope), out-of-scope
recall, welfare texts flagged out of scope, pair macro-F1 over the five pairs that dominate
real intake, and the calibration of the pair confidence (expected calibration error and a
reliability table). Nothing of the texts is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from classifier import jsonl
from classifier.lifecycle.corpus_audit import default_real_labels

COMMON_PAIRS = ("mikro/individual_casework", "mezzo/mpok", "makro/social_legislation", "mezzo/community_action",
                "makro/social_policy")
BINS = 10


def reliability(confidence: np.ndarray, correct: np.ndarray, bins: int = BINS) -> tuple[float, list[dict]]:
    """Expected calibration error and the table behind it (equal-width bins)."""
    table, ece = [], 0.0
    edges = np.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        inside = (confidence >= lo) & ((confidence < hi) if hi < 1 else (confidence <= hi))
        if inside.any():
            conf, acc = float(confidence[inside].mean()), float(correct[inside].mean())
            ece += inside.mean() * abs(conf - acc)
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(inside.sum()), "confidence": round(conf, 3),
                          "accuracy": round(acc, 3)})
    return round(float(ece), 4), table


def _f1(gold: list[str], pred: list[str], label: str) -> float:
    tp = sum(g == label and p == label for g, p in zip(gold, pred))
    fp = sum(g != label and p == label for g, p in zip(gold, pred))
    fn = sum(g == label and p != label for g, p in zip(gold, pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def evaluate(model, rows: list[dict]) -> dict[str, Any]:
    """Figures of ``model`` on labelled real rows (fields text, label, level, method)."""
    preds = model.predict([r["text"] for r in rows])
    gold_pair = ["out_of_scope" if r["label"] != "in_scope" else f"{r['level']}/{r['method']}" for r in rows]
    pred_pair = ["out_of_scope" if p.status == "out_of_scope" else f"{p.level}/{p.method}" for p in preds]
    welfare = [i for i, g in enumerate(gold_pair) if g != "out_of_scope"]
    other = [i for i, g in enumerate(gold_pair) if g == "out_of_scope"]
    kept = [i for i in welfare if pred_pair[i] != "out_of_scope"]
    conf = np.array([preds[i].pair_confidence for i in kept])
    correct = np.array([pred_pair[i] == gold_pair[i] for i in kept])
    ece, table = reliability(conf, correct)
    return {
        "texts": len(rows), "welfare": len(welfare), "other": len(other),
        "level_accuracy": round(sum(preds[i].level == rows[i]["level"] for i in kept) / max(len(welfare), 1), 3),
        "pair_accuracy": round(sum(correct) / max(len(welfare), 1), 3),
        "out_of_scope_recall": round(sum(pred_pair[i] == "out_of_scope" for i in other) / max(len(other), 1), 3),
        "welfare_flagged": round(1 - len(kept) / max(len(welfare), 1), 3),
        "uncertain_share": round(sum(p.status == "uncertain" for p in preds) / max(len(preds), 1), 3),
        "common_pairs_macro_f1": round(float(np.mean([_f1(gold_pair, pred_pair, c) for c in COMMON_PAIRS])), 3),
        "pair_confidence_ece": ece, "reliability": table,
    }


def card_section(model, split: str = "test", labels: Path | None = None) -> dict[str, Any] | None:
    """The card's real-text section, or None when the labelled real complaints are absent."""
    labels = labels or default_real_labels()
    if labels is None:
        return None
    rows = [line.record for line in jsonl.read(labels) if line.record and line.record.get("split") == split]
    if not rows:
        return None
    return {"source": "realpool dev-labels.jsonl", "split": split, **evaluate(model, rows)}
