"""ASGI middleware: request ids and request logs, and limits on request bodies (size,
and time to send them) enforced before any parsing."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid

from classifier.messages import both

from .errors import error_body

log = logging.getLogger("intervensi.service")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


async def _send_error(send, status: int, code: str, mid: str, men: str, request_id: str) -> None:
    body = json.dumps(error_body(code, mid, men), ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"x-request-id", request_id.encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Gives every request an id (``X-Request-ID``, echoed), caps its body, and logs it."""

    def __init__(self, app, max_body_bytes: int, body_timeout: float):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status_holder = {"status": 500}
        state = scope["state"]

        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0 or declared > self.max_body_bytes:
                await _send_error(send, 413, "payload_too_large",
                                  f"Isi permintaan lebih dari {self.max_body_bytes} byte.",
                                  f"The request body is over {self.max_body_bytes} bytes.", request_id)
                self._log(scope, 413, started, state)
                return

        # Read the whole body here, against the size cap and the deadline, then replay it:
        # errors raised while the framework reads a body become generic 400s.
        chunks, received = [], 0
        deadline = time.monotonic() + self.body_timeout
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise _TooSlow()
                try:
                    message = await asyncio.wait_for(receive(), timeout=remaining)
                except asyncio.TimeoutError:
                    raise _TooSlow() from None
                if message["type"] == "http.disconnect":
                    self._log(scope, 499, started, state)
                    return
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _TooLarge()
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
        except _TooLarge:
            await _send_error(send, 413, "payload_too_large", *both("api", "body_too_large", limit=self.max_body_bytes),
                              request_id)
            self._log(scope, 413, started, state)
            return
        except _TooSlow:
            await _send_error(send, 408, "request_timeout", *both("api", "request_timeout", seconds=self.body_timeout),
                              request_id)
            self._log(scope, 408, started, state)
            return

        body = b"".join(chunks)
        replayed = False

        async def replay_receive():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def tracking_send(message):
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message["headers"] = list(message.get("headers", [])) + [(b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, replay_receive, tracking_send)
        finally:
            self._log(scope, status_holder["status"], started, state)

    @staticmethod
    def _log(scope, status, started, state):
        route = scope.get("route")
        extra = {"request_id": state.get("request_id"), "method": scope.get("method"),
                 "route": getattr(route, "path", None) or scope.get("path"), "status": status,
                 "latency_ms": round((time.perf_counter() - started) * 1000, 2)}
        for key in ("model_version", "text_chars", "items"):
            if key in state:
                extra[key] = state[key]
        log.info("request", extra=extra)
