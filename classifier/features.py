"""Features: from texts to TF-IDF vectors over stems and over character n-grams of norms.

Two small transformers, each fitted on :class:`~classifier.language.AnalysedText` objects:

- :class:`StemTfidf`: word n-grams over the stems of content words (stop words,
  punctuation and personal-data placeholders left out);
- :class:`CharTfidf`: character n-grams inside each normalized word (``char_wb`` style),
  robust to spelling variants the lexicon does not know.

Both can say which token produced each of their terms (:meth:`terms_by_token`), which is
how evidence is mapped back to what the person typed.

Examples
--------
>>> from classifier.features import Preprocessor, StemTfidf
>>> docs = Preprocessor().transform(["anak saya tidak sekolah", "warga desa kami kebanjiran"])
>>> StemTfidf(min_df=1).fit(docs).transform(docs).shape[0]
2
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .language import AnalysedText, analyse_texts


class Preprocessor(BaseEstimator, TransformerMixin):
    """Raw texts -> :class:`AnalysedText` through the spaCy pipeline (stateless)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return analyse_texts(X)


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


@lru_cache(maxsize=200_000)
def _word_char_ngrams(word: str, lo: int, hi: int) -> tuple[str, ...]:
    w = f" {word} "
    grams = []
    for n in range(lo, hi + 1):
        if len(w) < n:
            break
        grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return tuple(grams)


def _char_words(doc: AnalysedText) -> list[tuple[str, int]]:
    """(word, token index) for the words of each token's norm; stop words included, since
    their spelling carries register, but not punctuation or placeholders."""
    out = []
    for i, norm in enumerate(doc.norms):
        if norm[0] != "<" and any(ch.isalpha() for ch in norm):
            for part in norm.split():
                out.append((part, i))
    return out


def char_ngrams(doc: AnalysedText, ngram_range=(3, 5)) -> list[str]:
    lo, hi = ngram_range
    out: list[str] = []
    for word, _ in _char_words(doc):
        out.extend(_word_char_ngrams(word, lo, hi))
    return out


def char_ngrams_by_token(doc: AnalysedText, ngram_range=(3, 5)) -> list[tuple[str, tuple[int, ...]]]:
    lo, hi = ngram_range
    return [(g, (i,)) for word, i in _char_words(doc) for g in _word_char_ngrams(word, lo, hi)]


class _TermTfidf(BaseEstimator, TransformerMixin):
    """TF-IDF over terms produced by ``self._terms``; subclasses choose the terms."""

    def _terms(self, doc):  # pragma: no cover - overridden
        raise NotImplementedError

    def fit(self, X, y=None):
        self.vectorizer_ = TfidfVectorizer(analyzer=self._terms, min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=self.sublinear_tf,
                                           dtype=np.float32)
        self.vectorizer_.fit(X)
        return self

    def transform(self, X):
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.transform(X)

    def get_feature_names_out(self, input_features=None):
        return self.vectorizer_.get_feature_names_out()

    @property
    def vocabulary_(self) -> dict:
        return self.vectorizer_.vocabulary_


class StemTfidf(_TermTfidf):
    """TF-IDF over word n-grams of stems of content words.

    Parameters
    ----------
    ngram_range : tuple (min_n, max_n), default=(1, 2)
    min_df : int, default=2
        Ignore terms seen in fewer documents.
    max_features : int or None, default=None
    sublinear_tf : bool, default=True

    Attributes
    ----------
    vectorizer_ : TfidfVectorizer
        The fitted vectorizer (vocabulary and idf).
    """

    def __init__(self, ngram_range=(1, 2), min_df=2, max_features=None, sublinear_tf=True):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _terms(self, doc):
        return stem_ngrams(doc, tuple(self.ngram_range))

    def terms_by_token(self, doc):
        return stem_ngrams_by_token(doc, tuple(self.ngram_range))


class CharTfidf(_TermTfidf):
    """TF-IDF over character n-grams inside normalized words (padded with spaces).

    Parameters
    ----------
    ngram_range : tuple (min_n, max_n), default=(3, 5)
    min_df : int, default=2
    max_features : int or None, default=60000
        Caps the vocabulary, and so the size of the model artifact.
    sublinear_tf : bool, default=True

    Attributes
    ----------
    vectorizer_ : TfidfVectorizer
    """

    def __init__(self, ngram_range=(3, 5), min_df=2, max_features=60000, sublinear_tf=True):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _terms(self, doc):
        return char_ngrams(doc, tuple(self.ngram_range))

    def terms_by_token(self, doc):
        return char_ngrams_by_token(doc, tuple(self.ngram_range))
