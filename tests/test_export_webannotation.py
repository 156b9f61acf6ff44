"""Tests for provenance.export.webannotation: W3C Web Annotation export and import."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.anchors import Anchor
from provenance.errors import AnchorError, FormatError
from provenance.export.webannotation import (
    ANNO_CONTEXT,
    MAX_CONTEXT,
    from_webannotation,
    position_selector,
    quote_selector,
    read_annotations,
    to_webannotation,
)
from provenance.model import Article, Quotation, Record, Segment
from provenance.testing import records
from provenance.text import TextSnapshot
from tests.export_records import DESCRIBING, record_000, record_002, seed_records

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "webannotation.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}
SEEDS = seed_records()


def expected_anchors(record: Record) -> list[Anchor]:
    """The anchors the export should carry: quotation segments, then claim contents."""
    return [s.content for q in record.quotations for s in q.segments] + [c.content for c in record.claims]


def items(collection: dict[str, Any]) -> list[dict[str, Any]]:
    """The annotations of an exported collection."""
    return list(collection.get("first", {}).get("items", []))


def selectors(target: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A target's selectors by type."""
    return {s["type"]: s for s in target["selector"]}


def matches(text: str, selector: dict[str, Any]) -> list[int]:
    """Every start where a TextQuoteSelector matches, counted independently of the exporter."""
    exact, prefix, suffix = selector["exact"], selector.get("prefix", ""), selector.get("suffix", "")
    return [
        i
        for i in range(len(text) - len(exact) + 1)
        if text.startswith(exact, i) and text.endswith(prefix, 0, i) and text.startswith(suffix, i + len(exact))
    ]


def record_002_by_id() -> dict[str, Any]:
    """002's annotations by the text of their first target."""
    return {
        selectors(a["target"][0])["TextQuoteSelector"]["exact"]: a
        for a in items(to_webannotation(record_002()))
    }


# -- shape -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_seed_exports_validate_against_the_schema(name: str, record: Record) -> None:
    """Every seed record's collection satisfies the specification's MUSTs."""
    VALIDATOR.validate(to_webannotation(record))
    for annotation in items(to_webannotation(record)):
        VALIDATOR.validate({"@context": ANNO_CONTEXT, **annotation})


@pytest.mark.parametrize(
    ("breakage", "where"),
    [
        (lambda a: a.pop("target"), "a missing target"),
        (lambda a: a.update(motivation="quoting"), "a motivation the specification lacks"),
        (lambda a: a.update(id="not an iri"), "an id that is not an IRI"),
        (lambda a: a["target"][0]["selector"][1].update(start=-1), "a negative start"),
        (lambda a: a["target"][0]["selector"][0].pop("exact"), "a quote selector without exact"),
        (lambda a: a["target"][0].pop("source"), "a specific resource without source"),
        (lambda a: a["body"][0].pop("value"), "a textual body without value"),
        (lambda a: a.update(type="Note"), "a type without Annotation"),
        (lambda a: a["target"][0].update(state={"type": "TimeState", "sourceDate": "2022-10-24"}), "a date that is no dateTime"),
        (lambda a: a.update({"@context": [ANNO_CONTEXT]}), "a single context given as a list"),
    ],
)
def test_schema_refuses_what_the_specification_forbids(breakage: Any, where: str) -> None:
    """The schema is not vacuous: each MUST it encodes rejects a document that breaks it."""
    annotation = {"@context": ANNO_CONTEXT, **copy.deepcopy(items(to_webannotation(record_000()))[0])}
    VALIDATOR.validate(annotation)
    breakage(annotation)
    assert not VALIDATOR.is_valid(annotation), where


def test_collection_counts_and_pages_every_item() -> None:
    """One annotation per quotation and claim, ids unique, total and page consistent."""
    record = record_002()
    collection = to_webannotation(record)
    annotations = items(collection)
    assert collection["@context"] == ANNO_CONTEXT
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == len(annotations) == len(record.quotations) + len(record.claims)
    assert len({a["id"] for a in annotations}) == len(annotations)
    assert collection["first"]["partOf"] == collection["id"]
    assert all("@context" not in a for a in annotations)


def test_empty_record_has_no_page() -> None:
    """A record with nothing to annotate is a valid, empty collection."""
    collection = to_webannotation(Record.create(Article.create("Nothing quoted.")))
    assert collection["total"] == 0 and "first" not in collection
    VALIDATOR.validate(collection)
    assert from_webannotation(collection, "Nothing quoted.") == []


def test_motivations_are_standard_values() -> None:
    """Quotations are identifying, claims describing; body purposes are standard too."""
    for name, record in SEEDS:
        for annotation in items(to_webannotation(record)):
            is_claim = annotation["id"].rsplit(":", 1)[-1].startswith("c-")
            assert annotation["motivation"] == ("describing" if is_claim else "identifying"), name
            assert {b["purpose"] for b in annotation["body"]} <= MOTIVATIONS


# -- targets and selectors -----------------------------------------------------


def test_split_quotation_has_one_target_per_segment() -> None:
    """The 002 "Describing the West" quote has two targets, one per segment, in text order."""
    record = record_002()
    outer = next(q for q in record.quotations if q.segments[0].content.exact == DESCRIBING)
    annotation = record_002_by_id()[DESCRIBING]
    targets = annotation["target"]
    assert len(targets) == len(outer.segments) == 2
    for target, segment in zip(targets, outer.segments, strict=True):
        position = selectors(target)["TextPositionSelector"]
        assert (position["start"], position["end"]) == (segment.content.start, segment.content.end)
        assert record.text[position["start"] : position["end"]] == segment.content.exact


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_both_selectors_select_the_same_single_place(name: str, record: Record) -> None:
    """The quote selector matches exactly once, where the position selector points."""
    for annotation in items(to_webannotation(record)):
        for target in annotation["target"]:
            quote, position = selectors(target)["TextQuoteSelector"], selectors(target)["TextPositionSelector"]
            assert record.text[position["start"] : position["end"]] == quote["exact"]
            assert matches(record.text, quote) == [position["start"]]


def test_repeated_caption_quote_is_disambiguated_by_its_context() -> None:
    """000 repeats a caption word for word; each copy's selector matches only itself."""
    record = record_000()
    text = record.text
    first, second = (q.segments[0].content for q in record.quotations)
    assert first.exact == second.exact and first.prefix == second.prefix  # 32 points do not tell them apart
    for anchor in (first, second):
        assert matches(text, quote_selector(record.article.text, anchor)) == [anchor.start]


def test_context_grows_until_unique_in_a_periodic_text() -> None:
    """In a text repeating one phrase, context grows to the text's edge when needed."""
    snap = TextSnapshot.of("he said no. " * 50)
    anchor = Anchor.at(snap, 300, 302)
    selector = quote_selector(snap, anchor)
    assert matches(snap.text, selector) == [300]
    assert len(selector["prefix"]) > 32 or len(selector["suffix"]) > 32


def test_context_never_splits_a_grapheme_cluster() -> None:
    """Prefix and suffix stop at cluster boundaries (a base and its combining marks)."""
    text = "e\u0301" * 40 + "X" + "a\u0308" * 40
    snap = TextSnapshot.of(text)
    anchor = Anchor.at(snap, 80, 81)
    selector = quote_selector(snap, anchor)
    assert len(selector["prefix"]) % 2 == 0 and len(selector["suffix"]) % 2 == 0
    assert snap.is_boundary(80 - len(selector["prefix"]))
    assert snap.is_boundary(81 + len(selector["suffix"]))


def test_selector_context_is_capped_in_a_huge_periodic_text() -> None:
    """In 400,000 repeats of one letter the context stops at MAX_CONTEXT; positions still tell."""
    snap = TextSnapshot.of("a" * 400_000)
    anchor = Anchor.at(snap, 200_000, 200_010)
    quote = quote_selector(snap, anchor)
    assert len(quote["prefix"]) == len(quote["suffix"]) == MAX_CONTEXT
    target: dict[str, Any] = {"source": "urn:x:t", "selector": [quote, position_selector(anchor)]}
    annotation = {"id": "urn:x:1", "type": "Annotation", "target": target}
    assert from_webannotation(annotation, snap) == [anchor]
    target["selector"] = quote
    with pytest.raises(AnchorError, match="more than one place"):
        from_webannotation(annotation, snap)


def test_context_cap_is_a_parameter() -> None:
    """A smaller cap bounds the context; a quote unique within it is still unique."""
    snap = TextSnapshot.of("x " * 100 + "target" + " y" * 100)
    selector = quote_selector(snap, Anchor.find(snap, "target"), max_context=8)
    assert len(selector["prefix"]) == len(selector["suffix"]) == 8


@given(st.integers(1, 8), st.integers(2, 30), st.data())
def test_selectors_are_unique_in_repetitive_texts(period: int, copies: int, data: st.DataObject) -> None:
    """Property: in any periodic text, the exported quote selector matches exactly its anchor."""
    unit = data.draw(st.text(alphabet="ab “”", min_size=period, max_size=period))
    snap = TextSnapshot.of(unit * copies)
    start = data.draw(st.integers(0, snap.length))
    end = data.draw(st.integers(start, snap.length))
    anchor = Anchor.at(snap, start, end)
    selector = quote_selector(snap, anchor)
    assert matches(snap.text, selector) == [start]


# -- bodies and states ---------------------------------------------------------


def test_body_names_speaker_and_relay_chain() -> None:
    """The nested Putin quote's bodies name Putin and the chain New York Times → World-Outlook."""
    annotation = record_002_by_id()["By the way, they created a precedent."]
    description, facts_body = annotation["body"]
    assert description["type"] == "TextualBody" and description["format"] == "text/plain"
    assert "Vladimir Putin" in description["value"]
    assert "New York Times → World-Outlook" in description["value"]
    facts = json.loads(facts_body["value"])
    assert facts_body["format"] == "application/json"
    assert facts["speaker"]["name"] == "Vladimir Putin"
    assert [hop["name"] for hop in facts["chain"]] == ["New York Times", "World-Outlook"]
    assert facts["cue"] == "added" and facts["kind"] == "direct"
    parent = record_002_by_id()[DESCRIBING]
    assert facts["parent"] == parent["id"]


def test_scare_quote_names_no_speaker() -> None:
    """A scare quote's body says no one is quoted and invents no speaker."""
    annotation = record_002_by_id()["democracy."]
    assert annotation["body"][0]["value"] == "Scare quotes: no one is quoted."
    assert json.loads(annotation["body"][1]["value"])["speaker"] is None


def test_time_state_pins_the_publication_date() -> None:
    """000 (published 2022-10-24) has a TimeState; 002 (date unknown) has none."""
    for annotation in items(to_webannotation(record_000())):
        for target in annotation["target"]:
            assert target["state"] == {"type": "TimeState", "sourceDate": "2022-10-24T00:00:00Z"}
    for annotation in items(to_webannotation(record_002())):
        assert all("state" not in t for t in annotation["target"])


# -- ids -------------------------------------------------------------------------


def test_ids_are_urns_without_url() -> None:
    """Without a URL, ids and the source are urn:provenance: IRIs of the content ids."""
    record = record_002()
    collection = to_webannotation(record)
    for annotation in items(collection):
        assert annotation["id"].startswith("urn:provenance:")
        assert annotation["target"][0]["source"] == f"urn:provenance:{record.article.id}"
    assert items(collection)[0]["id"] == f"urn:provenance:{record.quotations[0].id}"


def test_ids_derive_from_the_article_url() -> None:
    """With a URL, ids are places in it and the URL is every target's source."""
    record = record_002()
    url = "https://world-outlook.example/2022/10/signs#top"
    with_url = attrs.evolve(record, article=attrs.evolve(record.article, url=url))
    annotation = items(to_webannotation(with_url))[0]
    assert annotation["id"] == f"https://world-outlook.example/2022/10/signs#{record.quotations[0].id}"
    assert annotation["target"][0]["source"] == url
    VALIDATOR.validate(to_webannotation(with_url))


def test_base_iri_overrides_and_is_checked() -> None:
    """A base IRI prefixes every id; a relative one is refused with a FormatError."""
    record = record_000()
    collection = to_webannotation(record, base_iri="https://annotations.example/set/")
    assert all(a["id"].startswith("https://annotations.example/set/") for a in items(collection))
    with pytest.raises(FormatError, match="base_iri must be an absolute IRI"):
        to_webannotation(record, base_iri="annotations/set")


# -- import ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_import_restores_the_same_anchors(name: str, record: Record) -> None:
    """Export then import gives back every anchor, equal in span, text, context and digest."""
    assert from_webannotation(to_webannotation(record), record.article.text) == expected_anchors(record)


def _keep_only(collection: dict[str, Any], kind: str) -> dict[str, Any]:
    stripped = copy.deepcopy(collection)
    for annotation in items(stripped):
        for target in annotation["target"]:
            target["selector"] = [s for s in target["selector"] if s["type"] == kind]
    return stripped


@pytest.mark.parametrize("kind", ["TextQuoteSelector", "TextPositionSelector"])
def test_import_with_one_selector_only(kind: str) -> None:
    """Either selector alone restores the same anchors."""
    for _name, record in SEEDS:
        stripped = _keep_only(to_webannotation(record), kind)
        assert from_webannotation(stripped, record.text) == expected_anchors(record)


def test_import_accepts_a_single_annotation_a_list_and_a_page() -> None:
    """The import takes one annotation, a list, a page or a collection."""
    record = record_002()
    collection = to_webannotation(record)
    annotations = items(collection)
    first = expected_anchors(record)[:2]
    assert from_webannotation({"@context": ANNO_CONTEXT, **annotations[0]}, record.text) == first
    assert from_webannotation(annotations, record.text) == expected_anchors(record)
    assert from_webannotation(collection["first"], record.text) == expected_anchors(record)
    grouped = read_annotations(collection, record.text)
    assert [ident for ident, _ in grouped] == [a["id"] for a in annotations]
    assert grouped[0][1] == tuple(first)


def test_quote_that_does_not_match_is_an_anchor_error_with_a_path() -> None:
    """A quote selector whose words are not in the text fails with the selector's path."""
    record = record_002()
    stripped = _keep_only(to_webannotation(record), "TextQuoteSelector")
    stripped["first"]["items"][1]["target"][0]["selector"][0]["exact"] = "words that were never written"
    with pytest.raises(AnchorError) as info:
        from_webannotation(stripped, record.text)
    assert info.value.path == "$.first.items[1].target[0].selector[0]"
    assert "does not occur" in info.value.message


def test_selectors_that_disagree_are_an_anchor_error() -> None:
    """A position selector pointing elsewhere than the quote is refused, not guessed."""
    record = record_000()
    collection = to_webannotation(record)
    position = items(collection)[0]["target"][0]["selector"][1]
    position["start"] += 1
    position["end"] += 1
    with pytest.raises(AnchorError) as info:
        from_webannotation(collection, record.text)
    assert info.value.path == "$.first.items[0].target[0].selector[0].exact"


def test_position_outside_the_text_is_an_anchor_error() -> None:
    """A position past the end of the text names the selector."""
    record = record_000()
    stripped = _keep_only(to_webannotation(record), "TextPositionSelector")
    stripped["first"]["items"][2]["target"][0]["selector"][0]["end"] = record.article.text.length + 5
    with pytest.raises(AnchorError, match="outside the text") as info:
        from_webannotation(stripped, record.text)
    assert info.value.path == "$.first.items[2].target[0].selector[0]"


def test_utf16_positions_are_caught() -> None:
    """Positions counted in UTF-16 units (as some clients do) fail loudly past an astral character."""
    text = "🤔 She said “yes” today."
    snap = TextSnapshot.of(text)
    anchor = Anchor.find(snap, "yes")
    annotation = {
        "id": "urn:x:1",
        "type": "Annotation",
        "target": {
            "source": "urn:x:doc",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "yes"},
                {"type": "TextPositionSelector", "start": snap.to_utf16(anchor.start), "end": snap.to_utf16(anchor.end)},
            ],
        },
    }
    with pytest.raises(AnchorError, match="UTF-16"):
        from_webannotation(annotation, snap)


def test_ambiguous_quote_is_refused_or_matches_every_place() -> None:
    """A quote matching twice is an error by default and both places with ambiguous='all'."""
    record = record_000()
    annotation = {
        "id": "urn:x:1",
        "type": "Annotation",
        "target": {"source": "urn:x:doc", "selector": {"type": "TextQuoteSelector", "exact": "nation of invincibles."}},
    }
    with pytest.raises(AnchorError, match="more than one place") as info:
        from_webannotation(annotation, record.text)
    assert info.value.path == "$.target.selector"
    both = from_webannotation(annotation, record.text, ambiguous="all")
    assert both == [q.segments[0].content for q in record.quotations]


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        ({"id": "urn:x:1", "type": "Annotation", "target": "urn:x:doc"}, "$.target", "no selector"),
        ({"id": "urn:x:1", "type": "Annotation"}, "$", "missing required key 'target'"),
        ({"id": "urn:x:1", "type": "Annotation", "target": {"source": "urn:x:d"}}, "$.target", "'selector'"),
        (
            {"id": "urn:x:1", "type": "Annotation", "target": {"source": "u:d", "selector": {"type": "CssSelector", "value": "p"}}},
            "$.target.selector",
            "found: CssSelector",
        ),
        (
            {"id": "urn:x:1", "type": "Annotation", "target": {"source": "u:d", "selector": {"type": "TextPositionSelector", "start": True, "end": 3}}},
            "$.target.selector.start",
            "non-negative integer",
        ),
        (
            {"id": "urn:x:1", "type": "Annotation", "target": {"source": "u:d", "selector": {"type": "TextPositionSelector", "start": 4, "end": 3}}},
            "$.target.selector.end",
            "before start",
        ),
        (
            {
                "id": "urn:x:1",
                "type": "Annotation",
                "target": {
                    "source": "u:d",
                    "selector": {"type": "TextQuoteSelector", "exact": "a", "refinedBy": {"type": "TextPositionSelector", "start": 0, "end": 1}},
                },
            },
            "$.target.selector.refinedBy",
            "not supported",
        ),
        ({"type": "AnnotationCollection", "id": "urn:x", "first": "urn:x:page1"}, "$.first", "referenced by IRI"),
        ([{"id": "urn:x:1", "type": "Annotation", "target": []}], "$[0].target", "must not be empty"),
        ("not json-ld", "$", "expected a JSON object"),
        ({"id": 3, "type": "Annotation", "target": []}, "$.id", "string 'id'"),
    ],
)
def test_malformed_documents_are_format_errors_with_paths(document: Any, path: str, message: str) -> None:
    """Shape problems raise FormatError naming the JSON path."""
    with pytest.raises(FormatError) as info:
        from_webannotation(document, "abc")
    assert info.value.path == path
    assert message in info.value.message


@given(records())
def test_round_trip_property(record: Record) -> None:
    """Property: export then import restores every anchor, with either selector alone too."""
    collection = to_webannotation(record)
    VALIDATOR.validate(collection)
    expected = expected_anchors(record)
    assert from_webannotation(collection, record.article.text) == expected
    if expected:
        for kind in ("TextQuoteSelector", "TextPositionSelector"):
            assert from_webannotation(_keep_only(collection, kind), record.article.text) == expected


def test_split_segments_each_have_marks_outside_the_selection() -> None:
    """Exported quotes exclude their quotation marks: each exact lies between the marks."""
    record = record_002()
    quotation: Quotation = next(q for q in record.quotations if len(q.segments) == 2)
    segment: Segment
    for segment, target in zip(quotation.segments, record_002_by_id()[DESCRIBING]["target"], strict=True):
        assert segment.open_mark is not None and segment.close_mark is not None
        exact = selectors(target)["TextQuoteSelector"]["exact"]
        assert record.text[segment.open_mark.start : segment.open_mark.end] == "“"
        assert record.text[segment.close_mark.start : segment.close_mark.end] == "”"
        assert not exact.startswith("“") and not exact.endswith("”")


def test_published_date_with_url_validates() -> None:
    """A fully described article (URL and date) exports to a schema-valid collection."""
    record = record_002()
    article = attrs.evolve(record.article, url="https://example.org/a", published=datetime.date(2022, 10, 7))
    collection = to_webannotation(attrs.evolve(record, article=article))
    VALIDATOR.validate(collection)
    assert items(collection)[0]["target"][0]["state"]["sourceDate"] == "2022-10-07T00:00:00Z"
