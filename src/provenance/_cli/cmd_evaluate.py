"""``provenance evaluate PRED... --gold GOLD...``: score predicted records against gold.

Each GOLD is a record file (``.json``, ``.jsonl``) or a brat document (its
``.ann``, with the ``.txt`` of the same stem beside it).  Predictions are
record files, or, with ``--extract``, extracted from the gold texts here.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from provenance import brat, serialise
from provenance.errors import ExtractionError, FormatError
from provenance.evaluate import EvaluationError, Scores, evaluate
from provenance.model import QuotationKind, Record


def register(subparsers: Any) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted records against gold records or brat annotations",
        description=(
            "Print precision, recall and F1 for quotation and claim spans (exact and overlapping), "
            "speaker and relay-chain accuracy, micro-averaged over documents paired by their text. "
            "Exit 0 after scoring, 2 on unusable input."
        ),
    )
    parser.add_argument("predicted", nargs="*", metavar="PRED", help="a .json or .jsonl file of predicted records")
    parser.add_argument(
        "--gold",
        nargs="+",
        required=True,
        metavar="GOLD",
        help="a .json or .jsonl file of gold records, or a brat .ann file with its .txt beside it",
    )
    parser.add_argument(
        "--extract",
        action="store_true",
        help="predict by running extraction on the gold texts instead of reading PRED files",
    )
    parser.add_argument(
        "--kinds",
        metavar="KIND,...",
        help=f"score only quotations of these kinds ({', '.join(k.value for k in QuotationKind)})",
    )
    parser.add_argument("--crlf-as-one", action="store_true", help="brat offsets count a CRLF as one character")
    parser.add_argument(
        "--text-dir",
        metavar="DIR",
        help="where the .txt of each brat .ann is (default: beside it); an annotator suffix such as _ab12 may be dropped",
    )
    parser.add_argument(
        "--skip-unusable",
        action="store_true",
        help="report a gold file that cannot be read on stderr and score the others, instead of stopping",
    )
    parser.add_argument("--documents", action="store_true", help="also print a line of figures per document")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(run=run)


def _kinds(value: str | None) -> list[QuotationKind] | None:
    if value is None:
        return None
    known = {k.value: k for k in QuotationKind}
    kinds = []
    for name in filter(None, (part.strip() for part in value.split(","))):
        if name not in known:
            raise EvaluationError(f"unknown quotation kind {name!r}; expected one of {', '.join(known)}")
        kinds.append(known[name])
    if not kinds:
        raise EvaluationError("--kinds names no kind")
    return kinds


def _read_gold(name: str, crlf_as_one: bool, text_dir: str | None = None) -> list[Record]:
    path = Path(name)
    if path.suffix in (".json", ".jsonl"):
        return [serialise.from_data(data, root=root) for root, data in serialise.read_documents(path)]
    if path.suffix in (".ann", ".txt"):
        ann = path.with_suffix(".ann")
        return [brat.load_files(_text_of(ann, text_dir), ann, crlf_as_one=crlf_as_one)]
    raise FormatError(f"{name!r} is neither a record file (.json, .jsonl) nor a brat document (.ann)")


def _text_of(ann: Path, text_dir: str | None) -> Path:
    """The .txt of a brat .ann: beside it, or in ``text_dir`` under the same stem or the stem
    without an annotator suffix (``doc_ab12.ann`` → ``doc.txt``, as PolNeAR names them)."""
    if text_dir is None:
        return ann.with_suffix(".txt")
    folder = Path(text_dir)
    stem = ann.stem
    while True:
        candidate = folder / f"{stem}.txt"
        if candidate.is_file():
            return candidate
        stem, underscore, _ = stem.rpartition("_")
        if not underscore or not stem:
            raise FormatError(f"no text for {str(ann)!r} in {text_dir!r} (looked for {ann.stem}.txt and shorter stems)")


def _extracted(gold: list[Record]) -> list[Record]:
    try:
        extract = importlib.import_module("provenance.extract").extract
    except (ImportError, AttributeError) as exc:
        raise ExtractionError(f"extraction is not available: {exc}") from None
    predicted = []
    for record in gold:
        result = extract(record.article)
        if not isinstance(result, Record):
            raise ExtractionError(f"extraction gave a {type(result).__name__}, not a Record")
        predicted.append(result)
    return predicted


def _document_lines(scores: Scores) -> list[str]:
    lines = [f"{'article':<22} {'quote F1 exact':>14} {'overlap':>8} {'speaker':>8} {'claim F1':>9}  title"]
    for document in scores.documents:
        s = document.scores
        speaker = "n/a" if s.speaker.value is None else f"{s.speaker.value:.3f}"
        lines.append(
            f"{document.article:<22} {s.quotations_exact.f1:>14.3f} {s.quotations_overlap.f1:>8.3f} "
            f"{speaker:>8} {s.claims_overlap.f1:>9.3f}  {document.title or ''}"
        )
    return lines


def run(args: argparse.Namespace) -> int:
    """Load both sides, score them and print the table (or JSON)."""
    kinds = _kinds(args.kinds)
    if args.extract and args.predicted:
        raise EvaluationError("give either PRED files or --extract, not both")
    if not args.extract and not args.predicted:
        raise EvaluationError("give PRED record files, or --extract to predict from the gold texts")
    gold: list[Record] = []
    skipped = 0
    for name in args.gold:
        try:
            gold.extend(_read_gold(name, args.crlf_as_one, args.text_dir))
        except FormatError as exc:
            if not args.skip_unusable:
                raise
            skipped += 1
            print(f"provenance: skipped {name}: {exc}", file=sys.stderr)
    if skipped:
        print(f"provenance: skipped {skipped} of {len(args.gold)} gold file(s)", file=sys.stderr)
    if not gold:
        raise EvaluationError("no usable gold file")
    if args.extract:
        predicted = _extracted(gold)
    else:
        predicted = [
            serialise.from_data(data, root=root)
            for name in args.predicted
            for root, data in serialise.read_documents(name)
        ]
    scores = evaluate(predicted, gold, kinds=kinds)
    if args.json:
        print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(scores.as_table())
    if args.documents:
        print()
        print("\n".join(_document_lines(scores)))
    return 0
