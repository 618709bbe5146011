"""Stemming with Sastrawi, one stemmer per process, corrected, table-backed and memoized.

Sastrawi (PySastrawi) over-stems a few words (``berikan`` -> ``ikan``) and does not know
informal ``-in`` verbs (``dengerin``); ``data/stem_corrections.tsv`` is consulted first.

Stemming an unseen word with Sastrawi costs about 0.4 ms, so ``data/stem_table.npz``
ships the stems of about half a million frequent word forms (Sastrawi's root words with
the common affixes, and the slang lexicon), computed by ``scripts/make_stem_table.py``
with :func:`compute_stem` itself: a look-up gives exactly what stemming would give.
Every cache here is bounded, so no input can make the process grow without limit.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy

from classifier import DATA_DIR
from classifier.text import resources
from classifier.text.root_reach import may_have_root

# what Sastrawi's TextNormalizer removes before stemming a text
_SASTRAWI_DROPS = re.compile(r"[^a-z0-9 -]", re.IGNORECASE)
_SPACES = re.compile(r"( +)")

STEM_TABLE = DATA_DIR / "stem_table.npz"
WORD_CACHE = 50_000  # memoized forms outside the table (about 150 bytes each)


@lru_cache(maxsize=1)
def get_stemmer():
    """The process-wide Sastrawi stemmer, without its own cache.

    ``StemmerFactory().create_stemmer()`` wraps the stemmer in a cache that keeps every
    word it has seen for the life of the process; :func:`stem_word` memoizes instead, in
    a bounded cache. Building one reads Sastrawi's 30k-word dictionary.
    """
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().delegatedStemmer


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of root words."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w for w in StemmerFactory().get_words() if w)


class StemTable:
    """The shipped form -> stem table: sorted spaCy string hashes of the forms, and for
    each the index of its stem in ``stems``. About 10 bytes per form, no Python objects
    per form.
    """

    def __init__(self, keys: numpy.ndarray, stem_index: numpy.ndarray, stems: list[str]):
        self.keys, self.stem_index, self.stems = keys, stem_index, stems

    @classmethod
    def load(cls, path=STEM_TABLE) -> "StemTable":
        if not path.exists():  # only while scripts/make_stem_table.py builds it
            return cls(numpy.zeros(0, "uint64"), numpy.zeros(0, "uint32"), [])
        with numpy.load(path) as data:
            stems = bytes(data["stems"]).decode("utf-8").split("\n")
            return cls(numpy.cumsum(data["key_deltas"], dtype="uint64"), data["stem_index"], stems)

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, hashes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(found mask, stem indices) for an array of uint64 form hashes; indices of
        forms not found are meaningless."""
        if not len(self.keys):
            return numpy.zeros(len(hashes), bool), numpy.zeros(len(hashes), "intp")
        pos = numpy.searchsorted(self.keys, hashes)
        pos[pos == len(self.keys)] = 0
        return self.keys[pos] == hashes, self.stem_index[pos]

    def get(self, form: str) -> str | None:
        from spacy.strings import hash_string

        found, idx = self.find(numpy.array([hash_string(form)], dtype="uint64"))
        return self.stems[idx[0]] if found[0] else None


@lru_cache(maxsize=1)
def stem_table() -> StemTable:
    """The shipped stem table, loaded once per process."""
    return StemTable.load()


def compute_stem(norm: str) -> str:
    """The corrected Sastrawi stem of a normalized form, computed (no table, no cache);
    a form of several words is stemmed word by word. Forms with no letters
    (punctuation, numbers, placeholders) are their own stem."""
    if " " in norm:
        return " ".join(compute_stem(part) for part in norm.split())
    corrections = resources.stem_corrections()
    if norm in corrections:
        return corrections[norm]
    if not any(ch.isalpha() for ch in norm) or norm.startswith("<"):
        return norm
    return _sastrawi_stem(norm) or norm


def _sastrawi_stem(text: str) -> str:
    """Exactly ``Stemmer.stem(text)``, without running Sastrawi's rules on the words that
    hold no root it could reach (:func:`~classifier.text.root_reach.may_have_root`)."""
    stemmer, roots = get_stemmer(), root_words()
    words = _SASTRAWI_DROPS.sub(" ", text.lower())
    words = _SPACES.sub(" ", words).strip().split(" ")
    return " ".join(stemmer.stem_word(w) if "-" in w or may_have_root(w, roots) else w for w in words)


@lru_cache(maxsize=WORD_CACHE)
def stem_word(norm: str) -> str:
    """The stem of a normalized form: :func:`compute_stem`, read from the shipped table
    when the form is in it."""
    if " " in norm:
        return " ".join(stem_word(part) for part in norm.split())
    corrections = resources.stem_corrections()  # first, in case the table is older
    if norm in corrections:
        return corrections[norm]
    stem = stem_table().get(norm)
    return compute_stem(norm) if stem is None else stem
