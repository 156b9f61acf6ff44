"""Tests for provenance.testing: the strategies build valid, varied objects."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import Phase, find, given, settings

from provenance.model import Record
from provenance.testing import articles, grapheme_boundaries, records, snapshots, texts
from provenance.text import TextSnapshot


@given(texts())
def test_texts_are_encodable(text: str) -> None:
    """Generated texts always have a UTF-8 form."""
    text.encode("utf-8")


@given(snapshots())
def test_snapshots_are_consistent(snapshot: TextSnapshot) -> None:
    """Generated snapshots satisfy their own checks."""
    assert snapshot.length == len(snapshot.text)


def test_grapheme_boundaries_example() -> None:
    """A combining sequence and a flag are one cluster each."""
    assert grapheme_boundaries("e\u0301🇺🇦x") == [0, 2, 4, 5]


COVERAGE: dict[str, Callable[[Record], bool]] = {
    "nested": lambda r: any(q.parent for q in r.quotations),
    "claim": lambda r: bool(r.claims),
    "chain": lambda r: any(q.attribution and q.attribution.chain for q in r.quotations),
    "astral": lambda r: any(ord(c) > 0xFFFF for c in r.text),
}


@pytest.mark.parametrize("feature", sorted(COVERAGE))
def test_records_cover_the_model(feature: str) -> None:
    """The strategy can produce nesting, claims, chains and astral text (find fails if it cannot)."""
    found = find(records(), COVERAGE[feature], settings=settings(max_examples=2000, database=None, phases=[Phase.generate]))
    assert COVERAGE[feature](found)


@given(articles())
def test_articles_have_content_ids(article: object) -> None:
    """Articles are built through Article.create, so ids derive from the text."""
    assert getattr(article, "id", "").startswith("art-")
