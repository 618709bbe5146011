"""The labelled corpus: read, validate, split, count and import vignettes.

Canonical files are ``corpus/*.jsonl``: UTF-8, one JSON object per line, with at least
``id`` (unique, stable), ``text``, ``label`` (``in_scope`` | ``out_of_scope``), ``level``
and ``method`` (null when out of scope), ``register``, ``source``, ``split`` (``train`` |
``test``, fixed, each ``group`` on one side), and optional ``group`` (ties minimal-pair
siblings) and ``notes``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from classifier import jsonl, taxonomy
from classifier.taxonomy import IN_SCOPE, OUT_OF_SCOPE, pair_key
from classifier.text.masking import NIK, PHONE, find_personal_data

REGISTERS = (
    "case_note", "informal_message", "letter", "report", "terse", "hotline_transcript",
    "portal_ticket", "app_review", "social_post",
)
SPLITS = ("train", "test")
REQUIRED = ("id", "text", "label", "level", "method", "register", "source", "split")
OPTIONAL = ("group", "notes")
MAX_WORDS = 400
NEAR_DUPLICATE_COSINE = 0.8
TEST_SHARE = 0.2
LENGTH_BANDS = ((1, 7), (8, 25), (26, 60), (61, 120), (121, 250))
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass
class Vignette:
    """One labelled text, with where it was read from."""

    data: dict[str, Any]
    path: str = "-"
    line: int = 0

    def __getitem__(self, key: str) -> Any:
        return self.data.get(key)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def pair(self) -> str:
        return OUT_OF_SCOPE if self["label"] == OUT_OF_SCOPE else pair_key(self["level"], self["method"])

    @property
    def words(self) -> int:
        return len(str(self["text"] or "").split())


@dataclass
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ReadResult:
    vignettes: list[Vignette] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def corpus_files(path: Path | str) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    return [path]


def read(path: Path | str) -> ReadResult:
    """Read a corpus file or folder; unreadable lines become problems, not exceptions."""
    result = ReadResult()
    files = corpus_files(path)
    if not files or not all(f.exists() for f in files):
        result.problems.append(Problem(str(path), "no corpus file found (expected *.jsonl)"))
        return result
    for file in files:
        for line in jsonl.read(file):
            if line.problem:
                result.problems.append(Problem(f"{file}:{line.line}", str(line.problem)))
            else:
                result.vignettes.append(Vignette(line.record, str(file), line.line))
    return result


def _labelled_rows(path: Path) -> ReadResult:
    """The rows of a labelled CSV or JSONL file as they are; a row without ``label`` is in
    scope when it has a level or method, and an out-of-scope row needs no level or method."""
    result = ReadResult()
    for lineno, row, error in _rows(path):
        if error:
            result.problems.append(Problem(f"{path}:{lineno}", error))
            continue
        if not isinstance(row, dict):
            continue
        if not row.get("label"):
            row["label"] = IN_SCOPE if row.get("level") or row.get("method") else OUT_OF_SCOPE
        if row["label"] == OUT_OF_SCOPE:
            row.setdefault("level", None)
            row.setdefault("method", None)
        result.vignettes.append(Vignette(row, str(path), lineno))
    return result


def read_labelled(path: Path | str) -> ReadResult:
    """The records of a labelled file that can be evaluated on: a corpus file or folder, or
    a CSV or JSONL file with ``text`` and ``level``/``method`` (``label`` optional, as in
    ``corpus import``). Unreadable lines and invalid records become problems."""
    path = Path(path)
    read_ = read(path) if path.is_dir() else _labelled_rows(path) if path.exists() else read(path)
    tax = taxonomy.get()
    result = ReadResult(problems=list(read_.problems))
    for v in read_.vignettes:
        problems = check_record(v, tax, required=LABELLED)
        result.problems += [Problem(v.where, message) for message in problems]
        if not problems:
            result.vignettes.append(v)
    return result


def _canonical(text: str) -> str:
    """Lower case, punctuation and spacing ignored; a text of symbols only (emoji) is itself."""
    words = " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
    return words or " ".join(text.split())


_PROVINCE_CODES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
                   64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97}


def looks_like_real_nik(digits: str) -> bool:
    """A 16-digit number with a province code, a birth date (day + 40 for women) and month."""
    if len(digits) != 16 or not digits.isdigit():
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    return int(digits[:2]) in _PROVINCE_CODES and (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


LABELLED = ("text", "label", "level", "method")


def check_record(v: Vignette, tax: taxonomy.Taxonomy, required: tuple[str, ...] = REQUIRED) -> list[str]:
    """Schema and label problems of one record (messages without location).

    ``required`` names the fields that must be present: all of them for the corpus,
    only ``LABELLED`` for a file to evaluate on.
    """
    out = []
    for key in required:
        if key not in v.data:
            out.append(f"missing field '{key}'")
    unknown = set(v.data) - set(REQUIRED) - set(OPTIONAL)
    if unknown and required == REQUIRED:
        out.append(f"unknown field(s): {', '.join(sorted(unknown))}")
    vid, text = v["id"], v["text"]
    if "id" in v.data and (not isinstance(vid, str) or not _ID.match(vid)):
        out.append(f"id must be 1-64 letters, digits, '-', '_' or '.', got {vid!r}")
    if not isinstance(text, str) or not text.strip():
        out.append("text must be a non-empty string")
        text = ""
    label, level, method = v["label"], v["level"], v["method"]
    if label == IN_SCOPE:
        if not tax.is_valid_pair(level, method):
            out.append(f"({level}, {method}) is not one of the 18 valid (level, method) pairs")
    elif label == OUT_OF_SCOPE:
        if level is not None or method is not None:
            out.append("out_of_scope must have level and method null")
    elif "label" in v.data:
        out.append(f"label must be '{IN_SCOPE}' or '{OUT_OF_SCOPE}', got {label!r}")
    if text and v.words > MAX_WORDS:
        out.append(f"text has {v.words} words; at most {MAX_WORDS}")
    if v.data.get("register") is not None or "register" in required:
        if v["register"] not in REGISTERS:
            out.append(f"register must be one of {', '.join(REGISTERS)}, got {v['register']!r}")
    if "source" in v.data and (not isinstance(v["source"], str) or not v["source"].strip()):
        out.append("source must say who or what wrote the text")
    if (v.data.get("split") is not None or "split" in required) and v["split"] not in SPLITS:
        out.append(f"split must be 'train' or 'test', got {v['split']!r}")
    for key in OPTIONAL:
        if v[key] is not None and not isinstance(v[key], str):
            out.append(f"{key} must be a string when present")
    for m in find_personal_data(text):
        found = text[m.start:m.end]
        if m.placeholder == NIK and looks_like_real_nik(re.sub(r"\D", "", found)):
            out.append(f"personal data: a real-looking NIK ({found[:4]}...); replace it with 'NIK ...'")
        elif m.placeholder == PHONE:
            out.append(f"personal data: a phone number ({found[:5]}...); write e.g. 0812-xxxx-xxxx")
    return out


def near_duplicates(vignettes: list[Vignette], threshold: float = NEAR_DUPLICATE_COSINE) -> Iterator[tuple[Vignette, Vignette, float]]:
    """Pairs of texts whose TF-IDF cosine (words and word pairs) exceeds ``threshold``."""
    if len(vignettes) < 2:
        return
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [str(v["text"] or "") for v in vignettes]
    matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts)
    sims = (matrix @ matrix.T).tocoo()
    keep = (sims.row < sims.col) & (sims.data > threshold)  # millions of pairs: filter them in numpy
    for i, j, s in zip(sims.row[keep].tolist(), sims.col[keep].tolist(), sims.data[keep].tolist()):
        yield vignettes[i], vignettes[j], s


def validate(vignettes: list[Vignette], tax: taxonomy.Taxonomy | None = None) -> list[Problem]:
    """Every problem in a set of vignettes, one per line, in file order."""
    tax = tax or taxonomy.get()
    problems = []
    for v in vignettes:
        problems += [Problem(v.where, msg) for msg in check_record(v, tax)]
    first_id: dict[str, Vignette] = {}
    by_text: dict[str, Vignette] = {}
    group_splits: dict[str, set] = {}
    for v in vignettes:
        vid = v["id"]
        if isinstance(vid, str):
            if vid in first_id:
                problems.append(Problem(v.where, f"duplicate id {vid!r} (first at {first_id[vid].where})"))
            else:
                first_id[vid] = v
        if isinstance(v["text"], str) and v["text"].strip():
            key = _canonical(v["text"])
            if key in by_text:
                other = by_text[key]
                what = "conflicting labels for the same text" if other.pair != v.pair else "exact duplicate text"
                problems.append(Problem(v.where, f"{what} (also at {other.where}, id {other['id']})"))
            else:
                by_text[key] = v
        if v["group"]:
            group_splits.setdefault(v["group"], set()).add(v["split"])
    for group, splits in group_splits.items():
        if len(splits) > 1:
            where = next(v.where for v in vignettes if v["group"] == group)
            problems.append(Problem(where, f"group {group!r} is split across {sorted(map(str, splits))}; "
                                           "keep minimal-pair siblings on one side"))
    candidates = [v for v in vignettes if isinstance(v["text"], str) and v["text"].strip()]
    for a, b, score in near_duplicates(candidates):
        if a["group"] and a["group"] == b["group"]:
            continue  # deliberate minimal pair
        if _canonical(a["text"]) == _canonical(b["text"]):
            continue  # reported above as an exact duplicate
        problems.append(Problem(b.where, f"near duplicate of {a['id']} at {a.where} (cosine {score:.2f}); "
                                         "rewrite it, or mark both with the same 'group' if it is a minimal pair"))
    return problems


def length_band(words: int) -> str:
    for lo, hi in LENGTH_BANDS:
        if lo <= words <= hi:
            return f"{lo}-{hi}"
    return f">{LENGTH_BANDS[-1][1]}"


def stats(vignettes: list[Vignette]) -> dict[str, Any]:
    """Counts per pair, level, method, register, split and length band."""
    tax = taxonomy.get()
    in_scope = [v for v in vignettes if v["label"] == IN_SCOPE]

    def count(key, items) -> dict[str, int]:
        return dict(sorted(Counter(str(key(v)) for v in items).items()))

    pairs = {p: 0 for p in tax.pair_keys}
    pairs.update(count(lambda v: v.pair, in_scope))
    return {
        "total": len(vignettes),
        "label": count(lambda v: v["label"], vignettes),
        "pair": pairs,
        "level": count(lambda v: v["level"], in_scope),
        "method": count(lambda v: v["method"], in_scope),
        "register": count(lambda v: v["register"], vignettes),
        "register_in_scope_share": {k: round(n / max(len(in_scope), 1), 3)
                                    for k, n in count(lambda v: v["register"], in_scope).items()},
        "split": count(lambda v: v["split"], vignettes),
        "split_by_pair": {p: count(lambda v: v["split"], [v for v in vignettes if v.pair == p])
                          for p in (*tax.pair_keys, OUT_OF_SCOPE)},
        "length_band": {band: n for band, n in sorted(count(lambda v: length_band(v.words), vignettes).items(),
                                                      key=lambda kv: int(kv[0].split("-")[0].lstrip(">")))},
        "groups": len({v["group"] for v in vignettes if v["group"]}),
    }


def split_for(key: str, test_share: float = TEST_SHARE) -> str:
    """A deterministic split from a stable key (the group, else the id)."""
    bucket = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < test_share else "train"


def assign_splits(vignettes: list[Vignette], test_share: float = TEST_SHARE, seed: str = "intervensi") -> None:
    """Give every vignette a ``split``: per stratum (pair, or out of scope), about
    ``test_share`` of the units to test, a unit being a minimal-pair group or one vignette.
    Deterministic: units are ordered by a hash of their key and the seed."""
    units: dict[str, list[Vignette]] = {}
    for v in vignettes:
        units.setdefault(v["group"] or f"id:{v['id']}", []).append(v)
    strata: dict[str, list[str]] = {}
    for key, members in units.items():
        strata.setdefault(members[0].pair, []).append(key)
    for keys in strata.values():
        keys.sort(key=lambda k: hashlib.sha256(f"{seed}:{k}".encode()).hexdigest())
        n_test = round(len(keys) * test_share)
        for i, key in enumerate(keys):
            for v in units[key]:
                v.data["split"] = "test" if i < n_test else "train"


# ----------------------------------------------------------------------------- import


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, row or None, error or None) for a CSV or JSONL file."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield 0, None, f"file is not valid UTF-8 (byte {exc.start}); save it as UTF-8"
        return
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        for line in jsonl.read_lines(io.BytesIO(raw)):
            yield line.line, line.record, str(line.problem) if line.problem else None
        return
    reader = csv.DictReader(io.StringIO(content, newline=""))
    missing = [c for c in ("text",) if c not in (reader.fieldnames or [])]
    if missing:
        yield 1, None, f"CSV header lacks column(s) {', '.join(missing)} (need text, level, method)"
        return
    for row in reader:
        yield reader.line_num, {k: (v if v != "" else None) for k, v in row.items() if k}, None


def prepare_import(path: Path | str, existing: list[Vignette], source_default: str | None = None) -> tuple[list[Vignette], list[Problem]]:
    """Turn an analyst's CSV/JSONL into corpus records with new ids, and every problem found.

    Rows may omit ``label`` (taken as in scope when level and method are given),
    ``register`` (required), ``source`` (defaults to the file name) and ``split`` (assigned
    deterministically from the group or id).
    """
    path = Path(path)
    tax = taxonomy.get()
    if not path.exists():
        return [], [Problem(str(path), "file not found")]
    records, problems = [], []
    for lineno, row, error in _rows(path):
        where = f"{path}:{lineno}"
        if error:
            problems.append(Problem(where, error))
            continue
        row = {k: v for k, v in row.items() if k in REQUIRED + OPTIONAL}
        text = row.get("text")
        if not row.get("label"):
            row["label"] = OUT_OF_SCOPE if not row.get("level") and not row.get("method") else IN_SCOPE
        if row["label"] == OUT_OF_SCOPE:
            row["level"] = row.get("level") or None
            row["method"] = row.get("method") or None
        row.setdefault("source", source_default or f"import: {path.name}")
        row.setdefault("register", None)
        digest = hashlib.sha256(_canonical(str(text or "")).encode("utf-8")).hexdigest()[:12]
        row["id"] = row.get("id") or f"imp-{digest}"
        row.setdefault("split", None)
        row["split"] = row["split"] or split_for(row.get("group") or row["id"])
        ordered = {k: row.get(k) for k in REQUIRED}
        ordered.update({k: row[k] for k in OPTIONAL if row.get(k)})
        v = Vignette(ordered, str(path), lineno)
        problems += [Problem(where, msg) for msg in check_record(v, tax)]
        records.append(v)
    if not records and not problems:
        problems.append(Problem(str(path), "no rows found"))
    # cross-checks against the corpus as it would be after the import
    existing_where = {v.where for v in existing}
    for problem in validate(existing + records, tax):
        if problem.where not in existing_where and problem not in problems:
            problems.append(problem)
    return records, problems
