"""Find anchors again in an edited version of their text, and move whole records.

:func:`resolve` looks for one :class:`~provenance.anchors.Anchor` in a new
text in three stages:

1. **exact**: every occurrence of the anchor's words;
2. **normalised**: every occurrence once case, whitespace, typographic marks,
   NBSP and dashes are folded (offsets mapped back to the new text's code
   points);
3. **fuzzy**: every separate place within an error budget (20 % of the
   words), not only the places with the fewest errors, so that context can
   outweigh a typo.

Each candidate is scored on its words, its prefix, its suffix and its
position (the old start scaled to the new length)::

    score = (w·quote + 20·prefix + 20·suffix + 2·position) / (w + 42)

where ``w = 50·max(1, len(words)/32)`` gives long passages, which are
distinctive on their own, more say than their context.  The best candidate
is accepted only when it reaches ``threshold`` and beats the best candidate
elsewhere by ``margin``; otherwise the result is AMBIGUOUS (two places fit)
or ORPHANED (none does, as when the words were deleted).  No silent guess.

>>> from provenance.text import TextSnapshot
>>> old = TextSnapshot.of("Intro. He said “we will win” and left.")
>>> anchor = Anchor.find(old, "we will win")
>>> r = resolve(anchor, "A new first line. Intro. He said “we will win” and left.")
>>> r.status, r.anchor.start, r.anchor.exact
(<ResolveStatus.MOVED: 'moved'>, 34, 'we will win')
>>> resolve(anchor, "Intro. He left.").status
<ResolveStatus.ORPHANED: 'orphaned'>

:func:`reanchor` moves every anchor of a :class:`~provenance.model.Record`
and rebuilds the record on the new text, keeping the items whose anchors
all resolved and listing those that did not.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator
from typing import Final

import attrs

from provenance import _fuzzy
from provenance._normalise import Level, Normalised, normalise
from provenance.anchors import CONTEXT, Anchor, Span, occurrences
from provenance.errors import ModelError, VerificationError
from provenance.model import (
    Alteration,
    Article,
    Attribution,
    Claim,
    Entity,
    Quotation,
    Record,
    Segment,
)
from provenance.text import TextSnapshot

__all__ = [
    "Candidate",
    "Dropped",
    "PreparedText",
    "Reanchoring",
    "Resolution",
    "ResolveStatus",
    "reanchor",
    "resolve",
]

#: Lowest score accepted.
THRESHOLD: Final = 0.8
#: How far the accepted candidate must lead the best one elsewhere.
MARGIN: Final = 0.05
#: A candidate this good ends the search before the fuzzy stage.
CONFIDENT: Final = 0.95
#: Fuzzy error budget, as a fraction of the anchor's normalised length.
FUZZY_BUDGET: Final = 0.2
# Candidates scored in full; beyond this, a cheap context test picks them.
_MAX_SCORED: Final = 64
# Other copies of the words in the old text considered as rival claimants.
_MAX_SIBLINGS: Final = 256
# Candidates listed in a resolution.
_MAX_LISTED: Final = 10
_QUOTE_WEIGHT: Final = 50.0
_CONTEXT_WEIGHT: Final = 20.0
_POSITION_WEIGHT: Final = 2.0
# Context compared beyond where the old copies of repeated words diverge.
_WIDE: Final = 64
# Widest context compared to tell copies apart.
_WIDEST: Final = 4096
# Old copies of repeated words weighed against each candidate.
_MAX_COPIES: Final = 16
# How far a fuzzy match's ends may be moved to fit the quote's first and last words.
_SNAP: Final = 16
# Characters that can stand in for one another as quotation marks.
_MARKS: Final = frozenset("'\"`´‘’‚‛“”„‟‹›«»「」『』")


class ResolveStatus(enum.Enum):
    """Where an anchor ended up in the new text."""

    EXACT = "exact"  # the same words at the same span
    MOVED = "moved"  # the same words elsewhere
    NORMALISED = "normalised"  # the words up to case, whitespace or typography
    FUZZY = "fuzzy"  # close words (a typo fixed, a word changed)
    AMBIGUOUS = "ambiguous"  # more than one place fits equally well
    ORPHANED = "orphaned"  # no place fits well enough: the words are gone

    @property
    def resolved(self) -> bool:
        """True when the anchor has a new place."""
        return self not in (ResolveStatus.AMBIGUOUS, ResolveStatus.ORPHANED)


class Stage(enum.Enum):
    """Which search found a candidate."""

    EXACT = "exact"
    NORMALISED = "normalised"
    FUZZY = "fuzzy"


@attrs.frozen
class Candidate:
    """A place the anchor could be, with the parts of its score."""

    span: Span
    exact: str
    stage: Stage
    score: float
    quote: float
    prefix: float
    suffix: float
    position: float


@attrs.frozen
class Resolution:
    """The outcome of resolving one anchor; ``anchor`` is None unless resolved."""

    status: ResolveStatus
    score: float
    anchor: Anchor | None
    candidates: tuple[Candidate, ...] = ()

    @property
    def resolved(self) -> bool:
        """True when the anchor has a new place."""
        return self.status.resolved

    @classmethod
    def orphaned(cls, candidates: tuple[Candidate, ...] = ()) -> Resolution:
        """No place fits."""
        best = candidates[0].score if candidates else 0.0
        return cls(ResolveStatus.ORPHANED, best, None, candidates)


class _Scorer:
    """Scores candidate spans of the new text against the old anchor."""

    def __init__(self, anchor: Anchor, text: str, expected: float) -> None:
        self.anchor = anchor
        self.text = text
        self.expected = expected
        self.weight = _QUOTE_WEIGHT * max(1.0, len(anchor.exact) / CONTEXT)

    def __call__(self, start: int, end: int, stage: Stage) -> Candidate:
        anchor, text = self.anchor, self.text
        words = text[start:end]
        quote = 1.0 if words == anchor.exact else _fuzzy.similarity(anchor.exact, words)
        width = len(anchor.prefix) or CONTEXT
        prefix = _context(anchor.prefix, text[max(0, start - width) : start])
        width = len(anchor.suffix) or CONTEXT
        suffix = _context(anchor.suffix, text[end : end + width])
        position = 1.0 - abs(start - self.expected) / max(1, len(text))
        score = (
            self.weight * quote
            + _CONTEXT_WEIGHT * (prefix + suffix)
            + _POSITION_WEIGHT * position
        ) / (self.weight + 2 * _CONTEXT_WEIGHT + _POSITION_WEIGHT)
        return Candidate(Span(start, end), words, stage, score, quote, prefix, suffix, position)

    def quick(self, start: int, end: int) -> tuple[int, float]:
        """A cheap ranking key: how many context characters match exactly, then nearness."""
        anchor, text = self.anchor, self.text
        hits = 0
        for size in (4, 8, 16, 32):
            if anchor.prefix and text.endswith(anchor.prefix[-size:], 0, start):
                hits += 1
            if anchor.suffix and text.startswith(anchor.suffix[:size], end):
                hits += 1
        return -hits, abs(start - self.expected)


@attrs.frozen(eq=False)
class PreparedText:
    """A text to resolve many anchors in, with its search structures built once.

    :func:`reanchor` prepares the new text (and the old one) so that every
    anchor of a record shares one case-folded copy and, when a fuzzy search
    is needed, one :class:`~provenance._fuzzy.SeedIndex` (built lazily, on
    the first fuzzy search, then kept).  A plain ``str`` or snapshot given to
    :func:`resolve` is searched by scanning instead, which is cheaper for one
    anchor than building the index.

    >>> text = PreparedText.of("He said “we will win” and left.")
    >>> text.snapshot.length, text.folded.text
    (31, 'he said "we will win" and left.')
    """

    snapshot: TextSnapshot
    indexed: bool = True
    _lazy: dict[str, object] = attrs.field(factory=dict, repr=False, alias="_lazy")

    @classmethod
    def of(cls, text: str | TextSnapshot | PreparedText, *, indexed: bool = True) -> PreparedText:
        """Prepare ``text``; ``indexed=False`` searches by scanning (one-off use)."""
        if isinstance(text, PreparedText):
            return text
        snapshot = text if isinstance(text, TextSnapshot) else TextSnapshot.of(text)
        return cls(snapshot, indexed)

    @property
    def text(self) -> str:
        """The text itself."""
        return self.snapshot.text

    @property
    def folded(self) -> Normalised:
        """The text normalised up to case (kept, so the cache cannot drop it)."""
        folded = self._lazy.get("folded")
        if not isinstance(folded, Normalised):
            folded = normalise(self.snapshot.text, Level.CASE)
            self._lazy["folded"] = folded
        return folded

    @property
    def seeds(self) -> _fuzzy.SeedIndex | None:
        """The seed index of :attr:`folded`, built on first use; None when not indexed."""
        if not self.indexed:
            return None
        seeds = self._lazy.get("seeds")
        if not isinstance(seeds, _fuzzy.SeedIndex):
            seeds = _fuzzy.SeedIndex.of(self.folded.text)
            self._lazy["seeds"] = seeds
        return seeds

    def search(self, key: str, budget: int) -> list[tuple[int, int]]:
        """Original-text spans of every place within ``budget`` edits of the folded ``key``."""
        folded = self.folded
        matches = _fuzzy.search(key, folded.text, budget, max_windows=16, index=self.seeds)
        return [folded.to_original(m.start, m.end) for m in matches]


def _context(old: str, new: str) -> float:
    """Similarity of two contexts up to case, whitespace and typography.

    Context is short, so one straightened quotation mark next to the words
    would otherwise weigh as much as a different sentence.
    """
    if old == new:
        return 1.0
    return _fuzzy.similarity(normalise(old, Level.CASE).text, normalise(new, Level.CASE).text)


def _check_limits(threshold: object, margin: object) -> None:
    for name, value in (("threshold", threshold), ("margin", margin)):
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise VerificationError(f"{name} must be a number (got {value!r})")
        if not 0.0 <= value <= 1.0:
            raise VerificationError(f"{name} must lie within 0..1 (got {value!r})")


def resolve(
    anchor: Anchor,
    new_text: str | TextSnapshot | PreparedText,
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
    old_length: int | None = None,
    old_text: TextSnapshot | PreparedText | None = None,
) -> Resolution:
    """Find ``anchor`` in ``new_text``, an edited version of the text it was made on.

    ``old_length`` (the old text's length) lets the position hint scale with
    the text; without it the old start is used as is.  ``old_text``, the
    snapshot the anchor was made on, tells copies apart: when the old text
    had the same (or nearly the same) words elsewhere, a new place that
    matches one of those other copies better is left to it, so deleting one
    of two copies orphans its anchor instead of moving it onto the other; and
    places with the same words are compared on context as wide as it takes
    to tell the old copies apart.  Places that nothing but their position
    tells apart leave the anchor AMBIGUOUS.  Pass :class:`PreparedText`
    objects to resolve many anchors in the same texts.
    Raises :class:`~provenance.errors.VerificationError` for arguments of the
    wrong kind and :class:`~provenance.errors.TextError` for a text with lone
    surrogates; never anything else.
    """
    if not isinstance(anchor, Anchor):
        raise VerificationError(f"anchor must be an Anchor (got {type(anchor).__name__})")
    _check_limits(threshold, margin)
    if not isinstance(new_text, str | TextSnapshot | PreparedText):
        raise VerificationError(f"new_text must be a str or a TextSnapshot (got {type(new_text).__name__})")
    # A one-off text is scanned: building its index would cost more than one search.
    target = PreparedText.of(new_text, indexed=False)
    snapshot = target.snapshot
    text = snapshot.text
    if anchor.sha256 == snapshot.sha256 and text.startswith(anchor.exact, anchor.start):
        return Resolution(ResolveStatus.EXACT, 1.0, anchor)
    old: PreparedText | None = None
    if old_text is not None:
        if not isinstance(old_text, TextSnapshot | PreparedText):
            raise VerificationError("old_text must be the TextSnapshot the anchor was made on")
        old = PreparedText.of(old_text, indexed=False)
        if old.snapshot.sha256 != anchor.sha256:
            raise VerificationError("old_text must be the TextSnapshot the anchor was made on")
        old_length = old.snapshot.length
    scale = len(text) / old_length if old_length is not None and old_length > 0 else 1.0
    expected = min(anchor.start * scale, float(len(text)))
    scorer = _Scorer(anchor, text, expected)
    siblings = None if old is None else _Siblings(anchor, old, text, scale)
    candidates: dict[tuple[int, int], Candidate] = {}
    for span in _exact_spans(anchor, scorer):
        candidates[span] = scorer(*span, Stage.EXACT)
    for span in _normalised_spans(anchor, target):
        if span not in candidates:
            candidates[span] = scorer(*span, Stage.NORMALISED)
    decided = _decide(anchor, snapshot, candidates, siblings, threshold, margin)
    if decided is not None and decided.score >= CONFIDENT:
        return attrs.evolve(decided, candidates=_ranked(candidates))
    for span in _fuzzy_spans(anchor, target):
        span = _snap(anchor, text, span)
        if not any(_overlaps(span, other) for other in candidates):
            candidates[span] = scorer(*span, Stage.FUZZY)
    decided = _decide(anchor, snapshot, candidates, siblings, threshold, margin)
    if decided is not None:
        return attrs.evolve(decided, candidates=_ranked(candidates))
    ranked = _ranked(_unclaimed(candidates, siblings)) or _ranked(candidates)
    if ranked and ranked[0].score >= threshold:
        return Resolution(ResolveStatus.AMBIGUOUS, ranked[0].score, None, ranked)
    return Resolution.orphaned(ranked)


class _Siblings:
    """The other copies of an anchor's words in the old text, as rival claimants.

    Exact copies are found at once; near copies (within the fuzzy budget)
    only when a candidate's context does not vouch for it.
    """

    def __init__(self, anchor: Anchor, old: PreparedText, new_text: str, scale: float) -> None:
        self.anchor = anchor
        self.old = old
        self.new_text = new_text
        self.scale = scale
        exact = anchor.exact
        starts = occurrences(old.text, exact)[:_MAX_SIBLINGS] if exact else []
        self.spans = [(s, s + len(exact)) for s in starts if s != anchor.start]
        #: The other exact copies of the anchor's words in the old text.
        self.copies = list(self.spans)
        self.near_done = False
        self.scorers: dict[tuple[int, int], _Scorer] = {}
        self.widths: tuple[int, int] | None = None

    def _add_near(self) -> None:
        self.near_done = True
        key = normalise(self.anchor.exact, Level.CASE).text.strip()
        if len(key) < 2:
            return
        budget = max(1, math.ceil(FUZZY_BUDGET * len(key)))
        own = (self.anchor.start, self.anchor.end)
        for span in self.old.search(key, budget):
            if not _overlaps(span, own) and span not in self.spans:
                self.spans.append(span)
        self.spans.sort()

    def claims(self, candidate: Candidate) -> bool:
        """True when another old copy fits ``candidate`` better than the anchor does."""
        if not self.near_done and (candidate.prefix + candidate.suffix) / 2 < 0.5:
            self._add_near()
        if not self.spans:
            return False
        # The copies whose scaled old places lie nearest the candidate.
        nearest = sorted(
            self.spans, key=lambda s: abs(s[0] * self.scale - candidate.span.start)
        )[:2]
        for span in nearest:
            scorer = self.scorers.get(span)
            if scorer is None:
                rival = Anchor.at(self.old.snapshot, span[0], span[1], allow_split=True)
                scorer = _Scorer(rival, self.new_text, span[0] * self.scale)
                self.scorers[span] = scorer
            theirs = scorer(candidate.span.start, candidate.span.end, candidate.stage)
            if theirs.score > candidate.score + 1e-9:
                return True
        return False

    def wide(self) -> tuple[int, int]:
        """How much context on each side tells the anchor from its exact old copies.

        As far as the copies' contexts agree, plus :data:`_WIDE` characters
        (at least 4·CONTEXT), at most :data:`_WIDEST`.
        """
        if self.widths is None:
            text, start, end = self.old.text, self.anchor.start, self.anchor.end
            left = right = 0
            nearest = sorted(self.copies, key=lambda c: abs(c[0] - start))
            for s, e in nearest[:_MAX_COPIES]:
                left = max(left, _common(text, start - 1, s - 1, -1))
                right = max(right, _common(text, end, e, 1))
            self.widths = (
                min(_WIDEST, max(4 * CONTEXT, left + _WIDE)),
                min(_WIDEST, max(4 * CONTEXT, right + _WIDE)),
            )
        return self.widths

    def costs(self, candidate: Candidate, copy: tuple[int, int]) -> tuple[int, int]:
        """Edit distances between an old copy's wide context and the candidate's, per side."""
        left, right = self.wide()
        old, new = self.old.text, self.new_text
        start, end = copy
        at, to = candidate.span.start, candidate.span.end
        before = _fuzzy.distance(_fold(old[max(0, start - left) : start]), _fold(new[max(0, at - left) : at]))
        after = _fuzzy.distance(_fold(old[end : end + right]), _fold(new[to : to + right]))
        return before, after

    def owns(self, candidate: Candidate) -> bool:
        """True when no other old copy of the words fits the candidate's wide context as well.

        Each side is weighed apart: a place whose left context is one copy's
        and whose right context is another's (paragraphs moved between two
        copies of a caption) belongs to neither.
        """
        if not self.copies:
            return True
        ours = self.costs(candidate, (self.anchor.start, self.anchor.end))
        nearest = sorted(self.copies, key=lambda c: abs(c[0] * self.scale - candidate.span.start))
        for copy in nearest[:_MAX_COPIES]:
            theirs = self.costs(candidate, copy)
            if theirs[0] < ours[0] or theirs[1] < ours[1] or theirs == ours:
                return False
        return True


def _common(text: str, a: int, b: int, step: int) -> int:
    """How many characters agree walking from ``a`` and from ``b`` by ``step`` (at most _WIDEST).

    Found by halving on slice comparisons, which run in C, so a long
    repeated passage costs a few comparisons, not a loop per character.
    """

    def agree(count: int) -> bool:
        if step > 0:
            return a + count <= len(text) and b + count <= len(text) and (
                text[a : a + count] == text[b : b + count]
            )
        return a + 1 - count >= 0 and b + 1 - count >= 0 and (
            text[a + 1 - count : a + 1] == text[b + 1 - count : b + 1]
        )

    low, high = 0, _WIDEST  # agree(low) holds; find the largest such count
    while low < high:
        middle = (low + high + 1) // 2
        if agree(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _fold(text: str) -> str:
    return normalise(text, Level.CASE).text


# Case, marks, dashes and spaces folded one character for one, keeping offsets.
_LOOSE: Final = str.maketrans(
    {**dict.fromkeys(_MARKS, '"'), **dict.fromkeys("‐‑‒–—―−", "-"), **dict.fromkeys("\t\n\r\u00a0", " ")}
)


def _loose(text: str) -> str:
    out = text.translate(_LOOSE)
    lower = out.lower()
    # A few letters lower-case to two code points (İ); keep offsets instead.
    return lower if len(lower) == len(out) else out


def _unclaimed(
    candidates: dict[tuple[int, int], Candidate], siblings: _Siblings | None
) -> dict[tuple[int, int], Candidate]:
    if siblings is None:
        return candidates
    return {k: c for k, c in candidates.items() if not siblings.claims(c)}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] < b[1] and b[0] < a[1]) or a == b


def _ranked(candidates: dict[tuple[int, int], Candidate]) -> tuple[Candidate, ...]:
    ordered = sorted(candidates.values(), key=lambda c: (-c.score, c.span.start))
    return tuple(ordered[:_MAX_LISTED])


def _decide(
    anchor: Anchor,
    snapshot: TextSnapshot,
    everything: dict[tuple[int, int], Candidate],
    siblings: _Siblings | None,
    threshold: float,
    margin: float,
) -> Resolution | None:
    """The accepted resolution, or None when no candidate is both good and clear.

    The best place not claimed by another old copy must reach ``threshold``;
    a rival within ``margin`` must be beaten on wider context (never on
    position alone); and when the old text repeats the anchor's words, no
    place with the same words (claimed or not) may fit the wider context
    better on either side, since moved paragraphs can carry one copy's
    short context to another copy.
    """
    candidates = _unclaimed(everything, siblings)
    ranked = _ranked(candidates)
    if not ranked or ranked[0].score < threshold:
        return None
    best = ranked[0]
    key = (best.span.start, best.span.end)
    rivals = [c for c in candidates.values() if not _overlaps(key, (c.span.start, c.span.end))]
    close = [c for c in rivals if best.score - c.score < margin]
    same = [
        c
        for c in everything.values()
        if c not in close and not _overlaps(key, (c.span.start, c.span.end)) and _same_words(best, c)
    ]
    if siblings is None:
        if close:
            return None
    elif close or siblings.copies:
        if not siblings.owns(best):
            return None
        for rival in close + (same if siblings.copies else []):
            if rival in close and best.quote < rival.quote - 1e-9:
                return None
            if not siblings.owns(rival):
                continue  # another copy's place
            ours = siblings.costs(best, (anchor.start, anchor.end))
            theirs = siblings.costs(rival, (anchor.start, anchor.end))
            if not (ours[0] <= theirs[0] and ours[1] <= theirs[1] and ours != theirs):
                return None
    if best.stage is Stage.EXACT:
        same_span = best.span == anchor.span
        status = ResolveStatus.EXACT if same_span else ResolveStatus.MOVED
    elif best.stage is Stage.NORMALISED:
        status = ResolveStatus.NORMALISED
    else:
        status = ResolveStatus.FUZZY
    new = Anchor.at(snapshot, best.span.start, best.span.end, allow_split=True)
    return Resolution(status, best.score, new, ranked)


def _same_words(a: Candidate, b: Candidate) -> bool:
    """True when two places hold the anchor's words equally well."""
    return abs(a.quote - b.quote) <= 1e-9


def _exact_spans(anchor: Anchor, scorer: _Scorer) -> list[tuple[int, int]]:
    text, exact = scorer.text, anchor.exact
    if not exact:
        # An empty anchor is a point: find it between its prefix and suffix.
        if not anchor.prefix and not anchor.suffix:
            return []
        joined = anchor.prefix + anchor.suffix
        points = [s + len(anchor.prefix) for s in occurrences(text, joined)]
        return [(p, p) for p in points[: _MAX_SCORED * 4]]
    starts = occurrences(text, exact)
    spans = [(s, s + len(exact)) for s in starts]
    if len(spans) > _MAX_SCORED:
        spans = sorted(spans, key=lambda s: scorer.quick(*s))[:_MAX_SCORED]
    return spans


def _normalised_spans(anchor: Anchor, target: PreparedText) -> list[tuple[int, int]]:
    key = normalise(anchor.exact, Level.CASE).text.strip()
    if not key:
        return []
    folded = target.folded
    starts = occurrences(folded.text, key)[:_MAX_SCORED]
    return [folded.to_original(s, s + len(key)) for s in starts]


def _fuzzy_spans(anchor: Anchor, target: PreparedText) -> list[tuple[int, int]]:
    key = normalise(anchor.exact, Level.CASE).text.strip()
    if len(key) < 2:
        return []
    return target.search(key, max(1, math.ceil(FUZZY_BUDGET * len(key))))


def _snap(anchor: Anchor, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Move a fuzzy match's ends to where the quote's first and last words fit best.

    A bounded alignment may start one mark early (``“ell`` for ``Well``) or
    run on over text that replaced deleted words.  Each end is tried at
    every shift up to :data:`_SNAP` characters; the cost of a shift is the
    edit distance between the quote's first (last) characters and the text
    up to a fixed inner point, plus that between the anchor's prefix
    (suffix) and the text outside.  Ties keep the matcher's choice.
    """
    start, end = span
    exact = anchor.exact
    width = min(_SNAP, len(exact))
    if width == 0 or end - start < 2:
        return span
    head, tail = _loose(exact[:width]), _loose(exact[-width:])
    before, after = _loose(anchor.prefix[-_SNAP:]), _loose(anchor.suffix[:_SNAP])
    inner_start = min(end, start + width)
    inner_end = max(start, end - width)
    # One loose copy of the neighbourhood; the mapping keeps offsets.
    low = max(0, start - 2 * _SNAP)
    near = _loose(text[low : min(len(text), end + 2 * _SNAP)])

    def start_cost(s: int) -> int:
        words = near[s - low : inner_start - low]
        context = near[max(0, s - _SNAP) - low : s - low]
        return _fuzzy.distance(head, words) + _fuzzy.distance(before, context)

    def end_cost(e: int) -> int:
        words = near[inner_end - low : e - low]
        context = near[e - low : e + _SNAP - low]
        return _fuzzy.distance(tail, words) + _fuzzy.distance(after, context)

    starts = range(max(0, start - _SNAP), min(inner_start, start + _SNAP) + 1)
    ends = range(max(inner_end, end - _SNAP), min(len(text), end + _SNAP) + 1)
    # An end whose words and context already fit exactly (the usual case) stays.
    best_start = start
    if start_cost(start):
        best_start = min(starts, key=lambda s: (start_cost(s), abs(s - start)))
    best_end = end
    if end_cost(end):
        best_end = min(ends, key=lambda e: (end_cost(e), abs(e - end)))
    if best_start >= best_end:
        return span
    return best_start, best_end


# -- whole records ---------------------------------------------------------


@attrs.frozen
class Dropped:
    """An item (or an entity mention) left out of the moved record, and why."""

    path: str
    id: str
    reason: str


@attrs.frozen
class Reanchoring:
    """A record moved to a new text: the new record, every anchor's fate, what was left out.

    ``resolutions`` pairs each anchor's JSON path in the *old* record with its
    :class:`Resolution` (quotation marks that could not be found next to
    their moved content appear as ORPHANED ``…open_mark``/``…close_mark``).
    """

    record: Record
    resolutions: tuple[tuple[str, Resolution], ...]
    dropped: tuple[Dropped, ...]

    @property
    def complete(self) -> bool:
        """True when every anchor resolved and nothing was left out."""
        return not self.dropped and all(r.resolved for _, r in self.resolutions)

    def counts(self) -> dict[ResolveStatus, int]:
        """How many anchors ended in each status."""
        counts = dict.fromkeys(ResolveStatus, 0)
        for _, resolution in self.resolutions:
            counts[resolution.status] += 1
        return counts


class _Mover:
    """Resolves anchors once each and rebuilds items from the new anchors."""

    def __init__(self, record: Record, snapshot: TextSnapshot, threshold: float, margin: float):
        self.old = PreparedText.of(record.article.text)
        self.target = PreparedText.of(snapshot)
        self.snapshot = snapshot
        self.threshold = threshold
        self.margin = margin
        self.cache: dict[Anchor, Resolution] = {}
        self.report: list[tuple[str, Resolution]] = []
        self.dropped: list[Dropped] = []

    def resolve(self, path: str, anchor: Anchor) -> Resolution:
        resolution = self.cache.get(anchor)
        if resolution is None:
            resolution = resolve(
                anchor,
                self.target,
                threshold=self.threshold,
                margin=self.margin,
                old_text=self.old,
            )
            self.cache[anchor] = resolution
        self.report.append((path, resolution))
        return resolution

    def all_resolved(self, path: str, item_id: str, anchors: Iterator[tuple[str, Anchor]]) -> bool:
        """Resolve every anchor of an item; record the item as dropped if any fails."""
        failed = []
        for sub, anchor in anchors:
            resolution = self.resolve(f"{path}.{sub}", anchor)
            if not resolution.resolved:
                failed.append(f"{sub} {resolution.status.value}")
        if failed:
            self.dropped.append(Dropped(path, item_id, "; ".join(failed)))
        return not failed

    def new(self, anchor: Anchor) -> Anchor:
        moved = self.cache[anchor].anchor
        if moved is None:  # all_resolved() guarantees this never happens
            raise VerificationError("internal error: an unresolved anchor was used")
        return moved

    def maybe(self, anchor: Anchor | None) -> Anchor | None:
        return None if anchor is None else self.new(anchor)

    def attribution(self, attribution: Attribution | None) -> Attribution | None:
        if attribution is None:
            return None
        hops = tuple(
            attrs.evolve(
                hop,
                mention=self.maybe(hop.mention),
                cue=self.maybe(hop.cue),
                date_mention=self.maybe(hop.date_mention),
            )
            for hop in attribution.chain
        )
        return attrs.evolve(
            attribution,
            speaker_mention=self.maybe(attribution.speaker_mention),
            cue=self.maybe(attribution.cue),
            addressee_mention=self.maybe(attribution.addressee_mention),
            medium_mention=self.maybe(attribution.medium_mention),
            chain=hops,
        )

    def mark(self, path: str, mark: Span | None, old: Anchor, new: Anchor, opening: bool) -> Span | None:
        """Move a quotation mark with its content; raise when it is not there any more."""
        if mark is None:
            return None
        glyph = self.old.text[mark.start : mark.end]
        text = self.snapshot.text
        # Keep the mark's distance to the content when the text there is unchanged,
        # else take the nearest mark across whitespace.
        delta = new.start - old.start if opening else new.end - old.end
        start, end = mark.start + delta, mark.end + delta
        fits = new.start >= end if opening else start >= new.end
        if fits and start >= 0 and end <= len(text) and _same_mark(glyph, text[start:end]):
            return Span(start, end)
        width = len(glyph)
        if opening:
            at = new.start
            while at > 0 and text[at - 1].isspace() and new.start - at < 8:
                at -= 1
            candidate = Span(max(0, at - width), at)
        else:
            at = new.end
            while at < len(text) and text[at].isspace() and at - new.end < 8:
                at += 1
            candidate = Span(at, min(len(text), at + width))
        if _same_mark(glyph, candidate.slice(text)):
            return candidate
        self.report.append((path, Resolution.orphaned()))
        raise _MarkLostError(path)


class _MarkLostError(Exception):
    """A quotation mark could not be found next to its moved content."""


def _same_mark(old: str, new: str) -> bool:
    if old == new:
        return True
    return len(old) == len(new) == 1 and old in _MARKS and new in _MARKS


def reanchor(
    record: Record,
    new_text: str | TextSnapshot | PreparedText,
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> Reanchoring:
    """Move every anchor of ``record`` into ``new_text`` and rebuild the record there.

    Entities are all kept, with the mentions that resolved; quotations and
    claims are kept only when every one of their anchors (and quotation
    marks) resolved, else listed in ``dropped`` with the reason.  A nested
    quotation whose parent was dropped, or that no longer lies inside it, is
    dropped too.  The new article keeps the old one's metadata.
    """
    if not isinstance(record, Record):
        raise VerificationError(f"record must be a Record (got {type(record).__name__})")
    _check_limits(threshold, margin)
    if not isinstance(new_text, str | TextSnapshot | PreparedText):
        raise VerificationError(f"new_text must be a str or a TextSnapshot (got {type(new_text).__name__})")
    snapshot = PreparedText.of(new_text).snapshot
    old_article = record.article
    article = Article.create(
        snapshot,
        title=old_article.title,
        authors=old_article.authors,
        outlet=old_article.outlet,
        published=old_article.published,
        url=old_article.url,
        language=old_article.language,
        section=old_article.section,
    )
    mover = _Mover(record, snapshot, threshold, margin)
    entities = [_move_entity(mover, i, e) for i, e in enumerate(record.entities)]
    quotations = _move_quotations(mover, record)
    claims: list[Claim] = []
    seen: set[str] = set()
    for i, claim in enumerate(record.claims):
        path = f"$.claims[{i}]"
        if not mover.all_resolved(path, claim.id, claim.anchors()):
            continue
        attribution = mover.attribution(claim.attribution)
        moved = Claim.create(mover.new(claim.content), attribution or claim.attribution)
        if moved.id in seen:
            mover.dropped.append(Dropped(path, claim.id, "resolved onto the same place as another claim"))
            continue
        seen.add(moved.id)
        claims.append(moved)
    new_record = Record.create(article, entities=entities, quotations=quotations, claims=claims)
    return Reanchoring(new_record, tuple(mover.report), tuple(mover.dropped))


def _move_entity(mover: _Mover, index: int, entity: Entity) -> Entity:
    mentions: list[Anchor] = []
    for j, mention in enumerate(entity.mentions):
        path = f"$.entities[{index}].mentions[{j}]"
        resolution = mover.resolve(path, mention)
        if resolution.anchor is None:
            mover.dropped.append(Dropped(path, entity.id, f"mention {resolution.status.value}"))
        elif resolution.anchor not in mentions:
            mentions.append(resolution.anchor)
    return attrs.evolve(entity, mentions=tuple(sorted(mentions, key=lambda a: (a.start, a.end))))


def _move_quotations(mover: _Mover, record: Record) -> list[Quotation]:
    moved: dict[str, Quotation] = {}  # old id -> moved quotation (parent not yet set)
    paths: dict[str, str] = {}
    taken: set[str] = set()
    for i, quotation in enumerate(record.quotations):
        path = f"$.quotations[{i}]"
        paths[quotation.id] = path
        if not mover.all_resolved(path, quotation.id, quotation.anchors()):
            continue
        try:
            new = _move_quotation(mover, path, quotation)
        except _MarkLostError as lost:
            mover.dropped.append(Dropped(path, quotation.id, f"{lost.args[0]} not found by the moved content"))
            continue
        except ModelError as exc:
            mover.dropped.append(Dropped(path, quotation.id, f"no longer a valid quotation: {exc.message}"))
            continue
        if new.id in taken:
            mover.dropped.append(Dropped(path, quotation.id, "resolved onto the same place as another quotation"))
            continue
        taken.add(new.id)
        moved[quotation.id] = new
    # Parents: a child follows its parent; drop children whose parent is gone
    # or who no longer fit inside it, until nothing changes.
    changed = True
    while changed:
        changed = False
        for quotation in record.quotations:
            if quotation.id not in moved or quotation.parent is None:
                continue
            parent = moved.get(quotation.parent)
            reason = None
            if parent is None:
                reason = "its parent quotation was dropped"
            elif not parent.contains(moved[quotation.id]):
                reason = "it no longer lies inside its parent quotation"
            if reason is not None:
                mover.dropped.append(Dropped(paths[quotation.id], quotation.id, reason))
                del moved[quotation.id]
                changed = True
    result = []
    for old_id, new in moved.items():
        parent_id = record.quotation(old_id).parent
        result.append(new if parent_id is None else attrs.evolve(new, parent=moved[parent_id].id))
    return result


def _move_quotation(mover: _Mover, path: str, quotation: Quotation) -> Quotation:
    segments = []
    for j, segment in enumerate(quotation.segments):
        old, new = segment.content, mover.new(segment.content)
        where = f"{path}.segments[{j}]"
        segments.append(
            Segment.create(
                new,
                open_mark=mover.mark(f"{where}.open_mark", segment.open_mark, old, new, True),
                close_mark=mover.mark(f"{where}.close_mark", segment.close_mark, old, new, False),
            )
        )
    alterations = tuple(
        Alteration(kind=a.kind, anchor=mover.new(a.anchor)) for a in quotation.alterations
    )
    return Quotation.create(
        segments,
        quotation.kind,
        attribution=mover.attribution(quotation.attribution),
        alterations=alterations,
    )

