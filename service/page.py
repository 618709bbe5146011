"""The intake page at ``/``: static HTML, CSS and JavaScript served by the service itself
(no CDN, works offline). The page only calls the ``/v1`` API and formats its answers."""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from classifier.messages import messages


def mount_page(app: FastAPI, static_dir: Path) -> None:
    template = (static_dir / "index.html").read_text(encoding="utf-8")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        settings = request.app.state.settings
        page = template.replace("{{MAX_TEXT_CHARS}}", html.escape(str(settings.max_text_chars)))
        page = page.replace("{{AUTH_REQUIRED}}", "true" if settings.auth_enabled else "false")
        return HTMLResponse(page, headers={
            "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})

    @app.get("/messages.json", include_in_schema=False)
    def page_messages() -> JSONResponse:
        """The sentences the page builds from an answer's codes (status, reason, next step,
        contrast), in both languages, from the one message file: switching the language
        re-renders the shown answer without classifying again."""
        m = messages()
        return JSONResponse({k: m[k] for k in ("status", "reason", "contrast", "disclaimer")},
                            headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=static_dir), name="static")
