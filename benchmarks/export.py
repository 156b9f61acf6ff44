"""Export throughput: every format for a record of N quotations, against plain json.

Run: ``python benchmarks/export.py [--quotations N] [--repeat R]``.
Prints the best-of-R time of each export and its ratio to ``json.dumps`` of
the record's own document in the same run, then the worst case for quote
selectors: a text that repeats one sentence, where context must grow.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

from benchmarks.serialisation import build_record
from provenance import serialise
from provenance.anchors import Anchor
from provenance.export import to_csl, to_prov_json, to_schemaorg, to_webannotation
from provenance.export.webannotation import quote_selector
from provenance.text import TextSnapshot


def best(step: Callable[[], Any], repeat: int) -> float:
    """Best wall time of ``repeat`` runs of ``step``, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotations", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    record = build_record(args.quotations)
    data = serialise.to_data(record)
    reference = best(lambda: json.dumps(data, ensure_ascii=False), args.repeat)
    print(f"record: {args.quotations} quotations, {record.article.text.length} code points")
    print(f"reference json.dumps(to_data): {reference * 1000:.1f} ms")
    steps: dict[str, Callable[[], Any]] = {
        "webannotation": lambda: json.dumps(to_webannotation(record), ensure_ascii=False),
        "schemaorg": lambda: json.dumps(to_schemaorg(record), ensure_ascii=False),
        "csl": lambda: json.dumps(to_csl(record)),
        "prov-json": lambda: to_prov_json(record),
    }
    for name, step in steps.items():
        seconds = best(step, args.repeat)
        print(f"{name:>14}: {seconds * 1000:8.1f} ms  ({seconds / reference:5.1f}x reference)")
    chant = TextSnapshot.of("“No war.” " * 20_000)
    anchors = [Anchor.at(chant, i * 10 + 1, i * 10 + 8) for i in range(0, 20_000, 200)]
    seconds = best(lambda: [quote_selector(chant, a) for a in anchors], args.repeat)
    print(
        f"periodic text ({chant.length} code points), {len(anchors)} selectors grown to the cap: "
        f"{seconds * 1000:.1f} ms ({seconds / len(anchors) * 1e6:.0f} µs each)"
    )


if __name__ == "__main__":
    main()
