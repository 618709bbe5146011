"""Personal data in a complaint: where it is, and the placeholder that replaces it in features.

Complaint text is personal data. Phone numbers, NIK and the like must never become
features (the model would memorise them, and explanations would echo them). The patterns
find character spans in the ORIGINAL text; the language pipeline merges each span into one
token whose normalized form is the placeholder.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

URL = "<url>"
EMAIL = "<email>"
NIK = "<nik>"
PHONE = "<telepon>"
NUMBER = "<nomor>"
PLACEHOLDERS = (URL, EMAIL, NIK, PHONE, NUMBER)

# Order matters: the first alternative that matches at a position wins.
_PATTERNS = [
    (EMAIL, r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    (URL, r"(?:https?://|www\.)[^\s<>\"]+"
          r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|ly|info|xyz|me|io|co)(?:/[^\s<>\"]*)?(?![\w.])"),
    # 16-digit NIK / KK number, also written in groups of four
    (NIK, r"(?<!\d)\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{4}(?!\d)"),
    # Indonesian mobile numbers (+62 / 62 / 0 then 8..), and landlines with an area code
    (PHONE, r"(?<![\w+])(?:\+62|62|0)[ -]?8\d{1,2}(?:[ .-]?\d{2,5}){2,3}(?!\d)"
            r"|(?<!\d)\(0\d{2,3}\)[ -]?\d{5,8}(?!\d)"),
    (NUMBER, r"(?<![\d.,])\d{8,}(?![\d.,]?\d)"),
]
_COMBINED = re.compile("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(_PATTERNS)), re.IGNORECASE)
_QUICK = re.compile(r"\d{4}|@|www\.|://|\.(?:com|net|org|id|ly|info|xyz|me|io|co)\b", re.IGNORECASE)


class Match(NamedTuple):
    start: int
    end: int
    placeholder: str


def find_personal_data(text: str) -> Iterator[Match]:
    """Yield non-overlapping spans of personal data in ``text``, left to right."""
    if not _QUICK.search(text):  # most complaints: one cheap scan and done
        return
    for m in _COMBINED.finditer(text):
        placeholder = _PATTERNS[int(m.lastgroup[1:])][0]
        yield Match(m.start(), m.end(), placeholder)


def mask(text: str) -> str:
    """``text`` with every personal-data span replaced by its placeholder."""
    out, pos = [], 0
    for m in find_personal_data(text):
        out.append(text[pos:m.start])
        out.append(m.placeholder)
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
