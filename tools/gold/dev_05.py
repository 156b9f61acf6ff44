"""Gold annotation of dev 05: "Former county treasurer gets six years for stealing bridge money".

Original writing in the style of a court report.  The sidecar names the
article's own outlet (Tri-County Register), so every chain ends with it.
"""

from __future__ import annotations

from provenance.model import AlterationKind as A
from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import Alt, By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("osei", "Rachel Osei"),
    Ent("register", "Tri-County Register", K.OUTLET, description="the newspaper publishing this article"),
    Ent(
        "pell",
        "Gordon Pell",
        aliases=("Pell", "Mr. Pell"),
        description="A former Harlan County treasurer",
    ),
    Ent(
        "castellanos",
        "Miriam Castellanos",
        aliases=("Castellanos",),
        description="U.S. District Judge",
    ),
    Ent("prosecutors", "Prosecutors", K.GROUP),
    Ent("ibsen", "Warren Ibsen", aliases=("Ibsen",), description="Pell’s attorney"),
    Ent("usao", "U.S. Attorney’s Office", K.ORGANISATION),
    Ent(
        "hollis",
        "Bea Hollis",
        aliases=("Hollis",),
        description="County Commissioner, one of the officials whose signature was forged",
    ),
    Ent("ap", "Associated Press", K.OUTLET),
    Ent("marsh", "Kevin Marsh", description="Assistant U.S. Attorney"),
)

_JUDGE_SAID = H(
    "castellanos",
    mention=W("Castellanos", within="Castellanos said"),
    cue=W("said", within="Castellanos said"),
)
_PELL_LETTER = By(
    speaker="pell",
    mention=W("he", within="which he said"),
    cue=W("said", within="which he said"),
    medium="letter",
    medium_mention="letter",
)
_PELL_ASHAMED = By(
    speaker="pell",
    mention=W("He", within="He told this court"),
    cue=W("told", within="He told this court"),
    chain=(_JUDGE_SAID,),
)
_HOLLIS_AP = By(
    speaker="hollis",
    mention="Bea Hollis",
    cue="told",
    addressee="ap",
    addressee_mention="Associated Press",
    chain=(H("ap", mention="Associated Press", cue="told"),),
)
_MARSH = By(speaker="marsh", mention="Kevin Marsh", cue="said")

QUOTES = (
    # The judge is named only later in the article.
    Quote(
        segments=(Seg("a betrayal measured in cracked concrete."),),
        kind=Q.PARTIAL,
        by=By(speaker="castellanos", mention=W("judge", within="the judge called"), cue="called"),
    ),
    Quote(
        segments=(Seg("borrowed [sic] the funds with every intention of paying them back."),),
        kind=Q.PARTIAL,
        by=_PELL_LETTER,
        alterations=(Alt(A.SIC, "[sic]"),),
    ),
    # Split around its cue, then running into the next paragraph: three segments,
    # the second (end of the first paragraph) left open.
    Quote(
        key="judge",
        segments=(
            Seg("Borrowing implies a lender who agreed,"),
            Seg("Nobody in this county agreed.", closed=False),
            Seg(
                "The people who drive over those bridges every morning — the school bus drivers, the "
                "dairy farmers, the nurses on the night shift — trusted that someone was minding the "
                "money. Mr. Pell was that someone. He told this court he was ‘ashamed beyond words.’ "
                "I believe him. But shame is not restitution."
            ),
        ),
        by=By(speaker="castellanos", mention=W("Castellanos", within="Castellanos said"), cue="said"),
    ),
    Quote(
        parent="judge",
        segments=(Seg("ashamed beyond words."),),
        kind=Q.PARTIAL,
        by=_PELL_ASHAMED,
    ),
    Quote(
        segments=(
            Seg(
                "He is not a monster. He is a man who made a terrible series of choices . . . and who "
                "has spent every day since trying to make them right,"
            ),
        ),
        by=By(speaker="ibsen", mention="Ibsen", cue="told"),
        alterations=(Alt(A.ELLIPSIS, ". . ."),),
    ),
    Quote(
        segments=(Seg("I let down every one of you,"), Seg("I don’t expect [you] to forgive me.")),
        by=By(speaker="pell", mention="he", cue="said"),
        alterations=(Alt(A.INSERTION, "[you]"),),
    ),
    Quote(segments=(Seg("from a bank teller, of all people."),), kind=Q.PARTIAL, by=_HOLLIS_AP),
    Quote(
        segments=(
            Seg("Six years is fine,"),
            Seg(
                "What I want is the money back, and a bridge on Miller Road that doesn’t shake when a "
                "tractor goes over it."
            ),
        ),
        by=By(speaker="hollis", mention="Hollis", cue="said"),
    ),
    Quote(
        segments=(Seg("sends a message to every public official who thinks nobody is checking."),),
        kind=Q.PARTIAL,
        by=_MARSH,
    ),
)

CLAIMS = (
    ClaimSpec(
        "he moved the money through a shell company named after his boat and spent it on a lake house, "
        "two pickup trucks and a share in a racing pigeon syndicate",
        By(speaker="prosecutors", mention="Prosecutors", cue="said"),
    ),
    ClaimSpec("he had “borrowed [sic] the funds with every intention of paying them back.”", _PELL_LETTER),
    # Reported speech inside the judge's quotation: the judge is the first hop.
    ClaimSpec("he was ‘ashamed beyond words.’", _PELL_ASHAMED),
    ClaimSpec(
        "his client had repaid $410,000 and had no criminal history",
        By(speaker="ibsen", mention="Warren Ibsen", cue="arguing"),
    ),
    ClaimSpec(
        "Pell forged the signatures of two county commissioners on at least 14 transfer orders between "
        "2017 and 2022",
        By(speaker="usao", mention="U.S. Attorney’s Office", cue="according to"),
    ),
    ClaimSpec("she had learned of the scheme “from a bank teller, of all people.”", _HOLLIS_AP),
    ClaimSpec(
        "the sentence “sends a message to every public official who thinks nobody is checking.”",
        _MARSH,
    ),
)

SEED = Seed(
    stem="dev_05_treasurer_sentenced", entities=ENTITIES, quotes=QUOTES, claims=CLAIMS, outlet="register"
)
