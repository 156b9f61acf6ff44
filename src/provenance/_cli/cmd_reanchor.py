"""``provenance reanchor RECORD NEW_TEXT``: move a record's anchors into an edited text."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from provenance import serialise
from provenance._cli._common import read_text_arg
from provenance.reanchor import MARGIN, THRESHOLD, reanchor


def register(subparsers: Any) -> None:
    """Add the ``reanchor`` subcommand."""
    parser = subparsers.add_parser(
        "reanchor",
        help="move every anchor of a record into an edited version of its text",
        description=(
            "Exit 0 when every anchor resolved (exact, moved, normalised or fuzzy), 1 when any "
            "was ambiguous or orphaned (those items are left out of the new record and listed), "
            "2 on unusable input."
        ),
    )
    parser.add_argument("record", metavar="RECORD", help="a .json record file")
    parser.add_argument("new_text", metavar="NEW_TEXT", help="the edited text file, or - for standard input")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the moved record here (default: standard output)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help=f"lowest accepted score (default {THRESHOLD})")
    parser.add_argument("--margin", type=float, default=MARGIN, help=f"lead needed over a rival place (default {MARGIN})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Re-anchor, write the record, print every anchor's status."""
    record = serialise.load(args.record)
    text = read_text_arg(args.new_text)
    result = reanchor(record, text, threshold=args.threshold, margin=args.margin)
    # The record goes to the output file or standard output; the report then
    # goes to standard error so the two never mix.
    report = sys.stdout if args.output else sys.stderr
    if args.output:
        serialise.dump(result.record, args.output)
    else:
        print(serialise.dumps(result.record, indent=2))
    for path, resolution in result.resolutions:
        where = "-" if resolution.anchor is None else f"{resolution.anchor.start}..{resolution.anchor.end}"
        print(f"{resolution.status.value:10} {resolution.score:.3f} {where:>13} {path}", file=report)
    for dropped in result.dropped:
        print(f"dropped {dropped.path} ({dropped.id}): {dropped.reason}", file=report)
    counts = ", ".join(f"{n} {s.value}" for s, n in result.counts().items() if n)
    print(f"{len(result.resolutions)} anchors: {counts or 'none'}", file=report)
    return 0 if result.complete else 1
