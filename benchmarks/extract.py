"""Throughput and memory of ``provenance.extract``, beside a one-pass regex in the same run.

Builds a corpus of at least 5 MB by repeating and shuffling the seed articles'
paragraphs (deterministically), then prints characters per second for
:func:`provenance.extract.extract` and for a regex that only pairs double
quotation marks, their ratio, timings on adversarial texts, and peak memory
(tracemalloc) as a multiple of the text size.  Prints figures; asserts nothing
about time.

Run: ``python benchmarks/extract.py [--megabytes 5] [--adversarial-megabytes 10]``.
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from provenance.extract import extract, scan_quotations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The reference: one pass that pairs double marks and nothing else.
REFERENCE = re.compile(r'“[^”]*”|"[^"]*"')
ARTICLE_SIZE = 8_000  # characters per synthetic article (extract runs per article)


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Articles of about ARTICLE_SIZE characters made of shuffled seed paragraphs."""
    paragraphs = [
        p
        for path in sorted(FIXTURES.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    target = int(megabytes * 1_000_000)
    while total < target:
        chosen: list[str] = []
        size = 0
        while size < ARTICLE_SIZE:
            p = rng.choice(paragraphs)
            chosen.append(p)
            size += len(p) + 1
        article = "\n".join(chosen)
        articles.append(article)
        total += len(article)
    return articles


def timed(function: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def throughput(articles: list[str]) -> None:
    """Characters per second for extract and the reference regex, and their ratio."""
    chars = sum(map(len, articles))
    reference = timed(lambda: [sum(1 for _ in REFERENCE.finditer(a)) for a in articles])
    scanner = timed(lambda: [scan_quotations(a) for a in articles])
    full = timed(lambda: [extract(a) for a in articles])
    print(f"corpus: {len(articles)} articles, {chars / 1e6:.1f} M characters")
    print(f"reference regex (double marks only): {chars / reference:>14,.0f} chars/s")
    print(f"scan_quotations (marks only):        {chars / scanner:>14,.0f} chars/s")
    print(f"extract (everything):                {chars / full:>14,.0f} chars/s")
    print(f"extract / reference speed ratio:     {reference / full:>14.4f} (target >= 0.2)")
    print(f"scan_quotations / reference ratio:   {reference / scanner:>14.4f}")


def memory(articles: list[str]) -> None:
    """Peak traced memory of extract on one large article, as a multiple of its size."""
    text = "\n".join(articles[:60])
    tracemalloc.start()
    extract(text)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(text.encode("utf-8"))
    print(f"peak memory, one {len(text) / 1e6:.2f} M-character article: {peak / 1e6:.1f} MB = {peak / size:.1f}x its UTF-8 size")


def adversarial(megabytes: float) -> None:
    """Degenerate inputs: time grows with length, not faster."""
    n = int(megabytes * 1_000_000)
    cases = {
        "all “": "“" * n,
        "alternating “’": "“’" * (n // 2),
        "apostrophes s’ ": "s’ " * (n // 3),
        "one line, words and quotes": ("He said “yes” and ‘no’ then " * (n // 28 + 1))[:n],
        "straight quotes": '"' * n,
        "no marks at all": ("word " * (n // 5 + 1))[:n],
        # One surname thousands of times, with namesakes: every mention is resolved.
        "repeated names": ("“Yes,” Mr. Obama said. Barack Obama and Michelle Obama spoke. " * (n // 62 + 1))[:n],
        "repeated roles": ("“Yes,” the president said. " * (n // 27 + 1))[:n],
    }
    for name, text in cases.items():
        half = text[: len(text) // 2]
        t_half = timed(lambda half=half: extract(half))  # type: ignore[misc]
        t_full = timed(lambda text=text: extract(text))  # type: ignore[misc]
        print(
            f"adversarial {name:<28} {len(text) / 1e6:5.1f} M chars: {t_full:7.2f} s "
            f"({len(text) / t_full:>12,.0f} chars/s; full/half time {t_full / max(t_half, 1e-9):.2f})"
        )


def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--adversarial-megabytes", type=float, default=10.0)
    args = parser.parse_args()
    articles = corpus(args.megabytes)
    throughput(articles)
    memory(articles)
    adversarial(args.adversarial_megabytes)


if __name__ == "__main__":
    main()
