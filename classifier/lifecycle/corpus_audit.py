"""Audits of the corpus against what it must not be: a copy of someone else's texts, or a
set of texts that name their own answer.

- :func:`near_copies`: vignettes of 12 words or more whose character n-gram TF-IDF cosine
  to a text of another folder (for instance a pool of real complaints that may be read but
  not redistributed) is above 0.6 (``intervensi corpus validate --against DIR``).
- :func:`cue_audit`: per method, the share of its vignettes that contain its own cue words
  (``data/cue_words.json``), beside the same share on real labelled texts when given
  (``intervensi corpus stats``). A citizen writes "the factory has not paid us for three
  months", not "we need law enforcement"; a corpus whose texts name the method teaches a
  model to look for the name.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from classifier import jsonl
from classifier.text import resources

NEAR_COPY_COSINE = 0.6
NEAR_COPY_MIN_WORDS = 12


class NearCopy(NamedTuple):
    """A vignette too close to an outside text (which is named by file and line only)."""

    vignette_id: str
    where: str
    other: str
    cosine: float

    def __str__(self) -> str:
        return (f"{self.where}: {self.vignette_id} is a near copy (cosine {self.cosine:.2f} > {NEAR_COPY_COSINE}) "
                f"of {self.other}; rewrite it in your own words")


def _outside_texts(folder: Path) -> tuple[list[str], list[str]]:
    texts, places = [], []
    for file in sorted(Path(folder).glob("*.jsonl")):
        for line in jsonl.read(file):
            text = line.record.get("text") if line.record else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
                places.append(f"{file}:{line.line}")
    return texts, places


def near_copies(vignettes: Iterable, folder: Path | str, threshold: float = NEAR_COPY_COSINE,
                min_words: int = NEAR_COPY_MIN_WORDS) -> list[NearCopy]:
    """Vignettes of ``min_words`` or more whose best cosine to a text in ``folder`` exceeds
    ``threshold`` (character 3-5-grams inside words, TF-IDF fitted on the outside texts)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    outside, places = _outside_texts(Path(folder))
    mine = [v for v in vignettes if len(str(v["text"]).split()) >= min_words]
    if not outside or not mine:
        return []
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(outside)
    other = vectorizer.transform(outside).T.tocsc()
    found = []
    for start in range(0, len(mine), 500):  # bounded memory: 500 x outside similarities at a time
        chunk = mine[start:start + 500]
        sims = (vectorizer.transform([v["text"] for v in chunk]) @ other).tocsr()
        for v, row in zip(chunk, sims):
            if row.nnz and row.data.max() > threshold:
                j = row.indices[row.data.argmax()]
                found.append(NearCopy(v["id"], v.where, places[j], float(row.data.max())))
    return found


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern]:
    return {method: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")
            for method, words in resources.cue_words().items()}


def names_own_method(text: str, method: str | None) -> bool:
    """Whether ``text`` contains a cue word of ``method``."""
    pattern = _cue_patterns().get(method or "")
    return bool(pattern and pattern.search(text.lower()))


def _shares(rows: Iterable[tuple[str, str | None]]) -> dict[str, tuple[int, float]]:
    counts: dict[str, list[int]] = {}
    for text, method in rows:
        if method:
            c = counts.setdefault(method, [0, 0])
            c[0] += 1
            c[1] += names_own_method(text, method)
    return {m: (n, round(k / n, 3)) for m, (n, k) in counts.items()}


def default_real_labels() -> Path | None:
    """The labelled real complaints beside the project (``../shared/realpool``), if present."""
    root = Path(os.environ.get("INTERVENSI_REALPOOL") or Path(__file__).resolve().parents[2].parent / "shared" / "realpool")
    path = root / "dev-labels.jsonl"
    return path if path.exists() else None


def cue_audit(vignettes: Iterable, real_labels: Path | None = None) -> dict[str, dict[str, Any]]:
    """Per method: vignettes, the share naming their own method, and the same on real texts."""
    corpus = _shares((v["text"], v["method"]) for v in vignettes if v["label"] == "in_scope")
    real = {}
    if real_labels is not None:
        real = _shares((line.record["text"], line.record.get("method")) for line in jsonl.read(real_labels)
                       if line.record and line.record.get("label") == "in_scope")
    out = {}
    for method in resources.cue_words():
        n, share = corpus.get(method, (0, None))
        rn, rshare = real.get(method, (0, None))
        out[method] = {"vignettes": n, "own_cue_share": share, "real_texts": rn, "real_own_cue_share": rshare}
    return out
