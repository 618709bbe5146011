"""Metrics on a tiny fixture whose figures are worked out by hand."""

import pytest

from classifier.model.baselines import SimplePrediction as P
from classifier.lifecycle.evaluation import confusion, evaluate, headline


def g(level=None, method=None):
    return {"label": "out_of_scope" if level is None else "in_scope", "level": level, "method": method}


GOLD = [g("mikro", "family_casework"), g("mikro", "individual_casework"), g("mezzo", "mpok"),
        g("makro", "social_policy"), g(), g()]
PRED = [P("ok", "mikro", "family_casework"),        # right
        P("ok", "mikro", "family_casework"),        # right level, wrong method
        P("out_of_scope", None, None),              # in scope flagged
        P("uncertain", "makro", "social_policy"),   # right
        P("out_of_scope", None, None),              # caught
        P("ok", "mezzo", "mpok")]                   # missed


def test_hand_checked_figures():
    m = evaluate(GOLD, PRED)
    assert (m["n"], m["n_in_scope"], m["n_out_of_scope"]) == (6, 4, 2)
    assert m["level"]["accuracy"] == 0.75          # 3 of 4 in-scope levels right
    assert m["method"]["accuracy"] == 0.5          # family, social_policy right
    assert m["pair"]["accuracy"] == 0.5
    # level macro-F1 over gold classes mikro, mezzo, makro: F1 1.0, 0.0, 1.0
    assert m["level"]["macro_f1"] == pytest.approx(2 / 3, abs=1e-4)
    # method: family P=1/2 R=1 F1=2/3; individual 0; mpok 0; social_policy 1 -> (2/3+1)/4
    assert m["method"]["macro_f1"] == pytest.approx((2 / 3 + 1) / 4, abs=1e-4)
    assert m["out_of_scope"]["recall"] == 0.5
    assert m["out_of_scope"]["false_flag_rate"] == 0.25
    assert m["out_of_scope"]["precision"] == 0.5
    assert m["status_share"] == {"ok": 0.5, "uncertain": pytest.approx(1 / 6, abs=1e-4),
                                 "out_of_scope": pytest.approx(1 / 3, abs=1e-4)}
    assert m["pair_accuracy_when_ok"] == 0.5       # ok in-scope: first two, one right
    assert headline(m)["level_accuracy"] == 0.75


def test_confusion_matrix_counts():
    labels, matrix = confusion(GOLD, PRED, "level")
    assert labels == ["makro", "mezzo", "mikro", "out_of_scope"]
    assert matrix[labels.index("mikro"), labels.index("mikro")] == 2
    assert matrix[labels.index("mezzo"), labels.index("out_of_scope")] == 1
    assert matrix[labels.index("out_of_scope"), labels.index("mezzo")] == 1
    assert matrix.sum() == 6


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        evaluate(GOLD, PRED[:-1])
