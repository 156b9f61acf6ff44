"""Gold annotation of dev 06: "Tiny beetles survive decades frozen in Alpine ice, study finds".

Original writing in the style of a science story: present-tense "says",
titles of a book and a paper, a nickname inside a quotation.  The sidecar
names the article's own outlet (Science Desk Weekly).
"""

from __future__ import annotations

from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("keller", "Jonas Keller"),
    Ent("sdw", "Science Desk Weekly", K.OUTLET, description="the publication publishing this article"),
    # Brandt's team; "medical researchers" later are other people.
    Ent(
        "researchers",
        "researchers",
        K.GROUP,
        description="the team led by Sofia Brandt",
        auto=False,
        extra=(W("researchers", within="researchers report"),),
    ),
    Ent("journal", "Frontiers of Cold Biology", K.OUTLET, description="journal"),
    Ent(
        "brandt",
        "Sofia Brandt",
        aliases=("Brandt",),
        description="entomologist of the Tyrolean Institute of Alpine Ecology",
    ),
    Ent("institute", "Tyrolean Institute of Alpine Ecology", K.ORGANISATION),
    Ent(
        "asante",
        "Kwame Asante",
        description="a cryobiologist at the Accra Institute of Biophysics who was not involved in the study",
    ),
    Ent("accra", "Accra Institute of Biophysics", K.ORGANISATION),
    Ent("bbc", "BBC", K.OUTLET),
    Ent("meier", "Lukas Meier", aliases=("Meier",), description="Co-author"),
    Ent("cnn", "CNN", K.OUTLET),
)

_ASANTE_SAYS = By(speaker="asante", mention="Kwame Asante", cue="says")
_BRANDT_SAID = By(speaker="brandt", mention="Brandt", cue="said")

QUOTES = (
    Quote(
        segments=(
            Seg("We honestly expected to find nothing alive,"),
            Seg("When the first one started to move, I thought one of my students was playing a joke on me."),
        ),
        by=By(speaker="brandt", mention="Brandt", cue="says"),
    ),
    Quote(
        key="lazaruses",
        segments=(
            Seg("My students started calling them ‘the Lazaruses,’ which I told them was scientifically illiterate,"),
            Seg("The name stuck anyway."),
        ),
        by=By(speaker="brandt", mention="she", cue="added"),
    ),
    # A nickname inside the quotation.
    Quote(parent="lazaruses", segments=(Seg("the Lazaruses,"),), kind=Q.SCARE),
    Quote(segments=(Seg("water bears."),), kind=Q.SCARE),
    Quote(segments=(Seg("the weak link."),), kind=Q.PARTIAL, by=_ASANTE_SAYS),
    Quote(
        segments=(
            Seg(
                "If the ice is 20 years old, that’s remarkable. If it’s 200, that’s extraordinary. They "
                "haven’t shown me which it is,"
            ),
        ),
        by=By(
            speaker="asante",
            mention="he",
            cue="said",
            addressee="bbc",
            addressee_mention="BBC",
            chain=(H("bbc", mention="BBC", cue="interview"),),
        ),
    ),
    # A book title and a paper title.
    Quote(segments=(Seg("The Cold Inside: Life at Minus Forty,"),), kind=Q.SCARE),
    Quote(segments=(Seg("Anhydrobiosis-like survival in a glacier-dwelling carabid"),), kind=Q.SCARE),
    Quote(
        segments=(Seg("Could? Maybe, one day. Will? I wouldn’t put money on it,"),),
        by=By(
            speaker="meier",
            mention="he",
            cue="told",
            addressee="cnn",
            addressee_mention="CNN",
            chain=(H("cnn", mention="CNN", cue="told"),),
        ),
    ),
    Quote(
        segments=(
            Seg("They eat, they mate, they ignore us,"),
            Seg("Honestly, they’re better adjusted than most of my postdocs."),
        ),
        by=_BRANDT_SAID,
    ),
)

CLAIMS = (
    ClaimSpec(
        "A species of ground beetle can survive being locked in glacial ice for decades and walk away "
        "once it thaws",
        By(speaker="researchers", mention="researchers", cue="report", medium="study", medium_mention="study"),
    ),
    ClaimSpec(
        "the beetles appear to replace the water in their cells with a sugar called trehalose, a trick "
        "also used by tardigrades, the microscopic animals nicknamed “water bears.”",
        By(speaker="brandt", mention="Brandt", cue="says"),
    ),
    ClaimSpec("the dating of the ice layers is “the weak link.”", _ASANTE_SAYS),
    ClaimSpec("her team had dated the layers using two independent methods", _BRANDT_SAID),
    ClaimSpec("both pointed to the same decade", _BRANDT_SAID),
    ClaimSpec(
        "the team now plans to sequence the beetles’ genomes to find the genes that switch on the "
        "trehalose response",
        By(speaker="meier", mention="Meier", cue="According to"),
    ),
)

SEED = Seed(stem="dev_06_frozen_beetles", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="sdw")
