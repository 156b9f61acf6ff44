"""``provenance check RECORD...``: consistency findings for record files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from provenance import serialise
from provenance.check import Finding, Severity, check
from provenance.errors import ProvenanceError

_SEVERITIES = {s.value: s for s in Severity}


def register(subparsers: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="report consistency findings (codes PV001…) in record files",
        description=(
            "Check .json records or .jsonl files of records, even ones the strict loader refuses. "
            "Prints one 'file:path: CODE severity message' line per finding. Exit 0 when no "
            "error-severity finding is found (warnings too with --strict), 1 when one is, "
            "2 when a file is unusable."
        ),
    )
    parser.add_argument("records", nargs="+", metavar="RECORD", help="a .json record or a .jsonl file of records")
    parser.add_argument("--json", action="store_true", help="print the findings as one JSON array")
    parser.add_argument(
        "--min-severity",
        choices=tuple(_SEVERITIES),
        default="info",
        help="print only findings at least this severe (default: info; the exit code counts all)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 on warnings as well as errors")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every document of every file; print findings; return the exit code."""
    threshold = _SEVERITIES[args.min_severity].rank
    failing = Severity.WARNING.rank if args.strict else Severity.ERROR.rank
    shown: list[tuple[str, Finding]] = []
    unusable = problems = False
    for name in args.records:
        try:
            documents = serialise.read_documents(name)
            # check() raises a ProvenanceError for a document that is not an object.
            results = [check(data, root=root) for root, data in documents]
        except ProvenanceError as exc:
            unusable = True
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        for findings in results:
            for finding in findings:
                problems = problems or finding.severity.rank >= failing
                if finding.severity.rank >= threshold:
                    shown.append((name, finding))
    if args.json:
        print(json.dumps([_as_json(name, f) for name, f in shown], ensure_ascii=True, indent=2))
    else:
        for name, finding in shown:
            print(f"{name}:{finding.path}: {finding.code} {finding.severity.value} {finding.message}")
    if unusable:
        return 2
    return 1 if problems else 0


def _as_json(name: str, finding: Finding) -> dict[str, Any]:
    anchor = finding.anchor
    return {
        "file": name,
        "path": finding.path,
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "message": finding.message,
        "anchor": None if anchor is None else {"start": anchor.start, "end": anchor.end, "exact": anchor.exact},
    }
