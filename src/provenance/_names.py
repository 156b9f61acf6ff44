"""Comparing entities by name, so that records made apart can agree on who is who.

Ids are content-derived (from kind and name), so two records that name the
same person differently (``Vladimir Putin`` in one, ``Putin`` with an alias
in the other) give different ids.  Evaluation and the brat importer instead
compare *normalised names*: casefolded, whitespace collapsed, typographic
apostrophes made plain, and a leading ``the`` and honorifics (``Mr.``,
``Ms.``, ``Dr.`` …) removed.

>>> normalise_name("  Mr.   PUTIN ")
'putin'
>>> normalise_name("The New York Times") == normalise_name("the New York  Times")
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from provenance.model import Entity

__all__ = ["COURTESY_TITLES", "names_match", "normalise_name", "same_entity"]

# Courtesy titles that names are compared without ("Mr. Putin" = "Putin"), casefolded.
COURTESY_TITLES: Final = ("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "rev")
# One leading honorific or article, matched against casefolded text whose
# whitespace is already collapsed to single spaces.  No nested quantifiers:
# each alternative is a fixed word, so matching is linear.
_LEADING_WORD: Final = regex.compile(
    r"""
    \A
    (?:
        the                                   # article: "the Kremlin" = "Kremlin"
      | (?:"""
    + "|".join(COURTESY_TITLES)
    + r""") \.?   # honorific, full stop optional
    )
    \x20                                      # followed by the single collapsed space
    """,
    regex.VERBOSE,
)

# Apostrophes and their look-alikes, folded to a plain apostrophe so that
# "Ukraine’s" and "Ukraine's" compare equal.
_APOSTROPHES: Final = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})


def normalise_name(name: str) -> str:
    """The comparable form of a name: casefolded, spaces collapsed, titles and ``the`` removed.

    >>> normalise_name("Dr. Jane  Doe"), normalise_name("the group")
    ('jane doe', 'group')
    """
    text = " ".join(name.translate(_APOSTROPHES).casefold().split())
    # Strip repeatedly: "the Rev. X" loses both words.  Each pass shortens
    # the string, so the loop ends.
    while True:
        match = _LEADING_WORD.match(text)
        if match is None:
            return text
        text = text[match.end() :]


def _normalised(names: Iterable[str]) -> set[str]:
    return {n for n in map(normalise_name, names) if n}


def names_match(first: Iterable[str], second: Iterable[str]) -> bool:
    """True when some normalised name of ``first`` equals some normalised name of ``second``."""
    return not _normalised(first).isdisjoint(_normalised(second))


def same_entity(first: Entity, second: Entity) -> bool:
    """True when the two entities share a normalised name or alias (ids are not compared).

    >>> from provenance.model import Entity
    >>> same_entity(Entity.create("Vladimir Putin", aliases=("Mr. Putin",)), Entity.create("Putin"))
    True
    """
    return names_match(first.names(), second.names())
