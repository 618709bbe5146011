"""One error shape for every failure: ``{"error": {"code", "message_id", "message_en"}}``,
Indonesian first. Handlers turn framework errors into it so that clients never see a
different shape, and never a 500 for bad input."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from classifier.messages import both

log = logging.getLogger("intervensi.service")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message_id: str, message_en: str, headers: dict | None = None):
        self.status, self.code, self.message_id, self.message_en = status, code, message_id, message_en
        self.headers = headers

    @classmethod
    def of(cls, status: int, code: str, message: str | None = None, headers: dict | None = None,
           **values) -> "ApiError":
        """The error ``code`` with the message ``api.<message or code>`` of messages.json."""
        return cls(status, code, *both("api", message or code, **values), headers=headers)


def error_body(code: str, message_id: str, message_en: str) -> dict:
    return {"error": {"code": code, "message_id": message_id, "message_en": message_en}}


def error_response(status: int, code: str, message_id: str, message_en: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message_id, message_en), status_code=status, headers=headers)


_HTTP = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "payload_too_large", 415: "unsupported_media_type"}
# pydantic error type -> the expected type, named in messages.json (section type_names)
_EXPECTED = {"string_type": "string", "string_unicode": "string", "int_type": "integer", "int_parsing": "integer",
             "int_from_float": "integer", "bool_type": "boolean", "bool_parsing": "boolean", "list_type": "list",
             "dict_type": "object", "model_type": "object", "model_attributes_type": "object",
             "float_type": "value", "float_parsing": "value"}


def _is_json(request: Request) -> bool:
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def _expected(kind: str, loc: tuple) -> str:
    if kind in ("string_type", "int_type") and loc and loc[-1] == "id":
        return "string_or_integer"  # a batch item's id is 'str | int': pydantic reports both branches
    return _EXPECTED.get(kind, "value")


def _validation_message(exc: RequestValidationError, request: Request) -> tuple[int, str, str, str]:
    """The first problem of a request, fully in both languages (never pydantic's English)."""
    errors = exc.errors()
    first = errors[0] if errors else {}
    kind = first.get("type", "")
    loc = tuple(p for p in first.get("loc", ()) if p != "body")
    # 'items.1.id' rather than pydantic's 'items.1.id.str' for a union
    where = ".".join(str(p) for p in loc if p not in ("str", "int")) or "body"
    if request.method in ("POST", "PUT", "PATCH") and not _is_json(request):
        return 415, "unsupported_media_type", *both("api", "unsupported_media_type")
    if kind == "json_invalid":
        return 400, "invalid_json", *both("api", "invalid_json")
    if kind == "missing" and where == "body":
        return 422, "missing_body", *both("api", "missing_body")
    if kind == "missing":
        return 422, "missing_field", *both("api", "missing_field", where=where)
    if kind == "extra_forbidden":
        return 422, "unknown_field", *both("api", "unknown_field", where=where)
    if kind in ("literal_error", "enum"):
        allowed = ", ".join(re.findall(r"'([^']*)'", str(first.get("ctx", {}).get("expected", ""))))
        return 422, "invalid_value", *both("api", "invalid_value", where=where, allowed=allowed)
    if kind in _EXPECTED or kind.endswith("_type"):
        expected = _expected(kind, tuple(first.get("loc", ())))
        mid, men = both("type_names", expected)
        return 422, "invalid_type", both("api", "invalid_type", where=where, expected=mid)[0], \
            both("api", "invalid_type", where=where, expected=men)[1]
    if kind in ("too_long", "string_too_long"):
        return 422, "too_long", *both("api", "too_long", where=where)
    return 422, "invalid_request", *both("api", "invalid_request", where=where)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message_id, exc.message_en, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return error_response(*_validation_message(exc, request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = _HTTP.get(exc.status_code, "http_error")
        if exc.status_code == 400 and isinstance(exc.detail, str) and "parsing the body" in exc.detail:
            code = "invalid_body"
        return error_response(exc.status_code, code, *both("api", code), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        # the traceback is logged scrubbed (frames and classes, no message, no locals): see logs.py
        log.exception("unexpected error", extra={"route": request.url.path,
                                                 "request_id": getattr(request.state, "request_id", None)})
        return error_response(500, "internal_error", *both("api", "internal_error"))
