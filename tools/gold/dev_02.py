"""Gold annotation of dev 02: "Council votes 5-4 to close Elm Street library branch".

Original writing in the style of a local news story.  The sidecar names the
article's own outlet (Millbrook Ledger), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("raman", "Priya Raman"),
    Ent("ledger", "Millbrook Ledger", K.OUTLET, description="the newspaper publishing this article"),
    Ent("library", "Millbrook Public Library", K.ORGANISATION),
    Ent("council", "City Council", K.ORGANISATION),
    Ent("whitfield", "Dana Whitfield", aliases=("Whitfield",), description="Mayor"),
    Ent(
        "ortega",
        "Luis Ortega",
        aliases=("Ortega",),
        description="Councilman, who represents the neighborhood",
    ),
    Ent("benitez", "Gloria Benitez", description="a 71-year-old retired teacher"),
    Ent("boyd", "Terrence Boyd", description="who owns Boyd’s Hardware across the street"),
    Ent("hardware", "Boyd’s Hardware", K.ORGANISATION),
    Ent("kessler", "Ann Kessler", aliases=("Kessler",), description="Councilwoman"),
    Ent("cho", "Helen Cho", aliases=("Cho",), description="Library director"),
)

_CHO_EMAIL = By(
    speaker="cho",
    mention=W("Cho", within="Cho said in an email"),
    cue="said",
    medium="email",
    medium_mention="email",
)
_CHO_SAID = By(speaker="cho", mention="Helen Cho", cue="said")
_KESSLER = By(speaker="kessler", mention="Ann Kessler", cue="said")

QUOTES = (
    # Speaker introduced in the sentence before ("… was blunt."), then "she said".
    Quote(
        segments=(
            Seg("We are done pretending we can pay for everything,"),
            Seg("The roads are falling apart, and I’m the one who has to answer for that."),
        ),
        by=By(speaker="whitfield", mention="she", cue="said"),
    ),
    # Named in the paragraph before; this paragraph has only "he said".
    Quote(
        segments=(
            Seg("This branch is the only place some of these kids can do homework after school,"),
            Seg("You don’t fix a pothole by closing a library."),
        ),
        by=By(speaker="ortega", mention="he", cue="said"),
    ),
    # The name of a service, not anyone's words.
    Quote(segments=(Seg("book bus"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("A bus is not a library,"),),
        by=By(speaker="ortega", mention="Ortega", cue="replied"),
    ),
    Quote(
        segments=(
            Seg("I learned to read English in that building,"),
            Seg("My grandson learned to read there, too. Where is he supposed to go now — the parking lot?"),
        ),
        by=By(speaker="benitez", mention="she", cue="said"),
    ),
    Quote(
        segments=(
            Seg("It’s the heart of the block,"),
            Seg("Close it and you’ll see what happens to the rest of us."),
        ),
        by=By(speaker="boyd", mention="Terrence Boyd", cue="said"),
    ),
    Quote(
        segments=(
            Seg("Nobody up here wanted this,"),
            Seg("But I was elected to balance a budget, not to make everybody happy."),
        ),
        by=By(speaker="kessler", mention="Kessler", cue="said"),
    ),
    # Two paragraphs: the first opens and does not close.  The speaker and cue
    # are in the paragraph before the quotation.
    Quote(
        segments=(
            Seg(
                "Tonight this council decided that a line in a spreadsheet matters more than a room "
                "full of children. I think that is a mistake, and I think we will regret it.",
                closed=False,
            ),
            Seg(
                "I will be at Elm Street on Saturday morning with anyone who wants to help find "
                "another way to keep the doors open."
            ),
        ),
        by=By(
            speaker="ortega",
            mention=W("Ortega", within="After the vote, Ortega stood"),
            cue=W("read", within="read from a prepared statement"),
            medium="prepared statement",
            medium_mention=W("prepared statement", within="read from a prepared statement"),
        ),
    ),
    Quote(
        segments=(Seg("We’ll make sure the collection goes somewhere it will be used,"),),
        by=_CHO_EMAIL,
    ),
    # A paragraph of quote with no cue: it continues Cho.
    Quote(
        segments=(
            Seg(
                "People have asked whether the building could become a community center. That is a "
                "question for the council, not for us."
            ),
        ),
        by=By(speaker="cho"),
    ),
)

CLAIMS = (
    ClaimSpec(
        "the city would keep a mobile “book bus” running on Elm Street twice a week",
        By(speaker="whitfield", mention="Whitfield", cue="shot back"),
    ),
    ClaimSpec("the decision had been painful but unavoidable", _KESSLER),
    ClaimSpec(
        "the council would revisit the branch’s future if a state grant came through next year",
        By(speaker="kessler", mention="She", cue="added"),
    ),
    ClaimSpec("staff at the branch would be moved to other locations", _CHO_SAID),
    ClaimSpec("no one would lose a job", _CHO_SAID),
    ClaimSpec(
        "The branch, which opened in 1962, lent more than 40,000 items last year",
        By(speaker="library", mention=W("library", within="according to the library"), cue="according to"),
    ),
)

SEED = Seed(stem="dev_02_library_vote", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="ledger")
