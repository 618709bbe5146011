"""The ``intervensi`` command. It parses arguments and formats results; the work is done by
the core modules it calls, imported lazily so that each sub-command starts fast.

This package sits outside the core: it may import ``service`` (for ``serve`` and
``feedback export``), while nothing else in ``classifier`` may.
"""

from __future__ import annotations

import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from classifier.cli.output import say
    from classifier.cli.parser import build_parser
    from classifier.errors import IntervensiError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except IntervensiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        return 0
