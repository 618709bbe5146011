"""Compare two model versions on the same texts, and the promotion gate.

The fixed held-out split is the corpus's ``split: test`` vignettes: the same texts for
every version, never trained on by any of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from classifier.lifecycle import corpus, evaluation
from classifier.taxonomy import OUT_OF_SCOPE, pair_key

GATE_MAX_LOSS = 0.02
GATE_METRICS = (("level", "macro_f1"), ("method", "macro_f1"), ("out_of_scope", "recall"))


def held_out(corpus_dir: Path | str = "corpus") -> list[corpus.Vignette]:
    read = corpus.read(corpus_dir)
    return [v for v in read.vignettes if v["split"] == "test"]


def labelled_file(path: Path | str) -> list[corpus.Vignette]:
    return corpus.read_labelled(path).vignettes


def _key(pred) -> str:
    return OUT_OF_SCOPE if pred.status == OUT_OF_SCOPE else pair_key(pred.level, pred.method)


def compare(model_a, model_b, records: list[corpus.Vignette], name: str, deployment: bool = True) -> dict[str, Any]:
    """Both models' metrics on ``records``, per class, and the texts whose answer changed.
    The corpus's held-out split is compared under the training mix (``deployment=False``)."""
    texts = [v["text"] for v in records]
    pa, pb = model_a.predict(texts, deployment=deployment), model_b.predict(texts, deployment=deployment)
    ma, mb = evaluation.evaluate(records, pa), evaluation.evaluate(records, pb)
    changed = []
    for v, a, b in zip(records, pa, pb):
        if _key(a) != _key(b) or a.status != b.status:
            changed.append({"id": v["id"], "text": v["text"], "gold": v.pair,
                            "a": {"status": a.status, "pair": _key(a), "confidence": a.pair_confidence},
                            "b": {"status": b.status, "pair": _key(b), "confidence": b.pair_confidence}})
    return {"name": name, "n": len(records), "a": ma, "b": mb, "changed": changed}


def gate(candidate: dict[str, Any], current: dict[str, Any], max_loss: float = GATE_MAX_LOSS) -> list[str]:
    """Reasons the candidate may not replace the current default (empty when it may)."""
    reasons = []
    for part, metric in GATE_METRICS:
        new, old = candidate[part][metric], current[part][metric]
        if new is None or old is None:
            continue
        if new < old - max_loss:
            reasons.append(f"{part} {metric} falls from {old:.4f} to {new:.4f} (more than {max_loss} lost)")
    return reasons
