"""Text the process has never seen: cold real text, random words, memory over time.

Each figure is printed beside the reference Sastrawi usage (one stemmer,
``stem(document)``) measured in the same run on the same texts.

1. corpus text, warm: ``analyse_texts`` vs the reference, in process;
2. unseen real text, cold: 3,000 texts of ``../shared/realpool/texts/*.jsonl`` (a fixed
   sample; skipped with a message when the folder is absent), each run in a fresh
   process: the reference, ``analyse_texts``, and ``intervensi predict`` (start-up
   included, and start-up subtracted as measured on a one-line input);
3. RSS of one process after 1,000 and 3,000 requests of random-letter words
   (``predict`` + ``explain`` of one text of 100 words per request, as the service does);
4. RSS of one long ``intervensi predict`` run on generated lines of unseen words, sampled
   every 10 s (flat once the bounded caches are full).

    .venv/bin/python benchmarks/unseen.py [--models models] [--texts 3000] [--rounds 3]
        [--big-lines 1000000] [--skip-big]

The real texts are read from the pool and written only to a temporary folder; nothing
of them is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "realpool" / "texts"
sys.path.insert(0, str(ROOT))

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def random_words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 11))) for _ in range(n)]


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return texts


def real_sample(n: int) -> list[str] | None:
    files = sorted(POOL.glob("*.jsonl")) if POOL.is_dir() else []
    texts = [json.loads(line)["text"] for path in files for line in path.open(encoding="utf-8") if line.strip()]
    if not texts:
        return None
    return random.Random(20261202).sample(texts, min(n, len(texts)))


def python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    return out.stdout


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of a command, from ``/usr/bin/time``."""
    t0 = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    return seconds, int(out.stderr.strip().splitlines()[-1]) / 1024


COLD_REFERENCE = """import json, time
t0 = time.perf_counter()
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
texts = json.load(open({path!r}, encoding="utf-8"))
t1 = time.perf_counter()
stemmer = StemmerFactory().create_stemmer()
[stemmer.stem(t) for t in texts]
print(time.perf_counter() - t1, time.perf_counter() - t0)
"""

COLD_PIPELINE = """import json, time
t0 = time.perf_counter()
from classifier.text.language import analyse_texts
texts = json.load(open({path!r}, encoding="utf-8"))
t1 = time.perf_counter()
for i in range(0, len(texts), 256):
    analyse_texts(texts[i:i + 256])
print(time.perf_counter() - t1, time.perf_counter() - t0)
"""


def cold_real(texts: list[str], models: Path, rounds: int, tmp: Path) -> None:
    path = tmp / "real.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    src, one, out = tmp / "real.jsonl", tmp / "one.jsonl", tmp / "out.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    one.write_text(json.dumps({"id": 0, "text": "Anak saya belum dapat bantuan PKH"}) + "\n", encoding="utf-8")
    predict = [sys.executable, "-m", "classifier", "predict", "--models", str(models), "--output", str(out), "--input"]
    runs: dict[str, list] = {"ref": [], "pipe": [], "predict": [], "startup": []}
    for _ in range(rounds):
        runs["ref"].append([float(x) for x in python(COLD_REFERENCE.format(path=str(path))).split()])
        runs["pipe"].append([float(x) for x in python(COLD_PIPELINE.format(path=str(path))).split()])
        runs["startup"].append(timed(predict + [str(one)])[0])
        runs["predict"].append(timed(predict + [str(src)])[0])
    n = len(texts)
    ref_work = statistics.median(r[0] for r in runs["ref"])
    ref_all = statistics.median(r[1] for r in runs["ref"])
    pipe_work = statistics.median(r[0] for r in runs["pipe"])
    pipe_all = statistics.median(r[1] for r in runs["pipe"])
    pred_all = statistics.median(runs["predict"])
    startup = statistics.median(runs["startup"])
    print(f"\nunseen real text, cold (fresh process each), {n:,} texts of the pool, "
          f"median of {rounds}:")
    print(f"  reference Sastrawi stem(doc)          {n / ref_work:>7,.0f} docs/s  "
          f"({ref_all:.2f} s with import)")
    print(f"  pipeline analyse_texts                {n / pipe_work:>7,.0f} docs/s  "
          f"({pipe_all:.2f} s with import)   ratio {ref_work / pipe_work:.2f}")
    print(f"  `intervensi predict`, start-up incl.  {n / pred_all:>7,.0f} docs/s  ({pred_all:.2f} s)"
          f"   ratio to reference with import {ref_all / pred_all:.2f}  (target >= 0.5)")
    print(f"  `intervensi predict`, minus start-up  {n / (pred_all - startup):>7,.0f} docs/s  "
          f"(start-up {startup:.2f} s on a one-line input)   ratio {ref_work / (pred_all - startup):.2f}")


def warm_corpus(rounds: int) -> None:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from classifier.text.language import analyse_texts

    docs = corpus_texts()
    reference = StemmerFactory().create_stemmer()
    rates = {}
    for name, fn in (("reference Sastrawi stem(doc)", lambda: [reference.stem(d) for d in docs]),
                     ("pipeline analyse_texts", lambda: analyse_texts(docs))):
        fn()
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        rates[name] = len(docs) / statistics.median(times)
    print(f"corpus text, warm, {len(docs):,} texts, median of {rounds}:")
    for name, rate in rates.items():
        print(f"  {name:36s} {rate:>7,.0f} docs/s")
    print(f"  ratio {rates['pipeline analyse_texts'] / rates['reference Sastrawi stem(doc)']:.2f}")


RANDOM_REQUESTS = """import random, time
from classifier.lifecycle.registry import Registry
from classifier.model.explain import Explainer
def rss():
    return int([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]) / 1024
model = Registry({models!r}).load()
explainer = Explainer(model)
rng = random.Random(5)
letters = "abcdefghijklmnopqrstuvwxyz"
marks = {{}}
t0 = time.perf_counter()
for i in range(1, 3001):
    text = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(100))
    model.predict([text])
    explainer.explain(text)
    if i in (1000, 2000, 3000):
        marks[i] = rss()
print(marks[1000], marks[2000], marks[3000], time.perf_counter() - t0)
"""


def random_requests(models: Path) -> None:
    r1, r2, r3, seconds = map(float, python(RANDOM_REQUESTS.format(models=str(models))).split())
    growth = r3 - r1
    ok = growth <= max(0.10 * r1, 16)
    print(f"\nRSS of one process, requests of 100 random-letter words (predict + explain), {seconds:.0f} s:")
    print(f"  after 1,000: {r1:.0f} MB, 2,000: {r2:.0f} MB, 3,000: {r3:.0f} MB; "
          f"growth 1,000 -> 3,000: {growth:+.1f} MB ({'within' if ok else 'OVER'} 10% / +16 MB)")


def generated_lines(path: Path, n: int, seed: int, corpus: list[str]) -> None:
    """Lines of 4 unseen random words among about 10 words of corpus text."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            words = rng.choice(corpus).split()[:10] + random_words(rng, 4)
            rng.shuffle(words)
            fh.write(json.dumps({"id": i, "text": " ".join(words)}) + "\n")


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return 0


def rss_over_time(cmd: list[str], out: Path, n: int, every: float = 10.0) -> tuple[float, list[tuple[int, float]]]:
    """Run ``cmd``; every ``every`` seconds note (lines written, RSS). Returns the wall time
    and the samples."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    while proc.poll() is None:
        time.sleep(every)
        samples.append((_lines(out), _rss_mb(proc.pid)))
    if proc.returncode:
        raise SystemExit(proc.stderr.read().decode()[-2000:])
    return time.perf_counter() - t0, [s for s in samples if s[1]]


def peak_rss(models: Path, big: int, tmp: Path) -> None:
    """RSS of `intervensi predict` over one long run: flat once the bounded caches are full."""
    corpus = corpus_texts()
    print(f"\nRSS of `intervensi predict` over {big:,} generated lines (about 10 corpus words + 4 unseen "
          f"random words each), sampled every 10 s:")
    src, out = tmp / f"gen{big}.jsonl", tmp / "out.jsonl"
    generated_lines(src, big, 2, corpus)
    seconds, samples = rss_over_time([sys.executable, "-m", "classifier", "predict", "--models", str(models),
                                      "--input", str(src), "--output", str(out)], out, big)
    print(f"  {big:,} lines in {seconds:.0f} s ({big / seconds:,.0f} lines/s)")
    shown = set()
    for step in range(1, 11):  # the sample nearest each tenth of the run
        mark = big * step // 10
        lines, rss = min(samples, key=lambda s: abs(s[0] - mark))
        if lines not in shown:
            shown.add(lines)
            print(f"  {lines:>9,} lines written: RSS {rss:.0f} MB")
    half = [rss for lines, rss in samples if lines >= big // 2]
    first = [rss for lines, rss in samples if big // 10 <= lines < big // 2]
    if half and first:
        print(f"  peak over the first half (after 10%): {max(first):.0f} MB; over the second half: {max(half):.0f} MB "
              f"({max(half) - max(first):+.0f} MB)")
    src.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=ROOT / "models")
    parser.add_argument("--texts", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big-lines", type=int, default=1_000_000)
    parser.add_argument("--skip-big", action="store_true", help="skip the peak-RSS runs")
    parser.add_argument("--only", choices=("warm", "cold", "requests", "peak"), help="one part only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="intervensi-unseen-") as name:
        tmp = Path(name)
        if args.only in (None, "warm"):
            warm_corpus(max(args.rounds, 5))
        if args.only in (None, "cold"):
            texts = real_sample(args.texts)
            if texts is None:
                print(f"\nunseen real text: skipped, no texts in {POOL}")
            else:
                cold_real(texts, args.models, args.rounds, tmp)
        if args.only in (None, "requests"):
            random_requests(args.models)
        if args.only in (None, "peak") and not args.skip_big:
            peak_rss(args.models, args.big_lines, tmp)


if __name__ == "__main__":
    main()
