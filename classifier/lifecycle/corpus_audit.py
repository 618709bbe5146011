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

import numpy as np
from scipy import sparse

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


FREQUENT_NGRAMS = 3_000  # the commonest n-grams, kept out of the sparse product (see near_copies)


def _split_frequent(matrix: sparse.csr_matrix, frequent: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The matrix without the frequent columns, and each row's norm over those columns."""
    on_frequent = frequent[matrix.indices]
    rare = matrix.copy()
    rare.data = np.where(on_frequent, 0, rare.data)
    rare.eliminate_zeros()
    squares = matrix.copy()
    squares.data = np.where(on_frequent, squares.data ** 2, 0)
    return rare, np.sqrt(np.asarray(squares.sum(axis=1)).ravel())


def near_copies(vignettes: Iterable, folder: Path | str, threshold: float = NEAR_COPY_COSINE,
                min_words: int = NEAR_COPY_MIN_WORDS) -> list[NearCopy]:
    """Vignettes of ``min_words`` or more whose best cosine to a text in ``folder`` exceeds
    ``threshold`` (character 3-5-grams inside words, TF-IDF fitted on the outside texts).

    Exact, without the full product (every pair shares some common n-gram): with the
    commonest n-grams F apart, cos(a, b) <= cos over the rest + |a_F| |b_F|, so only the
    pairs whose bound passes are computed in full."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    outside, places = _outside_texts(Path(folder))
    mine = [v for v in vignettes if len(str(v["text"]).split()) >= min_words]
    if not outside or not mine:
        return []
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    other = vectorizer.fit_transform(outside).tocsr()
    frequent = np.zeros(other.shape[1], dtype=bool)
    frequent[np.argsort(vectorizer.idf_, kind="stable")[:FREQUENT_NGRAMS]] = True
    other_rare, other_f = _split_frequent(other, frequent)
    other_t, other_rare_t = other.T.tocsc(), other_rare.T.tocsc()
    other_f_max = other_f.max()
    found = []
    for start in range(0, len(mine), 500):  # bounded memory: 500 x outside similarities at a time
        chunk = mine[start:start + 500]
        rows = vectorizer.transform([v["text"] for v in chunk]).tocsr()
        rows_rare, rows_f = _split_frequent(rows, frequent)
        bound = (rows_rare @ other_rare_t).tocsr()
        for k, v in enumerate(chunk):
            cols = bound.indices[bound.indptr[k]:bound.indptr[k + 1]]
            vals = bound.data[bound.indptr[k]:bound.indptr[k + 1]]
            candidates = cols[vals + rows_f[k] * other_f[cols] > threshold]
            if rows_f[k] * other_f_max > threshold:  # pairs sharing only frequent n-grams
                candidates = np.union1d(candidates, np.flatnonzero(rows_f[k] * other_f > threshold))
            if len(candidates):
                sims = (rows[k] @ other_t[:, candidates]).toarray().ravel()
                if sims.max() > threshold:
                    found.append(NearCopy(v["id"], v.where, places[candidates[sims.argmax()]], float(sims.max())))
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
