"""Tests for provenance.export.prov: W3C PROV documents of who said what through whom."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given
from prov.identifier import QualifiedName
from prov.model import PROV, ProvDocument

from provenance.errors import ProvenanceError
from provenance.export.prov import to_prov, to_prov_json, to_prov_n
from provenance.extract import extract
from provenance.model import Quotation, Record
from provenance.testing import records
from tests.export_records import record_000, record_002, seed_records

SEEDS = seed_records()
PV = "urn:provenance:"


def relations(doc: ProvDocument) -> set[tuple[str, str, str]]:
    """Every relation as (kind, subject IRI, object IRI); derivations by their asserted type."""
    found = set()
    for record in doc.get_records():
        values = [v for _k, v in record.formal_attributes if v is not None]
        if record.is_relation() and len(values) >= 2:
            kind = str(record.get_type())
            types = [str(t) for t in record.get_asserted_types()]
            if kind == "prov:Derivation" and types:
                kind = types[0]
            found.add((kind, values[0].uri, values[1].uri))
    return found


def by_words(record: Record, words: str) -> Quotation:
    """The quotation whose first segment is ``words``."""
    return next(q for q in record.quotations if q.segments[0].content.exact == words)


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_prov_json_reads_back_equal(name: str, record: Record) -> None:
    """The prov package reads the PROV-JSON we write back into an equal document."""
    doc = to_prov(record)
    text = to_prov_json(record)
    assert ProvDocument.deserialize(content=text, format="json") == doc
    assert json.loads(text)["prefix"]["pv"] == PV


@given(records(max_size=200))
def test_prov_json_round_trip_property(record: Record) -> None:
    """Property: any valid record's PROV-JSON reads back equal."""
    doc = to_prov(record)
    assert ProvDocument.deserialize(content=to_prov_json(record, indent=None), format="json") == doc


def test_putin_relay_through_the_new_york_times() -> None:
    """002 "By the way…": Putin's utterance, quoted by the NYT, quoted from the NYT by World-Outlook."""
    record = record_002()
    quote = by_words(record, "By the way, they created a precedent.")
    putin, nyt, outlook = _ids(record, "Vladimir Putin", "New York Times", "World-Outlook")
    utterance, hop, here = PV + quote.id + "_utterance", PV + quote.id + "_hop1", PV + quote.id
    found = relations(to_prov(record))
    expected = {
        ("prov:Attribution", utterance, PV + putin),
        ("prov:Quotation", hop, utterance),
        ("prov:PrimarySource", hop, utterance),
        ("prov:Attribution", hop, PV + nyt),
        ("prov:Quotation", here, hop),
        ("prov:PrimarySource", here, utterance),
        ("prov:Attribution", here, PV + outlook),
        ("prov:Membership", PV + record.article.id, here),
        ("prov:Attribution", PV + record.article.id, PV + outlook),
    }
    assert expected <= found
    # World-Outlook quotes the Times, not Putin directly.
    assert ("prov:Quotation", here, utterance) not in found


def _ids(record: Record, *names: str) -> list[str]:
    return [next(e.id for e in record.entities if e.name == name) for name in names]


def test_outlet_quoted_verbatim_is_the_speaker() -> None:
    """The NYT's own words (the outer split quote) are attributed to the NYT and quoted once."""
    record = record_002()
    outer = by_words(record, "Describing the West as ‘deceitful and hypocritical through and through,’")
    (nyt,) = _ids(record, "New York Times")
    found = relations(to_prov(record))
    utterance, here = PV + outer.id + "_utterance", PV + outer.id
    assert ("prov:Attribution", utterance, PV + nyt) in found
    assert ("prov:Quotation", here, utterance) in found


def test_claims_are_derivations_not_quotations() -> None:
    """The 002 annexation claim is derived (not quoted) along its chain."""
    record = record_002()
    claim = record.claims[0]
    found = relations(to_prov(record))
    hop, here = PV + claim.id + "_hop1", PV + claim.id
    assert ("prov:Derivation", hop, PV + claim.id + "_utterance") in found
    assert ("prov:Derivation", here, hop) in found
    assert not any(kind == "prov:Quotation" and subject == here for kind, subject, _ in found)


def test_without_outlet_the_article_instance_follows_the_chain() -> None:
    """000 names no outlet: the quote instance is the article's and quoted from the utterance."""
    record = record_000()
    quote = record.quotations[0]
    found = relations(to_prov(record))
    assert ("prov:Quotation", PV + quote.id, PV + quote.id + "_utterance") in found
    assert ("prov:Membership", PV + record.article.id, PV + quote.id) in found
    assert not any(subject == PV + quote.id and kind == "prov:Attribution" for kind, subject, _ in found)


def test_scare_quote_has_no_utterance() -> None:
    """A scare quote is in the article but no one said it first."""
    record = record_002()
    scare = by_words(record, "democracy.")
    doc = to_prov(record)
    ids = {r.identifier.uri for r in doc.get_records() if r.identifier is not None}
    assert PV + scare.id in ids and PV + scare.id + "_utterance" not in ids


def test_typed_values_are_qualified_names() -> None:
    """prov:type values are QNames (prov:Person, prov:Organization), not strings."""
    record = record_002()
    doc = to_prov(record)
    agents = {
        r.identifier.uri: r
        for r in doc.get_records()
        if r.identifier is not None and str(r.get_type()) == "prov:Agent"
    }
    (putin, nyt) = _ids(record, "Vladimir Putin", "New York Times")
    assert agents[PV + putin].get_asserted_types() == {PROV["Person"]}
    assert agents[PV + nyt].get_asserted_types() == {PROV["Organization"]}
    for agent in agents.values():
        assert all(isinstance(t, QualifiedName) for t in agent.get_asserted_types())


def test_hop_dates_are_kept() -> None:
    """The claim's NYT hop keeps its year-less date --09-30."""
    record = record_002()
    doc = to_prov(record)
    hop = next(r for r in doc.get_records() if r.identifier is not None and r.identifier.uri == PV + record.claims[0].id + "_hop1")
    assert [str(v) for k, v in hop.attributes if str(k) == "pvv:date"] == ["--09-30"]


def test_prov_n_names_the_relations() -> None:
    """PROV-N output declares the namespace and states each kind of relation."""
    text = to_prov_n(record_002())
    assert text.startswith("document")
    assert "prefix pv <urn:provenance:>" in text
    for statement in ("wasAttributedTo(", "hadMember(", "[prov:type='prov:Quotation']", "[prov:type='prov:PrimarySource']"):
        assert statement in text
    assert text.rstrip().endswith("endDocument")


def test_missing_prov_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the optional package the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "prov.model", None)
    with pytest.raises(ProvenanceError, match=r"pip install provenance\[prov\]"):
        to_prov(record_000())


def test_document_source_is_no_organization() -> None:
    """A report cited as a source is an agent of kind "document", with no prov:Organization type."""
    record = extract("A report released Monday said the plant on the river would close next year.")
    document = json.loads(to_prov_json(record))
    (agent,) = document["agent"].values()
    assert "prov:type" not in agent
    assert any(value == "document" for key, value in agent.items() if key.endswith("kind"))
