"""Which words Sastrawi could reduce to a root at all, answered without running it.

Sastrawi's stem of one word is the root it reaches in its dictionary, or the word itself
when it reaches none. Trying its 60 prefix rules on a word that holds no root (a name, a
typo, an English word) is what makes unseen text slow: about 0.5-2 ms a word, against a
few microseconds here.

Every step Sastrawi takes keeps its current word in the shape ``L + word[a:b]``: suffix
visitors cut the end (``b`` moves left over ``-i``, ``-kan``, ``-nya``, ``-lah``...); prefix
rules cut the front, and at most put back one letter the prefix swallowed (``meny-`` ->
``s``, ``mem-`` -> ``p``, ``men-`` -> ``t``, ``meng-`` -> ``k``; the infix rules keep the
first letter). :func:`may_have_root` walks those shapes generously (any of the prefix
heads, in any order, three deep) and asks the dictionary about each; when none is in it,
Sastrawi returns the word unchanged, so the caller can skip it. The test suite checks that
this never disagrees with Sastrawi on tens of thousands of real and random words.
"""

from __future__ import annotations

import re

# every literal head a prefix rule or the plain-prefix visitor can remove (a superset)
PREFIX_HEADS = ("di", "ke", "se", "be", "ber", "bel", "te", "ter", "me", "mem", "men", "meng", "menge",
                "meny", "memp", "pe", "pem", "pen", "peng", "penge", "peny", "per", "pel", "ku", "kau")
RESTORED = ("k", "p", "s", "t")  # letters a prefix rule may put back in front of the rest
SUFFIXES = ("i", "kan", "an", "is", "isme", "isasi", "ku", "mu", "nya", "lah", "kah", "tah", "pun")
INFIXES = ("el", "em", "er", "in")
MAX_PREFIXES = 3
MAX_SUFFIXES = 3
_LETTERS = re.compile(r"^[a-z0-9]+$")


def _ends(word: str) -> list[int]:
    """Positions ``b`` such that ``word[b:]`` is up to three suffixes."""
    ends, frontier = {len(word)}, {len(word)}
    for _ in range(MAX_SUFFIXES):
        frontier = {b - len(s) for b in frontier for s in SUFFIXES if b - len(s) > 0 and word.endswith(s, 0, b)}
        ends |= frontier
    return sorted(ends)


_HEADS_BY_LETTER = {c: tuple(h for h in PREFIX_HEADS if h[0] == c) for c in {h[0] for h in PREFIX_HEADS}}


def _starts(word: str) -> set[tuple[str, int]]:
    """States ``(L, a)``: the current word may be ``L + word[a:]`` after prefix removals."""
    states = {("", 0)}
    frontier = set(states)
    for _ in range(MAX_PREFIXES):
        nxt = set()
        for letter, a in frontier:
            current = letter + word[a:]
            if not current:
                continue
            for head in _HEADS_BY_LETTER.get(current[0], ()):
                if len(head) >= len(letter) and current.startswith(head):
                    rest = a + len(head) - len(letter)
                    nxt.add(("", rest))
                    nxt.update((c, rest) for c in RESTORED)
            if len(current) > 3 and current[1:3] in INFIXES:
                nxt.add((current[0], a + 3 - len(letter)))
        frontier = {s for s in nxt if s[1] < len(word)} - states
        states |= frontier
    return states


def may_have_root(word: str, roots: frozenset[str]) -> bool:
    """False only when Sastrawi cannot reach a root of ``roots`` from ``word`` (so it would
    return ``word`` unchanged). Only for one word of lower-case letters and digits (what
    Sastrawi's text normalizer leaves, split at spaces); anything else, hyphenated words
    included, which Sastrawi stems as plurals, is True."""
    if not _LETTERS.match(word):
        return True
    ends = _ends(word)
    for letter, a in _starts(word):
        for b in ends:
            if b > a and letter + word[a:b] in roots:
                return True
    return False
