"""Dependencies of the routes: API-key checks, and the model holder that swaps models
atomically."""

from __future__ import annotations

import gc
import hmac
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from classifier.model.explain import Explainer
from classifier.lifecycle.registry import Registry, RegistryError

from .config import Settings, hash_key
from .errors import ApiError

log = logging.getLogger("intervensi.service")


@dataclass(frozen=True)
class LoadedModel:
    """Everything a request needs from one model version; never mutated once built."""

    model: Any
    explainer: Explainer
    version: str
    card: dict[str, Any]
    loaded_at: float = field(default_factory=time.time)


class ModelHolder:
    """Holds the serving model. ``current`` is replaced in one assignment, so a request
    that took a reference keeps its model to the end while new requests get the new one.

    Several worker processes each hold a model: a successful reload touches a signal file
    in the data folder, and every worker checks it once a second and follows.
    """

    SIGNAL = "reload.signal"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.current: LoadedModel | None = None
        self.last_error: str | None = None
        self._lock = threading.Lock()
        self._signal_seen = self._signal_mtime()

    @property
    def registry(self) -> Registry:
        return Registry(self.settings.models_dir)

    def _load(self) -> LoadedModel:
        registry = self.registry
        folder = registry.resolve(self.settings.model_version)
        model = registry.load(folder.name)
        card = registry.card(folder.name)
        return LoadedModel(model=model, explainer=Explainer(model), version=folder.name, card=card)

    @staticmethod
    def _settle() -> None:
        """After a model is swapped in: collect what the previous one leaves in reference
        cycles, then move everything loaded (about a million objects) out of the garbage
        collector's reach, so that a full collection no longer stalls a request for
        100-200 ms. Unfrozen first, or a replaced model would stay frozen for ever."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def load_initial(self) -> None:
        try:
            self.current = self._load()
            self.last_error = None
            self._settle()
            log.info("model loaded", extra={"model_version": self.current.version})
        except RegistryError as exc:
            self.last_error = str(exc)
            log.error("no model loaded", extra={"detail": str(exc)})

    def reload(self) -> tuple[str, str, str | None]:
        """Load the registry's current default, verified, and swap it in.

        Returns (status, version, previous). Raises RegistryError and keeps the old model
        when the new one is missing, corrupt or incompatible.
        """
        with self._lock:
            previous = self.current.version if self.current else None
            loaded = self._load()
            if previous == loaded.version:
                return "unchanged", loaded.version, previous
            self.current = loaded
            self.last_error = None
            self._settle()
            self._touch_signal()
            log.info("model reloaded", extra={"model_version": loaded.version, "previous": previous})
            return "reloaded", loaded.version, previous

    def _signal_path(self) -> Path:
        return Path(self.settings.data_dir) / self.SIGNAL

    def _signal_mtime(self) -> float:
        try:
            return self._signal_path().stat().st_mtime
        except OSError:
            return 0.0

    def _touch_signal(self) -> None:
        try:
            path = self._signal_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(str(time.time()), encoding="utf-8")
            self._signal_seen = self._signal_mtime()
        except OSError as exc:
            log.warning("cannot write reload signal; other workers will not follow", extra={"detail": str(exc)})

    def signalled(self) -> bool:
        """Whether another worker has reloaded since this one last looked."""
        mtime = self._signal_mtime()
        if mtime > self._signal_seen:
            self._signal_seen = mtime
            return True
        return False

    def follow(self) -> None:
        """Reload because another worker did; keep the current model if that fails."""
        try:
            self.reload()
        except RegistryError as exc:
            log.error("reload signalled by another worker failed; keeping the current model",
                      extra={"detail": str(exc)})


async def get_holder(request: Request) -> ModelHolder:
    # The dependencies are ``async``: they do no I/O, and a sync one would cost a thread
    # hop per request.
    return request.app.state.holder


HolderDep = Annotated[ModelHolder, Depends(get_holder)]


async def get_model(holder: HolderDep) -> LoadedModel:
    current = holder.current
    if current is None:
        raise ApiError.of(503, "model_not_ready")
    return current


ModelDep = Annotated[LoadedModel, Depends(get_model)]


def _presented_hash(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return hash_key(token.strip())


def _matches(presented: str | None, allowed: frozenset[str]) -> bool:
    if presented is None:
        return False
    found = False
    for h in allowed:  # compare with every hash, in constant time each
        found |= hmac.compare_digest(presented, h)
    return found


def _unauthorized() -> ApiError:
    return ApiError.of(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})


# Declares the scheme in OpenAPI (the Authorize button of /docs); the checks below read the
# header themselves, so that a missing key gets the service's own bilingual 401.
_BEARER = HTTPBearer(auto_error=False, scheme_name="apiKey",
                     description="An API key, sent as `Authorization: Bearer <key>`; needed only when the service "
                                 "is configured with keys (INTERVENSI_API_KEY_HASHES). Admin calls need an admin key.")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]


async def require_api_key(request: Request, _credentials: Bearer = None) -> None:
    settings = request.app.state.settings
    if not settings.auth_enabled:
        return
    presented = _presented_hash(request)
    if not _matches(presented, settings.api_hashes | settings.admin_hashes):
        raise _unauthorized()


async def require_admin_key(request: Request, _credentials: Bearer = None) -> None:
    settings = request.app.state.settings
    if not settings.auth_enabled:
        return  # no keys at all: the service only listens on loopback
    if not settings.admin_hashes:
        raise ApiError.of(403, "admin_disabled")
    if not _matches(_presented_hash(request), settings.admin_hashes):
        raise _unauthorized()
