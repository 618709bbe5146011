"""``intervensi serve``: run the app under uvicorn with the project's limits."""

from __future__ import annotations

import ipaddress
import logging
import sys

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
    return (f"Menolak mendengarkan di {settings.host} tanpa kunci API. Atur INTERVENSI_API_KEY_HASHES "
            "(atau INTERVENSI_API_KEYS_FILE), atau INTERVENSI_ALLOW_UNAUTHENTICATED_PUBLIC=1 bila memang disengaja. / "
            f"Refusing to listen on {settings.host} without API keys. Set INTERVENSI_API_KEY_HASHES "
            "(or INTERVENSI_API_KEYS_FILE), or INTERVENSI_ALLOW_UNAUTHENTICATED_PUBLIC=1 if you mean it.")


def serve(settings: Settings) -> int:
    import uvicorn

    from . import logs

    logs.configure(settings.log_level)
    problem = check_exposure(settings)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .feedback import FeedbackStore, database_url

    try:
        FeedbackStore(database_url(settings.data_dir, settings.database_url)).migrate()  # once, before the workers
    except Exception as exc:  # noqa: BLE001 - report any database failure as a message
        print(f"Basis data koreksi tidak dapat disiapkan / the corrections database cannot be prepared: {exc}",
              file=sys.stderr)
        return 2
    if not settings.auth_enabled:
        log.warning("no API keys configured: every client that can reach the service can use it "
                    f"(listening on {settings.host} only)")
    log.info(f"intervensi on http://{settings.host}:{settings.port}/ (API docs at /docs), "
             f"{settings.workers} worker(s), models from {settings.models_dir}")
    uvicorn.run("service.app:create_app", factory=True, host=settings.host, port=settings.port,
                workers=settings.workers, timeout_keep_alive=int(settings.keep_alive_seconds),
                log_config=None, access_log=False, proxy_headers=False, server_header=False,
                h11_max_incomplete_event_size=64 * 1024)
    return 0
