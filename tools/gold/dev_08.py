"""Gold annotation of dev 08: "Lake ferry operator scraps night crossings, blames shortage of captains".

Original writing in the style of a European English-language newspaper:
guillemets « » outside with the comma after the closing mark, ‹ › inside,
German low-9 marks „ “ for one partial quote, and an em-dash attribution.
The sidecar names the article's own outlet (Helvetic Post).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("dubois", "Claire Dubois"),
    Ent("hp", "Helvetic Post", K.OUTLET, description="the newspaper publishing this article"),
    Ent("navimorand", "Navimorand", K.ORGANISATION, description="The ferry company"),
    Ent("furrer", "Beat Furrer", aliases=("Furrer",), description="Navimorand’s director"),
    Ent(
        "rochat",
        "Anne-Laure Rochat",
        description="a nurse who crosses the lake each evening to reach the hospital in Montclair",
    ),
    Ent("wenger", "Tobias Wenger", aliases=("Wenger",), description="a 23-year-old student"),
    Ent("lemonde", "Le Monde", K.OUTLET),
    Ent("favre", "Élodie Favre", aliases=("Favre",), description="The mayor of Montclair"),
    Ent("baumgartner", "Urs Baumgartner", description="The canton’s transport minister"),
    Ent("union", "crews’ union", K.ORGANISATION, description="the union of the ferry crews"),
    Ent("bernasconi", "Marco Bernasconi", description="its secretary (of the crews’ union)"),
    Ent("radio", "Radio Morand", K.OUTLET, description="the regional broadcaster"),
)

_FAVRE_SAID = By(speaker="favre", mention="Élodie Favre", cue="said")
_WENGER_RADIO = By(
    speaker="wenger",
    mention="He",
    cue="told",
    addressee="radio",
    addressee_mention="Radio Morand",
    chain=(H("radio", mention="Radio Morand", cue="told"),),
)

QUOTES = (
    Quote(
        segments=(
            Seg("We simply do not have enough people with the licence to sail after dark"),
            Seg("Training a captain takes three years. We started too late — that is our fault."),
        ),
        by=By(speaker="furrer", mention="Beat Furrer", cue="said"),
    ),
    Quote(
        segments=(Seg("Three years? They have known about this problem since 2019"),),
        by=By(speaker="rochat", mention="Anne-Laure Rochat", cue="said"),
    ),
    # Em-dash attribution after the closing mark.
    Quote(
        key="wenger",
        segments=(Seg("Everyone here calls it ‹the night bus on water›. Now they are taking it away"),),
        by=By(speaker="wenger", mention="Tobias Wenger", cue="said"),
    ),
    Quote(parent="wenger", segments=(Seg("the night bus on water"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("a slap in the face for the lakeside villages"),),
        kind=Q.PARTIAL,
        by=_FAVRE_SAID,
    ),
    Quote(
        key="favre",
        segments=(
            Seg("When the director says ‹we started too late›, he is right. But who pays for his mistake? Us"),
        ),
        by=By(speaker="favre", mention="Favre", cue="added"),
    ),
    # Favre repeats Furrer's words: Furrer is the speaker, Favre the first hop.
    Quote(
        parent="favre",
        segments=(Seg("we started too late"),),
        kind=Q.PARTIAL,
        by=By(
            speaker="furrer",
            mention=W("director", within="the director says"),
            cue=W("says", within="the director says"),
            chain=(H("favre", mention="Favre", cue="added"),),
        ),
    ),
    Quote(
        segments=(Seg("examining every option"),),
        kind=Q.PARTIAL,
        by=By(
            speaker="baumgartner",
            mention="Urs Baumgartner",
            cue="said",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    Quote(
        segments=(Seg("It is not that nobody wants the job. It is that nobody wants the job at this salary"),),
        by=By(speaker="bernasconi", mention="Marco Bernasconi", cue="said"),
    ),
    Quote(
        segments=(
            Seg("We already pay more than the collective agreement requires"),
            Seg("The same people are wanted by the cruise boats on the big lakes, and they can always pay more."),
        ),
        by=By(speaker="furrer", mention="he", cue="said"),
    ),
    Quote(
        segments=(Seg("until somebody in an office remembers that we exist"),),
        kind=Q.PARTIAL,
        by=_WENGER_RADIO,
    ),
)

CLAIMS = (
    ClaimSpec(
        "The ferry company Navimorand will suspend all evening crossings on Lake Morand from 1 March, "
        "citing a shortage of qualified captains",
        By(speaker="navimorand", mention=W("it", within="it announced"), cue="announced"),
    ),
    # The newspaper names no source of its own: it is the speaker.
    ClaimSpec(
        "French passengers account for nearly a third of evening travellers",
        By(speaker="lemonde", mention="Le Monde", cue="according to", medium="report", medium_mention="report"),
    ),
    ClaimSpec("the decision was «a slap in the face for the lakeside villages»", _FAVRE_SAID),
    ClaimSpec("she would raise it with the cantonal government", _FAVRE_SAID),
    ClaimSpec(
        "the canton was „examining every option“, including a subsidised water taxi",
        By(
            speaker="baumgartner",
            mention="Urs Baumgartner",
            cue="said",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    ClaimSpec(
        "the real problem is pay, not training",
        By(speaker="union", mention="crews’ union", cue="says"),
    ),
    ClaimSpec(
        "Last winter the company cancelled 14 evening sailings at short notice because no captain was "
        "available",
        By(speaker="radio", mention="Radio Morand", cue="reported"),
    ),
    ClaimSpec(
        "he and three friends had bought a second-hand car to share «until somebody in an office "
        "remembers that we exist»",
        _WENGER_RADIO,
    ),
    ClaimSpec(
        "it hoped to restore a reduced evening timetable by the autumn",
        By(speaker="navimorand", mention="Navimorand", cue="said"),
    ),
)

SEED = Seed(stem="dev_08_lake_ferry", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="hp")
