"""``provenance report RECORD|--db PATH --article ID -o FILE.html``: a self-contained HTML view."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from provenance import serialise
from provenance.errors import FormatError
from provenance.report import render_report


def register(subparsers: Any) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="write an HTML page showing the article with its quotations and claims highlighted",
        description="One self-contained page: no network, inline CSS and JavaScript.",
    )
    parser.add_argument("record", metavar="RECORD", nargs="?", help="a .json record (or use --db and --article)")
    parser.add_argument("--db", metavar="PATH", help="read the article's record from this corpus store")
    parser.add_argument("--article", metavar="ID", help="with --db: the id of the stored article")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.html", help="where to write ('-': stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the record and write the page."""
    if (args.record is None) == (args.db is None):
        raise FormatError("give either a RECORD file or --db PATH with --article ID")
    if args.db is not None:
        if args.article is None:
            raise FormatError("--db needs --article ID (see 'provenance quotes' for stored ids)")
        from provenance.store import Store  # the store is only needed on this path

        if not Path(args.db).is_file():
            raise FormatError(f"no database at {args.db!r}")
        with Store.open(args.db) as store:
            record = store.record(args.article)
    else:
        record = serialise.load(args.record)
    page = render_report(record)
    if args.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise FormatError(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
    return 0
