"""``provenance report RECORD -o FILE.html``: a self-contained HTML view of a record."""

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
    parser.add_argument("record", metavar="RECORD", help="a .json record")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.html", help="where to write ('-': stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the record and write the page."""
    page = render_report(serialise.load(args.record))
    if args.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise FormatError(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
    return 0
