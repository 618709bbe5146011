"""``intervensi taxonomy``, ``preprocess`` and ``explain``: the knowledge base, the
analysed tokens of a text, and one explained prediction."""

from __future__ import annotations

import argparse
import sys

from classifier.cli.output import print_json


def cmd_taxonomy(args: argparse.Namespace) -> int:
    from classifier import taxonomy

    tax = taxonomy.get()
    if args.format == "json":
        print_json(tax.to_dict(lang=args.lang))
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
    from classifier.text.language import analyze

    text = args.text if args.text is not None else sys.stdin.read()
    tokens = analyze(text)
    if args.format == "json":
        print_json({"text": text, "tokens": [t.to_dict() for t in tokens]})
        return 0
    for t in tokens:
        flag = " (stop)" if t.is_stop else ""
        print(f"{t.start:>5}-{t.end:<5} {t.text!r:24} norm={t.norm!r} stem={t.stem!r}{flag}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from classifier.lifecycle.predicting import answer, check_text
    from classifier.lifecycle.registry import Registry
    from classifier.model.explain import Explainer

    text = args.text if args.text is not None else sys.stdin.read()
    problem = check_text(text)
    if problem:
        print(problem.message_id if args.lang == "id" else problem.message_en, file=sys.stderr)
        return 2
    loaded = Registry(args.models).open(args.model)
    prediction, explanation = Explainer(loaded.model).explain_with_prediction(text, lang=args.lang)
    result = {**answer(prediction, explanation, args.lang), "model_version": loaded.version}
    if args.format == "json":
        print_json(result)
        return 0
    from classifier.cli.render import render_explanation

    print(render_explanation(text, result, color=sys.stdout.isatty()))
    return 0
