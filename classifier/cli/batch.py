"""``intervensi predict``: a JSONL or CSV file of texts through the model, streamed."""

from __future__ import annotations

import argparse
import sys

from classifier.cli.output import input_file, output, write_line


def cmd_predict(args: argparse.Namespace) -> int:
    from classifier.cli.progress import Progress
    from classifier.lifecycle.predicting import predict_stream, read_records
    from classifier.lifecycle.registry import Registry

    source = input_file(args.input)
    if source is None:
        return 2
    registry = Registry(args.models)
    if args.jobs <= 1:
        model = registry.load(args.model)
    else:
        model = None
        registry.resolve(args.model)  # fail early, in the parent, with a clear message
    progress = Progress()
    n = errors = 0
    with output(args.output) as out:
        for line in predict_stream(read_records(source), model=model, jobs=args.jobs, models_dir=args.models,
                                   version=args.model):
            write_line(out, line)
            n += 1
            errors += line["status"] == "error"
            if n % 256 == 0:
                progress.count(n, None, "texts")
    progress.end_count()
    print(f"{n} lines written to {args.output} ({errors} with errors).", file=sys.stderr)
    return 0
