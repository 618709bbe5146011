"""Readers for the language data files in ``data/`` (slang, stop words, corrections).

Data lives in files so that an analyst can extend the lexicon without touching code.
Each reader validates its file and reports ``file:line`` on a malformed entry.
"""

from __future__ import annotations

import json
from functools import lru_cache

from classifier import DATA_DIR
from classifier.errors import IntervensiError


class DataFileError(IntervensiError, ValueError):
    """A language data file is malformed."""


def _lines(name: str):
    path = DATA_DIR / name
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield path, lineno, line


def read_mapping(name: str) -> dict[str, str]:
    """A two-column TSV file (``key<TAB>value``) as a dict; duplicate keys are errors."""
    mapping: dict[str, str] = {}
    for path, lineno, line in _lines(name):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise DataFileError(f"{path}:{lineno}: expected 'key<TAB>value', got {line!r}")
        key, value = parts[0].strip(), parts[1].strip()
        if key in mapping:
            raise DataFileError(f"{path}:{lineno}: duplicate entry {key!r}")
        mapping[key] = value
    return mapping


def read_words(name: str) -> frozenset[str]:
    """A one-word-per-line file as a set."""
    words = set()
    for path, lineno, line in _lines(name):
        word = line.strip()
        if " " in word or "\t" in word:
            raise DataFileError(f"{path}:{lineno}: one word per line, got {line!r}")
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def slang() -> dict[str, str]:
    """Informal spelling -> standard form (``data/slang.tsv``)."""
    return read_mapping("slang.tsv")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Stop words over normalized forms (``data/stop_words.txt``)."""
    return read_words("stop_words.txt")


@lru_cache(maxsize=1)
def stem_corrections() -> dict[str, str]:
    """Normalized word -> stem, applied before Sastrawi (``data/stem_corrections.tsv``)."""
    return read_mapping("stem_corrections.tsv")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Written abbreviations, bare and lower-case -> their norm (``data/abbreviations.tsv``)."""
    return read_mapping("abbreviations.tsv")


@lru_cache(maxsize=1)
def norm_lexicon() -> dict[str, str]:
    """Slang and abbreviations together: every form the normalizer replaces outright."""
    slang_, abbr = slang(), abbreviations()
    clash = sorted(set(slang_) & set(abbr))
    if clash:
        raise DataFileError(f"{DATA_DIR / 'abbreviations.tsv'}: also in slang.tsv: {', '.join(clash)}")
    return {**slang_, **abbr}


def _read_json_lists(name: str) -> dict[str, tuple[str, ...]]:
    """A JSON object of lists of strings (keys starting with ``_`` are comments)."""
    path = DATA_DIR / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    out = {}
    for key, values in data.items():
        if key.startswith("_"):
            continue
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise DataFileError(f"{path}: {key!r} must be a list of non-empty strings")
        out[key] = tuple(values)
    return out


@lru_cache(maxsize=1)
def envelope_patterns() -> dict[str, tuple[str, ...]]:
    """Regular expressions of a message's envelope, by kind (``data/envelope.json``)."""
    import re

    patterns = _read_json_lists("envelope.json")
    for kind, values in patterns.items():
        for value in values:
            try:
                re.compile(value)
            except re.error as exc:
                raise DataFileError(f"{DATA_DIR / 'envelope.json'}: {kind}: bad pattern {value!r}: {exc}") from exc
    return patterns


@lru_cache(maxsize=1)
def foreign_words() -> dict[str, frozenset[str]]:
    """Function words of the foreign languages intake may receive (``data/foreign_words.json``)."""
    return {lang: frozenset(words) for lang, words in _read_json_lists("foreign_words.json").items()}


@lru_cache(maxsize=1)
def cue_words() -> dict[str, tuple[str, ...]]:
    """Per method, the words that name it (``data/cue_words.json``), as regular expressions."""
    return _read_json_lists("cue_words.json")
