"""Dump and load throughput for a record of 10,000 quotations, against plain json.

Run: ``python benchmarks/serialisation.py [--quotations N] [--repeat R]``.
Prints the best-of-R time of each step and its ratio to the standard
library's ``json`` on the same unstructured data in the same run (the
target is within 2x).  Loading parses with orjson; the last line compares
it with orjson's parse alone, which is what building the model costs on top.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable
from typing import Any

import orjson

from provenance import serialise
from provenance.anchors import Anchor, Span
from provenance.model import (
    Article,
    Attribution,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    Record,
    Segment,
)


def build_record(count: int) -> Record:
    """An article with ``count`` attributed quotations, each with a two-hop chain."""
    sentence = "“We will hold the line number {i},” Olena Kovalenko told the Kyiv Independent."
    parts: list[str] = []
    offsets: list[int] = []
    length = 0
    for i in range(count):
        piece = sentence.format(i=i) + " "
        offsets.append(length)
        parts.append(piece)
        length += len(piece)
    article = Article.create("".join(parts), outlet="World-Outlook")
    snap = article.text
    speaker = Entity.create("Olena Kovalenko")
    outlet = Entity.create("Kyiv Independent", EntityKind.OUTLET)
    home = Entity.create("World-Outlook", EntityKind.OUTLET)
    quotations = []
    for i, base in enumerate(offsets):
        words = f"We will hold the line number {i},"
        start = base + 1
        end = start + len(words)
        cue_start = snap.text.index("told", end)
        name_start = end + 2
        quotations.append(
            Quotation.create(
                [Segment.create(Anchor.at(snap, start, end), open_mark=Span(base, base + 1), close_mark=Span(end, end + 1))],
                attribution=Attribution(
                    speaker=speaker.id,
                    speaker_mention=Anchor.at(snap, name_start, name_start + len("Olena Kovalenko")),
                    cue=Anchor.at(snap, cue_start, cue_start + 4),
                    chain=(Hop(entity=outlet.id), Hop(entity=home.id)),
                ),
            )
        )
    return Record.create(article, entities=[speaker, outlet, home], quotations=quotations)


def best(fn: Callable[[Any], Any], repeat: int, given: Callable[[], Any] = lambda: None) -> float:
    """Best wall-clock seconds of ``repeat`` runs of ``fn(given())``; ``given`` is not timed."""
    times = []
    for _ in range(repeat):
        argument = given()
        started = time.perf_counter()
        fn(argument)
        times.append(time.perf_counter() - started)
    return min(times)


def fresh(document: str) -> Callable[[], str]:
    """A new copy of ``document`` for every run.

    A parser that reads a str as UTF-8 may leave that encoding cached on the
    string, which would flatter every run after the first; a document read
    from a file or a socket is always a new string.
    """
    return lambda: "".join([document[:1], document[1:]])


def _paused(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` with the cyclic garbage collector paused, as ``serialise.loads`` does."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return fn()
    finally:
        if enabled:
            gc.enable()


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    record = build_record(args.quotations)
    document = serialise.dumps(record)
    data = json.loads(document)
    size_mb = len(document.encode()) / 1e6

    dump_ours = best(lambda _: serialise.dumps(record), args.repeat)
    dump_json = best(lambda _: json.dumps(data, ensure_ascii=False), args.repeat)
    load_ours = best(serialise.loads, args.repeat, fresh(document))
    load_json = best(json.loads, args.repeat, fresh(document))
    load_json_paused = best(lambda d: _paused(lambda: json.loads(d)), args.repeat, fresh(document))
    parse_orjson = best(lambda d: _paused(lambda: orjson.loads(d)), args.repeat, fresh(document))
    encoded = document.encode()
    load_bytes = best(serialise.loads, args.repeat, lambda: encoded)
    assert serialise.loads(document) == record  # the benchmark measures a real round trip

    print(f"record: {args.quotations:,} quotations, document {size_mb:.1f} MB")
    print(f"{'step':<8}{'provenance':>14}{'plain json':>14}{'ratio':>8}{'MB/s':>10}")
    for step, ours, reference in (("dump", dump_ours, dump_json), ("load", load_ours, load_json)):
        print(f"{step:<8}{ours * 1e3:>11.1f} ms{reference * 1e3:>11.1f} ms{ours / reference:>7.2f}x{size_mb / ours:>10.1f}")
    # loads pauses the cyclic garbage collector while it builds; json.loads
    # gains from that too, so show the stricter comparison as well.
    print(
        f"load against json.loads with the collector paused: {load_json_paused * 1e3:.1f} ms, "
        f"ratio {load_ours / load_json_paused:.2f}x"
    )
    print(
        f"load against orjson.loads alone (collector paused): {parse_orjson * 1e3:.1f} ms, "
        f"ratio {load_ours / parse_orjson:.2f}x"
    )
    print(
        f"load from UTF-8 bytes (as serialise.load reads a file): {load_bytes * 1e3:.1f} ms, "
        f"ratio {load_bytes / load_json:.2f}x to json.loads of the str"
    )


if __name__ == "__main__":
    main()
