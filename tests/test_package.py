"""Tests for the package's front door: exports, version, typing marker."""

from __future__ import annotations

from importlib import resources

import pytest

import provenance


@pytest.mark.parametrize("name", provenance.__all__)
def test_every_exported_name_imports(name: str) -> None:
    """Every name in __all__ exists on the package."""
    assert getattr(provenance, name) is not None


def test_all_is_sorted() -> None:
    """__all__ is kept sorted so additions are easy to review."""
    assert list(provenance.__all__) == sorted(provenance.__all__)


def test_version_is_a_string() -> None:
    """__version__ comes from the installed metadata."""
    assert isinstance(provenance.__version__, str) and provenance.__version__


def test_py_typed_marker_ships() -> None:
    """The package declares itself typed."""
    assert resources.files("provenance").joinpath("py.typed").is_file()
