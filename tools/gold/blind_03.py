"""Gold annotation of blind 03: "Common blood-pressure pill may slow memory loss, two studies suggest".

Original writing in the style of a health story: studies, a journal,
institutions speaking in statements, a company spokeswoman.  The sidecar
names the article's own outlet (Granton Herald), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

ENTITIES = (
    Ent("ekwueme", "Samuel Ekwueme"),
    Ent("herald", "Granton Herald", K.OUTLET, description="the newspaper publishing this article"),
    Ent(
        "studies",
        "two studies",
        K.UNKNOWN,
        description="two studies published on Wednesday",
        auto=False,
        extra=(W("two studies", within="according to two studies"),),
    ),
    Ent(
        "researchers",
        "researchers",
        K.GROUP,
        description="researchers at the University of Tessaly",
        auto=False,
        extra=(W("researchers", within="researchers at the University"),),
    ),
    Ent("tessaly", "University of Tessaly", K.ORGANISATION),
    Ent("journal", "Neurology Open", K.OUTLET, description="journal"),
    Ent("reyes", "Ana Reyes", aliases=("Reyes",), description="a neurologist who led the study"),
    Ent("centre", "Halvard Medical Centre", K.ORGANISATION, aliases=("centre",)),
    Ent(
        "baumann",
        "Felix Baumann",
        description="who studies ageing at Orrin College and was not involved in either study",
    ),
    Ent("orrin", "Orrin College", K.ORGANISATION),
    Ent("agency", "National Medicines Agency", K.ORGANISATION, aliases=("agency",)),
    Ent("spokeswoman", "spokeswoman", description="A spokeswoman for Corvane Pharma"),
    Ent(
        "corvane",
        "Corvane Pharma",
        K.ORGANISATION,
        description="which makes the best-selling brand of lisoprane",
    ),
)

_BAUMANN = By(speaker="baumann", mention="Felix Baumann", cue="said")
_SPOKESWOMAN = By(speaker="spokeswoman", mention="spokeswoman", cue="said")

QUOTES = (
    Quote(
        segments=(
            Seg("This is an association, not proof,"),
            Seg(
                "But it is a strong association, and it held up in every way we tried to break it."
            ),
        ),
        by=By(speaker="reyes", mention="Ana Reyes", cue="said"),
    ),
    Quote(segments=(Seg("interesting but very early."),), kind=Q.PARTIAL, by=_BAUMANN),
    Quote(
        segments=(
            Seg("We have seen this film before,"),
            Seg(
                "A drug looks wonderful in an observational study, and then the trial comes back flat."
            ),
        ),
        by=By(speaker="baumann", mention="he", cue="said"),
    ),
    Quote(
        segments=(Seg("Talk to your doctor first,"),),
        by=By(
            speaker="agency",
            mention=W("agency", within="the agency said"),
            cue=W("said", within="the agency said"),
        ),
    ),
    Quote(
        segments=(Seg("following the research with interest."),), kind=Q.PARTIAL, by=_SPOKESWOMAN
    ),
    Quote(
        segments=(Seg("I don’t have high blood pressure,"), Seg("Yet.")),
        by=By(speaker="reyes", mention=W("she", within="she said"), cue="said"),
    ),
)

CLAIMS = (
    ClaimSpec(
        "A cheap blood-pressure drug taken by millions of people may also slow the memory decline that "
        "comes before dementia",
        By(
            speaker="studies",
            mention=W("two studies", within="according to two studies"),
            cue="according to",
        ),
    ),
    ClaimSpec(
        "Those taking the drug, lisoprane, scored about 12% higher on memory tests than those who were not",
        By(
            speaker="researchers",
            mention=W("researchers", within="the researchers reported"),
            cue="reported",
            medium="journal Neurology Open",
            medium_mention="journal Neurology Open",
        ),
    ),
    ClaimSpec(
        "After 18 months the drug group had lost less brain volume",
        By(
            speaker="centre",
            mention=W("centre", within="the centre said"),
            cue="said",
            medium="statement",
            medium_mention="statement",
        ),
    ),
    ClaimSpec("the results were “interesting but very early.”", _BAUMANN),
    ClaimSpec(
        "patients should not start or stop any medicine on the strength of the studies",
        By(
            speaker="agency",
            mention=W("National Medicines Agency"),
            cue=W("said", within="Agency said in a statement"),
            medium="statement",
            medium_mention=W("statement", within="Agency said in a statement"),
        ),
    ),
    ClaimSpec(
        "the company had not funded either study and was “following the research with interest.”",
        _SPOKESWOMAN,
    ),
    ClaimSpec(
        "about 1.1 million people in the country take the drug",
        By(
            speaker="agency",
            mention=W("agency", within="According to the agency"),
            cue="According to",
        ),
    ),
    ClaimSpec(
        "her team would begin a randomised trial next year",
        By(speaker="reyes", mention="Reyes", cue="said"),
    ),
)

SEED = Seed(
    stem="blind_03_memory_drug", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="herald"
)
