"""Gold annotation of blind 02: "Mayoral candidate Achterberg pledges rent freeze …".

Original writing in the style of a local newspaper's interview write-up:
two candidates answering each other through the reporter, pronouns
alternating between four people.  The sidecar names the article's own outlet
(Kellford Courier); speakers who told "the Courier" have it as addressee and
it ends every chain (no extra hop: it is the article's own outlet).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("qureshi", "Nadia Qureshi"),
    Ent(
        "courier",
        "Kellford Courier",
        K.OUTLET,
        aliases=("Courier",),
        description="the newspaper publishing this article",
    ),
    Ent(
        "achterberg",
        "Leon Achterberg",
        aliases=("Achterberg", "Leon"),
        description="mayoral candidate",
    ),
    Ent("delgado", "Rosa Delgado", aliases=("Delgado", "Rosa"), description="former deputy mayor"),
    Ent("park", "Hugo Park", description="Delgado’s campaign manager"),
    Ent("institute", "Kellford Institute for Fiscal Studies", K.ORGANISATION),
    Ent("oduya", "Maeve Oduya", description="the institute’s director"),
    Ent("kfm", "KFM", K.OUTLET, description="the local radio station"),
)

_ACHTERBERG_HE = By(speaker="achterberg", mention="he", cue="said")

QUOTES = (
    Quote(
        segments=(
            Seg("People in this city are paying half their wages to a landlord,"),
            Seg("That is not a housing market. That is a ransom."),
        ),
        by=By(
            speaker="achterberg",
            mention="Achterberg",
            cue="told",
            addressee="courier",
            addressee_mention="Courier",
            medium="interview",
            medium_mention="interview",
        ),
    ),
    Quote(
        segments=(Seg("By the developers who have had it easy for twenty years,"),),
        by=_ACHTERBERG_HE,
    ),
    Quote(
        segments=(Seg("a slogan with a press office."),),
        kind=Q.PARTIAL,
        by=By(speaker="delgado", mention="She", cue="called"),
    ),
    Quote(
        segments=(Seg("Leon has never built a single flat,"), Seg("I have built four thousand.")),
        by=By(speaker="delgado", mention="she", cue="said"),
    ),
    Quote(
        segments=(Seg("Rosa built them,"), Seg("and then she sold them to investors.")),
        by=By(speaker="achterberg", mention=W("he", within="them,” he said"), cue="said"),
    ),
    Quote(
        segments=(Seg("We ran it twice,"), Seg("It doesn’t work.")),
        by=By(speaker="park", mention="he", cue="said"),
    ),
    Quote(
        segments=(Seg("a think tank with a logo."),),
        kind=Q.PARTIAL,
        by=By(speaker="achterberg", mention="Achterberg", cue="dismissed"),
    ),
    Quote(
        segments=(
            Seg("Ask a nurse. Ask a bus driver,"),
            Seg("They will tell you what the rent is."),
        ),
        by=_ACHTERBERG_HE,
    ),
    # A later paragraph of quote with no cue continues the previous speaker.
    Quote(
        segments=(Seg("I have been a tenant for most of my life. I know."),),
        by=By(speaker="achterberg"),
    ),
    Quote(
        segments=(Seg("Then people can compare,"),),
        by=By(
            speaker="delgado",
            mention="she",
            cue="told",
            addressee="courier",
            addressee_mention="Courier",
        ),
    ),
)

CLAIMS = (
    ClaimSpec(
        "he can do it in his first hundred days",
        By(speaker="achterberg", mention="He", cue="says"),
    ),
    ClaimSpec(
        "the councillor’s numbers did not add up",
        By(speaker="park", mention="Hugo Park", cue="said"),
    ),
    ClaimSpec(
        "a freeze would cost the city about £40 million a year",
        By(speaker="institute", mention="Kellford Institute for Fiscal Studies", cue="estimated"),
    ),
    ClaimSpec(
        "it had no party affiliation", By(speaker="oduya", mention="Maeve Oduya", cue="said")
    ),
    ClaimSpec("its figures were public", By(speaker="oduya", mention="Maeve Oduya", cue="said")),
    ClaimSpec(
        "she would publish her own costed plan next week",
        By(
            speaker="delgado",
            mention="Delgado",
            cue="told",
            addressee="kfm",
            addressee_mention="KFM",
            chain=(H("kfm", mention="KFM", cue="told"),),
        ),
    ),
)

SEED = Seed(
    stem="blind_02_mayoral_interview",
    entities=ENTITIES,
    quotes=QUOTES,
    claims=CLAIMS,
    outlet="courier",
)
