"""The FastAPI application factory: settings, logging, the model holder, routers, limits."""

from __future__ import annotations

import asyncio
import gc
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from classifier import __version__

from . import errors, logs
from .concurrency import ModelRunner
from .config import Settings
from .deps import ModelHolder
from .middleware import RequestContextMiddleware
from .feedback import FeedbackStore, database_url
from .routes import admin, classify, feedback, meta

STATIC_DIR = Path(__file__).parent / "static"

DESCRIPTION = """
Suggests the social-welfare intervention for an Indonesian complaint: the **level**
(mikro, mezzo, makro, global) and the **method** (individual casework, community action,
social policy, ...), with calibrated confidence and an explanation grounded in the source
document (Gray 1997, Cox 2000, Adi 2002, as grouped in the source).

**It supports a decision; the officer makes it.** Every answer carries its confidence and
a status: `ok`, `uncertain` (an officer should review it before acting) or `out_of_scope`
(not a social-welfare problem: forward it to the competent office).

Errors always have the shape `{"error": {"code", "message_id", "message_en"}}`.
When API keys are configured, every `/v1` call needs `Authorization: Bearer <key>`.
Complaint text is never logged.
"""


def mount_docs(app: FastAPI) -> None:
    """The API documentation at /docs, with Swagger UI served by the service itself:
    FastAPI's default page loads it from a CDN, which offline offices cannot reach."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles
    import fastapi_offline  # ships Swagger UI 5's files; we only serve them

    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/static-docs", StaticFiles(directory=assets), name="static-docs")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="intervensi — API",
                                   swagger_js_url="/static-docs/swagger-ui-bundle.js",
                                   swagger_css_url="/static-docs/swagger-ui.css",
                                   swagger_favicon_url="data:,")


# How long a thread may hold the GIL while another waits for it. Python's 5 ms default
# makes the event loop wait up to 5 ms for the model thread at each request it parses or
# answers; 0.5 ms measured 4.4 -> 3.4 ms median for one client (PERFORMANCE.md).
SWITCH_INTERVAL_SECONDS = 0.0005


def tune_interpreter() -> None:
    """Once the worker has started: a shorter GIL switch interval, and every object made
    so far (the model, the database layer, the imports: about a million) moved out of the
    garbage collector's reach, so that a full collection no longer stalls a request for
    100-200 ms. The model holder does the same after a reload (``ModelHolder._settle``)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    gc.collect()
    gc.freeze()


def create_app(settings: Settings) -> FastAPI:
    """The app for one worker, on the one ``Settings`` object built at start-up
    (``service.server.serve`` passes it to every worker; keys were parsed there)."""
    logs.configure(settings.log_level)
    settings.keys()  # parsed once, here at the latest: never per request
    holder = ModelHolder(settings)
    runner = ModelRunner(settings.model_threads, settings.max_pending_requests, settings.queue_timeout_seconds)
    store = FeedbackStore(database_url(settings.data_dir, settings.database_url))

    async def follow_reloads():
        while True:
            await asyncio.sleep(1.0)
            if holder.signalled():
                await asyncio.to_thread(holder.follow)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await asyncio.to_thread(holder.load_initial)
        await asyncio.to_thread(store.migrate)  # a no-op when `intervensi serve` already did it
        tune_interpreter()
        runner.start()
        watcher = asyncio.create_task(follow_reloads())
        yield
        watcher.cancel()
        runner.stop()

    app = FastAPI(title="intervensi", version=__version__, description=DESCRIPTION, lifespan=lifespan, docs_url=None,
                  openapi_tags=[{"name": "classify", "description": "Level and method for complaints"},
                                {"name": "about", "description": "Knowledge base, model card, health"},
                                {"name": "feedback", "description": "Officers' corrections"},
                                {"name": "admin", "description": "Model reload (admin key)"}])
    app.state.settings = settings
    app.state.holder = holder
    app.state.runner = runner
    app.state.feedback = store
    errors.install(app)
    app.include_router(classify.router)
    app.include_router(meta.router)
    app.include_router(feedback.router)
    app.include_router(admin.router)
    mount_docs(app)
    if STATIC_DIR.is_dir():
        from .page import mount_page

        mount_page(app, STATIC_DIR)
    if settings.cors_origin_list:  # other web pages may call the API only when configured
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list, allow_credentials=False,
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type",
                                                                          "Idempotency-Key", "X-Request-ID"],
                           expose_headers=["X-Request-ID"], max_age=600)
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes,
                       body_timeout=settings.body_timeout_seconds)
    return app
