"""Gold annotation of blind 04: "Quillo cuts a fifth of staff as note-taking app struggles …".

Original writing in the style of a tech/business wire story with straight
ASCII marks and apostrophes (``company's``, ``'23``, ``weren't``) and the
dateline ``(Ledgerline) -``.  The sidecar names the article's own outlet
(Ledgerline), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("whitfield", "Jonah Whitfield"),
    Ent(
        "ledgerline",
        "Ledgerline",
        K.OUTLET,
        description="the tech news site publishing this article",
    ),
    Ent(
        "quillo",
        "Quillo",
        K.ORGANISATION,
        description="the startup behind the popular note-taking app of the same name",
        auto=False,
        extra=(
            W("Quillo", within="Quillo cuts"),
            W("Quillo", within="SAN MATEO (Ledgerline) - Quillo"),
            W("Quillo", within="Quillo's investors"),
            W("Quillo", within="Kowalczyk said Quillo's"),
            W("Quillo", within="Quillo just got"),
            W("Quillo", within="Quillo's shares"),
        ),
    ),
    Ent("natarajan", "Priya Natarajan", aliases=("Natarajan",), description="Chief executive"),
    Ent("staff", "staff", K.GROUP, description="Quillo's staff", auto=False),
    Ent("byteledger", "Byte Ledger", K.OUTLET, description="the tech newsletter"),
    Ent(
        "people",
        "people familiar with the matter",
        K.GROUP,
        description="two people familiar with the matter",
    ),
    Ent(
        "source",
        "source",
        description="one of the two people familiar with the matter",
        auto=False,
    ),
    Ent(
        "kowalczyk",
        "Dana Kowalczyk",
        aliases=("Kowalczyk",),
        description="an analyst at Brightwater Research",
    ),
    Ent("brightwater", "Brightwater Research", K.ORGANISATION),
    Ent("feld", "Marcus Feld", description="who founded the competing app Scribblr"),
    Ent(
        "engineer",
        "former engineer",
        description="who asked not to be named because she had signed a severance agreement",
    ),
    Ent("forgeview", "Forgeview", K.ORGANISATION, description="the secondary-market platform"),
)

_MEMO = By(
    speaker="natarajan",
    mention="Priya Natarajan",
    cue="told",
    addressee="staff",
    addressee_mention="staff",
    medium="memo",
    medium_mention="memo",
)
_SOURCE = By(speaker="source", mention="One of them", cue="said")

QUOTES = (
    Quote(segments=(Seg("painful but necessary"),), kind=Q.PARTIAL, by=_MEMO),
    # A product name inside a claim: no one is quoted.
    Quote(segments=(Seg("Quillo Teams"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("We grew as if the money would never stop,"), Seg("It stopped.")),
        by=By(speaker="natarajan", mention="she", cue="wrote"),
    ),
    Quote(
        segments=(Seg("by the end of the year, not the end of the decade."),),
        kind=Q.PARTIAL,
        by=_SOURCE,
    ),
    Quote(
        segments=(
            Seg(
                "I'm not going to pretend this is a good day. It isn't. But we'll be a company that pays its own way."
            ),
        ),
        by=By(
            speaker="natarajan",
            mention="Natarajan",
            cue="said",
            medium="interview",
            medium_mention="interview",
        ),
    ),
    Quote(
        segments=(
            Seg("Everyone built a note-taker in '23,"),
            Seg("Now they're finding out that people don't pay for notes."),
        ),
        by=By(speaker="kowalczyk", mention="Dana Kowalczyk", cue="said"),
    ),
    # Feld is introduced without a reporting verb; "he" is him, not Kowalczyk's subject.
    Quote(
        segments=(Seg("There's real money in teams,"), Seg("Quillo just got there late.")),
        by=By(
            speaker="feld",
            mention="he",
            cue="told",
            addressee="ledgerline",
            addressee_mention=W("Ledgerline", within="he told Ledgerline"),
        ),
    ),
    Quote(
        segments=(Seg("Nobody's camera was on,"),),
        by=By(
            speaker="engineer",
            mention=W("she", within="she said"),
            cue=W("said", within="she said"),
        ),
    ),
)

CLAIMS = (
    ClaimSpec(
        "Quillo, the startup behind the popular note-taking app of the same name, is laying off 140 "
        "employees, about a fifth of its workforce",
        By(speaker="quillo", mention="company", cue="said"),
    ),
    ClaimSpec('the cuts were "painful but necessary"', _MEMO),
    ClaimSpec('the company would focus on its paid "Quillo Teams" product', _MEMO),
    ClaimSpec(
        "engineers in the company's Lisbon office were hit hardest",
        By(speaker="byteledger", mention="Byte Ledger", cue="said"),
    ),
    ClaimSpec(
        "Quillo's investors had grown impatient",
        By(speaker="people", mention="people familiar with the matter", cue="according to"),
    ),
    ClaimSpec(
        'the board had asked for a path to profit "by the end of the year, not the end of the decade."',
        _SOURCE,
    ),
    ClaimSpec(
        "the app's free tier, used by about 3 million people, wasn't going away",
        By(speaker="natarajan", mention="She", cue="said"),
    ),
    ClaimSpec(
        "Quillo's rivals were likely to follow",
        By(speaker="kowalczyk", mention="Kowalczyk", cue="said"),
    ),
    ClaimSpec(
        "the layoffs came over a 15-minute video call",
        By(speaker="engineer", mention="former engineer", cue=W("said", within="agreement, said")),
    ),
    ClaimSpec(
        "Quillo's shares, which trade privately, have fallen by about half since last year",
        By(speaker="forgeview", mention="Forgeview", cue="according to"),
    ),
)

SEED = Seed(
    stem="blind_04_startup_layoffs",
    entities=ENTITIES,
    quotes=QUOTES,
    claims=CLAIMS,
    outlet="ledgerline",
)
