"""The ``intervensi`` command. It parses arguments and formats results; the work is done
by the modules it calls, imported lazily so that each sub-command starts fast."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from . import __version__


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_taxonomy(args: argparse.Namespace) -> int:
    from . import taxonomy

    tax = taxonomy.get()
    if args.format == "json":
        _print_json(tax.to_dict(lang=args.lang))
        return 0
    lang = args.lang or "id"
    print(tax.citation.get(lang))
    for level in tax.levels:
        units = ", ".join(level.target_units[lang])
        print(f"\n{level.name.get(lang)} [{level.id}] — {units}")
        for method in tax.methods_for(level.id):
            print(f"  - {method.name.get(lang)} [{method.id}]")
    return 0


def cmd_preprocess(args: argparse.Namespace) -> int:
    from .language import analyze

    text = args.text if args.text is not None else sys.stdin.read()
    tokens = analyze(text)
    if args.format == "json":
        _print_json({"text": text, "tokens": [t.to_dict() for t in tokens]})
        return 0
    for t in tokens:
        flag = " (stop)" if t.is_stop else ""
        print(f"{t.start:>5}-{t.end:<5} {t.text!r:24} norm={t.norm!r} stem={t.stem!r}{flag}")
    return 0


DEFAULT_CORPUS = "corpus"


def cmd_corpus_validate(args: argparse.Namespace) -> int:
    from . import corpus

    result = corpus.read(args.path)
    problems = result.problems + corpus.validate(result.vignettes)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} masalah ditemukan; perbaiki baris di atas lalu jalankan lagi. / "
              f"{len(problems)} problem(s) found; fix the lines above and run again.", file=sys.stderr)
        return 1
    print(f"OK: {len(result.vignettes)} vignettes, no problems.", file=sys.stderr)
    return 0


def cmd_corpus_stats(args: argparse.Namespace) -> int:
    from . import corpus

    result = corpus.read(args.path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    figures = corpus.stats(result.vignettes)
    if args.format == "json":
        _print_json(figures)
        return 0
    print(f"total {figures['total']}  " + "  ".join(f"{k} {v}" for k, v in figures["label"].items()))
    for title in ("pair", "level", "method", "register", "split", "length_band"):
        print(f"\n{title}:")
        width = max(len(k) for k in figures[title]) if figures[title] else 0
        for key, n in figures[title].items():
            print(f"  {key:<{width}}  {n:>5}")
    print(f"\nminimal-pair groups: {figures['groups']}")
    return 0


def cmd_corpus_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import corpus

    existing = corpus.read(args.corpus)
    target = Path(args.into) if args.into else Path(args.corpus) / "imported.jsonl"
    records, problems = corpus.prepare_import(args.file, existing.vignettes, source_default=args.source)
    for problem in problems:
        print(problem)
    if problems:
        print(f"Tidak ada yang ditulis: {len(problems)} masalah. Perbaiki baris di atas lalu impor lagi. / "
              f"Nothing written: {len(problems)} problem(s). Fix the rows above and import again.",
              file=sys.stderr)
        return 1
    corpus.write_atomic(target, records, append=True)
    print(f"{len(records)} vignettes added to {target} "
          f"(ids {records[0]['id']} .. {records[-1]['id']}).", file=sys.stderr)
    return 0


DEFAULT_MODELS = os.environ.get("INTERVENSI_MODELS_DIR", "models")


def _load_model(args):
    from .registry import Registry

    return Registry(args.models).load(args.model)


def cmd_train(args: argparse.Namespace) -> int:
    from .progress import Progress
    from .registry import Registry, RegistryError

    if args.if_missing:
        try:
            Registry(args.models).load()
            print(f"Model default sudah ada di {args.models}; tidak melatih ulang. / "
                  f"A default model exists in {args.models}; not retraining.", file=sys.stderr)
            return 0
        except RegistryError as exc:
            print(f"Melatih model default ({exc}). / Training a default model.", file=sys.stderr)
    from .training import train

    version, card = train(args.corpus, args.config, args.models, progress=Progress(),
                          make_default=True if args.default else None)
    h = card["headline"]
    print(json.dumps({"version": version, "default": card_is_default(args.models, version), **h}, ensure_ascii=False))
    return 0


def card_is_default(models: str, version: str) -> bool:
    from .registry import Registry

    return Registry(models).default_version() == version


def cmd_evaluate(args: argparse.Namespace) -> int:
    from . import corpus, evaluation

    read = corpus.read(args.input)
    records = []
    for problem in read.problems:
        print(f"{problem} (skipped)", file=sys.stderr)
    for v in read.vignettes:
        problems = corpus.check_record(v, _taxonomy(), required=corpus.LABELLED)
        for message in problems:
            print(f"{v.where}: {message} (skipped)", file=sys.stderr)
        if not problems:
            records.append(v)
    skipped = len(read.vignettes) - len(records)
    if not records:
        print("Tidak ada baris berlabel yang valid. / No valid labelled lines.", file=sys.stderr)
        return 1
    model = _load_model(args)
    predictions = model.predict([v["text"] for v in records])
    metrics = evaluation.evaluate(records, predictions)
    metrics["model"] = model.version
    metrics["skipped_invalid_lines"] = skipped + len(read.problems)
    if args.format == "json":
        _print_json(metrics)
        return 0
    print(f"model {model.version} on {args.input}: {metrics['n']} texts "
          f"({metrics['n_in_scope']} in scope, {metrics['n_out_of_scope']} out of scope)")
    for part in ("level", "method", "pair"):
        m = metrics[part]
        print(f"  {part:<7} accuracy {m['accuracy']}  macro-F1 {m['macro_f1']}")
    o = metrics["out_of_scope"]
    print(f"  out of scope: recall {o['recall']}  in-scope flagged {o['false_flag_rate']}")
    print(f"  status shares: {metrics['status_share']}")
    return 0


def _taxonomy():
    from . import taxonomy

    return taxonomy.get()


def cmd_predict(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .predicting import predict_stream, read_records
    from .progress import Progress

    source = Path(args.input)
    if not source.exists():
        print(f"{source}: berkas tidak ada. / file not found.", file=sys.stderr)
        return 2
    model = _load_model(args) if args.jobs <= 1 else None
    if model is None:
        from .registry import Registry

        Registry(args.models).resolve(args.model)  # fail early, in the parent, with a clear message
    progress = Progress()
    out = open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout
    n = errors = 0
    try:
        for line in predict_stream(read_records(source), model=model, jobs=args.jobs, models_dir=args.models,
                                   version=args.model):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
            errors += line["status"] == "error"
            if n % 256 == 0:
                progress.count(n, None, "texts")
    finally:
        if out is not sys.stdout:
            out.close()
    progress.end_count()
    print(f"{n} lines written to {args.output} ({errors} with errors).", file=sys.stderr)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import Explainer
    from .predicting import check_text

    text = args.text if args.text is not None else sys.stdin.read()
    problem = check_text(text)
    if problem:
        print(problem[1] if args.lang == "id" else problem[2], file=sys.stderr)
        return 2
    model = _load_model(args)
    explanation = Explainer(model).explain(text, lang=args.lang)
    explanation["model_version"] = model.version
    if args.format == "json":
        _print_json(explanation)
        return 0
    from .render import render_explanation

    print(render_explanation(text, explanation, color=sys.stdout.isatty()))
    return 0


def cmd_models_list(args: argparse.Namespace) -> int:
    from .registry import Registry

    data = Registry(args.models).read()
    rows = [{"version": v, "default": v == data.get("default"), **info} for v, info in data["versions"].items()]
    if args.format == "json":
        _print_json(rows)
        return 0
    if not rows:
        print(f"Belum ada model di {args.models}; jalankan `intervensi train`. / No models yet; run `intervensi train`.")
        return 0
    print(f"{'version':<32} {'default':<8} {'level acc':>9} {'method F1':>9} {'pair F1':>8} {'oos rec':>8} corpus")
    for r in rows:
        h = r.get("headline", {})
        print(f"{r['version']:<32} {'*' if r['default'] else '':<8} {h.get('level_accuracy')!s:>9} "
              f"{h.get('method_macro_f1')!s:>9} {h.get('pair_macro_f1')!s:>8} {h.get('out_of_scope_recall')!s:>8} "
              f"{r.get('corpus_sha256', '')[:12]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    for key, value in (("HOST", args.host), ("PORT", args.port), ("WORKERS", args.workers), ("MODELS_DIR", args.models)):
        if value is not None:
            os.environ[f"INTERVENSI_{key}"] = str(value)  # also read by uvicorn's worker processes
    from service.config import Settings
    from service.server import serve

    return serve(Settings())


def cmd_models_compare(args: argparse.Namespace) -> int:
    from . import comparing
    from .registry import Registry

    registry = Registry(args.models)
    a, b = registry.load(args.a), registry.load(args.b)
    sets = [("held-out split", comparing.held_out(args.corpus))]
    if args.input:
        sets.append((args.input, comparing.labelled_file(args.input)))
    reports = [comparing.compare(a, b, records, name) for name, records in sets if records]
    if args.format == "json":
        _print_json({"a": a.version, "b": b.version, "comparisons": reports})
        return 0
    for r in reports:
        print(f"\n== {r['name']} ({r['n']} texts): A = {a.version}, B = {b.version}")
        print(f"{'':28} {'A':>8} {'B':>8}")
        for part in ("level", "method", "pair"):
            for metric in ("accuracy", "macro_f1"):
                print(f"{part + ' ' + metric:28} {r['a'][part][metric]!s:>8} {r['b'][part][metric]!s:>8}")
        for metric in ("recall", "false_flag_rate"):
            print(f"{'out_of_scope ' + metric:28} {r['a']['out_of_scope'][metric]!s:>8} {r['b']['out_of_scope'][metric]!s:>8}")
        print("\nper pair F1 (A -> B):")
        for cls, ma in r["a"]["pair"]["per_class"].items():
            mb = r["b"]["pair"]["per_class"].get(cls, {})
            mark = "  <" if mb.get("f1", 0) < ma["f1"] else ("  >" if mb.get("f1", 0) > ma["f1"] else "")
            print(f"  {cls:45} {ma['f1']:.3f} -> {mb.get('f1', 0):.3f}{mark}")
        print(f"\n{len(r['changed'])} text(s) answered differently:")
        for c in r["changed"][: args.show]:
            snippet = c["text"] if len(c["text"]) < 90 else c["text"][:87] + "..."
            print(f"  {c['id']}: gold {c['gold']}; A {c['a']['status']} {c['a']['pair']}; "
                  f"B {c['b']['status']} {c['b']['pair']}\n      {snippet}")
        if len(r["changed"]) > args.show:
            print(f"  ... and {len(r['changed']) - args.show} more (--show N, or --format json)")
    return 0


def cmd_models_promote(args: argparse.Namespace) -> int:
    from . import comparing
    from .registry import Registry

    registry = Registry(args.models)
    current = registry.default_version()
    candidate = registry.load(args.version)  # verifies the artifact before anything changes
    if current and current != args.version:
        report = comparing.compare(registry.load(current), candidate, comparing.held_out(args.corpus), "held-out split")
        reasons = comparing.gate(report["b"], report["a"])
        if reasons and not args.force:
            for reason in reasons:
                print(f"refused: {reason}", file=sys.stderr)
            print(f"{args.version} tidak dijadikan default (kalah dari {current} pada data uji tetap). Gunakan "
                  "--force --why \"...\" bila memang disengaja. / Not promoted: it loses to the current default on "
                  "the fixed held-out split. Use --force --why \"...\" to override.", file=sys.stderr)
            return 1
        if reasons and not args.why:
            print("--force needs --why \"reason\" (recorded in the registry).", file=sys.stderr)
            return 2
    why = args.why or "passed the promotion gate on the fixed held-out split"
    previous = registry.promote(args.version, why=why, forced=bool(args.force))
    print(f"default: {args.version} (was {previous})")
    if args.reload:
        return _reload(args.reload)
    return 0


def _reload(url: str) -> int:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url.rstrip("/") + "/v1/admin/reload", method="POST", data=b"")
    key = os.environ.get("INTERVENSI_ADMIN_KEY")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            print(f"service reloaded: {response.read().decode('utf-8')}")
            return 0
    except urllib.error.HTTPError as exc:
        print(f"reload failed ({exc.code}): {exc.read().decode('utf-8', 'replace')}", file=sys.stderr)
    except OSError as exc:
        print(f"reload failed: {exc}; is the service running at {url}?", file=sys.stderr)
    return 1


def cmd_models_rollback(args: argparse.Namespace) -> int:
    from .registry import Registry

    restored, replaced = Registry(args.models).rollback(why=args.why or "rollback")
    print(f"default: {restored} (was {replaced})")
    if args.reload:
        return _reload(args.reload)
    return 0


def cmd_feedback_export(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.feedback import FeedbackStore, corpus_candidate, database_url

    settings = Settings()
    store = FeedbackStore(database_url(settings.data_dir, settings.database_url))
    store.migrate()
    n = 0
    out = open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout
    try:
        for row in store.all():
            if not row.text:
                continue  # a correction by request id alone carries no text to learn from
            out.write(json.dumps(corpus_candidate(row), ensure_ascii=False) + "\n")
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{n} candidate(s) written to {args.output}. Review them, fill in 'register', then "
          "`intervensi corpus import`.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intervensi",
        description="Klasifikasi intervensi kesejahteraan sosial dari teks pengaduan berbahasa Indonesia "
                    "(alat bantu keputusan; petugas yang memutuskan). / Social-welfare intervention "
                    "classifier for Indonesian complaints (decision support; the officer decides).",
    )
    parser.add_argument("--version", action="version", version=f"intervensi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("taxonomy", help="levels, methods and valid pairs from the source document")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("id", "en"), default=None,
                   help="one language only (default: both in JSON, Indonesian in text)")
    p.set_defaults(func=cmd_taxonomy)

    p = sub.add_parser("preprocess", help="tokens with span, norm, stem and stop flag")
    p.add_argument("text", nargs="?", help="the text (read from standard input when omitted)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_preprocess)

    corpus = sub.add_parser("corpus", help="validate, count and import labelled vignettes")
    csub = corpus.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)
    p = csub.add_parser("validate", help="schema, valid pairs, unique ids, duplicates, personal data")
    p.add_argument("path", nargs="?", default=DEFAULT_CORPUS, help="a .jsonl file or a folder (default: corpus/)")
    p.set_defaults(func=cmd_corpus_validate)
    p = csub.add_parser("stats", help="counts per pair, level, method, register, split, length")
    p.add_argument("path", nargs="?", default=DEFAULT_CORPUS)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_corpus_stats)
    p = csub.add_parser("import", help="add an analyst's CSV or JSONL (text, level, method, ...) with new ids")
    p.add_argument("file", help="CSV with a header row, or JSONL")
    p.add_argument("--corpus", default=DEFAULT_CORPUS, help="the corpus folder checked against (default: corpus/)")
    p.add_argument("--into", help="file to append to (default: CORPUS/imported.jsonl)")
    p.add_argument("--source", help="value of 'source' for rows that have none (default: import: FILE)")
    p.set_defaults(func=cmd_corpus_import)

    def model_args(p):
        p.add_argument("--models", default=DEFAULT_MODELS, help="models folder (default: models/ or $INTERVENSI_MODELS_DIR)")
        p.add_argument("--model", default=None, help="model version (default: the registry's default)")

    p = sub.add_parser("train", help="train a new model version on the corpus, with its model card")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--config", default=None, help="hyper-parameters (default: classifier/data/model_config.json)")
    p.add_argument("--out", dest="models", default=DEFAULT_MODELS, help="models folder (default: models/)")
    p.add_argument("--default", action="store_true", help="make it the default even if it is not good enough")
    p.add_argument("--if-missing", action="store_true",
                   help="do nothing when a usable default model exists (used by `make run`)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="metrics of a model on a labelled file (corpus format)")
    p.add_argument("--input", required=True)
    p.add_argument("--format", choices=("text", "json"), default="text")
    model_args(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("predict", help="classify a JSONL/CSV file of {id, text} into JSONL")
    p.add_argument("--input", required=True, help="JSONL with id and text, or CSV with those columns")
    p.add_argument("--output", required=True, help="output JSONL ('-' for standard output)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    model_args(p)
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("explain", help="level, method, confidence and why, for one text")
    p.add_argument("text", nargs="?", help="the text (read from standard input when omitted)")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.add_argument("--format", choices=("text", "json"), default="text")
    model_args(p)
    p.set_defaults(func=cmd_explain)

    feedback = sub.add_parser("feedback", help="officers' corrections")
    fsub = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    p = fsub.add_parser("export", help="write corrections as corpus-format candidates (JSONL)")
    p.add_argument("--output", required=True, help="JSONL file ('-' for standard output)")
    p.set_defaults(func=cmd_feedback_export)

    p = sub.add_parser("serve", help="start the REST service and the intake page")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default 1)")
    p.add_argument("--models", default=None, help="models folder (default: models/)")
    p.set_defaults(func=cmd_serve)

    models = sub.add_parser("models", help="list model versions")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    p = msub.add_parser("list", help="every version with its date, corpus hash and headline metrics")
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_models_list)
    p = msub.add_parser("compare", help="two versions on the fixed held-out split (and a labelled file)")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--input", help="also compare on this labelled file (corpus format)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.add_argument("--show", type=int, default=20, help="changed texts to list (default 20)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_models_compare)
    p = msub.add_parser("promote", help="make a version the default if it does not lose to the current one")
    p.add_argument("version")
    p.add_argument("--force", action="store_true", help="promote even if it loses (needs --why)")
    p.add_argument("--why", help="reason, recorded in the registry")
    p.add_argument("--reload", metavar="URL", help="then call URL/v1/admin/reload (admin key from $INTERVENSI_ADMIN_KEY)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.set_defaults(func=cmd_models_promote)
    p = msub.add_parser("rollback", help="return to the previous default")
    p.add_argument("--why", help="reason, recorded in the registry")
    p.add_argument("--reload", metavar="URL")
    p.add_argument("--models", default=DEFAULT_MODELS)
    p.set_defaults(func=cmd_models_rollback)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    from .errors import IntervensiError

    try:
        return args.func(args)
    except IntervensiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan. / Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
