"""Gold annotation of 002: "Signs of demoralization in Russian army as opposition to war, draft grows in Russia".

The article names its own outlet (World-Outlook), so the builder ends every
chain with it.  Nested quotations carry their parent's chain, the parent's
speaker first.
"""

from __future__ import annotations

from provenance.model import AlterationKind as A
from provenance.model import EntityKind as K
from provenance.model import QuotationKind as Q
from tools.gold.spec import Alt, By, ClaimSpec, Ent, H, Quote, Seed, Seg, W

ENTITIES = (
    Ent("mirelowitz", "Geoff Mirelowitz"),
    Ent("malapanis", "Argiris Malapanis"),
    Ent("putin", "Vladimir Putin", aliases=("Mr. Putin", "Putin"), description="Russian president"),
    Ent("nyt", "New York Times", K.OUTLET, aliases=("Times",)),
    Ent("abc", "ABC News", K.OUTLET),
    Ent(
        "petraeus",
        "David Petraeus",
        aliases=("Petraeus",),
        description="retired U.S. four-star army general and former CIA director",
    ),
    Ent("cia", "CIA", K.ORGANISATION),
    Ent("nato", "NATO", K.ORGANISATION),
    Ent("zelensky", "Volodomyr Zelensky", aliases=("Zelensky",), description="Ukrainian president"),
    Ent("ei", "Education International", K.OUTLET, description="website"),
    Ent("od", "OpenDemocracy", K.OUTLET, description="website"),
    Ent("servant", "Servant of the People", K.ORGANISATION, description="Ukraine’s ruling party"),
    Ent("rowley", "Thomas Rowley"),
    Ent("guz", "Serhiy Guz"),
    Ent(
        "hetmantsev",
        "Danylo Hetmantsev",
        aliases=("Hetmantsev",),
        description="MP, head of the Ukrainian parliament’s finance committee",
    ),
    Ent("ftuu", "Federation of Trade Unions of Ukraine", K.ORGANISATION),
    Ent("court", "Constitutional Court of Ukraine", K.ORGANISATION),
    Ent("ilo", "International Labour Organization", K.ORGANISATION),
    Ent("wapo", "Washington Post", K.OUTLET),
    Ent("kostenko", "Roman Kostenko", description="Ukrainian commander, Colonel"),
    Ent("novaya", "Novaya Gazeta", K.OUTLET, description="the independent Russian newspaper"),
    Ent(
        "sources",
        "government sources",
        K.ORGANISATION,
        description="Russian government sources cited by Novaya Gazeta",
    ),
    Ent(
        "khrpg",
        "Kharkiv Human Rights Protection Group",
        K.ORGANISATION,
        description="which regularly documents such activities",
    ),
    Ent(
        "akhmetzhanov",
        "Marat Akhmetzhanov",
        description="The interior minister in neighboring Kazakhstan",
    ),
    Ent("npr", "National Public Radio", K.OUTLET, aliases=("NPR",)),
    Ent(
        "zurina",
        "Natalya Zurina",
        description="a retired university professor who joined the protests",
    ),
    Ent("rights", "rights groups", K.ORGANISATION),
    Ent("eurasian", "Eurasian Times", K.OUTLET),
    Ent("soldiers", "Several soldiers", K.GROUP, description="Russian soldiers in the intercepted calls"),
    # A common noun: only the mention that refers to the letters' writers.
    Ent(
        "troops",
        "Russian troops",
        K.GROUP,
        description="the troops who drafted the letters recovered in Izyum",
        auto=False,
    ),
    Ent("krivenko", "Sergey Krivenko", description="a Russian human rights lawyer"),
    Ent("kofman", "Michael Kofman", description="the director of Russia studies at C.N.A."),
    Ent("cna", "C.N.A.", K.ORGANISATION, description="a Virginia-based defense research institute"),
    Ent("rocks", "War on the Rocks", K.OUTLET, description="podcast"),
    Ent(
        "stremousov",
        "Kirill Stremousov",
        description="Russia’s “deputy governor” of the Kherson region of southern Ukraine",
    ),
    Ent("people", "Many people", K.GROUP),
    Ent("shoigu", "Sergei K. Shoigu", description="Russian defense minister"),
    Ent(
        "kartapolov",
        "Andrei Kartapolov",
        aliases=("Kartapolov",),
        description="the head of the defense committee in the lower house of Russia’s Parliament",
    ),
    Ent("modi", "Norenda Modi", aliases=("Modi",), description="Indian prime minister"),
    Ent("xi", "Xi Jinping", aliases=("Xi Jingping", "Xi"), description="Chinese president"),
    Ent("sco", "Shanghai Cooperation Organization", K.ORGANISATION),
    Ent("rodriguez", "Bruno Rodríguez", description="Cuba’s foreign minister"),
    Ent(
        "cossio",
        "Carlos Fernández de Cossío",
        aliases=("Fernández de Cossío",),
        description="Cuba’s deputy foreign minister",
    ),
    Ent(
        "un",
        "United Nations General Assembly",
        K.ORGANISATION,
        aliases=("General Assembly", "U.N."),
    ),
    Ent("dn", "Democracy Now!", K.OUTLET),
    Ent("cuba", "Cuba", K.ORGANISATION, description="the Cuban government"),
    Ent("wo", "World-Outlook", K.OUTLET, description="the outlet publishing this article"),
    Ent("lenin", "V.I Lenin", aliases=("Lenin",), description="Russian revolutionary leader"),
    Ent("stalin", "Joseph Stalin"),
)

# Hops that several items share (their words are found in each item's paragraph).
_NYT_REPORTED = H("nyt", mention="New York Times", cue="reported")
_WAPO_SEP16 = H(
    "wapo", mention="Washington Post", cue="According to", date="--09-16", date_mention="September 16"
)
_NYT_OCT6 = H(
    "nyt", mention="New York Times", cue="According to", date="--10-06", date_mention="October 6"
)
_OD_WROTE = H("od", mention="OpenDemocracy", cue="wrote")
_TIMES_ARTICLE = W("Times", within="the Times article")
_TOLD_THE_TIMES = H(
    "nyt", mention=W("Times", within="told the Times"), cue=W("told", within="told the Times")
)
_KOFMAN_CHAIN = (H("rocks", mention="War on the Rocks", cue="told"), H("nyt", mention="Times", cue="cited"))
_DN = W("Democracy Now!", within="Democracy Now! conducted")

QUOTES = (
    Quote(segments=(Seg("annexing"),), kind=Q.SCARE),
    # -- Putin's annexation speech, through the New York Times --------------
    Quote(
        key="nyt-annex",
        segments=(
            Seg(
                "Mr. Putin said that the residents of the four regions — which are still partially "
                "controlled by Ukrainian forces — would become Russia’s citizens ‘forever.’ He then "
                "held a signing ceremony with the Russian-installed heads of those regions … clasping "
                "hands with them and chanting ‘Russia! Russia!’"
            ),
        ),
        # No cue of its own: it continues "the New York Times reported".
        by=By(speaker="nyt"),
        alterations=(Alt(A.ELLIPSIS, "…"),),
    ),
    Quote(
        parent="nyt-annex",
        segments=(Seg("forever."),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention="Mr. Putin", cue="said", chain=(H("nyt"),)),
    ),
    Quote(
        parent="nyt-annex",
        segments=(Seg("Russia! Russia!"),),
        by=By(
            speaker="putin",
            mention=W("He", within="He then held"),
            cue="chanting",
            chain=(H("nyt"),),
        ),
    ),
    # -- "Describing the West ...": one quotation split around its cue ------
    Quote(
        key="west",
        segments=(
            Seg("Describing the West as ‘deceitful and hypocritical through and through,’"),
            Seg(
                "Mr. Putin noted that the United States was the only country to have used nuclear "
                "weapons in war. He added: ‘By the way, they created a precedent.’"
            ),
        ),
        by=By(speaker="nyt", mention="New York Times", cue="reported"),
    ),
    Quote(
        parent="west",
        segments=(Seg("deceitful and hypocritical through and through,"),),
        kind=Q.PARTIAL,
        by=By(speaker="putin", mention="Mr. Putin", cue="Describing", chain=(_NYT_REPORTED,)),
    ),
    Quote(
        parent="west",
        segments=(Seg("By the way, they created a precedent."),),
        by=By(
            speaker="putin",
            mention=W("He", within="He added"),
            cue="added",
            chain=(_NYT_REPORTED,),
        ),
    ),
    Quote(
        segments=(
            Seg("Just to give you a hypothetical,"),
            Seg(
                "we would respond by leading a NATO — a collective — effort that would take out "
                "every Russian conventional force that we can see and identify on the battlefield in "
                "Ukraine and also in Crimea and every ship in the Black Sea."
            ),
        ),
        by=By(
            speaker="petraeus",
            mention=W("Petraeus", within="said Petraeus"),
            cue="said",
            addressee="abc",
            addressee_mention="ABC News",
            chain=(H("abc", mention="ABC News", cue="interview"),),
        ),
    ),
    Quote(
        segments=(
            Seg(
                "was fast-tracking his country’s application to join NATO — a move that Russia "
                "vehemently opposes and that faces steep hurdles, given that admission to the "
                "alliance requires unanimous consent from all 30 member nations,"
            ),
        ),
        kind=Q.PARTIAL,
        by=By(speaker="nyt", mention="New York Times", cue="reported"),
    ),
    Quote(segments=(Seg("democracy."),), kind=Q.SCARE),
    # -- the anti-labor law --------------------------------------------------
    Quote(
        segments=(
            Seg("Ruling party moves to restrict workers’ rights,"),
            Seg(
                "Under the new law the main instrument regulating labour relations between employer "
                "and employees in small and medium-size companies will be individual contracts. In "
                "fact, collective agreements negotiated by unions will no longer apply and unions "
                "have also lost the legal authority to veto workplace dismissals. This change opens "
                "the door to arbitrary dismissals and will create fear to engage in trade union or "
                "other independent activities."
            ),
        ),
        by=By(speaker="ei", mention="Education International", cue="wrote"),
    ),
    Quote(
        key="od-argued",
        segments=(
            Seg("Ukraine’s ruling Servant of the People party argued,"),
            Seg(
                "that the ‘extreme over-regulation of employment contradicts the principles of "
                "market self-regulation [and] modern personnel management.’"
            ),
        ),
        by=By(speaker="od", mention="OpenDemocracy", cue="wrote"),
    ),
    Quote(
        parent="od-argued",
        segments=(
            Seg(
                "extreme over-regulation of employment contradicts the principles of market "
                "self-regulation [and] modern personnel management."
            ),
        ),
        kind=Q.PARTIAL,
        by=By(
            speaker="servant", mention="Servant of the People", cue="argued", chain=(_OD_WROTE,)
        ),
        alterations=(Alt(A.INSERTION, "[and]"),),
    ),
    Quote(
        segments=(
            Seg(
                "A leading member of Zelensky’s party promised further liberalisation of Ukraine’s "
                "labour legislation earlier this month,"
            ),
        ),
        by=By(
            speaker="od",
            mention="the article by Thomas Rowley and Serhiy Guz",
            cue="continued",
        ),
    ),
    # OpenDemocracy's article text runs over three paragraphs (each opened,
    # the last closed; the first two open with a typo'd “’), with
    # Hetmantsev's words nested inside.  No cue: it continues the article.
    Quote(
        key="od-hetmantsev",
        segments=(
            Seg(
                "’These are draft laws that business is waiting for, draft laws that will protect "
                "the interests of all entrepreneurs. And workers, too, by the way,’ wrote MP Danylo "
                "Hetmantsev on Telegram on 9 July.",
                closed=False,
            ),
            Seg(
                "’A worker should be able to regulate his relationship with an employer himself. "
                "Without the state,’ claimed Hetmantsev, who is head of the Ukrainian parliament’s "
                "finance committee.",
                closed=False,
            ),
            Seg(
                "‘This is what happens in a state if it’s free, European and market oriented,’ he "
                "continued. ‘Otherwise, the country will be travelling with one leg on an express "
                "train to the EU, and with another inside a Soviet-era train going in the other "
                "direction.’"
            ),
        ),
        by=By(speaker="od"),
    ),
    Quote(
        parent="od-hetmantsev",
        segments=(
            Seg(
                "These are draft laws that business is waiting for, draft laws that will protect "
                "the interests of all entrepreneurs. And workers, too, by the way,"
            ),
        ),
        by=By(
            speaker="hetmantsev",
            mention="Danylo Hetmantsev",
            cue="wrote",
            medium="Telegram",
            medium_mention="Telegram",
            chain=(H("od"),),
        ),
    ),
    Quote(
        parent="od-hetmantsev",
        segments=(
            Seg(
                "A worker should be able to regulate his relationship with an employer himself. "
                "Without the state,"
            ),
        ),
        by=By(speaker="hetmantsev", mention="Hetmantsev", cue="claimed", chain=(H("od"),)),
    ),
    Quote(
        parent="od-hetmantsev",
        segments=(
            Seg("This is what happens in a state if it’s free, European and market oriented,"),
            Seg(
                "Otherwise, the country will be travelling with one leg on an express train to the "
                "EU, and with another inside a Soviet-era train going in the other direction."
            ),
        ),
        by=By(
            speaker="hetmantsev",
            mention=W("he", within="he continued"),
            cue="continued",
            chain=(H("od"),),
        ),
    ),
    Quote(
        segments=(
            Seg("While martial law prevented unions from calling strikes and protests,"),
            Seg(
                "the Federation of Trade Unions of Ukraine is launching a campaign to challenge Law "
                "no. 2434-IX in the Constitutional Court of Ukraine and will appeal to the "
                "International Labour Organization and other European and international bodies."
            ),
        ),
        by=By(speaker="ei", mention="Education International", cue="observed"),
    ),
    # -- Ukrainian military advances ------------------------------------------
    Quote(
        segments=(
            Seg(
                "Russia’s retreat from Lyman on Saturday [October 1] leaves its troops in the "
                "country’s east in an increasingly perilous position,"
            ),
        ),
        by=By(speaker="nyt", mention="New York Times", cue="reported"),
        alterations=(Alt(A.INSERTION, "[October 1]"),),
    ),
    Quote(
        segments=(
            Seg(
                "The battle for the town was a continuation of Ukraine’s northeastern offensive in "
                "September, which routed Russian forces from cities, towns and dozens of villages "
                "and recaptured more than a thousand square miles of territory in the Kharkiv "
                "region. The lightning victory there severed most supply lines to Lyman, where "
                "Russian forces relied on a north-south rail line that is now mostly under "
                "Ukrainian control.",
                closed=False,
            ),
            Seg("Now that Ukrainian forces have retaken the city,"),
            Seg(
                "they will have a solid foothold on the northeastern side of the river that they can "
                "use to advance farther east, applying pressure on the Russian front lines that "
                "formed following their recent defeats around Kharkiv."
            ),
        ),
        by=By(speaker="nyt", mention="Times", cue="continued"),
    ),
    Quote(
        segments=(
            Seg(
                "has suddenly picked up speed, with Russian units retreating in recent days from a "
                "large swath of territory along the west bank of the Dnieper River,"
            ),
        ),
        kind=Q.PARTIAL,
        by=By(speaker="wapo", mention="Washington Post", cue="reported"),
    ),
    Quote(
        segments=(
            Seg(
                "Ukrainian forces pushed ahead dozens of miles into the southern Kherson region, "
                "liberating towns and villages and re-creating scenes from mid-September when they "
                "swept into Kharkiv and were greeted by joyful residents who had spent many months "
                "under Russian occupation."
            ),
        ),
        # No cue: it continues the Washington Post's report.
        by=By(speaker="wapo"),
    ),
    Quote(
        segments=(
            Seg(
                "This is not Kharkiv. There, they left all of their ammunition and vehicles and "
                "fled. Here, we don’t even have many trophies. They just retreated from the fight, "
                "took everything with them to their new position and are digging in anew."
            ),
        ),
        by=By(
            speaker="kostenko",
            mention="Roman Kostenko",
            cue="observed",
            chain=(
                H(
                    "wapo",
                    mention="Washington Post",
                    cue="According to",
                    date="--10-05",
                    date_mention="October 5",
                ),
            ),
        ),
    ),
    # -- antiwar protests in Russia --------------------------------------------
    Quote(
        key="billboard",
        segments=(
            Seg(
                "40,000 killed, 100,000 wounded. What for? NO TO THE WAR! 150 days of the ‘special "
                "operation’ have cost 1 trillion dollars."
            ),
        ),
        # Whoever put the billboard up is not named.
        by=By(
            cue="reading",
            chain=(H("khrpg", mention="Kharkiv Human Rights Protection Group", cue="According to"),),
        ),
    ),
    Quote(parent="billboard", segments=(Seg("special operation"),), kind=Q.SCARE),
    Quote(
        segments=(
            Seg(
                "The interior minister in neighboring Kazakhstan, Marat Akhmetzhanov, said that… "
                "about 200,000 [Russians] had crossed that country’s border since Sept. 21, most of "
                "them apparently fleeing the mobilization or leaving out of fear that Putin would "
                "soon impose martial law and bar international travel. Tens of thousands more "
                "Russians have fled to other neighboring countries, including Georgia and Finland."
            ),
        ),
        by=By(speaker="wapo", mention="Washington Post", cue="reported"),
        alterations=(Alt(A.ELLIPSIS, "…"), Alt(A.INSERTION, "[Russians]")),
    ),
    Quote(
        key="zurina",
        segments=(
            Seg("I haven’t heard the word ‘war’ out of Putin’s mouth,"),
            Seg(
                "And if there’s no war then how can we have a mobilization? He’s calling up our "
                "young boys to die for nothing. I just couldn’t stay home."
            ),
        ),
        by=By(
            speaker="zurina",
            mention="Natalya Zurina",
            cue="told",
            addressee="npr",
            addressee_mention=W("NPR", within="told NPR"),
            chain=(H("npr", mention=W("NPR", within="told NPR"), cue="told"),),
        ),
    ),
    Quote(parent="zurina", segments=(Seg(W("war", within="‘war’")),), kind=Q.SCARE),
    # -- demoralization in the Russian army --------------------------------------
    Quote(
        segments=(
            Seg(
                "exclusively obtained recordings of thousands of calls that were made throughout "
                "March and intercepted by Ukrainian law enforcement agencies"
            ),
        ),
        kind=Q.PARTIAL,
        by=By(speaker="nyt", mention="New York Times", cue="published"),
    ),
    Quote(
        segments=(Seg("handwritten letters"),),
        kind=Q.PARTIAL,
        by=By(speaker="wapo", mention="Washington Post", cue="reported"),
    ),
    Quote(
        segments=(Seg("moral exhaustion."),),
        kind=Q.PARTIAL,
        by=By(
            speaker="troops",
            mention="Russian troops",
            cue="requested",
            medium="letters",
            medium_mention=W("letters", within="the letters — addressed"),
            chain=(H("wapo", mention="Washington Post", cue="reported"),),
        ),
    ),
    # The Times excerpt: two paragraphs, each opened, the last closed.
    Quote(
        segments=(
            Seg(
                "Several soldiers fear the consequences, saying they’ve been told — sometimes by "
                "their commanders — that they could face prosecution and imprisonment.",
                closed=False,
            ),
            Seg(
                "The scare tactic had no legal grounds at the time, Sergey Krivenko, a Russian human "
                "rights lawyer, told the Times. But in September, days before Mr. Putin announced a "
                "mobilization to draft hundreds of thousands of civilians, Russian lawmakers "
                "approved harsher punishment for desertion, insubordination, and evading military "
                "service."
            ),
        ),
        by=By(speaker="nyt", mention=_TIMES_ARTICLE),
    ),
    Quote(segments=(Seg("War on the Rocks,"),), kind=Q.SCARE),
    Quote(
        segments=(
            Seg(
                "At first… obviously looks like a hot mess. That’s very much true, but they are also "
                "pulling in quite large numbers of men."
            ),
        ),
        kind=Q.PARTIAL,
        by=By(
            speaker="kofman",
            mention="Michael Kofman",
            cue="told",
            addressee="rocks",
            addressee_mention="War on the Rocks",
            chain=_KOFMAN_CHAIN,
        ),
        alterations=(Alt(A.ELLIPSIS, "…"),),
    ),
    Quote(segments=(Seg("deputy governor"),), kind=Q.SCARE),
    Quote(
        segments=(
            Seg(
                "Many people are saying that as an officer, the defense minister could simply shoot "
                "himself for being the one who let things get to this state."
            ),
        ),
        by=By(speaker="stremousov", mention="Kirill Stremousov", cue="said", chain=(_NYT_OCT6,)),
    ),
    Quote(
        segments=(
            Seg("They need to stop lying,"),
            Seg(
                "Our people aren’t stupid, far from it, and they see that they are not being taken "
                "seriously. It’s not being considered necessary to tell them even part of the truth, "
                "let alone all of it."
            ),
        ),
        by=By(speaker="kartapolov", mention=W("Kartapolov", within="said Kartapolov"), cue="said"),
    ),
    # -- erosion of international support --------------------------------------
    Quote(
        key="wapo-sco",
        segments=(
            Seg(
                "Putin acknowledged he had heard ‘concerns and questions’ about the war from Chinese "
                "President Xi Jinping… Xi, however, did not voice his questions or concerns "
                "publicly."
            ),
        ),
        by=By(speaker="wapo", mention="Washington Post", cue="According to"),
        alterations=(Alt(A.ELLIPSIS, "…"),),
    ),
    Quote(
        parent="wapo-sco",
        segments=(Seg("concerns and questions"),),
        kind=Q.PARTIAL,
        by=By(
            speaker="putin",
            mention=W("Putin", within="Putin acknowledged"),
            cue="acknowledged",
            chain=(_WAPO_SEP16,),
        ),
    ),
    Quote(
        segments=(
            Seg(
                "Today’s era is not an era of war, and I have spoken to you on the phone about this."
            ),
        ),
        by=By(
            speaker="modi",
            mention=W("Modi", within="Modi declared"),
            cue="declared",
            addressee="putin",
            addressee_mention="Putin",
        ),
    ),
    Quote(
        segments=(
            Seg(
                "I know your position on the conflict in Ukraine, about your concerns that you "
                "constantly express. We will do our best to stop this as soon as possible."
            ),
        ),
        by=By(speaker="putin", mention="Putin", cue="replied", addressee="modi"),
    ),
    # -- Cuba's position: the Democracy Now! interview ---------------------------
    Quote(
        segments=(
            Seg(
                "When the invasion [of Ukraine] occurred, shortly thereafter, there was a vote in "
                "the General Assembly in March where the majority of countries condemned the "
                "invasion, and Cuba, in fact, then abstained."
            ),
        ),
        # "He was asked": the interviewer is the outlet, not named at the cue.
        by=By(
            speaker="dn",
            cue="asked",
            addressee="cossio",
            addressee_mention=W("He", within="He was asked"),
        ),
        alterations=(Alt(A.INSERTION, "[of Ukraine]"),),
    ),
    Quote(
        segments=(
            Seg(
                "Cuba’s position is not new. For some years now, we have been alerting of the "
                "dangerous path taken by the U.S. trying to push NATO in an aggressive position "
                "threatening Russia. It would be naive, and it was naive, to expect that Russia "
                "would not react one moment or the other. So, we — in our position, we say there’s "
                "a huge responsibility by the U.S. government by pushing NATO in an aggressive "
                "position against Russia.",
                closed=False,
            ),
            Seg(
                "At the same time, Cuba cannot support and does not support the transgression of "
                "the sovereign borders or the sovereignty and territory of any country. That "
                "explains our abstention in the resolution that took place in the U.N. We also have "
                "a great support for some of the resolutions that were quoted in that resolution. We "
                "couldn’t vote against them.",
                closed=False,
            ),
            Seg(
                "Now, we clearly see that there has been a path — and it’s not only with Russia — by "
                "the U.S. to act as an aggressive hegemon trying to tear down or to put down any "
                "country that it seems that eventually — eventually — could be a rival to the "
                "United States. That is not the way to conduct international relations. It only "
                "serves U.S. big corporate interests. It doesn’t serve the people of the United "
                "States. It doesn’t serve the people around the world. And it’s a transgression of "
                "international law. It’s a transgression of peace and of security for all nations."
            ),
        ),
        by=By(
            speaker="cossio",
            mention=W("Fernández de Cossío", within="Fernández de Cossío replied"),
            cue=W("replied", within="Fernández de Cossío replied"),
            addressee="dn",
            addressee_mention=_DN,
            chain=(H("dn", mention=_DN, cue=W("interview", within="wide-ranging interview")),),
        ),
    ),
    # -- World-Outlook's own words ----------------------------------------------
    Quote(
        segments=(
            Seg(
                "Would Washington accept military bases, like those it is now establishing in "
                "Poland, to be set up today by Russia in Mexico, 100 miles from the U.S. border?"
            ),
        ),
        by=By(
            speaker="wo",
            mention="World-Outlook",
            cue="explained",
            medium="editorial",
            medium_mention="editorial",
        ),
    ),
    Quote(
        key="we-said",
        segments=(
            Seg("None of this justifies Putin’s invasion,"),
            Seg(
                "But it points to Washington’s hypocrisy in claiming to seek a ‘diplomatic "
                "solution’ to the current crisis."
            ),
        ),
        by=By(speaker="wo", mention=W("we", within="we said then"), cue="said"),
    ),
    Quote(parent="we-said", segments=(Seg("diplomatic solution"),), kind=Q.SCARE),
    Quote(
        segments=(
            Seg(
                W(
                    "cannot support and does not support the transgression of the sovereign borders "
                    "or the sovereignty and territory of any country",
                    occurrence=1,
                )
            ),
        ),
        kind=Q.PARTIAL,
        by=By(speaker="cuba", mention=W("Cuba", within="Cuba’s lead"), cue="stating"),
    ),
    # -- NOTES --------------------------------------------------------------------
    Quote(segments=(Seg("Great Russians,"),), kind=Q.SCARE),
    Quote(
        key="lenin-1924",
        segments=(
            Seg(
                "The Great Russians constitute no more than 43 per cent of the entire population of "
                "the country… less than half the population… Consequently, the ‘subject peoples’ in "
                "Russia constitute 57 per cent of the population, i.e., the majority of the "
                "population, almost three-fifths, in all probability actually more than "
                "three-fifths."
            ),
        ),
        by=By(
            speaker="lenin",
            mention="V.I Lenin",
            cue="wrote",
            medium="article",
            medium_mention="article",
        ),
        alterations=(Alt(A.ELLIPSIS, W("…", occurrence=0)), Alt(A.ELLIPSIS, W("…", occurrence=1))),
    ),
    Quote(parent="lenin-1924", segments=(Seg("subject peoples"),), kind=Q.SCARE),
    Quote(
        key="lenin-prison",
        segments=(
            Seg(
                "Mllions upon millions of ordinary people…were made to see the truth of the saying "
                "that Russia is ‘a prison of nations.’"
            ),
        ),
        by=By(speaker="lenin", mention="Lenin", cue="continued"),
        alterations=(Alt(A.ELLIPSIS, "…"),),
    ),
    # A saying, quoted as such: no one in particular is quoted.
    Quote(parent="lenin-prison", segments=(Seg("a prison of nations."),), kind=Q.SCARE),
    Quote(
        segments=(Seg(W("Great Russian chauvinism", within="“Great Russian chauvinism” refers")),),
        kind=Q.SCARE,
    ),
)

CLAIMS = (
    ClaimSpec(
        "Russia would annex Donetsk, Luhansk, Zaporizhzhia and Kherson",
        By(
            speaker="putin",
            mention=W("Putin", within="Putin announced Russia"),
            cue="announced",
            chain=(_NYT_REPORTED,),
        ),
    ),
    ClaimSpec(
        "the residents of the four regions — which are still partially controlled by Ukrainian "
        "forces — would become Russia’s citizens ‘forever.’",
        By(speaker="putin", mention="Mr. Putin", cue="said", chain=(H("nyt"),)),
    ),
    ClaimSpec(
        "the United States was the only country to have used nuclear weapons in war",
        By(speaker="putin", mention="Mr. Putin", cue="noted", chain=(_NYT_REPORTED,)),
    ),
    # The announcement's content is Zelensky's; the words after "NATO" are the Times's own.
    ClaimSpec(
        "his government “was fast-tracking his country’s application to join NATO",
        By(
            speaker="zelensky",
            mention="Volodomyr Zelensky",
            cue="announcement",
            chain=(_NYT_REPORTED,),
        ),
    ),
    ClaimSpec(
        "it was a necessary step to defend Russia from further encirclement by NATO’s military forces",
        By(speaker="putin", mention=W("Putin", within="Putin rationalizes"), cue="claiming"),
    ),
    ClaimSpec(
        "the ‘extreme over-regulation of employment contradicts the principles of market "
        "self-regulation [and] modern personnel management.’",
        By(speaker="servant", mention="Servant of the People", cue="argued", chain=(_OD_WROTE,)),
    ),
    ClaimSpec(
        "261,000 Russian men had fled the country",
        # The newspaper relays what the (unnamed) sources told it, as the Times cites Kofman.
        By(
            speaker="sources",
            mention="government sources",
            cue="citing",
            chain=(H("novaya", mention="Novaya Gazeta", cue="reported"),),
        ),
    ),
    ClaimSpec(
        "an antiwar billboard went up in Angarsk, eastern Siberia, reading: “40,000 killed, 100,000 "
        "wounded. What for? NO TO THE WAR! 150 days of the ‘special operation’ have cost 1 trillion "
        "dollars.”",
        By(speaker="khrpg", mention="Kharkiv Human Rights Protection Group", cue="According to"),
    ),
    ClaimSpec(
        "about 200,000 [Russians] had crossed that country’s border since Sept. 21",
        By(
            speaker="akhmetzhanov",
            mention="Marat Akhmetzhanov",
            cue="said",
            chain=(
                H(
                    "wapo",
                    mention="Washington Post",
                    cue="reported",
                    date="--10-04",
                    date_mention="October 4",
                ),
            ),
        ),
    ),
    ClaimSpec(
        "Demonstrations against the draft also took place in Moscow, St. Petersburg, and more than "
        "30 major cities",
        By(speaker="npr", mention="National Public Radio", cue="according to"),
    ),
    ClaimSpec(
        "These protests led to more than 1,300 arrests as of September 24",
        By(speaker="rights", mention="rights groups", cue="according to"),
    ),
    ClaimSpec(
        "they be relieved of their posts, citing concerns over their health and “moral exhaustion.”",
        By(
            speaker="troops",
            mention="Russian troops",
            cue="requested",
            medium="letters",
            medium_mention=W("letters", within="the letters — addressed"),
            chain=(H("wapo", mention="Washington Post", cue="reported"),),
        ),
    ),
    ClaimSpec(
        "Hundreds of Russian troops surrendered to Ukrainian forces in the Kherson region the first "
        "week of October",
        By(speaker="eurasian", mention="Eurasian Times", cue="according to"),
    ),
    ClaimSpec(
        "they’ve been told — sometimes by their commanders — that they could face prosecution and "
        "imprisonment",
        By(
            speaker="soldiers",
            mention="Several soldiers",
            cue="saying",
            chain=(H("nyt", mention=_TIMES_ARTICLE),),
        ),
    ),
    ClaimSpec(
        "The scare tactic had no legal grounds at the time",
        By(
            speaker="krivenko",
            mention="Sergey Krivenko",
            cue="told",
            addressee="nyt",
            addressee_mention=W("Times", within="told the Times"),
            chain=(_TOLD_THE_TIMES,),
        ),
    ),
    ClaimSpec(
        "the conscription process in Russia “At first… obviously looks like a hot mess. That’s very "
        "much true, but they are also pulling in quite large numbers of men.”",
        By(
            speaker="kofman",
            mention="Michael Kofman",
            cue="told",
            addressee="rocks",
            addressee_mention="War on the Rocks",
            chain=_KOFMAN_CHAIN,
        ),
    ),
    ClaimSpec(
        "a large enough draft could allow Putin to continue the war",
        By(
            speaker="kofman",
            mention=W("He", within="He noted"),
            cue="noted",
            chain=(H("rocks"), H("nyt")),
        ),
    ),
    ClaimSpec(
        "as an officer, the defense minister could simply shoot himself for being the one who let "
        "things get to this state",
        By(
            speaker="people",
            mention="Many people",
            cue="are saying",
            chain=(H("stremousov", mention="Kirill Stremousov", cue="said"), _NYT_OCT6),
        ),
    ),
    ClaimSpec(
        "he had heard ‘concerns and questions’ about the war from Chinese President Xi Jinping",
        By(
            speaker="putin",
            mention=W("Putin", within="Putin acknowledged"),
            cue="acknowledged",
            chain=(_WAPO_SEP16,),
        ),
    ),
    ClaimSpec(
        "it “cannot support and does not support the transgression of the sovereign borders or the "
        "sovereignty and territory of any country”",
        By(speaker="cuba", mention=W("Cuba", within="Cuba’s lead"), cue="stating"),
    ),
)

SEED = Seed(
    stem="002_168bef1ba08e84db",
    entities=ENTITIES,
    quotes=QUOTES,
    claims=CLAIMS,
    outlet="wo",
)
