"""Tests for provenance.export.csl: the article as a strict CSL-JSON item."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.export.csl import split_name, to_csl
from provenance.model import Article, Record
from provenance.testing import records
from tests.export_records import record_000, record_002, seed_records

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "csl-data.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SEEDS = seed_records()


@pytest.mark.parametrize(("name", "record"), SEEDS, ids=[n for n, _ in SEEDS])
def test_seed_items_validate_against_the_csl_schema(name: str, record: Record) -> None:
    """Every seed article is a valid CSL-JSON item (no key outside the schema)."""
    VALIDATOR.validate([to_csl(record)])


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        ({"headline": "x"}, "a key CSL does not define"),
        ({"issued": {"date-parts": [[2022, 10, 24]], "iso": "2022-10-24"}}, "a key inside a date"),
        ({"author": [{"name": "Roy Landersen"}]}, "a key inside a name"),
        ({"type": "newspaper"}, "an unknown type"),
        ({"issued": {"date-parts": [[2022, 10, 24, 1]]}}, "four date parts"),
    ],
)
def test_schema_refuses_keys_outside_csl(extra: dict[str, Any], where: str) -> None:
    """The schema is strict: what CSL does not define is refused."""
    item = to_csl(record_000())
    VALIDATOR.validate([item])
    assert not VALIDATOR.is_valid([{**item, **extra}]), where


def test_000_item_has_title_author_and_date_parts() -> None:
    """000: article-newspaper with its title, Roy Landersen split and the date as date-parts."""
    record = record_000()
    item = to_csl(record)
    assert item["id"] == record.article.id
    assert item["type"] == "article-newspaper"
    assert item["title"] == "As Putin bombs civilians — Defend Ukraine sovereignty!"
    assert item["author"] == [{"family": "Landersen", "given": "Roy"}]
    assert item["issued"] == {"date-parts": [[2022, 10, 24]]}
    assert item["custom"] == {"sha256": record.article.text.sha256, "length": record.article.text.length}


def test_002_item_has_container_section_and_two_authors() -> None:
    """002: the outlet is the container title, the section is kept, both authors split."""
    item = to_csl(record_002())
    assert item["container-title"] == "World-Outlook"
    assert item["section"] == "NEWS ANALYSIS"
    assert item["author"] == [
        {"family": "Mirelowitz", "given": "Geoff"},
        {"family": "Malapanis", "given": "Argiris"},
    ]
    assert "issued" not in item  # the date is unknown, never guessed


def test_url_and_accessed_date() -> None:
    """A URL becomes URL; an access date the caller knows becomes accessed."""
    record = record_002()
    record = attrs.evolve(record, article=attrs.evolve(record.article, url="https://example.org/a"))
    item = to_csl(record, accessed=datetime.date(2024, 3, 1))
    assert item["URL"] == "https://example.org/a"
    assert item["accessed"] == {"date-parts": [[2024, 3, 1]]}
    VALIDATOR.validate([item])


def test_minimal_article_has_only_required_keys_and_custom() -> None:
    """An article with no metadata has id, type and custom only."""
    item = to_csl(Record.create(Article.create("Text.")))
    assert set(item) == {"id", "type", "custom"}
    VALIDATOR.validate([item])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Roy Landersen", {"family": "Landersen", "given": "Roy"}),
        ("Geoff  Mirelowitz", {"family": "Mirelowitz", "given": "Geoff"}),
        ("Mary Ann Evans", {"family": "Evans", "given": "Mary Ann"}),
        ("Vincent van Gogh", {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}),
        ("Juan de la Cruz", {"family": "Cruz", "given": "Juan", "non-dropping-particle": "de la"}),
        ("Sammy Davis Jr.", {"family": "Davis", "given": "Sammy", "suffix": "Jr."}),
        ("Madonna", {"literal": "Madonna"}),
        ("Associated Press", {"literal": "Associated Press"}),
        ("World-Outlook staff", {"literal": "World-Outlook staff"}),
        ("Smith & Jones", {"literal": "Smith & Jones"}),
        ("Володимир Зеленський", {"family": "Зеленський", "given": "Володимир"}),
    ],
)
def test_split_name(name: str, expected: dict[str, str]) -> None:
    """Names split into family and given, particles and suffixes apart; others stay literal."""
    assert split_name(name) == expected


@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_split_name_keeps_every_word(name: str) -> None:
    """Property: splitting loses no word of the name and yields a valid CSL name."""
    parts = split_name(name)
    VALIDATOR.validate([{"id": "x", "type": "article", "author": [parts]}])
    if "literal" in parts:
        assert parts == {"literal": " ".join(name.split())}
    else:
        kept = " ".join(parts.get(k, "") for k in ("given", "non-dropping-particle", "family", "suffix"))
        assert sorted(kept.split()) == sorted(name.replace(",", " ").split())


@given(records(max_size=100))
def test_generated_records_validate(record: Record) -> None:
    """Property: any valid record's article is a valid CSL item."""
    VALIDATOR.validate([to_csl(record)])
