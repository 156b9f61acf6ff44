"""Building small records by hand for the store's tests (no extraction needed)."""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence

import attrs

from provenance.anchors import Anchor, Span, occurrences
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

_OPEN = "“\"‘"
_CLOSE = "”\"’"


@attrs.frozen
class Q:
    """A quotation to build: its exact words, who said them, the outlets that relayed them."""

    words: str
    speaker: str | None
    hops: tuple[str, ...] = ()
    kind: QuotationKind = QuotationKind.DIRECT
    occurrence: int = 0
    external_id: str | None = None


@attrs.frozen
class C:
    """A claim to build: its exact words and who made it."""

    words: str
    speaker: str


def build(
    text: str,
    quotes: Sequence[Q] = (),
    claims: Sequence[C] = (),
    *,
    outlet: str | None = None,
    published: datetime.date | None = None,
    title: str | None = None,
) -> Record:
    """A record of ``text`` with the given quotations and claims, every anchor found in the text."""
    snap = TextSnapshot.of(text)
    entities: dict[str, Entity] = {}

    def entity(name: str, kind: EntityKind, external_id: str | None = None) -> Entity:
        if name not in entities:
            mentions = tuple(Anchor.at(snap, s, s + len(name)) for s in occurrences(text, name))
            entities[name] = Entity.create(name, kind, mentions=mentions, external_id=external_id)
        return entities[name]

    def mention(name: str, near: int) -> Anchor | None:
        starts = occurrences(text, name)
        if not starts:
            return None
        return Anchor.find(snap, name, near=near)

    built: list[Quotation] = []
    for q in quotes:
        content = Anchor.find(snap, q.words, occurrence=q.occurrence)
        open_mark = Span(content.start - 1, content.start) if content.start and text[content.start - 1] in _OPEN else None
        close_mark = (
            Span(content.end, content.end + 1) if content.end < len(text) and text[content.end] in _CLOSE else None
        )
        attribution = None
        if q.speaker is not None:
            speaker = entity(q.speaker, EntityKind.PERSON, q.external_id)
            chain = tuple(
                Hop(entity=entity(h, EntityKind.OUTLET).id, mention=mention(h, content.end)) for h in q.hops
            )
            attribution = Attribution(
                speaker=speaker.id, speaker_mention=mention(q.speaker, content.end), chain=chain
            )
        segment = Segment.create(content, open_mark=open_mark, close_mark=close_mark)
        built.append(Quotation.create([segment], q.kind, attribution=attribution))
    built_claims = []
    for c in claims:
        speaker = entity(c.speaker, EntityKind.PERSON)
        content = Anchor.find(snap, c.words)
        built_claims.append(
            Claim.create(content, Attribution(speaker=speaker.id, speaker_mention=mention(c.speaker, content.start)))
        )
    article = Article.create(snap, outlet=outlet, published=published, title=title)
    return Record.create(article, entities=list(entities.values()), quotations=built, claims=built_claims)


_VOCABULARY = (
    "the war left people running and panicking on the street while soldiers fled north "
    "workers struck in the city and the bridge was reopened after missiles hit power stations "
    "we will defend our independence every village counts nobody expected the winter to come so early"
)
_WORDS = tuple(_VOCABULARY.split())
_NAMES = ("Antonina Petrova", "Lina Malina", "Ivan Fedorov", "Oleksandr Kovalenko", "Maria Shevchenko")
_OUTLETS = ("Al Jazeera", "Kyiv Weekly", "Daily Ledger", "Morning Wire")


def synthetic(n: int, seed: int = 0) -> list[Record]:
    """``n`` small distinct articles, each with a few quotations, a claim and a relay hop."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        quotes: list[Q] = []
        parts = [f"Report number {i}."]
        for _ in range(rng.randint(1, 4)):
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 12))) + f" {i}x{len(quotes)}"
            speaker = rng.choice(_NAMES)
            hop = rng.choice(_OUTLETS)
            parts.append(f"“{words},” {speaker} told {hop}.")
            quotes.append(Q(words + ",", speaker, hops=(hop,)))
        claim_speaker = rng.choice(_NAMES)
        claim = f"the strikes in sector {i} had stopped"
        parts.append(f"{claim_speaker} said that {claim}.")
        text = "\n\n".join(parts)
        records.append(
            build(
                text,
                quotes,
                [C(claim, claim_speaker)],
                outlet=rng.choice(_OUTLETS),
                published=datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randint(0, 900)),
            )
        )
    return records
