"""Service settings, read from the environment (prefix ``INTERVENSI_``) or a ``.env`` file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, PrivateAttr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from classifier.messages import bilingual


@dataclass(frozen=True)
class Keys:
    api: frozenset[str]
    admin: frozenset[str]


class KeyFileError(ValueError):
    """A key setting or key file cannot be used; the message names it (never a key)."""


def _hashes(inline: str, file: Path | None, kind: str) -> frozenset[str]:
    values = [(h.strip().lower(), f"INTERVENSI_{kind}_KEY_HASHES") for h in inline.split(",") if h.strip()]
    if file is not None:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError(bilingual("api", "bad_key_file", source=f"INTERVENSI_{kind}_KEYS_FILE={file}",
                                         reason=type(exc).__name__ + (f" ({exc.strerror})" if isinstance(exc, OSError)
                                                                      else ""))) from None
        for number, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip().lower()
            if line:
                values.append((line, f"{file}:{number}"))
    for value, where in values:
        if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
            raise KeyFileError(bilingual(
                "api", "bad_key_file", source=where,
                reason="not a SHA-256 hex digest; store hashes, never keys (python3 -c \"import hashlib;"
                       "print(hashlib.sha256(b'KEY').hexdigest())\")"))
    return frozenset(v for v, _ in values)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTERVENSI_", env_file=".env", env_ignore_empty=True,
                                      extra="ignore")

    models_dir: Path = Path("models")
    #: pin a version instead of following the registry's default
    model_version: str | None = None
    data_dir: Path = Path("data")
    #: corrections database; default SQLite at <data_dir>/intervensi.db
    database_url: str | None = None

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    #: with no API keys configured the service only binds to loopback unless this is set
    allow_unauthenticated_public: bool = False

    max_text_chars: int = Field(20_000, ge=1)
    max_batch_items: int = Field(256, ge=1)
    #: request bodies above this many bytes are refused before parsing
    max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024)
    #: a client must send its whole body within this many seconds
    body_timeout_seconds: float = Field(10.0, gt=0)
    keep_alive_seconds: float = Field(5.0, gt=0)

    #: SHA-256 hex digests of accepted API keys, comma-separated, and/or a file of them
    api_key_hashes: str = ""
    api_keys_file: Path | None = None
    admin_key_hashes: str = ""
    admin_keys_file: Path | None = None

    #: origins allowed to call the API from a browser (CORS), comma-separated; default none
    cors_origins: str = ""

    log_level: str = "INFO"

    @field_validator("log_level")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()

    #: threads doing model work in each worker (the event loop never does it)
    model_threads: int = Field(1, ge=1)
    #: model requests one worker admits at once (running and waiting); past it: 503 + Retry-After
    max_pending_requests: int = Field(64, ge=1)
    #: a request that waited this long for a model thread gets 503 + Retry-After instead
    queue_timeout_seconds: float = Field(10.0, gt=0)

    _keys: Keys | None = PrivateAttr(None)

    def keys(self) -> Keys:
        """The accepted key hashes, parsed once (files included) and kept with the object,
        so that worker processes given this object never read a key file again.
        Raises KeyFileError with a message for the operator."""
        if self._keys is None:
            self._keys = Keys(api=_hashes(self.api_key_hashes, self.api_keys_file, "API"),
                              admin=_hashes(self.admin_key_hashes, self.admin_keys_file, "ADMIN"))
        return self._keys

    @property
    def api_hashes(self) -> frozenset[str]:
        return self.keys().api

    @property
    def admin_hashes(self) -> frozenset[str]:
        return self.keys().admin

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @property
    def auth_enabled(self) -> bool:
        return bool(self.api_hashes or self.admin_hashes)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
