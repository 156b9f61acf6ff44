"""Tests for the bounded approximate search."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import _fuzzy
from tests.conftest import FIXTURES


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[:], i
        for j, y in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
    return row[-1]


@given(st.text("abc", max_size=12), st.text("abcd", max_size=12))
def test_distance_matches_the_textbook_definition(a: str, b: str) -> None:
    """The bit-parallel distance equals the dynamic-programming distance."""
    assert _fuzzy.distance(a, b) == _levenshtein(a, b)


@given(st.text("ab ", min_size=1, max_size=40), st.text("ab", min_size=3, max_size=10), st.integers(0, 3))
def test_search_matches_are_within_budget(text: str, pattern: str, k: int) -> None:
    """Every reported match really is within its stated distance."""
    for match in _fuzzy.search(pattern, text, k):
        assert match.distance <= k
        assert _levenshtein(pattern, text[match.start : match.end]) == match.distance


@given(st.text("abcdefgh ", min_size=0, max_size=60), st.text("abcdefgh", min_size=4, max_size=12))
def test_search_finds_every_exact_occurrence(text: str, pattern: str) -> None:
    """An exact occurrence is always found, with distance 0."""
    text = text + pattern + text
    found = _fuzzy.search(pattern, text, 1)
    assert any(m.distance == 0 and text[m.start : m.end] == pattern for m in found)


def test_search_keeps_every_place_not_only_the_best() -> None:
    """A one-error place is listed beside an exact one."""
    found = _fuzzy.search("colour", "the color of the colours", 1)
    assert [(m.start, m.end, m.distance) for m in found] == [(4, 9, 1), (17, 23, 0)]


def test_alignment_prefers_word_boundaries() -> None:
    """A typo at the start aligns with the whole word, not a suffix of it."""
    [match] = _fuzzy.search("Mllions upon millions", "so Millions upon millions of", 2)
    assert (match.start, match.end) == (3, 25)


def test_seeded_search_in_a_large_text() -> None:
    """In a megabyte the seeds find a 200-character passage with typos."""
    text = (FIXTURES / "002_168bef1ba08e84db.txt").read_text(encoding="utf-8")
    rng = random.Random(7)
    big = "".join(rng.choice("abcdefghij klmnop") for _ in range(1_000_000))
    big = big[:400_000] + text + big[400_000:]
    passage = text[5000:5200]
    typo = passage[:50] + "X" + passage[51:120] + passage[125:]
    found = _fuzzy.search(typo, big, 20)
    assert [(m.start, m.end) for m in found if m.distance <= 6] == [(405_000, 405_200)]


def test_repetitive_text_does_not_hang() -> None:
    """A pattern whose pieces occur everywhere is bounded by the window limit."""
    found = _fuzzy.search("ab" * 40 + "c", "ab" * 500_000, 8, max_windows=4)
    assert all(m.distance <= 8 for m in found)


_WORDS = ("the", "cat", "sat", "on", "mat", "a", "concatenation", "at", "then", "hat", "ca")


def _word_text(seed: int, words: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(words))


@given(st.text("ab c", max_size=200), st.text("ab c", min_size=1, max_size=16), st.integers(0, 5))
def test_index_finds_what_scanning_finds(text: str, piece: str, limit: int) -> None:
    """SeedIndex.find_all returns exactly the occurrences repeated str.find returns."""
    index = _fuzzy.SeedIndex.of(text)
    assert index.find_all(piece, limit) == _fuzzy._find_all(text, piece, limit)
    inside = text[len(text) // 3 : len(text) // 3 + len(piece)]
    if inside:
        assert index.find_all(inside, limit) == _fuzzy._find_all(text, inside, limit)


@given(st.integers(0, 2**32), st.integers(0, 4), st.data())
def test_indexed_search_equals_scanning_search(seed: int, edits: int, data: st.DataObject) -> None:
    """On random long texts, seeded search with an index returns exactly what scanning returns."""
    text = _word_text(seed, 1500)
    assert len(text) > _fuzzy.FULL_SCAN
    start = data.draw(st.integers(0, len(text) - 80))
    pattern = list(text[start : start + data.draw(st.integers(8, 80))])
    for _ in range(edits):
        at = data.draw(st.integers(0, len(pattern) - 1))
        pattern[at] = data.draw(st.sampled_from("xq "))
    key = "".join(pattern)
    budget = data.draw(st.integers(0, len(key) // 4))
    index = _fuzzy.SeedIndex.of(text)
    assert _fuzzy.search(key, text, budget, index=index) == _fuzzy.search(key, text, budget)


def test_index_finds_a_typo_quote_in_a_large_text() -> None:
    """The indexed search finds an edited quote in a long text, where scanning finds it."""
    text = _word_text(7, 40_000) + " this quotation was edited only once " + _word_text(8, 40_000)
    index = _fuzzy.SeedIndex.of(text)
    matches = _fuzzy.search("this quotation was edlted only once", text, 4, index=index)
    assert [text[m.start : m.end] for m in matches] == ["this quotation was edited only once"]
    assert matches == _fuzzy.search("this quotation was edlted only once", text, 4)


def test_index_of_another_text_is_refused() -> None:
    """An index built over another text is refused instead of giving wrong places."""
    index = _fuzzy.SeedIndex.of("some other text")
    with pytest.raises(ValueError, match="another text"):
        _fuzzy.search("pattern", _word_text(1, 1000), 1, index=index)


def test_pieces_start_at_spaces_and_stay_disjoint() -> None:
    """Seed pieces are cut just before spaces where one is near, and never overlap."""
    pattern = "the quick brown fox jumps over the lazy dog and runs far away"
    pieces = _fuzzy._pieces(pattern, 4, 12)
    assert "".join(p for _, p in pieces) == pattern
    assert all(p.startswith(" ") for _, p in pieces[1:])
