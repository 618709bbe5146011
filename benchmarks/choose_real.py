"""Choose the deployment numbers of the model on the realpool `tune` split, and print them.

    .venv/bin/python benchmarks/choose_real.py [--models-dir models] [--version V] [--min-recall 0.9]

The model is trained on the corpus alone; what is chosen here are numbers only (the
deployment prior's out-of-scope share, its reference mix, the calibration temperature and
the out-of-scope threshold; then, at the config's prior and temperature, the threshold
together with the keep rule of calibration.resembles_welfare_case), by measurement on the 800 `tune` texts of
../shared/realpool/dev-labels.jsonl. The scores of the texts are computed once; each
setting is then applied to them, as `InterventionModel.distributions` would. The best
setting (highest level accuracy with out-of-scope recall >= --min-recall) is printed with
the lines to put in classifier/data/model_config.json. The `test` split is never read.
Exits 0 with a message when the realpool folder is absent.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
REALPOOL = Path(os.environ.get("INTERVENSI_REALPOOL") or ROOT.parent / "shared" / "realpool")
KEEP = ("keep_above_similarity", "keep_below_out_of_scope_probability")


def tune_rows() -> list[dict]:
    with (REALPOOL / "dev-labels.jsonl").open(encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if r["split"] == "tune"]


def score(rows, preds) -> dict:
    ins = [(r, p) for r, p in zip(rows, preds) if r["label"] == "in_scope"]
    out = [(r, p) for r, p in zip(rows, preds) if r["label"] != "in_scope"]
    kept = [(r, p) for r, p in ins if p.status != "out_of_scope"]
    return {"level": sum(p.level == r["level"] for r, p in kept) / len(ins),
            "pair": sum(p.level == r["level"] and p.method == r["method"] for r, p in kept) / len(ins),
            "oos_recall": sum(p.status == "out_of_scope" for _, p in out) / len(out),
            "flagged": 1 - len(kept) / len(ins),
            "uncertain": sum(p.status == "uncertain" for p in preds) / len(preds)}


def nll(model, logits, rows) -> float:
    probs, _ = model.distributions(logits)
    idx = [model.classes_.index("out_of_scope" if r["label"] != "in_scope" else f"{r['level']}/{r['method']}")
           for r in rows]
    return float(-np.mean(np.log(probs[np.arange(len(rows)), idx] + 1e-12)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models-dir", default=str(ROOT / "models"))
    ap.add_argument("--version")
    ap.add_argument("--min-recall", type=float, default=0.90)
    args = ap.parse_args()
    if not (REALPOOL / "dev-labels.jsonl").exists():
        print(f"realpool not found at {REALPOOL}: nothing to choose (set INTERVENSI_REALPOOL)")
        return 0
    from classifier.lifecycle.registry import Registry

    registry = Registry(args.models_dir)
    model = registry.load(args.version or registry.default_version())
    rows = tune_rows()
    docs, features, logits = model.analyse([r["text"] for r in rows])
    sims, _ = model.similarity(features)
    base_cfg, base_t = copy.deepcopy(model.config), model.temperature_
    keep = {k: model.thresholds_.pop(k) for k in KEEP if k in model.thresholds_}  # first without the keep rule
    results = []
    for share, reference, t_scale in itertools.product((None, 0.5, 0.65, 0.8), ("corpus", "uniform"),
                                                      (1.0, 1.5, 2.0)):
        if share is None and reference == "uniform":
            continue
        cfg = copy.deepcopy(base_cfg)
        if share is None:
            cfg["deployment"] = {}
        else:
            prior = dict(base_cfg["deployment"]["prior"])
            in_total = sum(v for k, v in prior.items() if k != "out_of_scope") + base_cfg["deployment"]["other_pairs"]
            scale = (1 - share) / in_total
            cfg["deployment"] = {"prior": {k: (share if k == "out_of_scope" else v * scale) for k, v in prior.items()},
                                 "other_pairs": base_cfg["deployment"]["other_pairs"] * scale, "reference": reference}
        model.config, model.temperature_ = cfg, base_t * t_scale
        model.prior_ = model._config_prior()
        fit = nll(model, logits, rows)
        for tau in np.arange(0.20, 0.96, 0.01):
            model.thresholds_["out_of_scope_probability"] = round(float(tau), 2)
            s = score(rows, model.predictions_from(logits, sims, docs=docs))
            results.append({"oos_share": share, "reference": reference, "temperature": round(base_t * t_scale, 4),
                            "nll": round(fit, 4), "threshold": round(float(tau), 2), **{k: round(v, 3) for k, v in s.items()}})
    feasible = [r for r in results if r["oos_recall"] >= args.min_recall]
    for label, pick in (("without a prior", [r for r in feasible if r["oos_share"] is None]), ("best", feasible)):
        if pick:
            best = max(pick, key=lambda r: (r["level"], -r["flagged"]))
            print(f"{label}: {json.dumps(best)}")
    by_setting = {}
    for r in feasible:
        k = (r["oos_share"], r["reference"], r["temperature"])
        if k not in by_setting or r["level"] > by_setting[k]["level"]:
            by_setting[k] = r
    print("\nbest threshold per setting (recall >= %.2f):" % args.min_recall)
    for r in sorted(by_setting.values(), key=lambda r: -r["level"]):
        print(json.dumps(r))
    print(f"\nkeep rule (config now: {json.dumps(keep)}), at the config's prior and temperature:")
    choose_keep(model, base_cfg, base_t, rows, logits, sims, docs, args.min_recall)
    return 0


def choose_keep(model, cfg, temperature, rows, logits, sims, docs, min_recall) -> None:
    """The out-of-scope threshold chosen together with the keep rule of
    calibration.resembles_welfare_case (similarity to an in-scope vignette at least s and
    out-of-scope probability below p: uncertain, not out of scope). Rule: highest level
    accuracy with recall >= min_recall, then fewest welfare texts flagged; among the ties,
    the threshold and p of the first and the median similarity of the tied ones (the middle
    of the plateau, not its edge)."""
    model.config, model.temperature_ = cfg, temperature
    model.prior_ = model._config_prior()
    results = []
    for tau in np.arange(0.55, 0.651, 0.01):
        for p_max in np.arange(0.65, 0.951, 0.05):
            for sim in np.arange(0.15, 0.451, 0.01):
                model.thresholds_.update({"out_of_scope_probability": round(float(tau), 2),
                                          "keep_above_similarity": round(float(sim), 2),
                                          "keep_below_out_of_scope_probability": round(float(p_max), 2)})
                s = score(rows, model.predictions_from(logits, sims, docs=docs))
                results.append({"threshold": round(float(tau), 2), "keep_above_similarity": round(float(sim), 2),
                                "keep_below_out_of_scope_probability": round(float(p_max), 2),
                                **{k: round(v, 3) for k, v in s.items()}})
    feasible = [r for r in results if r["oos_recall"] >= min_recall]
    if not feasible:
        print("no setting reaches the recall")
        return
    key = lambda r: (r["level"], -r["flagged"])
    top = max(map(key, feasible))
    ties = [r for r in feasible if key(r) == top]
    first = ties[0]
    same = sorted(r["keep_above_similarity"] for r in ties if r["threshold"] == first["threshold"]
                  and r["keep_below_out_of_scope_probability"] == first["keep_below_out_of_scope_probability"])
    best = dict(first, keep_above_similarity=same[len(same) // 2])
    print(f"{len(ties)} tied settings; similarity plateau {same[0]}-{same[-1]}")
    print(f"best: {json.dumps(best)}")


if __name__ == "__main__":
    sys.exit(main())
