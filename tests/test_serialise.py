"""Tests for provenance.serialise: lossless round trips and strict, located errors."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from provenance import serialise
from provenance.errors import FormatError, ProvenanceError
from provenance.model import Record
from provenance.testing import records
from tests.test_model import _relay_record

RECORD = _relay_record()
DATA = serialise.to_data(RECORD)


def _load_mutated(mutate: Any) -> FormatError:
    data = copy.deepcopy(DATA)
    mutate(data)
    with pytest.raises(FormatError) as info:
        serialise.from_data(data)
    # The document goes through the accelerated parser first: same path, same words.
    with pytest.raises(FormatError) as parsed:
        serialise.loads(json.dumps(data))
    assert (parsed.value.path, parsed.value.message) == (info.value.path, info.value.message)
    return info.value


def test_document_carries_format_and_version() -> None:
    """Every document starts with its format name and version."""
    assert list(DATA)[:2] == ["format", "version"]
    assert (DATA["format"], DATA["version"]) == (serialise.FORMAT, serialise.VERSION)


def test_round_trip_text_and_file(tmp_path: Path) -> None:
    """loads(dumps(r)) == r, through a string and through a file."""
    assert serialise.loads(serialise.dumps(RECORD)) == RECORD
    path = tmp_path / "r.json"
    serialise.dump(RECORD, path)
    assert serialise.load(path) == RECORD


def test_jsonl_round_trip(tmp_path: Path) -> None:
    """Several records survive a JSONL file; errors name the line."""
    path = tmp_path / "r.jsonl"
    assert serialise.write_jsonl([RECORD, RECORD], path) == 2
    assert serialise.load_jsonl(path) == [RECORD, RECORD]
    path.write_text(serialise.dumps(RECORD) + "\n\n{\"format\": 1}\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"@ \$\[line 3\]\.format"):
        serialise.load_jsonl(path)


def test_non_ascii_kept_verbatim() -> None:
    """Curly quotes are written as themselves, not as escapes."""
    assert "“Describing" in serialise.dumps(RECORD)


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [
        (lambda d: d["quotations"][0]["segments"][0]["content"].update(start=-3), "$.quotations[0].segments[0].content.start", "must not be negative"),
        (lambda d: d["quotations"][0]["segments"][0]["content"].update(start=40), "$.quotations[0].segments[0].content.end", "before start"),
        (lambda d: d["quotations"][1]["segments"][0]["content"].update(end=9999, exact="x" * (9999 - d["quotations"][1]["segments"][0]["content"]["start"])), "$.quotations[1].segments[0].content.end", "past the end"),
        (lambda d: d["quotations"][0]["segments"][0]["content"].update(start="1"), "$.quotations[0].segments[0].content.start", "expected an integer offset, got a string"),
        (lambda d: d["quotations"][0].update(colour="red"), "$.quotations[0]", "unknown key(s) 'colour'"),
        (lambda d: d["quotations"][0].pop("kind"), "$.quotations[0].kind", "required key is missing"),
        (lambda d: d["quotations"][0].update(kind="rumour"), "$.quotations[0].kind", "expected one of"),
        (lambda d: d["entities"][0].update(aliases="Putin"), "$.entities[0].aliases", "expected an array"),
        (lambda d: d["article"].update(published="10/10/2022"), "$.article.published", "expected a date"),
        (lambda d: d["article"]["text"].update(sha256="0" * 64), "$.article.text", "does not belong to this text"),
        (lambda d: d["quotations"][0]["segments"][0]["content"].update(sha256="f" * 64), "$.quotations[0].segments[0].content.sha256", "another text"),
        (lambda d: d["quotations"][0]["segments"][0]["content"].update(exact="X" + d["quotations"][0]["segments"][0]["content"]["exact"][1:]), "$.quotations[0].segments[0].content.exact", "differs from the text"),
        (lambda d: d["quotations"][0]["attribution"].update(speaker="ent-ghost"), "$.quotations[0].attribution.speaker", "not an entity"),
        (lambda d: d["quotations"][1].update(parent="q-ghost"), "$.quotations[1].parent", "not a quotation"),
        (lambda d: d.update(version=99), "$.version", "unsupported version"),
        (lambda d: d.update(version=True), "$.version", "unsupported version"),
        (lambda d: d.update(version=1.0), "$.version", "unsupported version"),
        (lambda d: d.update(format="other"), "$.format", "expected format"),
        (lambda d: d.update(quotations={}), "$.quotations", "expected an array, got an object"),
        (lambda d: d["quotations"][0].update(segments=[3]), "$.quotations[0].segments[0]", "expected an object"),
    ],
)
def test_hostile_documents_give_located_errors(mutate: Any, path: str, message: str) -> None:
    """Each broken document raises FormatError with its JSON path and a clear message."""
    error = _load_mutated(mutate)
    assert error.path == path
    assert message in error.message


def test_valid_documents_take_the_accelerated_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid document is parsed and built without the standard library's parser or cattrs."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the detailed path was taken")

    monkeypatch.setattr(serialise, "from_data", refuse)
    assert serialise.loads(serialise.dumps(RECORD)) == RECORD
    assert serialise.loads(serialise.dumps(RECORD).encode()) == RECORD


def test_integers_beyond_64_bits_are_diagnosed_as_integers() -> None:
    """An offset too large for the accelerated parser (or for len()) is read and reported as the integer it is."""
    data = copy.deepcopy(DATA)
    data["quotations"][1]["segments"][0]["content"]["end"] = 10**30
    with pytest.raises(FormatError) as info:
        serialise.loads(json.dumps(data))
    assert info.value.path == "$.quotations[1].segments[0].content.exact"
    assert str(10**30 - data["quotations"][1]["segments"][0]["content"]["start"]) in info.value.message


def test_malformed_json_is_located() -> None:
    """Malformed JSON raises FormatError with line, column and a marker."""
    with pytest.raises(FormatError, match="malformed JSON: Expecting") as info:
        serialise.loads('{"format": "provenance.record", "version": }')
    assert "line 1 column" in str(info.value) and "^" in str(info.value)


def test_deeply_nested_json_refused_without_recursion() -> None:
    """Absurdly nested JSON is refused before the parser recurses."""
    with pytest.raises(FormatError, match="nested"):
        serialise.loads("[" * 200_000 + "]" * 200_000)


def test_non_object_documents_refused() -> None:
    """A JSON array or string is not a record document."""
    for document in ("[]", '"x"', "3", "null"):
        with pytest.raises(FormatError, match="must be a JSON object"):
            serialise.loads(document)


def test_lone_surrogate_escape_refused() -> None:
    """A text with an escaped lone surrogate is refused as unencodable."""
    data = copy.deepcopy(DATA)
    data["article"]["text"]["text"] = "\ud800"
    with pytest.raises(FormatError, match="lone surrogate") as info:
        serialise.loads(json.dumps(data))
    assert info.value.path == "$.article.text"


def test_bytes_with_bom_and_invalid_utf8() -> None:
    """A UTF-8 BOM is accepted; invalid UTF-8 bytes are refused."""
    document = serialise.dumps(RECORD).encode("utf-8")
    assert serialise.loads(b"\xef\xbb\xbf" + document) == RECORD
    with pytest.raises(FormatError, match="not UTF-8"):
        serialise.loads(b"\xff" + document)


def test_files_are_read_as_bytes_and_named_in_errors(tmp_path: Path) -> None:
    """A record file loads from its bytes, with or without a BOM; a file that is not UTF-8 is named."""
    path = tmp_path / "r.json"
    path.write_bytes(b"\xef\xbb\xbf" + serialise.dumps(RECORD).encode("utf-8"))
    assert serialise.load(path) == RECORD
    path.write_bytes(serialise.dumps(RECORD).encode("utf-8")[:-1] + b"\xff")
    with pytest.raises(FormatError, match=r"r\.json' is not UTF-8 \(bad byte at offset"):
        serialise.load(path)


def test_unreadable_file(tmp_path: Path) -> None:
    """A missing file raises FormatError naming it."""
    with pytest.raises(FormatError, match="cannot read"):
        serialise.load(tmp_path / "missing.json")


@given(records())
def test_round_trip_generated(record: Record) -> None:
    """load(dump(r)) == r for generated records."""
    assert serialise.loads(serialise.dumps(record)) == record


@given(records())
def test_json_is_canonical(record: Record) -> None:
    """Dumping twice, or after a round trip, gives identical bytes."""
    once = serialise.dumps(record)
    assert serialise.dumps(serialise.loads(once)) == once


def test_every_error_is_a_provenance_error() -> None:
    """FormatError is both a ProvenanceError and a ValueError."""
    assert issubclass(FormatError, ProvenanceError) and issubclass(FormatError, ValueError)


def _at(data: Any, path: str) -> Any:
    """The value at a JSON path such as ``$.quotations[0].segments[1].content``."""
    for name, index in re.findall(r"\.(\w+)|\[(\d+)\]", path):
        data = data[name] if name else data[int(index)]
    return data


@given(records(), st.data())
def test_any_anchor_that_no_longer_fits_is_refused_with_its_path(record: Record, draw: st.DataObject) -> None:
    """Changing one character of any anchor's exact text, prefix or suffix, or its digest, is refused there."""
    anchors = list(record.anchors())
    assume(anchors)
    path, anchor = draw.draw(st.sampled_from(anchors))
    field = draw.draw(st.sampled_from(["exact", "prefix", "suffix", "sha256"]))
    value = getattr(anchor, field)
    assume(value)
    position = draw.draw(st.integers(0, len(value) - 1))
    changed = value[:position] + ("x" if value[position] != "x" else "y") + value[position + 1 :]
    data = serialise.to_data(record)
    _at(data, path)[field] = changed
    with pytest.raises(FormatError) as info:
        serialise.loads(json.dumps(data))
    assert info.value.path == f"{path}.{field}"


SEED_002 = json.loads((Path(__file__).parent.parent / "fixtures" / "gold" / "002_168bef1ba08e84db.record.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["claims"][0]["attribution"].update(speaker="ent-ghost"), "$.claims[0].attribution.speaker"),
        (lambda d: d["claims"][0]["attribution"].update(addressee="ent-ghost"), "$.claims[0].attribution.addressee"),
        (lambda d: d["quotations"][2]["attribution"]["chain"][1].update(entity="ent-ghost"), "$.quotations[2].attribution.chain[1].entity"),
        (lambda d: d["quotations"][3]["segments"][0].update(close_mark={"start": 10**6, "end": 10**6 + 1}), "$.quotations[3].segments[0].close_mark"),
    ],
)
def test_references_and_marks_that_do_not_fit_are_refused_with_their_paths(mutate: Any, path: str) -> None:
    """Unknown entities in claims and hops, and marks past the text, are refused where they stand."""
    data = copy.deepcopy(SEED_002)
    mutate(data)
    with pytest.raises(FormatError, match=r"not an entity|past the end") as info:
        serialise.loads(json.dumps(data))
    assert info.value.path == path
