"""``provenance extract FILE... [-o OUT] [--format json|jsonl|table]``: quotations and claims of articles."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from provenance import serialise
from provenance._cli._common import progress, read_text_arg
from provenance.errors import FormatError
from provenance.extract import extract
from provenance.model import Claim, Quotation, Record

_WORDS_SHOWN = 8


def register(subparsers: Any) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="extract quotations and claims with speakers and relay chains from article texts",
        description=(
            "Read each FILE (UTF-8 text; '-' for standard input) and write its record. "
            "A sidecar <stem>.meta.json next to a FILE supplies metadata "
            "(title, authors, outlet, published as YYYY-MM-DD, url, language, section)."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="an article text file, or - for standard input")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default=None,
        help="json (one record; the default for one file), jsonl (one record a line; the default "
        "for several) or table (one line per quotation or claim)",
    )
    parser.set_defaults(run=run)


def _metadata(name: str) -> dict[str, Any] | None:
    if name == "-":
        return None
    path = Path(name)
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"cannot read the metadata sidecar {str(sidecar)!r}: {exc}") from None
    if not isinstance(data, dict):
        raise FormatError(f"the metadata sidecar {str(sidecar)!r} must hold a JSON object")
    return data


def table_lines(record: Record) -> list[str]:
    """One tab-separated line per quotation or claim: kind, speaker, chain, first words."""
    lines = []
    items: list[tuple[int, str, Quotation | Claim, str]] = [(q.span.start, q.kind.value, q, " ".join(q.text.split()[:_WORDS_SHOWN])) for q in record.quotations]
    items += [(c.content.start, "claim", c, " ".join(c.content.exact.split()[:_WORDS_SHOWN])) for c in record.claims]
    for _start, kind, item, words in sorted(items, key=lambda i: (i[0], i[1])):
        speaker = record.speaker(item)
        chain = " > ".join(e.name for e in record.chain(item))
        lines.append(f"{kind}\t{speaker.name if speaker else '-'}\t{chain or '-'}\t{words}")
    return lines


def _write(out: TextIO, records: list[Record], fmt: str) -> None:
    if fmt == "json":
        if len(records) == 1:
            out.write(serialise.dumps(records[0]) + "\n")
        else:
            out.write("[" + ",\n".join(serialise.dumps(r) for r in records) + "]\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(serialise.to_data(record), ensure_ascii=False) + "\n")
    else:
        for record in records:
            for line in table_lines(record):
                out.write(line + "\n")


def run(args: argparse.Namespace) -> int:
    """Extract every file; write the records in the chosen format."""
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    records = []
    for name in progress(args.files, len(args.files), "extract"):
        text = read_text_arg(name)
        records.append(extract(text, metadata=_metadata(name)))
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                _write(out, records, fmt)
        except OSError as exc:
            raise FormatError(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
    else:
        _write(sys.stdout, records, fmt)
    return 0
