"""``provenance validate RECORD.json...``: load records strictly and re-check every anchor."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from provenance import serialise
from provenance.errors import FormatError, ProvenanceError


def register(subparsers: Any) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="load record files strictly and re-check every anchor against its text",
        description="Exit 0 when every record is valid, 1 when problems were found, 2 on unusable input.",
    )
    parser.add_argument("records", nargs="+", metavar="RECORD", help="a .json record or a .jsonl file of records")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file; report each problem with its path.

    Unreadable files and malformed JSON make the input unusable (exit 2);
    well-formed documents that break the format's rules are problems (exit 1).
    """
    problems = unusable = 0
    for name in args.records:
        try:
            documents = serialise.read_documents(name)
        except ProvenanceError as exc:
            unusable += 1
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        for root, document in documents:
            try:
                record = serialise.from_data(document, root=root)
                for path, anchor in record.anchors():
                    try:
                        anchor.check(record.article.text)
                    except ProvenanceError as exc:
                        raise FormatError(exc.message, path=path) from None
            except ProvenanceError as exc:
                problems += 1
                print(f"{name}: {exc}")
                continue
            if not args.quiet:
                print(
                    f"{name}: ok ({len(record.quotations)} quotations, {len(record.claims)} claims, "
                    f"{len(record.entities)} entities)"
                )
    if unusable:
        return 2
    return 1 if problems else 0
