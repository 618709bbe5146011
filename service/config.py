"""Service settings, read from the environment (prefix ``INTERVENSI_``) or a ``.env`` file."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    def _hashes(self, inline: str, file: Path | None) -> frozenset[str]:
        values = [h.strip().lower() for h in inline.split(",") if h.strip()]
        if file is not None:
            for line in Path(file).read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip().lower()
                if line:
                    values.append(line)
        bad = [v for v in values if len(v) != 64 or any(c not in "0123456789abcdef" for c in v)]
        if bad:
            raise ValueError(f"not a SHA-256 hex digest: {bad[0][:12]}...; store hashes, never keys "
                             "(python -c \"import hashlib;print(hashlib.sha256(b'KEY').hexdigest())\")")
        return frozenset(values)

    @property
    def api_hashes(self) -> frozenset[str]:
        return self._hashes(self.api_key_hashes, self.api_keys_file)

    @property
    def admin_hashes(self) -> frozenset[str]:
        return self._hashes(self.admin_key_hashes, self.admin_keys_file)

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @property
    def auth_enabled(self) -> bool:
        return bool(self.api_hashes or self.admin_hashes)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
