"""``provenance export RECORD --to FORMAT [-o OUT]``: write a record in a standard format."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from provenance import serialise
from provenance.errors import FormatError, ProvenanceError
from provenance.model import Record

FORMATS: Final = ("webannotation", "prov-json", "prov-n", "schemaorg", "csl", "brat")


def register(subparsers: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="write a record as W3C Web Annotation, PROV, schema.org, CSL-JSON or brat standoff",
        description=(
            "Write one record (a .json record file, or - for standard input) in a standard "
            "format, to standard output or to OUT. brat writes two files, OUT.txt and OUT.ann, "
            "and needs -o. Exit 0 on success, 2 on unusable input."
        ),
    )
    parser.add_argument("record", metavar="RECORD", help="a .json record file, or - for standard input")
    parser.add_argument("--to", required=True, choices=FORMATS, help="the output format")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="output file (for brat: the path stem of OUT.txt and OUT.ann)"
    )
    parser.add_argument(
        "--base-iri", metavar="IRI", help="prefix of annotation and node ids (webannotation, schemaorg)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the record strictly, convert it and write the result."""
    record = _load(args.record)
    if args.to == "brat":
        if not args.output:
            raise FormatError("--to brat writes OUT.txt and OUT.ann: give the stem with -o OUT")
        txt, ann = _brat_dump()(record)
        stem = Path(args.output)
        _write(Path(f"{stem}.txt"), txt)
        _write(Path(f"{stem}.ann"), ann)
        return 0
    text = _convert(record, args.to, args.base_iri)
    if args.output:
        _write(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return 0


def _load(name: str) -> Record:
    if name == "-":
        return serialise.loads(sys.stdin.buffer.read())
    return serialise.load(name)


def _convert(record: Record, fmt: str, base_iri: str | None) -> str:
    from provenance.export import csl, prov, schemaorg, webannotation

    data: Any
    if fmt == "webannotation":
        data = webannotation.to_webannotation(record, base_iri=base_iri)
    elif fmt == "schemaorg":
        data = schemaorg.to_schemaorg(record, base_iri=base_iri)
    elif fmt == "csl":
        data = [csl.to_csl(record)]  # a CSL-JSON file is an array of items
    elif fmt == "prov-json":
        return prov.to_prov_json(record) + "\n"
    else:
        return prov.to_prov_n(record) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _brat_dump() -> Callable[[Record], tuple[str, str]]:
    """The brat writer, imported only when asked for."""
    try:
        module = importlib.import_module("provenance.brat")
    except ImportError:
        raise ProvenanceError("brat export is not available in this installation") from None
    dump: Callable[[Record], tuple[str, str]] = module.dump
    return dump


def _write(path: Path, text: str) -> None:
    try:
        # newline="" keeps the text's own line endings: brat offsets count them.
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as exc:
        raise FormatError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None
