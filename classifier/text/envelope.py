"""The envelope of a message: the parts that carry no problem.

Real complaints come wrapped: greetings (``Assalamualaikum``, ``Selamat pagi min``), an
addressee (``Yth. Bapak Bupati``), letter formulas (``Dengan hormat``, ``Demikian ...``),
addresses and RT/RW, dates, form fields (``Lokasi Kejadian ...``), signatures and closings
(``Mohon ditindaklanjuti, terima kasih``). None of it says what the problem is, yet a model
reads it: the same letter addressed to the Kepala Desa looked mezzo and to the Bupati
makro. The patterns (``data/envelope.json``) find those parts as character spans; the
tokens inside them stay in the text with their offsets but are not features and not
evidence.

Examples
--------
>>> [kind for _, _, kind in envelope_spans("Yth. Bapak Bupati, PKH ibu saya tidak cair. Terima kasih")]
['addressee', 'closing']
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from classifier.text import resources

MAX_SCAN_CHARS = 50_000  # patterns are linear, but a bound keeps a hostile text cheap


class Span(NamedTuple):
    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    """(kind, compiled pattern, the strings one of which a text must hold for it to match,
    empty when that cannot be told)."""
    from re import _parser

    from classifier.text.regex_literals import leading_literals

    compiled = []
    for kind, patterns in resources.envelope_patterns().items():
        for pattern in patterns:
            rx = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
            needed = {n.lower() for n in leading_literals(list(_parser.parse(pattern, rx.flags).data)) or ()}
            compiled.append((kind, rx, tuple(sorted(needed)) if all(len(n) >= 2 for n in needed) else ()))
    return tuple(compiled)


def envelope_spans(text: str) -> list[Span]:
    """Character spans of the envelope of ``text``, sorted and merged where they overlap.

    A pattern whose every match starts with one of a few words is only run on an ASCII
    text that holds one of them (a substring test costs far less than a regex scan)."""
    text = text[:MAX_SCAN_CHARS]
    lower = text.lower() if text.isascii() else None
    found = sorted(Span(m.start(), m.end(), kind) for kind, rx, needed in _patterns()
                   if lower is None or not needed or any(n in lower for n in needed)
                   for m in rx.finditer(text) if m.end() > m.start())
    merged: list[Span] = []
    for span in found:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.kind)
            continue
        merged.append(span)
    return merged


def in_envelope(starts: Sequence[int], spans: Sequence[Span]) -> list[bool]:
    """For each token start offset, whether it falls inside one of the (merged) spans."""
    if not spans:
        return [False] * len(starts)
    begins = [s.start for s in spans]
    out = []
    for start in starts:
        i = bisect.bisect_right(begins, start) - 1
        out.append(i >= 0 and start < spans[i].end)
    return out
