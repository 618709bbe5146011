"""``intervensi priors estimate | show``: an office's own class mix for a model version."""

from __future__ import annotations

import argparse
import json
import sys


def cmd_priors_estimate(args: argparse.Namespace) -> int:
    from classifier.cli.output import input_file
    from classifier.lifecycle import office_prior
    from classifier.lifecycle.predicting import read_records
    from classifier.lifecycle.registry import Registry

    source = input_file(args.input)
    if source is None:
        return 2
    registry = Registry(args.models)
    loaded = registry.open(args.model)
    texts = [r.text for r in read_records(source) if r.problem is None]
    data = office_prior.estimate(loaded.model, texts)
    before = dict(zip(loaded.model.classes_, map(float, loaded.model.prior_))) if loaded.model.prior_ is not None else {}
    if args.dry_run:
        where = None
    else:
        where = office_prior.save(registry.folder(loaded.version), data)
    if args.format == "json":
        print(json.dumps({"version": loaded.version, "written": str(where) if where else None, **data}, ensure_ascii=False))
        return 0
    print(f"model {loaded.version}: class mix of {data['texts']} texts from {source} "
          f"(EM, {data['iterations']} iterations{'' if data['converged'] else ', NOT converged'})")
    for cls, p in sorted(data["prior"].items(), key=lambda kv: -kv[1]):
        was = f"   (was {before[cls]:.3f})" if cls in before else ""
        print(f"  {cls:40s} {p:.3f}{was}")
    print(f"written to {where}: used whenever this version is loaded (restart or reload the service)"
          if where else "dry run: nothing written", file=sys.stderr)
    return 0


def cmd_priors_show(args: argparse.Namespace) -> int:
    from classifier.lifecycle.registry import Registry

    loaded = Registry(args.models).open(args.model)
    model = loaded.model
    prior = dict(zip(model.classes_, map(float, model.prior_))) if model.prior_ is not None else None
    print(json.dumps({"version": loaded.version, "prior": prior}, ensure_ascii=False, indent=2))
    return 0
