"""What every command shares: JSON on standard output, output files, bilingual messages."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from typing import Any, Iterator, TextIO

from classifier.messages import bilingual

DEFAULT_CORPUS = "corpus"
DEFAULT_MODELS = os.environ.get("INTERVENSI_MODELS_DIR", "models")


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(*path: str, **values: Any) -> None:
    """A message from ``messages.json`` (section ``cli``), in both languages, on stderr."""
    print(bilingual("cli", *path, **values), file=sys.stderr)


@contextmanager
def output(name: str) -> Iterator[TextIO]:
    """The file ``name`` opened for writing, or standard output for ``-``."""
    if name == "-":
        yield sys.stdout
        return
    with open(name, "w", encoding="utf-8") as out:
        yield out


def write_line(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
