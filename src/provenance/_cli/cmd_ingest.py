"""``provenance ingest FILE... [--db PATH] [--jobs N]``: extract, check and store articles."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from provenance import _ingest
from provenance._cli._common import progress
from provenance.errors import FormatError
from provenance.store import AddResult, Store

DEFAULT_DB = "provenance.db"


def register(subparsers: Any) -> None:
    """Add the ``ingest`` subcommand."""
    parser = subparsers.add_parser(
        "ingest",
        help="extract, check and store articles (.txt with optional .meta.json) or records (.json, .jsonl)",
        description=(
            "Each article is written in its own transaction, so an interrupted ingest keeps every "
            "article it finished and nothing of the one it was writing; running it again resumes "
            "(unchanged articles are skipped). Exit 0 when every file was stored, 2 when some "
            "file could not be used."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="an article .txt, or a .json/.jsonl of records")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the database (default: {DEFAULT_DB})")
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="processes extracting in parallel (default: all cores); writing stays in one process",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Ingest every file and print a summary."""
    if args.jobs is not None and args.jobs < 1:
        raise FormatError(f"--jobs must be at least 1 (got {args.jobs})")
    counts = dict.fromkeys(AddResult, 0)
    quotations = claims = findings = errors = unusable = 0
    with Store.open(args.db) as store:
        results = _ingest.process_all(args.files, jobs=args.jobs)
        for processed in progress(results, len(args.files), "ingest"):
            if processed.error is not None:
                unusable += 1
                print(f"{processed.path}: {processed.error}", file=sys.stderr)
                continue
            for record, found in zip(processed.records, processed.findings, strict=True):
                counts[store.add(record, findings=found)] += 1
                quotations += len(record.quotations)
                claims += len(record.claims)
                findings += len(found)
                errors += sum(1 for f in found if getattr(f.severity, "value", f.severity) == "error")
    added = counts[AddResult.ADDED] + counts[AddResult.REPLACED]
    print(
        f"articles: {added} added ({counts[AddResult.REPLACED]} replacing an older record), "
        f"{counts[AddResult.UNCHANGED]} unchanged; quotations: {quotations}; claims: {claims}; "
        f"findings: {findings} ({errors} errors); files not usable: {unusable}; database: {args.db}"
    )
    return 2 if unusable else 0
