"""Generate ``classifier/data/stem_table.npz``: frequent Indonesian word forms and their stems.

The forms are generated, not read from any text: Sastrawi's own root dictionary, each root
with the affixes that measured most useful on real complaints (meN- with its
assimilations, di-, ber-, ter-, se-, peN-, peN-...-an, ke-...-an, per-...-an, -kan, -i, -an,
-nya), plus both sides of the slang lexicon. Each form is stemmed by the project's corrected
Sastrawi stemmer (:func:`classifier.text.stemming.compute_stem`, no table involved), so a
look-up gives exactly what stemming would give.

The file holds three arrays: ``key_deltas`` (the sorted uint64 spaCy string hashes of the
forms, as differences from the previous one),
``stem_index`` (per form, the index of its stem) and ``stems`` (the distinct stems, sorted,
UTF-8, joined by newlines). The output is byte-for-byte deterministic.

    .venv/bin/python scripts/make_stem_table.py [--jobs 2] [--out classifier/data/stem_table.npz]

Run it again after changing ``stem_corrections.tsv``, the slang lexicon or Sastrawi's
version; ``tests/test_language.py`` checks a random sample of the table against
``compute_stem``. About 4 minutes of CPU.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import zipfile
from multiprocessing import Pool
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.text import resources  # noqa: E402
from classifier.text.stemming import STEM_TABLE, compute_stem, root_words  # noqa: E402


def men(root: str) -> list[str]:
    """meN- with its assimilations (``tulis`` -> ``menulis``, ``kirim`` -> ``mengirim``)."""
    c = root[0]
    if c in "aiueo":
        return ["meng" + root]
    if c == "k":
        return ["meng" + root[1:], "meng" + root]
    if c in "gh":
        return ["meng" + root]
    if c == "p":
        return ["mem" + root[1:], "mem" + root]
    if c in "bfv":
        return ["mem" + root]
    if c == "t":
        return ["men" + root[1:], "men" + root]
    if c in "cdjz":
        return ["men" + root]
    if c == "s":
        return ["meny" + root[1:], "men" + root]
    return ["me" + root]


def forms(root: str) -> set[str]:
    out = {root, root + "nya", root + "an", root + "kan", root + "i"}
    for p in ("di", "ter", "ber", "se"):
        out.add(p + root)
    out.update({"di" + root + "kan", "di" + root + "i"})
    for m in men(root):
        out.update({m, m + "kan", m + "i"})
        pe = "pe" + m[2:]
        out.update({pe, pe + "an"})
    out.update({"ke" + root + "an", "per" + root + "an"})
    return out


def all_forms() -> list[str]:
    words: set[str] = set()
    for root in sorted(w for w in root_words() if w.isalpha() and len(w) >= 3):
        words.update(forms(root))
    for key, value in resources.norm_lexicon().items():
        words.add(key)
        words.update(value.split())
    words.update(resources.stem_corrections())
    return sorted(w for w in words if w.isalpha() and w == w.lower())


def _stem_all(words: list[str]) -> list[str]:
    return [compute_stem(w) for w in words]


def write_npz(path: Path, arrays: dict[str, numpy.ndarray]) -> None:
    """``numpy.savez_compressed`` with fixed timestamps, so the bytes are reproducible."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, array in arrays.items():
            buf = io.BytesIO()
            numpy.lib.format.write_array(buf, numpy.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=9)


def build(words: list[str], stems: list[str]) -> dict[str, numpy.ndarray]:
    from spacy.strings import hash_string

    distinct = sorted(set(stems))
    index_of = {s: i for i, s in enumerate(distinct)}
    keys = numpy.fromiter((hash_string(w) for w in words), dtype="uint64", count=len(words))
    dtype = "uint16" if len(distinct) < 2 ** 16 else "uint32"
    stem_index = numpy.fromiter((index_of[s] for s in stems), dtype=dtype, count=len(stems))
    order = numpy.argsort(keys, kind="stable")
    if (numpy.diff(keys[order]) == 0).any():
        raise SystemExit("hash collision between two forms")
    blob = numpy.frombuffer("\n".join(distinct).encode("utf-8"), dtype="uint8")
    keys = keys[order]
    # sorted keys as differences (about 45 bits each): a quarter smaller once deflated
    return {"key_deltas": numpy.diff(keys, prepend=numpy.uint64(0)), "stem_index": stem_index[order], "stems": blob}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=STEM_TABLE)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    t0 = time.perf_counter()
    words = all_forms()
    size = 2_000
    chunks = [words[i:i + size] for i in range(0, len(words), size)]
    with Pool(args.jobs) as pool:
        stems = [s for chunk in pool.imap(_stem_all, chunks) for s in chunk]
    arrays = build(words, stems)
    write_npz(args.out, arrays)
    print(f"{len(words):,} forms, {len(set(stems)):,} stems, {args.out.stat().st_size / 1e6:.1f} MB "
          f"in {time.perf_counter() - t0:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()
