"""The terms of a document: word n-grams of content stems, character n-grams of norms.

Plain functions of an :class:`~classifier.text.language.AnalysedText`, shared by fitting
(:mod:`.features`, through scikit-learn's vectorizer) and by the fitted model's own
transform (:mod:`.fitted`), which must not need scikit-learn.
"""

from __future__ import annotations

from functools import lru_cache

from classifier.text.language import AnalysedText


def _content_positions(doc: AnalysedText) -> list[tuple[str, int]]:
    """(stem part, token index) for every content word; a multi-word stem gives several."""
    out = []
    for i, (stem, keep) in enumerate(zip(doc.stems, doc.content)):
        if keep:
            for part in stem.split():
                out.append((part, i))
    return out


def stem_ngrams_by_token(doc: AnalysedText, ngram_range=(1, 2)) -> list[tuple[str, tuple[int, ...]]]:
    """Word n-gram terms over content stems, each with the tokens it came from."""
    positions = _content_positions(doc)
    lo, hi = ngram_range
    out = []
    for n in range(lo, hi + 1):
        for i in range(len(positions) - n + 1):
            window = positions[i:i + n]
            out.append((" ".join(p for p, _ in window), tuple(sorted({t for _, t in window}))))
    return out


def stem_ngrams(doc: AnalysedText, ngram_range=(1, 2)) -> list[str]:
    positions = [p for p, _ in _content_positions(doc)]
    lo, hi = ngram_range
    if (lo, hi) == (1, 2):  # the common case, without tuple bookkeeping
        return positions + [f"{a} {b}" for a, b in zip(positions, positions[1:])]
    return [" ".join(positions[i:i + n]) for n in range(lo, hi + 1) for i in range(len(positions) - n + 1)]


@lru_cache(maxsize=20_000)  # ~2 kB an entry; transform caches columns per word instead
def _word_char_ngrams(word: str, lo: int, hi: int) -> tuple[str, ...]:
    w = f" {word} "
    grams = []
    for n in range(lo, hi + 1):
        if len(w) < n:
            break
        grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return tuple(grams)


@lru_cache(maxsize=50_000)
def _norm_words(norm: str) -> tuple[str, ...]:
    """The words of a norm that get character n-grams (none for punctuation, numbers and
    placeholders); memoized, since the same norms recur in every document."""
    if norm[0] == "<" or not any(ch.isalpha() for ch in norm):
        return ()
    return tuple(norm.split())


def _char_words(doc: AnalysedText) -> list[tuple[str, int]]:
    """(word, token index) for the words of each token's norm; stop words included, since
    their spelling carries register, but not punctuation or placeholders."""
    return [(part, i) for i, norm in enumerate(doc.norms) for part in _norm_words(norm)]


def char_ngrams(doc: AnalysedText, ngram_range=(3, 5)) -> list[str]:
    lo, hi = ngram_range
    out: list[str] = []
    for word, _ in _char_words(doc):
        out.extend(_word_char_ngrams(word, lo, hi))
    return out
