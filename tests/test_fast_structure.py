"""Tests for provenance._fast_structure: the generated fast path builds exactly what the checked path builds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from provenance import _converter, serialise
from provenance._fast_structure import NotTakenError, structurer
from provenance.anchors import Anchor, Span
from provenance.errors import AnchorError, FormatError, ModelError
from provenance.model import Hop, Quotation, Record
from provenance.testing import records
from tests.conftest import FIXTURES
from tests.test_model import _relay_record

GOLD = sorted((FIXTURES / "gold").glob("*.json"))


def _body(record: Record) -> dict[str, Any]:
    data = serialise.to_data(record)
    return {k: v for k, v in data.items() if k not in ("format", "version")}


def _detailed(body: dict[str, Any]) -> Record:
    built: Record = _converter.converter().structure(body, Record)
    return built


@given(records())
def test_fast_path_equals_detailed_path(record: Record) -> None:
    """For generated records the fast path takes the document and builds the same record."""
    body = _body(record)
    assert structurer(Record)(body) == _detailed(body) == record


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_fast_path_takes_every_gold_record(path: Path) -> None:
    """Every gold record loads through the fast path, with nothing left to the slow one."""
    data = json.loads(path.read_text(encoding="utf-8"))
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    assert structurer(Record)(body) == serialise.from_data(data)


def test_absent_optional_keys_take_their_defaults() -> None:
    """A hop written without its optional keys is built with their defaults."""
    assert structurer(Hop)({"entity": "e-1"}) == Hop(entity="e-1")
    with pytest.raises(KeyError):
        structurer(Hop)({"date": None})  # the required key is missing


@pytest.mark.parametrize(
    "value",
    [
        {"start": True, "end": 2},
        {"start": 1, "end": 2.0},
        {"start": 3, "end": 2},
        {"start": -1, "end": 2},
        {"start": 1, "end": 2, "extra": 0},
        [1, 2],
    ],
)
def test_unexpected_spans_are_left_to_the_detailed_path(value: Any) -> None:
    """Booleans, floats, reversed or negative offsets and extra keys are not taken."""
    with pytest.raises(NotTakenError):
        structurer(Span)(value)


def test_unexpected_anchor_shapes_are_refused() -> None:
    """An anchor whose exact text does not fit its span, or with a key missing, is not taken."""
    good = {"start": 0, "end": 2, "exact": "ab", "prefix": "", "suffix": "c", "sha256": "0" * 64}
    assert structurer(Anchor)(good) == Anchor(span=Span(0, 2), exact="ab", prefix="", suffix="c", sha256="0" * 64)
    for bad in ({**good, "exact": "abc"}, {k: v for k, v in good.items() if k != "suffix"}, {**good, "prefix": None}):
        with pytest.raises(NotTakenError):
            structurer(Anchor)(bad)


def test_model_rules_still_run_on_the_fast_path() -> None:
    """Value validators and post-init checks run on the fast path and refuse bad values."""
    with pytest.raises(ModelError):
        structurer(Hop)({"entity": "e-1", "date": "2022-13-01"})
    with pytest.raises(ModelError):
        structurer(Hop)({"entity": "   "})
    with pytest.raises(ModelError, match="at least one segment"):
        structurer(Quotation)({"id": "q-1", "kind": "direct", "segments": []})


def test_anchor_prefix_longer_than_its_start_is_not_taken() -> None:
    """The fast anchor repeats Anchor's own shape checks, the prefix length among them."""
    value = {"start": 1, "end": 2, "exact": "b", "prefix": "xa", "suffix": "", "sha256": "0" * 64}
    with pytest.raises(NotTakenError):
        structurer(Anchor)(value)
    with pytest.raises(AnchorError):
        Anchor(span=Span(1, 2), exact="b", prefix="xa", suffix="", sha256="0" * 64)


def test_fast_objects_behave_as_constructed_ones() -> None:
    """Objects filled slot by slot are equal, hash alike and stay frozen."""
    value = {"entity": "e-1", "date": "2022-09", "mention": None}
    fast, built = structurer(Hop)(value), Hop(entity="e-1", date="2022-09")
    assert fast == built and hash(fast) == hash(built) and repr(fast) == repr(built)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.entity = "e-2"


def _sorted(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words))


@attrs.frozen
class _Converted:
    """A class whose converter the fast path does not know."""

    words: tuple[str, ...] = attrs.field(converter=_sorted)


@attrs.frozen
class _Checked:
    """A class with a validator the fast path must call."""

    name: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z]+"))


def test_unknown_converters_and_validators_keep_the_constructor_rules() -> None:
    """An unmarked converter sends building through the constructor; an unmarked validator runs."""
    assert structurer(_Converted)({"words": ["b", "a"]}) == _Converted(words=("a", "b"))
    assert structurer(_Checked)({"name": "abc"}) == _Checked(name="abc")
    with pytest.raises(ValueError, match="must match regex"):
        structurer(_Checked)({"name": "ABC"})


def test_unknown_enum_value_is_unexpected() -> None:
    """A quotation kind the model does not know fails the fast look-up, and loading names the path."""
    data = serialise.to_data(_relay_record())
    data["quotations"][0]["kind"] = "shouted"
    with pytest.raises(KeyError):
        structurer(Record)({k: v for k, v in data.items() if k not in ("format", "version")})
    with pytest.raises(FormatError) as info:
        serialise.from_data(data)
    assert info.value.path == "$.quotations[0].kind"


def test_valid_document_the_fast_path_refuses_still_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the fast path refuse a valid document, the detailed path builds it instead."""

    def refuse(_type: Any) -> Any:
        def structure(_value: Any) -> Any:
            raise NotTakenError

        return structure

    monkeypatch.setattr(_converter, "structurer", refuse)
    record = _relay_record()
    assert serialise.loads(serialise.dumps(record)) == record


def test_types_without_fast_structuring_are_refused() -> None:
    """Asking for a type the model does not use is a clear TypeError, not a wrong function."""
    with pytest.raises(TypeError, match="no fast structuring"):
        structurer(complex)


def test_unknown_key_in_place_of_a_field_is_refused() -> None:
    """A dict as long as the field list but with a stranger key instead of a field is not taken."""
    full = {"entity": "e-1", "mention": None, "cue": None, "date": None, "date_mention": None}
    assert structurer(Hop)(full) == Hop(entity="e-1")
    swapped = {**{k: v for k, v in full.items() if k != "cue"}, "cues": None}
    with pytest.raises(KeyError):
        structurer(Hop)(swapped)
    with pytest.raises(NotTakenError):
        structurer(Hop)({"entity": "e-1", "bogus": None})


def test_nested_objects_with_keys_left_out_take_their_defaults() -> None:
    """A nested object written without its optional keys is built by its class's partial path."""
    record = _relay_record()
    body = _body(record)
    attribution = body["quotations"][0]["attribution"]
    left_out = [key for key, value in attribution.items() if value is None]
    for key in left_out:
        del attribution[key]
    assert left_out  # the relay record's attribution has an addressee-less, medium-less shape
    assert structurer(Record)(body) == _detailed(body) == record


def test_inline_code_refuses_what_the_leaf_functions_refuse() -> None:
    """A bad anchor or span deep inside a record is not taken by the inlined code either."""
    body = _body(_relay_record())
    body["quotations"][0]["segments"][0]["content"]["start"] = True
    with pytest.raises(NotTakenError):
        structurer(Record)(body)
    body = _body(_relay_record())
    body["quotations"][0]["segments"][0]["close_mark"] = {"start": 9, "end": 8}
    with pytest.raises(NotTakenError):
        structurer(Record)(body)


def test_post_init_checks_run_when_their_pass_condition_fails() -> None:
    """Marks that do not enclose their content, overlapping segments and stray alterations are refused."""
    body = _body(_relay_record())
    body["quotations"][0]["segments"][0]["open_mark"] = {"start": 2, "end": 3}
    with pytest.raises(ModelError, match="opening mark"):
        structurer(Record)(body)
    body = _body(_relay_record())
    body["quotations"][0]["segments"][1] = body["quotations"][0]["segments"][0]
    with pytest.raises(ModelError, match="segments must be in text order"):
        structurer(Record)(body)
    body = _body(_relay_record())
    outside = body["quotations"][0]["attribution"]["cue"]
    body["quotations"][0]["alterations"] = [{"kind": "sic", "anchor": outside}]
    with pytest.raises(ModelError, match="outside every segment"):
        structurer(Record)(body)


def _chains(record: Record) -> list[Hop]:
    return [hop for q in record.quotations if q.attribution is not None for hop in q.attribution.chain]


def test_hops_without_anchors_are_shared_within_one_load() -> None:
    """Equal anchorless hops are one object within a load, a new one in the next; hops with anchors are not shared."""
    body = _body(_relay_record())
    first, again = structurer(Record)(body), structurer(Record)(body)
    bare = [hop for hop in _chains(first) if hop.cue is None]
    assert len(bare) >= 3 and all(hop is bare[0] for hop in bare)  # World-Outlook, the last hop of all three
    assert all(hop is not bare[0] for hop in _chains(again))
    anchored = [hop for hop in _chains(first) if hop.cue is not None]
    assert len(anchored) == 2 and anchored[0] is not anchored[1] and anchored[0] == anchored[1]
    assert first == _detailed(body)


def test_a_shared_hop_never_stands_in_for_a_different_one() -> None:
    """A hop that differs from an earlier one only by a bad date, or by a number for a string, is still refused."""
    body = _body(_relay_record())
    chain = body["quotations"][2]["attribution"]["chain"]
    chain[-1]["date"] = "2022-13"
    with pytest.raises(ModelError, match="no month 13"):
        structurer(Record)(body)
    body = _body(_relay_record())
    body["quotations"][2]["attribution"]["chain"][-1]["entity"] = 1
    with pytest.raises(NotTakenError):
        structurer(Record)(body)
