"""Tests for provenance.errors: the hierarchy and the rendered context."""

from __future__ import annotations

import pytest

from provenance import errors


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_derives_from_the_root(name: str) -> None:
    """Every public exception is a ProvenanceError."""
    assert issubclass(getattr(errors, name), errors.ProvenanceError)


def test_builtin_bases() -> None:
    """Errors about values are ValueErrors; storage errors are OSErrors."""
    assert issubclass(errors.AnchorError, ValueError)
    assert issubclass(errors.FormatError, ValueError)
    assert issubclass(errors.StoreError, OSError)


def test_message_with_path() -> None:
    """The JSON path follows the message after an at sign."""
    error = errors.FormatError("expected an integer", path="$.quotations[3].segments[0].start")
    assert str(error) == "expected an integer @ $.quotations[3].segments[0].start"
    assert error.message == "expected an integer"
    assert error.path == "$.quotations[3].segments[0].start"


def test_marker_under_span() -> None:
    """A source and span render as the text with a ~~~^ marker beneath the span."""
    error = errors.AnchorError("bad words", source="He said “no” today.", span=(9, 11))
    lines = str(error).splitlines()
    assert lines[0] == "bad words"
    assert lines[1].strip() == "He said “no” today."
    assert lines[2].index("~^") == lines[1].index("no")


def test_marker_hides_control_characters() -> None:
    """Line breaks in the shown context do not break the two-line picture."""
    error = errors.TextError("x", source="a\nb\r\nc", span=(2, 3))
    assert len(str(error).splitlines()) == 3
