"""Structured JSON-line logs. Complaint text is personal data: it is never logged; a
request line carries its id, route, status, latency, model version and text length only."""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback

_FIELDS = ("request_id", "method", "route", "status", "latency_ms", "model_version", "text_chars", "items",
           "previous", "detail", "client")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
               "level": record.levelname, "event": record.getMessage()}
        for key in _FIELDS:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info and record.exc_info[1] is not None:
            out["exception"] = type(record.exc_info[1]).__name__
            out["traceback"] = scrubbed_traceback(record.exc_info[1])
        return json.dumps(out, ensure_ascii=False)


def scrubbed_traceback(exc: BaseException, limit: int = 40) -> list[str]:
    """Where an exception came from, without what it carried: for the exception and each
    one it was raised from, its class, then its frames as ``file:line in function``
    followed by the source line. Never the exception's message, never local variables:
    either may quote the complaint text."""
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen and len(chain) < 5:
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    lines: list[str] = []
    for i, item in enumerate(reversed(chain)):
        if i:
            lines.append("-- then, while handling it --")
        for frame in traceback.extract_tb(item.__traceback__)[-limit:]:
            lines.append(f"{_short(frame.filename)}:{frame.lineno} in {frame.name}: {(frame.line or '').strip()}")
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
    return lines


def _short(filename: str) -> str:
    """A path from the package folder on (``site-packages/`` and the checkout dropped)."""
    for marker in ("site-packages/", "/service/", "/classifier/"):
        at = filename.rfind(marker)
        if at >= 0:
            return filename[at + len(marker):] if marker == "site-packages/" else filename[at + 1:]
    return filename


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("intervensi", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # replaced by our request lines
