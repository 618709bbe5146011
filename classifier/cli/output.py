"""What every command shares: JSON on standard output, output files, bilingual messages."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, TextIO

from classifier.messages import bilingual

def _defaults() -> tuple[str, str]:
    # the same rule as the registry, without importing it (and joblib) at start-up
    project = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if os.environ.get("INTERVENSI_MODELS_DIR"):
        models = os.environ["INTERVENSI_MODELS_DIR"]
    elif os.path.isfile(os.path.join(project, "pyproject.toml")):
        models = os.path.join(project, "models")
    else:
        data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        models = os.path.join(data, "intervensi", "models")
    corpus = os.path.join(project, "corpus") if os.path.isdir(os.path.join(project, "corpus")) else "corpus"
    return corpus, models


#: where models and the corpus are, whatever the working folder (see registry.default_models_dir)
DEFAULT_CORPUS, DEFAULT_MODELS = _defaults()


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(*path: str, **values: Any) -> None:
    """A message from ``messages.json`` (section ``cli``), in both languages, on stderr."""
    print(bilingual("cli", *path, **values), file=sys.stderr)


def input_file(name: str) -> Path | None:
    """The input file ``name``, or None after saying that it does not exist (the command
    then exits with status 2)."""
    path = Path(name)
    if not path.exists():
        say("file_not_found", path=path)
        return None
    return path


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
