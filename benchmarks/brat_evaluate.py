"""brat export and import, and evaluation, on a record of N quotations.

Run: ``python benchmarks/brat_evaluate.py [--quotations N] [--repeat R]``.
Prints the best-of-R time of brat ``dump``, brat ``load`` and
``evaluate(record, record)``, each with its ratio to the JSON ``dumps`` and
``loads`` of the same record measured in the same run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from benchmarks.serialisation import build_record
from provenance import brat, serialise
from provenance.evaluate import evaluate


def best(step: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``step``, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotations", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    record = build_record(args.quotations)
    document = serialise.dumps(record)
    txt, ann = brat.dump(record)
    json_dump = best(lambda: serialise.dumps(record), args.repeat)
    json_load = best(lambda: serialise.loads(document), args.repeat)
    figures = {
        "brat dump": (best(lambda: brat.dump(record), args.repeat), json_dump, "json dumps"),
        "brat load": (best(lambda: brat.load(txt, ann), args.repeat), json_load, "json loads"),
        "evaluate(x, x)": (best(lambda: evaluate([record], [record]), args.repeat), json_load, "json loads"),
    }
    print(f"{args.quotations} quotations, {len(ann.splitlines())} annotation lines, best of {args.repeat}")
    for name, (seconds, reference, against) in figures.items():
        print(f"{name:<16} {seconds * 1000:9.1f} ms   {seconds / reference:5.2f}x {against} ({reference * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
