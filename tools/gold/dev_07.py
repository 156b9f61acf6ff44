"""Gold annotation of dev 07: "Village fury as council axes last bus to market town".

Original writing in the style of a UK newspaper: single quotation marks
outside, double inside, punctuation outside partial quotes, and the right
single quotation mark also serving as apostrophe (I’ve, doctors’.’).  The
sidecar names the article's own outlet (Northern Courier).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("lowe", "Harriet Lowe"),
    Ent("courier", "Northern Courier", K.OUTLET, description="the newspaper publishing this article"),
    Ent("residents", "Residents of Little Aldcombe", K.GROUP),
    Ent(
        "council",
        "Westmere County Council",
        K.ORGANISATION,
        extra=(W("county council", within="the county council scrapped"),),
    ),
    Ent("ellery", "Margaret Ellery", description="Pensioner, 82, who does not drive"),
    Ent("frayne", "Colin Frayne", description="Her neighbour, 67"),
    Ent("ashworths", "Joan and Bill Ashworth", K.GROUP, description="both in their seventies"),
    Ent("spokesman", "spokesman", description="A spokesman for Westmere County Council"),
    Ent("quentin", "Sarah Quentin", description="Local MP"),
    Ent("bbc", "BBC", K.OUTLET),
    Ent("hale", "Derek Hale", aliases=("Mr Hale",), description="the council’s leader, Councillor"),
    Ent("gazette", "Westmere Gazette", K.OUTLET),
    Ent("stores", "Aldcombe Stores", K.ORGANISATION, description="the village shop"),
    Ent("patel", "Raj Patel", description="Shop owner, 51"),
    Ent("friends", "Friends of the 47", K.ORGANISATION, description="A campaign group"),
    Ent("ridley", "Tom Ridley", description="Its chairman, retired engineer"),
)

_RESIDENTS = By(speaker="residents", mention="Residents of Little Aldcombe", cue="say")
_FRAYNE_SAID = By(speaker="frayne", mention="Colin Frayne", cue="said")
_QUENTIN_BBC = By(
    speaker="quentin",
    mention="Sarah Quentin",
    cue="told",
    addressee="bbc",
    addressee_mention="BBC",
    chain=(H("bbc", mention="BBC", cue="told"),),
)

QUOTES = (
    Quote(segments=(Seg("cut off from the world"),), kind=Q.PARTIAL, by=_RESIDENTS),
    # Colon introduction; apostrophes inside single marks.
    Quote(
        segments=(
            Seg("I’ve caught that bus every Tuesday for thirty years. Now what? Do I ask the postman for a lift?"),
        ),
        by=By(speaker="ellery", mention="Margaret Ellery", cue="said"),
    ),
    Quote(segments=(Seg("a disgrace"),), kind=Q.PARTIAL, by=_FRAYNE_SAID),
    Quote(
        segments=(Seg("second-class citizens"),),
        kind=Q.PARTIAL,
        by=By(speaker="frayne", mention="Colin Frayne", cue="accused"),
    ),
    Quote(
        segments=(Seg("They wouldn’t dream of doing this in Stowbridge. We’re the ones who always get the short end."),),
        by=By(speaker="frayne", mention="He", cue="added"),
    ),
    # "they": the couple named in the sentence before.
    Quote(
        segments=(Seg("We’ll have to move, it’s as simple as that,"), Seg("Forty years in this house.")),
        by=By(speaker="ashworths", mention="they", cue="said"),
    ),
    # Two paragraphs after a colon; the first does not close.
    Quote(
        segments=(
            Seg(
                "We recognise this is disappointing news for passengers. The route was carrying an average "
                "of four people a day and cost the taxpayer more than £90,000 a year.",
                closed=False,
            ),
            Seg("We are working with community transport groups on alternatives and would urge residents to get in touch."),
        ),
        by=By(speaker="spokesman", mention="spokesman", cue="said"),
    ),
    Quote(segments=(Seg("short-sighted"),), kind=Q.PARTIAL, by=_QUENTIN_BBC),
    Quote(
        key="hale",
        segments=(
            Seg(
                "Nobody has been “abandoned”, whatever the posters in the village shop say. We are simply "
                "not in a position to run empty buses."
            ),
        ),
        by=By(
            speaker="hale",
            mention="Mr Hale",
            cue="told",
            addressee="gazette",
            addressee_mention="Westmere Gazette",
            chain=(H("gazette", mention="Westmere Gazette", cue="told"),),
        ),
    ),
    Quote(parent="hale", segments=(Seg("abandoned"),), kind=Q.SCARE),
    # Whoever lettered the posters is not named.
    Quote(segments=(Seg("SAVE THE 47 – OUR ONLY LINK"),), by=By(cue="read")),
    Quote(
        segments=(
            Seg("It’s the talk of the village,"),
            Seg(
                "People are angry, but they’re also frightened – some of them simply won’t be able to get "
                "to the doctors’."
            ),
        ),
        by=By(speaker="patel", mention="he", cue=W("said", occurrence=1)),
    ),
    Quote(
        segments=(Seg("Give us the timetable and the bus,"), Seg("and we’ll find the drivers.")),
        by=By(speaker="ridley", mention="he", cue="said"),
    ),
)

CLAIMS = (
    ClaimSpec(
        "they have been ‘cut off from the world’ after the county council scrapped the only bus route "
        "linking the village to the nearest market town",
        _RESIDENTS,
    ),
    ClaimSpec("the decision was ‘a disgrace’", _FRAYNE_SAID),
    ClaimSpec("the cut was ‘short-sighted’", _QUENTIN_BBC),
    ClaimSpec(
        "she had written to the council’s leader, Councillor Derek Hale",
        By(speaker="quentin", mention="Sarah Quentin", cue="said"),
    ),
    ClaimSpec(
        "around 40 people had signed a petition on the first morning",
        By(speaker="patel", mention="Raj Patel", cue=W("said", within="Patel, 51, said")),
    ),
    ClaimSpec(
        "the group would ask the council to hand the route to a volunteer-run minibus",
        By(speaker="ridley", mention="Tom Ridley", cue="said"),
    ),
)

SEED = Seed(stem="dev_07_village_bus", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="courier")
