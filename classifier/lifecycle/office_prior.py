"""An office's own class mix, estimated from its unlabelled intake and kept with a model version.

``intervensi priors estimate --input INTAKE.jsonl`` scores the texts with a model version
(under the mix it was trained on), estimates the mix of those texts by EM
(:func:`classifier.model.priors.estimate_prior`, Saerens, Latinne & Decaestecker 2002) and
writes ``prior.json`` into the version's folder. Whenever that version is loaded, the
estimate replaces the config's ``deployment.prior``: an office adapts the model to its
intake without labelling anything. ``prior.json`` is not part of the SHA-256 manifest (it
is written after training); it is checked on load instead, and a bad one is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from classifier.errors import IntervensiError
from classifier.jsonl import write_json_atomic
from classifier.model.priors import estimate_prior

PRIOR_FILE = "prior.json"
MIN_TEXTS = 50
BATCH = 512


class PriorError(IntervensiError, ValueError):
    """An office prior cannot be estimated or loaded."""


def reference_posteriors(model, texts: list[str]) -> np.ndarray:
    """Calibrated class probabilities under the training mix (no deployment prior)."""
    rows = []
    for i in range(0, len(texts), BATCH):
        _, _, logits = model.analyse(texts[i:i + BATCH])
        rows.append(model.distributions(logits, deployment=False)[0])
    return np.vstack(rows)


def estimate(model, texts: Iterable[str]) -> dict[str, Any]:
    """The EM estimate of the class mix of ``texts``, as stored in ``prior.json``."""
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    if len(texts) < MIN_TEXTS:
        raise PriorError(f"{len(texts)} usable texts; at least {MIN_TEXTS} are needed for a stable estimate "
                         "(a month of intake is a good sample)")
    result = estimate_prior(reference_posteriors(model, texts), model.reference_prior)
    return {"prior": {c: round(float(p), 5) for c, p in zip(model.classes_, result.prior)},
            "texts": len(texts), "iterations": result.iterations, "converged": result.converged,
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "method": "EM (Saerens, Latinne & Decaestecker 2002) over calibrated scores"}


def save(folder: Path, data: dict[str, Any]) -> Path:
    path = Path(folder) / PRIOR_FILE
    write_json_atomic(path, data)
    return path


def apply_stored(folder: Path, model) -> None:
    """Set ``model.prior_`` from the version's ``prior.json`` when there is one."""
    path = Path(folder) / PRIOR_FILE
    if not path.exists():
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        prior = np.array([float(data["prior"][c]) for c in model.classes_])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PriorError(f"{path}: not a usable office prior ({type(exc).__name__}); delete it or run "
                         "`intervensi priors estimate` again") from exc
    if not np.all(np.isfinite(prior)) or prior.min() <= 0 or abs(prior.sum() - 1) > 1e-3:
        raise PriorError(f"{path}: the prior must be positive and sum to 1; run `intervensi priors estimate` again")
    model.prior_ = prior / prior.sum()
