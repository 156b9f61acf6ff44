"""``provenance cite RECORD``: citation snippets for a record's quotations and claims."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from provenance import serialise
from provenance.cite import cite
from provenance.errors import ModelError
from provenance.model import Claim, Quotation


def register(subparsers: Any) -> None:
    """Add the ``cite`` subcommand."""
    parser = subparsers.add_parser(
        "cite",
        help="write citation snippets (AP, Chicago or British style) for a record's quotations",
        description="Print one snippet per quotation (or only --quote ID), each verified against the text.",
    )
    parser.add_argument("record", metavar="RECORD", help="a .json record")
    parser.add_argument("--quote", metavar="ID", help="the id of one quotation or claim to cite")
    parser.add_argument("--style", choices=("ap", "chicago", "british"), default="ap")
    parser.add_argument("--format", choices=("text", "markdown", "html"), default="text")
    parser.add_argument("--max-chars", type=int, metavar="N", help="longest snippet, attribution included")
    parser.add_argument("--context", type=int, default=0, metavar="N", help="words of context each side")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Cite every quotation, or the one asked for; verify each snippet before printing it."""
    record = serialise.load(args.record)
    items: list[Quotation | Claim]
    if args.quote is None:
        items = list(record.quotations)
    else:
        items = [q for q in record.quotations if q.id == args.quote]
        items += [c for c in record.claims if c.id == args.quote]
        if not items:
            raise ModelError(f"no quotation or claim {args.quote!r} in {args.record}")
    separator = "\n\n" if args.format != "text" else "\n"
    out = []
    for item in items:
        snippet = cite(item, record, style=args.style, format=args.format,
                       max_chars=args.max_chars, context=args.context)
        snippet.verify(record)
        out.append(snippet.render())
    if out:
        sys.stdout.write(separator.join(out) + "\n")
    return 0
