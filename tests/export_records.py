"""Records built from the seed articles with the public constructors, for the export tests.

Each builder anchors its pieces by their exact words (``Anchor.find``), so a
wrong offset cannot slip in: construction fails if the words are not there.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from provenance import serialise
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
from tests.conftest import FIXTURES

__all__ = [
    "DESCRIBING",
    "gold_records",
    "record_000",
    "record_002",
    "seed_records",
]

#: The first words of the 002 split quotation relayed through the New York Times.
DESCRIBING = "Describing the West as ‘deceitful and hypocritical through and through,’"


def _snapshot(stem: str) -> TextSnapshot:
    return TextSnapshot.of((FIXTURES / f"{stem}.txt").read_text(encoding="utf-8"))


def _segment(snap: TextSnapshot, words: str, *, after: int = 0) -> Segment:
    """A segment for ``words`` with the one-character marks either side of it."""
    content = Anchor.find(snap, words, after=after, occurrence=0)
    return Segment.create(
        content,
        open_mark=Span(content.start - 1, content.start),
        close_mark=Span(content.end, content.end + 1),
    )


def record_002() -> Record:
    """002: the "Describing the West" split quote (NYT's words) with two nested Putin quotes."""
    snap = _snapshot("002_168bef1ba08e84db")
    article = Article.create(
        snap,
        title="Signs of demoralization in Russian army as opposition to war, draft grows in Russia",
        authors=("Geoff Mirelowitz", "Argiris Malapanis"),
        outlet="World-Outlook",
        section="NEWS ANALYSIS",
        language="en",
    )
    first = _segment(snap, DESCRIBING)
    second = _segment(
        snap,
        "Mr. Putin noted that the United States was the only country to have used nuclear "
        "weapons in war. He added: ‘By the way, they created a precedent.’",
        after=first.content.end,
    )
    nyt_mention = Anchor.find(snap, "New York Times", after=first.content.end, occurrence=0)
    reported = Anchor.find(snap, "reported", after=nyt_mention.end, occurrence=0)
    mr_putin = Anchor.find(snap, "Mr. Putin", after=second.content.start, occurrence=0)
    he = Anchor.find(snap, "He", after=second.content.start, occurrence=0)
    added = Anchor.find(snap, "added", after=he.end, occurrence=0)
    wo_mention = Anchor.find(snap, "World-Outlook", occurrence=0)

    putin = Entity.create(
        "Vladimir Putin",
        EntityKind.PERSON,
        aliases=("Putin", "Mr. Putin"),
        description="Russian president",
        external_id="https://www.wikidata.org/wiki/Q7747",
        mentions=(Anchor.find(snap, "Vladimir Putin"), mr_putin, he),
    )
    nyt = Entity.create("New York Times", EntityKind.OUTLET, aliases=("the Times",), mentions=(nyt_mention,))
    outlook = Entity.create("World-Outlook", EntityKind.OUTLET, mentions=(wo_mention,))
    own = Hop(entity=outlook.id)
    via_nyt = Hop(entity=nyt.id, mention=nyt_mention, cue=reported)

    outer = Quotation.create(
        [first, second],
        QuotationKind.DIRECT,
        attribution=Attribution(speaker=nyt.id, speaker_mention=nyt_mention, cue=reported, chain=(own,)),
    )
    deceitful = _segment(snap, "deceitful and hypocritical through and through,", after=first.content.start)
    precedent = _segment(snap, "By the way, they created a precedent.", after=second.content.start)
    inner_partial = Quotation.create(
        [deceitful],
        QuotationKind.PARTIAL,
        attribution=Attribution(speaker=putin.id, speaker_mention=mr_putin, chain=(via_nyt, own)),
        parent=outer.id,
    )
    inner_direct = Quotation.create(
        [precedent],
        QuotationKind.DIRECT,
        attribution=Attribution(speaker=putin.id, speaker_mention=he, cue=added, chain=(via_nyt, own)),
        parent=outer.id,
    )
    democracy = _segment(snap, "democracy.", after=second.content.end)
    scare = Quotation.create([democracy], QuotationKind.SCARE)

    annex = Anchor.find(snap, "Russia would annex Donetsk, Luhansk, Zaporizhzhia and Kherson")
    sept_nyt = Anchor.find(snap, "New York Times", occurrence=0)
    claim = Claim.create(
        annex,
        Attribution(
            speaker=putin.id,
            speaker_mention=Anchor.find(snap, "Putin", after=sept_nyt.end, occurrence=0),
            cue=Anchor.find(snap, "announced", after=sept_nyt.end, occurrence=0),
            chain=(
                Hop(
                    entity=nyt.id,
                    mention=sept_nyt,
                    cue=Anchor.find(snap, "reported", after=sept_nyt.end, occurrence=0),
                    date="--09-30",
                    date_mention=Anchor.find(snap, "September 30"),
                ),
                own,
            ),
        ),
    )
    return Record.create(
        article,
        entities=[putin, nyt, outlook],
        quotations=[outer, inner_partial, inner_direct, scare],
        claims=[claim],
    )


def record_000() -> Record:
    """000: the repeated photo caption quote (twice the same words) and a "says" claim."""
    snap = _snapshot("000_7c5aed5cf3782017")
    article = Article.create(
        snap,
        title="As Putin bombs civilians — Defend Ukraine sovereignty!",
        authors=("Roy Landersen",),
        published=datetime.date(2022, 10, 24),
        language="en",
    )
    malina = Entity.create(
        "Lina Malina",
        EntityKind.PERSON,
        mentions=tuple(Anchor.find(snap, "Lina Malina", occurrence=i) for i in range(2)),
    )
    putin = Entity.create(
        "Vladimir Putin",
        EntityKind.PERSON,
        aliases=("Putin",),
        mentions=(Anchor.find(snap, "Putin", occurrence=0),),
    )
    quotations = []
    for i in range(2):
        segment = _segment(snap, "nation of invincibles.", after=malina.mentions[i].end)
        speaker_mention = malina.mentions[i]
        quotations.append(
            Quotation.create(
                [segment],
                QuotationKind.PARTIAL,
                attribution=Attribution(
                    speaker=malina.id,
                    speaker_mention=speaker_mention,
                    cue=Anchor.find(snap, "said", after=speaker_mention.end, occurrence=0),
                ),
            )
        )
    says = Anchor.find(snap, "Putin says")
    claim = Claim.create(
        Anchor.find(
            snap,
            "the bombardment was retaliation for the Oct. 8 explosion on the Kerch Bridge that "
            "links Crimea, seized from Ukraine and annexed by Moscow in 2014, with the Russian mainland",
        ),
        Attribution(
            speaker=putin.id,
            speaker_mention=Anchor.at(snap, says.start, says.start + len("Putin")),
            cue=Anchor.at(snap, says.end - len("says"), says.end),
        ),
    )
    return Record.create(article, entities=[malina, putin], quotations=quotations, claims=[claim])


def gold_records() -> list[tuple[str, Record]]:
    """Every gold record present in fixtures/gold (written separately; may be none yet)."""
    gold = FIXTURES / "gold"
    paths: list[Path] = sorted(gold.glob("*.record.json")) if gold.is_dir() else []
    return [(path.name, serialise.load(path)) for path in paths]


def seed_records() -> list[tuple[str, Record]]:
    """The hand-built seed records followed by the gold records."""
    return [("000", record_000()), ("002", record_002()), *gold_records()]
