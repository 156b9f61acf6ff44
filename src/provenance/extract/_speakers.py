"""Speakers: tokens, noun phrases next to a cue, entities, names and coreference.

Everything works on bounded windows of the text (a sentence or two around a
quotation), so the cost per quotation is constant and the whole pass stays
linear.  Entities are collected in a :class:`Registry` that merges short and
full forms (``Putin``, ``Mr. Putin`` → ``Vladimir Putin``), resolves pronouns
and definite descriptions (``he``, ``the group``, ``the Times``) to the most
recent fitting entity, and finally anchors every occurrence of every name.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from typing import Final, NamedTuple

import attrs
import regex

from provenance.extract._cues import (
    CUE_VERBS,
    DEPARTMENT_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    INANIMATE_NOUNS,
    MALE_GIVEN_NAMES,
    ORGANISATION_WORDS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    PARTY_LABELS,
    PLACE_GOVERNMENTS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKING_DOCUMENTS,
    TITLES,
    is_given_name,
    is_initial,
    is_title_word,
)
from provenance.model import EntityKind

__all__ = ["NounPhrase", "Registry", "Token", "sentence_end", "sentence_start", "tokens"]

# A word: letters or digits, with inner apostrophes, hyphens, dots (U.S, V.I), or one other character.
_TOKEN: Final = regex.compile(
    r"""
    [\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,40}(?:[’'\-.&/][\p{L}\p{M}\p{N}]{1,40}){0,6}   # a word
  | \S                                                                              # punctuation
    """,
    regex.VERBOSE,
)
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov",
        "jr", "sr", "prof", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "maj", "adm", "fig",
        "u.s", "u.n", "u.k", "e.g", "i.e", "etc", "approx", "est",
    }
)
_SENTENCE_END: Final = regex.compile(r"[.!?…](?=[\s\"”’»)]|$)|[\n\r\u2028\u2029]")
# The same, searched from the end: a sentence's start is the last end before it, found first.
_SENTENCE_END_BACKWARDS: Final = regex.compile(_SENTENCE_END.pattern, regex.REVERSE)
_WINDOW: Final = 320  # code points looked at around a quotation, each way

# Words that end a noun phrase when walking away from a cue.
STOP_WORDS: Final = frozenset(
    {
        "that", "which", "who", "whom", "whose", "when", "while", "as", "after", "before",
        "because", "since", "if", "but", "so", "than", "then", "where", "although", "though",
        "and", "or", "nor", "yet", "in", "on", "at", "to", "for", "from", "with", "by", "about",
        "against", "into", "over", "under", "during", "despite", "without", "within", "through",
        "also", "later", "once", "again", "has", "had", "have", "is", "was", "were", "are",
        "be", "been", "will", "would", "could", "should", "may", "might", "must", "can", "not",
        "it", "there", "here", "what", "how", "why", "this", "these", "those", "last", "next",
        "of", "up", "out", "off", "down", "said", "says",
    }
)
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "another", "one", "some"}
)
# Generational suffixes that end a personal name ("Vann R. Newkirk II").
_GENERATIONAL: Final = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_CONNECTORS: Final = frozenset({"of", "the", "de", "da", "del", "di", "van", "von", "der", "al", "la", "le", "y", "bin", "for"})
# Capitalised words that begin sentences rather than names.
_NOT_NAMES: Final = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While", "After", "Before",
        "Since", "Also", "Still", "If", "So", "Yet", "Then", "Now", "This", "That", "These",
        "Those", "Here", "There", "His", "Her", "Their", "Its", "Our", "My", "Your", "Meanwhile",
        "However", "Even", "Only", "Last", "Next", "Both", "Each", "Many", "Most", "Some", "Such",
        "Why", "How", "What", "Who", "Where", "For", "From", "With", "Without", "Under", "Over",
        "By", "Of", "To", "Despite", "During", "Within", "Against", "Among", "Across", "Through",
        "Today", "Yesterday", "Tomorrow", "According", "It", "He", "She", "They", "We", "I",
        "Mr", "Mrs", "Ms", "Dr", "Asked", "Speaking", "Writing", "Instead", "Indeed", "Later",
        "Earlier", "Once", "Again", "Thus", "Hence", "Several",
        # conjunctions and adverbs that open a sentence: "Though she called it …"
        "Though", "Although", "Whether", "Because", "Unless", "Until", "Whereas", "Nor", "Or",
        "Not", "Perhaps", "Otherwise", "Besides", "Moreover", "Furthermore", "Nevertheless",
        "Nonetheless", "Unlike", "Upon", "About", "Into", "Toward", "Towards", "Whatever",
        "Whoever", "Wherever", "Whenever", "Every", "Neither", "Either", "Never", "Already",
    }
)
# Lowercase words that may stand before a name as a role (``Ukrainian commander Colonel X``).
_ROLE_WORDS: Final = frozenset(
    {
        "commander", "president", "minister", "leader", "professor", "director", "mayor",
        "governor", "spokesman", "spokeswoman", "spokesperson", "general", "colonel", "officer",
        "soldier", "pensioner", "resident", "analyst", "expert", "journalist", "reporter",
        "editor", "correspondent", "lawyer", "activist", "chief", "head", "chairman", "deputy",
        "secretary", "ambassador", "senator", "lawmaker", "official", "revolutionary",
        "foreign", "prime", "defense", "defence", "interior", "former", "retired", "senior",
        "top", "military", "political", "opposition", "human", "rights", "army", "battalion",
        "newspaper", "website", "websites", "podcast", "agency", "independent", "outlet",
        "broadcaster", "magazine", "state", "news", "party", "group", "movement", "mp",
        "member", "adviser", "advisor", "aide", "economist", "historian", "commentator",
    }
)
#: Forms of "be" that make a following participle passive ("was asked").
BE_FORMS: Final = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# Adverbs that may stand between a subject (or "and") and its cue ("and instead argued").
ADVERBS: Final = frozenset(
    {"instead", "also", "then", "later", "again", "still", "even", "never", "just", "once", "further",
     "already", "now", "often", "always", "ever", "first", "long", "since", "outright"}
)
# Words before a cue word that make it a noun or an infinitive ("the report", "to claim").
# Participles whose object is often a document ("citing reports that …", "denying claims").
_TAKES_DOCUMENTS: Final = frozenset(
    {"citing", "quoting", "denying", "dismissing", "rejecting", "disputing", "following", "ignoring",
     "reviewing", "releasing", "publishing", "leaking", "reading", "amid", "despite"}
)
# Base forms of cues that are nouns as often as verbs ("his reply", "Abedin's succinct reply").
_NOUN_TOO: Final = frozenset(
    {"reply", "answer", "comment", "claim", "report", "protest", "promise", "vow", "pledge", "boast", "remark", "tweet", "post", "warning"}
)
_GO_FORMS: Final = frozenset({"go", "goes", "went", "gone", "going"})
_NOT_VERB_BEFORE: Final = frozenset(
    {"to", "the", "a", "an", "its", "his", "her", "their", "of", "and", "these", "those", "such", "my", "our", "your", "this", "that", "no", "any"}
)
# Nouns that, shortly after a name, show it is an outlet ("X explained in its editorial").
_AFTER_OUTLET: Final = frozenset({"editorial", "editorials", "newspaper", "website", "magazine", "podcast"})
# Common-noun phrases that never name a speaker.
_NOT_SPEAKERS: Final = frozenset({"one", "this", "that", "who", "which", "what", "some", "others", "many", "it"})
# A proper name in a pattern (bounded; no nested unbounded repetition).
_PROPER: Final = r"(?:The\s)?\p{Lu}[\p{L}\p{M}\-’']{0,30}(?:\s(?:(?:of|the|for|de)\s)?\p{Lu}[\p{L}\p{M}\-’']{0,30}){0,5}"
_APPOSED_WINDOW: Final = 2000
_GAZETTEER_ADJECTIVE: Final = regex.compile(r"(?:ian|ese|ish|ean|ic|i)\Z")


class Token(NamedTuple):
    """A word or punctuation character and where it stands (a light tuple: tokens are many)."""

    start: int
    end: int
    text: str
    low: str  # the word in lower case, asked for hundreds of thousands of times per megabyte

    @property
    def is_word(self) -> bool:
        """True for a word (not punctuation)."""
        return self.text[:1].isalnum()

    @property
    def is_cap(self) -> bool:
        """True for a capitalised word."""
        return self.text[:1].isupper()

    @property
    def is_possessive(self) -> bool:
        """True for ``Ukraine’s``, ``Russia's``."""
        return len(self.text) > 2 and self.text[-2] in "’'" and self.text[-1] in "sS"


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``; abbreviations keep their full stop (``Mr.``)."""
    out: list[Token] = []
    last_end = -1
    for found in _TOKEN.finditer(text, start, end):
        s = found.start()
        e = found.end()
        word = text[s:e]
        if e < end and text[e] == "." and word[:1].isalpha() and (
            len(word) == 1 or "." in word or word.lower() in _ABBREVIATIONS
        ):
            e += 1
            word += "."
        if s < last_end:
            continue
        last_end = e
        out.append(Token(s, e, word, word.lower()))
    return out


def _lower_follows(text: str, end: int) -> bool:
    """True when a lower-case letter follows the full stop ending at ``end`` on the same
    line: "an F.B.I. investigation", "the U.S. economy" go on; sentences open in capitals."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].islower()


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """The start of the sentence containing ``pos`` (looking back at most a window)."""
    low = max(floor, pos - _WINDOW)
    best = low
    # From pos backwards: the first end that is no abbreviation is the one wanted.
    for found in _SENTENCE_END_BACKWARDS.finditer(text, low, pos):
        end = found.end()
        mark = found.group()
        if mark == ".":
            word_start = end - 1
            while word_start > low and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start : end - 1].lower()
            if word in _ABBREVIATIONS or len(word) == 1 or _lower_follows(text, end):
                continue
            if end < len(text) and text[end] in "),":
                continue  # "(D-Wis.)", "McConnell, R-Ky., said": an abbreviation, not an end
        # Closing marks after a terminator belong to its sentence; after a line break a
        # straight mark opens the next one.
        while mark not in "\n\r\u2028\u2029" and end < pos and text[end] in "\"”’»)":
            end += 1
        best = end
        break
    while best < pos and text[best].isspace():
        best += 1
    return best


def sentence_end(text: str, pos: int, ceiling: int | None = None) -> int:
    """The end of the sentence containing ``pos`` (its terminator included)."""
    high = min(len(text) if ceiling is None else ceiling, pos + _WINDOW)
    for found in _SENTENCE_END.finditer(text, pos, high):
        mark = found.group()
        if mark in "\n\r\u2028\u2029":
            return found.start()
        end = found.end()
        if mark == ".":
            word_start = end - 1
            while word_start > pos and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start : end - 1].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _lower_follows(text, end):
                continue
            if end < len(text) and text[end] in "),":
                continue  # "(D-Wis.)", "McConnell, R-Ky., said": an abbreviation, not an end
        return end
    return high


@attrs.frozen
class NounPhrase:
    """A speaker-like phrase: where it stands, its head name and any description."""

    start: int
    end: int
    name: str  # the name or head words, without determiner or titles
    name_start: int
    name_end: int
    description: str | None = None
    pronoun: str | None = None  # lower-case pronoun when the phrase is one
    definite: bool = False  # "the group", "the article": refers back
    proper: bool = False  # has a capitalised name
    titles: str | None = None  # titles stripped from the name, in text form ("Mr.")


# Words in -ly that are nouns or adjectives, not adverbs ("the daily reported").
_LY_NOT_ADVERBS: Final = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "yearly", "family", "ally", "rally", "assembly",
     "supply", "reply", "fly", "july", "italy", "bully", "belly", "only", "early", "elderly", "friendly",
     "lonely", "likely", "holy", "jolly", "silly", "ugly", "homily", "anomaly", "monopoly", "lily"}
)


# Cue forms that are as often plural nouns; as verbs here they need "that", a colon,
# a comma or a quotation mark after them ("the statute states that …").
_NOUN_LIKE_CUES: Final = frozenset(
    {"states", "reports", "claims", "notes", "comments", "answers", "posts", "tweets", "remarks", "quotes", "promises",
     "shows", "showed", "finds", "found", "shouts", "cries", "chants", "screams", "demands", "jokes",
     "pleas", "vows", "pledges", "boasts", "sighs", "whispers", "yells", "protests", "warnings", "laments"}
)
_CLAUSE_OPENERS: Final = frozenset(':,“”"‘’\'«»„')


def is_adverb(low: str) -> bool:
    """True for a lower-case word in -ly that is an adverb (``repeatedly``), not ``daily`` or ``ally``."""
    return low.endswith("ly") and low not in _LY_NOT_ADVERBS


def is_cue(toks: list[Token], i: int) -> bool:
    """True when token ``i`` is a reporting verb used as one (not ``to claim``, ``the report``)."""
    tok = toks[i]
    if tok.low not in CUE_VERBS:
        return False
    if tok.low == "reading" and not (i + 1 < len(toks) and toks[i + 1].text in ":,"):
        return False
    if tok.is_cap and i > 0 and toks[i - 1].is_cap and toks[i - 1].is_word:
        return False  # "the United States has": part of a name
    if tok.low in _NOUN_LIKE_CUES and i > 0 and toks[i - 1].low in _TAKES_DOCUMENTS:
        return False  # "citing reports that …": the object of a participle, a noun
    if tok.low in _NOUN_LIKE_CUES and not (
        (i + 1 < len(toks) and (toks[i + 1].low == "that" or toks[i + 1].text in _CLAUSE_OPENERS))
        # "the latest poll showed Trump leading": a document's finding
        or (i > 0 and toks[i - 1].low in SPEAKING_DOCUMENTS and tok.low.startswith(("show", "found", "find")))
        # "“…,” she notes.": after a pronoun or a name, at the end of the sentence
        or (
            (i + 1 >= len(toks) or toks[i + 1].text in ".!?;")
            and i > 0
            and (toks[i - 1].low in PRONOUNS or toks[i - 1].is_cap)
        )
    ):
        return False  # "key states", "news reports say": a plural noun, not a verb
    if (
        tok.low == "asked"
        and (i == 0 or not toks[i - 1].is_word)
        and i + 1 < len(toks)
        and toks[i + 1].low in ("whether", "if", "about", "how", "what", "why", "when", "to", "for")
    ):
        return False  # "Asked whether he …, Okonkwo grinned": a passive opening clause
    back = i - 1
    if back >= 0 and ((is_adverb(toks[back].low) and not toks[back].is_cap) or toks[back].low in ADVERBS):
        back -= 1
    if back >= 0 and toks[back].low in BE_FORMS and not tok.low.endswith("ing"):
        return False  # "he was asked": the asker is someone else ("he was saying" is his)
    if back >= 0 and is_possessive_noun(toks[back]):
        return False  # "Trump's alleged ties": an adjective after a possessive; "he’s predicting" a verb
    if (
        back >= 1
        and tok.low in _NOUN_TOO  # "Trump's campaign said", "Comey's allies say" stay verbs
        and toks[back].is_word
        and not toks[back].is_cap
        and is_possessive_noun(toks[back - 1])
    ):
        return False  # "Abedin's succinct reply": a noun
    if back >= 2 and toks[back].low == "to" and toks[back - 1].low == "on" and toks[back - 2].low in _GO_FORMS:
        return True  # "The email goes on to say:": the subject says it
    if (
        back >= 0
        and toks[back].low in _NOT_VERB_BEFORE
        # "… and declared, “…”": after "and" a past tense is a verb, not a noun
        and not (
            toks[back].low == "and"
            and (tok.low in ("said", "told", "wrote", "says", "tells", "writes", "adds") or tok.low.endswith(("ed", "ing")))
        )
    ):
        return False
    # "continues to claim", "claimed to have": not reporting; "said to the group" is.
    return not (
        i + 2 < len(toks)
        and toks[i + 1].low == "to"
        and toks[i + 2].text[:1].islower()
        and toks[i + 2].low not in _ADDRESSEE_STARTS
    )


# Words that open the addressee after "said to", never an infinitive's verb.
_ADDRESSEE_STARTS: Final = frozenset(
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
        "those", "him", "them", "me", "us", "you", "reporters", "journalists", "supporters", "students",
        "voters", "members", "lawmakers", "friends", "colleagues", "staff", "officials", "investigators",
    }
)


def _name_run_back(toks: list[Token], j: int, lo: int) -> int:
    """Index of the first token of the capitalised name ending at ``j`` (``j + 1`` if none)."""
    k = j
    first = j + 1
    while k >= lo:
        tok = toks[k]
        if tok.is_cap and tok.is_word and not tok.is_possessive:
            first = k
            k -= 1
            continue
        if tok.low in _CONNECTORS and k < j and k - 1 >= lo and toks[k - 1].is_cap and first == k + 1:
            k -= 1
            continue
        if (
            tok.text in "’'" and k < j and first == k + 1 and k - 1 >= lo and toks[k - 1].is_cap
            and toks[k - 1].text.endswith("s") and toks[k - 1].end == tok.start
        ):
            k -= 1  # "Tarn Valley Miners’ Union": a plural possessive inside the name
            continue
        break
    # A connector can not start a name.
    while first <= j and toks[first].low in _CONNECTORS and not toks[first].is_cap:
        first += 1
    # An initial opens a name only after a given name ("John F. Kennedy"); a lone "K."
    # is the end of the sentence before ("… in Block K. Fiona Baird said").
    if first < j and is_initial(toks[first].text) and (first == 0 or not (toks[first - 1].is_cap and toks[first - 1].is_word)):
        first += 1
    for n in range(first, j - 1):
        if is_initial(toks[n].text) and _full_name_follows([t.text for t in toks[n + 1 : j + 1]]):
            first = n + 1  # "Block K. Fiona Baird": two names after the initial
            break
    while first <= j and toks[first].text in _NOT_NAMES and first < j:
        first += 1
    return first


def _affiliation(name_toks: list[Token], t0: int) -> int | None:
    """Index of ``of`` in ``Peter Lunde of Halvorsen Bank`` (a person of an organisation), else None."""
    for n in range(t0 + 1, len(name_toks) - 1):
        if name_toks[n].low != "of":
            continue
        person = name_toks[t0:n]
        organisation = [t.text for t in name_toks[n + 1 :]]
        if any(t.text in ORGANISATION_WORDS or t.text in OUTLET_WORDS for t in person) or len(person) > 3:
            return None
        if (len(person) > 1 and (organisation[-1] in ORGANISATION_WORDS or organisation[-1] in OUTLET_WORDS)) or (
            # "Senator Bernie Sanders of Vermont", "Charles B. Rangel of New York": a titled
            # or initialled person of a place.
            (t0 > 0 or any(is_initial(t.text) for t in person))
            and all(t.is_cap for t in name_toks[n + 1 :])
        ):
            return n
        return None
    return None


def _is_title(tok: Token) -> bool:
    """True for a title, honorific or role word inside a capitalised run (``Chief``, ``Dr.``)."""
    return tok.text in TITLES or tok.text in HONORIFICS or (tok.is_cap and tok.low in ROLE_NOUNS)


_WORD: Final = regex.compile(r"\S+")
_SUBJECT_LOOKBACK: Final = 300  # how far before the window a sentence's subject is looked for
# A pronoun with a contracted auxiliary, as one token: "I'm", "we’ve", "she's", "that's".
_CONTRACTED_PRONOUN: Final = regex.compile(
    r"(?i)(?:(?P<pronoun>i|we|he|she|they|it)|that|who|there|what)['’](?:m|ve|d|ll|s|re)\Z"
)


def is_possessive_noun(tok: Token) -> bool:
    """True for a possessive ("Trump's", "Abedin’s"), not a contraction ("he’s", "that's")."""
    return tok.is_possessive and _CONTRACTED_PRONOUN.match(tok.text) is None


def phrase_before(text: str, toks: list[Token], j: int, lo: int) -> NounPhrase | None:
    """The noun phrase ending at token ``j`` (walking back no further than ``lo``)."""
    if j < lo:
        return None
    tok = toks[j]
    if tok.low in PRONOUNS and tok.is_word:
        return NounPhrase(tok.start, tok.end, tok.text, tok.start, tok.end, pronoun=tok.low)
    if not tok.is_word:
        return None
    contracted = _CONTRACTED_PRONOUN.match(tok.text)
    if contracted is not None and contracted["pronoun"] is not None:
        # "I'm saying", "she’s said": the pronoun before the auxiliary.
        base = contracted["pronoun"]
        return NounPhrase(tok.start, tok.start + len(base), base, tok.start, tok.start + len(base), pronoun=base.lower())
    if tok.low == "one" and (j == lo or not toks[j - 1].is_word):
        # "“…,” one said.": one of the group last mentioned, as "one of them said".
        return NounPhrase(tok.start, tok.end, tok.text, tok.start, tok.end, pronoun="they")
    first = _name_run_back(toks, j, lo)
    if first <= j and toks[first].text in _NOT_NAMES:
        first = j + 1
    k = first - 1 if first <= j else j
    # Walk back over role words and adjectives to a determiner or a boundary.
    head_end = j
    modifiers_from = first if first <= j else j + 1
    if first > j:
        # No capitalised name: a common-noun phrase ("the group", "A Ukrainian battalion commander").
        if tok.low in STOP_WORDS or tok.low in CUE_VERBS:
            return None
        modifiers_from = j
        k = j - 1
    start = modifiers_from
    boundary = False
    steps = 0
    while k >= lo and steps < 6:
        t = toks[k]
        if not t.is_word:
            boundary = True
            break
        if t.low in _DETERMINERS or t.is_possessive:
            start = k
            boundary = True
            break
        if t.low in STOP_WORDS or t.low in CUE_VERBS:
            break
        if t.is_cap and t.text in _NOT_NAMES:
            boundary = k == lo or not toks[k - 1].is_word
            if boundary:
                start = k if t.low in _DETERMINERS else start
            break
        if t.is_cap or t.low in _ROLE_WORDS or t.low in ROLE_NOUNS or t.low in _ORGANISATION_HEADS or t.low.endswith("ian") or "-" in t.low:
            start = k
            k -= 1
            steps += 1
            continue
        if first > j:
            start = k
            k -= 1
            steps += 1
            continue
        break
    else:
        boundary = k < lo
    if not boundary:
        # Keep a role right before the name even when the walk stopped early
        # ("White House press secretary Anna Kerr" → "secretary").
        while start < modifiers_from and not (
            (toks[start].low in ROLE_NOUNS or toks[start].low in _ORGANISATION_HEADS) and not toks[start].is_cap
        ):
            start += 1
        if first > j or start >= modifiers_from:
            start = modifiers_from
    if start > head_end:
        return None
    if first <= j:
        name_toks = toks[first : j + 1]
        # Strip nationality adjectives, offices and honorifics from the front of
        # a person's name (not of an organisation's: "Defense Ministry").  The
        # name is what follows the last title ("Fjordnet Chief Executive Marit
        # Holm" → "Marit Holm"); honorifics right before it become an alias
        # ("Colonel Roman Kostenko"), the rest the description.
        t0 = 0
        if name_toks[-1].text not in ORGANISATION_WORDS and name_toks[-1].text not in OUTLET_WORDS:
            t0 = 1 + max((n for n in range(len(name_toks) - 1) if _is_title(name_toks[n])), default=-1)
            while t0 < len(name_toks) - 1 and (
                name_toks[t0].text in TITLES
                # "Democrat Hillary Clinton": a party label before a full name
                or (name_toks[t0].text in PARTY_LABELS and len(name_toks) - t0 >= 3)
                or (
                    # "Russian President Vladimir Putin"; never a given name ("Jean Dupont", "Brian Lee")
                    _GAZETTEER_ADJECTIVE.search(name_toks[t0].text)
                    and name_toks[t0].text[:1].isupper()
                    and len(name_toks) - t0 >= 3
                )
            ):
                t0 += 1
            department = next((n for n in range(1, t0 + 1) if name_toks[n].low == "of" and _is_title(name_toks[n - 1])), None)
            if department is not None:
                # "Secretary of State John F. Kerry", "Minister of Foreign Affairs Sergei
                # Lavrov": the department belongs to the title, not to the name after it.
                n = department + 1
                while n < len(name_toks) - 1 and name_toks[n].text in DEPARTMENT_WORDS:
                    n += 1
                t0 = max(t0, n) if n > department + 1 else t0
        name_start, name_end = name_toks[t0].start, name_toks[-1].end
        affiliation = _affiliation(name_toks, t0)
        if affiliation is not None:
            # "Peter Lunde of Halvorsen Bank": the person, described by the organisation.
            name_end = name_toks[affiliation - 1].end
        name = text[name_start:name_end]
        honorific = t0
        while honorific > 0 and name_toks[honorific - 1].text in HONORIFICS:
            honorific -= 1
        titles = text[name_toks[honorific].start : name_start].strip() if honorific < t0 else None
        pre_start = toks[start].start
        if toks[start].low in ("the", "a", "an") and start < first:
            pre_start = toks[start + 1].start if start + 1 < len(toks) else pre_start
        description = text[pre_start : name_toks[honorific].start].strip(" ,") or None
        if description and toks[start].is_possessive and start == first - 1:
            description = text[toks[start].start : name_end]
        if description and description.lower() in ("the", "a", "an"):
            description = None
        if affiliation is not None:
            of = text[name_toks[affiliation].start : name_toks[-1].end]
            description = f"{description} {of}" if description else of  # "Senator … of Vermont"
        return NounPhrase(
            toks[start].start, toks[j].end, name, name_start, name_end,
            description=description, proper=True, titles=titles,
        )
    # Common-noun phrase.
    det = toks[start].low
    head_start = toks[start + 1].start if det in ("the", "a", "an") and start < j else toks[start].start
    name = text[head_start : toks[j].end]
    return NounPhrase(
        toks[start].start, toks[j].end, name, head_start, toks[j].end,
        definite=det in ("the", "this", "that"),
    )


def phrase_after(text: str, toks: list[Token], i: int) -> tuple[NounPhrase | None, int]:
    """The noun phrase starting at token ``i`` and the index after it."""
    if i >= len(toks):
        return None, i
    first = toks[i]
    if first.low in PRONOUNS and first.is_word:
        return NounPhrase(first.start, first.end, first.text, first.start, first.end, pronoun=first.low), i + 1
    k = i
    while k < len(toks) and k - i < 10:
        t = toks[k]
        if not t.is_word:
            break
        if k > i and (t.low in STOP_WORDS and t.low not in _CONNECTORS):
            break
        if k > i and t.low in _CONNECTORS and not (k + 1 < len(toks) and toks[k + 1].is_cap):
            break
        if t.low in CUE_VERBS and k > i:
            break
        k += 1
    if k == i:
        return None, i
    # The phrase must end on a noun-like word: trim trailing lower-case adverbs.
    while k > i + 1 and is_adverb(toks[k - 1].low) and not toks[k - 1].is_cap:
        k -= 1
    phrase = phrase_before(text, toks, k - 1, i)
    return phrase, k


def kind_of(name: str, context: str = "") -> EntityKind:
    """The kind of entity a name denotes, from its words and a little context.

    >>> kind_of("New York Times"), kind_of("Kharkiv Human Rights Protection Group")
    (<EntityKind.OUTLET: 'outlet'>, <EntityKind.ORGANISATION: 'organisation'>)
    >>> kind_of("Roman Kostenko"), kind_of("Atesh partisans")
    (<EntityKind.PERSON: 'person'>, <EntityKind.GROUP: 'group'>)
    """
    words = name.replace("’s", "").split()
    if not words:
        return EntityKind.UNKNOWN
    context_words = set(context.lower().replace(",", " ").split())
    if name in OUTLET_NAMES or words[-1] in OUTLET_WORDS or context_words & OUTLET_NOUNS:
        return EntityKind.OUTLET
    if name in PLACE_GOVERNMENTS or name.removeprefix("the ").removeprefix("The ") in PLACE_GOVERNMENTS:
        return EntityKind.ORGANISATION  # "Moscow said": the government speaking
    if any(w in ORGANISATION_WORDS for w in words) or context_words & {
        "movement", "organization", "organisation", "party", "group", "ministry", "agency",
        "government", "institute", "union", "network", "committee",
    }:
        return EntityKind.ORGANISATION
    if words[-1].lower() in GROUP_NOUNS:
        return EntityKind.GROUP
    if words[0][:1].islower():
        return EntityKind.PERSON if len(words) <= 5 else EntityKind.UNKNOWN
    if words[0] in ("The",) or len(words) > 4:
        return EntityKind.ORGANISATION
    if all(w.isupper() and len(w) > 1 for w in words):
        return EntityKind.ORGANISATION
    return EntityKind.PERSON


_HEAD_CUT: Final = regex.compile(r"\s(?:of|at|for|in|with|who|from|on|to|and)\s|,")
_ORGANISATION_HEADS: Final = frozenset(
    {
        "group", "movement", "organization", "organisation", "party", "ministry", "government",
        "agency", "company", "firm", "union", "council", "committee", "authority", "operator",
        "bank", "institute", "university", "club", "team", "charity", "association", "court",
        "department", "office", "pollster", "line", "maker", "manufacturer", "retailer",
        "carrier", "airline", "insurer", "lender", "broker", "coalition", "alliance",
        "library", "school", "hospital", "museum", "service", "board", "regulator",
        "federation", "centre", "center", "foundation", "commission", "trust", "society",
        "institution", "corporation", "league", "bureau", "cooperative", "consortium",
    }
)


# Nouns for a business: "the company" may refer to any organisation whose name does not
# say it is something else (a bank, a ministry, a union).
_COMPANY_HEADS: Final = frozenset({"company", "firm", "corporation", "business", "group", "maker", "manufacturer"})
_BUSINESS_WORDS: Final = frozenset(
    {"Industries", "Holdings", "Partners", "Company", "Corporation", "Inc", "Ltd", "Group", "Airlines", "Airways", "Laboratories"}
)


def _businesslike(name: str) -> bool:
    """True when ``name`` may be a company's (``Brell Industries``; not ``Halvorsen Bank``)."""
    if name in PLACE_GOVERNMENTS or name.isupper():
        return False
    return not any(w in ORGANISATION_WORDS and w not in _BUSINESS_WORDS for w in name.split())


def description_kind(description: str | None) -> EntityKind | None:
    """The kind a description's head noun gives (``a foreign ministry spokeswoman`` → person).

    >>> description_kind("a foreign ministry spokeswoman"), description_kind("the ferry company")
    (<EntityKind.PERSON: 'person'>, <EntityKind.ORGANISATION: 'organisation'>)
    """
    if not description or description.split()[0].lower() in ("of", "at", "for", "from", "with", "in"):
        return None  # "of Halvorsen Bank": an affiliation, not what the entity is
    first = _HEAD_CUT.split(description, maxsplit=1)[0].split()
    if not first:
        return None
    head = first[-1].lower().strip(".,;:")
    if head in ROLE_NOUNS:
        return EntityKind.PERSON
    if head in OUTLET_NOUNS:
        return EntityKind.OUTLET
    if head in _ORGANISATION_HEADS:
        return EntityKind.ORGANISATION
    return None


def _organised(name: str) -> bool:
    """True when the name itself says organisation or outlet (``Defense Ministry``, ``Times``)."""
    words = name.split()
    return bool(words) and (
        name in OUTLET_NAMES or words[-1] in OUTLET_WORDS or any(w in ORGANISATION_WORDS for w in words)
    )


@attrs.define
class Draft:
    """An entity being collected (mutable; frozen into an Entity at the end)."""

    name: str
    kind: EntityKind
    aliases: set[str] = attrs.field(factory=set)
    description: str | None = None
    extra_mentions: set[tuple[int, int]] = attrs.field(factory=set)
    order: int = 0
    gender: str | None = None  # "m" or "f" when a title, role or pronoun says so


# A capitalised word (or number) starting a name, and the same word standing alone in the text.
_FIRST_WORD: Final = regex.compile(r"[\p{Lu}\p{N}][\p{L}\p{M}\p{N}\-]{0,40}")
_CAPITALISED: Final = regex.compile(r"(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{L}\p{M}\p{N}\-]{0,40}")


class NameIndex:
    """Offsets of capitalised words, built once, for finding names in linear time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_word: dict[str, list[int]] = {}
        for found in _CAPITALISED.finditer(text):
            self.by_word.setdefault(found.group(), []).append(found.start())
        # Per-name results, computed once: a name mentioned k times is looked up
        # k times, and scanning its occurrences each time would cost k² in all.
        self._occurrences: dict[str, list[int]] = {}
        self._forms: dict[str, tuple[Counter[str], dict[str, int]]] = {}
        self._titled: dict[str, int | None] = {}

    def occurrences(self, name: str) -> list[int]:
        """Start offsets of ``name`` as a whole word sequence (cached: callers must not change it)."""
        found = self._occurrences.get(name)
        if found is None:
            found = self._occurrences[name] = self._find_occurrences(name)
        return found

    def _find_occurrences(self, name: str) -> list[int]:
        first = _FIRST_WORD.match(name)
        if first is None:
            return []
        text = self.text
        out = []
        for start in self.by_word.get(first.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and (end >= len(text) or not text[end].isalnum()):
                out.append(start)
        return out

    def titled_before(self, surname: str, limit: int) -> int | None:
        """Offset of the first ``surname`` before ``limit`` right after a title
        ("President Obama", "Mr. Obama"), else None."""
        if surname not in self._titled:
            self._titled[surname] = None
            for start in self.occurrences(surname):
                before = self.text[max(0, start - 30) : start]
                if before.endswith(" ") and before.split()[-1:] and before.split()[-1] in TITLES:
                    self._titled[surname] = start
                    break
        first = self._titled[surname]
        return first if first is not None and first < limit else None

    def full_forms(self, surname: str) -> tuple[Counter[str], dict[str, int]]:
        """The capitalised runs ending with the words ``surname`` (titles excluded), counted,
        and where each first occurs (cached)."""
        found = self._forms.get(surname)
        if found is None:
            counts: Counter[str] = Counter()
            first_at: dict[str, int] = {}
            for start, form in self._find_forms(surname):
                counts[form] += 1
                first_at.setdefault(form, start)
            found = self._forms[surname] = (counts, first_at)
        return found

    def _find_forms(self, surname: str) -> list[tuple[int, str]]:
        """Each occurrence of ``surname`` with the capitalised run that ends in it."""
        text = self.text
        forms: list[tuple[int, str]] = []
        for start in self.occurrences(surname):
            s = start
            words = 0
            best = start
            while words < 3:
                k = s - 1
                if k < 1 or text[k] != " ":
                    break
                w_end = k
                w_start = w_end
                while w_start > 0 and (text[w_start - 1].isalnum() or text[w_start - 1] in "-."):
                    w_start -= 1
                word = text[w_start:w_end]
                if not word[:1].isupper() or word in TITLES or word in _NOT_NAMES or word in PARTY_LABELS:
                    break
                if word.lower() in ROLE_NOUNS:
                    break  # "Bank of America CEO Brian Moynihan"
                if word in DEPARTMENT_WORDS and text[max(0, w_start - 20) : w_start].split()[-1:] in (["of"], *([w] for w in DEPARTMENT_WORDS)):
                    break  # "Secretary of State John Kerry", "Minister of Foreign Affairs Sergei Lavrov"
                if _GAZETTEER_ADJECTIVE.search(word) and not word.endswith("i") and words >= 1:
                    break  # "Ukrainian Volodymyr Zelensky"; a given name ("Jean Dupont") is kept
                if word.endswith(".") and word.lower().rstrip(".") not in ("v.i", "j", "k") and len(word) > 3:
                    break
                if is_initial(word) and (not _after_given_name(text, w_start) or words + len(surname.split()) >= 2):
                    break  # "… Block K. Fiona Baird": the initial ends the sentence before
                s = w_start
                best = w_start
                words += 1
            forms.append((best, text[best : start + len(surname)]))
        return forms


class Registry:
    """The entities of one article, merged by name and resolvable by pronoun."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._index: NameIndex | None = None
        self.drafts: dict[str, Draft] = {}
        self.recent: list[Draft] = []  # most recent last
        self.self_outlet: Draft | None = None
        self.seen_at: dict[int, int] = {}  # id(draft) → end of its latest mention in the text
        self._subject_at: dict[int, bool] = {}  # name-run start → opens its clause (computed once)
        self.quote_spans: list[tuple[int, int]] = []  # top-level quotations, sorted

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(self.text)
        return self._index

    def _context(self, name: str) -> str:
        """Outlet nouns right before or shortly after the occurrences of ``name``."""
        text = self.text
        parts: list[str] = []
        for start in self.index.occurrences(name)[:20]:
            before = text[max(0, start - 25) : start].split()[-2:]
            after = text[start + len(name) : start + len(name) + 60].split()[:8]
            parts.extend(w for w in before if w.lower() in OUTLET_NOUNS)
            # "X explained … in its first editorial": an outlet speaking of its own writing.
            for n, w in enumerate(after):
                if w.lower().strip(",.") in _AFTER_OUTLET and "its" in after[max(0, n - 2) : n]:
                    parts.append(w)
        return " ".join(parts)

    def _fullest(self, name: str, near: int) -> str:
        words = name.split()
        if len(words) > 2 or not words or not words[-1][:1].isupper():
            return name
        counts, first_at = self.index.full_forms(name)
        forms = Counter({f: c for f, c in counts.items() if f.endswith(name) and len(f.split()) <= 4})
        if not forms:
            return name
        longest = max(len(f.split()) for f in forms)
        if longest <= len(words):
            return name
        # "President Obama … Mr. Obama said … the first lady, Michelle Obama": a
        # surname introduced with a title before any longer name ends in it is
        # that titled person, not a later namesake.
        titled = self.index.titled_before(name, near)
        first_longer = min((at for f, at in first_at.items() if len(f) > len(name)), default=None)
        if titled is not None and first_longer is not None and titled < first_longer:
            return name
        # Among longer names, those introduced before this mention; then the most
        # frequent, then the first introduced ("Barack Obama … Obama said …
        # Michelle Obama": the surname is Barack's until Michelle is named).
        longer = [f for f in forms if len(f.split()) > len(words)]
        earlier = [f for f in longer if first_at.get(f, near) < near]
        best = sorted(earlier or longer, key=lambda f: (-forms[f], first_at.get(f, 1 << 62), f))
        return best[0]

    def named(self, phrase: NounPhrase, *, kind_hint: EntityKind | None = None) -> Draft:
        """The entity a proper-name phrase denotes (created or merged)."""
        before, of, after = phrase.name.partition(" of ")
        words = before.split()
        person_of = bool(of) and len(words) >= 2 and (is_given_name(words[0]) or any(is_initial(w) for w in words))
        if person_of:
            # "Craig Holman of Public Citizen": the person, described by where they are from.
            phrase = attrs.evolve(
                phrase, name=before, name_end=phrase.name_start + len(before), description=phrase.description or f"of {after}"
            )
        surface = phrase.name
        name = surface
        if name.startswith("the "):
            name = name[4:]
        full = self._fullest(name, phrase.name_start)
        existing = self._find(full) or self._find(name)
        if existing is not None:
            draft = existing
        else:
            context = self._context(name) + " " + (phrase.description or "")
            kind = kind_hint or kind_of(full, context)
            described = description_kind(phrase.description)
            if kind_hint is None and described is not None and not _organised(full):
                kind = described
            elif kind_hint is None and (phrase.description or "").startswith("of ") and kind_of(full) is EntityKind.PERSON:
                kind = EntityKind.PERSON  # "Peter Lunde of Halvorsen Bank"
            if kind_hint is None and kind is EntityKind.PERSON and len(full.split()) == 1:
                kind = kind_of(full, context)
            if kind_hint is None and _names_listed(full):
                kind = EntityKind.GROUP  # "Tom Carper, Dianne Feinstein and Ben Cardin"
            if kind_hint is None and person_of:
                kind = EntityKind.PERSON  # "Craig Holman of Public Citizen, a watchdog": a person
            draft = Draft(full, kind, order=len(self.drafts))
            self.drafts[full.lower()] = draft
        if name != draft.name:
            draft.aliases.add(name)
        if phrase.titles:
            draft.aliases.add(f"{phrase.titles} {name}")
        if phrase.description and draft.description is None and phrase.description.lower() not in ("the", "a"):
            draft.description = phrase.description
        if draft.gender is None:
            draft.gender = gender_of(f"{phrase.titles or ''} {phrase.description or ''}") or given_name_gender(draft.name)
        self.touch(draft, phrase.name_end)
        return draft

    def _find(self, name: str) -> Draft | None:
        draft = self.drafts.get(name.lower())
        if draft is not None:
            return draft
        words = name.split()
        # A short form: the last words of a known name ("Putin", "Times").
        candidates = [
            d for d in self.drafts.values()
            if len(d.name.split()) > len(words) and d.name.split()[-len(words):] == words
        ]
        if candidates:
            return max(
                candidates,
                key=lambda d: (len(self.index.occurrences(d.name)), self.recent.index(d) if d in self.recent else -1),
            )
        return None

    def common(self, phrase: NounPhrase) -> Draft | None:
        """The entity of a common-noun phrase: a definite one refers back, else a new one."""
        head = phrase.name.split()[-1].lower() if phrase.name.split() else ""
        if head in SPEAKING_DOCUMENTS:
            return self.document(phrase)  # "the joint statement said", "polls show"
        if head in INANIMATE_NOUNS:
            return None  # "the sign says": no one is speaking
        if phrase.definite and (head in ROLE_NOUNS or head in _ORGANISATION_HEADS):
            # "the mayor said": the entity last described by that role, or the
            # person the text names with it ("Ana Ruiz, the city's mayor").
            for draft in reversed(self.recent):
                if _has_role(draft, head):
                    draft.extra_mentions.add((phrase.name_start, phrase.name_end))
                    self.touch(draft, phrase.end)
                    return draft
            antecedent = self._apposed(head, phrase.start) or self._titled(head, phrase.start)
            if antecedent is not None:
                antecedent.extra_mentions.add((phrase.name_start, phrase.name_end))
                self.touch(antecedent, phrase.end)
                return antecedent
        if phrase.definite and head in _ORGANISATION_HEADS:
            named = self._named_with_head(head, phrase.start)
            if named is not None:
                named.extra_mentions.add((phrase.name_start, phrase.name_end))
                self.touch(named, phrase.end)
                return named
        if phrase.definite and head in _COMPANY_HEADS:
            # "the company": the business last named in running text, unless a
            # speaker mentioned since is nearer.
            business = self._business_before(phrase.start)
            if business is not None:
                business.extra_mentions.add((phrase.name_start, phrase.name_end))
                self.touch(business, phrase.end)
                return business
        if phrase.definite or head in OUTLET_NOUNS:
            wanted = () if head in ROLE_NOUNS else _kinds_for_head(head)
            if wanted:
                for draft in reversed(self.recent):
                    if draft.kind in wanted and not (head in _ORGANISATION_HEADS and draft.name in PLACE_GOVERNMENTS):
                        draft.extra_mentions.add((phrase.name_start, phrase.name_end))
                        self.touch(draft, phrase.end)
                        return draft
            if head in OUTLET_NOUNS and head not in _ORGANISATION_HEADS:
                # "the newspaper", "the daily": the outlet last named in the text, if any.
                named = self._outlet_before(phrase.start) if head in _PRINT_NOUNS else None
                if named is not None:
                    named.extra_mentions.add((phrase.name_start, phrase.name_end))
                    self.touch(named, phrase.end)
                return named  # none named: "the agency" may be a public body
            if head not in ROLE_NOUNS:
                antecedent = self._apposed(head, phrase.start)
                if antecedent is not None:
                    return antecedent
        name = phrase.name.strip()
        if not name or name.lower() in PRONOUNS or name.lower() in _NOT_SPEAKERS or len(name) < 3:
            return None
        kind = EntityKind.GROUP if head in GROUP_NOUNS else kind_of(name)
        if head in _ORGANISATION_HEADS:
            kind = EntityKind.ORGANISATION
        elif head in ROLE_NOUNS:
            kind = EntityKind.PERSON
        known = self.drafts.get(name.lower())
        draft = known if known is not None else Draft(name, kind, order=len(self.drafts))
        if draft.description is None and phrase.description:
            draft.description = phrase.description
        if draft.gender is None:
            draft.gender = gender_of(name)
        self.drafts[name.lower()] = draft
        draft.extra_mentions.add((phrase.name_start, phrase.name_end))
        self.touch(draft, phrase.end)
        return draft

    def _last_unquoted(self, pattern: regex.Pattern[str], before: int) -> regex.Match[str] | None:
        """The last match of ``pattern`` outside quotations in the window before ``before``."""
        last = None
        for found in pattern.finditer(self.text, max(0, before - _APPOSED_WINDOW), before):
            if not self._quoted(found.start()):
                last = found
        return last

    def _outlet_before(self, before: int) -> Draft | None:
        """The last outlet named before ``before`` (``The Washington Post``, ``Reuters``), within a window."""
        last = self._last_unquoted(_OUTLET_NAME, before)
        if last is None:
            return None
        name = last.group()
        start = last.start()
        if name.startswith("The "):
            name, start = name[4:], start + 4
        return self.outlet(name, start)

    def _apposed(self, head: str, before: int) -> Draft | None:
        """A name introduced earlier as "NAME, a HEAD …" ("The Way Home, a group of …")."""
        if not head.isalpha():
            return None
        low = max(0, before - _APPOSED_WINDOW)
        pattern = _apposed_pattern(head)
        last = None
        for found in pattern.finditer(self.text, low, before):
            if found["name"] is not None and found["name"].split()[0] not in _NOT_NAMES:
                last = found
        if last is None:
            return None
        name = last["name"]
        start = last.start("name")
        if " of The " in name:  # "Members of The Way Home"
            cut = name.index(" of The ") + 4
            name, start = name[cut:], start + cut
        phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
        kind = _kinds_for_head(head)
        return self.named(phrase, kind_hint=kind[0] if kind else None)

    def _titled(self, head: str, before: int) -> Draft | None:
        """A person named earlier with the role as a title ("President Obama" for "the president")."""
        if head not in ROLE_NOUNS or not head.isalpha():
            return None
        last = self._last_unquoted(_titled_pattern(head), before)
        if last is None:
            return None
        start = last.start("name")
        draft = self._person_at(start, last.end("name"), None)
        if draft is not None and draft.description is None:
            draft.description = last["title"]
        return draft

    def pronoun(self, phrase: NounPhrase) -> Draft | None:
        """The entity a pronoun refers to: the most recent fitting one."""
        word = phrase.pronoun or ""
        want = PRONOUNS.get(word, "any")
        if want == "self":
            if self.self_outlet is not None:
                found: Draft | None = self.self_outlet
            else:
                found = next((d for d in reversed(self.recent) if d.kind is EntityKind.OUTLET), None)
        elif want == "person":
            gender = {"he": "m", "she": "f"}.get(word)
            found = next(
                (
                    d for d in reversed(self.recent)
                    if d.kind is EntityKind.PERSON and (gender is None or d.gender in (None, gender))
                ),
                None,
            )
            latest = self.seen_at.get(id(found), -1) if found is not None else -1
            named = self._person_before(phrase.start, latest, gender)
            if named is not None:
                found = named
                latest = self.seen_at.get(id(named), latest)
            described = self._described_before(phrase.start, latest, gender)
            if described is not None:
                found = described
            if found is not None and gender is not None and found.gender is None:
                found.gender = gender
        elif word == "they":
            found = next(
                (d for d in reversed(self.recent) if d.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)),
                None,
            )
            couple = self._couple_before(phrase.start, self.seen_at.get(id(found), -1) if found else -1)
            if couple is not None:
                found = couple
            elif found is None:
                # No speaker yet: the organisation last named in running text ("One of them"),
                # when its name says so (a lone capitalised word may open the sentence).
                known = set(map(id, self.drafts.values()))
                named = self._organisation_before(sentence_start(self.text, phrase.start), -1)
                if named is not None and (len(named.name.split()) > 1 or id(named) in known):
                    found = named
        elif want == "organisation":
            found = next(
                (d for d in reversed(self.recent) if d.kind in (EntityKind.ORGANISATION, EntityKind.GROUP, EntityKind.OUTLET)),
                None,
            )
            named = self._organisation_before(phrase.start, self.seen_at.get(id(found), -1) if found else -1)
            if named is not None:
                found = named
        else:
            found = self.recent[-1] if self.recent else None
        if found is not None:
            found.extra_mentions.add((phrase.start, phrase.end))
            self.touch(found, phrase.end)
        return found

    def _person_before(self, pos: int, after: int, gender: str | None) -> Draft | None:
        """The person last named in running text between ``after`` and ``pos``, if any.

        Finds names introduced without a reporting verb ("Mayor Ana Ruiz was
        blunt. “…,” she said"), across a paragraph break too; quotations are
        skipped.  Looks back a bounded window, so the cost per pronoun is constant.
        """
        low = max(after, pos - _PERSON_WINDOW, 0)
        text = self.text
        own = self._quote_at(pos)  # a pronoun inside a quotation may refer to a name quoted with it
        # The runs of the sentence ``low`` falls in count as subjects too ("Rep. Lee Zeldin, a
        # Trump supporter, said …": Trump is no subject), though only those from ``low`` on
        # are candidates.
        scan_from = max(sentence_start(text, low), low - _SUBJECT_LOOKBACK) if low > 0 else low
        runs = list(_NAME_RUN.finditer(text, scan_from, pos))
        starts = [r.start() for r in runs]
        # Per run, once: is it a subject, and does it name someone (not "He", "The")?
        # seen[k] counts such naming subjects among the first k runs, so "is there one
        # earlier in this sentence" is a subtraction, not a rescan of the window.
        cache = self._subject_at
        subject = [cache[st] if st in cache else cache.setdefault(st, _subject_like(text, st)) for st in starts]
        seen = [0]
        for r, is_subj in zip(runs, subject, strict=True):
            seen.append(seen[-1] + (1 if is_subj and r.group().split()[-1] not in _NOT_NAMES else 0))
        for n in range(len(runs) - 1, -1, -1):
            start, end = runs[n].span()
            if start < low:
                break
            holder = self._quote_at(start)
            if holder is not None and holder != own:
                continue
            if not subject[n]:
                # "Mara Quill met Reyes": an object; the subject named earlier in the
                # sentence is who the text is about.  Only runs of this sentence are looked at.
                first = bisect.bisect_left(starts, sentence_start(text, start))
                if seen[n] - seen[first] > 0:
                    continue
            candidate = self._person_at(start, end, gender)
            if candidate is not None:
                return candidate
        return None

    def _described_before(self, pos: int, after: int, gender: str | None) -> Draft | None:
        """A person introduced by an indefinite description opening a sentence after ``after``.

        ``A former engineer at the plant, who asked not to be named, described
        the pumps. “…,” he said``: a new unnamed person named by the description.
        """
        text = self.text
        low = max(after, pos - _PERSON_WINDOW, 0)
        last = None
        for found in _INDEFINITE_SUBJECT.finditer(text, low, pos):
            start = found.start()
            if self._quoted(start) or text[max(0, start - 4) : start].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "”", "’", '"'):
                continue
            # The head is the first role noun among the next few lower-case words.
            cursor = found.end()
            for _n in range(4):
                word = _LOWER_WORD.match(text, cursor, min(pos, cursor + 24))
                if word is None or word.group() in STOP_WORDS:
                    break
                if word.group() in ROLE_NOUNS:
                    if gender_of(word.group()) in (None, gender):
                        last = (start, found.end(), word.end())
                    break
                cursor = word.end() + 1
                if cursor > len(text) or text[cursor - 1] != " ":
                    break
        if last is None:
            return None
        start, name_start, name_end = last
        tail = _AFFILIATION_TAIL.match(text, name_end, min(len(text), name_end + 60))
        description = text[start : tail.end() if tail else name_end]
        phrase = NounPhrase(start, name_end, text[name_start:name_end], name_start, name_end, description=description)
        return self.common(phrase)

    def person_within(self, start: int, pos: int, gender: str | None) -> Draft | None:
        """The person last named in ``text[start:pos]`` (a stretch of one speaker's words), if any.

        Used for a pronoun inside a quotation: the outer speaker's "she told me"
        refers to someone the speaker mentions, never to the speaker.
        """
        low = max(start, pos - _PERSON_WINDOW)
        for found in reversed(list(_NAME_RUN.finditer(self.text, low, pos))):
            candidate = self._person_at(found.start(), found.end(), gender)
            if candidate is not None:
                return candidate
        return None

    def _business_before(self, pos: int) -> Draft | None:
        """The organisation that may be a company, last named in running text before ``pos``.

        A name counts when it is already a known organisation, when its words say
        organisation (``Brell Industries``), or when a business noun stands before
        it (``telecoms operator Brightwater``); names that say they are something
        else (``Halvorsen Bank``, ``Transport Ministry``) are passed over.
        """
        text = self.text
        low = max(0, pos - _APPOSED_WINDOW)
        for found in reversed(list(_NAME_RUN.finditer(text, low, pos))):
            start, end = found.span()
            if self._quoted(start):
                continue
            words = text[start:end].split()
            while words and words[0] in _NOT_NAMES:
                start += len(words[0]) + 1
                words = words[1:]
            if not words or any(w in _PLACE_WORDS for w in words):
                continue
            name = " ".join(words).removesuffix("’s").removesuffix("'s")
            if not _businesslike(name):
                continue
            known = self._find(name)
            if known is not None:
                if known.kind in (EntityKind.ORGANISATION, EntityKind.GROUP):
                    return known
                continue
            noun = text[max(0, start - 16) : start].split()[-1:]
            if (kind_of(name) is EntityKind.ORGANISATION and not name.isupper()) or (noun and noun[0].lower() in _ORGANISATION_HEADS):
                phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
                return self.named(phrase, kind_hint=EntityKind.ORGANISATION)
        return None

    def _named_with_head(self, head: str, before: int) -> Draft | None:
        """``the union`` after ``the Valdra Dockers’ Union`` was named: that organisation."""
        low = max(0, before - _APPOSED_WINDOW)
        last = None
        for found in _head_name_pattern(head).finditer(self.text, low, before):
            if not self._quoted(found.start()):
                last = found
        if last is None:
            return None
        words = last.group().split()
        while len(words) > 1 and words[0] in _NOT_NAMES:
            words = words[1:]
        name = " ".join(words)
        start = last.end() - len(name)
        phrase = NounPhrase(start, last.end(), name, start, last.end(), proper=True)
        return self.named(phrase, kind_hint=EntityKind.ORGANISATION)

    def _organisation_before(self, pos: int, after: int) -> Draft | None:
        """The organisation last named in running text before ``pos`` (for "it")."""
        low = max(after, pos - _PERSON_WINDOW, 0)
        text = self.text
        for found in reversed(list(_NAME_RUN.finditer(text, low, pos))):
            start, end = found.span()
            if self._quoted(start):
                continue
            words = text[start:end].split()
            while words and words[0] in _NOT_NAMES:
                start += len(words[0]) + 1
                words = words[1:]
            if not words or words[-1].endswith(("’s", "'s")) or any(w in _PLACE_WORDS for w in words):
                continue
            name = " ".join(words)
            if name.isupper() and len(name) > 3:
                continue  # a dateline ("SAINT-AUBIN —"), not a subject
            known = self._find(name)
            noun = text[max(0, start - 16) : start].split()[-1:]
            if known is None and noun and noun[0].lower() in _ORGANISATION_HEADS:
                # "The ferry company Navimorand": the noun says what it is.
                phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
                return self.named(phrase, kind_hint=EntityKind.ORGANISATION)
            if known is not None:
                if known.kind in (EntityKind.ORGANISATION, EntityKind.OUTLET, EntityKind.GROUP):
                    self.touch(known, start + len(name))
                    return known
                continue
            kind = kind_of(name)
            opening = start == 0 or text[:start].rstrip()[-1:] in (".", "!", "?", "\n", "")
            if kind in (EntityKind.ORGANISATION, EntityKind.OUTLET) or (
                len(words) == 1 and opening and len(self._fullest(name, start).split()) == 1
            ):
                phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
                return self.named(phrase, kind_hint=kind if kind is not EntityKind.PERSON else EntityKind.ORGANISATION)
        return None

    def _couple_before(self, pos: int, after: int) -> Draft | None:
        """People named together ("Joan and Bill Ashworth") after ``after``: a group for "they"."""
        low = max(after, pos - _PERSON_WINDOW, 0)
        last = None
        for found in _COUPLE.finditer(self.text, low, pos):
            if not self._quoted(found.start()) and found.group().split()[0] not in _NOT_NAMES:
                last = found
        if last is None:
            return None
        start, end = last.span()
        phrase = NounPhrase(start, end, last.group(), start, end, description=_apposition(self.text, end), proper=True)
        return self.named(phrase, kind_hint=EntityKind.GROUP)

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quote_spans, (pos, 1 << 62)) - 1
        if i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]:
            return self.quote_spans[i]
        return None

    def _quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_spans, (pos, 1 << 62)) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def _person_at(self, start: int, end: int, gender: str | None) -> Draft | None:
        """The person a capitalised run names (None for places, organisations, sentence openers)."""
        text = self.text
        for word in _WORD.finditer(text, start, end):
            w = word.group()
            if word.end() < end and _ends_sentence(w):
                end = word.end() - 1  # "like Clinton. And he …": the name ends with its sentence
                break
        words = text[start:end].split()
        titles: list[str] = []
        while words and (words[0] in _NOT_NAMES or is_title_word(words[0])):
            if is_title_word(words[0]):
                titles.append(words[0])
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) > 1 and is_initial(words[0]) and not _after_given_name(text, start):
            start += len(words[0]) + 1  # "… vitamin K. Fiona Baird": not her initial
            words = words[1:]
        cut = next(
            (n for n in range(len(words) - 2) if is_initial(words[n]) and _full_name_follows(words[n + 1 :])),
            None,
        )
        if cut is not None:
            # "Block K. Fiona Baird": an initial followed by a full name ends the sentence before.
            start += sum(len(w) + 1 for w in words[: cut + 1])
            words = words[cut + 1 :]
        if not words or any(w in _PLACE_WORDS or w in ORGANISATION_WORDS or w in OUTLET_WORDS for w in words):
            return None
        if words[-1].endswith(("’s", "'s")):
            return None
        before = text[max(0, start - 12) : start].split()[-1:]
        lead = (before[0].lower() if before else "")
        if lead in ("in", "at", "from", "to", "near", "on", "of", "the", "for", "into", "against", "across"):
            return None
        before_title = text[max(0, start - 40) : start].split()
        if before_title and before_title[-1].lower().strip(",") in ROLE_NOUNS:
            titles.append(before_title[-1])
        name = " ".join(words)
        if len(words) == 1 and not any(is_title_word(t) for t in titles):  # "Mr. Pell", "President Obama"
            known = self._find(name)
            if known is None or known.kind is not EntityKind.PERSON:
                full = self._fullest(name, start)
                if len(full.split()) < 2 or kind_of(full) is not EntityKind.PERSON:
                    return None
        elif kind_of(name) is not EntityKind.PERSON or len(words) > 3:
            return None
        fullest = self._fullest(name, start)
        sex = gender_of(" ".join(titles)) or given_name_gender(fullest)
        known = self._find(fullest) or self._find(name)
        if known is not None and known.kind is not EntityKind.PERSON:
            return None
        if gender is not None and (sex or (known.gender if known else None)) not in (None, gender):
            return None
        end = start + len(name)
        description = _apposition(text, end) or _front_apposition(text, start)
        title_text = " ".join(t for t in titles if t in HONORIFICS) or None
        role = " ".join(t for t in titles if t not in HONORIFICS) or None
        phrase = NounPhrase(
            start, end, name, start, end, description=description or role, proper=True, titles=title_text,
        )
        draft = self.named(phrase)
        if draft.gender is None:
            draft.gender = sex
        return draft

    def resolve(self, phrase: NounPhrase | None) -> Draft | None:
        """Any phrase to its entity (None when nothing fits)."""
        if phrase is None:
            return None
        if phrase.pronoun is not None:
            return self.pronoun(phrase)
        if phrase.proper:
            if phrase.name.lower() in INANIMATE_NOUNS and not (
                # "wrote The Post": a capitalised outlet word after "The" is the outlet
                phrase.name in OUTLET_WORDS and self.text[phrase.start : phrase.name_start] == "The "
            ):
                return None  # "Sign says" at the head of a caption
            if phrase.name in OUTLET_WORDS and len(phrase.name.split()) == 1:
                return self.named(phrase, kind_hint=EntityKind.OUTLET)
            return self.named(phrase)
        return self.common(phrase)

    def document(self, phrase: NounPhrase) -> Draft | None:
        """The document a common-noun phrase names when it is cited as a source ("the joint
        statement said", "polls show"); "the report" refers back to the last report cited."""
        words = phrase.name.split()
        if phrase.proper or phrase.pronoun is not None or not words or words[-1].lower() not in SPEAKING_DOCUMENTS:
            return None
        head = words[-1].lower()
        if phrase.definite and len(words) == 1:
            for draft in reversed(self.recent):
                if draft.kind is EntityKind.DOCUMENT and draft.name.split()[-1].lower() == head:
                    draft.extra_mentions.add((phrase.name_start, phrase.name_end))
                    self.touch(draft, phrase.end)
                    return draft
        name = phrase.name.strip()
        known = self.drafts.get(name.lower())
        if known is not None and known.kind is not EntityKind.DOCUMENT:
            return None
        draft = known if known is not None else Draft(name, EntityKind.DOCUMENT, order=len(self.drafts))
        self.drafts[name.lower()] = draft
        draft.extra_mentions.add((phrase.name_start, phrase.name_end))
        self.touch(draft, phrase.end)
        return draft

    def touch(self, draft: Draft, at: int | None = None) -> None:
        """Mark ``draft`` as the most recently mentioned entity (``at``: where, when known)."""
        if at is not None:
            self.seen_at[id(draft)] = max(at, self.seen_at.get(id(draft), -1))
        if self.recent and self.recent[-1] is draft:
            return
        if draft in self.recent:
            self.recent.remove(draft)
        self.recent.append(draft)
        if len(self.recent) > 32:
            del self.recent[0]

    def outlet(self, name: str, start: int) -> Draft:
        """The outlet entity of a name found in a relay phrase."""
        phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
        return self.named(phrase, kind_hint=EntityKind.OUTLET)

    def mention_spans(self, draft: Draft) -> list[tuple[int, int]]:
        """Every place a name or alias of ``draft`` occurs, plus its pronoun mentions."""
        text = self.text
        spans: set[tuple[int, int]] = set(draft.extra_mentions)
        for name in sorted({draft.name, *draft.aliases}, key=len, reverse=True):
            for start in self.index.occurrences(name):
                end = start + len(name)
                if not _standalone(text, start, name, draft):
                    continue
                spans.add((start, end))
        # Keep the longest of overlapping spans.
        kept: list[tuple[int, int]] = []
        for s, e in sorted(spans, key=lambda p: (p[0], -p[1])):
            if kept and s < kept[-1][1]:
                continue
            kept.append((s, e))
        return kept


_PERSON_WINDOW: Final = 700
# A run of capitalised words (a possible name), bounded.
_NAME_RUN: Final = regex.compile(
    r"(?<![\p{L}\p{N}’'])\p{Lu}[\p{L}\p{M}’'\-.]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}’'\-.]{0,30}){0,4}(?![\p{L}\p{N}])"
)
# "Joan and Bill Ashworth", "Ana Ruiz and Tom Berg": people named together.
_COUPLE: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}\-]{1,20}(?:\s\p{Lu}[\p{Ll}\p{M}\-]{1,20})?
    \sand\s\p{Lu}[\p{Ll}\p{M}\-]{1,20}\s\p{Lu}[\p{Ll}\p{M}\-]{1,20}(?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
# "A former engineer" opening a sentence: an unnamed person the text goes on about.
_INDEFINITE_SUBJECT: Final = regex.compile(r"(?<![\p{L}\p{N}])An?\s(?=\p{Ll})")
_LOWER_WORD: Final = regex.compile(r"\p{Ll}[\p{Ll}\-]{0,20}(?![\p{L}\p{N}])")
# " at the plant" after such a description: part of it, up to a comma.
_AFFILIATION_TAIL: Final = regex.compile(r"\s(?:at|for|of|from|in|with)\s[^,.;:!?\n“”\"]{1,50}(?=,)")
_PLACE_WORDS: Final = frozenset(
    {
        "Street", "St", "Road", "Avenue", "Lane", "Square", "Park", "Lake", "River", "City",
        "County", "Bay", "Bridge", "Hall", "Station", "Airport", "Port", "Island", "Mountain",
        "Valley", "Hill", "Beach", "Harbour", "Harbor", "Stadium", "Arena", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "North", "South", "East", "West", "Highway", "Town", "Village", "Province", "State",
        "Republic", "Kingdom", "Sea", "Ocean", "Gulf", "Coast", "Region", "District",
    }
)
_APPOSITION: Final = regex.compile(
    r"""
    ,\s(?P<d>
        (?:a|an|the|who|whose|his|her|its|their|both|all|each|\d)   # "a nurse", "who runs …", "82"
        [^,.;:!?\n“”"‘’«»]{0,100}
    )[,.;]
    """,
    regex.VERBOSE,
)
# "The mayor of Montclair, " / "Its chairman, " right before a name: its description.
_FRONT_APPOSITION: Final = regex.compile(
    r"""
    (?P<d>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]|\p{Lu}[\p{L}\p{M}\-]{0,30}[’']s)
    \s[^,.;:!?\n“”"‘’«»]{1,60}),\s\Z
    """,
    regex.VERBOSE,
)
_MALE: Final = frozenset({"mr", "mr.", "sir", "lord", "father", "king", "prince", "spokesman", "chairman", "councilman", "man", "husband", "son", "brother", "he"})
_FEMALE: Final = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "councilwoman", "woman", "wife", "daughter", "sister", "mother", "she"})


_LIST_SEPARATOR: Final = regex.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")


def _names_listed(name: str) -> bool:
    """True for several full names joined in a list ("Tom Carper, Dianne Feinstein and Ben
    Cardin"); "Procter and Gamble" joins single words and names one company."""
    parts = _LIST_SEPARATOR.split(name)
    return len(parts) >= 2 and all(len(p.split()) >= 2 and p[:1].isupper() for p in parts)


def given_name_gender(name: str) -> str | None:
    """``m`` or ``f`` when a full name opens with a common given name that says so.

    >>> given_name_gender("Donald Trump"), given_name_gender("Hillary Clinton"), given_name_gender("Trump")
    ('m', 'f', None)
    """
    words = name.split()
    if len(words) < 2:
        return None  # a surname alone says nothing
    first = words[0]
    return None if not is_given_name(first) else "m" if first in MALE_GIVEN_NAMES else "f"


def gender_of(words: str) -> str | None:
    """``m`` or ``f`` when a title or role says so (``Mrs.``, ``spokesman``), else None.

    >>> gender_of("Councilwoman"), gender_of("Mr."), gender_of("Mayor")
    ('f', 'm', None)
    """
    found = {w.lower().strip(",") for w in words.split()}
    male, female = bool(found & _MALE), bool(found & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def _subject_like(text: str, start: int) -> bool:
    """True when the name at ``start`` opens its clause (``Then Mara Quill``, ``On Monday, Mara``).

    Only sentence openers, titles and roles may stand before it in its sentence, or
    an introductory phrase ending in a comma; a verb or preposition before it makes
    it an object.
    """
    opening = sentence_start(text, start)
    prefix = text[opening:start].rstrip()
    if not prefix or prefix.endswith(",") or prefix.split()[-1].lower() in ("was", "is", "were"):
        return True  # "Among them was Gloria Benitez": an inverted subject
    if prefix.endswith((":", "“", '"', "‘", "«", "„")):
        return True  # "Cole said: “Mr. Pell was …": the quotation opens a clause of its own
    return all(
        w in _NOT_NAMES or w.lower() in _ROLE_WORDS or w.lower() in ROLE_NOUNS or is_title_word(w)
        for w in prefix.split()
    )


def _full_name_follows(words: list[str]) -> bool:
    """Whether the words after an initial make a name of their own: two or more
    capitalised words before any connector, a generational suffix not counting.

    "K. Fiona Baird" does ("Block K." ends the sentence before); "R. Newkirk II"
    and "B. Rangel of New York" do not (the initial is a middle one).
    """
    count = 0
    for word in words:
        if not word[:1].isupper():
            break
        if word.rstrip(",") not in _GENERATIONAL:
            count += 1
    return count >= 2


def _after_given_name(text: str, start: int) -> bool:
    """True when a capitalised word stands right before ``start`` (``John`` in ``John F.``)."""
    k = start - 1
    if k < 1 or text[k] != " ":
        return False
    w = k
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    return w < k and text[w].isupper() and text[w:k] not in _NOT_NAMES


def _apposition(text: str, end: int) -> str | None:
    """``, a nurse from Tartu,`` right after a name: the description."""
    found = _APPOSITION.match(text, end, min(len(text), end + 110))
    if found is None:
        return None
    description = found["d"].strip()
    for lead in ("who is ", "who was "):
        if description.startswith(lead):
            description = description[len(lead) :]
    return description or None


def _front_apposition(text: str, start: int) -> str | None:
    """``The mayor, `` right before a name: the description when its head is a role."""
    found = _FRONT_APPOSITION.search(text, max(0, start - 64), start)
    if found is None or description_kind(found["d"]) is not EntityKind.PERSON:
        return None
    return found["d"]


def _ends_sentence(word: str) -> bool:
    """True for a word whose full stop ends a sentence ("Clinton."), not an abbreviation
    or a title ("Mr.", "Gen.", "U.S")."""
    return word.endswith(".") and len(word) > 2 and not is_title_word(word) and word[:-1].lower() not in _ABBREVIATIONS


def _standalone(text: str, start: int, name: str, draft: Draft) -> bool:
    """False when ``name`` at ``start`` is only the tail of a longer capitalised name."""
    if name == draft.name and len(name.split()) > 1:
        return True
    k = start - 1
    if k >= 1 and text[k] == " " and (text[k - 1].isalpha() or text[k - 1] == "."):
        w = k
        while w > 0 and (text[w - 1].isalnum() or text[w - 1] in ".-"):
            w -= 1
        word = text[w:k]
        if _ends_sentence(word):
            return True  # "… the Daily Courier. Moscow said": the word before ends its sentence
        if word[:1].isupper() and word not in _NOT_NAMES and not is_title_word(word):
            return False  # "Michelle Obama" is not a mention of "Obama"; "President Obama" is
    return True


@functools.lru_cache(maxsize=256)
def _head_name_pattern(head: str) -> regex.Pattern[str]:
    """Capitalised names ending with the capitalised ``head`` (``Valdra Dockers’ Union``)."""
    word = regex.escape(head.capitalize())
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}\-]{{0,30}}[’']?\s){{1,4}}{word}(?![\p{{L}}\p{{N}}])"
    )


@functools.lru_cache(maxsize=256)
def _apposed_pattern(head: str) -> regex.Pattern[str]:
    """The patterns that introduce a name with the role or noun ``head`` (compiled once per head)."""
    word = regex.escape(head)
    return regex.compile(
        rf"""
        (?P<name>{_PROPER})\s?,\s(?:a|an|the|its|his|her|their|\p{{Lu}}[\p{{L}}\-]*[’']s)\s
            (?:[\p{{L}}\-’']+\s){{0,3}}{word}s?\b                      # NAME, the city's HEAD
      | (?<![\p{{L}}])(?i:{word})\s(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]+(?:\s\p{{Lu}}[\p{{L}}\p{{M}}\-]+){{1,2}})  # Head Name
      | \b{word}(?:\s(?:of|for|at)\s[^,.;:\n]{{1,40}})?,\s(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]+(?:\s\p{{Lu}}[\p{{L}}\p{{M}}\-]+){{1,2}})  # the head, Name
        """,
        regex.VERBOSE,
    )


# Nouns for a newspaper or site that refer back to the last outlet named.
_PRINT_NOUNS: Final = frozenset({"newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "website", "site", "outlet", "publication"})
# An outlet's name: capitalised words ending in an outlet word ("The Washington Post").
_OUTLET_NAME: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:The\x20)?(?:\p{Lu}[\p{L}\-]{1,30}\x20){0,3}"
    r"(?:" + "|".join(sorted(map(regex.escape, OUTLET_WORDS), key=len, reverse=True)) + r")(?![\p{L}\p{N}])"
)


@functools.lru_cache(maxsize=256)
def _titled_pattern(head: str) -> regex.Pattern[str]:
    """ "President Barack Obama", "President Obama": the role as a capitalised title, then a name."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}])
        (?P<title>{regex.escape(head.capitalize())})  # the role word as a title
        \x20
        (?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]{{1,40}}     # a capitalised name word
            (?:\x20(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}\-]{{1,40}})){{0,3}})  # up to three more, initials too
        """,
        regex.VERBOSE,
    )


def _has_role(draft: Draft, head: str) -> bool:
    """True when ``draft`` is named or described by the role word ``head``."""
    words = {w.lower().strip(",.;:") for w in draft.name.split()}
    if draft.description:
        words |= {w.lower().strip(",.;:").removesuffix("’s").removesuffix("'s") for w in draft.description.split()}
    return head in words


def _kinds_for_head(head: str) -> tuple[EntityKind, ...]:
    if head in OUTLET_NOUNS:
        return (EntityKind.OUTLET,)
    if head in _ORGANISATION_HEADS:
        return (EntityKind.ORGANISATION, EntityKind.GROUP)
    if head in GROUP_NOUNS:
        return (EntityKind.GROUP,)
    if head in ("man", "woman", "soldier", "commander", "official", "minister", "president", "leader"):
        return (EntityKind.PERSON,)
    return ()
