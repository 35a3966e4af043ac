"""The command line every benchmark module shares when it is run as a script."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable


def run_as_script(argv: list[str] | None, doc: str, quick_help: str,
                  measure: Callable[[bool], list[dict]]) -> list[dict] | None:
    """Parse ``--quick``, call ``measure(quick)`` and print each result as one JSON line.

    Returns the results, or None after printing one ``error: ...`` line when measuring failed.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=quick_help)
    args = parser.parse_args(argv)
    try:
        results = measure(args.quick)
    except Exception as err:  # noqa: BLE001 - report any failure as one line and a non-zero exit
        print(f"error: {err}", file=sys.stderr)
        return None
    for result in results:
        print(json.dumps(result))
    return results
