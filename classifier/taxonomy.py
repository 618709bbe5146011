"""The knowledge base: levels, methods and the valid (level, method) pairs.

Everything is read from ``data/taxonomy.json``, which transcribes the source document
(grouping after Gray 1997, Cox 2000, Adi 2002) and the labelling guide. This module is the
only place label names come from; it validates the file on load so a broken edit fails
loudly with the field that is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from classifier import DATA_DIR
from classifier.errors import IntervensiError

DATA_FILE = DATA_DIR / "taxonomy.json"
LANGS = ("id", "en")
OUT_OF_SCOPE = "out_of_scope"
IN_SCOPE = "in_scope"


class TaxonomyError(IntervensiError, ValueError):
    """The knowledge-base file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Text:
    """A text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: str = "id") -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True)
class Level:
    id: str
    name: Text
    definition: Text
    target_units: dict[str, tuple[str, ...]]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Method:
    id: str
    name: Text
    definition: Text
    goal: Text
    examples: dict[str, tuple[str, ...]]


def pair_key(level: str, method: str) -> str:
    """The stable string key of a (level, method) pair, e.g. ``mikro/family_casework``: the
    class name in models, metrics and cards. The only place the key format is written."""
    return f"{level}/{method}"


def split_key(key: str) -> tuple[str, str]:
    """(level, method) of a pair key; the inverse of :func:`pair_key`."""
    level, method = key.split("/")
    return level, method


@dataclass(frozen=True)
class Pair:
    level: str
    method: str
    when: Text

    @property
    def key(self) -> str:
        """A stable string key for the pair, e.g. ``mikro/family_casework``."""
        return pair_key(self.level, self.method)


@dataclass(frozen=True)
class Taxonomy:
    """The validated knowledge base. Look-ups by id; order as in the file."""

    levels: tuple[Level, ...]
    methods: tuple[Method, ...]
    pairs: tuple[Pair, ...]
    citation: Text
    grouping: str
    title: str
    out_of_scope: Text

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def method(self, method_id: str) -> Method:
        for method in self.methods:
            if method.id == method_id:
                return method
        raise KeyError(method_id)

    def pair(self, level_id: str, method_id: str) -> Pair:
        for pair in self.pairs:
            if pair.level == level_id and pair.method == method_id:
                return pair
        raise KeyError(pair_key(level_id, method_id))

    def pair_by_key(self, key: str) -> Pair:
        return self.pair(*split_key(key))

    def is_valid_pair(self, level_id: str | None, method_id: str | None) -> bool:
        return any(p.level == level_id and p.method == method_id for p in self.pairs)

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(level.id for level in self.levels)

    @property
    def method_ids(self) -> tuple[str, ...]:
        return tuple(method.id for method in self.methods)

    @property
    def pair_keys(self) -> tuple[str, ...]:
        return tuple(pair.key for pair in self.pairs)

    def methods_for(self, level_id: str) -> Iterator[Method]:
        for pair in self.pairs:
            if pair.level == level_id:
                yield self.method(pair.method)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """A JSON-ready view; bilingual texts as ``{"id": ..., "en": ...}``, or one
        language only when ``lang`` is given."""

        def t(text: Text) -> Any:
            return text.get(lang) if lang else {"id": text.id, "en": text.en}

        def units(d: dict[str, tuple[str, ...]]) -> Any:
            return list(d[lang]) if lang else {k: list(v) for k, v in d.items()}

        return {
            "source": {"title": self.title, "grouping": self.grouping, "citation": t(self.citation)},
            "levels": [
                {"id": lv.id, "name": t(lv.name), "target_units": units(lv.target_units),
                 "definition": t(lv.definition), "cues": list(lv.cues)}
                for lv in self.levels
            ],
            "methods": [
                {"id": m.id, "name": t(m.name), "definition": t(m.definition), "goal": t(m.goal),
                 "examples": units(m.examples),
                 "levels": [p.level for p in self.pairs if p.method == m.id]}
                for m in self.methods
            ],
            "pairs": [{"level": p.level, "method": p.method, "when": t(p.when)} for p in self.pairs],
            "out_of_scope": {"definition": t(self.out_of_scope)},
        }


def _text(obj: Any, where: str) -> Text:
    if not isinstance(obj, dict) or any(not isinstance(obj.get(k), str) or not obj.get(k).strip() for k in LANGS):
        raise TaxonomyError(f"{where}: expected an object with non-empty strings 'id' and 'en'")
    return Text(id=obj["id"], en=obj["en"])


def _lists(obj: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(obj, dict) or any(not isinstance(obj.get(k), list) or not obj.get(k) for k in LANGS):
        raise TaxonomyError(f"{where}: expected an object with non-empty lists 'id' and 'en'")
    return {k: tuple(str(x) for x in obj[k]) for k in LANGS}


def _field(obj: dict, key: str, where: str) -> Any:
    if key not in obj:
        raise TaxonomyError(f"{where}: missing field '{key}'")
    return obj[key]


def parse(raw: dict[str, Any], origin: str = "taxonomy") -> Taxonomy:
    """Validate a decoded knowledge-base document and build a :class:`Taxonomy`."""
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{origin}: top level must be an object")
    levels = []
    for i, lv in enumerate(_field(raw, "levels", origin)):
        where = f"{origin}: levels[{i}]"
        levels.append(Level(
            id=_field(lv, "id", where), name=_text(_field(lv, "name", where), where + ".name"),
            definition=_text(_field(lv, "definition", where), where + ".definition"),
            target_units=_lists(_field(lv, "target_units", where), where + ".target_units"),
            cues=tuple(_field(lv, "cues", where)),
        ))
    methods = []
    for i, m in enumerate(_field(raw, "methods", origin)):
        where = f"{origin}: methods[{i}]"
        methods.append(Method(
            id=_field(m, "id", where), name=_text(_field(m, "name", where), where + ".name"),
            definition=_text(_field(m, "definition", where), where + ".definition"),
            goal=_text(_field(m, "goal", where), where + ".goal"),
            examples=_lists(_field(m, "examples", where), where + ".examples"),
        ))
    level_ids = [lv.id for lv in levels]
    method_ids = [m.id for m in methods]
    for kind, ids in (("level", level_ids), ("method", method_ids)):
        dupes = {x for x in ids if ids.count(x) > 1}
        if dupes:
            raise TaxonomyError(f"{origin}: duplicate {kind} id(s): {sorted(dupes)}")
        if OUT_OF_SCOPE in ids:
            raise TaxonomyError(f"{origin}: '{OUT_OF_SCOPE}' is reserved and cannot be a {kind} id")
    pairs = []
    seen = set()
    for i, p in enumerate(_field(raw, "pairs", origin)):
        where = f"{origin}: pairs[{i}]"
        level, method = _field(p, "level", where), _field(p, "method", where)
        if level not in level_ids:
            raise TaxonomyError(f"{where}: unknown level '{level}' (known: {', '.join(level_ids)})")
        if method not in method_ids:
            raise TaxonomyError(f"{where}: unknown method '{method}'")
        if (level, method) in seen:
            raise TaxonomyError(f"{where}: pair {level}/{method} listed twice")
        seen.add((level, method))
        pairs.append(Pair(level=level, method=method, when=_text(_field(p, "when", where), where + ".when")))
    for m in method_ids:
        if not any(p.method == m for p in pairs):
            raise TaxonomyError(f"{origin}: method '{m}' belongs to no valid pair")
    for lv in level_ids:
        if not any(p.level == lv for p in pairs):
            raise TaxonomyError(f"{origin}: level '{lv}' has no valid pair")
    source = _field(raw, "source", origin)
    return Taxonomy(
        levels=tuple(levels), methods=tuple(methods), pairs=tuple(pairs),
        citation=_text(_field(source, "citation", origin + ": source"), origin + ": source.citation"),
        grouping=str(_field(source, "grouping", origin + ": source")),
        title=str(_field(source, "title", origin + ": source")),
        out_of_scope=_text(_field(_field(raw, "out_of_scope", origin), "definition", origin + ": out_of_scope"),
                           origin + ": out_of_scope.definition"),
    )


def load(path: Path | str = DATA_FILE) -> Taxonomy:
    """Read and validate a knowledge-base file."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TaxonomyError(f"{path}: file not found; reinstall the package or restore the file") from exc
    except json.JSONDecodeError as exc:
        raise TaxonomyError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    return parse(raw, origin=str(path))


@lru_cache(maxsize=1)
def get() -> Taxonomy:
    """The package's knowledge base, loaded once per process."""
    return load(DATA_FILE)
