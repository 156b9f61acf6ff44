"""CSL-JSON: the article as a citation item for citation managers and citeproc.

The item is strict CSL-JSON (``article-newspaper``): only keys the CSL data
schema defines, dates as ``date-parts``, authors split into ``family`` and
``given`` (with particles and suffixes in their own keys) or kept whole as
``literal`` when they do not look like a personal name.  The text's digest and
length, which CSL has no key for, go in ``custom``.  A CSL-JSON file is an
array of items: wrap the item in a list to write one.

>>> from provenance.model import Article, Record
>>> import datetime
>>> record = Record.create(Article.create(
...     "Text.", title="A title", authors=("Roy Landersen",), outlet="World-Outlook",
...     published=datetime.date(2022, 10, 24)))
>>> item = to_csl(record)
>>> item["type"], item["author"], item["issued"]
('article-newspaper', [{'family': 'Landersen', 'given': 'Roy'}], {'date-parts': [[2022, 10, 24]]})
"""

from __future__ import annotations

import datetime
from typing import Any, Final

import regex

from provenance.model import Record

__all__ = ["split_name", "to_csl"]

# Words that mark an author as an organisation or a desk rather than a person.
_CORPORATE: Final = regex.compile(
    r"""
    \b(?:
        press | staff | agency | agencies | news | desk | editorial | board | editors?
      | service | team | reporters? | correspondents? | bureau | wire | reuters
    )\b
    | [&@\d]            # "Smith & Jones", handles, digits: not a single person's name
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Lower-case particles that stay with the family name ("van Gogh", "de la Cruz").
_PARTICLES: Final = frozenset(
    {"al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le",
     "st.", "ten", "ter", "van", "von", "zu"}
)
# Generational suffixes written after the family name.
_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})


def split_name(name: str) -> dict[str, str]:
    """A CSL name object for ``name``.

    >>> split_name("Geoff Mirelowitz")
    {'family': 'Mirelowitz', 'given': 'Geoff'}
    >>> split_name("Ludwig van Beethoven")
    {'family': 'Beethoven', 'given': 'Ludwig', 'non-dropping-particle': 'van'}
    >>> split_name("Martin Luther King, Jr.")
    {'family': 'King', 'given': 'Martin Luther', 'suffix': 'Jr.'}
    >>> split_name("Associated Press")
    {'literal': 'Associated Press'}
    """
    words = name.replace(",", " ").split()
    if len(words) < 2 or _CORPORATE.search(name):
        return {"literal": " ".join(name.split())}
    suffix = None
    if words[-1].casefold() in _SUFFIXES and len(words) > 2:
        suffix = words.pop()
    family = words.pop()
    particles: list[str] = []
    while len(words) > 1 and words[-1].casefold() in _PARTICLES:
        particles.insert(0, words.pop())
    result = {"family": family, "given": " ".join(words)}
    if particles:
        result["non-dropping-particle"] = " ".join(particles)
    if suffix is not None:
        result["suffix"] = suffix
    return result


def to_csl(record: Record, *, accessed: datetime.date | None = None) -> dict[str, Any]:
    """The record's article as one CSL-JSON item (``article-newspaper``).

    ``accessed`` is the date the text was retrieved, when the caller knows it.
    """
    article = record.article
    item: dict[str, Any] = {"id": article.id, "type": "article-newspaper"}
    if article.title is not None:
        item["title"] = article.title
    if article.outlet is not None:
        item["container-title"] = article.outlet
    if article.authors:
        item["author"] = [split_name(name) for name in article.authors]
    if article.published is not None:
        item["issued"] = _date_parts(article.published)
    if accessed is not None:
        item["accessed"] = _date_parts(accessed)
    if article.url is not None:
        item["URL"] = article.url
    if article.language is not None:
        item["language"] = article.language
    if article.section is not None:
        item["section"] = article.section
    item["custom"] = {"sha256": article.text.sha256, "length": article.text.length}
    return item


def _date_parts(date: datetime.date) -> dict[str, Any]:
    return {"date-parts": [[date.year, date.month, date.day]]}
