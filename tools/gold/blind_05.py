"""Gold annotation of blind 05: "The last keeper of Skerra Point".

Original writing in the style of a magazine feature: a quote that runs over
two paragraphs after a closed opening quote, quotes nested inside quotes
(a dead skipper's radio call, a rescued kayaker's thanks), a nickname and a
book title.  The sidecar names the article's own outlet (Northfield
Weekly), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("carrow", "Elin Carrow"),
    Ent(
        "weekly", "Northfield Weekly", K.OUTLET, description="the magazine publishing this article"
    ),
    Ent(
        "agnes",
        "Agnes Ruddock",
        aliases=("Ruddock", "Agnes"),
        description="keeper of the Skerra Point lighthouse for thirty-one years",
    ),
    Ent(
        "lorne",
        "Davey Lorne",
        description="skipper of the Marianne",
        extra=(W("skipper", within="The skipper said"),),
    ),
    Ent(
        "callum",
        "Callum Ruddock",
        description="Ruddock’s nephew, who now looks after the automated light for the Coastal Lights Board",
    ),
    Ent("board", "Coastal Lights Board", K.ORGANISATION, aliases=("board",)),
    Ent("baird", "Fiona Baird", description="who runs the harbour café"),
    Ent("kayaker", "kayaker", description="the kayaker Ruddock pulled from the water"),
)

_AGNES_POLITE = By(
    speaker="agnes",
    mention=W("she", within="about it,” she said"),
    cue=W("said", within="about it,” she said"),
)
_BOARD = By(
    speaker="board",
    mention=W("board", within="The board said"),
    cue="said",
    medium="statement",
    medium_mention="statement",
)

QUOTES = (
    Quote(
        segments=(Seg("People ask me if I was lonely,"),),
        by=By(speaker="agnes", mention=W("she", within="lonely,” she said"), cue="said"),
    ),
    # Two paragraphs with no cue of their own: the first opens without closing.
    Quote(
        key="ships",
        segments=(
            Seg(
                "I was never lonely. I had the ships. You learn them the way you learn neighbours — the "
                "trawler that always ran late, the ferry with the one bad lamp on her stern. When a ship you "
                "knew didn’t pass, you didn’t sleep.",
                closed=False,
            ),
            Seg(
                "The night the Marianne went down, I heard her radio. The skipper said, ‘We’re taking water "
                "but we’re fine, Agnes, go to bed.’ I didn’t go to bed. I never do, now."
            ),
        ),
        by=By(speaker="agnes"),
    ),
    # The skipper's words, repeated by Ruddock: he speaks, she is the first hop.
    Quote(
        parent="ships",
        segments=(Seg("We’re taking water but we’re fine, Agnes, go to bed."),),
        by=By(
            speaker="lorne",
            mention=W("skipper", within="The skipper said"),
            cue="said",
            chain=(H("agnes"),),
        ),
    ),
    Quote(
        segments=(Seg("She doesn’t trust the machine,"), Seg("To be fair, neither do I.")),
        by=By(speaker="callum", mention="he", cue=W("said", within="he said")),
    ),
    Quote(segments=(Seg("the Keeper,"),), kind=Q.SCARE),
    # "Ruddock shrugs off the story." names the speaker of the next paragraph.
    Quote(
        key="polite",
        segments=(
            Seg("He was very polite about it,"),
            Seg("He said, ‘Sorry for the bother.’ As if I’d been washing dishes."),
        ),
        by=_AGNES_POLITE,
    ),
    Quote(
        parent="polite",
        segments=(Seg("Sorry for the bother."),),
        by=By(
            speaker="kayaker",
            mention=W("He", within="He said, ‘Sorry"),
            cue=W("said", within="He said, ‘Sorry"),
            chain=(H("agnes", mention=_AGNES_POLITE.mention, cue=_AGNES_POLITE.cue),),
        ),
    ),
    Quote(segments=(Seg("Twice a Night,"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("because somebody should remember the ships."),),
        kind=Q.PARTIAL,
        by=By(speaker="agnes", mention=W("She", within="She said she wrote"), cue="said"),
    ),
)

CLAIMS = (
    ClaimSpec(
        "his aunt still checks the lamp most evenings",
        By(speaker="callum", mention="Callum Ruddock", cue=W("said", within="Board, said")),
    ),
    ClaimSpec("the light was inspected monthly and had not failed since automation", _BOARD),
    ClaimSpec(
        "the tower is the oldest working lighthouse on the coast",
        By(
            speaker="board",
            mention=W("its", within="According to its records"),
            cue="According to",
            medium="records",
            medium_mention="records",
        ),
    ),
    ClaimSpec(
        "Ruddock had once rowed out in a gale to pull a kayaker from the water",
        By(speaker="baird", mention="Fiona Baird", cue="said"),
    ),
    ClaimSpec(
        "she wrote it “because somebody should remember the ships.”",
        By(speaker="agnes", mention=W("She", within="She said she wrote"), cue="said"),
    ),
)

SEED = Seed(
    stem="blind_05_lighthouse_keeper",
    entities=ENTITIES,
    quotes=QUOTES,
    claims=CLAIMS,
    outlet="weekly",
)
