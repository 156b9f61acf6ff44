"""Tests for the normaliser and its reversible offset map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance._normalise import CACHE_FROM, Level, normalise
from provenance.testing import texts


def test_whitespace_runs_and_crlf_collapse() -> None:
    """Runs of spaces, tabs and CRLF become one space at the whitespace level."""
    n = normalise("a \t b\r\n\r\nc", Level.WHITESPACE)
    assert n.text == "a b c"
    assert n.to_original(1, 2) == (1, 4)
    assert n.to_original(3, 4) == (5, 9)


def test_nbsp_is_typographic_not_whitespace() -> None:
    """NBSP survives the whitespace level and becomes a space at the typographic level."""
    assert normalise("a\u00a0b", Level.WHITESPACE).text == "a\u00a0b"
    assert normalise("a\u00a0b", Level.TYPOGRAPHIC).text == "a b"


def test_typography_folds_marks_dashes_ellipsis() -> None:
    """Curly and straight marks, dashes and the ellipsis character fold alike."""
    n = normalise("“It’s — over…”", Level.TYPOGRAPHIC)
    assert n.text == '"It"s - over..."'
    # the three dots map back to the single ellipsis character
    assert n.to_original(12, 15) == (12, 13)


def test_case_level_folds_case_and_expands() -> None:
    """Case folding may lengthen text (ß → ss); offsets still map back."""
    n = normalise("Straße X", Level.CASE)
    assert n.text == "strasse x"
    assert n.to_original(4, 6) == (4, 5)
    assert n.to_original(0, 9) == (0, 8)


def test_decomposed_and_precomposed_agree() -> None:
    """NFKC per grapheme cluster makes e + combining acute equal to é."""
    assert normalise("cafe\u0301", Level.TYPOGRAPHIC).text == normalise("café", Level.TYPOGRAPHIC).text
    n = normalise("cafe\u0301 x", Level.TYPOGRAPHIC)
    assert n.to_original(3, 4) == (3, 5)


def test_invisible_characters_vanish() -> None:
    """Zero-width spaces and soft hyphens disappear, never doubling a space."""
    n = normalise("co\u00adop \u200b x", Level.TYPOGRAPHIC)
    assert n.text == "coop x"
    assert n.to_original(0, 4) == (0, 5)


def test_astral_characters_map_by_code_point() -> None:
    """Characters beyond the BMP count as one code point in the map."""
    n = normalise("🤔 “Ok”", Level.TYPOGRAPHIC)
    assert n.text == '🤔 "Ok"'
    assert n.to_original(3, 5) == (3, 5)


def test_long_texts_are_cached() -> None:
    """The normalisation of a long text is computed once."""
    text = "word " * CACHE_FROM
    assert normalise(text, Level.CASE) is normalise(text, Level.CASE)


@given(texts(max_size=120), st.sampled_from(list(Level)))
def test_offset_map_is_monotonic_and_in_bounds(text: str, level: Level) -> None:
    """Every normalised character maps to a non-empty original range, in order."""
    n = normalise(text, level)
    previous = 0
    for i in range(len(n.text)):
        start, end = n.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert start >= previous or start == n.to_original(i - 1, i)[0]
        previous = start
    assert n.to_original(len(n.text), len(n.text)) == (len(text), len(text))


@given(texts(max_size=120), st.sampled_from(list(Level)), st.data())
def test_spans_map_back_to_text_that_normalises_alike(text: str, level: Level, data: st.DataObject) -> None:
    """The original text under a mapped span normalises to (a superset of) the span's text."""
    n = normalise(text, level)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    start, end = n.to_original(a, b)
    assert n.text[a:b].strip() in normalise(text[start:end], level).text


@given(texts(max_size=80), st.sampled_from(list(Level)))
def test_to_normalised_inverts_to_original(text: str, level: Level) -> None:
    """Mapping a normalised offset's original start back gives that offset or an earlier one."""
    n = normalise(text, level)
    for i in range(len(n.text)):
        assert n.to_normalised(n.start_of(i)) <= i
