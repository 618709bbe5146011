"""The Indonesian spaCy pipeline of intervensi.

``IntervensiIndonesian`` is spaCy's Indonesian without tokenizer exceptions: spaCy's 15,963
reduplication exceptions take about 4 s to build, reduplication is handled by the
normalizer, and abbreviations (``Kab.`` -> ``Kab`` ``.``) by the abbreviation lexicon (an
exception list ending in periods makes spaCy run a phrase matcher over every document).
Normalization is a lexeme attribute (``NORM``), so it runs once per distinct form, not
once per token, and the tokenizer's chunk cache is large enough for the whole corpus.

Components, in order:

- ``mask_personal_data`` merges URLs, e-mail addresses, phone numbers, NIK and long numbers
  into one token each, whose norm is a placeholder (``<telepon>``...);
- ``sastrawi_stem`` writes each token's stem to ``Token.lemma_`` (from the shipped stem
  table, else stemmed once) and knows which norms are stop words.

Memory stays bounded whatever the input: :func:`analyse_texts` and :func:`analyze` run in
a spaCy memory zone (:func:`memory_zone`) once the vocabulary holds ``PERMANENT_LEXEMES``
lexemes, and every cache is bounded.

Tokens keep their character offsets in the original text: nothing rewrites ``doc.text``.

Examples
--------
>>> from classifier.text.language import analyze
>>> [(t.text, t.norm, t.stem) for t in analyze("Anak2 sy gak sekolah")][:2]
[('Anak2', 'anak anak', 'anak anak'), ('sy', 'saya', 'saya')]
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, NORM
from spacy.lang.id import Indonesian, IndonesianDefaults
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import filter_spans

from classifier.text import masking
from classifier.text.envelope import envelope_spans, in_envelope
from classifier.text.hash_tables import drop_deleted_cells
from classifier.text import resources
from classifier.text.normalize import normalize_word
from classifier.text.regex_literals import start_search
from classifier.text.stemming import stem_table, stem_word


class _NormalizedStopWords(frozenset):
    """spaCy tests ``word.lower() in stop_words`` on the raw form; test the norm instead."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        norm = normalize_word(word)
        return all(frozenset.__contains__(self, part) for part in norm.split()) if norm.strip() else False


def _norm_getter(text: str) -> str:
    return normalize_word(text)


class IntervensiIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions: dict = {}
    stop_words = _NormalizedStopWords(resources.stop_words())
    lex_attr_getters = {**IndonesianDefaults.lex_attr_getters, NORM: _norm_getter}


class IntervensiIndonesian(Indonesian):
    """spaCy's Indonesian with intervensi's exceptions, norms and stop words."""

    lang = "id"
    Defaults = IntervensiIndonesianDefaults


@Language.factory("mask_personal_data")
def make_masker(nlp: Language, name: str) -> "PersonalDataMasker":
    return PersonalDataMasker(nlp.vocab.add_flag(masking.may_be_part_of_personal_data))


class PersonalDataMasker:
    """Merge each span of personal data into one token whose norm is a placeholder.

    Parameters
    ----------
    suspect_flag : int
        A lexeme flag marking token forms that may belong to personal data; documents
        with no such token are passed through untouched.
    """

    def __init__(self, suspect_flag: int):
        self.suspect_flag = suspect_flag

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not doc.to_array(self.suspect_flag).any():
            return doc
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
    """Write the stem of each token's norm to ``Token.lemma``.

    A document is stemmed with one vectorized look-up in the shipped stem table
    (:class:`~classifier.text.stemming.StemTable`, sorted arrays, about half a million
    forms). Norms not in the table (names, typos, multi-word norms) are stemmed once and
    kept in a bounded LRU dict (norm hash -> stem string): inserting costs O(1) whatever
    its size, and its stems are plain strings, re-added to the string store when used, so
    they survive spaCy memory zones.

    Attributes
    ----------
    learnt_ : OrderedDict
        norm hash -> stem, for at most ``LEARNT`` norms not in the table.
    stop_norms_ : set
        norm hashes that are stop words: every stop word, and the multi-word norms made
        only of stop words met so far (``apa apa``: a small, closed set).
    """

    LEARNT = 50_000

    def __init__(self, strings):
        self.strings = strings
        self.learnt_: OrderedDict[int, str] = OrderedDict()
        self.stop_norms_: set[int] = {hash_string(w) for w in resources.stop_words()}
        self._stops = resources.stop_words()
        self._table = None
        self._stem_ids = numpy.zeros(1, dtype="uint64")

    @property
    def table(self):
        if self._table is None:
            table = stem_table()
            # permanent strings, since the stems are read back; the ids are what the store
            # says (a few strings, such as "lang", are spaCy symbols, not hashes)
            add = self.strings.add
            self._stem_ids = numpy.fromiter((add(s, allow_transient=False) for s in table.stems),
                                            dtype="uint64", count=len(table.stems))
            self._table = table
        return self._table

    def _stem_hash(self, norm_hash: int) -> int:
        stem = self.learnt_.get(norm_hash)
        if stem is None:
            norm = self.strings[norm_hash]
            stem = stem_word(norm)
            parts = norm.split()
            if len(parts) > 1 and all(part in self._stops for part in parts):
                self.stop_norms_.add(norm_hash)
            self.learnt_[norm_hash] = stem
            while len(self.learnt_) > self.LEARNT:
                self.learnt_.popitem(last=False)
        else:
            self.learnt_.move_to_end(norm_hash)
        return self.strings.add(stem)

    def stems(self, norms: numpy.ndarray) -> numpy.ndarray:
        """Stem hashes for an array of norm hashes."""
        table = self.table
        found, idx = table.find(norms)
        out = self._stem_ids[idx] if len(table) else numpy.zeros(len(norms), dtype="uint64")
        if not found.all():
            missing = ~found
            out[missing] = [self._stem_hash(h) for h in norms[missing].tolist()]
        return out

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc.from_array([LEMMA], self.stems(doc.to_array(NORM)).reshape(-1, 1))
        return doc


# spaCy caches the tokenization of up to 10,000 whitespace-separated chunks by default; the
# corpus alone has more, and past the limit throughput drops fourfold (measured: 11,000 vs
# 48,000 documents/s). A cached chunk costs well under 1 kB.
TOKENIZER_CACHE_SIZE = 200_000

# Lexemes, strings and tokenizer cache entries stay for the life of the process; only the
# first PERMANENT_LEXEMES lexemes are kept that way (the frequent words of the first
# texts, and the whole corpus), after which every call of analyse_texts/analyze runs in a
# spaCy memory zone that frees what its texts added. About 1 kB per lexeme in all.
PERMANENT_LEXEMES = 50_000


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (builds in milliseconds; the stemmer loads on first use)."""
    nlp = IntervensiIndonesian()
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    # the same prefixes, found without trying ~170 anchored branches at every position
    nlp.tokenizer.prefix_search = start_search(nlp.tokenizer.prefix_search.__self__)
    nlp.add_pipe("mask_personal_data")
    nlp.add_pipe("sastrawi_stem")
    return nlp


@contextmanager
def memory_zone() -> Iterator[None]:
    """A context in which the pipeline's new lexemes and strings are freed on exit.

    Docs made inside must not be used after it (read what you need into plain Python
    objects first: :func:`analyse_texts` does). While the vocabulary holds fewer than
    ``PERMANENT_LEXEMES`` lexemes, nothing is freed: frequent words are learnt once and
    for all, which keeps the tokenizer cache and the lexeme attributes working. Nested
    use is a no-op (spaCy's zones must not be nested). On exit, the vocabulary's hash
    tables are rebuilt once cells, live or marked deleted by the zones, fill half of them
    (:mod:`.hash_tables`: otherwise they double again and again).
    """
    nlp = get_nlp()
    if nlp.vocab.in_memory_zone or len(nlp.vocab) < PERMANENT_LEXEMES:
        yield
        return
    with nlp.memory_zone():
        yield
    drop_deleted_cells(nlp.vocab)


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


class AnalysedText:
    """A compact, picklable view of a processed text, for feature extraction and evidence.

    Attributes hold one entry per non-space token: ``starts``/``ends`` (character offsets in
    ``text``), ``norms``, ``stems`` and ``content`` (True for words that can be features:
    not a stop word, not punctuation, not a personal-data placeholder, not in the message's
    envelope: greetings, addressee, addresses, closings; see :mod:`.envelope`) and
    ``envelope`` (True for tokens in the envelope: never shown as evidence).
    """

    __slots__ = ("text", "starts", "ends", "norms", "stems", "content", "envelope")

    def __init__(self, text, starts, ends, norms, stems, content, envelope=None):
        self.text, self.starts, self.ends = text, starts, ends
        self.norms, self.stems, self.content = norms, stems, content
        self.envelope = envelope if envelope is not None else [False] * len(norms)

    def __len__(self) -> int:
        return len(self.norms)

    def __getstate__(self):
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state):
        for key, value in zip(self.__slots__, state):
            setattr(self, key, value)
        if len(state) < len(self.__slots__):  # pickled before ``envelope`` existed
            self.envelope = [False] * len(self.norms)


class _Analyser:
    """Doc -> AnalysedText, with per-hash string and content caches (one per process).

    The caches hold plain Python values keyed by string hash, so they stay valid after a
    memory zone frees the strings; each is emptied when it reaches ``CACHE`` entries.
    """

    CACHE = 50_000

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.stops = nlp.get_pipe("sastrawi_stem").stop_norms_
        self._string: dict[int, str] = {}
        self._content: dict[int, bool] = {}

    def _str(self, h: int) -> str:
        s = self._string.get(h)
        if s is None:
            if len(self._string) >= self.CACHE:
                self._string.clear()
            s = self._string[h] = self.strings[h]
        return s

    def _is_content(self, h: int) -> bool:
        c = self._content.get(h)
        if c is None:
            if len(self._content) >= self.CACHE:
                self._content.clear()
            norm = self._str(h)
            c = self._content[h] = (h not in self.stops and not norm.startswith("<")
                                    and any(ch.isalpha() for ch in norm))
        return c

    def __call__(self, doc: Doc, text: str) -> AnalysedText:
        """``text`` is the text ``doc`` was made from (``doc.text`` rebuilds it token by token)."""
        if not len(doc):
            return AnalysedText(text, [], [], [], [], [], [])
        arr = doc.to_array([IDX, LENGTH, NORM, LEMMA, IS_SPACE])
        arr = arr[arr[:, 4] == 0]
        starts = arr[:, 0].tolist()
        ends = (arr[:, 0] + arr[:, 1]).tolist()
        s = self._str
        norm_hashes = arr[:, 2].tolist()
        content = [self._is_content(h) for h in norm_hashes]
        spans = envelope_spans(text)
        envelope = in_envelope(starts, spans)
        if spans:  # greetings, addressee, addresses, closings: kept in the text, not features
            content = [c and not e for c, e in zip(content, envelope)]
        return AnalysedText(text, starts, ends, [s(h) for h in norm_hashes],
                            [s(h) for h in arr[:, 3].tolist()], content, envelope)


@lru_cache(maxsize=1)
def _analyser() -> _Analyser:
    return _Analyser(get_nlp())


# One analysis at a time per process: the vocabulary, its string store and the memory zone
# are shared, and a zone that ends frees every string added since it began, the strings of
# another thread's texts included (the service may run several model threads).
_PIPELINE_LOCK = threading.RLock()


def analyse_texts(texts: Iterable[str]) -> list[AnalysedText]:
    """Run the pipeline over ``texts`` and return their compact analyses, in order."""
    analyser = _analyser()
    texts = list(texts)
    with _PIPELINE_LOCK, memory_zone():
        return [analyser(doc, text) for text, doc in zip(texts, pipe(texts))]


def analyze(text: str) -> list[Token]:
    """Tokens of one text with span, norm, stem and stop flag."""
    with _PIPELINE_LOCK, memory_zone():
        return tokens_of(get_nlp()(text))


def pipe(texts: Iterable[str]) -> Iterator[Doc]:
    """Process many texts; yields Docs in order (outside any memory zone unless the
    caller opens one: see :func:`memory_zone`).

    A plain loop over the components: ``Language.pipe`` adds about 15 us of bookkeeping
    per document, a third of the whole pipeline's cost on a short complaint.
    """
    nlp = get_nlp()
    make_doc, components = nlp.make_doc, [proc for _, proc in nlp.pipeline]
    for text in texts:
        doc = make_doc(text)
        for proc in components:
            doc = proc(doc)
        yield doc
