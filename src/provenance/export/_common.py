"""Machinery shared by the exporters: IRIs for the record's ids, outlets, dates.

Every object in a record has a content-derived id (``art-…``, ``q-…``,
``c-…``, ``ent-…``).  The exporters turn them into IRIs under one prefix:
``urn:provenance:`` by default, or a caller's ``base_iri``.
"""

from __future__ import annotations

from typing import Final

import regex

from provenance.errors import FormatError
from provenance.model import Claim, Entity, Hop, Quotation, Record

__all__ = [
    "URN_PREFIX",
    "article_source",
    "check_iri",
    "is_own_outlet",
    "item_prefix",
    "relayed_hops",
]

#: The IRI prefix of the library's ids when no other base is given.
URN_PREFIX: Final = "urn:provenance:"

# An absolute IRI starts with a scheme (RFC 3987 / RFC 3986 section 3.1) and
# contains no whitespace or characters IRIs forbid.
_ABSOLUTE_IRI: Final = regex.compile(
    r"""
    \A
    [A-Za-z][A-Za-z0-9+.\-]*:   # scheme
    [^\s<>"{}|\\^`]*            # the rest: no whitespace, no characters IRIs exclude
    \Z
    """,
    regex.VERBOSE,
)


def check_iri(value: str, what: str) -> str:
    """Return ``value`` if it is an absolute IRI, else raise :class:`FormatError`."""
    if not isinstance(value, str) or not _ABSOLUTE_IRI.match(value):
        raise FormatError(
            f"{what} must be an absolute IRI such as https://example.org/a or urn:x:y "
            f"(got {value!r})"
        )
    return value


def item_prefix(record: Record, base_iri: str | None) -> str:
    """The prefix for the record's item IRIs.

    ``base_iri`` when given; else the article URL (without its fragment)
    followed by ``#``, so that ids read as places in the article; else
    :data:`URN_PREFIX`.
    """
    if base_iri is not None:
        return check_iri(base_iri, "base_iri")
    url = record.article.url
    if url is not None:
        check_iri(url, "the article's url")
        return url.split("#", 1)[0] + "#"
    return URN_PREFIX


def article_source(record: Record) -> str:
    """The IRI of the article itself: its URL when known, else its content id as a URN."""
    url = record.article.url
    if url is not None:
        return check_iri(url, "the article's url")
    return URN_PREFIX + record.article.id


def is_own_outlet(record: Record, entity: Entity) -> bool:
    """True when ``entity`` is the outlet that published the record's article.

    Compared by name and aliases, ignoring case and a leading "the"; an article
    with no known outlet has no own outlet.
    """
    outlet = record.article.outlet
    if outlet is None:
        return False
    wanted = _plain_name(outlet)
    return any(_plain_name(name) == wanted for name in entity.names())


def relayed_hops(record: Record, item: Quotation | Claim) -> tuple[tuple[Hop, Entity], ...]:
    """The hops of ``item``'s chain before the article's own outlet, with their entities.

    These are the earlier reports the article relies on (the New York Times
    report a World-Outlook article quotes), closest to the speaker first.
    """
    if item.attribution is None:
        return ()
    hops = [(hop, record.entity(hop.entity)) for hop in item.attribution.chain]
    if hops and is_own_outlet(record, hops[-1][1]):
        hops.pop()
    return tuple(hops)


def _plain_name(name: str) -> str:
    name = " ".join(name.casefold().split())
    return name[4:] if name.startswith("the ") else name
