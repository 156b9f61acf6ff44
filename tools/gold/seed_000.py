"""Gold annotation of 000: "As Putin bombs civilians — Defend Ukraine sovereignty!".

The text does not name its outlet, so no chain ends in it.
"""

from __future__ import annotations

from provenance.model import AlterationKind as A
from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import Alt, By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("landersen", "Roy Landersen"),
    Ent("malina", "Lina Malina"),
    # The photo credit is glued to the caption ("Via Elena ZelenskayaUkrainians").
    Ent(
        "zelenskaya",
        "Elena Zelenskaya",
        description="photographer credited for the photo",
        extra=(W("Elena Zelenskaya", glued=True),),
    ),
    Ent("putin", "Vladimir Putin", aliases=("Putin",), description="President"),
    Ent("antonina", "Antonina", description="a pensioner there"),
    Ent("aljazeera", "Al Jazeera", K.OUTLET),
    Ent("belgorod", "Hundreds of Russian soldiers in Belgorod", K.GROUP),
    Ent(
        "commander",
        "Ukrainian battalion commander",
        description="A Ukrainian battalion commander",
    ),
    Ent("nyt", "New York Times", K.OUTLET),
    Ent("mod", "Ministry of Defense", K.ORGANISATION, description="Ukraine’s Ministry of Defense"),
    Ent("fedorov", "Ivan Fedorov", description="Ukrainian mayor of now Russian-occupied Melitopol"),
    Ent("khrpg", "Kharkiv Human Rights Protection Group", K.ORGANISATION),
)

# Lina Malina in the caption or its repeat (each is its own paragraph).
_MALINA = By(speaker="malina", mention="Lina Malina", cue="said")


QUOTES = (
    # The photo caption and its repeat after the credit: a partial quotation
    # inside reported speech, with the attribution of "said".
    *(
        Quote(
            segments=(Seg(W("nation of invincibles.", occurrence=n)),),
            kind=Q.PARTIAL,
            by=_MALINA,
        )
        for n in (0, 1)
    ),
    Quote(
        segments=(Seg("When [the Russian soldiers] left, they were running and panicking on the street,"),),
        by=By(
            speaker="antonina",
            mention="Antonina",
            cue="told",
            addressee="aljazeera",
            addressee_mention="Al Jazeera",
            chain=(H("aljazeera", mention="Al Jazeera", cue="told"),),
        ),
        alterations=(Alt(A.INSERTION, "[the Russian soldiers]"),),
    ),
)

_COMMANDER_NYT = H("nyt", mention="New York Times", cue="told")

CLAIMS = (
    *(
        ClaimSpec(
            W("fellow Ukrainians, her people, are a “nation of invincibles.”", occurrence=n),
            _MALINA,
        )
        for n in (0, 1)
    ),
    ClaimSpec(
        "the bombardment was retaliation for the Oct. 8 explosion on the Kerch Bridge that links "
        "Crimea, seized from Ukraine and annexed by Moscow in 2014, with the Russian mainland",
        By(speaker="putin", mention=W("Putin", within="Putin says"), cue="says"),
    ),
    ClaimSpec(
        "they are forced to sleep on the floor, pay for their own food and equipment and face "
        "mistreatment from officers",
        By(
            speaker="belgorod",
            mention=W("they", within="they explain"),
            cue="explain",
            medium="online video",
            medium_mention="online video",
        ),
    ),
    ClaimSpec(
        "some Russian soldiers are demoralized, hungry and scared, and ready to give themselves up",
        By(
            speaker="commander",
            mention="Ukrainian battalion commander",
            cue="told",
            addressee="nyt",
            addressee_mention="New York Times",
            chain=(_COMMANDER_NYT,),
        ),
    ),
    # "But others fought well, he said, and the war is far from over": two
    # reported statements around one parenthetical cue.
    *(
        ClaimSpec(
            content,
            By(
                speaker="commander",
                mention=W("he", within="he said"),
                cue=W("said", within="he said"),
                chain=(H("nyt"),),
            ),
        )
        for content in ("others fought well", "the war is far from over")
    ),
    ClaimSpec(
        "A Ukrainian hotline has received some 2,000 calls about how to surrender from Russian "
        "soldiers mobilized for the front or even by their wives",
        By(speaker="mod", mention="Ministry of Defense", cue="according to"),
    ),
    ClaimSpec(
        "a woman was deported from the city for not knowing the Russian language",
        By(
            speaker="fedorov",
            mention="Ivan Fedorov",
            cue="told",
            addressee="khrpg",
            addressee_mention="Kharkiv Human Rights Protection Group",
            chain=(H("khrpg", mention="Kharkiv Human Rights Protection Group", cue="told"),),
        ),
    ),
)

SEED = Seed(stem="000_7c5aed5cf3782017", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS)
