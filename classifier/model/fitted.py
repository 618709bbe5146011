"""The fitted model's prediction parts, as plain objects that need no scikit-learn.

Training fits scikit-learn estimators (:mod:`.features` and a logistic regression in a
``Pipeline``); the model then keeps only what prediction reads from them: each feature
block's vocabulary and idf, the blocks' weights, and the class weights. Loading a model
therefore imports neither scikit-learn nor the SciPy modules it pulls in (about a second
of every command's and every worker's start-up), and an artifact holds no scikit-learn
object whose pickled form could change with its version.

The objects keep scikit-learn's attribute names (``named_steps``, ``transformer_list``,
``transformer_weights``, ``vocabulary_``, ``coef_``), so code reads a fitted model the
same way whichever form it has (models saved before this module still load as
scikit-learn pipelines).
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from scipy import sparse

from classifier.model.sparse_rows import hstack_csr
from classifier.model.terms import _char_words, _word_char_ngrams, stem_ngrams, stem_ngrams_by_token


class TermVectors:
    """Unit-length TF-IDF rows over a fitted vocabulary, built from each document's term
    columns, and the token each term came from.

    Parameters
    ----------
    vocabulary : dict
        term -> column.
    idf : array of float32
        Inverse document frequency of each column.
    ngram_range : tuple (min_n, max_n)
    sublinear_tf : bool
        Term frequency ``1 + log(tf)`` instead of ``tf``.

    Attributes
    ----------
    vocabulary_, idf_ : the fitted vocabulary and idf.
    """

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: Sequence[int], sublinear_tf: bool):
        self.vocabulary_ = vocabulary
        self.idf_ = np.asarray(idf, dtype=np.float32)
        self.ngram_range = tuple(ngram_range)
        self.sublinear_tf = sublinear_tf
        self._cache: dict = {}

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_cache", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def _pairs(self, doc, occurrences: bool = False) -> tuple[list[int], list[int]]:  # pragma: no cover
        """(token indices, columns), one entry per occurrence of a known term in ``doc``;
        with ``occurrences``, the columns only."""
        raise NotImplementedError

    def token_columns(self, doc) -> tuple[np.ndarray, np.ndarray]:
        """Arrays (token index, column) for each occurrence of a known term in ``doc``;
        a term spanning two tokens (a word pair) appears once for each."""
        tokens, cols = self._pairs(doc)
        return np.asarray(tokens, dtype=np.int32), np.asarray(cols, dtype=np.int32)

    def transform(self, X) -> sparse.csr_matrix:
        """One unit-length TF-IDF row per analysed document of ``X``."""
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


class StemVectors(TermVectors):
    """TF-IDF over word n-grams of the stems of content words."""

    def _pairs(self, doc, occurrences: bool = False):
        vocab = self.vocabulary_
        if occurrences:
            get = vocab.get
            return [], [c for c in map(get, stem_ngrams(doc, self.ngram_range)) if c is not None]
        tokens, cols = [], []
        for term, toks in stem_ngrams_by_token(doc, self.ngram_range):
            col = vocab.get(term)
            if col is not None:
                for t in toks:
                    tokens.append(t)
                    cols.append(col)
        return tokens, cols


class CharVectors(TermVectors):
    """TF-IDF over character n-grams inside normalized words (padded with spaces); each
    distinct word's columns are computed once (up to ``WORD_CACHE`` words, then afresh)."""

    WORD_CACHE = 50_000

    def _word_columns(self, word: str) -> list[int]:
        cols = self._cache.get(word)
        if cols is None:
            if len(self._cache) >= self.WORD_CACHE:
                self._cache.clear()
            vocab = self.vocabulary_
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


class FeatureBlocks:
    """Feature blocks side by side, each scaled by its weight (a fitted ``FeatureUnion``).

    Parameters
    ----------
    transformer_list : list of (name, TermVectors)
    transformer_weights : dict name -> weight
    """

    def __init__(self, transformer_list: list[tuple[str, TermVectors]], transformer_weights: dict[str, float]):
        self.transformer_list = transformer_list
        self.transformer_weights = transformer_weights

    def transform(self, docs) -> sparse.csr_matrix:
        weights = self.transformer_weights or {}
        blocks = [t.transform(docs) for _, t in self.transformer_list]
        return hstack_csr(blocks, [weights.get(name, 1.0) for name, _ in self.transformer_list])


class LinearScores:
    """Class scores of a fitted linear classifier: ``X @ coef_.T + intercept_``.

    Attributes
    ----------
    coef_ : array (classes x features), float32
    intercept_ : array (classes,), float32
    classes_ : array of class indices
    """

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: np.ndarray):
        self.coef_ = np.asarray(coef, dtype=np.float32)
        self.intercept_ = np.asarray(intercept, dtype=np.float32)
        self.classes_ = np.asarray(classes)

    def decision_function(self, X) -> np.ndarray:
        return np.asarray(X @ self.coef_.T + self.intercept_)


class FittedPipeline:
    """What prediction reads from the fitted scikit-learn pipeline: ``named_steps``
    ``features`` (:class:`FeatureBlocks`) and ``classify`` (:class:`LinearScores`)."""

    def __init__(self, features: FeatureBlocks, classify: LinearScores):
        self.named_steps: dict[str, Any] = {"features": features, "classify": classify}

    @classmethod
    def from_estimators(cls, pipeline) -> "FittedPipeline":
        """The plain form of a fitted ``Pipeline([("features", FeatureUnion), ("classify", ...)])``
        whose feature transformers have ``vectors_`` (:mod:`.features`)."""
        union, clf = pipeline.named_steps["features"], pipeline.named_steps["classify"]
        blocks = [(name, t.vectors_) for name, t in union.transformer_list]
        return cls(FeatureBlocks(blocks, dict(union.transformer_weights or {})),
                   LinearScores(clf.coef_, clf.intercept_, clf.classes_))

    def decision_function(self, docs) -> np.ndarray:
        return self.named_steps["classify"].decision_function(self.named_steps["features"].transform(docs))
