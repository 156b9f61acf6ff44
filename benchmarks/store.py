"""Benchmark the corpus store: ingest rate and trace latency as the corpus grows.

Builds synthetic corpora from the fixtures' vocabulary (ten quotations an
article, varied words, a few hundred speakers and outlets), then prints:

* the store's own write rate (ready-made records, ``Store.add``);
* the ingest pipeline's rate from JSONL files with ``--jobs 1`` and all cores
  (loading, checking and storing; writing stays in one process);
* the extraction-included rate on copies of the seed articles;
* trace latency (median of several traces of stored words with typographic
  changes and ellipses), next to the bare full-text look-up as a reference.

Usage: ``python benchmarks/store.py [--sizes 10000 100000] [--traces 9]``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from provenance import _ingest, serialise
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
from provenance.store import Store
from provenance.text import TextSnapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
QUOTES_PER_ARTICLE = 10


def vocabulary() -> list[str]:
    """Distinct plain words of the seed articles."""
    words: set[str] = set()
    for path in FIXTURES.glob("*.txt"):
        for word in path.read_text(encoding="utf-8").split():
            word = word.strip(".,;:!?()[]“”‘’\"'—–-")
            if word.isalpha():
                words.add(word)
    return sorted(words)


def _anchor(snap: TextSnapshot, start: int, end: int) -> Anchor:
    text = snap.text
    return Anchor(
        span=Span(start, end),
        exact=text[start:end],
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        sha256=snap.sha256,
    )


def make_record(i: int, rng: random.Random, words: list[str], people: list[str], outlets: list[str]) -> Record:
    """One synthetic article with its quotations, speakers and relay hops, all anchored."""
    parts: list[str] = [f"Dispatch {i}.\n\n"]
    pending: list[tuple[int, int, str, int, str, int]] = []
    at = len(parts[0])
    for k in range(QUOTES_PER_ARTICLE):
        quote = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))) + f" {i}-{k}"
        speaker, outlet = rng.choice(people), rng.choice(outlets)
        sentence = f"“{quote},” {speaker} told {outlet}.\n\n"
        start = at + 1
        end = start + len(quote) + 1
        speaker_at = end + 2
        outlet_at = speaker_at + len(speaker) + 6
        pending.append((start, end, speaker, speaker_at, outlet, outlet_at))
        parts.append(sentence)
        at += len(sentence)
    snap = TextSnapshot.of("".join(parts))
    entities: dict[str, tuple[EntityKind, list[Anchor]]] = {}
    quotations = []
    for start, end, speaker, speaker_at, outlet, outlet_at in pending:
        speaker_anchor = _anchor(snap, speaker_at, speaker_at + len(speaker))
        outlet_anchor = _anchor(snap, outlet_at, outlet_at + len(outlet))
        entities.setdefault(speaker, (EntityKind.PERSON, []))[1].append(speaker_anchor)
        entities.setdefault(outlet, (EntityKind.OUTLET, []))[1].append(outlet_anchor)
        speaker_id = Entity.create(speaker, EntityKind.PERSON).id
        outlet_id = Entity.create(outlet, EntityKind.OUTLET).id
        attribution = Attribution(
            speaker=speaker_id,
            speaker_mention=speaker_anchor,
            chain=(Hop(entity=outlet_id, mention=outlet_anchor),),
        )
        segment = Segment(content=_anchor(snap, start, end), open_mark=Span(start - 1, start), close_mark=Span(end, end + 1))
        quotations.append(Quotation.create([segment], attribution=attribution))
    built = [Entity.create(name, kind, mentions=tuple(mentions)) for name, (kind, mentions) in entities.items()]
    published = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800))
    article = Article.create(snap, outlet=rng.choice(outlets), published=published)
    return Record.create(article, entities=built, quotations=quotations)


def corpus(n: int, seed: int = 1) -> list[Record]:
    """``n`` synthetic records."""
    rng = random.Random(seed)
    words = vocabulary()
    people = [f"{rng.choice(words).title()} {rng.choice(words).title()}son" for _ in range(400)]
    outlets = [f"The {rng.choice(words).title()} {rng.choice(['Times', 'Post', 'Wire', 'Herald'])}" for _ in range(60)]
    return [make_record(i, rng, words, people, outlets) for i in range(n)]


def timed(action: object) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def store_rate(records: list[Record], db: Path) -> float:
    """Articles per second written by ``Store.add`` (one transaction each)."""
    with Store.open(db) as store:
        seconds = timed(lambda: [store.add(r) for r in records])
    return len(records) / seconds


def pipeline_rate(files: list[str], db: Path, jobs: int) -> float:
    """Articles per second through the ingest pipeline (load, check, store)."""
    count = 0

    def run() -> None:
        nonlocal count
        with Store.open(db) as store:
            for processed in _ingest.process_all(files, jobs=jobs):
                for record, found in zip(processed.records, processed.findings, strict=True):
                    store.add(record, findings=found)
                    count += 1

    seconds = timed(run)
    return count / seconds


def extraction_rate(folder: Path, n: int, jobs: int) -> float:
    """Articles per second extracted, checked and stored from article files."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    files = []
    for i in range(n):
        path = folder / f"article-{i:04d}.txt"
        # A distinct first line makes each copy its own article.
        path.write_text(f"Copy {i}\n\n" + texts[i % len(texts)], encoding="utf-8")
        files.append(str(path))
    return pipeline_rate(files, folder / f"extract-{jobs}.db", jobs)


def trace_latency(db: Path, records: list[Record], traces: int, seed: int = 2) -> tuple[float, float]:
    """Median milliseconds of a trace, and of the bare full-text look-up of the same words."""
    rng = random.Random(seed)
    samples = [rng.choice(records).quotations[rng.randrange(QUOTES_PER_ARTICLE)] for _ in range(traces)]
    full, bare = [], []
    with Store.open(db) as store:
        for i, quotation in enumerate(samples):
            words = quotation.text.rstrip(",").split()
            if i % 3 == 1:  # an ellipsis in the middle
                words = [*words[:3], "…", *words[5:]]
            elif i % 3 == 2:  # typographic and case changes
                words = [w.upper() if j == 0 else w for j, w in enumerate(words)]
            query = " ".join(words)
            full.append(timed(lambda q=query: store.trace(q)))
            bare.append(timed(lambda q=query: store.search(q, limit=50)))
    return statistics.median(full) * 1000, statistics.median(bare) * 1000


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--traces", type=int, default=9)
    parser.add_argument("--extraction", type=int, default=200, help="articles for the extraction-included rate")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    print(f"python {sys.version.split()[0]}, {cores} cores, {QUOTES_PER_ARTICLE} quotations an article")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            built = timed(lambda n=size: corpus(n))
            records = corpus(size)
            print(f"\n{size} articles, {size * QUOTES_PER_ARTICLE} quotations (built in {built:.1f} s)")
            db = folder / f"store-{size}.db"
            print(f"  Store.add, ready-made records:   {store_rate(records, db):8.0f} articles/s")
            chunk = 500
            files = []
            for i in range(0, size, chunk):
                path = folder / f"records-{size}-{i}.jsonl"
                serialise.write_jsonl(records[i : i + chunk], path)
                files.append(str(path))
            for jobs in sorted({1, cores}):
                rate = pipeline_rate(files, folder / f"pipeline-{size}-{jobs}.db", jobs)
                print(f"  ingest from JSONL, jobs {jobs}:       {rate:8.0f} articles/s ({rate / jobs:.0f} per core)")
            trace, bare = trace_latency(db, records, args.traces)
            print(f"  trace, median of {args.traces}:            {trace:8.1f} ms (full-text look-up alone: {bare:.1f} ms)")
        extraction = folder / "extraction"
        extraction.mkdir()
        for jobs in sorted({1, cores}):
            rate = extraction_rate(extraction, args.extraction, jobs)
            print(f"\nextraction included ({args.extraction} seed copies), jobs {jobs}: {rate:.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
