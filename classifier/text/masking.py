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
_QUICK_DOMAIN = re.compile(r"\.(?:com|net|org|id|ly|info|xyz|me|io|co)\b", re.IGNORECASE)


def may_be_part_of_personal_data(token_text: str) -> bool:
    """Whether one token could belong to a span of personal data.

    Computed once per distinct token form (a spaCy lexeme flag), so that the full pattern
    (about 35 us per complaint) runs only on the few complaints that have such a token.
    Years (1900-2099) and short numbers are not suspects; a NIK written in groups of four
    always has a group outside that range.
    """
    if "@" in token_text or "://" in token_text or token_text.lower().startswith("www."):
        return True
    digits = sum(ch.isdigit() for ch in token_text)
    if digits >= 5:
        return True
    if digits >= 3 and (token_text.startswith(("0", "+62", "(0")) or token_text.startswith("62") and digits >= 4):
        return True
    if digits == 4 and token_text.isdigit() and not 1900 <= int(token_text) <= 2099:
        return True
    return _QUICK_DOMAIN.search(token_text) is not None


class Match(NamedTuple):
    start: int
    end: int
    placeholder: str


def find_personal_data(text: str) -> Iterator[Match]:
    """Yield non-overlapping spans of personal data in ``text``, left to right."""
    for m in _COMBINED.finditer(text):
        placeholder = _PATTERNS[int(m.lastgroup[1:])][0]
        yield Match(m.start(), m.end(), placeholder)


# ------------------------------------------------------------------ storage masking
# Stronger than the feature masking above: before an officer's correction is stored, names
# after honorifics and street addresses are removed too.

_HONORIFICS = (r"Bapak|Bpk\.?|Pak|Bp\.?|Ibu|Bu|Sdr\.?|Sdri\.?|Saudara|Saudari|Mas|Mbak|Mba|Kak|Kakak|Teh|Teteh|"
               r"Akang|Kang|Abang|Bang|Uda|Uni|Ny\.?|Tn\.?|Nn\.?|Nyonya|Tuan|Nona|Adik|Dik|Dek|Mbah|Nenek|Kakek|"
               r"Almarhum|Alm\.?|Haji|Hajjah|Hj\.?|H\.|Ustadz|Ustazah")
# A capitalised name of one to three words after an honorific: "Ibu Siti Aminah", "Pak Darto".
_NAME = re.compile(rf"\b((?i:{_HONORIFICS}))(\s+)((?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.)){{0,2}})")
# "Jl. Mawar No. 5", "Jalan Sudirman Gg. III no 12", "Gang Buntu 4", "Dusun Krajan RT 02/RW 03" (street part only)
_ADDRESS = re.compile(r"\b(?i:Jl|Jln|Jalan|Gg|Gang|Komplek|Komp|Perum|Perumahan|Blok)\.?\s+"
                      r"[A-Z0-9][\w'/-]*\.?(?:\s+(?:[A-Z0-9][\w'/-]*\.?|(?i:no|nomor)\.?\s*\d+[A-Za-z]?)){0,4}")
STORAGE_PLACEHOLDERS = {EMAIL: "[EMAIL]", URL: "[URL]", NIK: "[NIK]", PHONE: "[TELEPON]", NUMBER: "[NOMOR]"}


def mask_for_storage(text: str) -> str:
    """``text`` with personal data replaced: e-mail, URLs, NIK, phone and long numbers,
    names after honorifics (``Ibu [NAMA]``) and street addresses (``[ALAMAT]``)."""
    out, pos = [], 0
    for m in find_personal_data(text):
        out.append(text[pos:m.start])
        out.append(STORAGE_PLACEHOLDERS[m.placeholder])
        pos = m.end
    out.append(text[pos:])
    masked = "".join(out)
    masked = _ADDRESS.sub("[ALAMAT]", masked)
    return _NAME.sub(lambda m: f"{m.group(1)}{m.group(2)}[NAMA]", masked)
