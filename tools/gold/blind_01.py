"""Gold annotation of blind 01: "Bus drivers strike across Corlan as pay talks stall".

Original writing in the style of a wire story (curly marks, dateline
``(MPA) —``).  The sidecar names the article's own outlet (Meridian Press
Agency), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("vance", "Petra Vance"),
    Ent(
        "mpa",
        "Meridian Press Agency",
        K.OUTLET,
        aliases=("MPA",),
        description="the agency publishing this article",
    ),
    Ent(
        "falk",
        "Ingrid Falk",
        aliases=("Falk",),
        description="general secretary of the Transit Workers’ Federation",
    ),
    Ent("federation", "Transit Workers’ Federation", K.ORGANISATION),
    Ent(
        "brenner",
        "Tomas Brenner",
        aliases=("Brenner",),
        description="who chairs the Corlan Bus Operators’ Association",
    ),
    Ent("operators", "Corlan Bus Operators’ Association", K.ORGANISATION),
    Ent("lind", "Oskar Lind", description="a 34-year-old nurse"),
    Ent("post", "Corlan Daily Post", K.OUTLET),
    Ent("nyberg", "Elsa Nyberg", description="Transport Minister"),
    Ent("ministry", "ministry", K.ORGANISATION, description="the transport ministry", auto=False),
    # Named by its description without the article, as "senior official" is in the dev set.
    Ent("spokeswoman", "ministry spokeswoman", description="A ministry spokeswoman"),
)

_FEDERATION = By(
    speaker="federation",
    mention=W("federation", within="The federation said that"),
    cue=W("said", within="The federation said that"),
)

QUOTES = (
    Quote(
        segments=(
            Seg("We did not want this, but we were left with no choice,"),
            Seg(
                "Our members have been driving twelve-hour shifts with no proper breaks for two years."
            ),
        ),
        by=By(speaker="falk", mention="Ingrid Falk", cue="said"),
    ),
    # The name of a campaign: no one is quoted.
    Quote(segments=(Seg("Fair Wheels."),), kind=Q.SCARE),
    Quote(
        segments=(Seg("reckless and premature."),),
        kind=Q.PARTIAL,
        by=By(speaker="brenner", mention="Tomas Brenner", cue="called"),
    ),
    Quote(
        segments=(Seg("That offer is still on the table,"), Seg("We would sign it tonight.")),
        by=By(speaker="brenner", mention="Brenner", cue="said"),
    ),
    Quote(
        segments=(Seg("A review is a promise to talk,"), Seg("and we have had enough talk.")),
        by=By(speaker="falk", mention="she", cue="said"),
    ),
    Quote(
        segments=(
            Seg("I support the drivers, honestly,"),
            Seg("But my patients can’t wait for them."),
        ),
        by=By(speaker="lind", mention="he", cue="said"),
    ),
)

CLAIMS = (
    ClaimSpec("about 9,000 drivers had joined the walkout", _FEDERATION),
    ClaimSpec("depots in Holmgard, Tarsby and Vell were shut", _FEDERATION),
    ClaimSpec(
        "the operators had offered a 5% raise and a review of shift rules",
        By(speaker="brenner", mention="He", cue="said"),
    ),
    ClaimSpec("the offer fell far short", By(speaker="falk", mention="Falk", cue="said")),
    ClaimSpec(
        "his trip to work had taken nearly three hours",
        By(
            speaker="lind",
            mention="Oskar Lind",
            cue="told",
            addressee="post",
            addressee_mention="Corlan Daily Post",
            chain=(H("post", mention="Corlan Daily Post", cue="told"),),
        ),
    ),
    ClaimSpec(
        "Transport Minister Elsa Nyberg urged both sides to accept mediation",
        By(
            speaker="ministry",
            mention=W("ministry", within="a ministry statement"),
            cue="according to",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    ClaimSpec(
        "the government would not impose a settlement",
        By(speaker="spokeswoman", mention="ministry spokeswoman", cue="said"),
    ),
    ClaimSpec(
        "The strike will last at least 48 hours",
        By(
            speaker="federation",
            mention=W("federation", within="the federation said."),
            cue=W("said", within="the federation said."),
        ),
    ),
)

SEED = Seed(
    stem="blind_01_bus_strike", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="mpa"
)
