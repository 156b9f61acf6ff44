"""``provenance misattributions [--db PATH]``: the same words credited to different speakers."""

from __future__ import annotations

import argparse
from typing import Any

from provenance._cli.cmd_quotes import DEFAULT_DB, describe, open_existing


def register(subparsers: Any) -> None:
    """Add the ``misattributions`` subcommand."""
    parser = subparsers.add_parser(
        "misattributions",
        help="list words quoted with different speakers in different articles",
        description="Exit 0 when none were found, 1 when some were, 2 on unusable input.",
    )
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the database (default: {DEFAULT_DB})")
    parser.add_argument(
        "--min-words", type=int, default=3, metavar="N", help="ignore quotations shorter than N words (default: 3)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print each group of conflicting quotations."""
    with open_existing(args.db) as store:
        found = store.misattributions(min_words=args.min_words)
    for case in found:
        print(f"“{case.words}” credited to {' / '.join(case.speakers)}:")
        for item in case.items:
            print(f"  {describe(item)}")
    if not found:
        print("no misattributions found")
    return 1 if found else 0
