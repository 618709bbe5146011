"""What a pattern's matches must start with, read from its parse tree.

A substring test costs far less than a regex scan, so a scan that needs a word the text
does not hold can be skipped (the envelope patterns), and a search whose branches are
anchored at the start can be a ``match`` (spaCy's prefix pattern).
"""

from __future__ import annotations

import re
from re import _constants, _parser
from typing import Callable


def leading_literals(items) -> set[str] | None:
    """The strings one of which every match of the parsed pattern ``items`` starts with
    (after any zero-width assertion such as ``\\b``), in the pattern's own case, or None
    when it can start otherwise."""
    prefix, i = "", 0
    while i < len(items) and items[i][0] is _parser.AT:
        i += 1
    while i < len(items) and items[i][0] is _parser.LITERAL:
        prefix += chr(items[i][1])
        i += 1
    if i < len(items) and items[i][0] is _parser.BRANCH:
        alternatives = [leading_literals(list(alt)) for alt in items[i][1][1]]
        if all(alternatives):
            return {prefix + tail for alt in alternatives for tail in alt}
    return {prefix} if prefix else None


def start_search(rx: re.Pattern) -> Callable[[str], re.Match | None]:
    """``rx.search``, made cheap for a pattern whose branches are mostly anchored with ``^``
    (spaCy's prefix pattern: about 170 of them).

    ``search`` tries every branch at every position of the string; ``match`` tries position
    0 only, which is all an anchored branch can match. Branches that are not anchored
    (spaCy's Indonesian ``<a ...>`` prefix) can match further in: when the string holds
    one of their leading literals, the full search runs, so the result is always
    ``rx.search``'s. Patterns this cannot read are searched as before."""
    if rx.flags & re.MULTILINE:
        return rx.search
    items = list(_parser.parse(rx.pattern, rx.flags).data)
    branches = [list(alt) for alt in items[0][1][1]] if len(items) == 1 and items[0][0] is _parser.BRANCH else [items]
    unanchored = [b for b in branches if not b or b[0] != (_parser.AT, _constants.AT_BEGINNING)]
    needles: set[str] = set()
    for branch in unanchored:
        found = leading_literals(branch)
        if not found or not all(found):
            return rx.search
        needles |= found
    if not needles:
        return rx.match
    needles_t = tuple(sorted(needles))

    def search(string: str) -> re.Match | None:
        if any(n in string for n in needles_t):
            return rx.search(string)
        return rx.match(string)

    search.__self__ = rx  # spaCy reads the pattern back from ``prefix_search.__self__``
    return search
