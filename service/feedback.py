"""Officers' corrections, stored in a real database through SQLAlchemy.

SQLite by default (``<data dir>/intervensi.db``), PostgreSQL when
``INTERVENSI_DATABASE_URL`` points to one. The schema is created and upgraded by Alembic
migrations (``service/migrations``). Text and comments are masked (people's names, NIK,
phone numbers, e-mail, street addresses) before they are stored. A correction sent with an
idempotency key is stored once however often it is sent (a double click, a retry). Nothing is trained
on corrections automatically: ``intervensi feedback export`` writes them as corpus
candidates for an analyst to review and import.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import DateTime, Integer, String, Text, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from classifier.taxonomy import pair_key
from classifier.text.masking import mask_for_storage

MIGRATIONS = Path(__file__).parent / "migrations"


class Base(DeclarativeBase):
    pass


class Correction(Base):
    __tablename__ = "corrections"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    request_id: Mapped[str | None] = mapped_column(String(64), index=True)
    model_version: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text)
    text_chars: Mapped[int | None] = mapped_column(Integer)
    predicted_status: Mapped[str | None] = mapped_column(String(16))
    predicted_level: Mapped[str | None] = mapped_column(String(16))
    predicted_method: Mapped[str | None] = mapped_column(String(48))
    correct_label: Mapped[str] = mapped_column(String(16), nullable=False)
    correct_level: Mapped[str | None] = mapped_column(String(16))
    correct_method: Mapped[str | None] = mapped_column(String(48))
    comment: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(2))
    idempotency_key: Mapped[str | None] = mapped_column(String(128), unique=True)


class IdempotencyConflict(Exception):
    """The key was already used for a different correction."""


def database_url(data_dir: Path | str, url: str | None = None) -> str:
    if url:
        return url
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(data_dir).resolve() / 'intervensi.db'}"


class FeedbackStore:
    """Adds and reads corrections; every write is one transaction."""

    def __init__(self, url: str):
        self.url = url
        connect_args = {"timeout": 30} if url.startswith("sqlite") else {}
        self.engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection_url"] = self.url
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def add(self, *, correct_label: str, correct_level: str | None, correct_method: str | None,
            text: str | None = None, request_id: str | None = None, model_version: str | None = None,
            predicted: dict[str, Any] | None = None, comment: str | None = None, lang: str | None = None,
            idempotency_key: str | None = None) -> tuple[Correction, bool]:
        """Store a correction; return it and whether it is new. With an ``idempotency_key``
        already stored, return that row instead (or raise :class:`IdempotencyConflict`
        when it holds another correction)."""
        predicted = predicted or {}
        row = Correction(
            id=uuid.uuid4().hex, created_at=dt.datetime.now(dt.timezone.utc), request_id=request_id,
            model_version=model_version, text=mask_for_storage(text) if text else None,
            text_chars=len(text) if text else None, predicted_status=predicted.get("status"),
            predicted_level=predicted.get("level"), predicted_method=predicted.get("method"),
            correct_label=correct_label, correct_level=correct_level, correct_method=correct_method,
            comment=mask_for_storage(comment) if comment else None, lang=lang, idempotency_key=idempotency_key)
        if idempotency_key:
            existing = self.by_key(idempotency_key)
            if existing is not None:
                return self._same(existing, row), False
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                session.add(row)
        except IntegrityError:
            existing = self.by_key(idempotency_key) if idempotency_key else None
            if existing is None:
                raise
            return self._same(existing, row), False  # the same key sent twice at once
        return row, True

    @staticmethod
    def _same(existing: Correction, new: Correction) -> Correction:
        fields = ("request_id", "text", "correct_label", "correct_level", "correct_method", "comment")
        if any(getattr(existing, f) != getattr(new, f) for f in fields):
            raise IdempotencyConflict(existing.idempotency_key)
        return existing

    def by_key(self, key: str) -> Correction | None:
        with Session(self.engine, expire_on_commit=False) as session:
            return session.scalars(select(Correction).where(Correction.idempotency_key == key)).first()

    def all(self) -> Iterator[Correction]:
        with Session(self.engine) as session:
            yield from session.scalars(select(Correction).order_by(Correction.created_at, Correction.id))


def corpus_candidate(row: Correction) -> dict[str, Any]:
    """A correction as a corpus-format line for an analyst to review (register to fill in)."""
    return {
        "id": f"fb-{row.id[:12]}", "text": row.text, "label": row.correct_label,
        "level": row.correct_level, "method": row.correct_method, "register": None,
        "source": f"officer correction {row.created_at:%Y-%m-%d}" + (f", model {row.model_version}" if row.model_version else ""),
        "notes": "; ".join(x for x in (
            f"model said {row.predicted_status} {pair_key(row.predicted_level, row.predicted_method)}"
            if row.predicted_status else None,
            f"officer: {row.comment}" if row.comment else None,
            "set 'register' before import") if x),
    }
