"""Class priors of the deployment mix, and their re-estimation from unlabelled intake.

A classifier trained on a balanced corpus implicitly assumes the corpus's class mix. Real
intake is mostly out of scope, and its welfare part is dominated by a few pairs. Bayes'
rule moves a calibrated posterior from the training mix to another mix:

    p_new(c | x)  ∝  p_train(c | x) * prior_new(c) / prior_train(c)

and when the new mix is unknown, the EM procedure of Saerens, Latinne & Decaestecker
(2002, "Adjusting the outputs of a classifier to new a priori probabilities") estimates it
from unlabelled texts alone: alternately adjust every posterior to the current prior and
take the mean adjusted posterior as the next prior, until it stops moving.

Examples
--------
>>> import numpy as np
>>> post = np.array([[0.9, 0.1], [0.8, 0.2], [0.3, 0.7]])
>>> est = estimate_prior(post, train_prior=np.array([0.5, 0.5]))
>>> bool(est.prior[0] > 0.5), est.converged
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PriorEstimate:
    """The result of :func:`estimate_prior`."""

    prior: np.ndarray
    iterations: int
    converged: bool
    log_likelihood: float


def adjust(posteriors: np.ndarray, train_prior: np.ndarray, new_prior: np.ndarray) -> np.ndarray:
    """Posteriors moved from the training class mix to ``new_prior`` (rows sum to 1)."""
    ratio = np.asarray(new_prior, dtype=np.float64) / np.maximum(np.asarray(train_prior, dtype=np.float64), 1e-12)
    p = np.asarray(posteriors, dtype=np.float64) * ratio
    return p / np.maximum(p.sum(axis=1, keepdims=True), 1e-300)


def estimate_prior(posteriors: np.ndarray, train_prior: np.ndarray, max_iter: int = 200,
                   tol: float = 1e-6, floor: float = 1e-4) -> PriorEstimate:
    """EM estimate of the class mix of the texts whose posteriors are given.

    Parameters
    ----------
    posteriors : array (n_texts, n_classes)
        Calibrated class probabilities under the training mix.
    train_prior : array (n_classes,)
        The class mix the posteriors assume.
    max_iter, tol : stopping rule (largest change of a prior component).
    floor : every class keeps at least this prior, so that no class becomes impossible
        because an office's sample happened not to contain it.
    """
    posteriors = np.asarray(posteriors, dtype=np.float64)
    if posteriors.ndim != 2 or not len(posteriors):
        raise ValueError("posteriors must be a non-empty 2-D array")
    train_prior = np.asarray(train_prior, dtype=np.float64)
    prior = train_prior.copy()
    converged, it, ll = False, 0, float("nan")
    for it in range(1, max_iter + 1):
        ratio = prior / np.maximum(train_prior, 1e-12)
        joint = posteriors * ratio
        norm = np.maximum(joint.sum(axis=1, keepdims=True), 1e-300)
        ll = float(np.log(norm).sum())
        new = np.maximum((joint / norm).mean(axis=0), floor)
        new /= new.sum()
        delta = float(np.abs(new - prior).max())
        prior = new
        if delta < tol:
            converged = True
            break
    return PriorEstimate(prior=prior, iterations=it, converged=converged, log_likelihood=ll)
