"""Tests for provenance.extract: quotations, speakers, relay chains, claims, header."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import serialise
from provenance._cli import main
from provenance.errors import ExtractionError, TextError
from provenance.extract import CUE_VERBS, _speakers, cue_lemma, extract, read_header
from provenance.extract._relay import _PATTERNS, _TRIGGER
from provenance.extract._trie import alternation
from provenance.model import Article, EntityKind, Quotation, QuotationKind, Record
from tests.conftest import FIXTURES

SEED_000 = FIXTURES / "000_7c5aed5cf3782017.txt"
SEED_002 = FIXTURES / "002_168bef1ba08e84db.txt"
SEED_003 = FIXTURES / "003_232e310d2a4f97cd.txt"
SEED_004 = FIXTURES / "004_f9c2b29697949bb4.txt"


def seed(path: Path) -> Record:
    """Extract a seed article with its sidecar metadata."""
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return extract(path.read_text(encoding="utf-8"), metadata=meta)


def quote(record: Record, words: str) -> Quotation:
    """The quotation whose first segment starts with ``words``."""
    found = [q for q in record.quotations if q.words[0].lstrip("’‘").startswith(words)]
    assert len(found) >= 1, words
    return found[-1]  # a nested quotation follows the parent that starts with the same words


def speaker_name(record: Record, item: Quotation) -> str | None:
    """The speaker's entity name, or None."""
    entity = record.speaker(item)
    return entity.name if entity else None


def chain_names(record: Record, item: Quotation) -> list[str]:
    """The names along an item's relay chain."""
    return [e.name for e in record.chain(item)]


# -- small hand-written texts ---------------------------------------------------


def test_inverted_speaker_after_quote() -> None:
    """“…,” said X gives X as speaker and said as cue."""
    record = extract("“We will hold the line,” said Olena Petrenko.")
    q = record.quotations[0]
    assert q.kind is QuotationKind.DIRECT
    assert speaker_name(record, q) == "Olena Petrenko"
    assert q.attribution is not None and q.attribution.cue is not None
    assert q.attribution.cue.exact == "said"


def test_apposition_addressee_and_outlet_hop() -> None:
    """X, a description, told OUTLET: speaker, description, addressee and a hop."""
    record = extract("“It was loud,” Maria, a teacher there, told Al Jazeera.")
    q = record.quotations[0]
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name == "Maria"
    assert speaker.description == "a teacher there"
    assert q.attribution is not None and q.attribution.addressee_mention is not None
    assert q.attribution.addressee_mention.exact == "Al Jazeera"
    assert chain_names(record, q) == ["Al Jazeera"]
    assert record.entity(q.attribution.addressee or "").kind is EntityKind.OUTLET


def test_colon_introduction_and_continuation() -> None:
    """X replied: “…” then a cue-less quotation continues the same speaker."""
    text = "Ivan Petrov replied: “No comment.”\n“We are done here,” he continued.\n“Nothing else to add today.”"
    record = extract(text)
    assert [speaker_name(record, q) for q in record.quotations] == ["Ivan Petrov"] * 3
    last = record.quotations[-1]
    assert last.attribution is not None and last.attribution.cue is None


def test_split_quote_is_one_quotation() -> None:
    """“A,” she said, “B.” is one quotation with two segments."""
    record = extract("“We tried,” Anna Berg said, “and we failed.”")
    assert len(record.quotations) == 1
    q = record.quotations[0]
    assert q.words == ("We tried,", "and we failed.")
    assert speaker_name(record, q) == "Anna Berg"


def test_scare_quotes_get_no_speaker() -> None:
    """A short quoted term with no cue is a scare quote without attribution."""
    record = extract("The regime calls it a “special operation” while bombing cities.")
    q = record.quotations[0]
    assert q.kind is QuotationKind.SCARE and q.attribution is None


def test_title_after_a_title_noun_is_scare() -> None:
    """The podcast “War on the Rocks” is a title, not speech."""
    record = extract("He spoke on the podcast “War on the Rocks” last week.")
    assert record.quotations[0].kind is QuotationKind.SCARE


def test_partial_quote_in_reported_speech() -> None:
    """A fragment inside reported speech is partial with the cue's speaker."""
    record = extract("Putin declared that the aims “have not changed” at all.")
    q = record.quotations[0]
    assert q.kind is QuotationKind.PARTIAL
    assert speaker_name(record, q) == "Putin"
    assert [c.content.exact for c in record.claims] == ["the aims “have not changed” at all"]


def test_pronoun_resolves_to_full_name() -> None:
    """He resolves to the last person, named by the fullest form in the text."""
    text = "President Vladimir Putin spoke. Putin said, “Enough.” Later he said, “More.”"
    record = extract(text)
    speakers = {speaker_name(record, q) for q in record.quotations}
    assert speakers == {"Vladimir Putin"}
    putin = record.speaker(record.quotations[-1])
    assert putin is not None and "Putin" in putin.aliases
    mentions = [m.exact for m in putin.mentions]
    assert "he" in mentions and "Vladimir Putin" in mentions


def test_according_to_claim_both_orders() -> None:
    """According to X, … and …, according to X. are claims by X."""
    text = "According to the ministry's data, prices rose sharply. Wages fell again, according to Rosstat."
    record = extract(text)
    contents = [c.content.exact for c in record.claims]
    assert "Wages fell again" in contents
    assert all(c.attribution.cue is not None and c.attribution.cue.exact.lower() == "according to" for c in record.claims)


def test_told_that_claim_with_addressee() -> None:
    """X told Y that …: a claim with X as speaker and Y as addressee."""
    record = extract("Ivan Fedorov told the Kharkiv Human Rights Protection Group that a woman was deported.")
    (claim,) = record.claims
    assert claim.content.exact == "a woman was deported"
    assert record.entity(claim.attribution.speaker or "").name == "Ivan Fedorov"
    addressee = record.entity(claim.attribution.addressee or "")
    assert addressee.name == "Kharkiv Human Rights Protection Group"
    assert addressee.kind is EntityKind.ORGANISATION


def test_relay_with_date_and_article_outlet() -> None:
    """A dated report becomes a hop with an ISO date; the article's outlet is the last hop."""
    text = "According to the October 5 Washington Post, Colonel Roman Kostenko observed, “This is not Kharkiv.”"
    record = extract(text, metadata={"outlet": "Daily Example", "published": "2022-10-10"})
    q = record.quotations[0]
    assert speaker_name(record, q) == "Roman Kostenko"
    assert chain_names(record, q) == ["Washington Post", "Daily Example"]
    assert q.attribution is not None
    hop = q.attribution.chain[0]
    assert hop.date == "2022-10-05" and hop.date_mention is not None
    assert hop.date_mention.exact == "October 5"
    unknown_year = extract(text)
    assert unknown_year.quotations[0].attribution is not None
    assert unknown_year.quotations[0].attribution.chain[0].date == "--10-05"


def test_alterations_are_anchored() -> None:
    """Ellipses, bracketed insertions and [sic] inside a quotation are anchored."""
    record = extract("“When [the soldiers] left … they ran [sic],” she said.")
    kinds = [(a.kind.value, a.anchor.exact) for a in record.quotations[0].alterations]
    assert kinds == [("insertion", "[the soldiers]"), ("ellipsis", "…"), ("sic", "[sic]")]


def test_medium_on_telegram() -> None:
    """wrote X on Telegram records the medium."""
    record = extract("“Draft laws are ready,” wrote MP Danylo Hetmantsev on Telegram.")
    attribution = record.quotations[0].attribution
    assert attribution is not None and attribution.medium == "Telegram"
    assert speaker_name(record, record.quotations[0]) == "Danylo Hetmantsev"


def test_header_lines() -> None:
    """Title, byline, date line and label line fill the article metadata."""
    text = "A headline here\nBy Ann Lee and Bo Li\nMay 2, 2023\nNEWS ANALYSIS\nBody text, “quoted,” he said."
    article = extract(text).article
    assert article.title == "A headline here"
    assert article.authors == ("Ann Lee", "Bo Li")
    assert article.published == datetime.date(2023, 5, 2)
    assert article.section == "NEWS ANALYSIS"


def test_metadata_overrides_and_errors() -> None:
    """Metadata overrides the header; bad metadata raises ExtractionError with what is wrong."""
    record = extract("Title line\nBody.", metadata={"title": "Other", "published": datetime.date(2020, 1, 2)})
    assert record.article.title == "Other"
    with pytest.raises(ExtractionError, match="unknown metadata key"):
        extract("x", metadata={"colour": "red"})
    with pytest.raises(ExtractionError, match="YYYY-MM-DD"):
        extract("x", metadata={"published": "yesterday"})
    with pytest.raises(ExtractionError, match="must be a str or an Article"):
        extract(42)  # type: ignore[arg-type]


def test_article_is_used_as_given() -> None:
    """An Article source keeps its metadata."""
    article = Article.create("“Hi,” said Bo.", title="T", outlet="O")
    record = extract(article)
    assert record.article == article
    assert chain_names(record, record.quotations[0]) == ["O"]


def test_lone_surrogate_is_a_text_error() -> None:
    """A lone surrogate is refused with TextError."""
    with pytest.raises(TextError):
        extract("bad \ud800 text")


def test_cue_lexicon() -> None:
    """The cue lexicon maps forms to lemmas and is importable."""
    assert cue_lemma("Said") == "say" and CUE_VERBS["told"] == "tell"
    assert {"said", "says", "told", "wrote", "added", "noted", "declared", "replied", "asked"} <= set(CUE_VERBS)


# -- the seeds ------------------------------------------------------------------


def test_seed_002_split_quote_with_nested_children() -> None:
    """The New York Times split quote: one quotation, two segments, two nested children."""
    record = seed(SEED_002)
    q = quote(record, "Describing the West")
    assert len(q.segments) == 2
    assert speaker_name(record, q) == "New York Times"
    children = record.children(q)
    assert len(children) == 2
    by_the_way = next(c for c in children if c.text.startswith("By the way"))
    assert speaker_name(record, by_the_way) == "Vladimir Putin"
    assert chain_names(record, by_the_way) == ["New York Times", "World-Outlook"]


def test_seed_002_multi_paragraph_quote() -> None:
    """Fernández de Cossío's answer over three paragraphs is one quotation with three segments."""
    record = seed(SEED_002)
    q = quote(record, "Cuba’s position is not new")
    assert len(q.segments) == 3
    assert [s.close_mark is not None for s in q.segments] == [False, False, True]
    assert speaker_name(record, q) == "Fernández de Cossío"


def test_seed_002_typoed_mark_does_not_shift_later_quotes() -> None:
    """The “’These … typo is recovered; Hetmantsev's quotes and later ones are found."""
    record = seed(SEED_002)
    these = quote(record, "These are draft laws")
    assert record.depth(these) == 1
    assert speaker_name(record, these) == "Danylo Hetmantsev"
    assert "OpenDemocracy" in chain_names(record, these)
    later = quote(record, "While martial law prevented unions")
    assert record.depth(later) == 0 and speaker_name(record, later) == "Education International"


def test_seed_002_kostenko_title() -> None:
    """Ukrainian commander Colonel Roman Kostenko: name without title, description kept."""
    record = seed(SEED_002)
    q = quote(record, "This is not Kharkiv")
    entity = record.speaker(q)
    assert entity is not None and entity.name == "Roman Kostenko"
    assert entity.description is not None and "commander" in entity.description
    assert chain_names(record, q)[0] == "Washington Post"


def test_seed_000_antonina_and_partial() -> None:
    """Antonina told Al Jazeera; “nation of invincibles.” is partial by Lina Malina."""
    record = seed(SEED_000)
    antonina = quote(record, "When [the Russian soldiers] left")
    assert speaker_name(record, antonina) == "Antonina"
    assert chain_names(record, antonina)[0] == "Al Jazeera"
    partial = quote(record, "nation of invincibles")
    assert partial.kind is QuotationKind.PARTIAL
    assert speaker_name(record, partial) == "Lina Malina"


def test_seed_000_told_group_that_claim() -> None:
    """Fedorov told the Kharkiv Human Rights Protection Group that …: a claim."""
    record = seed(SEED_000)
    claim = next(c for c in record.claims if c.content.exact.startswith("a woman was deported"))
    assert record.entity(claim.attribution.speaker or "").name == "Ivan Fedorov"


def test_seed_scare_quotes_have_no_speaker() -> None:
    """“annexing” and “democracy.” are scare quotes with no attribution."""
    record = seed(SEED_002)
    for words in ("annexing", "democracy"):
        q = quote(record, words)
        assert q.kind is QuotationKind.SCARE and q.attribution is None


def test_seed_header_and_captions() -> None:
    """Seed 000's header is read; its repeated caption does not create a credit entity."""
    text = SEED_000.read_text(encoding="utf-8")
    header = read_header(text)
    assert header.title == "As Putin bombs civilians — Defend Ukraine\xa0sovereignty!"
    assert header.authors == ("Roy Landersen",)
    assert header.published == datetime.date(2022, 10, 24)
    assert len(header.captions) >= 2
    record = extract(text)
    assert not any("Zelenskaya" in e.name for e in record.entities)
    assert len([e for e in record.entities if e.name == "Lina Malina"]) == 1


@pytest.mark.parametrize("path", [SEED_000, SEED_002, SEED_003, SEED_004], ids=lambda p: p.name[:3])
def test_seed_records_are_valid_and_stable(path: Path) -> None:
    """Every seed gives a record whose anchors check and which round-trips and repeats."""
    record = seed(path)
    for _where, anchor in record.anchors():
        anchor.check(record.article.text)
    assert serialise.loads(serialise.dumps(record)) == record
    assert seed(path) == record


# -- properties -------------------------------------------------------------------

TEXTS = st.lists(
    st.sampled_from(
        [*"“”‘’\"'«»„ ,.:\n\r", "\r\n", "said", " he ", "Ann Lee", "told", "BBC", "\u0301", "😀", "according to", " that "]
    ),
    max_size=60,
).map("".join)


@given(TEXTS)
def test_extract_never_raises_and_anchors_check(text: str) -> None:
    """Arbitrary text gives a valid record whose anchors check, the same on a second run."""
    record = extract(text)
    for _where, anchor in record.anchors():
        anchor.check(record.article.text)
    for q in record.quotations:
        if q.parent is not None:
            assert record.quotation(q.parent).contains(q)
    assert extract(text) == record


@given(st.text(max_size=200))
def test_extract_on_any_unicode(text: str) -> None:
    """Any Unicode text without lone surrogates extracts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(TextError):
            extract(text)
        return
    record = extract(text)
    assert record.article.text.text == text


def test_adversarial_texts_finish() -> None:
    """Long degenerate inputs finish (time is measured in the benchmark, not here)."""
    for text in (
        "“" * 100_000,
        "“’" * 50_000,
        "’" * 200_000,
        "word " * 60_000,
        "“a,” he said. " * 15_000,
        # Thousands of mentions of one surname with namesakes (once quadratic).
        "“Yes,” Mr. Obama said. Barack Obama and Michelle Obama spoke. " * 3_000,
        "“Yes,” the president said. " * 5_000,
    ):
        record = extract(text)
        assert record.article.text.length == len(text)


# -- command line ---------------------------------------------------------------


def test_cli_table_and_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table format prints one line per item; a sidecar's outlet ends each chain."""
    article = tmp_path / "a.txt"
    article.write_text("“We stay,” Maria told Reuters.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "Example Times"}', encoding="utf-8")
    assert main(["extract", str(article), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out == "direct\tMaria\tReuters > Example Times\tWe stay,\n"


def test_cli_json_output_file(tmp_path: Path) -> None:
    """-o writes a record that loads strictly."""
    article = tmp_path / "b.txt"
    article.write_text("“Yes,” said Bo.", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    record = serialise.load(out)
    assert record.quotations[0].words == ("Yes,",)


def test_cli_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file or a broken sidecar exits 2 with a message."""
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    article = tmp_path / "c.txt"
    article.write_text("x", encoding="utf-8")
    (tmp_path / "c.meta.json").write_text("[1]", encoding="utf-8")
    assert main(["extract", str(article)]) == 2
    assert "sidecar" in capsys.readouterr().err


_WORDS = st.text(alphabet="ab .", min_size=1, max_size=5)


@given(st.lists(_WORDS, min_size=1, max_size=12), st.text(alphabet="ab .x", max_size=60))
def test_trie_alternation_matches_as_the_plain_alternation(words: list[str], text: str) -> None:
    """Between word boundaries, the trie pattern finds the same matches as the words joined longest first."""
    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    bounded = r"(?<![^\W_])(?:{})(?![^\W_])"
    found = [m.span() for m in re.finditer(bounded.format(alternation(words)), text)]
    assert found == [m.span() for m in re.finditer(bounded.format(plain), text)]


def test_trie_alternation_refuses_empty_words() -> None:
    """No words, or an empty word, is a programming error, not a pattern that matches everywhere."""
    for words in ([], ["a", ""]):
        with pytest.raises(ValueError, match="alternation"):
            alternation(words)


_RELAY_PIECES = st.sampled_from(
    ["According to", "according to", "the", "The", "Washington Post", "Reuters", "reported", "reports", "cited",
     "quoted", "published", "citing", "by", "on", "September 16", "Sept. 21,", "report", ",", "said", "Record", "."]
)


@given(st.lists(_RELAY_PIECES, max_size=12))
def test_relay_prefilter_never_hides_a_relay(pieces: list[str]) -> None:
    """Any sentence the relay patterns match also holds one of the words the pre-filter looks for."""
    sentence = " ".join(pieces)
    if _PATTERNS.search(sentence) is not None:
        assert _TRIGGER.search(sentence) is not None


def _sentence_start_forwards(text: str, pos: int, floor: int) -> int:
    """sentence_start as first written: every end in the window, forwards, the last kept."""
    low = max(floor, pos - _speakers._WINDOW)
    best = low
    for found in _speakers._SENTENCE_END.finditer(text, low, pos):
        end, mark = found.end(), found.group()
        if mark == ".":
            word_start = end - 1
            while word_start > low and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start : end - 1].lower()
            if word in _speakers._ABBREVIATIONS or len(word) == 1 or _speakers._lower_follows(text, end):
                continue
            if end < len(text) and text[end] in "),":
                continue
        while mark not in "\n\r\u2028\u2029" and end < pos and text[end] in "\"”’»)":
            end += 1
        best = end
    while best < pos and text[best].isspace():
        best += 1
    return best


_SENTENCE_PIECES = st.sampled_from(["a", "Bb", ".", " ", "!", "?", "…", "\n", "\r\n", "\"", "”", "’", "»", ")", ",", "Mr.", "U.S.", "e.g.", "x" * 90])


@given(st.lists(_SENTENCE_PIECES, max_size=60), st.data())
def test_sentence_start_searched_backwards_finds_what_the_forward_scan_found(pieces: list[str], draw: st.DataObject) -> None:
    """The backward search for a sentence's start agrees with a forward scan of the whole window."""
    text = "".join(pieces)
    pos = draw.draw(st.integers(0, len(text)))
    floor = draw.draw(st.integers(0, pos))
    assert _speakers.sentence_start(text, pos, floor) == _sentence_start_forwards(text, pos, floor)
