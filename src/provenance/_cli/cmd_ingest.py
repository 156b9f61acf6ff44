"""``provenance ingest FILE... [--db PATH] [--jobs N]``: extract, check and store articles."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from provenance import _ingest
from provenance._cli._common import progress
from provenance.errors import FormatError
from provenance.store import DEFAULT_BATCH, AddResult, PreparedRecord, Store

DEFAULT_DB = "provenance.db"


def register(subparsers: Any) -> None:
    """Add the ``ingest`` subcommand."""
    parser = subparsers.add_parser(
        "ingest",
        help="extract, check and store articles (.txt with optional .meta.json) or records (.json, .jsonl)",
        description=(
            "Articles are written in batches, each batch in one transaction, so an interrupted "
            "ingest keeps every batch it finished and nothing of the one it was writing; running it "
            "again resumes (unchanged articles are skipped). Exit 0 when every file was stored, 2 "
            "when some file could not be used."
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
    parser.add_argument(
        "--batch",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"articles written in one transaction (default: {DEFAULT_BATCH}; 1 commits every article)",
    )
    parser.add_argument(
        "--optimize",
        action="store_true",
        help="merge the full-text indexes afterwards (worth it after a large ingest; slow on a large corpus)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Ingest every file and print a summary."""
    if args.jobs is not None and args.jobs < 1:
        raise FormatError(f"--jobs must be at least 1 (got {args.jobs})")
    if args.batch < 1:
        raise FormatError(f"--batch must be at least 1 (got {args.batch})")
    counts = dict.fromkeys(AddResult, 0)
    quotations = claims = findings = errors = unusable = 0
    pending: list[PreparedRecord] = []

    def write() -> None:
        for result in store.add_many(pending, batch=args.batch):
            counts[result] += 1
        pending.clear()

    with Store.open(args.db) as store:
        # Workers extract, check and prepare the rows; this process only writes them.
        results = _ingest.process_all(args.files, jobs=args.jobs, prepare=True)
        for processed in progress(results, len(args.files), "ingest"):
            if processed.error is not None:
                unusable += 1
                print(f"{processed.path}: {processed.error}", file=sys.stderr)
                continue
            for prepared in processed.prepared:
                pending.append(prepared)
                quotations += len(prepared.quotations)
                claims += len(prepared.claims)
                findings += len(prepared.findings)
                errors += sum(1 for f in prepared.findings if f.severity == "error")
            if len(pending) >= args.batch:
                write()
        write()
        if args.optimize:
            store.optimize()
    added = counts[AddResult.ADDED] + counts[AddResult.REPLACED]
    print(
        f"articles: {added} added ({counts[AddResult.REPLACED]} replacing an older record), "
        f"{counts[AddResult.UNCHANGED]} unchanged; quotations: {quotations}; claims: {claims}; "
        f"findings: {findings} ({errors} errors); files not usable: {unusable}; database: {args.db}"
    )
    return 2 if unusable else 0
