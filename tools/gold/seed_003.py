"""Gold annotation of 003: "Support struggle of the Ukrainian people to defend their independence".

The text does not name its outlet, so no chain ends in it.
"""

from __future__ import annotations

from provenance.model import AlterationKind as A
from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import Alt, By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("landersen", "Roy Landersen"),
    # The photo credit is glued to the caption ("MobilizationnewsProtest").
    Ent(
        "mobilizationnews",
        "Mobilizationnews",
        K.OUTLET,
        description="credited source of the photo",
        extra=(W("Mobilizationnews", glued=True),),
    ),
    Ent("putin", "Vladimir Putin", aliases=("Putin",), description="Russian President"),
    Ent(
        "wayhome",
        "The Way Home",
        K.GROUP,
        description="a group of wives and mothers of mobilized reservists",
    ),
    Ent("congress", "Congress", K.ORGANISATION, description="the U.S. Congress"),
    Ent("alexander", "Alexander", description="a Russian soldier"),
)

# The protest sign in the caption and its repeat: whoever holds it is not named.
_SIGN = "I am disabled, return my son, there is no one else to look after me."

_GROUP_SAID = By(speaker="wayhome", mention=W("the group", within="the group said"), cue="said")

QUOTES = (
    *(
        Quote(segments=(Seg(W(_SIGN, occurrence=n)),), by=By(cue="says"))
        for n in (0, 1)
    ),
    Quote(
        segments=(Seg("have not changed"),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention="Vladimir Putin", cue="declared"),
    ),
    Quote(
        segments=(Seg("resolv[ed] by force"),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention=W("He", within="He threatened"), cue="threatened"),
        alterations=(Alt(A.INSERTION, "[ed]"),),
    ),
    # A question on the screen: its sender is not named.
    Quote(segments=(Seg("Why does your reality differ from ours?"),), by=By(cue="said")),
    Quote(
        segments=(Seg("We Russians have no hope left under your leadership."),),
        by=By(
            speaker="wayhome",
            mention=W("the group", within="the group told"),
            cue="told",
            addressee="putin",
            addressee_mention="Putin",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    Quote(
        segments=(Seg("sit at the negotiating table"),),
        kind=Q.PARTIAL,
        by=By(speaker="wayhome", mention=W("It", within="It urged"), cue="urged"),
    ),
    # Its own paragraph, no cue: it continues the group's statement.
    Quote(
        segments=(Seg("Let us live in peace! Or go to the front line yourself and die there."),),
        by=By(speaker="wayhome"),
    ),
    Quote(
        segments=(Seg("a burning issue."),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention=W("Putin", within="Putin admitted"), cue="admitted"),
    ),
    Quote(
        segments=(Seg("1,500 volunteer fighters [are] being recruited every day throughout the country."),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention=W("Putin", within="Putin claims"), cue="claims"),
        alterations=(Alt(A.INSERTION, "[are]"),),
    ),
    Quote(
        segments=(Seg("and there’s no hope."),),
        kind=Q.PARTIAL,
        by=By(
            speaker="alexander",
            mention=W("He", within="He said"),
            cue="said",
            medium="video",
            medium_mention="video",
        ),
    ),
    Quote(
        segments=(
            Seg("How cynical do you have to be to continue this mayhem and put on a brave face?"),
            Seg("Will you not stop until you kill all the young people?"),
        ),
        by=By(
            speaker="wayhome",
            mention="The Way Home",
            cue="asked",
            addressee="putin",
            addressee_mention="Putin",
        ),
    ),
    Quote(
        segments=(
            Seg(
                "Will you be having a good time ringing in the New Year with your close ones and a "
                "glass of champagne?"
            ),
            Seg("Well, not our boys."),
        ),
        by=_GROUP_SAID,
    ),
)

CLAIMS = (
    ClaimSpec(
        "the aims of his invasion of Ukraine “have not changed”",
        By(speaker="putin", mention="Vladimir Putin", cue="declared"),
    ),
    ClaimSpec(
        "Ukraine is part of Russia",
        By(speaker="putin", mention=W("Putin", within="Putin continues"), cue="claim"),
    ),
    ClaimSpec(
        "the conflict would be “resolv[ed] by force” in a long, bloody war unless the Ukrainian "
        "government capitulates",
        By(speaker="putin", mention=W("He", within="He threatened"), cue="threatened"),
    ),
    ClaimSpec(
        "troop rotation is “a burning issue.”",
        By(speaker="putin", mention=W("Putin", within="Putin admitted"), cue="admitted"),
    ),
    ClaimSpec(
        "1,500 volunteer fighters [are] being recruited every day throughout the country",
        By(speaker="putin", mention=W("Putin", within="Putin claims"), cue="claims"),
    ),
    ClaimSpec(
        "he had watched Putin’s press conference “and there’s no hope.”",
        By(
            speaker="alexander",
            mention=W("He", within="He said"),
            cue="said",
            medium="video",
            medium_mention="video",
        ),
    ),
)

SEED = Seed(stem="003_232e310d2a4f97cd", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS)
