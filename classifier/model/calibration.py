"""Calibrated confidence and the status thresholds, both chosen on cross-validated scores.

Confidence is calibrated by temperature scaling. The status is ``out_of_scope`` when the
out-of-scope probability passes a threshold (unless the text's words resemble a known welfare
case and the probability is only moderate: then ``uncertain``) or the text shares almost nothing with every
in-scope vignette of the corpus; ``uncertain`` when the text is unlike the known cases, or
the pair confidence is below the level at which held-out predictions reach the target
accuracy; ``ok`` otherwise. An unfamiliar text goes to an officer for review rather than
being dismissed.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from classifier.taxonomy import OUT_OF_SCOPE

OK, UNCERTAIN = "ok", "uncertain"


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of held-out scores."""
    from scipy.optimize import minimize_scalar  # training only: loading a model does without it

    def nll(t):
        p = softmax(logits, t)
        return -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))
    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


class CrossValidated(NamedTuple):
    """What the thresholds are chosen from, one entry per training text: the out-of-scope
    probability, the similarity to the closest in-scope vignette of the other folds, whether
    the text is in scope, and the decoded pair's confidence and correctness."""

    p_out_of_scope: np.ndarray
    similarity: np.ndarray
    gold_in_scope: np.ndarray
    pair_confidence: np.ndarray
    pair_correct: np.ndarray


def _out_of_scope_threshold(cv: CrossValidated, max_flagged: float) -> float:
    """The lowest threshold that flags at most the allowed share of in-scope texts (lower
    threshold = more out-of-scope texts caught)."""
    flagged_scores = cv.p_out_of_scope[cv.gold_in_scope]
    for tau in np.arange(0.05, 0.951, 0.01):
        if np.mean(flagged_scores >= tau) <= max_flagged:
            return float(round(tau, 2))
    return 0.5


def _min_pair_confidence(conf: np.ndarray, correct: np.ndarray, cfg: dict[str, Any]) -> float:
    """The lowest level at which the predictions kept as "ok" reach the target accuracy,
    without sending more than the allowed share to review."""
    min_conf = 0.0
    for tau in np.unique(np.round(conf, 3)) if len(conf) else ():
        ok = conf >= tau
        if np.mean(~ok) > cfg["max_uncertain_share"]:
            break
        min_conf = float(tau)
        if ok.any() and correct[ok].mean() >= cfg["ok_accuracy_target"]:
            break
    return min_conf


def choose_thresholds(cv: CrossValidated, cfg: dict[str, Any]) -> dict[str, float]:
    """The four thresholds of :func:`status`, from cross-validated predictions."""
    tau_oos = _out_of_scope_threshold(cv, cfg["max_in_scope_flagged_by_classifier"])
    sim_in = cv.similarity[cv.gold_in_scope]
    review_sim = float(np.quantile(sim_in, cfg["review_similarity_quantile"])) if len(sim_in) else 0.0
    out_sim = min(cfg["out_of_scope_max_similarity"],
                  float(np.quantile(sim_in, cfg["out_of_scope_similarity_quantile"])) if len(sim_in) else 0.0)
    kept = cv.gold_in_scope & (cv.p_out_of_scope < tau_oos) & (cv.similarity >= review_sim)
    min_conf = _min_pair_confidence(cv.pair_confidence[kept], cv.pair_correct[kept], cfg)
    return {"out_of_scope_probability": tau_oos, "out_of_scope_below_similarity": round(out_sim, 4),
            "review_below_similarity": round(review_sim, 4), "min_pair_confidence": round(min_conf, 3)}


class TextSupport(NamedTuple):
    """What a text gives the model to go on: its content words (envelope, stop words and
    placeholders left out), how many of them the model has seen in training, and the foreign
    language it is written in, if any."""

    content_words: int
    known_words: int
    foreign: str | None = None


def too_little_text(support: TextSupport, thresholds: dict[str, float]) -> bool:
    """Fewer known content words than the minimum, or a short text whose words are mostly
    unknown to the model ("zzzz anak zzzz"): any answer would be a guess."""
    known, content = support.known_words, support.content_words
    if known < thresholds.get("min_known_words", 2):
        return True
    short = known < thresholds.get("short_below_known_words", 4)
    return short and content > 0 and 1 - known / content > thresholds.get("max_unknown_share_when_short", 0.5)


def resembles_welfare_case(thresholds: dict[str, float], p_out_of_scope: float, similarity: float) -> bool:
    """A text the out-of-scope probability flags only moderately, whose own words are close to
    an in-scope vignette of the corpus. The similarity uses the text's words alone; the
    probability also carries the class biases and the deployment prior (half of real intake
    is out of scope), which decide when a text is short or form-like ("apakah sudah masuk
    DTKS", an ODGJ seen in an RW). Such a text goes to the officer, not away. Both numbers
    are chosen on real text (``keep_above_similarity``, ``keep_below_out_of_scope_probability``
    in model_config.json); without them no text is kept."""
    return (similarity >= thresholds.get("keep_above_similarity", float("inf"))
            and p_out_of_scope < thresholds.get("keep_below_out_of_scope_probability", 0.0))


def status(thresholds: dict[str, float], p_out_of_scope: float, similarity: float,
           pair_confidence: float, support: TextSupport | None = None) -> tuple[str, str]:
    """(status, reason) of one prediction. A foreign text is out of scope for its language,
    not its content; a text with too little content is for the officer to ask about."""
    if support is not None and support.foreign:
        return OUT_OF_SCOPE, "language_not_supported"
    if p_out_of_scope >= thresholds["out_of_scope_probability"]:
        if not resembles_welfare_case(thresholds, p_out_of_scope, similarity):
            return OUT_OF_SCOPE, "not_a_welfare_problem"
        if support is not None and too_little_text(support, thresholds):
            return UNCERTAIN, "too_little_text"
        return UNCERTAIN, "resembles_welfare_case"
    if support is not None and too_little_text(support, thresholds):
        return UNCERTAIN, "too_little_text"
    if similarity < thresholds["out_of_scope_below_similarity"]:
        return OUT_OF_SCOPE, "far_from_every_known_case"
    if similarity < thresholds["review_below_similarity"]:
        return UNCERTAIN, "unlike_known_cases"
    if pair_confidence < thresholds["min_pair_confidence"]:
        return UNCERTAIN, "low_confidence"
    return OK, "confident"
