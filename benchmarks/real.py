"""Score a model on the labelled real complaints of ../shared/realpool (the dev yardstick).

    .venv/bin/python benchmarks/real.py [--split test|tune|all] [--models-dir models]
                                        [--version VERSION] [--format text|json] [--jobs N]

Runs `intervensi predict` on the labelled texts (written to a temporary JSONL of
{id, text}; nothing is stored in the project) and scores the predictions, overall and per
source:

- level accuracy: a welfare text counts as right only if it is not flagged out of scope
  and its level matches (as `score_dev.py` does); pair accuracy likewise;
- out-of-scope recall, and the share of welfare texts flagged out of scope;
- the share of `uncertain` predictions among all texts;
- pair macro-F1 over the five pairs that dominate real intake (see COMMON_PAIRS);
- expected calibration error (10 equal-width bins) of `pair_confidence` (correct = the
  pair is right, among texts predicted in scope) and of `out_of_scope_probability`
  (against the gold out-of-scope rate), with a reliability table.

The model card's held-out figures (simulated corpus) are printed beside them.
Report `--split test` as "real complaints from other regions"; `tune` is for choosing
numbers and studying errors. The realpool folder is found at ../shared/realpool next to
the project (or $INTERVENSI_REALPOOL); when it is absent the script says so and exits 0.
Uses only the `intervensi` command line, so it does not depend on the package layout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALPOOL = Path(os.environ.get("INTERVENSI_REALPOOL") or ROOT.parent / "shared" / "realpool")
COMMON_PAIRS = (
    "mikro/individual_casework",
    "mezzo/mpok",
    "makro/social_legislation",
    "mezzo/community_action",
    "makro/social_policy",
)
OUT = "out_of_scope"


def progress(message: str) -> None:
    """Progress goes to stderr, and only when a person is watching."""
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def intervensi_command() -> list[str]:
    """The `intervensi` executable: next to this Python, in the project's venv, or on PATH."""
    for candidate in (Path(sys.executable).parent / "intervensi", ROOT / ".venv" / "bin" / "intervensi"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("intervensi")
    if found:
        return [found]
    raise SystemExit("the `intervensi` command was not found; install the project (pip install -e .)")


# ----------------------------------------------------------------------------- model and card


def model_info(cli: list[str], models_dir: Path, version: str | None) -> dict:
    """Version, headline and held-out figures of the model that will be scored."""
    listed = subprocess.run(cli + ["models", "list", "--models", str(models_dir), "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True)
    versions = []
    if listed.returncode == 0:
        try:
            versions = json.loads(listed.stdout)
        except json.JSONDecodeError:
            versions = []
    if version is None:
        version = next((v["version"] for v in versions if v.get("default")), None)
    if version is None:
        return {}
    entry = next((v for v in versions if v.get("version") == version), {})
    card_path = models_dir / version / "card.json"
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    return {"version": version, "headline": entry.get("headline") or card.get("headline") or {},
            "card": card, "card_path": str(card_path) if card else None}


def card_figures(card: dict) -> dict | None:
    """The card's held-out figures, named like ours (None where the card has no such figure)."""
    held = card.get("held_out")
    if not held:
        return None
    pair = held.get("pair", {})
    per_class = pair.get("per_class", {})
    common = [per_class[p]["f1"] for p in COMMON_PAIRS if p in per_class]
    oos = held.get("out_of_scope", {})
    return {
        "n": held.get("n"),
        "n_welfare": held.get("n_in_scope"),
        "n_out_of_scope": held.get("n_out_of_scope"),
        "level_accuracy": held.get("level", {}).get("accuracy"),
        "pair_accuracy": pair.get("accuracy"),
        "out_of_scope_recall": oos.get("recall"),
        "welfare_flagged": oos.get("false_flag_rate"),
        "uncertain_share": held.get("status_share", {}).get("uncertain"),
        "pair_macro_f1_common": round(sum(common) / len(common), 4) if len(common) == len(COMMON_PAIRS) else None,
        "pair_macro_f1_all": pair.get("macro_f1"),
    }


# ----------------------------------------------------------------------------- scoring


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def flagged(p: dict | None) -> bool:
    """Missing or failed predictions count as flagged out of scope (as score_dev.py does)."""
    return p is None or p.get("status") not in ("ok", "uncertain")


def predicted_pair(p: dict | None) -> str:
    return OUT if flagged(p) else f"{p.get('level')}/{p.get('method')}"


def gold_pair(g: dict) -> str:
    return OUT if g["label"] == OUT else f"{g['level']}/{g['method']}"


def score(gold: list[dict], pred: dict[str, dict]) -> dict:
    ins = [g for g in gold if g["label"] != OUT]
    oos = [g for g in gold if g["label"] == OUT]
    level_right = sum(1 for g in ins if not flagged(pred.get(g["id"])) and pred[g["id"]].get("level") == g["level"])
    pair_right = sum(1 for g in ins if predicted_pair(pred.get(g["id"])) == gold_pair(g))
    f1s = {}
    for pair in COMMON_PAIRS:
        tp = sum(1 for g in gold if gold_pair(g) == pair and predicted_pair(pred.get(g["id"])) == pair)
        support = sum(1 for g in gold if gold_pair(g) == pair)
        predicted = sum(1 for g in gold if predicted_pair(pred.get(g["id"])) == pair)
        if support or predicted:  # a pair neither present nor predicted has no F1
            f1s[pair] = round(2 * tp / (support + predicted), 4)
    return {
        "n": len(gold),
        "n_welfare": len(ins),
        "n_out_of_scope": len(oos),
        "level_accuracy": _ratio(level_right, len(ins)),
        "pair_accuracy": _ratio(pair_right, len(ins)),
        "out_of_scope_recall": _ratio(sum(1 for g in oos if flagged(pred.get(g["id"]))), len(oos)),
        "welfare_flagged": _ratio(sum(1 for g in ins if flagged(pred.get(g["id"]))), len(ins)),
        "uncertain_share": _ratio(sum(1 for g in gold if (pred.get(g["id"]) or {}).get("status") == "uncertain"), len(gold)),
        "pair_macro_f1_common": round(sum(f1s.values()) / len(f1s), 4) if f1s else None,
        "pair_f1": f1s,
        "missing": sum(1 for g in gold if g["id"] not in pred or pred[g["id"]].get("status") is None),
    }


def reliability(confidences: list[float], outcomes: list[bool], bins: int = 10) -> dict:
    """Equal-width bins over [0, 1]: count, mean confidence, observed rate; and the ECE."""
    rows, ece, n = [], 0.0, len(confidences)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if (lo <= c < hi) or (b == bins - 1 and c == hi)]
        if not members:
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0, "confidence": None, "observed": None})
            continue
        conf = sum(confidences[i] for i in members) / len(members)
        rate = sum(1 for i in members if outcomes[i]) / len(members)
        ece += len(members) / n * abs(conf - rate)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(members), "confidence": round(conf, 4), "observed": round(rate, 4)})
    return {"n": n, "ece": round(ece, 4) if n else None, "bins": rows}


def calibration(gold: list[dict], pred: dict[str, dict], bins: int) -> dict:
    pair_conf, pair_ok, oos_p, oos_gold = [], [], [], []
    for g in gold:
        p = pred.get(g["id"])
        if p is None:
            continue
        if not flagged(p) and isinstance(p.get("pair_confidence"), (int, float)):
            pair_conf.append(float(p["pair_confidence"]))
            pair_ok.append(predicted_pair(p) == gold_pair(g))
        if isinstance(p.get("out_of_scope_probability"), (int, float)):
            oos_p.append(float(p["out_of_scope_probability"]))
            oos_gold.append(g["label"] == OUT)
    out = {"pair_confidence": reliability(pair_conf, pair_ok, bins)}
    if oos_p:
        out["out_of_scope_probability"] = reliability(oos_p, oos_gold, bins)
    return out


# ----------------------------------------------------------------------------- output


def fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


COLUMNS = (("n", "n"), ("welfare", "n_welfare"), ("level acc", "level_accuracy"), ("pair acc", "pair_accuracy"),
           ("oos rec", "out_of_scope_recall"), ("wlf flagged", "welfare_flagged"),
           ("uncertain", "uncertain_share"), ("pair F1(5)", "pair_macro_f1_common"))


def print_text(report: dict) -> None:
    print(f"real complaints, split {report['split']}: model {report['model']['version']} "
          f"({report['models_dir']})")
    print(f"{'':30}" + "".join(f"{head:>12}" for head, _ in COLUMNS))
    rows = [("all sources", report["overall"])] + [(s, m) for s, m in report["per_source"].items()]
    if report.get("card_held_out"):
        rows.append(("card: held-out (simulated)", report["card_held_out"]))
    for name, m in rows:
        print(f"{name[:29]:30}" + "".join(f"{fmt(m.get(key)):>12}" for _, key in COLUMNS))
    print("\nlevel/pair acc: share of welfare texts, a flagged one counting as wrong; "
          "pair F1(5): macro-F1 over " + ", ".join(COMMON_PAIRS) + " (per source: over the pairs present or predicted)")
    print("\npair F1 per common pair (all sources): "
          + "  ".join(f"{p} {fmt(f)}" for p, f in report["overall"]["pair_f1"].items()))
    if report["overall"]["missing"]:
        print(f"missing or failed predictions: {report['overall']['missing']} (counted as flagged)")

    cal = report["calibration"]
    print(f"\ncalibration ({report['bins']} equal-width bins)")
    print(f"  pair_confidence, texts predicted in scope (correct = pair right): n {cal['pair_confidence']['n']}, "
          f"ECE {fmt(cal['pair_confidence']['ece'])}")
    if "out_of_scope_probability" in cal:
        print(f"  out_of_scope_probability, all texts (observed = gold out of scope): "
              f"n {cal['out_of_scope_probability']['n']}, ECE {fmt(cal['out_of_scope_probability']['ece'])}")
    print(f"\n  {'bin':>9} | {'n':>5} {'conf':>7} {'acc':>7} | " + ("{:>5} {:>7} {:>7}".format("n", "p(oos)", "oos rate")
                                                                 if "out_of_scope_probability" in cal else ""))
    for i, row in enumerate(cal["pair_confidence"]["bins"]):
        line = f"  {row['bin']:>9} | {row['n']:>5} {fmt(row['confidence']):>7} {fmt(row['observed']):>7} |"
        if "out_of_scope_probability" in cal:
            o = cal["out_of_scope_probability"]["bins"][i]
            line += f" {o['n']:>5} {fmt(o['confidence']):>7} {fmt(o['observed']):>7}"
        print(line)
    t = report["timing"]
    print(f"\n{t['texts']} texts predicted in {t['seconds']:.1f} s wall-clock with {t['jobs']} job(s), "
          f"model load included: {t['predictions_per_second']:.1f} predictions/s")


# ----------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--models-dir", default=os.environ.get("INTERVENSI_MODELS_DIR") or str(ROOT / "models"))
    parser.add_argument("--version", default=None, help="model version (default: the registry's default)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for `intervensi predict`")
    parser.add_argument("--bins", type=int, default=10, help="calibration bins")
    args = parser.parse_args()

    labels = REALPOOL / "dev-labels.jsonl"
    if not labels.exists():
        print(f"realpool not found at {REALPOOL} (set INTERVENSI_REALPOOL to its folder); "
              "nothing to score: the labelled real complaints are not shipped with the project.")
        return 0
    cli = intervensi_command()
    models_dir = Path(args.models_dir).resolve()
    info = model_info(cli, models_dir, args.version)
    if not info:
        print(f"no default model in {models_dir}; train one with `intervensi train` "
              f"(or pass --models-dir / --version)", file=sys.stderr)
        return 2

    gold = [json.loads(line) for line in labels.open(encoding="utf-8") if line.strip()]
    gold = [g for g in gold if args.split == "all" or g["split"] == args.split]
    progress(f"{len(gold)} labelled texts ({args.split}); model {info['version']}")

    with tempfile.TemporaryDirectory(prefix="intervensi-real-") as tmp:
        src, dst = Path(tmp) / "input.jsonl", Path(tmp) / "predictions.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for g in gold:
                fh.write(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n")
        command = cli + ["predict", "--input", str(src), "--output", str(dst), "--models", str(models_dir),
                         "--model", info["version"], "--jobs", str(args.jobs)]
        progress("running " + " ".join(command[1:2]) + " ...")
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=None if sys.stderr.isatty() else subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            print(f"intervensi predict failed (exit {done.returncode})" + (f":\n{done.stderr}" if done.stderr else ""),
                  file=sys.stderr)
            return done.returncode
        pred = {}
        for line in dst.open(encoding="utf-8"):
            if line.strip():
                p = json.loads(line)
                pred[p.get("id")] = p

    sources = sorted({g["source"] for g in gold}, key=lambda s: -sum(1 for g in gold if g["source"] == s))
    report = {
        "split": args.split,
        "realpool": str(REALPOOL),
        "models_dir": str(models_dir),
        "model": {"version": info["version"], "headline": info["headline"], "card": info["card_path"]},
        "overall": score(gold, pred),
        "per_source": {s: score([g for g in gold if g["source"] == s], pred) for s in sources},
        "card_held_out": card_figures(info["card"]),
        "bins": args.bins,
        "calibration": calibration(gold, pred, args.bins),
        "timing": {"texts": len(gold), "seconds": round(seconds, 2), "jobs": args.jobs,
                   "predictions_per_second": round(len(gold) / seconds, 2) if seconds else None},
    }
    if args.format == "json":
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
