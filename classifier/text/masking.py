"""Personal data in a complaint: where it is, and the placeholder that replaces it in features.

Complaint text is personal data. Phone numbers, NIK and the like must never become
features (the model would memorise them, and explanations would echo them). The patterns
find character spans in the ORIGINAL text; the language pipeline merges each span into one
token whose normalized form is the placeholder.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from classifier import DATA_DIR

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
# Stronger than the feature masking above: before an officer's correction is stored,
# people's names and street addresses are removed too. Names are found by their cues
# (classifier/data/personal_names.json): an honorific ("Ibu Siti Aminah"), a
# self-introduction ("Nama saya ...", "saya Hendra"), a relation ("anak saya Dimas",
# "suami sy yg bernama ..."), a form label ("Pelapor: ..."), a signature after a closing
# ("Hormat saya,\nSutarmi") or alone on the last line. Titles of office are never names
# ("Bapak Bupati", "Pak RT", "Ibu Kota"). Villages, districts and offices stay: the level
# of an intervention depends on them. tests/data/masking_cases.jsonl measures recall and
# precision.

STORAGE_PLACEHOLDERS = {EMAIL: "[EMAIL]", URL: "[URL]", NIK: "[NIK]", PHONE: "[TELEPON]", NUMBER: "[NOMOR]"}
NAME, ADDRESS = "[NAMA]", "[ALAMAT]"

_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*\.?")
# "Jl. Mawar No. 5", "Jalan Sudirman 45", "jln kenanga gg III no 12", "Perum Griya Asri Blok C3 No. 7"
_STREET_PART = r"(?:(?i:no|nomor|gg|gang|blok)\.?[ \t]*[\w/-]+|[A-Z0-9][\w'/-]*\.?)"
_STREET = re.compile(
    rf"\b(?:(?i:jl|jln|gg)\.?[ \t]+(?:[a-z][\w'-]*|{_STREET_PART})|(?i:jalan|gang|komplek|komp|perum|perumahan|blok)\.?"
    rf"[ \t]+{_STREET_PART})(?:[ \t]+(?:{_STREET_PART}|[a-z][\w'-]*(?=[ \t]+(?i:no|nomor)\b)))*")
# "RT 02/RW 03", "RT.4 RW.7", "rt 02 rw 3", "RT 3", "RW 05"
_RT_RW = re.compile(r"\b(?:(?i:rt)\.?\s*\d{1,3}(?:\s*[/,]?\s*(?:(?i:rw)\.?\s*)?\d{1,3}(?!\d))?|(?i:rw)\.?\s*\d{1,3})\b")


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    data = json.loads((DATA_DIR / "personal_names.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


class _Words:
    """The words of a text with their spans, and what separates each from the next."""

    def __init__(self, text: str):
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.lower = [text[a:b].lower().rstrip(".") for a, b in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def raw(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b]

    def gap(self, i: int) -> str:
        """The characters between word ``i`` and word ``i + 1``."""
        return self.text[self.spans[i][1]:self.spans[i + 1][0]] if i + 1 < len(self.spans) else "\n"

    def phrase(self, i: int, phrases: frozenset[str]) -> int:
        """The number of words of the longest phrase of ``phrases`` starting at word ``i``."""
        best = 0
        for n in (1, 2, 3):
            if i + n <= len(self) and " ".join(self.lower[i:i + n]) in phrases \
                    and all(self.gap(j).strip(" ") == "" for j in range(i, i + n - 1)):
                best = n
        return best


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _name_at(w: _Words, i: int, loose: bool) -> int:
    """How many words from ``i`` form a name (0 if none): capitalised words, or any words
    when the cue says a name follows (``loose``), never a title or a common word."""
    cues, n = _cues(), 0
    while i + n < len(w) and n < 4:
        word, low = w.raw(i + n), w.lower[i + n]
        if n and low in ("bin", "binti") and i + n + 1 < len(w):
            n += 1
            continue
        capital = word[0].isupper() and not (word.isupper() and len(word) > 1 and not word.endswith(".") and n == 0
                                               and len(word) <= 3)
        if low in cues["not_names"] or low in cues["offices"] or low in cues["honorifics"] or not (capital or loose):
            break
        n += 1
        if not w.gap(i + n - 1).strip(" ") == "" or (word.endswith(".") and not _is_initial(word)):
            break
    while n and w.lower[i + n - 1] in ("bin", "binti"):
        n -= 1
    return n


def _skip(w: _Words, i: int, allowed: str = " ,:") -> int:
    """Whether the gap after word ``i - 1`` holds only ``allowed`` characters."""
    return i < len(w) and (i == 0 or all(c in allowed for c in w.gap(i - 1)))


def _cues_at(w: _Words, i: int) -> Iterator[tuple[int, bool]]:
    """Every name cue starting at word ``i``: (index of the first word of the name, loose)."""
    cues = _cues()
    low = w.lower[i]
    n = w.phrase(i, cues["named_by"]) or w.phrase(i, cues["name_labels"]) or _dotted_label(w, i)
    if n and _skip(w, i + n, " ,:.\n-–"):
        yield i + n, w.phrase(i, cues["named_by"]) > 0 or low not in _CLOSINGS
    if low in cues["honorifics"]:
        j = i + 1
        while j < len(w) and w.lower[j] in cues["honorifics"] and w.raw(j)[0].isupper() and _skip(w, j):
            j += 1  # "Pak H. Abdul Rahman", "Bapak Haji Darto"
        if _skip(w, j, " ") and (j == i + 1 or w.raw(j)[0].isupper()):
            yield j, False
    if low in cues["self"] and _skip(w, i + 1, " ,"):
        yield i + 1, False
    if low in cues["relations"]:
        j = i + 1
        if not low.endswith("nya"):
            if not (j < len(w) and w.lower[j] in cues["relation_owners"] and _skip(w, j, " ")):
                return
            j += 1
        k = w.phrase(j, cues["named_by"]) if j < len(w) and _skip(w, j, " ,") else 0
        if k:
            yield j + k, True
        elif _skip(w, j, " ,"):
            yield j, False


def _dotted_label(w: _Words, i: int) -> int:
    """Words of a label written with dots or a slash at word ``i`` (``a.n.``, ``an.``,
    ``a/n``: "atas nama"), as typed; the word reader drops dots, and ``an`` alone is not
    a label ("90an karyawan")."""
    start = w.spans[i][0]
    if start and w.text[start - 1].isalnum():
        return 0
    labels = _cues()["dotted_labels"]
    for n in (1, 2):
        if i + n <= len(w) and w.text[start:w.spans[i + n - 1][1]].lower() in labels:
            return n
    return 0


_CLOSINGS = frozenset(("salam", "wassalam", "wassalamualaikum", "hormat", "terima", "terimakasih", "matur"))


def _first_name(w: _Words, i: int) -> tuple[int, int]:
    """(first word, number of words) of the name a cue at word ``i`` announces, or (i, 0)."""
    for start, loose in _cues_at(w, i):
        n = _name_at(w, start, loose) if start < len(w) else 0
        if n:
            return start, n
    return i, 0


def _span(w: _Words, first: int, last: int) -> tuple[int, int]:
    """Characters of words ``first`` to ``last``, without a sentence's full stop."""
    end = w.spans[last][1]
    if w.text[end - 1] == "." and not _is_initial(w.raw(last)):
        end -= 1
    return w.spans[first][0], end


def _name_spans(text: str) -> Iterator[tuple[int, int]]:
    w = _Words(text)
    i = 0
    while i < len(w):
        start, n = _first_name(w, i)
        if not n:
            i += 1
            continue
        end = start + n
        yield _span(w, start, end - 1)
        # "Cucu saya Aldi dan Nisa": a name right after a name and "dan"
        while end + 1 < len(w) and w.lower[end] == "dan" and _skip(w, end, " ") and _skip(w, end + 1, " "):
            more = _name_at(w, end + 1, False)
            if not more:
                break
            yield _span(w, end + 1, end + more)
            end += 1 + more
        i = end
    yield from _signature(w)


def _signature(w: _Words) -> Iterator[tuple[int, int]]:
    """A last line of one to three capitalised words after other lines: a signature."""
    lines = w.text.rstrip().rsplit("\n", 1)
    if len(lines) < 2 or not w.spans:
        return
    start = len(lines[0]) + 1
    first = next((k for k, (a, _) in enumerate(w.spans) if a >= start), None)
    if first is None or not re.fullmatch(r"[\s\-–~]*", w.text[start:w.spans[first][0]]):
        return
    n = _name_at(w, first, False)
    if n and first + n == len(w) and n <= 3 and not w.text[w.spans[-1][1]:].strip(" .,"):
        yield _span(w, first, len(w) - 1)


def name_and_address_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of people's names and of street addresses with their RT/RW, as
    :func:`storage_spans` finds them (not merged): what the explanation never shows."""
    spans = list(_name_spans(text))
    spans += [(m.start(), m.end()) for m in _STREET.finditer(text)]
    spans += [(m.start(), m.end()) for m in _RT_RW.finditer(text)]
    return spans


def storage_spans(text: str) -> list[Match]:
    """Every span of personal data to remove before storing ``text``, left to right, not
    overlapping: the feature patterns, street addresses with their RT/RW, and names."""
    found = [m for m in find_personal_data(text)]
    found += [Match(m.start(), m.end() - m.group().endswith("."), ADDRESS) for m in _STREET.finditer(text)]
    found += [Match(m.start(), m.end(), ADDRESS) for m in _RT_RW.finditer(text)]
    found += [Match(a, b, NAME) for a, b in _name_spans(text)]
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Match] = []
    for m in found:
        if out and m.start < out[-1].end:
            if m.end > out[-1].end and m.placeholder == out[-1].placeholder:
                out[-1] = out[-1]._replace(end=m.end)
            continue
        if out and out[-1].placeholder == m.placeholder == ADDRESS and not text[out[-1].end:m.start].strip(" ,"):
            out[-1] = out[-1]._replace(end=m.end)  # "Jl. Mawar No. 5, RT 02/RW 03" is one address
            continue
        out.append(m)
    return out


def mask_for_storage(text: str) -> str:
    """``text`` with personal data replaced: e-mail, URLs, NIK, phone and long numbers,
    people's names (``Ibu [NAMA]``) and street addresses (``[ALAMAT]``)."""
    out, pos = [], 0
    for m in storage_spans(text):
        out.append(text[pos:m.start])
        out.append(STORAGE_PLACEHOLDERS.get(m.placeholder, m.placeholder))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
