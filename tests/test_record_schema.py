"""Tests for docs/record.schema.json: the JSON Schema of the record document format."""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import serialise
from provenance.anchors import Anchor, Span
from provenance.errors import ProvenanceError
from provenance.model import (
    Alteration,
    AlterationKind,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from provenance.testing import records
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES
from tests.export_records import seed_records

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "record.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
STEMS = sorted(p.stem for p in FIXTURES.glob("*.txt"))
GOLD = sorted((FIXTURES / "gold").glob("*.record.json")) if (FIXTURES / "gold").is_dir() else []


def fixture_record(stem: str) -> Record:
    """A record of one fixture text with the metadata of its sidecar, if any."""
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    meta_path = FIXTURES / f"{stem}.meta.json"
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    published = meta.get("published")
    return Record.create(
        Article.create(
            text,
            title=meta.get("title"),
            authors=tuple(meta.get("authors") or ()),
            outlet=meta.get("outlet"),
            published=datetime.date.fromisoformat(published) if published else None,
            url=meta.get("url"),
            language=meta.get("language"),
            section=meta.get("section"),
        )
    )


def full_record() -> Record:
    """A small record that uses every field of the format at least once."""
    snap = TextSnapshot.of("Ann Lee said “We […] won,” to Bo on Radio Free, “truly.” Bo reported on 2022-09-16 that Ann was glad.")

    def find(words: str, after: int = 0) -> Anchor:
        return Anchor.find(snap, words, after=after, occurrence=0)

    ann = Entity.create("Ann Lee", EntityKind.PERSON, aliases=("Ann",), description="a voter", external_id="Q1", mentions=(find("Ann Lee"), find("Ann was")))
    bo = Entity.create("Bo", EntityKind.OUTLET, mentions=(find("Bo"), find("Bo reported")))
    first = find("We […] won,")
    second = find("truly.")
    attribution = Attribution(
        speaker=ann.id,
        speaker_mention=find("Ann Lee"),
        cue=find("said"),
        addressee=bo.id,
        addressee_mention=find("Bo"),
        medium="Radio Free",
        medium_mention=find("Radio Free"),
        chain=(Hop(entity=bo.id, mention=find("Bo reported"), cue=find("reported"), date="2022-09-16", date_mention=find("2022-09-16")),),
    )
    outer = Quotation.create(
        [
            Segment.create(first, open_mark=Span(first.start - 1, first.start), close_mark=Span(first.end, first.end + 1)),
            Segment.create(second, open_mark=Span(second.start - 1, second.start), close_mark=Span(second.end, second.end + 1)),
        ],
        QuotationKind.DIRECT,
        attribution=attribution,
        alterations=(Alteration(kind=AlterationKind.ELLIPSIS, anchor=find("[…]")),),
    )
    inner = Quotation.create([Segment.create(find("won"))], QuotationKind.SCARE, parent=outer.id)
    claim = Claim.create(find("Ann was glad"), Attribution(speaker=bo.id, cue=find("reported")))
    return Record.create(
        Article.create(snap, title="T", authors=("A B",), outlet="Bo", published=datetime.date(2022, 9, 17), url="https://example.org/x", language="en", section="S"),
        entities=[ann, bo],
        quotations=[outer, inner],
        claims=[claim],
    )


# -- what the writer produces validates ------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_text_records_validate(stem: str) -> None:
    """A record of every fixture text (with its sidecar metadata) validates."""
    VALIDATOR.validate(serialise.to_data(fixture_record(stem)))


@pytest.mark.parametrize(("name", "record"), seed_records(), ids=[n for n, _ in seed_records()])
def test_seed_records_validate(name: str, record: Record) -> None:
    """The hand-built seed records and the loaded gold records validate when written."""
    VALIDATOR.validate(serialise.to_data(record))


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_files_validate_as_stored(path: Path) -> None:
    """Every gold record file validates as it is stored on disk."""
    VALIDATOR.validate(json.loads(path.read_text(encoding="utf-8")))


def test_full_record_validates_and_uses_every_property() -> None:
    """The writer writes every property the schema lists, and nothing else."""
    document = serialise.to_data(full_record())
    VALIDATOR.validate(document)
    seen: dict[str, set[str]] = {}
    for pointer, obj in objects(document):
        definition = definition_at(pointer)
        seen.setdefault(definition, set()).update(obj)
    for name, definition in SCHEMA["$defs"].items():
        if "properties" in definition and definition.get("type") == "object":
            assert seen.get(name) == set(definition["properties"]), name
    assert set(document) == set(SCHEMA["properties"])


@given(records())
def test_generated_records_validate(record: Record) -> None:
    """Property: every record Hypothesis builds validates when written."""
    VALIDATOR.validate(serialise.to_data(record))


# -- what the loader refuses for its shape fails the schema too ---------------------


def objects(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every JSON object in ``value`` with its path (a tuple of keys and indexes)."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from objects(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from objects(item, (*path, i))


_CONTAINERS = {"entities": "entity", "quotations": "quotation", "claims": "claim", "mentions": "anchor",
               "segments": "segment", "alterations": "alteration", "chain": "hop"}
_SINGLE = {"article": "article", "text": "snapshot", "attribution": "attribution", "content": "anchor",
           "anchor": "anchor", "open_mark": "span", "close_mark": "span"}


def definition_at(path: tuple[Any, ...]) -> str:
    """The schema definition that describes the object at ``path`` (by the key that holds it)."""
    if not path:
        return "record"
    keys = [k for k in path if isinstance(k, str)]
    last = keys[-1]
    if isinstance(path[-1], int):
        return _CONTAINERS[last]
    return _SINGLE.get(last, "anchor")


def wrong_values(value: Any) -> list[Any]:
    """JSON values of a different type than ``value``."""
    if isinstance(value, bool):
        return [1, "true"]
    if isinstance(value, int):
        return [str(value), True, float(value) + 0.5, None]
    if isinstance(value, str):
        return [7, None, [value]]
    if isinstance(value, list):
        return [{"0": value}, "[]", None]
    if isinstance(value, dict):
        return [[value], "{}", 3]
    return [7, "x", [], {}]  # null where a value may be null: every other type is wrong


def shape_mutations(document: dict[str, Any]) -> Iterator[tuple[str, Callable[[], dict[str, Any]]]]:
    """Shape changes one step away: an unknown key, a missing key, a value of the wrong type.

    Each comes as a description and a function that builds the changed copy.
    """

    def change(path: tuple[Any, ...], key: str, action: str, value: Any = None) -> Callable[[], dict[str, Any]]:
        def build() -> dict[str, Any]:
            mutated = copy.deepcopy(document)
            target = mutated
            for step in path:
                target = target[step]
            if action == "delete":
                del target[key]
            else:
                target[key] = value
            return mutated

        return build

    for path, obj in list(objects(document)):
        for key in obj:
            yield f"missing {(*path, key)}", change(path, key, "delete")
            for wrong in wrong_values(obj[key]):
                yield f"{(*path, key)} = {wrong!r}", change(path, key, "set", wrong)
        yield f"unknown key at {path}", change(path, "surplus", "set", 1)


def load_error(document: dict[str, Any]) -> ProvenanceError | None:
    """The strict loader's refusal of ``document``, or None when it loads."""
    try:
        serialise.from_data(document)
    except ProvenanceError as exc:
        return exc
    return None


# Refusals JSON Schema cannot express: ids that resolve to nothing in the record.
_REFERENTIAL = ("is not an entity of this record", "is not a quotation of this record")
def check_agreement(what: str, mutated: dict[str, Any]) -> bool:
    """Assert loader and schema agree on one shape change; return True if it was refused."""
    error = load_error(mutated)
    valid = VALIDATOR.is_valid(mutated)
    if error is None:
        assert valid, f"schema refuses what the loader accepts: {what}"
        return False
    if valid:
        assert any(r in error.message for r in _REFERENTIAL), f"schema accepts {what}: {error}"
    return True


def test_loader_refusals_for_shape_fail_the_schema() -> None:
    """Every unknown-key, missing-key or wrong-type document the loader refuses, the schema refuses."""
    document = serialise.to_data(full_record())
    refused = sum(check_agreement(what, build()) for what, build in shape_mutations(document))
    assert refused > 400


@given(records(max_size=60), st.data())
def test_random_shape_changes_agree_with_the_loader(record: Record, data: st.DataObject) -> None:
    """Property: for a random shape change of a random record, loader and schema agree."""
    what, build = data.draw(st.sampled_from(list(shape_mutations(serialise.to_data(record)))))
    check_agreement(what, build())


def test_schema_is_a_2020_12_schema() -> None:
    """The schema declares draft 2020-12 and is itself valid."""
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
