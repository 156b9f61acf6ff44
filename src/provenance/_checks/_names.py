"""Whether a mention can name an entity: the rule behind PV302 and PV310.

A mention is acceptable for an entity when, comparing words case-insensitively
(words are runs of Unicode letters and digits; possessive ``'s`` and the
function words in :data:`FUNCTION_WORDS` are ignored):

1. it is a single pronoun (:data:`PRONOUNS`: ``he``, ``she``, ``they``, ``it``,
   ``we``, ``who`` …), or
2. it is made only of generic nouns (:data:`GENERIC_NOUNS`), optionally after
   a determiner (``the``, ``this``, ``that``, ``these``, ``those``, ``its``,
   ``their``, ``his``, ``her``): ``the group``, ``group``, ``the paper``,
   ``the ministry`` …; or a determiner is followed by a generic noun and then
   anything (``the article by Thomas Rowley``), or
3. it shares at least one word with the entity's name, one of its aliases or
   its description (``Mr. Putin`` ~ ``Vladimir Putin``, ``the Times`` ~
   ``The New York Times``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

__all__ = ["FUNCTION_WORDS", "GENERIC_NOUNS", "PRONOUNS", "names_entity"]

# Letters, marks and digits: a word in any script; apostrophes split "Putin's".
_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}]+")

#: Words that never identify anyone on their own.
FUNCTION_WORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "from",
        "s",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
    ]
)
#: Mentions that are a pronoun alone.
PRONOUNS: Final = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "him",
        "her",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "who",
        "whom",
        "one",
        "his",
        "hers",
        "its",
        "their",
        "theirs",
        "our",
    ]
)
_DETERMINERS: Final = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]
)
#: Nouns a definite description may use instead of a name.
GENERIC_NOUNS: Final = frozenset(
    [
        "group",
        "groups",
        "paper",
        "newspaper",
        "daily",
        "outlet",
        "agency",
        "broadcaster",
        "network",
        "station",
        "channel",
        "magazine",
        "podcast",
        "website",
        "site",
        "report",
        "article",
        "piece",
        "story",
        "statement",
        "editorial",
        "column",
        "letter",
        "interview",
        "ministry",
        "government",
        "administration",
        "president",
        "minister",
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "organisation",
        "organization",
        "company",
        "army",
        "military",
        "commander",
        "source",
        "sources",
        "authorities",
        "party",
        "committee",
        "council",
        "office",
        "department",
        "court",
        "police",
        "man",
        "woman",
        "people",
    ]
)


def words(text: str) -> list[str]:
    """The case-folded words of ``text``."""
    return [w.casefold() for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    """The case-folded words of ``text`` without function words."""
    return {w for w in words(text) if w not in FUNCTION_WORDS}


def names_entity(mention: str, names: Iterable[str], description: str | None = None) -> bool:
    """True when ``mention`` may refer to an entity with these names and description."""
    found = words(mention)
    if not found:
        return False
    if len(found) == 1 and found[0] in PRONOUNS:
        return True
    if len(found) > 1 and found[0] in _DETERMINERS and found[1] in GENERIC_NOUNS:
        return True  # a description headed by a generic noun: "the article by …"
    rest = [w for w in (found[1:] if found[0] in _DETERMINERS else found) if w not in FUNCTION_WORDS]
    if rest and all(w in GENERIC_NOUNS for w in rest):
        return True
    mine = {w for w in found if w not in FUNCTION_WORDS}
    known: set[str] = set()
    for name in (*names, description or ""):
        known |= content_words(name)
    return bool(mine & known)
