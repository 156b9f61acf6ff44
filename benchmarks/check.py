"""Consistency-check throughput for a record of 10,000 quotations, against the strict loader.

Run: ``python benchmarks/check.py [--quotations N] [--repeat R]``.
Prints the best-of-R time of ``check`` on the record's JSON data and on the
record object, and their ratio to strictly loading the same data
(``serialise.from_data``) in the same run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from benchmarks.serialisation import build_record
from provenance import serialise
from provenance.check import check


def best_of(repeat: int, step: Callable[[], Any]) -> float:
    """The fastest of ``repeat`` runs of ``step``, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    record = build_record(args.quotations)
    data = serialise.to_data(record)
    findings = check(data)
    reference = best_of(args.repeat, lambda: serialise.from_data(data))
    on_data = best_of(args.repeat, lambda: check(data))
    on_record = best_of(args.repeat, lambda: check(record))
    print(f"record: {args.quotations} quotations, {record.article.text.length} code points, {len(findings)} findings")
    print(f"strict load (reference)   {reference * 1000:9.1f} ms")
    print(f"check(data)               {on_data * 1000:9.1f} ms  {on_data / reference:5.2f}x the load")
    print(f"check(record)             {on_record * 1000:9.1f} ms  {on_record / reference:5.2f}x the load")


if __name__ == "__main__":
    main()
