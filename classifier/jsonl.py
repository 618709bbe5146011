"""JSON Lines in and out: the one reader and the one atomic writer of the package.

:func:`read_lines` turns a file (or any iterable of byte lines) into numbered records,
reporting a line that is not UTF-8, not JSON or not a JSON object instead of raising; the
corpus, the importer and ``intervensi predict`` all read through it.
:func:`write_atomic` replaces a file so that a crash leaves the old content or the new,
never half of it; the corpus importer and the model registry both write through it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

INVALID_UTF8, INVALID_JSON, NOT_AN_OBJECT = "invalid_utf8", "invalid_json", "not_an_object"
_DESCRIPTIONS = {INVALID_UTF8: "not valid UTF-8", INVALID_JSON: "invalid JSON: {detail}",
                 NOT_AN_OBJECT: "a line must be a JSON object"}


class LineProblem(NamedTuple):
    """Why a line could not be read: a code (``invalid_utf8``, ``invalid_json``,
    ``not_an_object``) and, for invalid JSON, the parser's message."""

    code: str
    detail: str = ""

    def __str__(self) -> str:
        return _DESCRIPTIONS[self.code].format(detail=self.detail)


class JsonLine(NamedTuple):
    """One non-blank line: its number (from 1), the object or None, the problem or None."""

    line: int
    record: dict[str, Any] | None
    problem: LineProblem | None


def read_lines(lines: Iterable[bytes]) -> Iterator[JsonLine]:
    """Numbered records of byte lines, blank lines skipped; a UTF-8 byte-order mark on the
    first line is ignored."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            yield JsonLine(lineno, None, LineProblem(INVALID_UTF8))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield JsonLine(lineno, None, LineProblem(INVALID_JSON, exc.msg))
            continue
        if not isinstance(obj, dict):
            yield JsonLine(lineno, None, LineProblem(NOT_AN_OBJECT))
            continue
        yield JsonLine(lineno, obj, None)


def read(path: Path | str) -> Iterator[JsonLine]:
    """:func:`read_lines` of a file, read lazily."""
    with open(path, "rb") as stream:
        yield from read_lines(stream)


def dumps(records: Iterable[dict[str, Any]]) -> bytes:
    """Records as UTF-8 JSON Lines (non-ASCII kept as is), each ending in a newline."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def write_atomic(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` through a synced temporary file in the same folder."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def append_atomic(path: Path | str, records: Iterable[dict[str, Any]]) -> None:
    """Add records at the end of a JSON Lines file (created if missing), atomically."""
    path = Path(path)
    old = path.read_bytes() if path.exists() else b""
    if old and not old.endswith(b"\n"):
        old += b"\n"
    write_atomic(path, old + dumps(records))


def write_json_atomic(path: Path | str, obj: Any) -> None:
    """One indented JSON document, atomically (the registry and manifests)."""
    write_atomic(path, (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
