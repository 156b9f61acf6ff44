"""Tests for provenance.testing: the strategies build valid, varied objects."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=10)
@given(st.data())
def test_records_cover_the_model(data: st.DataObject) -> None:
    """Across many draws the strategy produces nesting, claims, chains and astral text."""
    seen: set[str] = set()
    for _ in range(12):
        record: Record = data.draw(records())
        if any(q.parent for q in record.quotations):
            seen.add("nested")
        if record.claims:
            seen.add("claim")
        if any(q.attribution and q.attribution.chain for q in record.quotations):
            seen.add("chain")
        if any(ord(c) > 0xFFFF for c in record.text):
            seen.add("astral")
        if "\r\n" in record.text:
            seen.add("crlf")
    assert seen >= {"nested", "claim"}


@given(articles())
def test_articles_have_content_ids(article: object) -> None:
    """Articles are built through Article.create, so ids derive from the text."""
    assert getattr(article, "id", "").startswith("art-")
