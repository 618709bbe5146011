"""Model work off the event loop: a small thread pool per worker process, a bound on the
requests waiting for it, and a clear 503 with ``Retry-After`` past that bound.

The event loop only parses, routes and answers; the explanation of a 20,000-character
complaint runs in a model thread, so ``/healthz`` and small requests keep answering while
it runs. One thread per worker is the default: the work is Python-bound (the GIL), so more
threads add switching, not speed; more cores mean more workers.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

from .errors import ApiError

log = logging.getLogger("intervensi.service")
T = TypeVar("T")


class _Expired(Exception):
    """The request waited longer than the queue timeout before a thread was free."""


class ModelRunner:
    """Runs model calls in ``threads`` threads; admits at most ``max_pending`` calls at
    once (running and waiting) and gives up on a call that waited ``queue_timeout``
    seconds for a thread. Both refusals are a 503 ``overloaded`` with ``Retry-After``.

    ``pending`` is only touched on the event loop's thread, so it needs no lock."""

    def __init__(self, threads: int, max_pending: int, queue_timeout: float):
        self.threads = threads
        self.max_pending = max_pending
        self.queue_timeout = queue_timeout
        self.pending = 0
        self._executor: ThreadPoolExecutor | None = None

    def start(self) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="intervensi-model")

    def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def retry_after(self) -> int:
        return max(1, min(30, math.ceil(self.queue_timeout / 4)))

    def _overloaded(self, why: str) -> ApiError:
        seconds = self.retry_after()
        log.warning("overloaded: request refused", extra={"detail": why})
        return ApiError.of(503, "overloaded", headers={"Retry-After": str(seconds)}, seconds=seconds)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.pending >= self.max_pending:
            raise self._overloaded(f"{self.pending} model requests pending (limit {self.max_pending})")
        self.start()
        self.pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, self._call, time.monotonic(),
                                                                    fn, args)
        except _Expired:
            raise self._overloaded(f"waited over {self.queue_timeout:g} s for a model thread") from None
        finally:
            self.pending -= 1

    def _call(self, submitted: float, fn: Callable[..., T], args: tuple) -> T:
        if time.monotonic() - submitted > self.queue_timeout:
            raise _Expired()
        return fn(*args)
