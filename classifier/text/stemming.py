"""Stemming with Sastrawi, one stemmer per process, corrected and memoized per word.

Sastrawi (PySastrawi) over-stems a few words (``berikan`` -> ``ikan``) and does not know
informal ``-in`` verbs (``dengerin``); ``data/stem_corrections.tsv`` is consulted first.
"""

from __future__ import annotations

from functools import lru_cache

from classifier.text import resources


@lru_cache(maxsize=1)
def get_stemmer():
    """The process-wide Sastrawi stemmer (building one reads its 30k-word dictionary)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of root words."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w for w in StemmerFactory().get_words() if w)


@lru_cache(maxsize=None)
def stem_word(norm: str) -> str:
    """The stem of a normalized form; a form of several words is stemmed word by word.

    Forms with no letters (punctuation, numbers, placeholders) are their own stem.
    """
    if " " in norm:
        return " ".join(stem_word(part) for part in norm.split())
    corrections = resources.stem_corrections()
    if norm in corrections:
        return corrections[norm]
    if not any(ch.isalpha() for ch in norm) or norm.startswith("<"):
        return norm
    stem = get_stemmer().stem(norm)
    return stem or norm
