"""Re-anchoring benchmark: correctness under edits, and speed in a 1 MB text.

Run ``python benchmarks/reanchor.py`` from the repository root.  Anchors come
from the gold records (``fixtures/gold/*.record.json``: every quotation
segment and claim) or, when those are missing, from the quoted passages of
the seed texts.  Each trial applies one kind of edit to a seed text and knows
where every anchor must end up (its new span) or that it must be orphaned
(its words were deleted):

* typo fixes (a character inserted, deleted or replaced, inside or outside anchors),
* inserted and deleted sentences (outside anchors),
* moved paragraphs,
* whitespace and typography changes (doubled spaces, straightened marks),
* deleted quotes (the anchor's words removed: expected orphan).

Two resolvers run side by side on the same trials:

* ``provenance``: :func:`provenance.reanchor.resolve` (threshold and margin);
* ``hypothesis-style``: exact ``indexOf`` first, else only the minimum-error
  approximate matches (budget ``min(256, len/2)``), scored
  ``(50·quote + 20·prefix + 20·suffix + 2·position)/92``, always returning its
  best guess.

Printed per resolver: correct relocations, false anchors (an anchor placed
anywhere but the expected span, or placed when an orphan was expected; target
0), missed (no anchor where one was expected), orphaned as expected, and the
median and 90th-percentile milliseconds per anchor for 200-character quotes
in a 1 MB text (target ≤ 10 ms median), for an exact and a fuzzy case.
"""

from __future__ import annotations

import functools
import itertools
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from provenance import _fuzzy, serialise
from provenance._normalise import Level, normalise
from provenance.anchors import Anchor, Span
from provenance.reanchor import PreparedText, resolve
from provenance.text import TextSnapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TRIALS_PER_KIND = 12
# An edit: replace old[start:end] with text.
Edit = tuple[int, int, str]
Expected = Span | None  # the new span, or None for "must be orphaned"
Resolver = Callable[[Anchor, str, str], Span | None]  # anchor, new text, old text


# -- anchors -------------------------------------------------------------------


def load_anchors() -> dict[str, list[Anchor]]:
    """Anchors per seed text: gold quotation segments and claims, else quoted passages."""
    out: dict[str, list[Anchor]] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        gold = FIXTURES / "gold" / f"{path.stem}.record.json"
        text = path.read_text(encoding="utf-8")
        if gold.exists():
            record = serialise.load(gold)
            found = [s.content for q in record.quotations for s in q.segments]
            found += [c.content for c in record.claims]
        else:
            found = _quoted_passages(text)
        unique = sorted({a for a in found if len(a.exact) >= 3}, key=lambda a: (a.start, a.end))
        out[text] = unique
    return out


def _quoted_passages(text: str) -> list[Anchor]:
    snapshot = TextSnapshot.of(text)
    anchors = []
    start = text.find("“")
    while start != -1:
        end = text.find("”", start + 1)
        if end == -1:
            break
        if end - start > 4:
            anchors.append(Anchor.at(snapshot, start + 1, end, allow_split=True))
        start = text.find("“", end + 1)
    return anchors


# -- edits and expectations --------------------------------------------------


def apply(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits given in old-text offsets."""
    parts, position = [], 0
    for start, end, insert in sorted(edits):
        parts.append(text[position:start])
        parts.append(insert)
        position = end
    parts.append(text[position:])
    return "".join(parts)


def expect(anchor: Anchor, edits: list[Edit]) -> Expected | str:
    """Where ``anchor`` must be after ``edits``; "skip" when an edit straddles a boundary."""
    start, end = anchor.start, anchor.end
    new_start, new_end = start, end
    for a, b, insert in edits:
        delta = len(insert) - (b - a)
        if a == b:  # a pure insertion: before, inside or after the words
            if a <= start:
                new_start, new_end = new_start + delta, new_end + delta
            elif a < end:
                new_end += delta
        elif b <= start:
            new_start, new_end = new_start + delta, new_end + delta
        elif a >= end:
            continue
        elif a <= start and end <= b:
            return None  # the anchor's words are deleted
        elif start <= a and b <= end:
            new_end += delta
        else:
            return "skip"
    return Span(new_start, new_end)


def _outside(anchors: list[Anchor], start: int, end: int) -> bool:
    return all(end <= a.start or start >= a.end for a in anchors)


def _sentence_bounds(text: str) -> list[int]:
    bounds = [0]
    for i in range(len(text) - 2):
        if text[i] in ".!?\n" and text[i + 1] in " \n":
            bounds.append(i + 2 if text[i + 1] == " " else i + 1)
    return bounds


def trials(text: str, anchors: list[Anchor], rng: random.Random) -> list[tuple[str, list[Edit]]]:
    """Edited versions of ``text`` (kind, edits); moved paragraphs are handled apart."""
    made: list[tuple[str, list[Edit]]] = []
    bounds = _sentence_bounds(text)
    for _ in range(TRIALS_PER_KIND):
        # typo fix anywhere (inside anchors too)
        i = rng.randrange(1, len(text) - 1)
        while not text[i].isalpha():
            i = rng.randrange(1, len(text) - 1)
        choice = rng.choice(["insert", "delete", "replace"])
        edit = {"insert": (i, i, "e"), "delete": (i, i + 1, ""), "replace": (i, i + 1, "x")}[choice]
        made.append(("typo fix", [edit]))
        # inserted sentence at a sentence boundary outside anchors
        at = rng.choice([b for b in bounds if _outside(anchors, b, b)] or [0])
        made.append(("inserted sentence", [(at, at, "This sentence was added in an update. ")]))
        # deleted sentence outside anchors
        pairs = [(a, b) for a, b in itertools.pairwise(bounds) if _outside(anchors, a, b)]
        if pairs:
            a, b = rng.choice(pairs)
            made.append(("deleted sentence", [(a, b, "")]))
        # whitespace and typography
        edits: list[Edit] = []
        for j, ch in enumerate(text):
            if ch in "‘’" and rng.random() < 0.5:
                edits.append((j, j + 1, "'"))
            elif ch in "“”" and rng.random() < 0.5:
                edits.append((j, j + 1, '"'))
            elif ch == " " and rng.random() < 0.02:
                edits.append((j, j + 1, "  "))
        made.append(("whitespace/typography", edits))
        # deleted quote: the anchor's words go
        victim = rng.choice(anchors)
        made.append(("deleted quote", [(victim.start, victim.end, "")]))
    return made


def moved_paragraphs(text: str, rng: random.Random) -> tuple[str, Callable[[Anchor], Expected | str]]:
    """Swap two paragraphs; return the new text and the expectation function."""
    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    candidates = [i for i, line in enumerate(lines) if len(line) > 80]
    i, j = sorted(rng.sample(candidates, 2))
    order = list(range(len(lines)))
    order[i], order[j] = order[j], order[i]
    new_lines = [lines[k] for k in order]
    new_starts, position = {}, 0
    for k, line in zip(order, new_lines, strict=True):
        new_starts[k] = position
        position += len(line) + 1

    def where(anchor: Anchor) -> Expected | str:
        for k, start in enumerate(starts):
            end = start + len(lines[k])
            if start <= anchor.start and anchor.end <= end:
                return anchor.span.shifted(new_starts[k] - start)
        return "skip"

    return "\n".join(new_lines), where


# -- resolvers -----------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _snapshot(text: str) -> TextSnapshot:
    # Built once per text, as reanchor() does for all the anchors of a record.
    return TextSnapshot.of(text)


@functools.lru_cache(maxsize=4)
def _prepared(text: str) -> PreparedText:
    # Prepared once per text (folded copy, seed index on first fuzzy search), as reanchor() does.
    return PreparedText.of(_snapshot(text))


def ours(anchor: Anchor, text: str, old: str) -> Span | None:
    result = resolve(anchor, _prepared(text), old_text=_prepared(old))
    return None if result.anchor is None else result.anchor.span


def hypothesis_style(anchor: Anchor, text: str, old: str) -> Span | None:
    """Exact indexOf, else minimum-error approximate matches; best guess, no threshold."""
    quote = anchor.exact
    hint = anchor.start * len(text) / max(1, len(old))
    spans = []
    i = text.find(quote)
    while i != -1:
        spans.append((i, i + len(quote), 0))
        i = text.find(quote, i + 1)
    if not spans:
        budget = min(256, len(quote) // 2)
        matches = _fuzzy.search(quote, text, budget)
        if matches:
            least = min(m.distance for m in matches)
            spans = [(m.start, m.end, m.distance) for m in matches if m.distance == least]
    if not spans:
        return None

    def score(span: tuple[int, int, int]) -> float:
        start, end, errors = span
        q = 1 - errors / max(1, len(quote))
        p = _fuzzy.similarity(anchor.prefix, text[max(0, start - len(anchor.prefix)) : start])
        s = _fuzzy.similarity(anchor.suffix, text[end : end + len(anchor.suffix)])
        pos = 1 - abs(start - hint) / max(1, len(text))
        return (50 * q + 20 * p + 20 * s + 2 * pos) / 92

    best = max(spans, key=score)
    return Span(best[0], best[1])


RESOLVERS: dict[str, Resolver] = {"provenance": ours, "hypothesis-style": hypothesis_style}


# -- correctness -----------------------------------------------------------------


def correctness() -> dict[str, dict[str, int]]:
    rng = random.Random(20221024)
    tallies = {name: dict.fromkeys(("correct", "false", "missed", "orphaned", "trials"), 0) for name in RESOLVERS}
    for text, anchors in load_anchors().items():
        if not anchors:
            continue
        cases: list[tuple[str, Callable[[Anchor], Expected | str]]] = []
        for _kind, edits in trials(text, anchors, rng):
            cases.append((apply(text, edits), lambda a, e=edits: expect(a, e)))  # type: ignore[misc]
        for _ in range(TRIALS_PER_KIND):
            cases.append(moved_paragraphs(text, rng))
        for new_text, where in cases:
            for anchor in anchors:
                expected = where(anchor)
                if expected == "skip":
                    continue
                for name, resolver in RESOLVERS.items():
                    got = resolver(anchor, new_text, text)
                    tally = tallies[name]
                    tally["trials"] += 1
                    if expected is None:
                        tally["orphaned" if got is None else "false"] += 1
                    elif got is None:
                        tally["missed"] += 1
                    elif got == expected:
                        tally["correct"] += 1
                    else:
                        tally["false"] += 1
    return tallies


# -- speed -------------------------------------------------------------------------


def speed() -> dict[str, dict[str, list[float]]]:
    rng = random.Random(7)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    vocabulary = " ".join(seeds).split()
    filler = " ".join(rng.choice(vocabulary) for _ in range(170_000))[:1_000_000]
    body = seeds[2]  # seed 002, the longest
    at = filler.index(" ", 500_000)
    old = filler[:at] + "\n" + body + "\n" + filler[at:]
    snapshot = TextSnapshot.of(old)
    quotes = []
    for _ in range(40):
        start = len(filler[:at]) + 1 + rng.randrange(0, len(body) - 220)
        quotes.append(Anchor.at(snapshot, start, start + 200, allow_split=True))
    inserted = "A paragraph added at the top of the text by a later edit.\n"
    exact_text = inserted + old
    _snapshot(exact_text)
    _snapshot(old)
    times: dict[str, dict[str, list[float]]] = {name: {"exact": [], "fuzzy": []} for name in RESOLVERS}
    build = time.perf_counter()
    normalise(exact_text, Level.CASE)
    normalisation = (time.perf_counter() - build) * 1000
    indexing: list[float] = []
    for anchor in quotes:
        middle = anchor.start + 100
        typo_text = exact_text[: middle + len(inserted)] + "q" + exact_text[middle + len(inserted) + 1 :]
        normalise(typo_text, Level.CASE)  # built once per text, as reanchor() does
        began = time.perf_counter()
        _prepared(typo_text).seeds  # noqa: B018 -- the index, built once per text
        indexing.append((time.perf_counter() - began) * 1000)
        for name, resolver in RESOLVERS.items():
            for case, text in (("exact", exact_text), ("fuzzy", typo_text)):
                began = time.perf_counter()
                resolver(anchor, text, old)
                times[name][case].append((time.perf_counter() - began) * 1000)
    times["_normalisation"] = {"once": [normalisation]}
    times["_indexing"] = {"once": indexing}
    return times


def main() -> int:
    tallies = correctness()
    print("re-anchoring correctness (anchors × edited versions of the seed texts)")
    print(f"{'resolver':18} {'trials':>7} {'correct':>8} {'false':>6} {'missed':>7} {'orphaned ok':>12}")
    for name, t in tallies.items():
        print(f"{name:18} {t['trials']:7} {t['correct']:8} {t['false']:6} {t['missed']:7} {t['orphaned']:12}")
    times = speed()
    once = times.pop("_normalisation")["once"][0]
    indexing = statistics.median(times.pop("_indexing")["once"])
    print()
    print("milliseconds per 200-character anchor in a 1 MB text (median / p90)")
    for name, cases in times.items():
        cells = []
        for case, values in cases.items():
            values = sorted(values)
            p90 = values[int(0.9 * (len(values) - 1))]
            cells.append(f"{case}: {statistics.median(values):7.2f} / {p90:7.2f}")
        print(f"{name:18} " + "   ".join(cells))
    print(f"(normalising the 1 MB text once, shared by every anchor: {once:.0f} ms;")
    print(f" indexing it for fuzzy search once, likewise shared: {indexing:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
