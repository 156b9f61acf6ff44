"""The seed fixtures, their metadata sidecars and the hand-made gold records."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tools.gold import build
from tools.gold.spec import By, ClaimSpec, Ent, Quote, Seed, Seg, W

from provenance.anchors import Anchor
from provenance.model import AlterationKind, Claim, Quotation, QuotationKind, Record
from provenance.serialise import load
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES

#: SHA-256 of each seed's UTF-8 bytes, as published with the seed articles.
SEED_SHA256 = {
    "000_7c5aed5cf3782017": "bedac699d4c941e6bf1e71cd790fd1bff12a2814fd8ba490b983e67c21877cab",
    "002_168bef1ba08e84db": "e1d126a7aad3ea097d152eaa93483ac9f70cd5f9124692565770ea4b343a9875",
    "003_232e310d2a4f97cd": "5c262f0e6c0c386bd147c733150c8efbf1b2dd313c6ace5609ef0592ce8d80b7",
    "004_f9c2b29697949bb4": "e140e5932639599a3a8afafe4bbbee8f5dcce066e724fe7dc97fc4c2e8e9443b",
}
STEMS = sorted(SEED_SHA256)
GOLD = FIXTURES / "gold"
QUOTE_MARKS = frozenset("“”‘’\"'«»„‚‹›")


def _text(stem: str) -> str:
    return (FIXTURES / f"{stem}.txt").read_bytes().decode("utf-8")


def _record(stem: str) -> Record:
    return load(GOLD / f"{stem}.record.json")


def _quotation(record: Record, first_words: str) -> Quotation:
    found = [q for q in record.quotations if q.words[0].startswith(first_words)]
    assert len(found) == 1, f"{len(found)} quotations start with {first_words!r}"
    return found[0]


# -- the seed texts -----------------------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_seed_bytes_are_pinned(stem: str) -> None:
    """Each seed text is the published file, byte for byte."""
    data = (FIXTURES / f"{stem}.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256[stem]


def test_every_seed_has_a_sidecar_and_a_gold_record() -> None:
    """The fixtures directory pairs each seed with its sidecar and gold record, and nothing else."""
    assert sorted(p.name[: -len(".txt")] for p in FIXTURES.glob("*.txt")) == STEMS
    assert sorted(p.name[: -len(".meta.json")] for p in FIXTURES.glob("*.meta.json")) == STEMS
    assert sorted(p.name[: -len(".record.json")] for p in GOLD.glob("*.record.json")) == STEMS


# -- metadata sidecars --------------------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_has_exactly_the_metadata_keys(stem: str) -> None:
    """A sidecar holds exactly title, authors, outlet, published, url, language, section."""
    data = json.loads((FIXTURES / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert list(data) == ["title", "authors", "outlet", "published", "url", "language", "section"]
    assert data["language"] == "en"
    assert data["url"] is None
    if data["published"] is not None:
        datetime.date.fromisoformat(data["published"])


def test_sidecars_state_what_the_texts_state() -> None:
    """Title, byline, date, label and self-named outlet come from the text; nothing is guessed."""
    meta = {stem: build.read_meta(stem) for stem in STEMS}
    assert meta["000_7c5aed5cf3782017"]["title"] == "As Putin bombs civilians — Defend Ukraine sovereignty!"
    assert meta["000_7c5aed5cf3782017"]["authors"] == ["Roy Landersen"]
    assert meta["000_7c5aed5cf3782017"]["published"] == "2022-10-24"
    assert meta["002_168bef1ba08e84db"]["authors"] == ["Geoff Mirelowitz", "Argiris Malapanis"]
    assert meta["002_168bef1ba08e84db"]["outlet"] == "World-Outlook"
    assert meta["002_168bef1ba08e84db"]["section"] == "NEWS ANALYSIS"
    assert meta["003_232e310d2a4f97cd"]["published"] == "2024-01-01"
    assert [meta[s]["outlet"] for s in STEMS] == [None, "World-Outlook", None, None]
    assert {k: v for k, v in meta["004_f9c2b29697949bb4"].items() if v is not None} == {"language": "en"}
    for stem in STEMS:
        text = _text(stem).replace("\xa0", " ")
        for value in (meta[stem]["title"], *(meta[stem]["authors"] or ()), meta[stem]["outlet"]):
            assert value is None or value in text, f"{stem}: {value!r} is not in the text"


@pytest.mark.parametrize("stem", STEMS)
def test_sidecar_matches_record_article(stem: str) -> None:
    """The gold record's article carries the sidecar's metadata."""
    meta = build.read_meta(stem)
    article = _record(stem).article
    assert article.title == meta["title"]
    assert article.authors == tuple(meta["authors"] or ())
    assert article.outlet == meta["outlet"]
    published = meta["published"]
    assert article.published == (None if published is None else datetime.date.fromisoformat(published))
    assert (article.url, article.language, article.section) == (
        meta["url"],
        meta["language"],
        meta["section"],
    )


# -- gold records: loading and anchors ----------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_gold_record_text_is_the_fixture_text(stem: str) -> None:
    """A gold record's article text is the fixture file's text, exactly."""
    record = _record(stem)
    assert record.text == _text(stem)
    assert record.article.text.sha256 == SEED_SHA256[stem]


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_anchor_checks_against_the_fixture(stem: str) -> None:
    """Every anchor of a gold record fits the fixture text: span, exact, context, digest."""
    record = _record(stem)
    snapshot = TextSnapshot.of(_text(stem))
    paths = 0
    for _path, anchor in record.anchors():
        anchor.check(snapshot)
        assert snapshot.text[anchor.start : anchor.end] == anchor.exact
        paths += 1
    assert paths > 0


@pytest.mark.parametrize("stem", STEMS)
def test_quotation_marks_are_quotation_mark_characters(stem: str) -> None:
    """Every open and close mark of every segment covers one quotation-mark character."""
    record = _record(stem)
    for quotation in record.quotations:
        for segment in quotation.segments:
            for mark in (segment.open_mark, segment.close_mark):
                if mark is not None:
                    assert len(mark) == 1
                    assert record.text[mark.start : mark.end] in QUOTE_MARKS
            if segment.open_mark is not None:
                assert segment.open_mark.end == segment.content.start
            if segment.close_mark is not None:
                assert segment.close_mark.start == segment.content.end


@pytest.mark.parametrize("stem", STEMS)
def test_every_segment_opens_and_the_last_closes(stem: str) -> None:
    """Every segment is opened; a segment without a close mark is followed by another."""
    for quotation in _record(stem).quotations:
        assert all(s.open_mark is not None for s in quotation.segments)
        assert quotation.segments[-1].close_mark is not None


@pytest.mark.parametrize("stem", STEMS)
def test_every_name_occurrence_is_a_mention(stem: str) -> None:
    """Each whole-word occurrence of an entity's name or alias is anchored as some entity's mention."""
    record = _record(stem)
    text = record.text
    covered = [m.span for e in record.entities for m in e.mentions]
    generic = {"Russian troops"}  # a common noun: only the mention that refers to the entity
    for entity in record.entities:
        for name in entity.names():
            if name in generic:
                continue
            start = text.find(name)
            while start != -1:
                end = start + len(name)
                whole = not (start and text[start - 1].isalnum() and name[0].isalnum()) and not (
                    end < len(text) and text[end].isalnum() and name[-1].isalnum()
                )
                if whole:
                    assert any(s.start <= start and end <= s.end for s in covered), (
                        f"{entity.name}: {name!r} at {start} is not a mention"
                    )
                start = text.find(name, start + 1)


@pytest.mark.parametrize("stem", STEMS)
def test_attribution_mentions_are_entity_mentions(stem: str) -> None:
    """Speaker, addressee and hop mentions are among the mentions of the entity they name."""
    record = _record(stem)
    items: list[Quotation | Claim] = [*record.quotations, *record.claims]
    for item in items:
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


def _items(record: Record) -> list[Quotation | Claim]:
    return [*record.quotations, *record.claims]


def _all_anchors() -> list[tuple[str, Anchor]]:
    return [(stem, anchor) for stem in STEMS for _path, anchor in _record(stem).anchors()]


_ANCHORS = _all_anchors()
_TEXTS = {stem: _text(stem) for stem in STEMS}


@given(st.sampled_from(_ANCHORS))
def test_any_gold_anchor_is_found_again_by_its_words(item: tuple[str, Anchor]) -> None:
    """Any gold anchor is re-found at its own span from its exact words and context."""
    stem, anchor = item
    text = _TEXTS[stem]
    snapshot = TextSnapshot.of(text)
    # Repeated captions share their context, so look near the anchor's own place.
    origin = anchor.start - len(anchor.prefix)
    again = Anchor.find(snapshot, anchor.prefix + anchor.exact + anchor.suffix, near=origin)
    assert again.start == origin
    assert Anchor.at(snapshot, anchor.start, anchor.end) == anchor
    assert text[anchor.start : anchor.end] == anchor.exact


# -- the builder ---------------------------------------------------------------


def test_builder_is_deterministic(tmp_path: Path) -> None:
    """Building again writes files byte-identical to the committed gold records."""
    written = build.write_all(out=tmp_path)
    assert sorted(p.name for p in written) == [f"{stem}.record.json" for stem in STEMS]
    for path in written:
        assert path.read_bytes() == (GOLD / path.name).read_bytes(), f"{path.name} is stale"
    again = build.write_all(out=tmp_path / "again")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in written]


def test_builder_check_mode_reports_fresh_records(capsys: pytest.CaptureFixture[str]) -> None:
    """`--check` exits 0 when the committed records are up to date."""
    assert build.main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def _tiny_seed(quote: Quote | None = None, claim: ClaimSpec | None = None) -> Seed:
    return Seed(
        stem="000_7c5aed5cf3782017",
        entities=(Ent("antonina", "Antonina"),),
        quotes=() if quote is None else (quote,),
        claims=() if claim is None else (claim,),
    )


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        (Quote(segments=(Seg("no such words here"),)), "occurs 0 times"),
        (Quote(segments=(Seg("Putin"),)), "occurs 13 times"),
        (
            Quote(segments=(Seg(W("nation of invincibles", occurrence=0), opened=False),)),
            "quotation mark after",
        ),
        (Quote(segments=(Seg("When [the Russian soldiers] left"),)), "quotation mark after"),
        (Quote(segments=(Seg(W("Putin", within="Putin bombs civilians")),)), "quotation mark before"),
        (Quote(segments=(Seg(W("Antonina", occurrence=3)),)), "occurrence 3 does not exist"),
        (
            Quote(segments=(Seg("nation of invincibles", closed=False),)),
            "occurs 2 times",
        ),
        (
            Quote(segments=(Seg(W("Elena", within="Elena Zelenskaya")),)),
            "occurs 0 times",
        ),
        (
            Quote(
                segments=(
                    Seg(
                        "When [the Russian soldiers] left, they were running and panicking on the street,"
                    ),
                ),
                by=By(speaker="nobody"),
            ),
            "unknown entity key 'nobody'",
        ),
        (Quote(segments=(Seg(W("said", within="Putin")),)), "must be unique"),
    ],
)
def test_builder_refuses_annotations_that_do_not_fit(quote: Quote, message: str) -> None:
    """Absent, ambiguous or mis-marked words and unknown keys raise AnnotationError naming them."""
    with pytest.raises(build.AnnotationError, match=message):
        build.build_record(_tiny_seed(quote))


def test_builder_refuses_a_sidecar_with_other_keys(tmp_path: Path) -> None:
    """A sidecar with missing or extra keys is refused."""
    stem = "000_7c5aed5cf3782017"
    (tmp_path / f"{stem}.txt").write_bytes((FIXTURES / f"{stem}.txt").read_bytes())
    (tmp_path / f"{stem}.meta.json").write_text('{"title": null}', encoding="utf-8")
    with pytest.raises(build.AnnotationError, match="expected exactly the keys"):
        build.build_record(_tiny_seed(), fixtures=tmp_path)


def test_builder_refuses_an_attribution_mention_overlapping_a_name() -> None:
    """A speaker mention that overlaps the entity's name mention without equalling it is refused."""
    seed = Seed(
        stem="000_7c5aed5cf3782017",
        entities=(Ent("antonina", "Antonina"),),
        quotes=(),
        claims=(
            ClaimSpec(
                "Antonina, a pensioner there",
                By(speaker="antonina", mention="Antonina, a pensioner"),
            ),
        ),
    )
    with pytest.raises(build.AnnotationError, match="overlaps its name mention"):
        build.build_record(seed)


# -- the notable cases -----------------------------------------------------------


def test_describing_the_west_is_one_relayed_quotation_with_two_nested() -> None:
    """“Describing the West …,” the New York Times reported, “…”: two segments, two children, chains."""
    record = _record("002_168bef1ba08e84db")
    outer = _quotation(record, "Describing the West as")
    assert len(outer.segments) == 2
    assert outer.words[1].endswith("He added: ‘By the way, they created a precedent.’")
    speaker = record.speaker(outer)
    assert speaker is not None and speaker.name == "New York Times"
    assert [e.name for e in record.chain(outer)] == ["World-Outlook"]
    children = record.children(outer)
    assert [c.words for c in children] == [
        ("deceitful and hypocritical through and through,",),
        ("By the way, they created a precedent.",),
    ]
    for child in children:
        assert outer.contains(child) and record.depth(child) == 1
        inner = record.speaker(child)
        assert inner is not None and inner.name == "Vladimir Putin"
        assert [e.name for e in record.chain(child)] == ["New York Times", "World-Outlook"]
        assert child.attribution is not None
        first_hop = child.attribution.chain[0]
        assert first_hop.cue is not None and first_hop.cue.exact == "reported"
    added = children[1].attribution
    assert added is not None and added.speaker_mention is not None and added.cue is not None
    assert (added.speaker_mention.exact, added.cue.exact) == ("He", "added")


def test_fernandez_de_cossio_runs_over_three_paragraphs() -> None:
    """The reply opens each of its three paragraphs and closes only the last."""
    record = _record("002_168bef1ba08e84db")
    reply = _quotation(record, "Cuba’s position is not new.")
    assert len(reply.segments) == 3
    assert [s.close_mark is not None for s in reply.segments] == [False, False, True]
    assert all(s.open_mark is not None for s in reply.segments)
    assert reply.attribution is not None and reply.attribution.cue is not None
    assert reply.attribution.cue.exact == "replied"
    speaker = record.speaker(reply)
    assert speaker is not None and speaker.name == "Carlos Fernández de Cossío"


def test_open_democracy_text_nests_hetmantsev() -> None:
    """The typo'd “’These … paragraphs are OpenDemocracy's text with Hetmantsev's words inside."""
    record = _record("002_168bef1ba08e84db")
    outer = _quotation(record, "’These are draft laws")
    first = outer.segments[0]
    assert first.open_mark is not None and record.text[first.open_mark.start] == "“"
    speaker = record.speaker(outer)
    assert speaker is not None and speaker.name == "OpenDemocracy"
    assert [s.close_mark is not None for s in outer.segments] == [False, False, True]
    children = record.children(outer)
    assert len(children) == 3 and [len(c.segments) for c in children] == [1, 1, 2]
    for child in children:
        inner = record.speaker(child)
        assert inner is not None and inner.name == "Danylo Hetmantsev"
        assert [e.name for e in record.chain(child)] == ["OpenDemocracy", "World-Outlook"]
    telegram = children[0].attribution
    assert telegram is not None and telegram.medium == "Telegram"


def test_resolved_by_force_keeps_its_insertion() -> None:
    """003: “resolv[ed] by force” has an insertion inside a word, anchored with its brackets."""
    record = _record("003_232e310d2a4f97cd")
    quotation = _quotation(record, "resolv[ed] by force")
    assert quotation.kind is QuotationKind.PARTIAL
    (alteration,) = quotation.alterations
    assert alteration.kind is AlterationKind.INSERTION
    assert alteration.anchor.exact == "[ed]"
    assert record.text[alteration.anchor.start - 6 : alteration.anchor.end] == "resolv[ed]"


def test_dated_relay_hops() -> None:
    """Relays dated by the text carry the date at the precision given (no year: --MM-DD)."""
    record = _record("002_168bef1ba08e84db")
    dated = {
        (hop.date, hop.date_mention.exact)
        for item in _items(record)
        if item.attribution is not None
        for hop in item.attribution.chain
        if hop.date is not None and hop.date_mention is not None
    }
    assert dated == {
        ("--09-16", "September 16"),
        ("--10-04", "October 4"),
        ("--10-05", "October 5"),
        ("--10-06", "October 6"),
    }


def test_own_outlet_ends_every_chain_in_002_only() -> None:
    """World-Outlook is the last hop, with no cue, of every attributed item in 002 and nowhere else."""
    for stem in STEMS:
        record = _record(stem)
        names = {e.id: e.name for e in record.entities}
        for item in _items(record):
            if item.attribution is None:
                continue
            chain = item.attribution.chain
            if stem.startswith("002"):
                assert chain and names[chain[-1].entity] == "World-Outlook"
                assert chain[-1].cue is None
            else:
                assert all(names[h.entity] != "World-Outlook" for h in chain)


def test_scare_quotes_have_no_attribution() -> None:
    """Scare quotes, titles and nicknames never get an invented speaker."""
    for stem in STEMS:
        for quotation in _record(stem).quotations:
            if quotation.kind is QuotationKind.SCARE:
                assert quotation.attribution is None


def test_caption_repeats_are_both_annotated() -> None:
    """000's caption partial quote and its repeat are two quotations and two claims."""
    record = _record("000_7c5aed5cf3782017")
    caption = [q for q in record.quotations if q.words == ("nation of invincibles.",)]
    assert len(caption) == 2
    claims = [c for c in record.claims if c.content.exact.endswith("“nation of invincibles.”")]
    assert len(claims) == 2
    for claim in claims:
        speaker = record.speaker(claim)
        assert speaker is not None and speaker.name == "Lina Malina"


def test_told_al_jazeera_is_addressee_and_hop() -> None:
    """000: Antonina told Al Jazeera: insertion kept, Al Jazeera both addressee and hop."""
    record = _record("000_7c5aed5cf3782017")
    quotation = _quotation(record, "When [the Russian soldiers] left")
    attribution = quotation.attribution
    assert attribution is not None
    assert [a.anchor.exact for a in quotation.alterations] == ["[the Russian soldiers]"]
    assert attribution.addressee is not None
    assert record.entity(attribution.addressee).name == "Al Jazeera"
    assert [e.name for e in record.chain(quotation)] == ["Al Jazeera"]
    speaker = record.speaker(quotation)
    assert speaker is not None and speaker.description == "a pensioner there"
