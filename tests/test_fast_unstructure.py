"""Tests for provenance._fast_unstructure: the generated expressions give what the cattrs converter gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

from provenance import _converter, serialise
from provenance._fast_unstructure import unstructurer
from provenance.model import Hop, Record
from provenance.testing import records
from tests.conftest import FIXTURES

GOLD = sorted((FIXTURES / "gold").glob("*.json"))


def _as_cattrs_writes(record: Record) -> str:
    return json.dumps(_converter.converter().unstructure(record), ensure_ascii=False)


@given(records())
def test_generated_records_unstructure_as_cattrs_does(record: Record) -> None:
    """Same data, same key order, for generated records."""
    assert json.dumps(unstructurer(Record)(record), ensure_ascii=False) == _as_cattrs_writes(record)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_records_unstructure_as_cattrs_does(path: Path) -> None:
    """Every gold record gives the same document both ways, and to_data takes the fast path."""
    record = serialise.load(path)
    assert json.dumps(unstructurer(Record)(record), ensure_ascii=False) == _as_cattrs_writes(record)
    assert serialise.to_data(record) == {"format": serialise.FORMAT, "version": serialise.VERSION, **unstructurer(Record)(record)}


def test_other_model_classes_unstructure_too() -> None:
    """A nested model class on its own gives its own dict."""
    hop = Hop(entity="ent-1", date="--09-16")
    assert unstructurer(Hop)(hop) == _converter.converter().unstructure(hop)


def test_types_without_fast_unstructuring_are_refused() -> None:
    """Asking for a type that is no attrs class is a clear TypeError."""
    with pytest.raises(TypeError, match="no fast unstructuring"):
        unstructurer(complex)
