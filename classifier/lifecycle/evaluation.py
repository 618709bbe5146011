"""Metrics for level, method and pair, out-of-scope detection and confidence.

Gold labels are corpus records; predictions are anything with ``status``, ``level`` and
``method``. A gold in-scope text predicted out of scope counts as a wrong level and a wrong
method (class ``out_of_scope`` in the confusion matrices). Level, method and pair figures
are computed over gold in-scope texts; out-of-scope recall over gold out-of-scope texts;
the false-flag rate is the share of gold in-scope texts predicted out of scope.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from classifier.taxonomy import IN_SCOPE, OUT_OF_SCOPE, pair_key


def _label_of(pred, part: str) -> str:
    if pred.status == OUT_OF_SCOPE:
        return OUT_OF_SCOPE
    return pred.level if part == "level" else pred.method if part == "method" else pair_key(pred.level, pred.method)


def _gold_of(gold, part: str) -> str:
    return gold["level"] if part == "level" else gold["method"] if part == "method" else pair_key(gold["level"], gold["method"])


def _block(y_true: list[str], y_pred: list[str]) -> dict[str, Any]:
    labels = sorted(set(y_true))
    p, r, f, n = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4) if y_true else None,
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 4)
        if y_true else None,
        "per_class": {lab: {"precision": round(float(pp), 4), "recall": round(float(rr), 4),
                            "f1": round(float(ff), 4), "support": int(nn)}
                      for lab, pp, rr, ff, nn in zip(labels, p, r, f, n)},
    }


def evaluate(gold: Sequence, predictions: Sequence) -> dict[str, Any]:
    """All figures for predictions against gold records, as a JSON-ready dict."""
    if len(gold) != len(predictions):
        raise ValueError(f"{len(gold)} gold records but {len(predictions)} predictions")
    pairs = list(zip(gold, predictions))
    in_scope = [(g, p) for g, p in pairs if g["label"] == IN_SCOPE]
    out_scope = [(g, p) for g, p in pairs if g["label"] == OUT_OF_SCOPE]
    result: dict[str, Any] = {"n": len(pairs), "n_in_scope": len(in_scope), "n_out_of_scope": len(out_scope)}
    for part in ("level", "method", "pair"):
        result[part] = _block([_gold_of(g, part) for g, _ in in_scope], [_label_of(p, part) for _, p in in_scope])
    flagged = [p.status == OUT_OF_SCOPE for _, p in in_scope]
    caught = [p.status == OUT_OF_SCOPE for _, p in out_scope]
    result["out_of_scope"] = {
        "recall": round(float(np.mean(caught)), 4) if caught else None,
        "false_flag_rate": round(float(np.mean(flagged)), 4) if flagged else None,
        "precision": round(sum(caught) / max(sum(caught) + sum(flagged), 1), 4) if (caught or flagged) else None,
    }
    statuses = [p.status for _, p in pairs]
    result["status_share"] = {s: round(statuses.count(s) / max(len(statuses), 1), 4)
                              for s in ("ok", "uncertain", OUT_OF_SCOPE)}
    ok = [(g, p) for g, p in in_scope if p.status == "ok"]
    result["pair_accuracy_when_ok"] = (round(float(np.mean([_gold_of(g, "pair") == _label_of(p, "pair") for g, p in ok])), 4)
                                       if ok else None)
    return result


def confusion(gold: Sequence, predictions: Sequence, part: str) -> tuple[list[str], np.ndarray]:
    """Labels and confusion matrix (rows gold, columns predicted), out of scope included."""
    y_true = [OUT_OF_SCOPE if g["label"] == OUT_OF_SCOPE else _gold_of(g, part) for g in gold]
    y_pred = [_label_of(p, part) for p in predictions]
    labels = sorted(set(y_true) | set(y_pred), key=lambda s: (s == OUT_OF_SCOPE, s))
    return labels, confusion_matrix(y_true, y_pred, labels=labels)


def headline(metrics: dict[str, Any]) -> dict[str, Any]:
    """The figures a model list or a promotion gate looks at."""
    return {
        "level_accuracy": metrics["level"]["accuracy"], "level_macro_f1": metrics["level"]["macro_f1"],
        "method_macro_f1": metrics["method"]["macro_f1"], "pair_accuracy": metrics["pair"]["accuracy"],
        "pair_macro_f1": metrics["pair"]["macro_f1"],
        "out_of_scope_recall": metrics["out_of_scope"]["recall"],
        "false_flag_rate": metrics["out_of_scope"]["false_flag_rate"],
    }
