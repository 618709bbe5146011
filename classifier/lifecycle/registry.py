"""Model versions on disk: each version is a folder with the artifact, its SHA-256
manifest and its model card; ``registry.json`` records which version is the default.

An artifact is only unpickled after its SHA-256 matches the manifest, and only used when
its label set matches the current knowledge base.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Any, NamedTuple

import joblib

from classifier import __version__, taxonomy
from classifier.lifecycle import office_prior
from classifier.errors import IntervensiError
from classifier.jsonl import write_json_atomic

# The artifact is a plain pickle (protocol 5): Python's C unpickler loads it in a tenth of a
# second, where joblib's pure-Python one took 2-3 s and made `intervensi explain` slow to
# start. Versions saved before (model.joblib) still load.
ARTIFACT = "model.pkl"
LEGACY_ARTIFACT = "model.joblib"
MANIFEST = "manifest.json"
REGISTRY = "registry.json"
FORMAT_VERSION = 1
PROJECT_DIR = Path(__file__).resolve().parents[2]


def _user_data_dir() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "intervensi"


def default_models_dir() -> Path:
    """Where models are, whatever the working folder: ``$INTERVENSI_MODELS_DIR`` if set;
    else the project's ``models/`` when running from a source checkout (the usual case,
    ``make run``); else ``$XDG_DATA_HOME/intervensi/models`` (``~/.local/share/...``)."""
    if os.environ.get("INTERVENSI_MODELS_DIR"):
        return Path(os.environ["INTERVENSI_MODELS_DIR"])
    if (PROJECT_DIR / "pyproject.toml").is_file():
        return PROJECT_DIR / "models"
    return _user_data_dir() / "models"


DEFAULT_MODELS_DIR = default_models_dir()


class RegistryError(IntervensiError):
    """A model cannot be found, verified or loaded; the message says what to do."""


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Loaded(NamedTuple):
    """A verified model and the registry version it was loaded as."""

    version: str
    model: Any

def save_version(folder: Path, model, extra_files: dict[str, bytes] | None = None) -> None:
    """Write the artifact, the card files and a manifest of their hashes into ``folder``."""
    folder.mkdir(parents=True, exist_ok=False)
    payload = {"format_version": FORMAT_VERSION, "pairs": list(taxonomy.get().pair_keys), "model": model}
    with (folder / ARTIFACT).open("wb") as out:
        pickle.dump(payload, out, protocol=5)
    for name, data in (extra_files or {}).items():
        (folder / name).write_bytes(data)
    files = {p.name: sha256_of(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != MANIFEST}
    write_json_atomic(folder / MANIFEST, {"format_version": FORMAT_VERSION, "intervensi": __version__,
                                          "version": folder.name, "files": files})


def verify(folder: Path) -> dict[str, Any]:
    """Check every file against the manifest; return the manifest."""
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise RegistryError(f"{folder}: no {MANIFEST}; the version is incomplete, train it again")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{manifest_path}: unreadable manifest ({exc.msg}); train the version again") from exc
    for name, digest in manifest.get("files", {}).items():
        path = folder / name
        if not path.exists():
            raise RegistryError(f"{path}: missing file listed in the manifest; train the version again")
        if sha256_of(path) != digest:
            raise RegistryError(f"{path}: SHA-256 does not match the manifest (corrupt or altered); "
                                "restore it or train again")
    if ARTIFACT not in manifest.get("files", {}) and LEGACY_ARTIFACT not in manifest.get("files", {}):
        raise RegistryError(f"{folder}: manifest lists no {ARTIFACT}")
    return manifest


def load_version(folder: Path):
    """Verify, unpickle and check compatibility; return the model."""
    manifest = verify(folder)
    artifact = folder / (ARTIFACT if ARTIFACT in manifest.get("files", {}) else LEGACY_ARTIFACT)
    try:
        if artifact.name == ARTIFACT:
            with artifact.open("rb") as stream:
                payload = pickle.load(stream)  # only after its SHA-256 matched the manifest
        else:
            payload = joblib.load(artifact)
    except Exception as exc:  # a verified file that fails to load: library mismatch
        raise RegistryError(f"{artifact}: cannot be loaded ({type(exc).__name__}); "
                            "it was probably made by other library versions; train again") from exc
    if not isinstance(payload, dict) or payload.get("format_version") != FORMAT_VERSION:
        raise RegistryError(f"{artifact}: unknown artifact format; train again")
    if payload.get("pairs") != list(taxonomy.get().pair_keys):
        raise RegistryError(f"{artifact}: trained for another set of (level, method) pairs than the "
                            "current knowledge base; train again")
    model = payload["model"]
    try:
        office_prior.apply_stored(folder, model)  # an office's own mix, if it estimated one
    except office_prior.PriorError as exc:
        raise RegistryError(str(exc)) from exc
    return model


class Registry:
    """The versions in a models folder and the default among them."""

    def __init__(self, root: Path | str = DEFAULT_MODELS_DIR):
        self.root = Path(root)

    @property
    def path(self) -> Path:
        return self.root / REGISTRY

    def read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"default": None, "versions": {}, "events": []}
        return json.loads(self.path.read_text(encoding="utf-8"))

    def write(self, data: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_json_atomic(self.path, data)

    def folder(self, version: str) -> Path:
        return self.root / version

    def default_version(self) -> str | None:
        return self.read().get("default")

    def resolve(self, version: str | None = None) -> Path:
        version = version or self.default_version()
        if not version:
            raise RegistryError(f"no default model in {self.root.resolve()} (looked there; another folder: --models "
                                "or INTERVENSI_MODELS_DIR); run `intervensi train` (or `make run`) first")
        folder = self.folder(version)
        if not folder.is_dir():
            raise RegistryError(f"model version {version!r} not found in {self.root.resolve()}; "
                                "see `intervensi models list`")
        return folder

    def load(self, version: str | None = None):
        """The verified model of ``version`` (default: the registry's default)."""
        return load_version(self.resolve(version))

    def open(self, version: str | None = None) -> Loaded:
        """Like :meth:`load`, with the name of the version that was loaded."""
        folder = self.resolve(version)
        return Loaded(folder.name, load_version(folder))

    def card(self, version: str | None = None) -> dict[str, Any]:
        folder = self.resolve(version)
        return json.loads((folder / "card.json").read_text(encoding="utf-8"))

    def add(self, version: str, summary: dict[str, Any], make_default: bool, why: str) -> None:
        data = self.read()
        data["versions"][version] = summary
        if make_default:
            self._set_default(data, version, why)
        self.write(data)

    def promote(self, version: str, why: str, forced: bool = False) -> str | None:
        """Make ``version`` the default; return the previous default."""
        data = self.read()
        if version not in data["versions"] and not self.folder(version).is_dir():
            raise RegistryError(f"model version {version!r} not found; see `intervensi models list`")
        previous = data.get("default")
        self._set_default(data, version, why, forced=forced)
        self.write(data)
        return previous

    def rollback(self, why: str) -> tuple[str, str]:
        """Return to the previous default; return (restored, replaced)."""
        data = self.read()
        history = data.get("previous_defaults") or []
        current = data.get("default")
        while history and (history[-1] == current or not self.folder(history[-1]).is_dir()):
            history.pop()
        if not history:
            raise RegistryError("no previous default to return to; see `intervensi models list`")
        restored = history.pop()
        data["default"] = restored
        data.setdefault("events", []).append({
            "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "by": getpass.getuser(),
            "action": "rollback", "version": restored, "previous": current, "forced": False, "why": why})
        self.write(data)
        return restored, current

    def _set_default(self, data: dict[str, Any], version: str, why: str, forced: bool = False) -> None:
        previous = data.get("default")
        if previous and previous != version:
            data.setdefault("previous_defaults", []).append(previous)
        data["default"] = version
        data.setdefault("events", []).append({
            "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "by": getpass.getuser(), "action": "default", "version": version, "previous": previous,
            "forced": forced, "why": why,
        })
