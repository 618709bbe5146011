"""Model speed, size and memory: batch prediction on one core and on all cores, one
explained prediction, load time, artifact size, peak RSS, and training time on the corpus
and on the corpus replicated 10 times.

    .venv/bin/python benchmarks/model.py [--models models] [--docs 2000] [--skip-10x]

Uses the registry's default model (trains one into a temporary folder if there is none).
Prints medians; the machines are shared, so compare ratios rather than single runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_texts() -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            texts.append(r["text"])
            labels.append("out_of_scope" if r["label"] == "out_of_scope" else f"{r['level']}/{r['method']}")
    return texts, labels


def run_python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=str(ROOT / "models"))
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-10x", action="store_true", help="skip training on the 10x corpus (a few minutes)")
    args = parser.parse_args()

    from classifier.lifecycle.registry import Registry, RegistryError

    models = Path(args.models)
    try:
        folder = Registry(models).resolve()
    except RegistryError:
        models = Path(tempfile.mkdtemp(prefix="intervensi-bench-"))
        print(f"no default model in {args.models}; training one into {models}")
        from classifier.lifecycle.training import train

        train(ROOT / "corpus", None, models)
        folder = Registry(models).resolve()
    print(f"model {folder.name}")
    size = (folder / "model.pkl").stat().st_size / 1e6
    print(f"artifact size: {size:.1f} MB (target <= 25 MB)")

    hwm = "int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]) / 1024"
    load_code = ("import time\nt0 = time.perf_counter()\nfrom classifier.lifecycle.registry import Registry\n"
                 f"m = Registry({str(models)!r}).load()\nt1 = time.perf_counter()\n"
                 "m.predict(['Anak saya tidak dapat bantuan PKH'])\n"
                 f"print(t1 - t0, time.perf_counter() - t0, {hwm})")
    loads = [list(map(float, run_python(load_code).split())) for _ in range(3)]
    print(f"model load (import + verify + unpickle): median {statistics.median(l[0] for l in loads):.2f} s; "
          f"to first prediction {statistics.median(l[1] for l in loads):.2f} s; "
          f"peak RSS after one prediction {statistics.median(l[2] for l in loads):.0f} MB")

    texts, labels = corpus_texts()
    docs = [texts[i % len(texts)] for i in range(args.docs)]
    words = statistics.median(len(t.split()) for t in docs)
    from classifier.model.explain import Explainer

    model = Registry(models).load()
    model.predict(docs)  # warm: vocabulary and caches
    rates = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        model.predict(docs)
        rates.append(len(docs) / (time.perf_counter() - t0))
    one_core = statistics.median(rates)
    print(f"batch prediction, one core, in process: {one_core:,.0f} docs/s median of {args.rounds} "
          f"({len(docs)} corpus texts, median {words:.0f} words; target >= 2,000)")

    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        n_big = 20 * len(texts)
        with src.open("w", encoding="utf-8") as fh:
            for i in range(n_big):
                fh.write(json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
        timings = {}
        for j in (1, jobs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "classifier", "predict", "--input", str(src), "--output", str(out),
                            "--models", str(models), "--jobs", str(j)], cwd=ROOT, check=True, capture_output=True)
            timings[j] = n_big / (time.perf_counter() - t0)
        print(f"`intervensi predict` on {n_big:,} lines (start-up included): --jobs 1 {timings[1]:,.0f} docs/s, "
              f"--jobs {jobs} {timings[jobs]:,.0f} docs/s (x{timings[jobs] / timings[1]:.2f})")

    explainer = Explainer(model)
    sample = texts[:500]
    for t in sample[:50]:
        explainer.explain(t)
    times = []
    for t in sample:
        t0 = time.perf_counter()
        explainer.explain(t)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"one prediction with full explanation, in process: median {statistics.median(times):.2f} ms, "
          f"p99 {times[int(len(times) * 0.99) - 1]:.2f} ms (target median <= 5 ms)")

    rss = run_python(
        "import json\nfrom classifier.lifecycle.registry import Registry\nfrom classifier.model.explain import Explainer\n"
        f"m = Registry({str(models)!r}).load()\ntexts = []\n"
        "import glob\nfor p in sorted(glob.glob('corpus/*.jsonl')):\n"
        "    texts += [json.loads(l)['text'] for l in open(p, encoding='utf-8')]\n"
        "m.predict(texts)\ne = Explainer(m)\n[e.explain(t) for t in texts[:200]]\n"
        f"print({hwm})")
    print(f"peak RSS, load + predict the corpus + 200 explanations: {float(rss):.0f} MB (target <= 400 MB)")

    from classifier.model.intervention import InterventionModel, load_config

    def fit_seconds(factor: int) -> float:
        t0 = time.perf_counter()
        InterventionModel(load_config()).fit(texts * factor, labels * factor)
        return time.perf_counter() - t0

    base = fit_seconds(1)
    print(f"training (5-fold CV for thresholds + final fit) on {len(texts)} texts: {base:.1f} s")
    if not args.skip_10x:
        big = fit_seconds(10)
        print(f"training on the corpus replicated 10x ({10 * len(texts)} texts): {big:.1f} s (x{big / base:.1f})")


if __name__ == "__main__":
    main()
