"""Bounded approximate string search: seeds, then bit-parallel verification.

Finding a quotation with a few errors in a text of megabytes must not cost
time proportional to ``len(quote) * len(text)``.  :func:`search` therefore

1. cuts the pattern into pieces and finds each piece exactly (``str.find``
   runs in C).  A match with ``e`` errors leaves at least ``pieces - e``
   pieces intact near their expected place (the pigeonhole principle), so
   every occurrence votes for a *window* of the text where a match could be;
   Long seeds are tried first; short ones only when the long ones find
   nothing;
2. verifies the best-voted windows with Myers' bit-parallel algorithm
   (Myers 1999, in Hyyrö's formulation), whose cost per text character is a
   handful of operations on a ``len(pattern)``-bit integer;
3. recovers each match's start by running the same algorithm backwards from
   the match's end.

Every separate place within the error budget is returned, not only the ones
with the fewest errors, so that a caller can weigh context against errors.
Pieces that occur too often (``" the "``) are uninformative and skipped; a
short text is simply scanned whole.

Finding the pieces is the costly part in a long text (each ``str.find`` reads
the whole text).  When many patterns are sought in one text, a
:class:`SeedIndex` built once over the text (where each word starts, keyed by
its first :data:`KEY` characters) finds them by look-up instead: every
occurrence of a piece that holds a word start ``" x"`` at offset ``j`` has a
word start at ``i + j`` with the same key, so the key's positions, checked
with ``startswith``, are exactly the piece's occurrences.  Pieces without a
word start fall back to ``str.find``; results are identical either way.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["Match", "SeedIndex", "distance", "search", "similarity"]

#: Shortest piece used as a seed; shorter ones occur everywhere.
MIN_PIECE: Final = 4
#: Seed length of the first, cheap pass.
LONG_SEED: Final = 12
#: A piece occurring more often than this is ignored as a seed.
MAX_HITS: Final = 2000
#: Texts up to this length are scanned whole instead of seeded.
FULL_SCAN: Final = 4096
#: Characters of a word start a SeedIndex keys it by.
KEY: Final = 6


@attrs.frozen(eq=False)
class SeedIndex:
    """Every word start of ``text`` (a non-space after a space), by its next KEY characters.

    >>> index = SeedIndex.of("the cat sat on the mat")
    >>> index.find_all("n the m", limit=10)
    [13]
    """

    text: str
    starts: dict[str, list[int]] = attrs.field(repr=False)

    @classmethod
    def of(cls, text: str) -> SeedIndex:
        """Index ``text`` (linear time; about a tenth of a second per megabyte)."""
        starts: dict[str, list[int]] = {}
        position = 0
        for word in text.split(" "):
            # ``word`` begins at ``position``; it is a word start when a space precedes it.
            if word and position:
                key = text[position : position + KEY]
                found = starts.get(key)
                if found is None:
                    starts[key] = [position]
                else:
                    found.append(position)
            position += len(word) + 1
        return cls(text, starts)

    def find_all(self, piece: str, limit: int) -> list[int]:
        """Every start of ``piece`` in the text, ascending, stopping after ``limit + 1``.

        The same list as repeated ``str.find``, found through the rarest word
        start inside the piece.
        """
        best: list[int] | None = None
        shift = 0
        for j in _word_starts(piece):
            found = self.starts.get(piece[j : j + KEY], [])
            if best is None or len(found) < len(best):
                best, shift = found, j
        if best is None:
            return _find_all(self.text, piece, limit)
        text = self.text
        hits: list[int] = []
        for position in best:
            start = position - shift
            if start >= 0 and text.startswith(piece, start):
                hits.append(start)
                if len(hits) > limit:
                    break
        return hits


def _word_starts(piece: str) -> list[int]:
    """Offsets ``j`` where ``piece`` holds a word start with KEY characters after it."""
    return [j for j in range(1, len(piece) - KEY + 1) if piece[j - 1] == " " and piece[j] != " "]


def _find_all(text: str, piece: str, limit: int) -> list[int]:
    """Every start of ``piece`` in ``text``, ascending, stopping after ``limit + 1``."""
    hits: list[int] = []
    i = text.find(piece)
    while i != -1 and len(hits) <= limit:
        hits.append(i)
        i = text.find(piece, i + 1)
    return hits


@attrs.frozen
class Match:
    """``text[start:end]`` is within ``distance`` edits of the pattern."""

    start: int
    end: int
    distance: int


def _peq(pattern: str) -> dict[str, int]:
    """For each character, the bit mask of its positions in ``pattern``."""
    masks: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b`` (bit-parallel, global).

    >>> distance("kitten", "sitting")
    3
    """
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq = _peq(b)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        # The top row of a global alignment grows by one per column: carry in 1.
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def similarity(a: str, b: str) -> float:
    """``1 - distance / longer length``, in ``[0, 1]``; two empty strings are identical.

    >>> similarity("abcd", "abed")
    0.75
    """
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - distance(a, b) / longest


def _scan(pattern: str, text: str, start: int, end: int, max_errors: int) -> list[tuple[int, int]]:
    """``(end, errors)`` for every end in ``text[start:end]`` where the pattern
    matches a suffix of the text so far with at most ``max_errors`` errors."""
    m = len(pattern)
    peq = _peq(pattern)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    found: list[tuple[int, int]] = []
    for j in range(start, end):
        eq = peq.get(text[j], 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        # A search may start anywhere: the top row stays 0, so no carry in.
        ph = (ph << 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        if score <= max_errors:
            found.append((j + 1, score))
    return found


def _start_of(pattern: str, text: str, end: int, floor: int, errors: int) -> int:
    """The start of the best alignment of ``pattern`` ending at ``end``.

    Scans backwards (reversed pattern over the reversed text) and, among the
    starts reaching ``errors``, prefers one at a word boundary, then one on
    the pattern's first letter, then the one giving a length closest to the
    pattern's: ``Mllions`` aligns with
    ``Millions``, not with ``illions``.
    """
    m = len(pattern)
    reverse = pattern[::-1]
    peq = _peq(reverse)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    best: tuple[bool, bool, int, int] | None = None  # (inside a word, other first letter, |length - m|, start)
    for j in range(end - 1, floor - 1, -1):
        eq = peq.get(text[j], 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        # The alignment is anchored at ``end``: the top row grows, carry in 1.
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        if score <= errors:
            key = (not _boundary(text, j), text[j] != pattern[0], abs(end - j - m), j)
            if best is None or key < best:
                best = key
    return end - m if best is None else best[3]


def _boundary(text: str, offset: int) -> bool:
    """True when ``offset`` does not fall between two word characters."""
    if offset <= 0 or offset >= len(text):
        return True
    return not (text[offset - 1].isalnum() and text[offset].isalnum())


def _pieces(pattern: str, max_errors: int, length: int) -> list[tuple[int, str]]:
    """Cut ``pattern`` into seed pieces of about ``length`` (at least MIN_PIECE) code points.

    Never more than ``max_errors + 1`` pieces are needed: with that many, one
    survives any ``max_errors`` edits.  Any cut does for that, so each inner
    cut moves (by at most ``_NUDGE``) to just before a space: a piece that
    begins " word" can then be looked up in a :class:`SeedIndex` by its
    first word.
    """
    m = len(pattern)
    count = max(1, min(max_errors + 1, m // max(MIN_PIECE, length)))
    size = m / count
    cuts = [round(i * size) for i in range(count + 1)]
    for i in range(1, count):
        cut = cuts[i]
        for shift in _SHIFTS:
            at = cut + shift
            if cuts[i - 1] < at < cuts[i + 1] and pattern[at] == " ":
                cuts[i] = at
                break
    return [(cuts[i], pattern[cuts[i] : cuts[i + 1]]) for i in range(count)]


# How far a cut between seed pieces may move to land on a space, nearest first.
_NUDGE: Final = 5
_SHIFTS: Final = tuple(sorted(range(-_NUDGE, _NUDGE + 1), key=lambda d: (abs(d), d)))


def _windows(
    pattern: str,
    text: str,
    max_errors: int,
    max_windows: int,
    length: int,
    index: SeedIndex | None = None,
) -> list[tuple[int, int]]:
    """Windows of ``text`` that may hold a match, best-voted first."""
    m = len(pattern)
    pieces = _pieces(pattern, max_errors, length)
    # Votes per diagonal (text offset minus pattern offset), from distinct pieces.
    votes: dict[int, set[int]] = {}
    for number, (offset, piece) in enumerate(pieces):
        if index is None:
            hits = _find_all(text, piece, MAX_HITS)
        else:
            hits = index.find_all(piece, MAX_HITS)
        if len(hits) > MAX_HITS:
            continue  # too common to say anything
        for hit in hits:
            votes.setdefault(hit - offset, set()).add(number)
    if not votes:
        return []
    # Merge diagonals closer than the error budget: one match's pieces shift
    # by at most max_errors between them.
    merged: list[tuple[int, int, set[int]]] = []
    for diagonal in sorted(votes):
        if merged and diagonal - merged[-1][1] <= max_errors + 1:
            low, _, pieces_seen = merged[-1]
            merged[-1] = (low, diagonal, pieces_seen | votes[diagonal])
        else:
            merged.append((diagonal, diagonal, set(votes[diagonal])))
    # Pigeonhole: a place with at most max_errors errors keeps this many pieces.
    need = max(1, len(pieces) - max_errors)
    # Heuristic: a place with under a third of the best place's votes has
    # lost most of its pieces; such stray hits (a common phrase) are skipped.
    best = max(len(w[2]) for w in merged)
    need = max(need, -(-best // 3))
    ranked = sorted(
        (w for w in merged if len(w[2]) >= need), key=lambda w: (-len(w[2]), w[0])
    )[:max_windows]
    windows = [
        (max(0, low - max_errors), min(len(text), high + m + max_errors))
        for low, high, _ in ranked
    ]
    windows.sort()
    joined: list[tuple[int, int]] = []
    for start, end in windows:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def search(
    pattern: str,
    text: str,
    max_errors: int,
    *,
    max_windows: int = 32,
    index: SeedIndex | None = None,
) -> list[Match]:
    """Every separate place in ``text`` within ``max_errors`` edits of ``pattern``.

    Within one place the alignment with the fewest errors is kept (on ties,
    the one closest to the pattern's length).  Results are in text order.
    ``index``, a :class:`SeedIndex` of ``text``, finds the seeds by look-up
    (same results, much faster in a long text).

    >>> search("colour", "the color of the colours", 1)
    [Match(start=4, end=9, distance=1), Match(start=17, end=23, distance=0)]
    """
    m = len(pattern)
    if m == 0 or not text:
        return []
    if index is not None and index.text is not text and index.text != text:
        raise ValueError("the seed index was built over another text")
    max_errors = max(0, min(max_errors, m - 1))
    if len(text) <= FULL_SCAN:
        return _verify(pattern, text, [(0, len(text))], max_errors)
    # Long seeds first: they are rare, so cheap to find, and one survives in
    # every place with fewer errors than there are seeds.  Only when they find
    # nothing do short seeds (many more hits) look for heavily edited places.
    long = _windows(pattern, text, max_errors, max_windows, LONG_SEED, index)
    matches = _verify(pattern, text, long, max_errors)
    if not matches:
        short = _windows(pattern, text, max_errors, max_windows, MIN_PIECE, index)
        matches = _verify(pattern, text, short, max_errors)
    return matches


def _verify(pattern: str, text: str, windows: list[tuple[int, int]], max_errors: int) -> list[Match]:
    """Scan each window with the bit-parallel matcher; one match per separate place."""
    m = len(pattern)
    matches: list[Match] = []
    # Two matches are separate when their ends are at least this far apart.
    separation = max(1, m - 2 * max_errors)
    for low, high in windows:
        group: list[tuple[int, int]] = []
        for end, errors in _scan(pattern, text, low, high, max_errors):
            if group and end - group[-1][0] >= separation:
                matches.append(_settle(pattern, text, group, low))
                group = []
            group.append((end, errors))
        if group:
            matches.append(_settle(pattern, text, group, low))
    return matches


def _settle(pattern: str, text: str, group: list[tuple[int, int]], floor: int) -> Match:
    """The best match among a run of nearby ends."""
    end, errors = min(
        group, key=lambda e: (e[1], not _boundary(text, e[0]), text[e[0] - 1] != pattern[-1], e[0])
    )
    start = _start_of(pattern, text, end, max(floor, end - len(pattern) - errors), errors)
    return Match(start=start, end=end, distance=errors)
