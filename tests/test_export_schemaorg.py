"""Tests for provenance.export.schemaorg: the article, quotations and claims as schema.org JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given

from provenance.errors import FormatError
from provenance.export.schemaorg import to_schemaorg
from provenance.extract import extract
from provenance.model import Record
from provenance.testing import records
from tests.export_records import DESCRIBING, record_000, record_002, seed_records

SEEDS = seed_records()

# Properties schema.org defines for each type we emit (its own and its supertypes'), taken
# from the schema.org type pages: Thing < CreativeWork < Article < NewsArticle; Thing <
# Person; Thing < Organization < NewsMediaOrganization; CreativeWork < Quotation, Claim.
_THING = {"name", "alternateName", "description", "sameAs", "identifier", "url"}
_CREATIVE_WORK = _THING | {
    "author", "creator", "datePublished", "publisher", "headline", "inLanguage", "isPartOf",
    "isBasedOn", "text",
}
ALLOWED = {
    "Thing": _THING,
    "Person": _THING,
    "Organization": _THING,
    "NewsMediaOrganization": _THING,
    "CreativeWork": _CREATIVE_WORK,
    "NewsArticle": _CREATIVE_WORK | {"articleSection"},
    "Quotation": _CREATIVE_WORK | {"spokenByCharacter"},
    "Claim": _CREATIVE_WORK | {"appearance", "firstAppearance"},
}
KEYWORDS = {"@type", "@id"}


def nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object below ``value`` that is a node (not a bare ``{"@id": …}`` reference)."""
    if isinstance(value, dict):
        if set(value) != {"@id"}:
            yield value
        for item in value.values():
            yield from nodes(item)
    elif isinstance(value, list):
        for item in value:
            yield from nodes(item)


def references(value: Any) -> Iterator[str]:
    """Every ``{"@id": …}`` reference below ``value``."""
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            yield value["@id"]
        for item in value.values():
            yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def check_structure(document: dict[str, Any]) -> None:
    """Every node is typed, uses only known properties, and every reference resolves."""
    assert document["@context"] == "https://schema.org"
    graph = document["@graph"]
    for node in nodes(graph):
        assert "@type" in node, node
        assert node["@type"] in ALLOWED, node["@type"]
        unknown = set(node) - KEYWORDS - ALLOWED[node["@type"]]
        assert not unknown, f"{node['@type']} has unknown properties {unknown}"
    ids = {node["@id"] for node in graph}
    assert len(ids) == len(graph)
    assert set(references(graph)) <= ids
    json.dumps(document)  # plain JSON data throughout


def graph_by_type(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The top-level nodes of one type."""
    return [n for n in document["@graph"] if n["@type"] == kind]


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_seed_records_are_well_formed(name: str, record: Record) -> None:
    """Seed records give typed nodes with known properties and resolvable references."""
    check_structure(to_schemaorg(record))


@given(records(max_size=200))
def test_generated_records_are_well_formed(record: Record) -> None:
    """Property: any valid record gives a well-formed graph with every item in it."""
    document = to_schemaorg(record)
    check_structure(document)
    assert len(graph_by_type(document, "Quotation")) == len(record.quotations)
    assert len(graph_by_type(document, "Claim")) == len(record.claims)


def test_structure_check_can_fail() -> None:
    """The allow-list catches an invented property and an untyped node."""
    document = to_schemaorg(record_002())
    document["@graph"][0]["quotedBy"] = "x"
    with pytest.raises(AssertionError, match="unknown properties"):
        check_structure(document)
    document = to_schemaorg(record_002())
    del document["@graph"][1]["@type"]
    with pytest.raises(AssertionError):
        check_structure(document)


def test_article_is_a_news_article() -> None:
    """002's article: headline, authors, publisher, section; no invented date."""
    record = record_002()
    (article,) = graph_by_type(to_schemaorg(record), "NewsArticle")
    assert article["@id"] == f"urn:provenance:{record.article.id}"
    assert article["headline"] == record.article.title
    assert article["author"] == [
        {"@type": "Person", "name": "Geoff Mirelowitz"},
        {"@type": "Person", "name": "Argiris Malapanis"},
    ]
    assert article["publisher"] == {"@type": "NewsMediaOrganization", "name": "World-Outlook"}
    assert article["articleSection"] == "NEWS ANALYSIS"
    assert "datePublished" not in article
    (dated,) = graph_by_type(to_schemaorg(record_000()), "NewsArticle")
    assert dated["datePublished"] == "2022-10-24"


def test_article_url_is_its_id() -> None:
    """With a URL, the article's @id and url are the URL and quotations point at it."""
    record = record_002()
    url = "https://example.org/signs"
    record = attrs.evolve(record, article=attrs.evolve(record.article, url=url))
    document = to_schemaorg(record)
    (article,) = graph_by_type(document, "NewsArticle")
    assert article["@id"] == article["url"] == url
    assert all({"@id": url} in q["isPartOf"] for q in graph_by_type(document, "Quotation"))
    check_structure(document)


def _quotation(document: dict[str, Any], record: Record, words: str) -> dict[str, Any]:
    quote = next(q for q in record.quotations if q.segments[0].content.exact == words)
    return next(n for n in graph_by_type(document, "Quotation") if n["@id"].endswith(quote.id))


def _entity_ref(record: Record, name: str) -> dict[str, str]:
    return {"@id": "urn:provenance:" + next(e.id for e in record.entities if e.name == name)}


def test_relayed_putin_quote_is_based_on_the_times_report() -> None:
    """The nested Putin quote: spoken by Putin, part of the article and the NYT's words, based on a NYT report."""
    record = record_002()
    document = to_schemaorg(record)
    node = _quotation(document, record, "By the way, they created a precedent.")
    putin = _entity_ref(record, "Vladimir Putin")
    assert node["creator"] == node["spokenByCharacter"] == putin
    assert node["text"] == "By the way, they created a precedent."
    outer = _quotation(document, record, DESCRIBING)
    assert node["isPartOf"] == [{"@id": f"urn:provenance:{record.article.id}"}, {"@id": outer["@id"]}]
    assert node["isBasedOn"] == {"@type": "NewsArticle", "publisher": _entity_ref(record, "New York Times")}


def test_outlet_speaker_is_creator_only() -> None:
    """The NYT's own words: creator is the NYT; spokenByCharacter (a Person property) is left out."""
    record = record_002()
    node = _quotation(to_schemaorg(record), record, DESCRIBING)
    assert node["creator"] == _entity_ref(record, "New York Times")
    assert "spokenByCharacter" not in node
    assert "isBasedOn" not in node  # no report before the article's own outlet
    assert node["text"].startswith(DESCRIBING + " Mr. Putin noted")


def test_claim_has_author_appearance_and_first_appearance() -> None:
    """002's annexation claim: Putin's, appearing here, first in a (year-less) NYT report."""
    record = record_002()
    (claim,) = graph_by_type(to_schemaorg(record), "Claim")
    assert claim["text"] == "Russia would annex Donetsk, Luhansk, Zaporizhzhia and Kherson"
    assert claim["author"] == _entity_ref(record, "Vladimir Putin")
    assert claim["appearance"] == {"@id": f"urn:provenance:{record.article.id}"}
    # "--09-30" has no schema.org Date form, so no datePublished is given.
    assert claim["firstAppearance"] == {"@type": "NewsArticle", "publisher": _entity_ref(record, "New York Times")}


def test_claim_without_relay_has_no_first_appearance() -> None:
    """000's claim was said, not relayed: no firstAppearance."""
    (claim,) = graph_by_type(to_schemaorg(record_000()), "Claim")
    assert "firstAppearance" not in claim


def test_entities_carry_names_aliases_and_same_as() -> None:
    """Putin is a Person with aliases and his external IRI as sameAs; outlets are news organisations."""
    record = record_002()
    document = to_schemaorg(record)
    (putin,) = [n for n in graph_by_type(document, "Person") if n["name"] == "Vladimir Putin"]
    assert putin["alternateName"] == ["Putin", "Mr. Putin"]
    assert putin["sameAs"] == "https://www.wikidata.org/wiki/Q7747"
    assert {n["name"] for n in graph_by_type(document, "NewsMediaOrganization")} == {"New York Times", "World-Outlook"}


def test_bad_base_iri_is_refused() -> None:
    """A base that is not an absolute IRI is a FormatError."""
    with pytest.raises(FormatError, match="absolute IRI"):
        to_schemaorg(record_000(), base_iri="no scheme here")


def test_document_source_is_a_creative_work() -> None:
    """A report cited as the source of a claim is exported as a CreativeWork that authored it."""
    record = extract("A report released Monday said the plant on the river would close next year.")
    (claim,) = graph_by_type(to_schemaorg(record), "Claim")
    (report,) = graph_by_type(to_schemaorg(record), "CreativeWork")
    assert report["name"] == "report"
    assert claim["author"] == {"@id": report["@id"]}
