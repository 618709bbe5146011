"""One error shape for every failure: ``{"error": {"code", "message_id", "message_en"}}``,
Indonesian first. Handlers turn framework errors into it so that clients never see a
different shape, and never a 500 for bad input."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("intervensi.service")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message_id: str, message_en: str, headers: dict | None = None):
        self.status, self.code, self.message_id, self.message_en = status, code, message_id, message_en
        self.headers = headers


def error_body(code: str, message_id: str, message_en: str) -> dict:
    return {"error": {"code": code, "message_id": message_id, "message_en": message_en}}


def error_response(status: int, code: str, message_id: str, message_en: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message_id, message_en), status_code=status, headers=headers)


_HTTP = {
    400: ("bad_request", "Permintaan tidak valid.", "Bad request."),
    401: ("unauthorized", "Perlu kunci API yang valid: kirim header 'Authorization: Bearer <kunci>'.",
          "A valid API key is required: send 'Authorization: Bearer <key>'."),
    403: ("forbidden", "Tidak diizinkan.", "Forbidden."),
    404: ("not_found", "Alamat tidak ditemukan; lihat /docs untuk daftar endpoint.", "Not found; see /docs for the endpoints."),
    405: ("method_not_allowed", "Metode HTTP tidak diizinkan untuk alamat ini; lihat /docs.",
          "HTTP method not allowed for this path; see /docs."),
    413: ("payload_too_large", "Isi permintaan terlalu besar.", "Request body too large."),
    415: ("unsupported_media_type", "Kirim JSON (Content-Type: application/json).", "Send JSON (Content-Type: application/json)."),
}


def _validation_message(exc: RequestValidationError) -> tuple[int, str, str, str]:
    errors = exc.errors()
    first = errors[0] if errors else {}
    kind = first.get("type", "")
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    if kind == "json_invalid":
        return 400, "invalid_json", "Isi permintaan bukan JSON yang valid.", "The request body is not valid JSON."
    if kind in ("missing",) and not where:
        return 422, "missing_body", "Isi permintaan (JSON) kosong.", "The request body (JSON) is missing."
    if kind == "missing":
        return 422, "missing_field", f"Kolom '{where}' wajib diisi.", f"Field '{where}' is required."
    if kind in ("string_type", "int_type", "bool_type", "list_type", "dict_type", "model_attributes_type",
                "bool_parsing", "literal_error", "enum", "string_unicode", "model_type"):
        return (422, "invalid_type", f"Kolom '{where or 'body'}' bertipe salah: {first.get('msg', '')}.",
                f"Field '{where or 'body'}' has the wrong type: {first.get('msg', '')}.")
    if kind in ("too_long", "string_too_long"):
        return (422, "too_long", f"Kolom '{where}' terlalu panjang.", f"Field '{where}' is too long.")
    return (422, "invalid_request", f"Permintaan tidak valid pada '{where or 'body'}': {first.get('msg', '')}.",
            f"Invalid request at '{where or 'body'}': {first.get('msg', '')}.")


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message_id, exc.message_en, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return error_response(*_validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code, mid, men = _HTTP.get(exc.status_code, ("http_error", "Kesalahan HTTP.", "HTTP error."))
        if exc.status_code == 400 and isinstance(exc.detail, str) and "parsing the body" in exc.detail:
            code, mid, men = ("invalid_body", "Isi permintaan tidak dapat dibaca (JSON atau UTF-8 tidak valid).",
                              "The request body cannot be read (invalid JSON or UTF-8).")
        return error_response(exc.status_code, code, mid, men, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error", extra={"route": request.url.path})
        return error_response(500, "internal_error", "Terjadi kesalahan di server; coba lagi atau hubungi admin.",
                              "Server error; try again or contact the administrator.")
