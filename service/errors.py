"""One error shape for every failure: ``{"error": {"code", "message_id", "message_en"}}``,
Indonesian first. Handlers turn framework errors into it so that clients never see a
different shape, and never a 500 for bad input."""

from __future__ import annotations

import logging

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
_TYPE_ERRORS = ("string_type", "int_type", "bool_type", "list_type", "dict_type", "model_attributes_type",
                "bool_parsing", "literal_error", "enum", "string_unicode", "model_type")


def _validation_message(exc: RequestValidationError) -> tuple[int, str, str, str]:
    errors = exc.errors()
    first = errors[0] if errors else {}
    kind = first.get("type", "")
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    detail = first.get("msg", "")
    if kind == "json_invalid":
        return 400, "invalid_json", *both("api", "invalid_json")
    if kind in ("missing",) and not where:
        return 422, "missing_body", *both("api", "missing_body")
    if kind == "missing":
        return 422, "missing_field", *both("api", "missing_field", where=where)
    if kind in _TYPE_ERRORS:
        return 422, "invalid_type", *both("api", "invalid_type", where=where or "body", detail=detail)
    if kind in ("too_long", "string_too_long"):
        return 422, "too_long", *both("api", "too_long", where=where)
    return 422, "invalid_request", *both("api", "invalid_request", where=where or "body", detail=detail)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message_id, exc.message_en, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return error_response(*_validation_message(exc))

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
