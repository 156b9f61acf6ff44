"""``provenance trace "WORDS" [--db PATH]``: every appearance of some words, earliest first."""

from __future__ import annotations

import argparse
from typing import Any

from provenance._cli.cmd_quotes import DEFAULT_DB, describe, open_existing


def register(subparsers: Any) -> None:
    """Add the ``trace`` subcommand."""
    parser = subparsers.add_parser(
        "trace",
        help="find every appearance of some words across the stored articles, earliest first",
        description="Exit 0 when the words appear, 1 when they do not, 2 on unusable input.",
    )
    parser.add_argument("words", metavar="WORDS", help="the words to trace (operators are plain words)")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the database (default: {DEFAULT_DB})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print each appearance with how closely it matches."""
    with open_existing(args.db) as store:
        trace = store.trace(args.words)
    for i, appearance in enumerate(trace):
        marker = "earliest " if i == 0 else ""
        print(f"{marker}{appearance.verdict} ({appearance.score:.2f})  {describe(appearance.item)}")
    if not len(trace):
        print("no appearance found")
    return 0 if len(trace) else 1
