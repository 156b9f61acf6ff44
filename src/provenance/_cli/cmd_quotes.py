"""``provenance quotes [--db PATH] [--speaker NAME] [--outlet NAME] [--since DATE]``."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any

from provenance.errors import FormatError, StoreError
from provenance.store import Store, StoredItem

DEFAULT_DB = "provenance.db"


def register(subparsers: Any) -> None:
    """Add the ``quotes`` subcommand."""
    parser = subparsers.add_parser(
        "quotes",
        help="list stored quotations, by date, optionally by speaker, outlet and date",
        description="Exit 0 when quotations were listed, 1 when none matched, 2 on unusable input.",
    )
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the database (default: {DEFAULT_DB})")
    parser.add_argument("--speaker", metavar="NAME", help="a speaker's name or alias")
    parser.add_argument("--outlet", metavar="NAME", help="the outlet that published the article")
    parser.add_argument("--since", metavar="DATE", help="published on or after this date (YYYY-MM-DD)")
    parser.set_defaults(run=run)


def open_existing(path: str) -> Store:
    """Open a database that must already exist (querying never creates one)."""
    if not Path(path).is_file():
        raise StoreError("no database here; create one with 'provenance ingest'", path=path)
    return Store.open(path)


def describe(item: StoredItem) -> str:
    """One line per quotation: date, outlet, speaker (and chain), the words."""
    date = item.published.isoformat() if item.published else "undated"
    source = item.outlet or item.title or item.article
    speaker = item.speaker or "unattributed"
    via = f" via {', '.join(item.chain)}" if item.chain else ""
    return f"{date}  {source}  {speaker}{via}: “{item.text}”  [{item.article} {item.id}]"


def run(args: argparse.Namespace) -> int:
    """Print the matching quotations."""
    since = None
    if args.since is not None:
        try:
            since = datetime.date.fromisoformat(args.since)
        except ValueError:
            raise FormatError(f"--since must be a date such as 2022-10-24 (got {args.since!r})") from None
    with open_existing(args.db) as store:
        items = store.quotations(speaker=args.speaker, outlet=args.outlet, since=since)
    for item in items:
        print(describe(item))
    return 0 if items else 1
