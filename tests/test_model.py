"""Tests for provenance.model: construction rules, ids and look-ups."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given

from provenance.anchors import Anchor, Span
from provenance.errors import ModelError
from provenance.model import (
    Alteration,
    AlterationKind,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from provenance.testing import records
from provenance.text import TextSnapshot

TEXT = (
    "“Describing the West as ‘deceitful,’” the New York Times reported, "
    "“Mr. Putin noted it. He added: ‘By the way, they created a precedent.’”"
)
ARTICLE = Article.create(TEXT, outlet="World-Outlook", published=datetime.date(2022, 10, 10))
SNAP = ARTICLE.text


def _relay_record() -> Record:
    """The split, nested relay quotation of seed 002, in miniature."""
    nyt = Entity.create(
        "New York Times", EntityKind.OUTLET, mentions=(Anchor.find(SNAP, "New York Times"),)
    )
    wo = Entity.create("World-Outlook", EntityKind.OUTLET)
    putin = Entity.create(
        "Vladimir Putin",
        aliases=("Putin", "Mr. Putin"),
        mentions=(Anchor.find(SNAP, "Mr. Putin"), Anchor.find(SNAP, "He")),
    )
    first = Anchor.find(SNAP, "Describing the West as ‘deceitful,’")
    second = Anchor.find(SNAP, "Mr. Putin noted it. He added: ‘By the way, they created a precedent.’")
    outer = Quotation.create(
        [
            Segment.create(first, open_mark=Span(0, 1), close_mark=Span(first.end, first.end + 1)),
            Segment.create(second, open_mark=Span(second.start - 1, second.start), close_mark=Span(second.end, second.end + 1)),
        ],
        attribution=Attribution(
            speaker=nyt.id,
            speaker_mention=Anchor.find(SNAP, "New York Times"),
            cue=Anchor.find(SNAP, "reported"),
            chain=(Hop(entity=wo.id),),
        ),
    )
    via_times = (Hop(entity=nyt.id, cue=Anchor.find(SNAP, "reported")), Hop(entity=wo.id))
    inner1 = Quotation.create(
        [Segment.create(Anchor.find(SNAP, "deceitful,"))],
        QuotationKind.PARTIAL,
        parent=outer.id,
        attribution=Attribution(speaker=putin.id, chain=via_times),
    )
    inner2 = Quotation.create(
        [Segment.create(Anchor.find(SNAP, "By the way, they created a precedent."))],
        parent=outer.id,
        attribution=Attribution(
            speaker=putin.id,
            speaker_mention=Anchor.find(SNAP, "He"),
            cue=Anchor.find(SNAP, "added"),
            chain=via_times,
        ),
    )
    return Record.create(ARTICLE, entities=[wo, putin, nyt], quotations=[inner2, outer, inner1])


def test_relay_record_structure() -> None:
    """The split quote has two segments, two nested children and the right chains."""
    record = _relay_record()
    outer = record.quotations[0]
    assert len(outer.segments) == 2 and record.depth(outer) == 0
    children = record.children(outer)
    assert len(children) == 2 and all(record.depth(c) == 1 for c in children)
    assert [e.name for e in record.chain(outer)] == ["World-Outlook"]
    assert {record.speaker(c).name for c in children} == {"Vladimir Putin"}  # type: ignore[union-attr]
    assert [e.name for e in record.chain(children[0])] == ["New York Times", "World-Outlook"]


def test_create_sorts_items_in_text_order() -> None:
    """Record.create orders quotations by position (parents before children) and entities by first mention."""
    record = _relay_record()
    starts = [q.span.start for q in record.quotations]
    assert starts == sorted(starts)
    assert record.entities[0].name == "New York Times"


def test_ids_are_deterministic() -> None:
    """Building the same record twice gives the same ids."""
    a, b = _relay_record(), _relay_record()
    assert [q.id for q in a.quotations] == [q.id for q in b.quotations]
    assert a == b
    assert a.article.id.startswith("art-") and a.quotations[0].id.startswith("q-")


def test_ids_differ_between_texts() -> None:
    """The same offsets in another text give another quotation id."""
    one = Article.create("“a” b").text
    two = Article.create("“c” d").text
    q1 = Quotation.create([Segment.create(Anchor.at(one, 1, 2))])
    q2 = Quotation.create([Segment.create(Anchor.at(two, 1, 2))])
    assert q1.id != q2.id


def test_lookups_raise_model_error() -> None:
    """Unknown ids raise ModelError, never KeyError."""
    record = _relay_record()
    with pytest.raises(ModelError, match="no entity 'nobody'"):
        record.entity("nobody")
    with pytest.raises(ModelError, match="no quotation"):
        record.quotation("q-0")


def test_segment_outside_text_refused() -> None:
    """An anchor from another text is refused with its path."""
    other = TextSnapshot.of("something else entirely")
    quotation = Quotation.create([Segment.create(Anchor.at(other, 0, 9))])
    with pytest.raises(ModelError, match="another text") as info:
        Record.create(ARTICLE, quotations=[quotation])
    assert info.value.path == "$.quotations[0].segments[0].content.sha256"


def test_anchor_with_changed_exact_refused() -> None:
    """An anchor whose exact text differs from the text at its span is refused."""
    good = Anchor.find(SNAP, "Describing")
    forged = attrs.evolve(good, exact="Descryibing"[:10])
    with pytest.raises(ModelError, match="differs from the text"):
        Record.create(ARTICLE, quotations=[Quotation.create([Segment.create(forged)])])


def test_nested_outside_parent_refused() -> None:
    """A child whose segments are not inside its parent is refused."""
    parent = Quotation.create([Segment.create(Anchor.find(SNAP, "Describing the West"))])
    child = Quotation.create([Segment.create(Anchor.find(SNAP, "Mr. Putin noted"))], parent=parent.id)
    with pytest.raises(ModelError, match="not inside its parent"):
        Record.create(ARTICLE, quotations=[parent, child])


def test_unknown_parent_and_entity_refused() -> None:
    """Dangling parent and entity references are refused with paths."""
    orphan = Quotation.create([Segment.create(Anchor.find(SNAP, "Describing"))], parent="q-missing")
    with pytest.raises(ModelError, match="not a quotation of this record"):
        Record.create(ARTICLE, quotations=[orphan])
    claim = Claim.create(Anchor.find(SNAP, "Describing"), Attribution(speaker="ent-x"))
    with pytest.raises(ModelError, match="not an entity") as info:
        Record.create(ARTICLE, claims=[claim])
    assert info.value.path == "$.claims[0].attribution.speaker"


def test_duplicate_ids_refused() -> None:
    """Two quotations with the same id are refused."""
    q = Quotation.create([Segment.create(Anchor.find(SNAP, "Describing"))])
    with pytest.raises(ModelError, match="duplicate id"):
        Record(article=ARTICLE, quotations=(q, q))


def test_segments_must_be_ordered() -> None:
    """Segments out of order or overlapping are refused."""
    a, b = Anchor.find(SNAP, "Describing"), Anchor.find(SNAP, "the West")
    with pytest.raises(ModelError, match="text order"):
        Quotation.create([Segment.create(b), Segment.create(a)])
    with pytest.raises(ModelError, match="at least one segment"):
        Quotation.create([])


def test_marks_must_enclose_content() -> None:
    """An opening mark after the content start, or a closing mark inside it, is refused."""
    content = Anchor.find(SNAP, "Describing")
    with pytest.raises(ModelError, match="opening mark"):
        Segment.create(content, open_mark=Span(2, 3))
    with pytest.raises(ModelError, match="closing mark"):
        Segment.create(content, close_mark=Span(3, 4))


def test_mark_past_end_refused() -> None:
    """A closing mark beyond the text is refused, with the path of that mark."""
    content = Anchor.find(SNAP, "precedent.")
    quotation = Quotation.create([Segment.create(content, close_mark=Span(len(TEXT) + 1, len(TEXT) + 2))])
    with pytest.raises(ModelError, match="past the end") as info:
        Record.create(ARTICLE, quotations=[quotation])
    assert info.value.path == "$.quotations[0].segments[0].close_mark"


def test_alteration_must_lie_in_a_segment() -> None:
    """An alteration outside every segment is refused."""
    with pytest.raises(ModelError, match="outside every segment"):
        Quotation.create(
            [Segment.create(Anchor.find(SNAP, "Describing"))],
            alterations=(Alteration(kind=AlterationKind.SIC, anchor=Anchor.find(SNAP, "precedent")),),
        )


@pytest.mark.parametrize("date", ["2022-09-16", "2022-09", "2022", "--09-16"])
def test_hop_dates_accept_partial_iso(date: str) -> None:
    """Hop dates take ISO 8601 at the precision the text gives."""
    assert Hop(entity="ent-x", date=date).date == date


@pytest.mark.parametrize("date", ["September 16", "2022-13-01", "--13-01", "16/09/2022", ""])
def test_hop_dates_refuse_other_forms(date: str) -> None:
    """Anything else is refused with a clear message."""
    with pytest.raises(ModelError, match="date"):
        Hop(entity="ent-x", date=date)


def test_field_types_are_checked() -> None:
    """Wrong field types raise ModelError naming the field."""
    with pytest.raises(ModelError, match="'name' must be a non-empty string"):
        Entity.create("  ")
    with pytest.raises(ModelError, match=r"'aliases\[0\]' must be a str"):
        Entity(id="ent-1", kind=EntityKind.PERSON, name="A", aliases=(3,))
    with pytest.raises(ModelError, match="'title' must be a str or None"):
        Article.create("x", title=5)  # type: ignore[arg-type]


def test_quotation_text_joins_segments() -> None:
    """words and text expose the segments' exact words."""
    outer = _relay_record().quotations[0]
    assert outer.words[0] == "Describing the West as ‘deceitful,’"
    assert outer.text.startswith("Describing the West as ‘deceitful,’ Mr. Putin noted it.")


@given(records())
def test_generated_records_hold_their_anchors(record: Record) -> None:
    """Every anchor of a valid record matches its text; children lie inside parents."""
    for _path, anchor in record.anchors():
        assert record.text[anchor.start : anchor.end] == anchor.exact
    for quotation in record.quotations:
        if quotation.parent is not None:
            assert record.quotation(quotation.parent).contains(quotation)
