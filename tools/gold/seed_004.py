"""Gold annotation of 004: untitled body text on the events of December 2024.

The text states no metadata and does not name its outlet.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("putin", "Vladimir Putin", aliases=("Putin",), description="Russian President"),
    Ent("euromaidan", "Euromaidan Press", K.OUTLET),
    Ent("nk", "North Korean government", K.ORGANISATION),
    Ent(
        "atesh",
        "Atesh",
        K.GROUP,
        aliases=("Atesh partisans",),
        description="a Crimean Tatar-led underground movement there",
    ),
    Ent("fsb", "FSB", K.ORGANISATION, description="Russia’s political police"),
    Ent("biden", "Joseph Biden"),
    Ent("defmin", "Defense Ministry", K.ORGANISATION, description="Ukraine’s Defense Ministry"),
)

# "which Putin in 2022 declared were “four new regions” of “a greater historical Russia.”"
_DECLARED = By(speaker="putin", mention=W("Putin", within="Putin in 2022"), cue="declared")
_EUROMAIDAN = By(speaker="euromaidan", mention="Euromaidan Press", cue="according to")

QUOTES = (
    Quote(segments=(Seg("four new regions"),), kind=Q.PARTIAL, by=_DECLARED),
    Quote(segments=(Seg("a greater historical Russia."),), kind=Q.PARTIAL, by=_DECLARED),
    Quote(segments=(Seg("piled up high against a wall,"),), kind=Q.PARTIAL, by=_EUROMAIDAN),
    Quote(
        segments=(Seg("We know where and how to stop this equipment from reaching mainland Ukraine!"),),
        by=By(speaker="atesh", mention="Atesh partisans", cue="said"),
    ),
    Quote(segments=(Seg("democratic"),), kind=Q.SCARE),
)

CLAIMS = (
    ClaimSpec("were “four new regions” of “a greater historical Russia.”", _DECLARED),
    ClaimSpec(
        "Hundreds of Russian infantry were mowed down near Pokrovsk Dec. 11 with their bodies "
        "“piled up high against a wall,”",
        _EUROMAIDAN,
    ),
    ClaimSpec(
        "A column of Russian military vehicles headed north through Crimea Dec. 12",
        By(speaker="atesh", mention=W("Atesh", within="reported Atesh"), cue="reported"),
    ),
    ClaimSpec(
        "such actions would only strengthen their will to fight",
        By(speaker="atesh", mention=W("Atesh", within="Atesh declared"), cue="declared"),
    ),
    ClaimSpec(
        "Dozens of injured soldiers rioted in Russia in November over poor medical treatment",
        By(speaker="defmin", mention="Defense Ministry", cue="reported"),
    ),
)

SEED = Seed(stem="004_f9c2b29697949bb4", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS)
