"""The Indonesian spaCy pipeline of intervensi.

``IntervensiIndonesian`` is spaCy's Indonesian with a short tokenizer-exception list of its
own (``data/abbreviations.tsv``): spaCy's 15,963 reduplication exceptions take about 4 s to
build, and reduplication is handled by the normalizer instead. Normalization is a lexeme
attribute (``NORM``), so it runs once per distinct form, not once per token.

Components, in order:

- ``mask_personal_data`` merges URLs, e-mail addresses, phone numbers, NIK and long numbers
  into one token each, whose norm is a placeholder (``<telepon>``...);
- ``sastrawi_stem`` writes each token's stem to ``Token.lemma_`` and keeps, per distinct
  norm, whether it is a stop word.

Tokens keep their character offsets in the original text: nothing rewrites ``doc.text``.

Examples
--------
>>> from classifier.language import analyze
>>> [(t.text, t.norm, t.stem) for t in analyze("Anak2 sy gak sekolah")][:2]
[('Anak2', 'anak anak', 'anak anak'), ('sy', 'saya', 'saya')]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.lang.id import Indonesian, IndonesianDefaults
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from . import masking, resources
from .normalize import normalize_word
from .stemming import stem_word


class _NormalizedStopWords(frozenset):
    """spaCy tests ``word.lower() in stop_words`` on the raw form; test the norm instead."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        norm = normalize_word(word)
        return all(frozenset.__contains__(self, part) for part in norm.split()) if norm.strip() else False


def _norm_getter(text: str) -> str:
    return normalize_word(text)


def _tokenizer_exceptions() -> dict:
    return {form: [{ORTH: form, NORM: norm}] for form, norm in resources.abbreviations().items()}


class IntervensiIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions = _tokenizer_exceptions()
    stop_words = _NormalizedStopWords(resources.stop_words())
    lex_attr_getters = {**IndonesianDefaults.lex_attr_getters, NORM: _norm_getter}


class IntervensiIndonesian(Indonesian):
    """spaCy's Indonesian with intervensi's exceptions, norms and stop words."""

    lang = "id"
    Defaults = IntervensiIndonesianDefaults


@Language.factory("mask_personal_data")
def make_masker(nlp: Language, name: str) -> "PersonalDataMasker":
    return PersonalDataMasker()


class PersonalDataMasker:
    """Merge each span of personal data into one token whose norm is a placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        matches = list(masking.find_personal_data(doc.text))
        if not matches:
            return doc
        spans, norms = [], {}
        for m in matches:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                norms[(span.start, span.end)] = m.placeholder
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                retokenizer.merge(span, attrs={NORM: norms[(span.start, span.end)]})
        return doc


@Language.factory("sastrawi_stem")
def make_stemmer(nlp: Language, name: str) -> "SastrawiStemmer":
    return SastrawiStemmer(nlp.vocab.strings)


class SastrawiStemmer:
    """Write the stem of each token's norm to ``Token.lemma``, memoized per norm hash.

    Attributes
    ----------
    stem_of_ : dict
        norm hash -> stem hash, for every norm seen so far.
    stop_norms_ : set
        norm hashes that are stop words.
    """

    def __init__(self, strings):
        self.strings = strings
        self.stem_of_: dict[int, int] = {}
        self.stop_norms_: set[int] = set()
        self._stops = resources.stop_words()

    def _learn(self, norm_hash: int) -> int:
        norm = self.strings[norm_hash]
        stem_hash = self.strings.add(stem_word(norm))
        self.stem_of_[norm_hash] = stem_hash
        parts = norm.split()
        if parts and all(part in self._stops for part in parts):
            self.stop_norms_.add(norm_hash)
        return stem_hash

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        norms = doc.to_array(NORM).tolist()
        get, learn = self.stem_of_.get, self._learn
        stems = [get(h) or learn(h) for h in norms]
        doc.from_array([LEMMA], numpy.asarray(stems, dtype="uint64").reshape(-1, 1))
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (builds in milliseconds; the stemmer loads on first use)."""
    nlp = IntervensiIndonesian()
    nlp.add_pipe("mask_personal_data")
    nlp.add_pipe("sastrawi_stem")
    return nlp


@dataclass(frozen=True)
class Token:
    """One token as the rest of the product sees it. ``text == original[start:end]``."""

    start: int
    end: int
    text: str
    norm: str
    stem: str
    is_stop: bool

    def to_dict(self) -> dict:
        return asdict(self)


def tokens_of(doc: Doc) -> list[Token]:
    """The analysed tokens of a processed Doc (whitespace tokens left out)."""
    stops = get_nlp().get_pipe("sastrawi_stem").stop_norms_
    out = []
    for tok in doc:
        if tok.is_space:
            continue
        out.append(Token(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, norm=tok.norm_,
                         stem=tok.lemma_, is_stop=tok.norm in stops))
    return out


def analyze(text: str) -> list[Token]:
    """Tokens of one text with span, norm, stem and stop flag."""
    return tokens_of(get_nlp()(text))


def pipe(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Process many texts; yields Docs in order."""
    return get_nlp().pipe(texts, batch_size=batch_size)
