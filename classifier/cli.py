"""The ``intervensi`` command. It parses arguments and formats results; the work is done
by the modules it calls, imported lazily so that each sub-command starts fast."""

from __future__ import annotations

import argparse
import json
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("Dibatalkan. / Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
