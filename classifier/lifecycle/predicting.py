"""``intervensi predict``: stream a JSONL or CSV file of texts through the model.

Reads the input lazily in chunks and writes one output line per input line, in order, so
memory stays flat however long the file is. A malformed line gets an output line with
``status: "error"`` and its line number; the rest go on. With ``jobs > 1`` chunks are
spread over worker processes, each loading the model once, with a bounded number of
chunks in flight.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, TextIO

from classifier import jsonl, messages
from classifier.heap import fix_mmap_threshold, release_free_memory
from classifier.model.prediction import closest_in_scope

CHUNK = 256
TRIM_EVERY_CHUNKS = 32  # free heap pages go back to the system every 8,192 texts (classifier.heap)
MAX_TEXT_CHARS = 20_000


def prediction_fields(prediction) -> dict[str, Any]:
    """The stable JSON of one answer, shared by ``intervensi predict``, ``intervensi explain``
    and the REST API. Out of scope, the level, method and their confidences are null and
    ``closest_in_scope`` holds the pair the model would choose if the text were in scope."""
    oos = prediction.level is None
    closest = None
    if oos:
        level, method = closest_in_scope(prediction)
        closest = {"level": level, "method": method, "level_confidence": prediction.level_confidence,
                   "method_confidence": prediction.method_confidence, "pair_confidence": prediction.pair_confidence}
    return {
        "status": prediction.status,
        "reason": prediction.reason,
        "level": prediction.level,
        "method": prediction.method,
        "level_confidence": None if oos else prediction.level_confidence,
        "method_confidence": None if oos else prediction.method_confidence,
        "pair_confidence": None if oos else prediction.pair_confidence,
        "out_of_scope_probability": prediction.out_of_scope_probability,
        "similarity": prediction.similarity,
        "closest_in_scope": closest,
        "alternatives": [{"level": a.level, "method": a.method, "confidence": a.confidence}
                         for a in prediction.alternatives],
    }


def result_line(record_id: Any, prediction) -> dict[str, Any]:
    """The per-text JSON line of ``intervensi predict``: the id, then the answer."""
    return {"id": record_id, **prediction_fields(prediction)}


def answer(prediction, explanation: dict[str, Any] | None, lang: str = "id") -> dict[str, Any]:
    """One explained answer as the API and ``intervensi explain --format json`` give it."""
    return {**prediction_fields(prediction), "explanation": explanation,
            "disclaimer": messages.text("disclaimer", lang=lang)}


def error_line(record_id: Any, line: int, code: str, message_id: str, message_en: str) -> dict[str, Any]:
    return {"id": record_id, "line": line, "status": "error",
            "error": {"code": code, "message_id": message_id, "message_en": message_en}}


class InputProblem(NamedTuple):
    """Why an input cannot be classified: a stable code and the message in both languages
    (from ``data/messages.json``, section ``input``)."""

    code: str
    message_id: str
    message_en: str

    @classmethod
    def of(cls, key: str, code: str | None = None, **values: Any) -> "InputProblem":
        return cls(code or key, *messages.both("input", key, **values))


class InputRecord(NamedTuple):
    """One record of an input file: line number, id, text, and the problem reading it."""

    line: int
    id: Any
    text: Any
    problem: InputProblem | None


def check_text(text: Any, limit: int = MAX_TEXT_CHARS) -> InputProblem | None:
    """Why a text cannot be classified, or None. The command line and the REST API give
    the same messages."""
    if not isinstance(text, str):
        return InputProblem.of("invalid_text")
    if not text.strip():
        return InputProblem.of("empty_text")
    if len(text) > limit:
        return InputProblem.of("text_too_long", limit=limit)
    return None


def read_records(path: Path, fmt: str | None = None) -> Iterator[InputRecord]:
    """The input records of a JSONL or CSV file, lazily."""
    fmt = fmt or detect_format(path)
    if fmt == "csv":
        with io.open(path, encoding="utf-8-sig", errors="replace", newline="") as stream:
            yield from _read_csv(stream)
        return
    for line in jsonl.read(path):
        if line.problem:
            # a line that is JSON but not an object is reported as invalid JSON, as ever
            code = "invalid_json" if line.problem.code == jsonl.NOT_AN_OBJECT else line.problem.code
            problem = InputProblem.of(line.problem.code, code, detail=line.problem.detail)
            yield InputRecord(line.line, None, None, problem)
        else:
            yield InputRecord(line.line, line.record.get("id"), line.record.get("text"), None)


def _read_csv(stream: TextIO) -> Iterator[InputRecord]:
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputRecord(1, None, None, InputProblem.of("bad_header"))
        return
    for row in reader:
        yield InputRecord(reader.line_num, row.get("id"), row.get("text"), None)


def _chunks(records: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_chunk(model, chunk: list) -> list[dict[str, Any]]:
    out: list[dict[str, Any] | None] = [None] * len(chunk)
    good = []
    for i, (lineno, rid, text, error) in enumerate(chunk):
        error = error or check_text(text)
        if error:
            out[i] = error_line(rid, lineno, *error)
        else:
            good.append(i)
    if good:
        for i, prediction in zip(good, model.predict([chunk[i][2] for i in good])):
            out[i] = result_line(chunk[i][1], prediction)
    return out


_worker_model = None


_worker_chunks = 0


def _init_worker(models_dir: str, version: str | None) -> None:
    global _worker_model
    from classifier.lifecycle.registry import Registry

    fix_mmap_threshold()
    _worker_model = Registry(models_dir).load(version)


def _work(chunk: list) -> list[dict[str, Any]]:
    global _worker_chunks
    out = process_chunk(_worker_model, chunk)
    _worker_chunks += 1
    if _worker_chunks % TRIM_EVERY_CHUNKS == 0:
        release_free_memory()
    return out


def predict_stream(records: Iterable, model=None, jobs: int = 1, models_dir: str = "models",
                   version: str | None = None, chunk_size: int = CHUNK) -> Iterator[dict[str, Any]]:
    """Output lines for ``records``, in order."""
    if jobs <= 1:
        fix_mmap_threshold()
        for n, chunk in enumerate(_chunks(records, chunk_size), 1):
            yield from process_chunk(model, chunk)
            if n % TRIM_EVERY_CHUNKS == 0:
                release_free_memory()
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(models_dir, version)) as pool:
        pending: deque = deque()
        for chunk in _chunks(records, chunk_size):
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def detect_format(path: Path) -> str:
    return "csv" if path.suffix.lower() == ".csv" else "jsonl"


