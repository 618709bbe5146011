"""``intervensi train``: fit on the corpus's train split, evaluate on its fixed test split
against two baselines, write a versioned artifact with manifest and model card, and make it
the default when it is good enough: it beats the baselines and does not lose to the current
default on the same held-out texts (the promotion gate). Otherwise it stays a candidate for
``intervensi models compare`` and ``promote``."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import platform
import time
from pathlib import Path
from typing import Any

from . import __version__, corpus, evaluation
from .errors import IntervensiError
from .baselines import DefinitionBaseline, MajorityBaseline
from .model import InterventionModel, load_config
from .registry import Registry
from .taxonomy import IN_SCOPE


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


def confusion_png(gold, predictions, part: str, title: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # a Figure of its own: no pyplot, so the caller's matplotlib backend is left alone
    labels, matrix = evaluation.confusion(gold, predictions, part)
    size = 4 + 0.45 * len(labels)
    fig = Figure(figsize=(size, size * 0.85))
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    for i in range(len(labels)):
        for j in range(len(labels)):
            if matrix[i, j]:
                ax.text(j, i, int(matrix[i, j]), ha="center", va="center", fontsize=7,
                        color="white" if matrix[i, j] > matrix.max() / 2 else "black")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    return buf.getvalue()


def card_markdown(card: dict[str, Any]) -> str:
    h, cv, b = card["held_out"], card["cross_validation"], card["baselines"]

    def row(name, m):
        return (f"| {name} | {m['level']['accuracy']} | {m['level']['macro_f1']} | {m['method']['accuracy']} | "
                f"{m['method']['macro_f1']} | {m['pair']['accuracy']} | {m['pair']['macro_f1']} | "
                f"{m['out_of_scope']['recall']} | {m['out_of_scope']['false_flag_rate']} |")

    lines = [
        f"# Model card: {card['version']}",
        "",
        "Suggests the social-welfare intervention (level and method) for an Indonesian complaint. "
        "**Decision support: the officer decides.** Every prediction carries its confidence and a status "
        "(`ok`, `uncertain`, `out_of_scope`).",
        "",
        f"- Created: {card['created']}",
        f"- Corpus: {card['corpus']['path']} (SHA-256 {card['corpus']['sha256'][:16]}...), "
        f"{card['corpus']['train']} train / {card['corpus']['test']} held-out vignettes",
        f"- Model: TF-IDF over stems (word 1-2-grams) and character 3-5-grams of normalized words, "
        f"multinomial logistic regression over the 18 valid pairs + out of scope, temperature {card['temperature']}",
        f"- Thresholds (chosen on {card['config']['thresholds']['cv_folds']}-fold cross-validation of the train split): "
        + ", ".join(f"`{k}` {v}" for k, v in card["thresholds"].items()),
        f"- Training time: {card['training_seconds']} s; libraries: "
        + ", ".join(f"{k} {v}" for k, v in card["libraries"].items()),
        "",
        "## Figures",
        "",
        "| | level acc | level macro-F1 | method acc | method macro-F1 | pair acc | pair macro-F1 | out-of-scope recall | in-scope flagged |",
        "|---|---|---|---|---|---|---|---|---|",
        row("**held-out split (this model)**", h),
        row("cross-validation (train split)", cv),
        row("baseline: majority class", b["majority"]),
        row("baseline: definition matching", b["definition"]),
        "",
        f"Held-out status shares: {h['status_share']}; pair accuracy when `ok`: {h['pair_accuracy_when_ok']}.",
        "",
        "## Read these figures with care",
        "",
        "The corpus was written for this project (see `corpus/README.md`); held-out texts come from the same "
        "writers and voices as the training texts, so these figures flatter the model. Complaints written "
        "elsewhere, real citizen messages above all, will score lower. Use the status: review every "
        "`uncertain` answer, and treat `out_of_scope` as a suggestion to forward the text elsewhere.",
        "",
        "## Per-pair figures (held-out)",
        "",
        "| pair | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for pair, m in h["pair"]["per_class"].items():
        lines.append(f"| {pair} | {m['precision']} | {m['recall']} | {m['f1']} | {m['support']} |")
    lines += ["", "Confusion matrices: `confusion_level.png`, `confusion_pair.png`.", ""]
    return "\n".join(lines)


def train(corpus_dir: Path | str = "corpus", config_path: Path | str | None = None,
          models_dir: Path | str = "models", progress=None, make_default: bool | None = None) -> tuple[str, dict]:
    """Train, evaluate and register a new version; return (version, card)."""
    step = progress or (lambda msg: None)
    t0 = time.perf_counter()
    config = load_config(config_path)
    step(f"reading {corpus_dir}")
    read = corpus.read(corpus_dir)
    problems = read.problems + corpus.validate(read.vignettes)
    if problems:
        shown = "\n".join(str(p) for p in problems[:20])
        raise TrainingError(f"the corpus has {len(problems)} problem(s); fix them first "
                            f"(`intervensi corpus validate {corpus_dir}`):\n{shown}")
    train_set = [v for v in read.vignettes if v["split"] == "train"]
    test_set = [v for v in read.vignettes if v["split"] == "test"]
    if not train_set or not test_set:
        raise TrainingError("the corpus needs both a train and a test split")

    step(f"training on {len(train_set)} vignettes")
    model = InterventionModel(config).fit([v["text"] for v in train_set], [v.pair for v in train_set],
                                          [v["id"] for v in train_set], progress=step)
    train_seconds = round(time.perf_counter() - t0, 1)
    step(f"evaluating on {len(test_set)} held-out vignettes")
    held_preds = model.predict([v["text"] for v in test_set])
    held = evaluation.evaluate(test_set, held_preds)
    cv_preds = model.predictions_from(model.cv_["logits"], model.cv_["similarity"])
    cv = evaluation.evaluate(train_set, cv_preds)
    step("baselines")
    test_texts = [v["text"] for v in test_set]
    majority = MajorityBaseline().fit(None, [v.pair for v in train_set]).predict(test_texts)
    definition = DefinitionBaseline().fit().predict(test_texts)

    digest = corpus_hash(corpus_dir)
    now = dt.datetime.now(dt.timezone.utc)
    version = f"{now:%Y%m%d-%H%M%S}-{digest[:8]}"
    card = {
        "version": version,
        "created": now.isoformat(timespec="seconds"),
        "corpus": {"path": str(corpus_dir), "sha256": digest, "train": len(train_set), "test": len(test_set),
                   "counts": corpus.stats(read.vignettes)["pair"],
                   "in_scope": sum(v["label"] == IN_SCOPE for v in read.vignettes),
                   "out_of_scope": sum(v["label"] != IN_SCOPE for v in read.vignettes)},
        "libraries": library_versions(),
        "config": config,
        "temperature": round(model.temperature_, 4),
        "thresholds": model.thresholds_,
        "held_out": held,
        "cross_validation": cv,
        "baselines": {"majority": evaluation.evaluate(test_set, majority),
                      "definition": evaluation.evaluate(test_set, definition)},
        "training_seconds": train_seconds,
        "headline": evaluation.headline(held),
    }
    files = {
        "card.json": (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "card.md": card_markdown(card).encode("utf-8"),
        "confusion_level.png": confusion_png(test_set, held_preds, "level", f"{version}: level (held-out)"),
        "confusion_pair.png": confusion_png(test_set, held_preds, "pair", f"{version}: pair (held-out)"),
    }
    registry = Registry(models_dir)
    step(f"writing {registry.folder(version)}")
    from .registry import save_version

    save_version(registry.folder(version), model, files)
    good = is_good(card)
    why = "set by train --default"
    if make_default is None:
        make_default = good
        why = "newest good model after training"
        current = registry.default_version()
        if good and current:
            # the same promotion gate as `intervensi models promote`, on the same held-out texts
            from .comparing import gate
            from .registry import RegistryError

            try:
                current_metrics = evaluation.evaluate(test_set, registry.load(current).predict(test_texts))
                losses = gate(held, current_metrics)
            except RegistryError:
                losses = []  # the current default cannot be loaded: replace it
            if losses:
                make_default = False
                step(f"kept {current} as the default: " + "; ".join(losses))
    registry.add(version, {"created": card["created"], "corpus_sha256": digest, "headline": card["headline"],
                           "good": good}, make_default=make_default, why=why)
    return version, card


def is_good(card: dict[str, Any]) -> bool:
    """Sane enough to serve: beats both baselines on pair macro-F1 and catches most
    out-of-scope texts without flagging many in-scope ones."""
    h, b = card["held_out"], card["baselines"]
    return (h["pair"]["macro_f1"] > max(b["majority"]["pair"]["macro_f1"], b["definition"]["pair"]["macro_f1"])
            and (h["out_of_scope"]["recall"] or 0) >= 0.5 and (h["out_of_scope"]["false_flag_rate"] or 0) <= 0.2)
