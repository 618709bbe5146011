"""Preprocessing throughput, cold start and memory, against the reference Sastrawi usage.

The reference is what Indonesian tutorials show: one Sastrawi stemmer, ``stem(document)``
per document. The pipeline does more (tokens with offsets, slang normalization, masking,
stop flags). Both are measured warm on the same documents (the corpus texts, cycled to at
least 2,000), several rounds, and the medians are printed.

    .venv/bin/python benchmarks/preprocess.py [--docs 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_documents(n: int, corpus: Path) -> list[str]:
    texts = []
    for path in sorted(corpus.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    if not texts:
        seed = (ROOT / "docs/source/seed_document.txt").read_text(encoding="utf-8")
        texts = [line for line in seed.splitlines() if line.strip()]
    return [texts[i % len(texts)] for i in range(max(n, len(texts)))]


def in_subprocess(code: str) -> tuple[float, float]:
    """Run ``code`` in a fresh interpreter; return (wall seconds, peak RSS MB)."""
    # VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss over fork and exec
    wrapper = (
        "import time; t0 = time.perf_counter()\n" + code +
        "\nhwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]"
        "\nprint(time.perf_counter() - t0, int(hwm) / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, rss = out.stdout.split()[-2:]
    return float(seconds), float(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder of *.jsonl files")
    args = parser.parse_args()
    docs = load_documents(args.docs, args.corpus)
    words = sum(len(d.split()) for d in docs)
    print(f"documents: {len(docs)} (median {statistics.median(len(d.split()) for d in docs):.0f} words, {words} in all)")

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from classifier.text.language import get_nlp, pipe, tokens_of
    from spacy.attrs import LEMMA

    reference = StemmerFactory().create_stemmer()
    nlp = get_nlp()

    def run_reference():
        return [reference.stem(d) for d in docs]

    def run_pipeline():
        # full pipeline, stems read back as strings per document, as the features use them
        strings = nlp.vocab.strings
        return [[strings[h] for h in doc.to_array(LEMMA).tolist()] for doc in pipe(docs)]

    def run_pipeline_tokens():
        return [tokens_of(doc) for doc in pipe(docs)]

    results = {}
    for name, fn in (("reference Sastrawi stem(doc)", run_reference), ("pipeline (stems)", run_pipeline),
                     ("pipeline (Token objects)", run_pipeline_tokens)):
        fn()  # warm: caches filled, vocabulary built
        rates = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            fn()
            rates.append(len(docs) / (time.perf_counter() - t0))
        results[name] = statistics.median(rates)
        print(f"{name:32s} {results[name]:>10,.0f} docs/s  (median of {args.rounds})")
    ratio = results["pipeline (stems)"] / results["reference Sastrawi stem(doc)"]
    print(f"ratio pipeline / reference: {ratio:.2f}  (target >= 1.0)")

    sample = "Assalamualaikum pak, anak2 sy gk dpt PKH sdh 3 bln"
    cold_ref = [in_subprocess("from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
                              f"StemmerFactory().create_stemmer().stem({sample!r})") for _ in range(3)]
    cold_pipe = [in_subprocess(f"from classifier.text.language import analyze\nanalyze({sample!r})") for _ in range(3)]
    print(f"cold start, import to first result: reference {statistics.median(c[0] for c in cold_ref):.2f} s, "
          f"pipeline {statistics.median(c[0] for c in cold_pipe):.2f} s")
    cli = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "classifier", "preprocess", sample, "--format", "json"],
                       cwd=ROOT, capture_output=True, check=True)
        cli.append(time.perf_counter() - t0)
    print(f"`intervensi preprocess` from a cold process: {statistics.median(cli):.2f} s (target < 3 s)")

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(docs, fh)
    load = f"import json\ndocs = json.load(open({fh.name!r}))\n"
    mem_ref = in_subprocess(load + "from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
                            "s = StemmerFactory().create_stemmer(); [s.stem(d) for d in docs]")
    mem_pipe = in_subprocess(load + "from classifier.text.language import pipe\n[d for d in pipe(docs)]")
    Path(fh.name).unlink()
    print(f"peak RSS over the whole set: reference {mem_ref[1]:.0f} MB, pipeline {mem_pipe[1]:.0f} MB")


if __name__ == "__main__":
    main()
