"""schema.org JSON-LD: the article, its quotations and its claims as linked data.

One ``@graph`` holds the article (``NewsArticle``), every entity of the record
(``Person``, ``NewsMediaOrganization`` for outlets, ``Organization`` for
organisations and groups, ``Thing`` when the kind is unknown), one
``Quotation`` per quotation and one ``Claim`` per claim, linked by ``@id``:

- ``Quotation``: ``text`` (the segments joined by spaces), ``creator`` the
  speaker (and ``spokenByCharacter`` when the speaker is a person, the
  property's expected type), ``isPartOf`` the article (and the enclosing
  quotation when nested), ``isBasedOn`` the report of the outlet the article
  took it from (the last relay hop before the article's own outlet).
- ``Claim``: ``text``, ``author`` the speaker, ``appearance`` the article and
  ``firstAppearance`` the earliest report in its relay chain.

Those earlier reports are blank nodes (``NewsArticle`` published by an
outlet, else ``CreativeWork`` by its author) carrying ``datePublished`` when
the text dates them with a year.  Ids are IRIs under ``base_iri``, the
article URL plus ``#``, or ``urn:provenance:``.
"""

from __future__ import annotations

from typing import Any, Final

import regex

from provenance.export._common import article_source, item_prefix, relayed_hops
from provenance.model import Entity, EntityKind, Hop, Record

__all__ = ["SCHEMA_CONTEXT", "to_schemaorg"]

#: The JSON-LD context of the output.
SCHEMA_CONTEXT: Final = "https://schema.org"

_TYPES: Final = {
    EntityKind.PERSON: "Person",
    EntityKind.OUTLET: "NewsMediaOrganization",
    EntityKind.ORGANISATION: "Organization",
    EntityKind.GROUP: "Organization",
    EntityKind.DOCUMENT: "CreativeWork",
    EntityKind.UNKNOWN: "Thing",
}

# schema.org Date values are ISO 8601 dates; a hop dated "--09-16" (year not
# stated) has no such form, so only dates that start with a year are kept.
_DATED: Final = regex.compile(r"\A\d{4}(?:-\d{2}){0,2}\Z")

# An external id used as sameAs must be an absolute IRI; others are identifiers.
_IRI: Final = regex.compile(r"\A[A-Za-z][A-Za-z0-9+.\-]*:\S+\Z")


def to_schemaorg(record: Record, *, base_iri: str | None = None) -> dict[str, Any]:
    """The record as schema.org JSON-LD (``@context`` and one ``@graph``)."""
    prefix = item_prefix(record, base_iri)
    article_id = article_source(record)
    graph: list[dict[str, Any]] = [_article(record, article_id, prefix)]
    graph.extend(_entity(entity, prefix) for entity in record.entities)
    for quotation in record.quotations:
        node: dict[str, Any] = {
            "@type": "Quotation",
            "@id": prefix + quotation.id,
            "text": quotation.text,
            "isPartOf": [{"@id": article_id}],
        }
        if quotation.parent is not None:
            node["isPartOf"].append({"@id": prefix + quotation.parent})
        speaker = record.speaker(quotation)
        if speaker is not None:
            node["creator"] = {"@id": prefix + speaker.id}
            if speaker.kind is EntityKind.PERSON:
                node["spokenByCharacter"] = {"@id": prefix + speaker.id}
        hops = relayed_hops(record, quotation)
        if hops:
            node["isBasedOn"] = _report(*hops[-1], prefix)
        graph.append(node)
    for claim in record.claims:
        node = {
            "@type": "Claim",
            "@id": prefix + claim.id,
            "text": claim.content.exact,
            "appearance": {"@id": article_id},
        }
        speaker = record.speaker(claim)
        if speaker is not None:
            node["author"] = {"@id": prefix + speaker.id}
        hops = relayed_hops(record, claim)
        if hops:
            node["firstAppearance"] = _report(*hops[0], prefix)
        graph.append(node)
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


def _article(record: Record, article_id: str, prefix: str) -> dict[str, Any]:
    article = record.article
    node: dict[str, Any] = {"@type": "NewsArticle", "@id": article_id}
    if article.title is not None:
        node["headline"] = article.title
    if article.authors:
        node["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.published is not None:
        node["datePublished"] = article.published.isoformat()
    if article.outlet is not None:
        node["publisher"] = {"@type": "NewsMediaOrganization", "name": article.outlet}
    if article.url is not None:
        node["url"] = article.url
    if article.language is not None:
        node["inLanguage"] = article.language
    if article.section is not None:
        node["articleSection"] = article.section
    node["identifier"] = article.id
    return node


def _entity(entity: Entity, prefix: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": _TYPES[entity.kind], "@id": prefix + entity.id, "name": entity.name}
    if entity.aliases:
        node["alternateName"] = list(entity.aliases)
    if entity.description is not None:
        node["description"] = entity.description
    if entity.external_id is not None:
        node["sameAs" if _IRI.match(entity.external_id) else "identifier"] = entity.external_id
    return node


def _report(hop: Hop, entity: Entity, prefix: str) -> dict[str, Any]:
    """A blank node for the earlier report a hop stands for."""
    if entity.kind is EntityKind.OUTLET:
        node: dict[str, Any] = {"@type": "NewsArticle", "publisher": {"@id": prefix + entity.id}}
    else:
        node = {"@type": "CreativeWork", "author": {"@id": prefix + entity.id}}
    if hop.date is not None and _DATED.match(hop.date):
        node["datePublished"] = hop.date
    return node
