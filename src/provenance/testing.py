"""Hypothesis strategies that build valid texts, anchors and records.

For users testing code that consumes this library's objects (and for the
library's own property tests).  Everything is built through the public
constructors, so whatever these strategies produce satisfies the model's
rules.  Texts are arbitrary Unicode: astral characters, combining marks,
CRLF, right-to-left scripts, quotation marks of every kind.

Requires the ``hypothesis`` package.

>>> from hypothesis import given
>>> @given(records())
... def test_anchors_hold(record):
...     for _path, anchor in record.anchors():
...         assert record.text[anchor.start:anchor.end] == anchor.exact
>>> test_anchors_hold()
"""

from __future__ import annotations

import datetime
import itertools
from typing import Final

import regex
from hypothesis import strategies as st

from provenance.anchors import Anchor, Span
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
from provenance.text import TextSnapshot

__all__ = [
    "anchors",
    "articles",
    "grapheme_boundaries",
    "records",
    "snapshots",
    "spans",
    "texts",
]

_GRAPHEME: Final = regex.compile(r"\X", regex.DOTALL)

# Pieces that make texts interesting for offsets: astral characters (two UTF-16
# units, four UTF-8 bytes), combining marks and emoji sequences (one grapheme,
# several code points), CRLF, right-to-left script, every kind of quote mark.
_TRICKY: Final = (
    "🤔", "𝒳", "👩‍👩‍👧", "🇺🇦", "e\u0301", "a\u0308\u0323", "\r\n", "\n", "\r",
    "שלום", "مرحبا", "\u200f", "\u00a0", "“", "”", "‘", "’", "«", "»", "„", "「", "」",
    "'", '"', "…", "—", "Müller", "Ukraine’s",
)


def texts(*, min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Arbitrary encodable Unicode text mixed with offset-tricky pieces."""
    plain = st.text(
        alphabet=st.characters(exclude_categories=["Cs"]),  # lone surrogates cannot be encoded
        max_size=20,
    )
    piece = st.one_of(plain, st.sampled_from(_TRICKY), st.sampled_from((" ", " said ", ". ")))
    return (
        st.lists(piece, max_size=max(1, max_size // 4))
        .map("".join)
        .map(lambda t: t[:max_size])
        .filter(lambda t: len(t) >= min_size and _encodable(t))
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # slicing may not cut a pair here, but be certain
        return False
    return True


def snapshots(*, min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[TextSnapshot]:
    """Snapshots of :func:`texts`."""
    return texts(min_size=min_size, max_size=max_size).map(TextSnapshot.of)


def grapheme_boundaries(text: str) -> list[int]:
    """Every offset in ``text`` that splits no grapheme cluster (0 and len included)."""
    return [0, *(m.end() for m in _GRAPHEME.finditer(text))]


@st.composite
def spans(draw: st.DrawFn, snapshot: TextSnapshot) -> Span:
    """A span of ``snapshot`` whose ends fall on grapheme boundaries."""
    bounds = grapheme_boundaries(snapshot.text)
    i = draw(st.integers(0, len(bounds) - 1))
    j = draw(st.integers(i, len(bounds) - 1))
    return Span(bounds[i], bounds[j])


@st.composite
def anchors(draw: st.DrawFn, snapshot: TextSnapshot, *, non_empty: bool = False) -> Anchor:
    """An anchor into ``snapshot`` built with :meth:`Anchor.at`."""
    span = draw(spans(snapshot).filter(lambda s: not non_empty or len(s) > 0))
    return Anchor.at(snapshot, span.start, span.end)


@st.composite
def articles(draw: st.DrawFn, *, min_size: int = 0, max_size: int = 400) -> Article:
    """Articles with arbitrary text and optional metadata."""
    text = draw(texts(min_size=min_size, max_size=max_size))
    title = draw(st.none() | st.text(max_size=30).filter(_encodable))
    published = draw(st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)))
    outlet = draw(st.none() | st.sampled_from(("World-Outlook", "The Daily Test", "Радио")))
    return Article.create(text, title=title, published=published, outlet=outlet, language="en")


@st.composite
def records(draw: st.DrawFn, *, max_size: int = 400) -> Record:
    """Valid records: entities with mentions, nested quotations, claims, relay chains."""
    article = draw(articles(min_size=1, max_size=max_size))
    snapshot = article.text
    bounds = grapheme_boundaries(snapshot.text)
    # Disjoint, ordered spans to hang top-level items on.
    cuts = sorted(set(draw(st.lists(st.sampled_from(bounds), max_size=12))))
    pieces = [Span(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    entities = [
        Entity.create(name, kind, aliases=aliases)
        for name, kind, aliases in draw(
            st.lists(
                st.tuples(
                    st.text(min_size=1, max_size=12).filter(lambda s: s.strip() and _encodable(s)),
                    st.sampled_from(EntityKind),
                    st.lists(st.text(min_size=1, max_size=8).filter(_encodable), max_size=2).map(tuple),
                ),
                max_size=4,
                unique_by=lambda t: (t[1], t[0]),
            )
        )
    ]

    def attribution() -> Attribution | None:
        if not entities or not draw(st.booleans()):
            return None
        speaker = draw(st.sampled_from(entities))
        chain = tuple(
            Hop(entity=e.id, date=draw(st.none() | st.sampled_from(("2022-09-16", "--10-04", "2022"))))
            for e in draw(st.lists(st.sampled_from(entities), max_size=2, unique_by=lambda e: e.id))
        )
        cue = draw(st.none() | anchors(snapshot))
        return Attribution(speaker=speaker.id, cue=cue, chain=chain)

    quotations: list[Quotation] = []
    claims: list[Claim] = []
    for piece in pieces:
        inner = [b for b in bounds if piece.start <= b <= piece.end]
        if draw(st.booleans()):
            claims.append(Claim.create(Anchor.at(snapshot, piece.start, piece.end), attribution() or Attribution()))
            continue
        # One or two segments, optionally with a nested child in the first.
        split = draw(st.sampled_from(inner))
        parts = [Span(piece.start, split), Span(split, piece.end)] if draw(st.booleans()) else [piece]
        parts = [p for p in parts if len(p)] or [piece]
        segments = tuple(Segment.create(Anchor.at(snapshot, p.start, p.end)) for p in parts)
        alterations: tuple[Alteration, ...] = ()
        first = parts[0]
        first_inner = [b for b in bounds if first.start <= b <= first.end]
        if draw(st.booleans()):
            a, b = sorted(draw(st.lists(st.sampled_from(first_inner), min_size=2, max_size=2)))
            alterations = (
                Alteration(kind=draw(st.sampled_from(AlterationKind)), anchor=Anchor.at(snapshot, a, b)),
            )
        outer = Quotation.create(
            segments,
            draw(st.sampled_from(QuotationKind)),
            attribution=attribution(),
            alterations=alterations,
        )
        quotations.append(outer)
        if draw(st.booleans()) and len(first_inner) > 1:
            a, b = sorted(draw(st.lists(st.sampled_from(first_inner), min_size=2, max_size=2, unique=True)))
            child_segment = Segment.create(Anchor.at(snapshot, a, b))
            child = Quotation.create((child_segment,), QuotationKind.PARTIAL, parent=outer.id)
            if child.id != outer.id:
                quotations.append(child)
    with_mentions = []
    for entity in entities:
        mentions = tuple(draw(st.lists(anchors(snapshot), max_size=2)))
        with_mentions.append(
            Entity.create(entity.name, entity.kind, aliases=entity.aliases, mentions=mentions)
        )
    return Record.create(article, entities=with_mentions, quotations=quotations, claims=claims)
