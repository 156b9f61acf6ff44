"""``provenance verify QUOTE SOURCE``: is the quotation in the source, and how faithfully?"""

from __future__ import annotations

import argparse
import json
from typing import Any

from provenance._cli._common import read_text_arg
from provenance.text import TextSnapshot
from provenance.verify import Verification, verify


def register(subparsers: Any) -> None:
    """Add the ``verify`` subcommand."""
    parser = subparsers.add_parser(
        "verify",
        help="check that a quotation occurs in a source text, with a verdict and a diff",
        description=(
            "Exit 0 when the quote is faithful (exact, whitespace, typographic, case, elided "
            "or edited), 1 when it is only fuzzy, altered or absent, 2 on unusable input."
        ),
    )
    parser.add_argument("quote", metavar="QUOTE", help="the quotation, as a string")
    parser.add_argument("source", metavar="SOURCE", help="the source text file, or - for standard input")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Verify and print; exit 0 for an accepted verdict, else 1."""
    snapshot = TextSnapshot.of(read_text_arg(args.source))
    result = verify(args.quote, snapshot)
    if args.json:
        print(json.dumps(_as_data(result, snapshot), ensure_ascii=False, indent=2))
    else:
        print(_as_text(result, snapshot))
    return 0 if result.accepted else 1


def _anchor_data(result: Verification, snapshot: TextSnapshot) -> list[dict[str, Any]]:
    rows = []
    for anchor in result.anchors:
        line, column = snapshot.line_column(anchor.start)
        end_line, end_column = snapshot.line_column(anchor.end)
        rows.append(
            {
                "start": anchor.start,
                "end": anchor.end,
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "exact": anchor.exact,
            }
        )
    return rows


def _as_data(result: Verification, snapshot: TextSnapshot) -> dict[str, Any]:
    return {
        "verdict": result.verdict.value,
        "accepted": result.accepted,
        "score": round(result.score, 4),
        "quote": result.quote,
        "source_sha256": snapshot.sha256,
        "anchors": _anchor_data(result, snapshot),
        "diff": [{"op": op.kind.value, "quote": op.quote, "source": op.source} for op in result.diff],
        "differences": [
            {"kind": d.kind, "quote": d.quote, "source": d.source} for d in result.differences
        ],
    }


def _as_text(result: Verification, snapshot: TextSnapshot) -> str:
    lines = [f"verdict: {result.verdict.value}  score: {result.score:.3f}"]
    for row in _anchor_data(result, snapshot):
        lines.append(
            f"  {row['start']}..{row['end']} ({row['line']}:{row['column']}-"
            f"{row['end_line']}:{row['end_column']})"
        )
    for difference in result.differences:
        lines.append(f"difference: {difference}")
    if result.diff and any(op.kind.value != "equal" for op in result.diff):
        lines.append("diff (quote → source):")
        lines.extend(f"  {op}" for op in result.diff)
    return "\n".join(lines)
