"""``intervensi train``: fit on the corpus's train split, evaluate on its fixed test split
against two baselines, write a versioned artifact with manifest and model card, and make it
the default when it is good enough: it beats the baselines and does not lose to the current
default on the same held-out texts (the promotion gate). Otherwise it stays a candidate for
``intervensi models compare`` and ``promote``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
import time
from pathlib import Path
from typing import Any, NamedTuple

from classifier import __version__
from classifier.errors import IntervensiError
from classifier.lifecycle import corpus, evaluation, real_text
from classifier.lifecycle.card import card_markdown, confusion_png
from classifier.lifecycle.comparing import gate
from classifier.lifecycle.registry import Registry, RegistryError, save_version
from classifier.model.baselines import DefinitionBaseline, MajorityBaseline
from classifier.model.intervention import InterventionModel, load_config
from classifier.taxonomy import IN_SCOPE
from classifier.text.foreign import detect_foreign


class TrainingError(IntervensiError):
    """The corpus cannot be trained on as it is."""


def corpus_hash(path: Path | str) -> str:
    h = hashlib.sha256()
    for file in corpus.corpus_files(path):
        h.update(file.name.encode())
        h.update(file.read_bytes())
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    from importlib.metadata import version

    out = {"python": platform.python_version(), "intervensi": __version__}
    for dist in ("scikit-learn", "spacy", "PySastrawi", "numpy", "scipy", "joblib"):
        out[dist] = version(dist)
    return out


class Split(NamedTuple):
    """The corpus as read, and its fixed train and test sides."""

    vignettes: list[corpus.Vignette]
    train: list[corpus.Vignette]
    test: list[corpus.Vignette]


class Trained(NamedTuple):
    """What ``intervensi train`` made: the version name and its model card."""

    version: str
    card: dict[str, Any]


def read_split(corpus_dir: Path | str) -> Split:
    """The validated corpus and its two sides; TrainingError when it cannot be trained on."""
    read = corpus.read(corpus_dir)
    problems = read.problems + corpus.validate(read.vignettes)
    if problems:
        shown = "\n".join(str(p) for p in problems[:20])
        raise TrainingError(f"the corpus has {len(problems)} problem(s); fix them first "
                            f"(`intervensi corpus validate {corpus_dir}`):\n{shown}")
    # A text in a foreign language is answered "language not supported" before the model is
    # asked (classifier.text.foreign), so the model never learns from one: a foreign text
    # about a welfare problem would teach it that such problems are out of scope.
    split = Split(read.vignettes, [v for v in read.vignettes if v["split"] == "train" and not detect_foreign(v["text"])],
                  [v for v in read.vignettes if v["split"] == "test"])
    if not split.train or not split.test:
        raise TrainingError("the corpus needs both a train and a test split")
    return split


def fit(split: Split, config: dict[str, Any], step) -> InterventionModel:
    """The model fitted on the train side; cross-validation keeps minimal-pair groups together."""
    train_set = split.train
    return InterventionModel(config).fit([v["text"] for v in train_set], [v.pair for v in train_set],
                                         [v["id"] for v in train_set], progress=step,
                                         groups=[v["group"] or f"id:{v['id']}" for v in train_set])


def make_card(split: Split, model: InterventionModel, config: dict[str, Any], held_preds, corpus_dir,
              digest: str, train_seconds: float, step) -> dict[str, Any]:
    """The model card: corpus, libraries, config, calibration, held-out, cross-validation and
    baseline figures."""
    held = evaluation.evaluate(split.test, held_preds)
    cv = evaluation.evaluate(split.train, model.predictions_from(model.cv_["logits"], model.cv_["similarity"],
                                                                 deployment=False))
    step("baselines")
    test_texts = [v["text"] for v in split.test]
    majority = MajorityBaseline().fit(None, [v.pair for v in split.train]).predict(test_texts)
    definition = DefinitionBaseline().fit().predict(test_texts)
    now = dt.datetime.now(dt.timezone.utc)
    every = split.vignettes
    return {
        "version": f"{now:%Y%m%d-%H%M%S}-{digest[:8]}",
        "created": now.isoformat(timespec="seconds"),
        "corpus": {"path": str(corpus_dir), "sha256": digest, "train": len(split.train), "test": len(split.test),
                   "counts": corpus.stats(every)["pair"],
                   "in_scope": sum(v["label"] == IN_SCOPE for v in every),
                   "out_of_scope": sum(v["label"] != IN_SCOPE for v in every)},
        "libraries": library_versions(),
        "config": config,
        "temperature": round(model.temperature_, 4),
        "thresholds": model.thresholds_,
        "held_out": held,
        "cross_validation": cv,
        "baselines": {"majority": evaluation.evaluate(split.test, majority),
                      "definition": evaluation.evaluate(split.test, definition)},
        "real_text": real_text.card_section(model),
        "training_seconds": train_seconds,
        "headline": evaluation.headline(held),
    }


def card_files(card: dict[str, Any], split: Split, held_preds) -> dict[str, bytes]:
    version = card["version"]
    return {
        "card.json": (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "card.md": card_markdown(card).encode("utf-8"),
        "confusion_level.png": confusion_png(split.test, held_preds, "level", f"{version}: level (held-out)"),
        "confusion_pair.png": confusion_png(split.test, held_preds, "pair", f"{version}: pair (held-out)"),
    }


def should_become_default(card: dict[str, Any], split: Split, registry: Registry, step) -> bool:
    """Good enough (:func:`is_good`), and no loss to the current default on the same
    held-out texts: the same promotion gate as ``intervensi models promote``."""
    if not is_good(card):
        return False
    current = registry.default_version()
    if not current:
        return True
    try:
        predictions = registry.load(current).predict([v["text"] for v in split.test], deployment=False)
        losses = gate(card["held_out"], evaluation.evaluate(split.test, predictions))
    except RegistryError:
        return True  # the current default cannot be loaded: replace it
    if losses:
        step(f"kept {current} as the default: " + "; ".join(losses))
    return not losses


def train(corpus_dir: Path | str = "corpus", config_path: Path | str | None = None,
          models_dir: Path | str = "models", progress=None, make_default: bool | None = None) -> Trained:
    """Train, evaluate and register a new version; return its name and card."""
    step = progress or (lambda msg: None)
    t0 = time.perf_counter()
    config = load_config(config_path)
    step(f"reading {corpus_dir}")
    split = read_split(corpus_dir)
    step(f"training on {len(split.train)} vignettes")
    model = fit(split, config, step)
    train_seconds = round(time.perf_counter() - t0, 1)
    step(f"evaluating on {len(split.test)} held-out vignettes")
    # the held-out split has the corpus's class mix: score it under that mix (real text is
    # scored under the deployment mix, see real_text.py)
    held_preds = model.predict([v["text"] for v in split.test], deployment=False)
    digest = corpus_hash(corpus_dir)
    card = make_card(split, model, config, held_preds, corpus_dir, digest, train_seconds, step)
    version = card["version"]
    registry = Registry(models_dir)
    step(f"writing {registry.folder(version)}")
    save_version(registry.folder(version), model, card_files(card, split, held_preds))
    if make_default is None:
        make_default, why = should_become_default(card, split, registry, step), "newest good model after training"
    else:
        why = "set by train --default"
    registry.add(version, {"created": card["created"], "corpus_sha256": digest, "headline": card["headline"],
                           "good": is_good(card)}, make_default=make_default, why=why)
    return Trained(version, card)


def is_good(card: dict[str, Any]) -> bool:
    """Sane enough to serve: beats both baselines on pair macro-F1 and catches most
    out-of-scope texts without flagging many in-scope ones."""
    h, b = card["held_out"], card["baselines"]
    return (h["pair"]["macro_f1"] > max(b["majority"]["pair"]["macro_f1"], b["definition"]["pair"]["macro_f1"])
            and (h["out_of_scope"]["recall"] or 0) >= 0.5 and (h["out_of_scope"]["false_flag_rate"] or 0) <= 0.2)
