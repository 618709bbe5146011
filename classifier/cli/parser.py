"""The arguments of every ``intervensi`` sub-command, and the function that runs it."""

from __future__ import annotations

import argparse

from classifier import __version__
from classifier.cli import batch, corpus, knowledge, models, priors, web
from classifier.cli.output import DEFAULT_CORPUS, DEFAULT_MODELS
from classifier.messages import bilingual


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models", default=DEFAULT_MODELS, help=f"models folder (default: $INTERVENSI_MODELS_DIR, else {DEFAULT_MODELS})")
    p.add_argument("--model", default=None, help="model version (default: the registry's default)")


def _format_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text")


def _add_knowledge(sub) -> None:
    p = sub.add_parser("taxonomy", help="levels, methods and valid pairs from the source document")
    _format_arg(p)
    p.add_argument("--lang", choices=("id", "en"), default=None,
                   help="one language only (default: both in JSON, Indonesian in text)")
    p.set_defaults(func=knowledge.cmd_taxonomy)
    p = sub.add_parser("preprocess", help="tokens with span, norm, stem and stop flag")
    p.add_argument("text", nargs="?", help="the text (read from standard input when omitted)")
    _format_arg(p)
    p.set_defaults(func=knowledge.cmd_preprocess)


def _add_corpus(sub) -> None:
    csub = sub.add_parser("corpus", help="validate, count and import labelled vignettes").add_subparsers(
        dest="corpus_command", metavar="ACTION", required=True)
    p = csub.add_parser("validate", help="schema, valid pairs, unique ids, duplicates, personal data")
    p.add_argument("path", nargs="?", default=DEFAULT_CORPUS, help="a .jsonl file or a folder (default: corpus/)")
    p.add_argument("--against", metavar="DIR", help="also report vignettes of 12+ words that are near copies "
                   "(character n-gram cosine > 0.6) of a text in DIR/*.jsonl")
    p.set_defaults(func=corpus.cmd_corpus_validate)
    p = csub.add_parser("stats", help="counts per pair, level, method, register, split, length; cue-word audit")
    p.add_argument("path", nargs="?", default=DEFAULT_CORPUS)
    p.add_argument("--real", metavar="LABELLED.jsonl", help="real labelled texts for the cue-word audit "
                   "(default: ../shared/realpool/dev-labels.jsonl when present)")
    _format_arg(p)
    p.set_defaults(func=corpus.cmd_corpus_stats)
    p = csub.add_parser("import", help="add an analyst's CSV or JSONL (text, level, method, ...) with new ids")
    p.add_argument("file", help="CSV with a header row, or JSONL")
    p.add_argument("--corpus", default=DEFAULT_CORPUS, help="the corpus folder checked against (default: corpus/)")
    p.add_argument("--into", help="file to append to (default: CORPUS/imported.jsonl)")
    p.add_argument("--source", help="value of 'source' for rows that have none (default: import: FILE)")
    p.set_defaults(func=corpus.cmd_corpus_import)


def _add_model_use(sub) -> None:
    p = sub.add_parser("train", help="train a new model version on the corpus, with its model card")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--config", default=None, help="hyper-parameters (default: classifier/data/model_config.json)")
    p.add_argument("--out", dest="models", default=DEFAULT_MODELS, help=f"models folder (default: {DEFAULT_MODELS})")
    p.add_argument("--default", action="store_true", help="make it the default even if it is not good enough")
    p.add_argument("--if-missing", action="store_true",
                   help="do nothing when a usable default model exists (used by `make run`)")
    p.set_defaults(func=models.cmd_train)
    p = sub.add_parser("evaluate", help="metrics of a model on a labelled CSV or JSONL file (text, level, method)")
    p.add_argument("--input", required=True, help="CSV with a header row (text, level, method; label optional) "
                                                  "or JSONL in corpus format; out-of-scope rows leave level empty")
    _format_arg(p)
    _model_args(p)
    p.set_defaults(func=models.cmd_evaluate)
    p = sub.add_parser("predict", help="classify a JSONL/CSV file of {id, text} into JSONL")
    p.add_argument("--input", required=True, help="JSONL with id and text, or CSV with those columns")
    p.add_argument("--output", required=True, help="output JSONL ('-' for standard output)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    _model_args(p)
    p.set_defaults(func=batch.cmd_predict)
    p = sub.add_parser("explain", help="level, method, confidence and why, for one text")
    p.add_argument("text", nargs="?", help="the text (read from standard input when omitted)")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    _format_arg(p)
    _model_args(p)
    p.set_defaults(func=knowledge.cmd_explain)


def _add_service(sub) -> None:
    fsub = sub.add_parser("feedback", help="officers' corrections").add_subparsers(
        dest="feedback_command", metavar="ACTION", required=True)
    p = fsub.add_parser("export", help="write corrections as corpus-format candidates (JSONL)")
    p.add_argument("--output", required=True, help="JSONL file ('-' for standard output)")
    p.set_defaults(func=web.cmd_feedback_export)
    p = sub.add_parser("serve", help="start the REST service and the intake page")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default 1)")
    p.add_argument("--models", default=None, help=f"models folder (default: {DEFAULT_MODELS})")
    p.set_defaults(func=web.cmd_serve)


def _add_registry(sub) -> None:
    msub = sub.add_parser("models", help="list model versions").add_subparsers(
        dest="models_command", metavar="ACTION", required=True)
    p = msub.add_parser("list", help="every version with its date, corpus hash and headline metrics")
    p.add_argument("--models", default=DEFAULT_MODELS)
    _format_arg(p)
    p.set_defaults(func=models.cmd_models_list)
    p = msub.add_parser("compare", help="two versions on the fixed held-out split (and a labelled file)")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--input", help="also compare on this labelled file (corpus format)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.add_argument("--show", type=int, default=20, help="changed texts to list (default 20)")
    _format_arg(p)
    p.set_defaults(func=models.cmd_models_compare)
    p = msub.add_parser("promote", help="make a version the default if it does not lose to the current one")
    p.add_argument("version")
    p.add_argument("--force", action="store_true", help="promote even if it loses (needs --why)")
    p.add_argument("--why", help="reason, recorded in the registry")
    p.add_argument("--reload", metavar="URL", help="then call URL/v1/admin/reload (admin key from $INTERVENSI_ADMIN_KEY)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.set_defaults(func=models.cmd_models_promote)
    p = msub.add_parser("rollback", help="return to the previous default")
    p.add_argument("--why", help="reason, recorded in the registry")
    p.add_argument("--reload", metavar="URL")
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.set_defaults(func=models.cmd_models_rollback)


def _add_priors(sub) -> None:
    psub = sub.add_parser("priors", help="the class mix of an office's intake, for a model version").add_subparsers(
        dest="priors_command", metavar="ACTION", required=True)
    p = psub.add_parser("estimate", help="estimate it from unlabelled intake (JSONL/CSV of {id, text}) by EM "
                                         "and store it with the model version")
    p.add_argument("--input", required=True)
    p.add_argument("--dry-run", action="store_true", help="print the estimate, store nothing")
    _model_args(p)
    _format_arg(p)
    p.set_defaults(func=priors.cmd_priors_estimate)
    p = psub.add_parser("show", help="the class mix a model version uses")
    _model_args(p)
    p.set_defaults(func=priors.cmd_priors_show)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intervensi", description=bilingual("cli", "description"))
    parser.add_argument("--version", action="version", version=f"intervensi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_knowledge, _add_corpus, _add_model_use, _add_service, _add_registry, _add_priors):
        add(sub)
    return parser
