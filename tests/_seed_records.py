"""Records built by hand from the seed articles, for the citation, link and report tests.

Everything goes through the public constructors; offsets are found from the
exact words, so a wrong string fails loudly here rather than in a test.
"""

from __future__ import annotations

import datetime

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
from tests.conftest import FIXTURES

ARTICLE_002 = "002_168bef1ba08e84db.txt"
ARTICLE_000 = "000_7c5aed5cf3782017.txt"
URL_002 = "https://example.org/world-outlook/2022/10/signs-of-demoralization"


def read_fixture(name: str) -> str:
    """A seed article's text, exactly as stored."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def marked(snap: TextSnapshot, words: str, *, opening: bool = True, closing: bool = True,
           after: int = 0) -> Segment:
    """A segment for ``words`` as written in the text, marks included at either end."""
    whole = Anchor.find(snap, words, after=after)
    start = whole.start + (1 if opening else 0)
    end = whole.end - (1 if closing else 0)
    return Segment.create(
        Anchor.at(snap, start, end),
        open_mark=Span(whole.start, start) if opening else None,
        close_mark=Span(end, whole.end) if closing else None,
    )


def inner(snap: TextSnapshot, words: str, within: Segment) -> Segment:
    """A nested segment: ``words`` with its marks, inside ``within``."""
    return marked(snap, words, after=within.content.start)


def mention(snap: TextSnapshot, words: str, *, after: int = 0) -> Anchor:
    """The first occurrence of ``words`` at or after ``after``."""
    return Anchor.find(snap, words, occurrence=0, after=after)


def record_002() -> Record:
    """Article 002 with its hardest quotations (split relay, nested, ellipsis, multi-paragraph)."""
    article = Article.create(
        read_fixture(ARTICLE_002),
        title="Signs of demoralization in Russian army as opposition to war, draft grows in Russia",
        authors=("Geoff Mirelowitz", "Argiris Malapanis"),
        outlet="World-Outlook",
        published=datetime.date(2022, 10, 10),
        url=URL_002,
    )
    snap = article.text
    putin = Entity.create("Vladimir Putin", aliases=("Putin", "Mr. Putin"),
                          mentions=(mention(snap, "Vladimir Putin"),))
    nyt = Entity.create("The New York Times", EntityKind.OUTLET, aliases=("New York Times", "the Times"),
                        mentions=(mention(snap, "New York Times"),))
    wapo = Entity.create("The Washington Post", EntityKind.OUTLET, aliases=("Washington Post",),
                         mentions=(mention(snap, "Washington Post"),))
    outlook = Entity.create("World-Outlook", EntityKind.OUTLET, mentions=(mention(snap, "World-Outlook"),))
    cossio = Entity.create("Carlos Fernández de Cossío", aliases=("Fernández de Cossío",),
                           description="Cuba's deputy foreign minister",
                           mentions=(mention(snap, "Carlos Fernández de Cossío"),))
    own = Hop(entity=outlook.id)

    # “Describing the West as ‘…,’” the New York Times reported, “Mr. Putin noted … ‘By the way, …’”
    first = marked(snap, "“Describing the West as ‘deceitful and hypocritical through and through,’”")
    second = marked(snap, "“Mr. Putin noted that the United States was the only country to have used "
                          "nuclear weapons in war. He added: ‘By the way, they created a precedent.’”")
    reported = mention(snap, "reported", after=first.content.end)
    relay = Attribution(speaker=nyt.id, speaker_mention=mention(snap, "New York Times", after=first.content.end),
                        cue=reported, chain=(own,))
    outer = Quotation.create([first, second], attribution=relay)
    through_nyt = (Hop(entity=nyt.id, mention=relay.speaker_mention, cue=reported), own)
    deceitful = Quotation.create(
        [inner(snap, "‘deceitful and hypocritical through and through,’", first)],
        QuotationKind.PARTIAL, parent=outer.id,
        attribution=Attribution(speaker=putin.id, chain=through_nyt),
    )
    precedent = Quotation.create(
        [inner(snap, "‘By the way, they created a precedent.’", second)],
        parent=outer.id,
        attribution=Attribution(speaker=putin.id, cue=mention(snap, "added", after=second.content.start),
                                chain=through_nyt),
    )

    # The October 4 Washington Post: “… said that… about 200,000 [Russians] had crossed …”
    post = marked(snap, "“The interior minister in neighboring Kazakhstan, Marat Akhmetzhanov, said that… "
                        "about 200,000 [Russians] had crossed that country’s border since Sept. 21, most of "
                        "them apparently fleeing the mobilization or leaving out of fear that Putin would "
                        "soon impose martial law and bar international travel. Tens of thousands more "
                        "Russians have fled to other neighboring countries, including Georgia and Finland.”")
    interior = Quotation.create(
        [post],
        attribution=Attribution(
            speaker=wapo.id, speaker_mention=mention(snap, "Washington Post", after=post.content.start - 80),
            cue=mention(snap, "reported", after=post.content.start - 80), chain=(own,),
        ),
        alterations=(
            Alteration(kind=AlterationKind.ELLIPSIS, anchor=mention(snap, "…", after=post.content.start)),
            Alteration(kind=AlterationKind.INSERTION, anchor=mention(snap, "[Russians]")),
        ),
    )

    # Fernández de Cossío replied: three paragraphs, each opened, only the last closed.
    replied = mention(snap, "replied:")
    p1 = marked(snap, "“Cuba’s position is not new.", closing=False, after=replied.end)
    p1 = Segment.create(
        Anchor.at(snap, p1.content.start, snap.text.index("\n", p1.content.start)),
        open_mark=p1.open_mark,
    )
    p2_start = snap.text.index("“At the same time, Cuba cannot support", p1.content.end)
    p2 = Segment.create(Anchor.at(snap, p2_start + 1, snap.text.index("\n", p2_start)),
                        open_mark=Span(p2_start, p2_start + 1))
    p3_start = snap.text.index("“Now, we clearly see", p2.content.end)
    p3_end = snap.text.index("for all nations.”", p3_start) + len("for all nations.")
    p3 = Segment.create(Anchor.at(snap, p3_start + 1, p3_end), open_mark=Span(p3_start, p3_start + 1),
                        close_mark=Span(p3_end, p3_end + 1))
    cuba = Quotation.create(
        [p1, p2, p3],
        attribution=Attribution(speaker=cossio.id, speaker_mention=mention(snap, "Fernández de Cossío",
                                                                           after=replied.start - 25),
                                cue=Anchor.at(snap, replied.start, replied.end - 1), chain=(own,)),
    )

    # On September 30, the New York Times reported, Putin announced Russia would annex …
    announced = mention(snap, "announced Russia")
    claim = Claim.create(
        mention(snap, "Russia would annex Donetsk, Luhansk, Zaporizhzhia and Kherson"),
        Attribution(speaker=putin.id, speaker_mention=mention(snap, "Putin", after=announced.start - 7),
                    cue=Anchor.at(snap, announced.start, announced.start + len("announced")),
                    chain=(Hop(entity=nyt.id, cue=mention(snap, "reported")), own)),
    )
    return Record.create(
        article,
        entities=[putin, nyt, wapo, outlook, cossio],
        quotations=[outer, deceitful, precedent, interior, cuba],
        claims=[claim],
    )


def record_000() -> Record:
    """Article 000 with the bracketed insertion “When [the Russian soldiers] left, …”."""
    article = Article.create(read_fixture(ARTICLE_000), published=datetime.date(2022, 10, 24))
    snap = article.text
    antonina = Entity.create("Antonina", description="a pensioner there", mentions=(mention(snap, "Antonina"),))
    jazeera = Entity.create("Al Jazeera", EntityKind.OUTLET, mentions=(mention(snap, "Al Jazeera"),))
    seg = marked(snap, "“When [the Russian soldiers] left, they were running and panicking on the street,”")
    told = mention(snap, "told", after=seg.content.end)
    quote = Quotation.create(
        [seg],
        attribution=Attribution(
            speaker=antonina.id, speaker_mention=mention(snap, "Antonina", after=seg.content.end), cue=told,
            addressee=jazeera.id, addressee_mention=mention(snap, "Al Jazeera", after=told.end),
            chain=(Hop(entity=jazeera.id, mention=mention(snap, "Al Jazeera", after=told.end), cue=told),),
        ),
        alterations=(Alteration(kind=AlterationKind.INSERTION, anchor=mention(snap, "[the Russian soldiers]")),),
    )
    return Record.create(article, entities=[antonina, jazeera], quotations=[quote])


def by_words(record: Record, start: str) -> Quotation:
    """The quotation whose first segment begins with ``start``."""
    for q in record.quotations:
        if q.segments[0].content.exact.startswith(start):
            return q
    raise LookupError(start)
