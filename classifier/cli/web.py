"""``intervensi serve`` and ``intervensi feedback export``: the two commands that use the
web service. The command line may import ``service``; the core of ``classifier`` may not."""

from __future__ import annotations

import argparse
import os
import sys

from classifier.cli.output import output, write_line


def cmd_serve(args: argparse.Namespace) -> int:
    from classifier.cli.output import DEFAULT_MODELS

    if args.models is None and not os.environ.get("INTERVENSI_MODELS_DIR"):
        args.models = DEFAULT_MODELS  # the same models as every other command, from any folder
    for key, value in (("HOST", args.host), ("PORT", args.port), ("WORKERS", args.workers), ("MODELS_DIR", args.models)):
        if value is not None:
            os.environ[f"INTERVENSI_{key}"] = str(value)  # also read by uvicorn's worker processes
    from service.config import Settings
    from service.server import serve

    return serve(Settings())


def cmd_feedback_export(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.feedback import FeedbackStore, corpus_candidate, database_url

    settings = Settings()
    store = FeedbackStore(database_url(settings.data_dir, settings.database_url))
    store.migrate()
    n = 0
    with output(args.output) as out:
        for row in store.all():
            if not row.text:
                continue  # a correction by request id alone carries no text to learn from
            write_line(out, corpus_candidate(row))
            n += 1
    print(f"{n} candidate(s) written to {args.output}. Review them, fill in 'register', then "
          "`intervensi corpus import`.", file=sys.stderr)
    return 0
