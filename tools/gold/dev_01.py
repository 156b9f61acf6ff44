"""Gold annotation of dev 01: "Dockworkers walk out at Baltic port as wage talks collapse".

Original writing in the style of a wire story.  The sidecar names the
article's own outlet (Allied Newswire, "ANW" in the dateline), so every chain
ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("ilves", "Marta Ilves"),
    Ent("okafor", "Daniel Okafor"),
    Ent("anw", "Allied Newswire", K.OUTLET, aliases=("ANW",), description="the wire service publishing this article"),
    Ent("tamm", "Kristjan Tamm", aliases=("Tamm",), description="chairman of the Valdra Dockers’ Union"),
    Ent("union", "Valdra Dockers’ Union", K.ORGANISATION),
    Ent("authority", "port authority", K.ORGANISATION, description="the port authority of Valdra"),
    Ent("saar", "Helena Saar", description="the authority’s chief executive"),
    Ent("ministry", "Economy Ministry", K.ORGANISATION),
    Ent("official", "senior official", description="A senior official at the Economy Ministry"),
    Ent("kask", "Liis Kask", description="Economy Minister"),
    Ent("ap", "Associated Press", K.OUTLET),
    Ent("nordvik", "Nordvik", K.ORGANISATION, description="The Danish shipping line"),
    Ent("ft", "Financial Times", K.OUTLET),
    Ent("lepp", "Andrus Lepp", description="a 52-year-old truck driver from Tartu"),
    Ent("reuters", "Reuters", K.OUTLET),
    Ent("org", "Mari Org", description="who runs a café near the port gates"),
    Ent("spokesman", "spokesman", description="a spokesman for the port authority"),
)

_AUTHORITY = By(
    speaker="authority",
    mention=W("port authority", within="The port authority said"),
    cue="said",
    medium="statement",
    medium_mention="statement",
)
_KASK = By(
    speaker="kask",
    mention="Liis Kask",
    cue="told",
    addressee="ap",
    addressee_mention="Associated Press",
    chain=(H("ap", mention="Associated Press", cue="told"),),
)

QUOTES = (
    Quote(
        segments=(
            Seg("We gave them every chance to make a fair offer,"),
            Seg("They chose to gamble with the whole region’s supply chain instead."),
        ),
        by=By(speaker="tamm", mention="Kristjan Tamm", cue="said"),
    ),
    Quote(segments=(Seg("simply unaffordable."),), kind=Q.PARTIAL, by=_AUTHORITY),
    # The speaker is named in the sentence before the quote; "she" resolves to her.
    Quote(
        segments=(
            Seg("Nobody wins if the cranes stand still,"),
            Seg("Our door is open tonight, tomorrow, whenever they want to come back."),
        ),
        by=By(speaker="saar", mention="she", cue="said"),
    ),
    Quote(
        segments=(
            Seg("Open doors don’t pay rent,"),
            Seg("and they don’t feed a family of four on a crane operator’s wage."),
        ),
        by=By(speaker="tamm", mention="he", cue="said"),
    ),
    Quote(
        segments=(
            Seg("We want them to settle this themselves, and we think they can,"),
            Seg("Nobody here is reaching for the emergency powers."),
        ),
        by=By(speaker="official", mention=W("official", within="the official said"), cue="said"),
    ),
    Quote(segments=(Seg("at this stage."),), kind=Q.PARTIAL, by=_KASK),
    Quote(
        segments=(Seg("I’ve been sitting here since six this morning. Nobody tells us anything."),),
        by=By(
            speaker="lepp",
            mention="Andrus Lepp",
            cue="told",
            addressee="reuters",
            addressee_mention="Reuters",
            chain=(H("reuters", mention="Reuters", cue="told"),),
        ),
    ),
    Quote(
        segments=(
            Seg("Are they serious?"),
            Seg("My customers are the dockers. If they’re out, I’m out."),
        ),
        by=By(speaker="org", mention="Mari Org", cue="asked"),
    ),
)

CLAIMS = (
    ClaimSpec("it had offered a 6% raise over two years", _AUTHORITY),
    ClaimSpec("the union’s demand for 11% was “simply unaffordable.”", _AUTHORITY),
    # "that" is the reported clause's subject here, not a complementiser.
    ClaimSpec("that was not enough", By(speaker="tamm", mention="Tamm", cue="said")),
    ClaimSpec(
        "the government was watching the dispute closely but saw no reason yet to intervene",
        By(speaker="official", mention="senior official", cue="said"),
    ),
    ClaimSpec("the government had no plans to step in “at this stage.”", _KASK),
    ClaimSpec(
        "several of its vessels had been diverted to Gdansk and Klaipeda",
        By(
            speaker="nordvik",
            mention="Nordvik",
            cue="said",
            chain=(H("ft", mention="Financial Times", cue="reported"),),
        ),
    ),
    ClaimSpec(
        "Union members voted 412 to 37 to authorize the strike last week",
        By(speaker="union", mention=W("union", within="according to the union"), cue="according to"),
    ),
    ClaimSpec(
        "Talks are due to resume Thursday",
        By(speaker="spokesman", mention="spokesman", cue="said"),
    ),
)

SEED = Seed(stem="dev_01_port_strike", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="anw")
