"""``intervensi serve``: run the app under uvicorn with the project's limits."""

from __future__ import annotations

import ipaddress
import logging
import sys
from dataclasses import dataclass

from classifier.messages import bilingual

from .config import Settings

log = logging.getLogger("intervensi.service")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(settings: Settings) -> str | None:
    """An error message when the settings would expose an unauthenticated service."""
    if settings.auth_enabled or is_loopback(settings.host) or settings.allow_unauthenticated_public:
        return None
    return bilingual("api", "exposed_without_keys", host=settings.host)


def serve(settings: Settings) -> int:
    """Run the service on exactly ``settings``: the same object (keys already parsed) is
    given to every worker, which never reads the environment or a key file again."""
    from . import logs
    from .config import KeyFileError

    logs.configure(settings.log_level)
    try:
        settings.keys()  # parse the key settings and files once; a bad one stops the start
    except KeyFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    problem = check_exposure(settings)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .feedback import FeedbackStore, database_url

    try:
        FeedbackStore(database_url(settings.data_dir, settings.database_url)).migrate()  # once, before the workers
    except Exception as exc:  # noqa: BLE001 - report any database failure as a message
        print(bilingual("api", "database_unavailable", reason=exc), file=sys.stderr)
        return 2
    if not settings.auth_enabled:
        log.warning("no API keys configured: every client that can reach the service can use it "
                    f"(listening on {settings.host} only)")
    log.info(f"intervensi on http://{settings.host}:{settings.port}/ (API docs at /docs), "
             f"{settings.workers} worker(s), models from {settings.models_dir}")
    import uvicorn

    config = uvicorn_config(settings)
    if settings.workers <= 1:
        uvicorn.Server(config).run()
        return 0
    from uvicorn.supervisors import Multiprocess

    # uvicorn's own supervisor: it binds once, restarts a worker that dies or stops
    # answering its health check, and stops when a worker fails at start-up (a broken
    # model folder or port would fail the same way on every restart).
    Multiprocess(config, sockets=[config.bind_socket()]).run()
    return 0


@dataclass(frozen=True)
class AppFactory:
    """``create_app`` bound to one ``Settings`` object; uvicorn pickles it into each worker.
    It imports the app only when called: unpickling must stay light, since a worker that
    does not answer the supervisor's health check within 5 s of starting is killed."""

    settings: Settings

    def __call__(self):
        from .app import create_app

        return create_app(self.settings)


def uvicorn_config(settings: Settings):
    """The uvicorn configuration: the app factory bound to ``settings``, the limits."""
    import uvicorn

    return uvicorn.Config(AppFactory(settings), factory=True, host=settings.host,
                          port=settings.port, workers=settings.workers,
                          timeout_keep_alive=int(settings.keep_alive_seconds), log_config=None, access_log=False,
                          proxy_headers=False, server_header=False, h11_max_incomplete_event_size=64 * 1024)
