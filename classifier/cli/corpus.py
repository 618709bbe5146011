"""``intervensi corpus validate | stats | import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from classifier.cli.output import print_json, say


def cmd_corpus_validate(args: argparse.Namespace) -> int:
    from classifier.lifecycle import corpus

    result = corpus.read(args.path)
    problems = result.problems + corpus.validate(result.vignettes)
    if args.against:
        from classifier.lifecycle.corpus_audit import near_copies

        if not Path(args.against).is_dir():
            say("folder_not_found", path=args.against)
            return 2
        problems = problems + near_copies(result.vignettes, args.against)
    for problem in problems:
        print(problem)
    if problems:
        say("problems_found", n=len(problems))
        return 1
    print(f"OK: {len(result.vignettes)} vignettes, no problems.", file=sys.stderr)
    return 0


def cmd_corpus_stats(args: argparse.Namespace) -> int:
    from classifier.lifecycle import corpus

    result = corpus.read(args.path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    figures = corpus.stats(result.vignettes)
    from classifier.lifecycle.corpus_audit import cue_audit, default_real_labels

    real = Path(args.real) if args.real else default_real_labels()
    figures["own_cue_words"] = cue_audit(result.vignettes, real)
    figures["own_cue_words_real"] = str(real) if real else None
    if args.format == "json":
        print_json(figures)
        return 0
    print(f"total {figures['total']}  " + "  ".join(f"{k} {v}" for k, v in figures["label"].items()))
    for title in ("pair", "level", "method", "register", "split", "length_band"):
        print(f"\n{title}:")
        width = max(len(k) for k in figures[title]) if figures[title] else 0
        for key, n in figures[title].items():
            print(f"  {key:<{width}}  {n:>5}")
    print(f"\nminimal-pair groups: {figures['groups']}")
    _print_cue_audit(figures["own_cue_words"], figures["own_cue_words_real"])
    return 0


def _print_cue_audit(audit: dict, real: str | None) -> None:
    print("\nown cue words (share of a method's texts that name the method; data/cue_words.json):")
    print(f"  {'method':<32} {'texts':>6} {'corpus':>7}   {'real texts':>10} {'real':>6}")
    for method, a in audit.items():
        share = "-" if a["own_cue_share"] is None else f"{a['own_cue_share']:.2f}"
        rshare = "-" if a["real_own_cue_share"] is None else f"{a['real_own_cue_share']:.2f}"
        print(f"  {method:<32} {a['vignettes']:>6} {share:>7}   {a['real_texts']:>10} {rshare:>6}")
    print(f"  real labelled texts: {real}" if real else "  real labelled texts: not found (../shared/realpool)")


def cmd_corpus_import(args: argparse.Namespace) -> int:
    from classifier import jsonl
    from classifier.lifecycle import corpus

    existing = corpus.read(args.corpus)
    target = Path(args.into) if args.into else Path(args.corpus) / "imported.jsonl"
    records, problems = corpus.prepare_import(args.file, existing.vignettes, source_default=args.source)
    for problem in problems:
        print(problem)
    if problems:
        say("nothing_imported", n=len(problems))
        return 1
    jsonl.append_atomic(target, [v.data for v in records])
    print(f"{len(records)} vignettes added to {target} "
          f"(ids {records[0]['id']} .. {records[-1]['id']}).", file=sys.stderr)
    return 0
