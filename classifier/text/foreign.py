"""Is a text written in a foreign language? A lexical test, no model.

The service supports Indonesian and the regional languages of Indonesia. A text in
English, Dutch or Arabic gets its own reason ("language not supported") instead of a
verdict about its content. The test counts the words that are function words of a foreign
language (``data/foreign_words.json``) and the words that Indonesian or regional
resources know (Sastrawi's root dictionary, the slang and regional lexicon): a text is
foreign when foreign function words make up at least ``min_share`` of its words and the
known Indonesian words are fewer than them.

Examples
--------
>>> detect_foreign("My husband has not paid the rent for three months and we have no food")
'en'
>>> detect_foreign("Suami saya tidak bekerja sejak tiga bulan") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifier.text import resources

_WORD = re.compile(r"[a-z']+")
MIN_WORDS = 3
MIN_SHARE = 0.3


@lru_cache(maxsize=1)
def _indonesian() -> frozenset[str]:
    from classifier.text.normalize import known_words

    return known_words()


def detect_foreign(text: str, min_share: float = MIN_SHARE) -> str | None:
    """The code of the foreign language ``text`` is written in, or None."""
    words = _WORD.findall(text.lower()[:5000])
    if len(words) < MIN_WORDS:
        return None
    known = _indonesian()
    indonesian = sum(1 for w in words if w in known)
    best, best_count = None, 0
    for lang, lexicon in resources.foreign_words().items():
        count = sum(1 for w in words if w in lexicon)
        if count > best_count:
            best, best_count = lang, count
    if best is None or best_count / len(words) < min_share or indonesian >= best_count:
        return None
    return best
