"""Tests for provenance.text: snapshots, digests, offset units, boundaries."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import TextError
from provenance.testing import grapheme_boundaries, texts
from provenance.text import TextSnapshot, digest_of

EXAMPLE = "🤔 Müller said “X”\r\n"


def test_example_lengths_in_three_units() -> None:
    """The standards example is 19 code points, 20 UTF-16 units, 27 UTF-8 bytes."""
    snap = TextSnapshot.of(EXAMPLE)
    assert (snap.length, snap.utf16_length, snap.utf8_length) == (19, 20, 27)


def test_digest_is_sha256_of_utf8() -> None:
    """The digest is SHA-256 over the UTF-8 bytes, hex encoded."""
    assert TextSnapshot.of(EXAMPLE).sha256 == hashlib.sha256(EXAMPLE.encode()).hexdigest()


def test_text_is_kept_exactly() -> None:
    """No normalisation: CRLF, BOM, NFD and NBSP stay as given."""
    raw = "\ufeffe\u0301\r\n\u00a0x"
    assert TextSnapshot.of(raw).text == raw


def test_lone_surrogate_refused_with_offset() -> None:
    """A lone surrogate is refused with a TextError naming its offset."""
    with pytest.raises(TextError, match=r"lone surrogate U\+DC00 at offset 3"):
        TextSnapshot.of("abc\udc00")


def test_non_str_refused() -> None:
    """Bytes are not text."""
    with pytest.raises(TextError, match="must be a str"):
        TextSnapshot.of(b"abc")  # type: ignore[arg-type]


def test_constructor_checks_digest_and_length() -> None:
    """A digest or length that belongs to another text is refused."""
    with pytest.raises(TextError, match="does not belong"):
        TextSnapshot(text="a", sha256=digest_of("b"), length=1)
    with pytest.raises(TextError, match="length 2 does not match"):
        TextSnapshot(text="a", sha256=digest_of("a"), length=2)


def test_utf16_conversion_examples() -> None:
    """The emoji takes two UTF-16 units; conversions go both ways."""
    snap = TextSnapshot.of(EXAMPLE)
    assert snap.to_utf16(1) == 2
    assert snap.from_utf16(2) == 1
    with pytest.raises(TextError, match="splits a surrogate pair"):
        snap.from_utf16(1)


def test_utf8_conversion_examples() -> None:
    """ü takes two bytes, the emoji four; a byte inside a character is refused."""
    snap = TextSnapshot.of(EXAMPLE)
    assert snap.to_utf8(1) == 4
    assert snap.to_utf8(5) == 9  # after "🤔 Mü"
    assert snap.from_utf8(9) == 5
    with pytest.raises(TextError, match="inside a multi-byte character"):
        snap.from_utf8(2)


def test_offsets_out_of_range() -> None:
    """Offsets outside the text and non-integers raise TextError."""
    snap = TextSnapshot.of("abc")
    for bad in (-1, 4):
        with pytest.raises(TextError, match="outside the text"):
            snap.to_utf16(bad)
    with pytest.raises(TextError, match="must be an int"):
        snap.to_utf8(True)
    with pytest.raises(TextError, match="outside the text"):
        snap.from_utf8(99)


def test_line_column_with_crlf_lf_and_cr() -> None:
    """CRLF, LF and a lone CR each end one line."""
    snap = TextSnapshot.of("ab\r\ncd\ne\rf")
    assert snap.line_column(0) == (1, 1)
    assert snap.line_column(4) == (2, 1)
    assert snap.line_column(7) == (3, 1)
    assert snap.line_column(9) == (4, 1)
    assert snap.offset_of(2, 2) == 5


def test_offset_of_refuses_missing_places() -> None:
    """A line or column that does not exist raises TextError."""
    snap = TextSnapshot.of("ab\ncd")
    with pytest.raises(TextError, match="line 3"):
        snap.offset_of(3, 1)
    with pytest.raises(TextError, match="column 9"):
        snap.offset_of(1, 9)


def test_grapheme_and_crlf_splits() -> None:
    """Offsets inside a combining sequence, an emoji ZWJ sequence or a CRLF split them."""
    snap = TextSnapshot.of("e\u0301 👩‍👩‍👧 a\r\nb")
    assert snap.splits_grapheme(1)
    assert not snap.splits_grapheme(2)
    assert snap.splits_grapheme(5)
    assert snap.splits_crlf(11) and snap.splits_grapheme(11)
    assert not snap.splits_crlf(10)
    assert snap.is_boundary(0) and snap.is_boundary(snap.length)


def test_snapshot_equality_ignores_cache() -> None:
    """Building the offset index does not change equality or hashing."""
    a, b = TextSnapshot.of(EXAMPLE), TextSnapshot.of(EXAMPLE)
    a.to_utf16(3)
    assert a == b and hash(a) == hash(b)


@given(texts(), st.data())
def test_unit_conversions_invert(text: str, data: st.DataObject) -> None:
    """Code point ↔ UTF-16 ↔ UTF-8 conversions invert each other at every offset."""
    snap = TextSnapshot.of(text)
    offset = data.draw(st.integers(0, snap.length))
    assert snap.from_utf16(snap.to_utf16(offset)) == offset
    assert snap.from_utf8(snap.to_utf8(offset)) == offset
    assert snap.to_utf16(offset) == len(text[:offset].encode("utf-16-le")) // 2
    assert snap.to_utf8(offset) == len(text[:offset].encode("utf-8"))


@given(texts())
def test_lengths_match_encodings(text: str) -> None:
    """Lengths in every unit agree with Python's encoders."""
    snap = TextSnapshot.of(text)
    assert snap.utf16_length == len(text.encode("utf-16-le")) // 2
    assert snap.utf8_length == len(text.encode("utf-8"))


@given(texts(max_size=80))
def test_boundaries_agree_with_grapheme_segmentation(text: str) -> None:
    """splits_grapheme is false exactly at UAX #29 cluster boundaries."""
    snap = TextSnapshot.of(text)
    bounds = set(grapheme_boundaries(text))
    for offset in range(snap.length + 1):
        assert snap.splits_grapheme(offset) == (offset not in bounds)


@given(texts(), st.data())
def test_line_column_round_trip(text: str, data: st.DataObject) -> None:
    """offset_of inverts line_column."""
    snap = TextSnapshot.of(text)
    offset = data.draw(st.integers(0, snap.length))
    assert snap.offset_of(*snap.line_column(offset)) == offset


def test_large_text_without_line_breaks_checks_quickly() -> None:
    """Boundary checks stay local on a long line (the scan is bounded)."""
    snap = TextSnapshot.of("x" * 2_000_000)
    assert not snap.splits_grapheme(1_000_000)
