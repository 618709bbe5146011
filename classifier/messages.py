"""Every user-facing sentence, in Indonesian and English, from ``data/messages.json``.

Code names a message by its path in that file (``text("status", "ok", "label")``); the
words themselves live in the data file, where a translator or an analyst can change them
without touching Python. A message with ``{placeholders}`` is filled with ``str.format``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from classifier import DATA_DIR

MESSAGES_FILE = DATA_DIR / "messages.json"
LANGS = ("id", "en")


@lru_cache(maxsize=1)
def messages() -> dict[str, Any]:
    """The whole message file, read once per process."""
    return json.loads(MESSAGES_FILE.read_text(encoding="utf-8"))


def _node(path: tuple[str, ...]) -> dict[str, str]:
    node = messages()
    for key in path:
        node = node[key]
    return node


def text(*path: str, lang: str = "id", **values: Any) -> str:
    """One message in one language (English for ``lang="en"``, else Indonesian)."""
    message = _node(path)["en" if lang == "en" else "id"]
    return message.format(**values) if values else message


def both(*path: str, **values: Any) -> tuple[str, str]:
    """(Indonesian, English) of one message, as API errors carry them."""
    return text(*path, lang="id", **values), text(*path, lang="en", **values)


def bilingual(*path: str, **values: Any) -> str:
    """``"Indonesian / English"``: the command line says everything in both languages."""
    return " / ".join(both(*path, **values))
