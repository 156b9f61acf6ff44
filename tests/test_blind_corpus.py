"""The blind corpus: original articles kept away from extraction work, with gold records.

Only the corpus itself is checked here (texts, sidecars, gold records and the
builder that makes them).  Extraction quality on it is measured by
``benchmarks/blind_eval.py`` and is deliberately never asserted.
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
from provenance.errors import FormatError
from provenance.model import Claim, Quotation, QuotationKind, Record
from provenance.serialise import load, loads
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES

BLIND = FIXTURES / "blind"
GOLD = BLIND / "gold"
STEMS = sorted(seed.stem for seed in build.BLIND_SEEDS)
META_KEYS = ["title", "authors", "outlet", "published", "url", "language", "section"]


def _text(stem: str) -> str:
    return (BLIND / f"{stem}.txt").read_bytes().decode("utf-8")


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
    """The blind directory pairs each of five texts with its sidecar and gold record."""
    assert len(STEMS) == 5
    assert sorted(p.name[: -len(".txt")] for p in BLIND.glob("*.txt")) == STEMS
    assert sorted(p.name[: -len(".meta.json")] for p in BLIND.glob("*.meta.json")) == STEMS
    assert sorted(p.name[: -len(".record.json")] for p in GOLD.glob("*.record.json")) == STEMS


def test_blind_texts_are_not_dev_texts() -> None:
    """No blind article shares a stem or a paragraph with the development set."""
    dev_paragraphs = {
        line
        for path in (FIXTURES / "dev").glob("*.txt")
        for line in path.read_text(encoding="utf-8").split("\n")
    }
    dev_stems = {seed.stem for seed in build.DEV_SEEDS}
    for stem in STEMS:
        assert stem not in dev_stems
        assert not {line for line in _text(stem).split("\n") if line} & dev_paragraphs


@pytest.mark.parametrize("stem", STEMS)
def test_texts_are_utf8_lf_and_of_article_length(stem: str) -> None:
    """Each text is UTF-8 with LF line ends, a title and a byline, and 250 to 450 words."""
    data = (BLIND / f"{stem}.txt").read_bytes()
    text = data.decode("utf-8")
    assert "\r" not in text
    lines = text.split("\n")
    assert lines[1].startswith("By ")
    assert 250 <= len(text.split()) <= 450


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_has_the_metadata_keys_and_states_the_byline(stem: str) -> None:
    """A sidecar holds exactly the metadata keys; its title and authors are the text's."""
    data = json.loads((BLIND / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert list(data) == META_KEYS
    assert build.read_meta(stem, BLIND) == data
    text = _text(stem)
    assert text.split("\n")[0] == data["title"]
    assert all(author in text.split("\n")[1] for author in data["authors"])
    assert data["language"] == "en" and data["outlet"]
    assert data["url"].startswith("https://news.example.org/")
    datetime.date.fromisoformat(data["published"])


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_matches_record_article(stem: str) -> None:
    """The gold record's article carries the sidecar's metadata."""
    meta = build.read_meta(stem, BLIND)
    article = _record(stem).article
    assert (article.title, article.authors, article.outlet) == (
        meta["title"],
        tuple(meta["authors"]),
        meta["outlet"],
    )
    assert article.published == datetime.date.fromisoformat(meta["published"])
    assert (article.url, article.language, article.section) == (
        meta["url"],
        meta["language"],
        meta["section"],
    )


# -- gold records: strict loading and anchors ------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_gold_record_loads_and_its_text_is_the_fixture(stem: str) -> None:
    """A gold record loads strictly and its article text is the fixture file, exactly."""
    record = _record(stem)
    assert record.text == _text(stem)
    assert record.quotations and record.claims and record.entities


@pytest.mark.parametrize("stem", STEMS)
def test_gold_record_with_an_unknown_field_is_refused(stem: str) -> None:
    """Loading is strict: the same record with one stray key is a FormatError, not a silent skip."""
    data = json.loads((GOLD / f"{stem}.record.json").read_text(encoding="utf-8"))
    data["quotations"][0]["speaker_guess"] = "nobody"
    with pytest.raises(FormatError):
        loads(json.dumps(data))


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
    outlet = build.read_meta(stem, BLIND)["outlet"]
    for item in _items(record):
        if isinstance(item, Quotation) and item.kind is QuotationKind.SCARE:
            assert item.attribution is None
            continue
        assert item.attribution is not None and item.attribution.speaker is not None
        chain = item.attribution.chain
        assert chain and record.entity(chain[-1].entity).name == outlet and chain[-1].cue is None


@pytest.mark.parametrize("stem", STEMS)
def test_claims_exclude_that_and_the_final_full_stop(stem: str) -> None:
    """A claim's content never starts with the complementiser 'that ' nor ends with a bare full stop."""
    for claim in _record(stem).claims:
        exact = claim.content.exact
        assert not exact.startswith("that ") and exact == exact.strip()
        assert not exact.endswith(".")


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


def test_builder_reproduces_the_blind_records_byte_for_byte(tmp_path: Path) -> None:
    """Building the blind set again writes files byte-identical to the committed gold records."""
    written = build.write_all(tmp_path, build.BLIND_FIXTURES, build.BLIND_SEEDS)
    assert sorted(p.name for p in written) == [f"{stem}.record.json" for stem in STEMS]
    for path in written:
        assert path.read_bytes() == (GOLD / path.name).read_bytes(), f"{path.name} is stale"


def test_blind_set_is_appended_after_seeds_and_dev() -> None:
    """The builder's sets are the seeds, the dev set and then the blind set, each in its own directory."""
    assert [(fixtures, out) for _seeds, fixtures, out in build.SETS] == [
        (build.FIXTURES, build.GOLD),
        (build.DEV_FIXTURES, build.DEV_GOLD),
        (build.BLIND_FIXTURES, build.BLIND_GOLD),
    ]
    assert build.SETS[2][0] == build.BLIND_SEEDS


def test_check_mode_covers_the_blind_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--check` reports nothing now, and names a blind record whose file differs."""
    assert build.main(["--check"]) == 0
    assert capsys.readouterr().out == ""
    build.write_all(tmp_path, build.BLIND_FIXTURES, build.BLIND_SEEDS)
    changed = tmp_path / f"{STEMS[0]}.record.json"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Falk", "Fall", 1), encoding="utf-8"
    )
    monkeypatch.setattr(build, "SETS", ((build.BLIND_SEEDS, build.BLIND_FIXTURES, tmp_path),))
    assert build.main(["--check"]) == 1
    assert capsys.readouterr().out == f"stale: {STEMS[0]}.record.json\n"


# -- the phenomena the set is meant to cover -------------------------------------------


def test_straight_and_curly_marks_both_occur() -> None:
    """The tech story uses straight ASCII marks only; the others use curly marks."""
    for stem in STEMS:
        record = _record(stem)
        opened = {
            record.text[s.open_mark.start]
            for q in record.quotations
            for s in q.segments
            if s.open_mark
        }
        if stem == "blind_04_startup_layoffs":
            assert opened == {'"'}
        else:
            assert "“" in opened and '"' not in opened


def test_multi_paragraph_quote_opens_every_paragraph_and_closes_the_last() -> None:
    """The keeper's memories run over two paragraphs with no cue: her words, no mention."""
    record = _record("blind_05_lighthouse_keeper")
    quotation = _quotation(record, "I was never lonely")
    assert [s.close_mark is not None for s in quotation.segments] == [False, True]
    speaker = record.speaker(quotation)
    assert speaker is not None and speaker.name == "Agnes Ruddock"
    assert quotation.attribution is not None and quotation.attribution.cue is None


def test_nested_quotations_carry_the_outer_speaker_as_first_hop() -> None:
    """The skipper's radio call and the kayaker's thanks: inner speaker, Ruddock the first hop."""
    record = _record("blind_05_lighthouse_keeper")
    for outer_words, inner_speaker in [
        ("I was never lonely", "Davey Lorne"),
        ("He was very polite", "kayaker"),
    ]:
        outer = _quotation(record, outer_words)
        (child,) = record.children(outer)
        assert outer.contains(child) and record.depth(child) == 1
        speaker = record.speaker(child)
        assert speaker is not None and speaker.name == inner_speaker
        assert [e.name for e in record.chain(child)] == ["Agnes Ruddock", "Northfield Weekly"]


def test_pronoun_speakers_resolve_to_the_person_meant() -> None:
    """ "he"/"she" speakers name the person the text means, across paragraphs and alternating speakers."""
    cases = [
        ("blind_01_bus_strike", "A review is a promise", "Ingrid Falk"),
        ("blind_02_mayoral_interview", "Rosa built them", "Leon Achterberg"),
        ("blind_02_mayoral_interview", "Leon has never built", "Rosa Delgado"),
        ("blind_02_mayoral_interview", "We ran it twice", "Hugo Park"),
        ("blind_04_startup_layoffs", "There's real money", "Marcus Feld"),
        ("blind_05_lighthouse_keeper", "He was very polite", "Agnes Ruddock"),
    ]
    for stem, first, name in cases:
        record = _record(stem)
        quotation = _quotation(record, first)
        speaker = record.speaker(quotation)
        assert (
            quotation.attribution is not None and quotation.attribution.speaker_mention is not None
        )
        assert quotation.attribution.speaker_mention.exact in {"he", "she"}
        assert speaker is not None and speaker.name == name


def test_told_relays_put_the_outlet_before_the_own_outlet() -> None:
    """`told the Corlan Daily Post that …` and `told … KFM that …`: the outlet told is addressee and first hop."""
    for stem, claim_start, outlet in [
        ("blind_01_bus_strike", "his trip to work", "Corlan Daily Post"),
        ("blind_02_mayoral_interview", "she would publish", "KFM"),
    ]:
        record = _record(stem)
        (claim,) = [c for c in record.claims if c.content.exact.startswith(claim_start)]
        assert claim.attribution.addressee is not None
        assert record.entity(claim.attribution.addressee).name == outlet
        assert next(e.name for e in record.chain(claim)) == outlet
