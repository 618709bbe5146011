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
