"""Extraction scored on the seed articles and, separately, on the development set.

The development set (``fixtures/dev``) is original writing in several news
styles, annotated by hand; it measures how extraction generalises beyond the
four seeds.  For each set this runs :func:`provenance.extract.extract` over
every text (with its metadata sidecar), scores the records against the gold
records with :func:`provenance.evaluate.evaluate`, prints the table, the
per-article quotation and claim F1, and characters per second (extract
alone, best of ``--repeat`` runs).  Prints figures; asserts nothing.

Run: ``python benchmarks/dev_eval.py [--repeat 3] [--documents]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from provenance.evaluate import Scores, evaluate
from provenance.extract import extract
from provenance.model import Record
from provenance.serialise import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: Each set: its name, the directory of its texts and sidecars, and of its gold records.
SETS = (
    ("seeds", FIXTURES, FIXTURES / "gold"),
    ("dev", FIXTURES / "dev", FIXTURES / "dev" / "gold"),
)


def read_set(texts: Path, gold: Path) -> list[tuple[str, str, dict[str, Any], Record]]:
    """Every article of a set: stem, text, sidecar metadata and gold record."""
    articles = []
    for path in sorted(texts.glob("*.txt")):
        stem = path.name[: -len(".txt")]
        text = path.read_bytes().decode("utf-8")
        meta = json.loads((texts / f"{stem}.meta.json").read_text(encoding="utf-8"))
        articles.append((stem, text, meta, load(gold / f"{stem}.record.json")))
    return articles


def run(articles: Sequence[tuple[str, str, dict[str, Any], Record]], repeat: int) -> tuple[list[Record], float]:
    """The extracted records and the best time of ``repeat`` passes over the set."""
    best = float("inf")
    records: list[Record] = []
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        records = [extract(text, metadata=meta) for _stem, text, meta, _gold in articles]
        best = min(best, time.perf_counter() - started)
    return records, best


def report(name: str, articles: Sequence[tuple[str, str, dict[str, Any], Record]], repeat: int, per_doc: bool) -> Scores:
    """Print one set's scores and speed; return the scores."""
    predicted, seconds = run(articles, repeat)
    scores = evaluate(predicted, [gold for *_rest, gold in articles])
    chars = sum(len(text) for _stem, text, _meta, _gold in articles)
    print(f"== {name}: {len(articles)} articles, {chars:,} characters ==")
    print(scores.as_table())
    if per_doc:
        print()
        print(f"{'article':<32} {'quot F1 (overlap)':>18} {'claim F1 (overlap)':>19} {'speaker acc':>12}")
        for (stem, *_rest), document in zip(articles, scores.documents, strict=True):
            s = document.scores
            acc = s.speaker.value
            print(
                f"{stem:<32} {s.quotations_overlap.f1:>18.3f} {s.claims_overlap.f1:>19.3f} "
                f"{'n/a' if acc is None else f'{acc:.3f}':>12}"
            )
    print(f"extract speed: {chars / seconds:,.0f} chars/s (best of {max(1, repeat)})")
    print()
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """Score the seeds and the development set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes per set (best is kept)")
    parser.add_argument("--documents", action="store_true", help="also print per-article figures")
    args = parser.parse_args(argv)
    for name, texts, gold in SETS:
        report(name, read_set(texts, gold), args.repeat, args.documents)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
