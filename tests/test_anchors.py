"""Tests for provenance.anchors: spans, anchors, finding and checking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.anchors import Anchor, Span, occurrences
from provenance.errors import AnchorError
from provenance.testing import anchors, snapshots, spans
from provenance.text import TextSnapshot

SNAP = TextSnapshot.of("He said “no” and she said “no” again.")


def test_span_relations() -> None:
    """Containment, overlap and crossing follow half-open arithmetic."""
    outer, inner, touching, crossing = Span(2, 10), Span(3, 5), Span(10, 12), Span(8, 12)
    assert outer.contains(inner) and not inner.contains(outer)
    assert not outer.overlaps(touching) and outer.precedes(touching)
    assert outer.crosses(crossing) and not outer.crosses(inner)
    assert len(outer) == 8 and Span(4, 4).is_empty


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [(-1, 3, "must not be negative"), (5, 3, "before its start"), (1.0, 3, "must be an int")],
)
def test_span_refuses_bad_offsets(start: int, end: int, message: str) -> None:
    """Negative, reversed and non-integer offsets raise AnchorError."""
    with pytest.raises(AnchorError, match=message):
        Span(start, end)


def test_find_unique_words() -> None:
    """Words that occur once are anchored with context."""
    anchor = Anchor.find(SNAP, "again")
    assert (anchor.start, anchor.end, anchor.exact) == (31, 36, "again")
    assert anchor.prefix.endswith("“no” ") and anchor.suffix == "."
    assert anchor.sha256 == SNAP.sha256


def test_find_ambiguous_words_needs_a_hint() -> None:
    """Ambiguous words raise unless an occurrence or position is given."""
    with pytest.raises(AnchorError, match="ambiguous: it occurs 2 times"):
        Anchor.find(SNAP, "no")
    assert Anchor.find(SNAP, "no", occurrence=1).start == 27
    assert Anchor.find(SNAP, "no", near=25).start == 27
    assert Anchor.find(SNAP, "no", after=20).start == 27


def test_find_absent_words() -> None:
    """Absent words and a missing occurrence raise AnchorError."""
    with pytest.raises(AnchorError, match="does not occur"):
        Anchor.find(SNAP, "yes")
    with pytest.raises(AnchorError, match="occurrence 5 does not exist"):
        Anchor.find(SNAP, "no", occurrence=5)
    with pytest.raises(AnchorError, match="empty"):
        Anchor.find(SNAP, "")


def test_at_refuses_bad_offsets() -> None:
    """Offsets past the end or reversed raise AnchorError with a marker."""
    with pytest.raises(AnchorError, match="outside the text") as info:
        Anchor.at(SNAP, 3, 99)
    assert "^" in str(info.value)
    with pytest.raises(AnchorError, match="before start"):
        Anchor.at(SNAP, 5, 3)


def test_at_refuses_split_graphemes_unless_allowed() -> None:
    """An anchor may not split a grapheme cluster or CRLF by default."""
    snap = TextSnapshot.of("café\r\n")
    with pytest.raises(AnchorError, match="splits a grapheme"):
        Anchor.at(snap, 0, 5)
    assert Anchor.at(snap, 0, 5, allow_split=True).exact == "café\r"


def test_anchor_constructor_checks_length() -> None:
    """The exact text must be as long as the span."""
    with pytest.raises(AnchorError, match="exact text has 2 code points"):
        Anchor(span=Span(0, 3), exact="ab", prefix="", suffix="", sha256=SNAP.sha256)


def test_check_detects_each_mismatch() -> None:
    """check() names a foreign digest, an overrun, a changed text and wrong context."""
    anchor = Anchor.find(SNAP, "again")
    other = TextSnapshot.of("He said “no” and she said “no” AGAIN.")
    with pytest.raises(AnchorError, match="belongs to text"):
        anchor.check(other)
    forged = Anchor(span=anchor.span, exact="AGAIN", prefix=anchor.prefix, suffix=".", sha256=SNAP.sha256)
    with pytest.raises(AnchorError, match="differs from the text"):
        forged.check(SNAP)
    bad_prefix = Anchor(span=anchor.span, exact="again", prefix="x", suffix=".", sha256=SNAP.sha256)
    with pytest.raises(AnchorError, match="prefix"):
        bad_prefix.check(SNAP)
    bad_suffix = Anchor(span=anchor.span, exact="again", prefix="", suffix="!", sha256=SNAP.sha256)
    with pytest.raises(AnchorError, match="suffix"):
        bad_suffix.check(SNAP)
    past = Anchor(span=Span(90, 95), exact="again", prefix="", suffix="", sha256=SNAP.sha256)
    with pytest.raises(AnchorError, match="past the end"):
        past.check(SNAP)


def test_occurrences_include_overlaps() -> None:
    """Overlapping occurrences are all reported."""
    assert occurrences("aaaa", "aa") == [0, 1, 2]


@given(snapshots(min_size=1), st.data())
def test_anchor_exact_matches_text(snapshot: TextSnapshot, data: st.DataObject) -> None:
    """For any anchor, text[start:end] == exact, and check() passes."""
    anchor = data.draw(anchors(snapshot))
    assert snapshot.text[anchor.start : anchor.end] == anchor.exact
    anchor.check(snapshot)


@given(snapshots(min_size=1), st.data())
def test_find_returns_an_occurrence(snapshot: TextSnapshot, data: st.DataObject) -> None:
    """find() of any anchored words returns a span holding those words."""
    anchor = data.draw(anchors(snapshot, non_empty=True))
    found = Anchor.find(snapshot, anchor.exact, near=anchor.start)
    assert found.exact == anchor.exact
    assert found.start in occurrences(snapshot.text, anchor.exact)


@given(snapshots(), st.data())
def test_spans_strategy_respects_graphemes(snapshot: TextSnapshot, data: st.DataObject) -> None:
    """Generated spans never split a grapheme cluster."""
    span = data.draw(spans(snapshot))
    assert snapshot.is_boundary(span.start) and snapshot.is_boundary(span.end)
