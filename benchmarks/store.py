"""Benchmark the corpus store: write rates, ingest rates and trace latency as the corpus grows.

Builds synthetic corpora from the fixtures' vocabulary (ten quotations an
article, varied words, a few hundred speakers and outlets), then prints:

* the store's own write rates on ready-made records: ``Store.add_many`` (a
  batch a transaction) and ``Store.add`` (a transaction an article);
* ``provenance ingest`` from JSONL files with ``--jobs 1`` and all cores
  (loading, checking and preparing in workers; writing in one process);
* the time to build the whole corpus (records made and prepared in worker
  processes, written by ``add_many``), so that the largest size fits in
  minutes;
* trace latency over different stored words (as printed, elided, retyped and
  edited), median and worst, before and after ``Store.optimize()``, next to
  the bare full-text look-up of the same words as a reference;
* the extraction-included ingest rate on copies of the seed articles.

Usage: ``python benchmarks/store.py [--sizes 10000 100000] [--traces 16]``.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import contextlib
import datetime
import functools
import io
import itertools
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from provenance import _ingest, serialise
from provenance._cli import main
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
from provenance.store import DEFAULT_BATCH, PreparedRecord, Store
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


@functools.cache
def cast(seed: int) -> tuple[list[str], list[str], list[str]]:
    """The corpus's words, its few hundred speakers and its outlets."""
    rng = random.Random(seed)
    words = vocabulary()
    people = [f"{rng.choice(words).title()} {rng.choice(words).title()}son" for _ in range(400)]
    outlets = [f"The {rng.choice(words).title()} {rng.choice(['Times', 'Post', 'Wire', 'Herald'])}" for _ in range(60)]
    return words, people, outlets


def article(i: int, seed: int = 1) -> Record:
    """Synthetic article number ``i`` (the same in every process: its own random generator)."""
    words, people, outlets = cast(seed)
    return make_record(i, random.Random(seed * 1_000_003 + i), words, people, outlets)


def iter_corpus(n: int, seed: int = 1, start: int = 0) -> Iterator[Record]:
    """Articles ``start`` to ``n``, made one at a time (a large corpus never sits in memory)."""
    for i in range(start, n):
        yield article(i, seed)


def prepared_range(bounds: tuple[int, int, int]) -> list[PreparedRecord]:
    """Articles ``start`` to ``stop`` made and prepared for the store (runs in worker processes)."""
    start, stop, seed = bounds
    return [PreparedRecord.of(article(i, seed)) for i in range(start, stop)]


def iter_prepared(start: int, n: int, workers: int, seed: int = 1, chunk: int = 250) -> Iterator[PreparedRecord]:
    """Articles ``start`` to ``n`` made and prepared in ``workers`` processes, in order.

    Only a few chunks are in flight, so a slow writer never has the whole
    corpus waiting in memory.
    """
    bounds = [(lo, min(lo + chunk, n), seed) for lo in range(start, n, chunk)]
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=_ingest._context()) as pool:
        flight: collections.deque[concurrent.futures.Future[list[PreparedRecord]]] = collections.deque()
        for bound in bounds:
            flight.append(pool.submit(prepared_range, bound))
            if len(flight) > 2 * workers:
                yield from flight.popleft().result()
        while flight:
            yield from flight.popleft().result()


def corpus(n: int, seed: int = 1) -> list[Record]:
    """``n`` synthetic records."""
    return list(iter_corpus(n, seed))


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def store_rate(records: list[Record], db: Path) -> float:
    """Articles per second written by ``Store.add`` (one transaction each)."""
    with Store.open(db) as store:
        seconds = timed(lambda: [store.add(r) for r in records])
    return len(records) / seconds


def add_many_rate(records: Iterable[Record | PreparedRecord], db: Path, batch: int) -> tuple[int, float]:
    """How many articles ``Store.add_many`` wrote, and how many a second."""
    with Store.open(db) as store:
        start = time.perf_counter()
        count = len(store.add_many(records, batch=batch))
        seconds = time.perf_counter() - start
    return count, count / seconds


def pipeline_rate(files: list[str], db: Path, jobs: int) -> float:
    """Articles per second through ``provenance ingest`` (load, check, prepare, store in batches)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        seconds = timed(lambda: main(["ingest", *files, "--db", str(db), "--jobs", str(jobs)]))
    with Store.open(db) as store:
        return len(store) / seconds


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


def trace_queries(quotations: list[Quotation]) -> list[str]:
    """Stored words as a reader would look for them: as printed, elided, retyped, or edited."""
    queries = []
    for i, quotation in enumerate(quotations):
        words = quotation.text.rstrip(",").split()
        if i % 4 == 1:  # an ellipsis in the middle
            words = [*words[:3], "…", *words[5:]]
        elif i % 4 == 2:  # typographic and case changes
            words = [w.upper() if j == 0 else w for j, w in enumerate(words)]
        elif i % 4 == 3:  # one word edited: only the rare-word look-up finds it
            words = [*words[:2], "reportedly", *words[3:]]
        queries.append(" ".join(words))
    return queries


def trace_latency(db: Path, queries: list[str]) -> tuple[float, float, float, float]:
    """Median and worst milliseconds of a trace; median of the bare full-text look-up; mean hits."""
    full, bare, hits = [], [], []
    with Store.open(db) as store:
        store.trace("warm up the page cache")
        for query in queries:
            start = time.perf_counter()
            trace = store.trace(query)
            full.append(time.perf_counter() - start)
            hits.append(len(trace))
            start = time.perf_counter()
            store.search(query, limit=50)
            bare.append(time.perf_counter() - start)
    return statistics.median(full) * 1000, max(full) * 1000, statistics.median(bare) * 1000, statistics.mean(hits)


def main_benchmark(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--traces", type=int, default=16, help="traces per size (different words each)")
    parser.add_argument("--single", type=int, default=2_000, help="articles for the one-by-one Store.add rate")
    parser.add_argument("--pipeline", type=int, default=5_000, help="articles for the ingest-from-JSONL rates")
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="articles a transaction in add_many")
    parser.add_argument("--extraction", type=int, default=200, help="articles for the extraction-included rate")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {cores} cores, "
          f"{QUOTES_PER_ARTICLE} quotations an article")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            print(f"\n{size} articles, {size * QUOTES_PER_ARTICLE} quotations")
            sys.stdout.flush()
            head = corpus(min(size, max(args.single, args.pipeline)))
            count, rate = add_many_rate(head, folder / f"ready-{size}.db", args.batch)
            print(f"  Store.add_many, ready-made records ({count}), batch {args.batch}: {rate:6.0f} articles/s")
            rate = store_rate(head[: args.single], folder / f"single-{size}.db")
            print(f"  Store.add, one by one ({min(size, args.single)}):{'':19}{rate:6.0f} articles/s")
            # Many middling files, as a crawl delivers them: workers hand each back as it is done.
            files = []
            chunk = 100
            for i in range(0, min(size, args.pipeline), chunk):
                path = folder / f"records-{size}-{i}.jsonl"
                serialise.write_jsonl(head[i : i + chunk], path)
                files.append(str(path))
            for jobs in sorted({1, cores}):
                rate = pipeline_rate(files, folder / f"pipeline-{size}-{jobs}.db", jobs)
                print(f"  ingest from JSONL ({min(size, args.pipeline)}), jobs {jobs}:{'':17}{rate:6.0f} articles/s "
                      f"({rate / jobs:.0f} per core)")
            db = folder / f"store-{size}.db"
            start = time.perf_counter()
            prepared = iter_prepared(len(head), size, cores)
            count, rate = add_many_rate(itertools.chain(head, prepared), db, args.batch)
            print(f"  the whole corpus (made and prepared in {cores} processes, written by add_many): "
                  f"{count} articles in {time.perf_counter() - start:.0f} s, {rate:.0f} articles/s")
            del head
            rng = random.Random(size)
            sampled = [article(i) for i in rng.sample(range(size), min(size, args.traces))]
            rng.shuffle(sampled)
            quotations = [r.quotations[rng.randrange(QUOTES_PER_ARTICLE)] for r in sampled]
            queries = trace_queries(quotations)
            median, worst, bare, hits = trace_latency(db, queries)
            print(f"  trace, {len(queries)} different words:{'':15}median {median:6.1f} ms, worst {worst:6.1f} ms "
                  f"(full-text look-up alone: median {bare:.1f} ms; {hits:.1f} appearances a trace)")
            with Store.open(db) as store:
                seconds = timed(store.optimize)
            median, worst, bare, hits = trace_latency(db, queries)
            print(f"  after optimize() ({seconds:.0f} s):{'':17}median {median:6.1f} ms, worst {worst:6.1f} ms "
                  f"(full-text look-up alone: median {bare:.1f} ms)")
            sys.stdout.flush()
        extraction = folder / "extraction"
        extraction.mkdir()
        for jobs in sorted({1, cores}):
            rate = extraction_rate(extraction, args.extraction, jobs)
            print(f"\nextraction included ({args.extraction} seed copies), jobs {jobs}: {rate:.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main_benchmark())
