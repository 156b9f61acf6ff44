"""Extraction scored on the blind set, next to the seeds and the development set.

The blind set (``fixtures/blind``) is original writing kept away from
extraction work: it tells whether what was learnt on the seeds and the
development set generalises.  This runs :func:`provenance.extract.extract`
over each set (with the metadata sidecars), scores against the gold records
with :func:`provenance.evaluate.evaluate`, and prints each set's table, the
headline figures side by side, and characters per second (extract alone,
best of ``--repeat`` passes; the seeds and dev set are the reference measured
in the same run).  Only figures are printed, never the sentences behind a
miss, so running it does not unblind the set.  Asserts nothing.

Run: ``python -m benchmarks.blind_eval [--repeat 3] [--documents]``
(or ``python benchmarks/blind_eval.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the repository root importable for ``benchmarks.dev_eval``.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dev_eval import FIXTURES, SETS, read_set, report
from provenance.evaluate import Scores

BLIND = ("blind", FIXTURES / "blind", FIXTURES / "blind" / "gold")


def headline(scores: Scores) -> dict[str, float | None]:
    """The four figures compared across sets."""
    return {
        "quote+speaker F1": scores.quotations_with_speaker.f1,
        "speaker acc": scores.speaker.value,
        "claims overlap F1": scores.claims_overlap.f1,
        "chain acc": scores.chain.value,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Score the seeds, the development set and the blind set; print a summary."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="timing passes per set (best is kept)"
    )
    parser.add_argument("--documents", action="store_true", help="also print per-article figures")
    parser.add_argument("--blind-only", action="store_true", help="skip the seeds and dev set")
    args = parser.parse_args(argv)
    sets = [BLIND] if args.blind_only else [*SETS, BLIND]
    summary = {
        name: headline(report(name, read_set(texts, gold), args.repeat, args.documents))
        for name, texts, gold in sets
    }
    labels = list(next(iter(summary.values())))
    print(f"{'set':<8}" + "".join(f"{label:>19}" for label in labels))
    for name, figures in summary.items():
        print(
            f"{name:<8}"
            + "".join(f"{'n/a' if v is None else f'{v:.3f}':>19}" for v in figures.values())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
