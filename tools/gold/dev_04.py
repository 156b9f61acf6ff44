"""Gold annotation of dev 04: "Brightwater quarterly profit slides 18% as price war bites; shares fall".

Original writing in the style of a wire earnings story, typed with straight
ASCII quotation marks.  The dateline names the article's own outlet
(Continental Wire).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("varga", "Anika Varga"),
    Ent("cw", "Continental Wire", K.OUTLET, description="the wire service publishing this article"),
    Ent("brightwater", "Brightwater", K.ORGANISATION, description="Nordic telecoms operator"),
    Ent("valtro", "Valtro", K.ORGANISATION, description="pollster of analysts"),
    Ent("solberg", "Henrik Solberg", aliases=("Solberg",), description="Chief Executive"),
    Ent("fjordnet", "Fjordnet", K.ORGANISATION, description="rival"),
    Ent("holm", "Marit Holm", description="Fjordnet Chief Executive"),
    Ent("ft", "Financial Times", K.OUTLET),
    Ent("dahl", "Ingrid Dahl", description="an analyst at Skagen Securities"),
    Ent("skagen", "Skagen Securities", K.ORGANISATION),
    Ent("lunde", "Peter Lunde", description="of Halvorsen Bank"),
    Ent("halvorsen", "Halvorsen Bank", K.ORGANISATION),
    Ent("finansposten", "Finansposten", K.OUTLET, description="business daily"),
    Ent("people", "two people familiar with the matter", K.GROUP),
)

_SOLBERG_CUTS = By(speaker="solberg", mention="Solberg", cue="said")
_HOLM = By(
    speaker="holm",
    mention="Marit Holm",
    cue="told",
    addressee="ft",
    addressee_mention="Financial Times",
    chain=(H("ft", mention="Financial Times", cue="told"),),
)

QUOTES = (
    Quote(
        segments=(
            Seg("This was a tough quarter and we are not going to pretend otherwise,"),
            Seg("But the market is stabilising, and we expect margins to recover in the second half."),
        ),
        by=By(
            speaker="solberg",
            mention="Henrik Solberg",
            cue="told",
            medium="conference call",
            medium_mention="conference call",
        ),
    ),
    Quote(segments=(Seg(W("price war", within='"price war" began')),), kind=Q.SCARE),
    Quote(segments=(Seg("no regrets whatsoever"),), kind=Q.PARTIAL, by=_HOLM),
    Quote(
        segments=(
            Seg("The cost cuts are welcome, but they're a sticking plaster,"),
            Seg("The real question is whether Brightwater can grow again without buying growth."),
        ),
        by=By(speaker="dahl", mention="Ingrid Dahl", cue="said"),
    ),
    Quote(
        segments=(
            Seg("Brightwater's balance sheet is strong and the dividend looks safe,"),
            Seg("We'd use the weakness to buy."),
        ),
        by=By(
            speaker="lunde",
            mention="Peter Lunde",
            cue="wrote",
            medium="note to clients",
            medium_mention="note to clients",
        ),
    ),
    # Colon introduction.
    Quote(
        segments=(Seg("We don't comment on market speculation. We are always looking at our portfolio."),),
        by=By(speaker="solberg", mention="Solberg", cue="said"),
    ),
    # The name of a strategy.
    Quote(segments=(Seg("fibre-first"),), kind=Q.SCARE),
)

CLAIMS = (
    ClaimSpec(
        "it would cut around 600 jobs",
        By(speaker="brightwater", mention=W("Brightwater", within="operator Brightwater"), cue="said"),
    ),
    ClaimSpec(
        "Operating profit fell to 2.1 billion crowns ($196 million) from 2.56 billion a year earlier",
        By(speaker="brightwater", mention=W("company", within="the company said"), cue="said"),
    ),
    ClaimSpec(
        "Analysts had on average expected 2.4 billion",
        By(speaker="valtro", mention="Valtro", cue="according to", medium="poll", medium_mention="poll"),
    ),
    ClaimSpec(
        "the job cuts, mostly in customer service and IT, would save about 450 million crowns a year "
        "from 2026",
        _SOLBERG_CUTS,
    ),
    ClaimSpec("the company would not close any of its retail stores", _SOLBERG_CUTS),
    ClaimSpec('she had "no regrets whatsoever" about the move', _HOLM),
    ClaimSpec(
        "The company proposed an unchanged dividend of 4.40 crowns per share",
        By(
            speaker="brightwater",
            mention=W("it", within="it said in a statement"),
            cue="said",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    # An outlet citing unnamed sources: the sources are the speaker, the outlet a hop.
    ClaimSpec(
        "Brightwater is in early talks to sell its Baltic tower business",
        By(
            speaker="people",
            mention="two people familiar with the matter",
            cue="citing",
            chain=(H("finansposten", mention="Finansposten", cue="reported"),),
        ),
    ),
    ClaimSpec(
        'the company\'s "fibre-first" strategy, under which it is spending 9 billion crowns to '
        "connect rural households, remains on track",
        By(speaker="solberg", mention="Solberg", cue="says"),
    ),
)

SEED = Seed(stem="dev_04_telecom_earnings", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="cw")
