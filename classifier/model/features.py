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

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from classifier.model.fitted import CharVectors, StemVectors, TermVectors
from classifier.model.terms import (_char_words, _content_positions, _norm_words, _word_char_ngrams,  # noqa: F401
                                    char_ngrams, stem_ngrams, stem_ngrams_by_token)
from classifier.text.language import analyse_texts


class Preprocessor(BaseEstimator, TransformerMixin):
    """Raw texts -> :class:`AnalysedText` through the spaCy pipeline (stateless)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return analyse_texts(X)



class _TermTfidf(BaseEstimator, TransformerMixin):
    """TF-IDF over terms that subclasses produce per token.

    ``fit`` uses scikit-learn's ``TfidfVectorizer`` (vocabulary, document frequencies,
    idf) and keeps the result as plain :class:`~classifier.model.fitted.TermVectors`
    (``vectors_``), which is what a saved model holds and what ``transform`` and
    :meth:`token_columns` run: it maps a document to (token index, column) pairs, which
    is how evidence is mapped back to tokens, and builds the vectorizer's matrix from them.
    """

    _vectors: type[TermVectors] = TermVectors

    def _terms(self, doc):  # pragma: no cover - overridden
        raise NotImplementedError

    def fit(self, X, y=None):
        self.vectorizer_ = TfidfVectorizer(analyzer=self._terms, min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=self.sublinear_tf,
                                           dtype=np.float32)
        self.vectorizer_.fit(X)
        self.idf_ = self.vectorizer_.idf_.astype(np.float32)
        self.vectors_ = self._fitted_vectors()
        return self

    def _fitted_vectors(self) -> TermVectors:
        return self._vectors(self.vectorizer_.vocabulary_, self.idf_, self.ngram_range, self.sublinear_tf)

    def __setstate__(self, state):
        super().__setstate__(state)
        if "vectorizer_" in state and "vectors_" not in state:  # pickled before vectors_ existed
            self.vectors_ = self._fitted_vectors()

    def token_columns(self, doc) -> tuple[np.ndarray, np.ndarray]:
        """Arrays (token index, column) for each occurrence of a known term in ``doc``;
        a term spanning two tokens (a word pair) appears once for each."""
        check_is_fitted(self, "vectors_")
        return self.vectors_.token_columns(doc)

    def transform(self, X) -> sparse.csr_matrix:
        """The same matrix as ``vectorizer_.transform``, from the per-document columns of
        ``vectors_``: scikit-learn validates its input and builds every term string on
        each call; this does neither (tests check that the matrices are equal)."""
        check_is_fitted(self, "vectors_")
        return self.vectors_.transform(X)

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
    vectors_ : StemVectors
        The same vocabulary and idf, as the plain object a saved model keeps.
    """

    _vectors = StemVectors

    def __init__(self, ngram_range=(1, 2), min_df=2, max_features=None, sublinear_tf=True):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _terms(self, doc):
        return stem_ngrams(doc, tuple(self.ngram_range))


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
    vectors_ : CharVectors
    """

    _vectors = CharVectors

    def __init__(self, ngram_range=(3, 5), min_df=2, max_features=60000, sublinear_tf=True):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _terms(self, doc):
        # scikit-learn's path (fit); transform builds ~25 n-gram strings per word only once
        # per distinct word, through the word cache of CharVectors
        return char_ngrams(doc, tuple(self.ngram_range))
