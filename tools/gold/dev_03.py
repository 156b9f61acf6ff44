"""Gold annotation of dev 03: "Hammer's late header sends Rovers into cup final".

Original writing in the style of a sports report, typed with straight ASCII
quotation marks and apostrophes ('90s, rock 'n' roll, Jones').  The sidecar
names the article's own outlet (Northern Sports Daily).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("whelan", "Tom Whelan"),
    Ent("nsd", "Northern Sports Daily", K.OUTLET, description="the newspaper publishing this article"),
    Ent(
        "jones",
        "Dale Jones",
        aliases=("Jones", "The Hammer", "Hammer"),
        description="The 34-year-old defender",
    ),
    Ent("rovers", "Harlow Rovers", K.ORGANISATION, aliases=("Rovers",)),
    # The club, not the town ("a plumber from Castleford").
    Ent(
        "castleford",
        "Castleford",
        K.ORGANISATION,
        description="the opposing club",
        auto=False,
        extra=(
            W("Castleford", within="two Castleford defenders"),
            W("Castleford", within="Castleford had led"),
            W("Castleford", within="Castleford manager"),
        ),
    ),
    Ent("northgate", "Northgate City", K.ORGANISATION),
    Ent("okonkwo", "Ray Okonkwo", aliases=("Okonkwo",), description="manager"),
    Ent("pryce", "Sam Pryce", aliases=("Pryce",), description="midfielder"),
    Ent("bassi", "Luca Bassi"),
    Ent("marsh", "Eddie Marsh", description="winger"),
    Ent("lindqvist", "Pia Lindqvist", description="Castleford manager"),
    Ent("karen", "Karen", description="Jones' wife"),
    Ent(
        "ashby",
        "Neil Ashby",
        description="a 45-year-old plumber from Castleford who has held a season ticket since 1994",
    ),
    Ent("post", "Harlow Evening Post", K.OUTLET),
)

_LINDQVIST = By(speaker="lindqvist", mention="Pia Lindqvist", cue="said")

QUOTES = (
    # A nickname.
    Quote(segments=(Seg("The Hammer,"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("I just closed my eyes and hoped,"), Seg("Don't tell the gaffer that.")),
        by=By(speaker="jones", mention="Jones", cue="said"),
    ),
    Quote(
        segments=(Seg("He closed his eyes? Then he should play with them closed every week,"),),
        by=By(speaker="okonkwo", mention=W("Okonkwo", within="Okonkwo said"), cue="said"),
    ),
    Quote(
        segments=(
            Seg("Did you see the crowd?"),
            Seg("That's what it's about. That's rock 'n' roll."),
        ),
        by=By(speaker="pryce", mention="Sam Pryce", cue="asked"),
    ),
    # "he" after a sentence naming Jones, Bassi and Marsh: Jones admitted the foul.
    Quote(
        segments=(Seg("It was a stonewall penalty,"), Seg("I owed the lads one after that.")),
        by=By(speaker="jones", mention="he", cue="said"),
    ),
    Quote(segments=(Seg("robbed by a lottery of a set piece"),), kind=Q.PARTIAL, by=_LINDQVIST),
    Quote(
        segments=(
            Seg("Ask anyone in the ground. The ball went off their man,"),
            Seg("But that's football. You don't get those back."),
        ),
        by=By(speaker="lindqvist", mention="she", cue="said"),
    ),
    # The speaker is the subject of the sentence before; no reporting verb.
    Quote(
        segments=(Seg("After tonight? I'd start him in goal if he asked."),),
        by=By(speaker="okonkwo", mention="Okonkwo"),
    ),
    Quote(
        segments=(
            Seg("We were the better team for 80 minutes,"),
            Seg("Football doesn't care about that, does it?"),
        ),
        by=By(speaker="ashby", mention="Neil Ashby", cue="said"),
    ),
    # A song title.
    Quote(segments=(Seg("Don't Stop Me Now,"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("It's a bit of a superstition,"), Seg("The lads won't let me change it.")),
        by=By(speaker="pryce", mention="he", cue="said"),
    ),
)

CLAIMS = (
    ClaimSpec('her side had been "robbed by a lottery of a set piece"', _LINDQVIST),
    ClaimSpec(
        "the corner should never have been given",
        By(speaker="lindqvist", mention="Pia Lindqvist", cue="complained"),
    ),
    ClaimSpec(
        "she had already booked a babysitter for the final against Northgate City on May 18",
        By(speaker="karen", mention="Karen", cue="said"),
    ),
    # The newspaper names no source: it is the speaker.
    ClaimSpec(
        "Rovers sold 9,000 tickets for the final in the first hour after the whistle",
        By(speaker="post", mention="Harlow Evening Post", cue="reported"),
    ),
    ClaimSpec(
        'the squad would travel to the final listening to "Don\'t Stop Me Now," as they have before '
        "every cup tie this season",
        By(speaker="pryce", mention="He", cue="said"),
    ),
)

SEED = Seed(stem="dev_03_cup_semifinal", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="nsd")
