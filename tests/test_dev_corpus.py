"""The development corpus: original articles, their sidecars and hand-made gold records.

Only the corpus itself is checked here (texts, sidecars, gold records and the
builder that makes them).  Extraction quality on it is measured by
``benchmarks/dev_eval.py`` and is deliberately never asserted.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tools.gold import build

from provenance.anchors import Anchor
from provenance.model import Claim, Quotation, QuotationKind, Record
from provenance.serialise import load
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev"
GOLD = DEV / "gold"
STEMS = sorted(seed.stem for seed in build.DEV_SEEDS)
META_KEYS = ["title", "authors", "outlet", "published", "url", "language", "section"]


def _text(stem: str) -> str:
    return (DEV / f"{stem}.txt").read_bytes().decode("utf-8")


def _record(stem: str) -> Record:
    return load(GOLD / f"{stem}.record.json")


def _items(record: Record) -> list[Quotation | Claim]:
    return [*record.quotations, *record.claims]


def _quotation(record: Record, first_words: str) -> Quotation:
    found = [q for q in record.quotations if q.words[0].startswith(first_words)]
    assert len(found) == 1, f"{len(found)} quotations start with {first_words!r}"
    return found[0]


# -- the files -------------------------------------------------------------------


def test_every_article_has_a_sidecar_a_gold_record_and_an_annotation() -> None:
    """The dev directory pairs each text with its sidecar and gold record; each has an annotation."""
    assert len(STEMS) == 8
    assert sorted(p.name[: -len(".txt")] for p in DEV.glob("*.txt")) == STEMS
    assert sorted(p.name[: -len(".meta.json")] for p in DEV.glob("*.meta.json")) == STEMS
    assert sorted(p.name[: -len(".record.json")] for p in GOLD.glob("*.record.json")) == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_texts_are_utf8_lf_and_of_article_length(stem: str) -> None:
    """Each text is UTF-8 with LF line ends, a title and a byline, and 300 to 700 words."""
    data = (DEV / f"{stem}.txt").read_bytes()
    text = data.decode("utf-8")
    assert "\r" not in text
    lines = text.split("\n")
    assert lines[1].startswith("By ")
    assert 300 <= len(text.split()) <= 700


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_has_the_metadata_keys_and_states_the_byline(stem: str) -> None:
    """A sidecar holds exactly the metadata keys; its title and authors are the text's."""
    data = json.loads((DEV / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert list(data) == META_KEYS
    assert build.read_meta(stem, DEV) == data
    text = _text(stem)
    assert text.split("\n")[0] == data["title"]
    assert all(author in text.split("\n")[1] for author in data["authors"])
    assert data["language"] == "en" and data["outlet"]
    datetime.date.fromisoformat(data["published"])


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_matches_record_article(stem: str) -> None:
    """The gold record's article carries the sidecar's metadata."""
    meta = build.read_meta(stem, DEV)
    article = _record(stem).article
    assert (article.title, article.authors, article.outlet) == (
        meta["title"],
        tuple(meta["authors"]),
        meta["outlet"],
    )
    assert article.published == datetime.date.fromisoformat(meta["published"])
    assert (article.url, article.language, article.section) == (meta["url"], meta["language"], meta["section"])


# -- gold records: loading and anchors --------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_gold_record_loads_and_its_text_is_the_fixture(stem: str) -> None:
    """A gold record loads strictly and its article text is the fixture file, exactly."""
    record = _record(stem)
    assert record.text == _text(stem)
    assert record.quotations and record.claims and record.entities


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_anchor_checks_against_the_fixture(stem: str) -> None:
    """Every anchor of a gold record fits the text: span, exact, context and digest."""
    record = _record(stem)
    snapshot = TextSnapshot.of(_text(stem))
    count = 0
    for _path, anchor in record.anchors():
        anchor.check(snapshot)
        assert snapshot.text[anchor.start : anchor.end] == anchor.exact
        count += 1
    assert count > 0


@pytest.mark.parametrize("stem", STEMS)
def test_marks_are_quotation_marks_right_around_the_content(stem: str) -> None:
    """Every mark is one quotation-mark character touching its segment; every segment opens, the last closes."""
    record = _record(stem)
    for quotation in record.quotations:
        for segment in quotation.segments:
            assert segment.open_mark is not None and segment.open_mark.end == segment.content.start
            assert record.text[segment.open_mark.start] in build.QUOTE_MARKS
            if segment.close_mark is not None:
                assert segment.close_mark.start == segment.content.end
                assert record.text[segment.close_mark.start] in build.QUOTE_MARKS
        assert quotation.segments[-1].close_mark is not None


@pytest.mark.parametrize("stem", STEMS)
def test_every_unused_mark_is_an_apostrophe(stem: str) -> None:
    """Every quotation-mark character not used as a mark sits against a letter or digit (an apostrophe)."""
    record = _record(stem)
    text = record.text
    used = {
        mark.start
        for q in record.quotations
        for s in q.segments
        for mark in (s.open_mark, s.close_mark)
        if mark is not None
    }
    for i, char in enumerate(text):
        if char in "’'" and i not in used:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            assert before.isalnum() or after.isalnum(), f"{stem}: unannotated mark at {i}"
        elif char in build.QUOTE_MARKS and char not in "’'":
            assert i in used, f"{stem}: {char!r} at {i} opens or closes no annotated quotation"


@pytest.mark.parametrize("stem", STEMS)
def test_attribution_mentions_are_entity_mentions(stem: str) -> None:
    """Speaker, addressee and hop mentions are among the mentions of the entity they name."""
    record = _record(stem)
    for item in _items(record):
        attribution = item.attribution
        if attribution is None:
            continue
        pairs = [
            (attribution.speaker, attribution.speaker_mention),
            (attribution.addressee, attribution.addressee_mention),
            *((hop.entity, hop.mention) for hop in attribution.chain),
        ]
        for entity_id, mention in pairs:
            if mention is not None:
                assert entity_id is not None
                assert mention in record.entity(entity_id).mentions


@pytest.mark.parametrize("stem", STEMS)
def test_own_outlet_ends_every_chain_and_scare_quotes_have_no_speaker(stem: str) -> None:
    """The sidecar's outlet is the last hop, without cue, of every attributed item; scare quotes stay unattributed."""
    record = _record(stem)
    outlet = build.read_meta(stem, DEV)["outlet"]
    for item in _items(record):
        if isinstance(item, Quotation) and item.kind is QuotationKind.SCARE:
            assert item.attribution is None
            continue
        assert item.attribution is not None
        chain = item.attribution.chain
        assert chain and record.entity(chain[-1].entity).name == outlet and chain[-1].cue is None


_ANCHORS = [(stem, anchor) for stem in STEMS for _path, anchor in _record(stem).anchors()]
_TEXTS = {stem: _text(stem) for stem in STEMS}


@given(st.sampled_from(_ANCHORS))
def test_any_gold_anchor_is_found_again_by_its_words(item: tuple[str, Anchor]) -> None:
    """Any gold anchor is re-found at its own span from its exact words and context."""
    stem, anchor = item
    text = _TEXTS[stem]
    snapshot = TextSnapshot.of(text)
    origin = anchor.start - len(anchor.prefix)
    again = Anchor.find(snapshot, anchor.prefix + anchor.exact + anchor.suffix, near=origin)
    assert again.start == origin
    assert Anchor.at(snapshot, anchor.start, anchor.end) == anchor


# -- the builder --------------------------------------------------------------------


def test_builder_reproduces_the_dev_records_byte_for_byte(tmp_path: Path) -> None:
    """Building the dev set again writes files byte-identical to the committed gold records."""
    written = build.write_all(tmp_path, build.DEV_FIXTURES, build.DEV_SEEDS)
    assert sorted(p.name for p in written) == [f"{stem}.record.json" for stem in STEMS]
    for path in written:
        assert path.read_bytes() == (GOLD / path.name).read_bytes(), f"{path.name} is stale"


def test_builder_default_still_writes_only_the_seeds(tmp_path: Path) -> None:
    """`write_all` without a set writes the four seed records only, as before the dev set existed."""
    written = build.write_all(out=tmp_path)
    assert [p.name[:3] for p in written] == ["000", "002", "003", "004"]


def test_check_mode_covers_the_dev_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--check` reports nothing now, and names a dev record whose file differs."""
    assert build.main(["--check"]) == 0
    assert capsys.readouterr().out == ""
    build.write_all(tmp_path, build.DEV_FIXTURES, build.DEV_SEEDS)
    changed = tmp_path / f"{STEMS[0]}.record.json"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Tamm", "Tam", 1), encoding="utf-8")
    monkeypatch.setattr(build, "SETS", ((build.DEV_SEEDS, build.DEV_FIXTURES, tmp_path),))
    assert build.main(["--check"]) == 1
    assert capsys.readouterr().out == f"stale: {STEMS[0]}.record.json\n"


# -- the phenomena the set is meant to cover -------------------------------------------


def test_quotation_styles_vary_across_the_set() -> None:
    """Curly, straight ASCII, UK single-outer, guillemet and low-9 marks all occur as marks."""
    opened: dict[str, set[str]] = {}
    for stem in STEMS:
        record = _record(stem)
        opened[stem] = {
            record.text[s.open_mark.start] for q in record.quotations for s in q.segments if s.open_mark
        }
    assert sum(1 for marks in opened.values() if '"' in marks) >= 2
    assert "‘" in opened["dev_07_village_bus"] and "“" in opened["dev_07_village_bus"]
    assert {"«", "‹", "„"} <= opened["dev_08_lake_ferry"]


def test_multi_paragraph_quotes_open_every_paragraph_and_close_the_last() -> None:
    """Ortega's statement, the judge's remarks and the council spokesman run over two paragraphs."""
    for stem, first, closes in [
        ("dev_02_library_vote", "Tonight this council", [False, True]),
        ("dev_05_treasurer_sentenced", "Borrowing implies", [True, False, True]),
        ("dev_07_village_bus", "We recognise this", [False, True]),
    ]:
        quotation = _quotation(_record(stem), first)
        assert [s.close_mark is not None for s in quotation.segments] == closes


def test_nested_quotation_carries_the_outer_speaker_as_first_hop() -> None:
    """The judge repeats Pell's words: Pell speaks, Castellanos is the first hop."""
    record = _record("dev_05_treasurer_sentenced")
    outer = _quotation(record, "Borrowing implies")
    (child,) = record.children(outer)
    assert child.kind is QuotationKind.PARTIAL and outer.contains(child)
    speaker = record.speaker(child)
    assert speaker is not None and speaker.name == "Gordon Pell"
    assert [e.name for e in record.chain(child)] == ["Miriam Castellanos", "Tri-County Register"]


def test_pronoun_speakers_resolve_to_the_person_meant() -> None:
    """"he"/"she"/"they" speakers name the person the text means, not the last name mentioned."""
    cases = [
        ("dev_03_cup_semifinal", "It was a stonewall penalty", "Dale Jones"),
        ("dev_05_treasurer_sentenced", "I let down every one", "Gordon Pell"),
        ("dev_07_village_bus", "We’ll have to move", "Joan and Bill Ashworth"),
        ("dev_08_lake_ferry", "We already pay more", "Beat Furrer"),
    ]
    for stem, first, name in cases:
        record = _record(stem)
        quotation = _quotation(record, first)
        speaker = record.speaker(quotation)
        assert quotation.attribution is not None and quotation.attribution.speaker_mention is not None
        assert quotation.attribution.speaker_mention.exact in {"he", "she", "they"}
        assert speaker is not None and speaker.name == name
