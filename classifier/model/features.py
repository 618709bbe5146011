"""Features: from texts to TF-IDF vectors over stems and over character n-grams of norms.

Two small transformers, each fitted on :class:`~classifier.text.language.AnalysedText` objects:

- :class:`StemTfidf`: word n-grams over the stems of content words (stop words,
  punctuation and personal-data placeholders left out);
- :class:`CharTfidf`: character n-grams inside each normalized word (``char_wb`` style),
  robust to spelling variants the lexicon does not know.

Both can say which token produced each of their terms (:meth:`token_columns`), which is
how evidence is mapped back to what the person typed.

Examples
--------
>>> from classifier.model.features import Preprocessor, StemTfidf
>>> docs = Preprocessor().transform(["anak saya tidak sekolah", "warga desa kami kebanjiran"])
>>> StemTfidf(min_df=1).fit(docs).transform(docs).shape[0]
2
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from classifier.text.language import AnalysedText, analyse_texts


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


class _TermTfidf(BaseEstimator, TransformerMixin):
    """TF-IDF over terms that subclasses produce per token.

    ``fit`` uses scikit-learn's ``TfidfVectorizer`` (vocabulary, document frequencies,
    idf). Each subclass can also map a document to (token index, column) pairs
    (:meth:`token_columns`), which is how evidence is mapped back to tokens, and
    ``transform`` builds the vectorizer's matrix from those pairs.
    """

    def _terms(self, doc):  # pragma: no cover - overridden
        raise NotImplementedError

    def _pairs(self, doc) -> tuple[list[int], list[int]]:  # pragma: no cover - overridden
        """(token indices, columns), one entry per occurrence of a known term in ``doc``."""
        raise NotImplementedError

    def fit(self, X, y=None):
        self.vectorizer_ = TfidfVectorizer(analyzer=self._terms, min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=self.sublinear_tf,
                                           dtype=np.float32)
        self.vectorizer_.fit(X)
        self.idf_ = self.vectorizer_.idf_.astype(np.float32)
        self._reset_caches()
        return self

    def _reset_caches(self):
        self._cache: dict = {}

    def __getstate__(self):
        state = dict(super().__getstate__())  # object.__getstate__ returns __dict__ itself
        state.pop("_cache", None)
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        self._reset_caches()

    def token_columns(self, doc) -> tuple[np.ndarray, np.ndarray]:
        """Arrays (token index, column) for each occurrence of a known term in ``doc``;
        a term spanning two tokens (a word pair) appears once for each."""
        tokens, cols = self._pairs(doc)
        return np.asarray(tokens, dtype=np.int32), np.asarray(cols, dtype=np.int32)

    def transform(self, X):
        """The same matrix as ``vectorizer_.transform``, from the per-document columns that
        ``_pairs`` gives: scikit-learn validates its input and builds every term string on
        each call; this does neither (tests check that the matrices are equal)."""
        check_is_fitted(self, "vectorizer_")
        cols: list[int] = []
        lengths = []
        for doc in X:
            _, c = self._pairs(doc, occurrences=True)
            cols.extend(c)
            lengths.append(len(c))
        return self._tfidf_rows(np.asarray(cols, dtype=np.int64), lengths)

    def _tfidf_rows(self, cols: np.ndarray, lengths: list[int]) -> sparse.csr_matrix:
        """Unit-length TF-IDF rows from each row's term columns (with repeats), built on
        the CSR arrays directly: term counts by one ``unique`` over (row, column) keys."""
        n_rows, n_features = len(lengths), len(self.idf_)
        rows = np.repeat(np.arange(n_rows, dtype=np.int64), lengths)
        keys, counts = np.unique(rows * n_features + cols, return_counts=True)
        rows, indices = np.divmod(keys, n_features)
        data = counts.astype(np.float32)
        if self.sublinear_tf:
            np.log(data, out=data)
            data += 1
        data *= self.idf_[indices]
        norms = np.sqrt(np.bincount(rows, weights=np.square(data, dtype=np.float32), minlength=n_rows))
        norms[norms == 0] = 1.0
        data /= norms[rows].astype(np.float32)
        indptr = np.zeros(n_rows + 1, dtype=np.int32)
        np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
        return sparse.csr_matrix((data, indices.astype(np.int32), indptr), shape=(n_rows, n_features))

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

    def _pairs(self, doc, occurrences: bool = False):
        vocab = self.vectorizer_.vocabulary_
        if occurrences:
            get = vocab.get
            return [], [c for c in map(get, stem_ngrams(doc, tuple(self.ngram_range))) if c is not None]
        tokens, cols = [], []
        for term, toks in stem_ngrams_by_token(doc, tuple(self.ngram_range)):
            col = vocab.get(term)
            if col is not None:
                for t in toks:
                    tokens.append(t)
                    cols.append(col)
        return tokens, cols


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
        # scikit-learn's path (fit); transform builds ~25 n-gram strings per word only once
        # per distinct word, through the cache of _word_columns (4x faster on the corpus)
        return char_ngrams(doc, tuple(self.ngram_range))

    WORD_CACHE = 50_000  # words whose columns are memoized; emptied when full

    def _word_columns(self, word: str) -> list[int]:
        cols = self._cache.get(word)
        if cols is None:
            if len(self._cache) >= self.WORD_CACHE:
                self._cache.clear()
            vocab = self.vectorizer_.vocabulary_
            lo, hi = self.ngram_range
            cols = self._cache[word] = [vocab[g] for g in _word_char_ngrams(word, lo, hi) if g in vocab]
        return cols

    def _pairs(self, doc, occurrences: bool = False):
        tokens, cols = [], []
        for word, t in _char_words(doc):
            c = self._word_columns(word)
            cols.extend(c)
            if not occurrences:
                tokens.extend([t] * len(c))
        return tokens, cols
