"""Test helper: records of news-like texts with quotations, claims and relays.

Unlike the general strategies in :mod:`provenance.testing`, these texts are
built from the patterns news writing uses (“…,” X said; X said that …; a
quote split around its attribution; a relayed quote), so that the speaker,
cue and marks of every item are where a reader (and the brat convention)
expects them.  Everything goes through the public constructors.
"""

from __future__ import annotations

from collections import defaultdict

import attrs
from hypothesis import strategies as st

from provenance.anchors import Anchor, Span
from provenance.model import (
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

PEOPLE = ("Anna Petrova", "Ivan Franko", "Mr. Smith", "the group", "Łukasz Ö")
OUTLETS = ("The Times", "Radio Liberty")

# Words never begin or end with a quotation mark, so that marks around a
# quotation are unambiguous; an astral letter and accents keep offsets honest.
_WORD = st.text(alphabet=st.sampled_from("abcdefghijké𝒜ü"), min_size=1, max_size=8)
WORDS = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
SEPARATORS = st.sampled_from([" ", "\n", "\r\n", "\n\n", " \r\n"])


@attrs.frozen
class Who:
    """Who said a piece, where the text says so, and the outlet that relayed it."""

    speaker: tuple[str, Span] | None = None
    cue: Span | None = None
    hop: tuple[str, Span, Span] | None = None


class Builder:
    """Accumulates text and remembers what every span of it is."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.quotes: list[tuple[QuotationKind, list[tuple[Span, Span, Span]], Who]] = []
        self.claims: list[tuple[Span, Who]] = []

    def add(self, piece: str) -> Span:
        """Append ``piece`` and return its span."""
        span = Span(self.length, self.length + len(piece))
        self.parts.append(piece)
        self.length = span.end
        return span

    def quoted(self, words: str, mark_open: str = "“", mark_close: str = "”") -> tuple[Span, Span, Span]:
        """Append marks around ``words``: (open mark, content, close mark)."""
        return self.add(mark_open), self.add(words), self.add(mark_close)

    def text(self) -> str:
        return "".join(self.parts)


@st.composite
def _piece(draw: st.DrawFn, builder: Builder) -> None:
    shape = draw(st.sampled_from(["direct", "split", "claim", "scare", "relay", "plain"]))
    person = draw(st.sampled_from(PEOPLE))
    if shape == "direct":
        segment = builder.quoted(draw(WORDS) + ",")
        builder.add(" ")
        speaker = builder.add(person)
        builder.add(" ")
        cue = builder.add("said")
        builder.add(".")
        builder.quotes.append((QuotationKind.DIRECT, [segment], Who((person, speaker), cue)))
    elif shape == "split":
        first = builder.quoted(draw(WORDS) + ",")
        builder.add(" ")
        speaker = builder.add(person)
        builder.add(" ")
        cue = builder.add("added")
        builder.add(", ")
        second = builder.quoted(draw(WORDS) + ".")
        builder.quotes.append((QuotationKind.DIRECT, [first, second], Who((person, speaker), cue)))
    elif shape == "claim":
        speaker = builder.add(person)
        builder.add(" ")
        cue = builder.add("said")
        builder.add(" that ")
        content = builder.add(draw(WORDS))
        builder.add(".")
        builder.claims.append((content, Who((person, speaker), cue)))
    elif shape == "scare":
        builder.add("the ")
        segment = builder.quoted(draw(WORDS), "‘", "’")
        builder.add(" thing.")
        builder.quotes.append((QuotationKind.SCARE, [segment], Who()))
    elif shape == "relay":
        outlet = draw(st.sampled_from(OUTLETS))
        segment = builder.quoted(draw(WORDS) + ",")
        builder.add(" ")
        speaker = builder.add(person)
        builder.add(" ")
        cue = builder.add("said")
        builder.add(", ")
        hop = builder.add(outlet)
        builder.add(" ")
        hop_cue = builder.add("reported")
        builder.add(".")
        builder.quotes.append(
            (
                QuotationKind.DIRECT,
                [segment],
                Who((person, speaker), cue, (outlet, hop, hop_cue)),
            )
        )
    else:
        builder.add(draw(WORDS) + ".")


def build(builder: Builder) -> Record:
    """The record of everything the builder remembered."""
    snapshot = TextSnapshot.of(builder.text())
    mentions: dict[tuple[str, EntityKind], list[Anchor]] = defaultdict(list)

    def entity_id(name: str, kind: EntityKind, span: Span) -> tuple[str, Anchor]:
        anchor = Anchor.at(snapshot, span.start, span.end)
        mentions[name, kind].append(anchor)
        return Entity.create(name, kind).id, anchor

    def attribution(info: Who) -> Attribution | None:
        if info.speaker is None or info.cue is None:
            return None
        name, span = info.speaker
        speaker, mention = entity_id(name, EntityKind.PERSON, span)
        cue = info.cue
        chain: tuple[Hop, ...] = ()
        if info.hop is not None:
            outlet, hop_span, hop_cue = info.hop
            hop_entity, hop_mention = entity_id(outlet, EntityKind.OUTLET, hop_span)
            chain = (
                Hop(
                    entity=hop_entity,
                    mention=hop_mention,
                    cue=Anchor.at(snapshot, hop_cue.start, hop_cue.end),
                ),
            )
        return Attribution(
            speaker=speaker,
            speaker_mention=mention,
            cue=Anchor.at(snapshot, cue.start, cue.end),
            chain=chain,
        )

    quotations = [
        Quotation.create(
            [
                Segment.create(Anchor.at(snapshot, content.start, content.end), open_mark=open_, close_mark=close)
                for open_, content, close in segments
            ],
            kind,
            attribution=attribution(info),
        )
        for kind, segments, info in builder.quotes
    ]
    claims = []
    for content, info in builder.claims:
        made = attribution(info)
        assert made is not None
        claims.append(Claim.create(Anchor.at(snapshot, content.start, content.end), made))
    entities = [Entity.create(name, kind, mentions=tuple(found)) for (name, kind), found in mentions.items()]
    return Record.create(Article.create(snapshot), entities=entities, quotations=quotations, claims=claims)


@st.composite
def quoted_records(draw: st.DrawFn, *, max_pieces: int = 6) -> Record:
    """A record of a text made of news-like pieces joined by spaces and line breaks."""
    builder = Builder()
    if draw(st.booleans()):
        builder.add(draw(WORDS) + ".")
    for _ in range(draw(st.integers(0, max_pieces))):
        if builder.length:
            builder.add(draw(SEPARATORS))
        draw(_piece(builder))
    return build(builder)
