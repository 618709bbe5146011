"""Word normalization: from what a person typed to a standard Indonesian form.

Applied once per distinct token form (spaCy calls it when a new lexeme enters the
vocabulary), so it may do dictionary look-ups without slowing the pipeline down; memoized
in a bounded cache, since lexemes made in a memory zone are made again in the next one.

Steps, in order: Unicode NFKC, lower case and no diacritics on Latin letters; the slang and
abbreviation lexicons; reduplication written
with 2 (``anak2`` -> ``anak anak``, ``anak2nya`` -> ``anak anaknya``); squeezing letters
repeated for emphasis (``bangeeet`` -> ``banget``, ``tolongg`` -> ``tolong``) to the form
a dictionary knows; the slang lexicon again. The result may hold several words
(``gpp`` -> ``tidak apa apa``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from classifier.text import resources

_REDUP = re.compile(r"^([a-z]{2,})2([a-z]*)$")
_RUN = re.compile(r"([a-z])\1+")
_MAX_RUNS = 6  # 2**6 candidate spellings at most per word


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words whose spelling is standard: Sastrawi's root dictionary, the slang lexicon's
    both sides, the stem corrections."""
    from classifier.text.stemming import root_words

    slang = resources.norm_lexicon()
    words = set(root_words())
    words.update(slang)
    for value in slang.values():
        words.update(value.split())
    words.update(resources.stem_corrections())
    return frozenset(words)


def known_words() -> frozenset[str]:
    """Words whose spelling is standard Indonesian (or a known slang or regional form)."""
    return _known_words()


def _is_known(word: str) -> bool:
    if word in _known_words():
        return True
    from classifier.text.stemming import stem_word

    # stem_word differs from Sastrawi only on the stem corrections, which are known words
    return stem_word(word) in _known_words()


def squeeze_repeats(word: str) -> str:
    """Undo letters repeated for emphasis, keeping legitimate doubles (``tinggal``, ``saat``).

    Each run of a repeated letter becomes one or two letters; the longest spelling that a
    dictionary knows wins. When none is known, runs of three or more become one letter.
    """
    runs = list(_RUN.finditer(word))
    if not runs or _is_known(word):
        return word
    if len(runs) > _MAX_RUNS:
        return _RUN.sub(r"\1", word)
    best = None
    for lengths in itertools.product((2, 1), repeat=len(runs)):
        parts, pos = [], 0
        for run, n in zip(runs, lengths):
            parts.append(word[pos:run.start()])
            parts.append(run.group(1) * n)
            pos = run.end()
        parts.append(word[pos:])
        candidate = "".join(parts)
        if _is_known(candidate) and (best is None or len(candidate) > len(best)):
            best = candidate
    if best is not None:
        return best
    return re.sub(r"([a-z])\1{2,}", r"\1", word)


def _normalize_simple(word: str) -> str:
    slang = resources.norm_lexicon()
    if word in slang:
        return slang[word]
    squeezed = squeeze_repeats(word)
    return slang.get(squeezed, squeezed)


def strip_latin_diacritics(word: str) -> str:
    """``bâdâ`` -> ``bada``, ``béja`` -> ``beja``: regional spellings (Madurese, Sundanese,
    Javanese) mark vowels that standard Indonesian does not. Marks on letters of other
    scripts are kept."""
    if word.isascii():
        return word
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=50_000)
def normalize_word(text: str) -> str:
    """The normalized form of one token's text (never empty)."""
    word = strip_latin_diacritics(unicodedata.normalize("NFKC", text).lower())
    if not word.strip():
        return text
    slang = resources.norm_lexicon()
    if word in slang:
        return slang[word]
    match = _REDUP.match(word)
    if match:
        base, suffix = match.groups()
        base_norm = _normalize_simple(base)
        return f"{base_norm} {_normalize_simple(base + suffix) if suffix else base_norm}"
    return _normalize_simple(word)
