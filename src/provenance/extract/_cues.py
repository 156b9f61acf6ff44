"""The documented lexicons extraction relies on: reporting cues, outlets, titles, pronouns.

Everything here is plain data, importable and inspectable:

* :data:`CUE_VERBS` maps every inflected form of a reporting verb to its
  lemma (``said`` → ``say``); :data:`CLAUSE_CUES` are the lemmas that also
  introduce indirect speech (``X said that …``).
* :data:`OUTLET_WORDS` are words that make a name an outlet (``Times``,
  ``Post``, ``Radio``), :data:`OUTLET_NAMES` well-known outlets named without
  them (``Reuters``, ``Al Jazeera``), :data:`OUTLET_NOUNS` common nouns that
  introduce or stand for one (``the newspaper``, ``the website``).
* :data:`ORGANISATION_WORDS` make a name an organisation (``Ministry``,
  ``Group``, ``Committee``).
* :data:`TITLES` are honorifics and ranks stripped from a person's name
  (``Colonel Roman Kostenko`` → ``Roman Kostenko``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "CLAUSE_CUES",
    "CUE_VERBS",
    "FEMALE_GIVEN_NAMES",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INANIMATE_NOUNS",
    "MALE_GIVEN_NAMES",
    "MEDIA",
    "ORGANISATION_WORDS",
    "OUTLET_NAMES",
    "OUTLET_NOUNS",
    "OUTLET_WORDS",
    "PARTY_LABELS",
    "PLACE_GOVERNMENTS",
    "PRONOUNS",
    "REGIONS",
    "ROLE_NOUNS",
    "SPEAKING_DOCUMENTS",
    "THAT_CUES",
    "TITLES",
    "cue_lemma",
    "is_given_name",
    "is_initial",
    "is_title_word",
]

# lemma: (past, third person present, plain present, further forms)
_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "write": ("wrote", "writes", "write", "writing", "written"),
    "add": ("added", "adds", "add", "adding"),
    "note": ("noted", "notes", "noting"),
    "declare": ("declared", "declares", "declaring"),
    "reply": ("replied", "replies", "reply"),
    "ask": ("asked", "asks", "ask", "asking"),
    "explain": ("explained", "explains", "explain", "explaining"),
    "continue": ("continued", "continues"),
    "observe": ("observed", "observes"),
    "claim": ("claimed", "claims", "claiming"),
    "promise": ("promised", "promises", "promising"),
    "report": ("reported", "reports"),
    "announce": ("announced", "announces", "announcing"),
    "acknowledge": ("acknowledged", "acknowledges", "acknowledging"),
    "insist": ("insisted", "insists", "insist", "insisting"),
    "warn": ("warned", "warns", "warning"),
    "admit": ("admitted", "admits", "admit", "admitting"),
    "argue": ("argued", "argues", "argue", "arguing"),
    "state": ("stated", "states", "stating"),
    "stress": ("stressed", "stresses", "stressing"),
    "emphasise": ("emphasised", "emphasized", "emphasises", "emphasizes"),
    "recall": ("recalled", "recalls"),
    "remark": ("remarked", "remarks"),
    "comment": ("commented", "comments"),
    "respond": ("responded", "responds"),
    "answer": ("answered", "answers"),
    "confirm": ("confirmed", "confirms", "confirming"),
    "deny": ("denied", "denies", "denying"),
    "suggest": ("suggested", "suggests", "suggesting"),
    "assert": ("asserted", "asserts", "asserting"),
    "maintain": ("maintained", "maintains", "maintaining"),
    "contend": ("contended", "contends", "contend", "contending"),
    "predict": ("predicted", "predicts", "predicting"),
    "recount": ("recounted", "recounts"),
    "urge": ("urged", "urges", "urging"),
    "threaten": ("threatened", "threatens"),
    "vow": ("vowed", "vows", "vowing"),
    "pledge": ("pledged", "pledges"),
    "boast": ("boasted", "boasts"),
    "complain": ("complained", "complains", "complaining"),
    "concede": ("conceded", "concedes"),
    "conclude": ("concluded", "concludes", "conclude", "concluding"),
    "allege": ("alleged", "alleges", "alleging"),
    "testify": ("testified", "testifies"),
    "shout": ("shouted", "shouts"),
    "chant": ("chanted", "chants", "chanting"),
    "cry": ("cried", "cries"),
    "exclaim": ("exclaimed", "exclaims"),
    "demand": ("demanded", "demands"),
    "caution": ("cautioned", "cautions"),
    "tweet": ("tweeted", "tweets", "tweeting"),
    "post": ("posted",),
    "publish": ("published", "publishes"),
    "quote": ("quoted",),
    "cite": ("cited", "cites"),
    "describe": ("described", "describes"),
    "agree": ("agreed", "agrees"),
    "indicate": ("indicated", "indicates"),
    "point": ("pointed",),  # "pointed out"
    "estimate": ("estimated", "estimates"),  # only with "that" (see THAT_CUES)
    # Findings of polls, studies and inquiries: "a poll shows that …", "the audit found that …".
    "show": ("showed", "shows", "show"),  # only with "that", or after a document ("polls show")
    "find": ("found", "finds", "find"),  # only with "that"
    # Speech acts whose complement may quote the speaker ("accused X of … “…”").
    "accuse": ("accused", "accuses", "accusing"),
    "blame": ("blamed", "blames", "blaming"),
    # Manner-of-speaking verbs: they introduce quoted words, not indirect speech.
    "fume": ("fumed", "fumes"),
    "quip": ("quipped", "quips"),
    "joke": ("joked", "jokes"),
    "snap": ("snapped",),
    "scoff": ("scoffed", "scoffs"),
    "retort": ("retorted", "retorts"),
    "implore": ("implored", "implores"),
    "plead": ("pleaded", "pleads"),
    "yell": ("yelled", "yells"),
    "scream": ("screamed", "screams"),
    "whisper": ("whispered", "whispers"),
    "mutter": ("muttered", "mutters"),
    "sigh": ("sighed", "sighs"),
    "muse": ("mused", "muses"),
    "gush": ("gushed", "gushes"),
    "blurt": ("blurted",),  # "blurted out"
    "lament": ("lamented", "laments"),
    "echo": ("echoed",),  # "echoes" is more often the noun
    "assure": ("assured", "assures"),  # "assured WMAL that …": an addressee, then the clause
    "email": ("emailed",),  # "she emailed her daughter" ("emails" is more often the noun)
    "text": ("texted",),
    "reiterate": ("reiterated", "reiterates"),
    "reveal": ("revealed", "reveals"),  # only with "that" (see THAT_CUES)
    "protest": ("protested", "protests"),
}

#: Every reporting-verb form mapped to its lemma.
CUE_VERBS: Final[Mapping[str, str]] = MappingProxyType(
    {form: lemma for lemma, forms in _VERBS.items() for form in forms}
)

#: Lemmas that introduce indirect speech as well as quotations (``X said that …``).
CLAUSE_CUES: Final = frozenset(
    {
        "say", "tell", "write", "add", "note", "declare", "explain", "claim", "promise",
        "report", "announce", "acknowledge", "insist", "warn", "admit", "argue", "state",
        "stress", "emphasise", "confirm", "deny", "suggest", "assert", "maintain",
        "contend", "predict", "allege", "testify", "concede", "conclude", "threaten",
        "vow", "pledge", "agree", "indicate", "observe", "reply",
        "recall", "boast", "complain", "caution", "estimate", "show", "find", "protest",
        "reveal", "assure", "reiterate",
    }
)

#: Lemmas that report only a ``that`` clause (``estimated that …``; not ``estimated 400 jobs``).
THAT_CUES: Final = frozenset({"estimate", "show", "find", "reveal"})

# Cues that only relay (they make a hop, not a speaker, when someone else speaks).
RELAY_LEMMAS: Final = frozenset({"report", "publish", "quote", "cite"})


def cue_lemma(word: str) -> str | None:
    """The lemma of a reporting verb form, or None.

    >>> cue_lemma("said"), cue_lemma("Observed"), cue_lemma("table")
    ('say', 'observe', None)
    """
    return CUE_VERBS.get(word.lower())


#: Words that make a capitalised name an outlet.
OUTLET_WORDS: Final = frozenset(
    {
        "Times", "Post", "News", "Radio", "Press", "Agency", "Journal", "Gazette", "Gazeta",
        "Herald", "Tribune", "Telegraph", "Guardian", "Observer", "Daily", "Weekly", "Magazine",
        "TV", "Television", "Broadcasting", "Network", "Wire", "Chronicle", "Economist",
        "Monitor", "Independent", "Mirror", "Express", "Mail", "Bulletin", "Pravda", "Izvestia",
        "Kommersant", "Interfax", "Newsweek", "Insider", "Inquirer", "Courier",
        "Dispatch", "Examiner", "Gazzetta", "Zeitung", "Spiegel", "Politico", "Bloomberg",
        "Reuters", "Podcast", "Channel", "Newsroom", "Review", "Standard", "Star", "Sun",
        "Today", "Online", "Media", "Service",
    }
)

#: Outlets commonly named without an outlet word.
OUTLET_NAMES: Final = frozenset(
    {
        "Reuters", "AP", "AFP", "NPR", "BBC", "CNN", "CBS", "NBC", "ABC", "MSNBC", "PBS", "Fox",
        "Al Jazeera", "Bloomberg", "Politico", "Axios", "Vox", "Meduza", "TASS", "RIA Novosti",
        "Interfax", "Ukrinform", "Euromaidan Press", "Democracy Now", "Democracy Now!",
        "OpenDemocracy", "openDemocracy", "ProPublica", "Le Monde", "Der Spiegel", "Xinhua",
        "RFE/RL", "Radio Liberty", "Deutsche Welle", "DW", "France 24", "Sky News", "Vice",
        "HuffPost", "BuzzFeed", "Slate", "Salon", "Mediazona", "Novaya Gazeta", "Kyiv Independent",
        "Ukrainska Pravda", "Al Arabiya", "Haaretz", "Sputnik", "RT", "CNBC", "WSJ", "NYT",
        "Associated Press", "Agence France-Presse", "The Intercept", "Intercept", "Substack",
    }
)

#: Common nouns that introduce an outlet name or stand for one (``the newspaper``).
OUTLET_NOUNS: Final = frozenset(
    {
        "newspaper", "newspapers", "paper", "website", "websites", "site", "magazine",
        "magazines", "outlet", "outlets", "broadcaster", "broadcasters", "channel", "podcast",
        "agency", "daily", "weekly", "tabloid", "article", "report", "editorial", "blog",
        "network", "station", "publication", "journal", "wire", "newsletter", "programme",
        "program", "show",
    }
)

#: Words that make a capitalised name an organisation.
ORGANISATION_WORDS: Final = frozenset(
    {
        "Ministry", "Group", "Organization", "Organisation", "Party", "Committee", "Court",
        "Council", "Union", "Unions", "Federation", "Association", "Institute", "Department",
        "Office", "Agency", "Commission", "Parliament", "Government", "Administration",
        "Army", "Forces", "Force", "Bank", "Fund", "Foundation", "Center", "Centre",
        "University", "Company", "Corporation", "Inc", "Ltd", "Kremlin", "Pentagon",
        "Congress", "Senate", "Duma", "Rada", "Cabinet", "Service", "Bureau", "Authority",
        "Coalition", "Alliance", "Movement", "Front", "Network", "Watch", "International",
        "Amnesty", "NATO", "UN", "EU", "FSB", "CIA", "FBI", "OSCE", "IAEA", "Staff", "Navy",
        "Guard", "Police", "Prosecutor", "Red Cross", "Church", "Assembly", "League",
        "Society", "Board", "Secretariat", "Embassy", "Mission", "Command", "Brigade",
        "Battalion", "Regiment", "Division", "Corps", "Industries", "Holdings", "Partners",
        "Trust", "Airlines", "Airways", "Laboratories",
    }
)

#: Plural or collective nouns for speakers that are groups rather than one person.
GROUP_NOUNS: Final = frozenset(
    {
        "partisans", "soldiers", "troops", "residents", "protesters", "workers", "officials",
        "sources", "groups", "people", "activists", "analysts", "experts", "critics",
        "witnesses", "villagers", "civilians", "families", "mothers", "wives", "relatives",
        "members", "lawmakers", "authorities", "investigators", "prosecutors", "volunteers",
        "demonstrators", "students", "leaders", "organizers", "organisers", "locals",
        "doctors", "parents", "observers", "commanders", "bloggers", "journalists",
    }
)

#: Honorifics, ranks and offices stripped from the front of a person's name.
TITLES: Final = frozenset(
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.",
        "Professor", "Colonel", "Col.", "Col", "General", "Gen.", "Gen", "Lieutenant", "Lt.",
        "Lt", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Private", "Corporal",
        "Admiral", "Marshal", "Commander", "President", "Vice", "Prime", "Minister",
        "Secretary", "Senator", "Sen.", "Representative", "Rep.", "Governor", "Gov.", "Mayor",
        "Judge", "Justice", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
        "Father", "Rev.", "Reverend", "Sir", "Dame", "Lord", "Lady", "MP", "Deputy",
        "Ambassador", "Director", "Chairman", "Chairwoman", "Chair", "Chief", "Speaker",
        "Patriarch", "Bishop", "Sheikh", "Emir", "Foreign", "Defense", "Defence", "Interior",
        "Premier", "Comrade", "Mayor-elect", "President-elect", "Saint", "St.",
        "Councilman", "Councilwoman", "Councillor", "Councilor", "Commissioner", "Attorney",
        "Executive", "Treasurer", "Superintendent", "Inspector", "Detective", "Sheriff",
        "Coach", "Manager", "MEP", "Co-author", "Author", "Pensioner", "Spokesman",
        "Spokeswoman", "Spokesperson", "Chairperson", "Officer", "Assistant", "Associate",
    }
)

#: Words naming the department in a title with "of" (``Secretary of State``,
#: ``Minister of Foreign Affairs``): part of the title, never of the name after it.
DEPARTMENT_WORDS: Final = frozenset(
    {
        "State", "Defense", "Defence", "Homeland", "Security", "Health", "Human", "Services",
        "Education", "Energy", "Agriculture", "Commerce", "Labor", "Labour", "Treasury",
        "Transportation", "Transport", "Justice", "Interior", "Housing", "Urban", "Development",
        "Veterans", "Affairs", "Foreign", "Finance", "Home", "Staff", "Environment", "Trade",
        "Economy", "Culture", "Sport", "Sports", "War", "Information", "Communications",
        "Industry", "Science", "Technology", "Internal", "External", "Public", "Works",
        "Emergency", "Situations", "Exchequer", "Navy", "Army", "Air", "Force", "Police",
        "Immigration", "Revenue", "Budget", "Management", "Intelligence", "National", "and",
        "the", "&",
    }
)

#: Honorifics and ranks: kept as an alias with the name (``Colonel Roman Kostenko``),
#: never as the description.  Offices (``Mayor``, ``Chief Executive``) become the description.
HONORIFICS: Final = frozenset(
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr.", "Prof",
        "Prof.", "Colonel", "Col.", "Col", "General", "Gen.", "Gen", "Lieutenant", "Lt.", "Lt",
        "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Private", "Corporal",
        "Admiral", "Adm.", "Marshal", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend",
        "Father", "Sheikh",
    }
)

#: Common nouns naming a person's role or occupation: a speaker mention by itself
#: (``the mayor said``) and a description before or after a name (``manager Ray Okonkwo``).
ROLE_NOUNS: Final = frozenset(
    {
        "candidate", "nominee", "frontrunner", "front-runner", "hopeful", "host", "anchor",
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
        "lawyer", "attorney", "mayor", "governor", "judge", "prosecutor", "director", "chairman",
        "chairwoman", "chairperson", "chair", "secretary", "commander", "general", "colonel",
        "officer", "leader", "chief", "executive", "ceo", "manager", "coach", "captain",
        "senator", "lawmaker", "councilman", "councilwoman", "councillor", "councilor",
        "commissioner", "treasurer", "ambassador", "diplomat", "envoy", "adviser", "advisor",
        "aide", "analyst", "economist", "expert", "researcher", "scientist", "professor",
        "author", "co-author", "doctor", "nurse", "teacher", "student", "driver", "worker",
        "owner", "resident", "pensioner", "engineer", "farmer", "soldier", "witness",
        "defender", "midfielder", "striker", "winger", "goalkeeper", "player", "founder",
        "mp", "mep", "deputy", "head", "premier", "chancellor", "priest", "bishop", "activist",
        "journalist", "reporter", "editor", "correspondent", "historian", "commentator",
        "entomologist", "biologist", "physicist", "cryobiologist", "inspector", "detective",
        "sheriff", "superintendent", "administrator", "negotiator", "organiser", "organizer",
        "campaigner", "volunteer", "employee", "shopkeeper", "plumber", "veteran", "survivor",
        "victim", "neighbour", "neighbor", "mother", "father", "wife", "husband", "son",
        "daughter", "man", "woman",
    }
)

#: Documents that may be cited as the source of what they say ("the joint statement said",
#: "polls show"): they become entities of the document kind.
SPEAKING_DOCUMENTS: Final = frozenset(
    {
        "statement", "statements", "report", "reports", "letter", "letters", "memo", "memos",
        "document", "documents", "filing", "filings", "study", "studies", "survey", "surveys",
        "poll", "polls", "polling", "data", "figures", "records", "analysis", "review", "audit",
        "findings", "results", "complaint", "lawsuit", "indictment", "assessment", "notes",
        "transcript", "email", "emails", "release", "ruling", "cable", "cables", "dossier",
        "numbers", "disclosures", "statistics", "tallies", "returns", "projections", "forecast",
    }
)

#: Things that "say" without speaking (``the sign says``): never a person entity.
INANIMATE_NOUNS: Final = frozenset(
    {
        "sign", "signs", "screen", "screens", "banner", "banners", "statement", "statements",
        "report", "reports", "letter", "letters", "poster", "posters", "placard", "placards",
        "message", "document", "documents", "memo", "note", "notice", "label", "headline",
        "caption", "slogan", "website", "survey", "poll", "study", "data", "figures",
        "filing", "ruling", "law", "bill", "plan", "text", "email", "release", "post", "tweet",
        "story", "stories", "rumor", "rumors", "rumour", "rumours",
        "video", "footage", "graffiti", "inscription", "title", "titles", "name", "cover",
    }
)

#: States and countries that follow a town after a comma ("Sumter, South Carolina").
REGIONS: Final = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
        "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
        "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "D.C", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
        "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
        "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C",
        "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "Ontario", "Quebec",
        "England", "Scotland", "Wales", "Ireland", "France", "Germany", "Italy", "Spain", "Mexico",
        "Canada", "Israel", "Iraq", "Syria", "Russia", "Ukraine", "China", "Japan", "India",
        "Pakistan", "Afghanistan", "Egypt", "Turkey", "Iran", "Brazil", "Australia", "Poland",
    }
)

#: Capitals and seats of power that speak for a government (``Moscow said``, ``the Kremlin``).
PLACE_GOVERNMENTS: Final = frozenset(
    {
        "Moscow", "Washington", "Kyiv", "Kiev", "Beijing", "London", "Paris", "Berlin",
        "Brussels", "Tehran", "Ankara", "Tokyo", "Seoul", "Pyongyang", "Minsk", "Warsaw",
        "Jerusalem", "Ottawa", "Canberra", "Delhi", "New Delhi", "Islamabad", "Kabul", "Cairo",
        "Riyadh", "Damascus", "Baghdad", "Havana", "Caracas", "Rome", "Madrid", "Tallinn",
        "Riga", "Vilnius", "Budapest", "Prague", "Bucharest", "Belgrade", "Tbilisi", "Yerevan",
        "Baku", "Kremlin", "Pentagon", "Downing Street", "White House", "Elysee", "Élysée",
        "Whitehall", "Beijing's", "Taipei", "Manila", "Hanoi", "Jakarta", "Nairobi", "Pretoria",
        "Abuja", "Addis Ababa", "Brasilia", "Brasília", "Mexico City", "Bogota", "Bogotá",
    }
)

#: Personal pronouns that can stand for a speaker, with the kinds they can refer to.
PRONOUNS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "he": "person", "she": "person", "i": "person",
        "they": "any", "we": "self", "it": "organisation",
    }
)

#: Media a statement can be made on (``on Telegram``).
MEDIA: Final = frozenset(
    {
        "Telegram", "Twitter", "X", "Facebook", "Instagram", "YouTube", "TikTok", "VKontakte",
        "VK", "WhatsApp", "Signal", "Threads", "Bluesky", "Mastodon", "LinkedIn", "Reddit",
        "Weibo", "WeChat", "Truth Social", "Substack", "television", "TV", "radio", "camera",
        "air", "Zoom", "Skype",
    }
)


#: Party labels that may stand before a politician's name ("Republican Ted Cruz").
PARTY_LABELS: Final = frozenset(
    {"Democrat", "Republican", "Democratic", "GOP", "Labour", "Tory", "Conservative", "Liberal", "Independent", "Socialist"}
)


def is_title_word(word: str) -> bool:
    """True for a title, honorific or capitalised role word (``President``, ``Dr.``, ``Chairman``).

    >>> is_title_word("Gov."), is_title_word("Chairman"), is_title_word("chairman"), is_title_word("Anna")
    (True, True, False, False)
    """
    return word in TITLES or word in HONORIFICS or (word[:1].isupper() and word.lower() in ROLE_NOUNS)


def is_initial(word: str) -> bool:
    """True for a one-letter initial with its full stop (``K.``)."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def is_given_name(word: str) -> bool:
    """True for a common given name that says a person's gender (see the two lists below)."""
    return word in MALE_GIVEN_NAMES or word in FEMALE_GIVEN_NAMES


#: Common given names that say a person's gender ("Donald Trump" is "he", "Hillary Clinton"
#: "she"); names used for both (Jordan, Taylor, Casey) are in neither.
MALE_GIVEN_NAMES: Final = frozenset(
    {
        "Aaron", "Abdul", "Adam", "Adrian", "Ahmed", "Alan", "Albert", "Alberto", "Alexander",
        "Alexei", "Ali", "Allen", "Andre", "Andrew", "Andy", "Angelo", "Anthony", "Antonio",
        "Arnold", "Arthur", "Barack", "Barry", "Ben", "Benjamin", "Bernard", "Bernie", "Bill",
        "Billy", "Bob", "Bobby", "Boris", "Brad", "Bradley", "Brandon", "Brian", "Bruce", "Bryan",
        "Carl", "Carlos", "Charles", "Charlie", "Chuck", "Clarence", "Colin", "Craig",
        "Dan", "Daniel", "Danny", "Darrell", "Dave", "David", "Dean", "Dennis", "Derek", "Dick",
        "Dmitry", "Don", "Donald", "Doug", "Douglas", "Duncan", "Dwight", "Eddie", "Edward",
        "Emmanuel", "Eric", "Erik", "Ernest", "Eugene", "Evan", "Francis", "Frank", "Fred",
        "Frederick", "Gary", "Gavin", "George", "Gerald", "Glenn", "Gordon", "Graham", "Greg",
        "Gregory", "Hank", "Harold", "Harry", "Hassan", "Henry", "Herbert", "Howard", "Hugh", "Ian",
        "Igor", "Isaac", "Ivan", "Jack", "Jacob", "Jake", "James", "Jared", "Jason", "Jay", "Jeb",
        "Jeff", "Jeffrey", "Jerry", "Jesse", "Jim", "Jimmy", "Joe", "Joel", "John", "Johnny", "Jon",
        "Jonathan", "Jorge", "Jose", "Joseph", "Joshua", "Juan", "Justin", "Karl", "Keith", "Ken",
        "Kenneth", "Kevin", "Kurt", "Larry", "Lawrence", "Leon", "Leonard",
        "Louis", "Luis", "Luke", "Marco", "Mark", "Martin", "Marvin", "Matt", "Matthew", "Max",
        "Michael", "Mike", "Mitch", "Mitt", "Mohammed", "Muhammad", "Nathan", "Neil", "Newt",
        "Nicholas", "Nick", "Nigel", "Oliver", "Omar", "Oscar", "Patrick", "Paul", "Pedro", "Peter",
        "Phil", "Philip", "Ralph", "Randy", "Ray", "Raymond", "Reince", "Richard", "Rick", "Rob",
        "Robert", "Roger", "Ron", "Ronald", "Roy", "Rudy", "Russell", "Ryan", "Sam", "Samuel",
        "Scott", "Sean", "Sergei", "Seth", "Shawn", "Sheldon", "Stephen", "Steve", "Steven",
        "Stuart", "Ted", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony",
        "Travis", "Trey", "Troy", "Tyler", "Victor", "Vincent", "Vladimir", "Walter", "Wayne",
        "William", "Willie", "Xavier", "Yuri", "Zachary",
    }
)
FEMALE_GIVEN_NAMES: Final = frozenset(
    {
        "Abigail", "Ada", "Adriana", "Alice", "Alicia", "Alison", "Allison", "Amanda", "Amber",
        "Amy", "Ana", "Andrea", "Angela", "Angelina", "Anita", "Ann", "Anna", "Anne", "Annie",
        "Barbara", "Betty", "Beverly", "Brenda", "Brittany", "Carla", "Carly", "Carmen", "Carol",
        "Caroline", "Carolyn", "Catherine", "Cathy", "Charlotte", "Chelsea", "Cheryl", "Christina",
        "Christine", "Cindy", "Claire", "Clara", "Claudia", "Colleen", "Condoleezza", "Cynthia",
        "Daniela", "Danielle", "Debbie", "Deborah", "Debra", "Denise", "Diana", "Diane",
        "Donna", "Dora", "Doris", "Dorothy", "Edith", "Elaine", "Eleanor", "Elena", "Elizabeth",
        "Ellen", "Elsa", "Emily", "Emma", "Erica", "Erin", "Eva", "Evelyn", "Fiona", "Florence",
        "Frances", "Gabrielle", "Gail", "Gillian", "Gina", "Gloria", "Grace", "Hailey", "Hannah",
        "Heather", "Heidi", "Helen", "Hillary", "Holly", "Huma", "Irene", "Isabel", "Ivanka",
        "Jacqueline", "Jane", "Janet", "Janice", "Jeanne", "Jennifer", "Jenny",
        "Jessica", "Jill", "Joan", "Joanna", "Joanne", "Jodi", "Josephine", "Joy", "Joyce",
        "Judith", "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn",
        "Kathy", "Katie", "Katy", "Kay", "Kellyanne", "Kimberly", "Kristen", "Laura",
        "Lauren", "Leah", "Linda", "Lisa", "Lois", "Loretta", "Lori", "Louise", "Lucy",
        "Madeleine", "Maggie", "Marcia", "Margaret", "Maria", "Marie", "Marilyn", "Marina",
        "Martha", "Mary", "Maxine", "Megan", "Megyn", "Melania", "Melanie", "Melissa",
        "Meryl", "Michaela", "Michele", "Michelle", "Mildred", "Miriam", "Molly", "Monica", "Nancy",
        "Natalie", "Natasha", "Nicole", "Nikki", "Nina", "Olga", "Olivia", "Pamela", "Patricia",
        "Paula", "Pauline", "Peggy", "Penny", "Rachel", "Rebecca", "Regina", "Rita", "Roberta",
        "Rosa", "Rose", "Ruth", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Sheila",
        "Shirley", "Sonia", "Sophia", "Stacy", "Stephanie", "Susan", "Susanna", "Suzanne", "Sylvia",
        "Tammy", "Teresa", "Theresa", "Tina", "Valerie", "Vanessa", "Victoria", "Virginia",
        "Wanda", "Wendy", "Yvonne", "Zoe",
    }
)
