"""Progress messages for long work: shown on a terminal, silent when piped."""

from __future__ import annotations

import sys
import time


class Progress:
    """Print ``[elapsed] message`` lines to stderr when it is a terminal (or when forced)."""

    def __init__(self, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.t0 = time.perf_counter()

    def __call__(self, message: str) -> None:
        if self.enabled:
            self.stream.write(f"[{time.perf_counter() - self.t0:6.1f}s] {message}\n")
            self.stream.flush()

    def count(self, done: int, total: int | None, what: str) -> None:
        if self.enabled:
            of = f"/{total}" if total else ""
            self.stream.write(f"\r[{time.perf_counter() - self.t0:6.1f}s] {done}{of} {what}")
            self.stream.flush()

    def end_count(self) -> None:
        if self.enabled:
            self.stream.write("\n")
