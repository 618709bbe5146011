"""``intervensi train``, ``evaluate`` and ``models list | compare | promote | rollback``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from classifier.cli.output import print_json, say
from classifier.messages import bilingual


def cmd_train(args: argparse.Namespace) -> int:
    from classifier.cli.progress import Progress
    from classifier.lifecycle.registry import Registry, RegistryError

    if args.if_missing:
        try:
            Registry(args.models).load()
            say("default_model_exists", models=args.models)
            return 0
        except RegistryError as exc:
            say("training_default", reason=exc)
    from classifier.lifecycle.training import train

    version, card = train(args.corpus, args.config, args.models, progress=Progress(),
                          make_default=True if args.default else None)
    default = Registry(args.models).default_version() == version
    print(json.dumps({"version": version, "default": default, **card["headline"]}, ensure_ascii=False))
    return 0


def _fig(value: Any) -> str:
    """A figure for a table: 0.954 as '0.954', a missing one as '-' (never 'None')."""
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def evaluation_table(metrics: dict[str, Any], version: str, source: str) -> str:
    """The figures of ``evaluation.evaluate`` as a plain-text table."""
    lines = [f"model {version} on {source}: {metrics['n']} texts ({metrics['n_in_scope']} in scope, "
             f"{metrics['n_out_of_scope']} out of scope)", "",
             f"  {'':<8} {'accuracy':>9} {'macro-F1':>9} {'texts':>6}"]
    for part in ("level", "method", "pair"):
        m = metrics[part]
        lines.append(f"  {part:<8} {_fig(m['accuracy']):>9} {_fig(m['macro_f1']):>9} {m['n']:>6}")
    o = metrics["out_of_scope"]
    lines += ["", f"  out of scope: recall {_fig(o['recall'])}, precision {_fig(o['precision'])}, "
                  f"in-scope texts flagged {_fig(o['false_flag_rate'])}",
              f"  pair accuracy of the 'ok' answers: {_fig(metrics['pair_accuracy_when_ok'])}",
              "  answers: " + ", ".join(f"{status} {share:.0%}" for status, share in metrics["status_share"].items())]
    if metrics.get("skipped_invalid_lines"):
        lines.append(f"  skipped: {metrics['skipped_invalid_lines']} invalid line(s), listed above")
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from classifier.lifecycle import corpus, evaluation
    from classifier.lifecycle.registry import Registry

    read = corpus.read_labelled(args.input)
    for problem in read.problems:
        print(f"{problem} (skipped)", file=sys.stderr)
    records = read.vignettes
    if not records:
        say("no_valid_labelled_lines")
        return 1
    loaded = Registry(args.models).open(args.model)
    metrics = evaluation.evaluate(records, loaded.model.predict([v["text"] for v in records]))
    metrics["model"] = loaded.version
    metrics["skipped_invalid_lines"] = len({p.where for p in read.problems})
    if args.format == "json":
        print_json(metrics)
        return 0
    print(evaluation_table(metrics, loaded.version, args.input))
    return 0


def cmd_models_list(args: argparse.Namespace) -> int:
    from classifier.lifecycle.registry import Registry

    data = Registry(args.models).read()
    rows = [{"version": v, "default": v == data.get("default"), **info} for v, info in data["versions"].items()]
    if args.format == "json":
        print_json(rows)
        return 0
    if not rows:
        print(bilingual("cli", "no_models_yet", models=args.models))
        return 0
    print(f"{'version':<32} {'default':<8} {'level acc':>9} {'method F1':>9} {'pair F1':>8} {'oos rec':>8} corpus")
    for r in rows:
        h = r.get("headline", {})
        print(f"{r['version']:<32} {'*' if r['default'] else '':<8} {h.get('level_accuracy')!s:>9} "
              f"{h.get('method_macro_f1')!s:>9} {h.get('pair_macro_f1')!s:>8} {h.get('out_of_scope_recall')!s:>8} "
              f"{r.get('corpus_sha256', '')[:12]}")
    return 0


def _print_comparison(r: dict[str, Any], a: str, b: str, show: int) -> None:
    print(f"\n== {r['name']} ({r['n']} texts): A = {a}, B = {b}")
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
    for c in r["changed"][:show]:
        snippet = c["text"] if len(c["text"]) < 90 else c["text"][:87] + "..."
        print(f"  {c['id']}: gold {c['gold']}; A {c['a']['status']} {c['a']['pair']}; "
              f"B {c['b']['status']} {c['b']['pair']}\n      {snippet}")
    if len(r["changed"]) > show:
        print(f"  ... and {len(r['changed']) - show} more (--show N, or --format json)")


def cmd_models_compare(args: argparse.Namespace) -> int:
    from classifier.lifecycle import comparing
    from classifier.lifecycle.registry import Registry

    registry = Registry(args.models)
    a, b = registry.open(args.a), registry.open(args.b)
    sets = [("held-out split", comparing.held_out(args.corpus))]
    if args.input:
        sets.append((args.input, comparing.labelled_file(args.input)))
    # the held-out split has the corpus's mix; an outside labelled file is scored as deployed
    reports = [comparing.compare(a.model, b.model, records, name, deployment=name != "held-out split")
               for name, records in sets if records]
    if args.format == "json":
        print_json({"a": a.version, "b": b.version, "comparisons": reports})
        return 0
    for report in reports:
        _print_comparison(report, a.version, b.version, args.show)
    return 0


def cmd_models_promote(args: argparse.Namespace) -> int:
    from classifier.lifecycle import comparing
    from classifier.lifecycle.registry import Registry

    registry = Registry(args.models)
    current = registry.default_version()
    candidate = registry.load(args.version)  # verifies the artifact before anything changes
    if current and current != args.version:
        report = comparing.compare(registry.load(current), candidate, comparing.held_out(args.corpus), "held-out split",
                                   deployment=False)
        reasons = comparing.gate(report["b"], report["a"])
        if reasons and not args.force:
            for reason in reasons:
                print(f"refused: {reason}", file=sys.stderr)
            say("not_promoted", version=args.version, current=current)
            return 1
        if reasons and not args.why:
            print("--force needs --why \"reason\" (recorded in the registry).", file=sys.stderr)
            return 2
    why = args.why or "passed the promotion gate on the fixed held-out split"
    previous = registry.promote(args.version, why=why, forced=bool(args.force))
    print(f"default: {args.version} (was {previous})")
    if args.reload:
        return reload_service(args.reload)
    return 0


def cmd_models_rollback(args: argparse.Namespace) -> int:
    from classifier.lifecycle.registry import Registry

    restored, replaced = Registry(args.models).rollback(why=args.why or "rollback")
    print(f"default: {restored} (was {replaced})")
    if args.reload:
        return reload_service(args.reload)
    return 0


def reload_service(url: str) -> int:
    """Ask a running service to load the registry's default (admin key from the environment)."""
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
