"""Tests for provenance.brat: strict standoff import, export and round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from provenance import brat, serialise
from provenance.anchors import Anchor, Span
from provenance.errors import FormatError
from provenance.model import (
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from tests._quoted_records import quoted_records
from tests.conftest import FIXTURES

DATA = Path(__file__).resolve().parent / "data" / "brat"
GOLD = FIXTURES / "gold"


def assert_same_content(before: Record, after: Record) -> None:
    """Quotation segments and marks, claim spans, speakers by name, cues and chains survive."""

    def name(record: Record, item: Quotation | Claim) -> str | None:
        speaker = record.speaker(item)
        return None if speaker is None else speaker.name

    def cue(item: Quotation | Claim) -> Span | None:
        return None if item.attribution is None or item.attribution.cue is None else item.attribution.cue.span

    assert len(after.quotations) == len(before.quotations)
    for old, new in zip(before.quotations, after.quotations, strict=True):
        assert new.segments == old.segments
        assert new.kind is old.kind
        assert name(after, new) == name(before, old)
        assert cue(new) == cue(old)
        assert [e.name for e in after.chain(new)] == [e.name for e in before.chain(old)]
        parent = None if old.parent is None else before.quotation(old.parent).span
        assert (None if new.parent is None else after.quotation(new.parent).span) == parent
    assert [c.content for c in after.claims] == [c.content for c in before.claims]
    for old_claim, new_claim in zip(before.claims, after.claims, strict=True):
        assert name(after, new_claim) == name(before, old_claim)
        assert cue(new_claim) == cue(old_claim)


# -- import ------------------------------------------------------------------


def test_load_parc_style_document() -> None:
    """Events, relations, a discontinuous split quote, Equiv and a quoted word in a claim."""
    record = brat.load_files(DATA / "parc_style.txt", DATA / "parc_style.ann")
    text = record.text
    speakers = [record.speaker(q) for q in record.quotations]
    quotes = [
        (q.kind, q.words, None if s is None else s.name)
        for q, s in zip(record.quotations, speakers, strict=True)
    ]
    assert quotes == [
        (QuotationKind.DIRECT, ("We will win,",), "Anna Petrova"),
        (QuotationKind.DIRECT, ("Not today,", "nor tomorrow."), "Anna Petrova"),
        (QuotationKind.PARTIAL, ("collapsed",), "Ivan Franko"),
        (QuotationKind.DIRECT, ("Never,",), "Ivan Franko"),
    ]
    split = record.quotations[1]
    for segment in split.segments:
        assert segment.open_mark is not None and segment.close_mark is not None
        assert text[segment.open_mark.start] == "“"
        assert text[segment.close_mark.start] == "”"
        assert text[segment.content.start : segment.content.end] == segment.content.exact
    assert split.attribution is not None and split.attribution.speaker_mention is not None
    assert split.attribution.speaker_mention.exact == "she"
    assert [c.content.exact for c in record.claims] == ["the talks had “collapsed” overnight"]
    claim = record.claims[0]
    assert claim.attribution.cue is not None and claim.attribution.cue.exact == "said"
    franko = record.speaker(claim)
    assert franko is not None and franko.aliases == ("Mr. Franko",)
    assert {m.exact for m in franko.mentions} == {"Ivan Franko", "Mr. Franko"}
    anna = record.speaker(record.quotations[0])
    assert anna is not None and anna.aliases == ()  # a pronoun is a mention, never an alias


def test_sources_with_the_same_normalised_text_merge() -> None:
    """Two sources reading 'Mr. Putin' and 'putin' are one entity."""
    txt = "“A,” Mr. Putin said. “B,” putin said."
    ann = (
        "T1\tContent 0 4\t“A,”\nT2\tSource 5 14\tMr. Putin\nT3\tCue 15 19\tsaid\n"
        "T4\tContent 21 25\t“B,”\nT5\tSource 26 31\tputin\nT6\tCue 32 36\tsaid\n"
        "E1\tAttribution:T3 Source:T2 Content:T1\nE2\tAttribution:T6 Source:T5 Content:T4\n"
    )
    record = brat.load(txt, ann)
    assert len(record.entities) == 1
    assert record.entities[0].name == "Mr. Putin"
    assert record.entities[0].aliases == ("putin",)


def test_unattributed_quote_is_scare_and_kind_attribute_wins() -> None:
    """Marks without attribution give a scare quote; a Kind attribute overrides inference."""
    txt = "The “plan” failed. A block of words."
    ann = "T1\tContent 4 10\t“plan”\nT2\tContent 19 36\tA block of words.\nA1\tKind T2 block\n"
    record = brat.load(txt, ann)
    assert [(q.kind, q.text) for q in record.quotations] == [
        (QuotationKind.SCARE, "plan"),
        (QuotationKind.BLOCK, "A block of words."),
    ]
    assert record.quotations[1].segments[0].open_mark is None


def test_multi_paragraph_quote_opens_each_paragraph() -> None:
    """Fragments that open but do not close are segments with an opening mark only."""
    txt = "“First part\n“Second part,” she said."
    ann = "T1\tContent 0 11;12 26\t“First part “Second part,”\nT2\tSource 27 30\tshe\nT3\tCue 31 35\tsaid\nE1\tAttribution:T3 Source:T2 Content:T1\n"
    quotation = brat.load(txt, ann).quotations[0]
    assert quotation.words == ("First part", "Second part,")
    assert quotation.segments[0].close_mark is None
    assert quotation.segments[1].close_mark == Span(25, 26)


# A document annotated the way the PolNeAR corpus writes it (our own words):
# each event's trigger is a text-bound "Attribution" over the cue words and the
# Cue is an argument too; "Attribution-no-source" events have no Source;
# "Discard" and "Discuss" spans (which may overlap sources) are not attributions.
POLNEAR_TXT = (
    "Mayor Sees 'Real Danger' if Voters Don't Turn Out\n\nABSTRACT.\n\n"
    "Council members are worried that the new budget will not pass. "
    "\"It's about the city,\" the mayor told reporters on Monday. "
    "\"We have to pay for schools,\" Ruth Vance, the city's finance director, said. "
    "\"And we have to pay for roads.\"\n\n"
    "The budget should pass, according to a report released last week. "
    "The vote has appeared likely to be close."
)


def _polnear_ann() -> str:
    """PolNeAR-shaped annotations over POLNEAR_TXT, offsets found in the text."""
    text, lines, number = POLNEAR_TXT, [], [0, 0]

    def bound(kind: str, *pieces: str) -> str:
        number[0] += 1
        spans = [(text.index(p), text.index(p) + len(p)) for p in pieces]
        lines.append(f"T{number[0]}\t{kind} {';'.join(f'{a} {b}' for a, b in spans)}\t{' '.join(pieces)}")
        return f"T{number[0]}"

    def event(kind: str, cue: str, content: tuple[str, ...], source: str | None) -> str:
        source_id = None if source is None else bound("Source", source)
        cue_id, content_id = bound("Cue", cue), bound("Content", *content)
        trigger = bound(kind, cue)
        number[1] += 1
        arguments = f"{kind}:{trigger} Content:{content_id} Cue:{cue_id}"
        lines.append(f"E{number[1]}\t{arguments}" + ("" if source_id is None else f" Source:{source_id}"))
        return content_id

    event("Attribution", "Sees", ("'Real Danger' if Voters Don't Turn Out",), "Mayor")
    bound("Discard", "ABSTRACT.")
    event("Attribution", "are worried", ("that the new budget will not pass",), "Council members")
    bound("Discuss", "Council")
    told = event("Attribution", "told", ('"It\'s about the city,"',), "the mayor")
    lines.append(f"#1\tAnnotatorNotes {told}\tchecked twice")
    event(
        "Attribution",
        "said",
        ('"We have to pay for schools,"', '"And we have to pay for roads."'),
        "Ruth Vance, the city's finance director,",
    )
    event("Attribution", "according to", ("The budget should pass",), "a report released last week")
    event("Attribution-no-source", "has appeared", ("The vote", "likely to be close"), None)
    return "\n".join(lines) + "\n"


def test_load_polnear_style_document() -> None:
    """Attribution triggers with Cue arguments, no-source events and Discard/Discuss spans load."""
    record = brat.load(POLNEAR_TXT, _polnear_ann())

    def speaker(item: Quotation | Claim) -> str | None:
        found = record.speaker(item)
        return None if found is None else found.name

    def cue(item: Quotation | Claim) -> str | None:
        return None if item.attribution is None or item.attribution.cue is None else item.attribution.cue.exact

    direct = [q for q in record.quotations if q.kind is QuotationKind.DIRECT]
    assert [(q.words, speaker(q), cue(q)) for q in direct] == [
        (("It's about the city,",), "the mayor", "told"),
        (("We have to pay for schools,", "And we have to pay for roads."), "Ruth Vance", "said"),
    ]
    partial = [q for q in record.quotations if q.kind is QuotationKind.PARTIAL]
    # "Mayor" and "the mayor" have the same normalised name: one entity.
    assert [(q.text, speaker(q)) for q in partial] == [("Real Danger", "the mayor")]
    vance = record.speaker(direct[1])
    assert vance is not None and vance.description == "the city's finance director"
    assert vance.mentions[0].exact == "Ruth Vance, the city's finance director,"
    claims = {c.content.exact: (speaker(c), cue(c)) for c in record.claims}
    assert claims == {
        "'Real Danger' if Voters Don't Turn Out": ("the mayor", "Sees"),
        "that the new budget will not pass": ("Council members", "are worried"),
        "The budget should pass": ("a report released last week", "according to"),
        "The vote has appeared likely to be close": (None, "has appeared"),
    }
    for path, anchor in record.anchors():
        assert POLNEAR_TXT[anchor.span.start : anchor.span.end] == anchor.exact, path


def test_fragments_listed_out_of_order() -> None:
    """A split quotation whose fragments are listed out of text order is the same quotation."""
    txt = "“Not today,” she said, “nor tomorrow.”"
    ann = "T1\tContent 23 38;0 12\t“nor tomorrow.” “Not today,”\nT2\tSource 13 16\tshe\nT3\tCue 17 21\tsaid\n"
    ann += "E1\tAttribution:T3 Source:T2 Content:T1\n"
    [quotation] = brat.load(txt, ann).quotations
    assert quotation.words == ("Not today,", "nor tomorrow.")


@pytest.mark.parametrize(
    ("start", "end"),
    [(1, 24), (0, 23)],
    ids=["opening-mark-left-out", "closing-mark-left-out"],
)
def test_content_leaving_out_one_of_its_marks_is_a_quotation(start: int, end: int) -> None:
    """A Content holding one mark of its pair with the other just outside is a quotation all the same."""
    txt = "“We will pay the cost,” Ann Lee said. Ann Lee said the cost was high."
    ann = f"T1\tContent {start} {end}\t{txt[start:end]}\nT2\tSource 24 31\tAnn Lee\nT3\tCue 32 36\tsaid\n"
    ann += "E1\tAttribution:T3 Source:T2 Content:T1\n"
    record = brat.load(txt, ann)
    assert record.claims == ()
    [quotation] = record.quotations
    assert quotation.words == ("We will pay the cost,",)
    segment = quotation.segments[0]
    assert segment.open_mark == Span(0, 1) and segment.close_mark == Span(22, 23)


def test_content_without_marks_stays_a_claim() -> None:
    """A claim whose words happen to sit after a mark, with no mark of its own at either end, is no quotation."""
    txt = "He said “no” and Ann Lee said the cost was high."
    ann = "T1\tContent 30 47\tthe cost was high\nT2\tSource 17 24\tAnn Lee\nT3\tCue 25 29\tsaid\n"
    ann += "E1\tAttribution:T3 Source:T2 Content:T1\n"
    record = brat.load(txt, ann)
    assert [c.content.exact for c in record.claims] == ["the cost was high"]


def test_doubled_apostrophes_as_marks() -> None:
    """''A'' as a quotation (marks two characters long) and inside a claim as a partial quote."""
    txt = "''We could not,'' said Ann Lee. Voters would ''march behind'' him, Tom said."
    q = "''"

    def at(words: str, start: int = 0) -> str:
        i = txt.index(words, start)
        return f"{i} {i + len(words)}\t{words}"

    ann = f"T1\tContent {at(q + 'We could not,' + q)}\nT2\tSource {at('Ann Lee')}\nT3\tCue {at('said')}\n"
    ann += "E1\tAttribution:T3 Source:T2 Content:T1\n"
    ann += f"T4\tContent {at('Voters would ' + q + 'march behind' + q + ' him')}\nT5\tSource {at('Tom')}\n"
    ann += f"T6\tCue {at('said', 60)}\nE2\tAttribution:T6 Source:T5 Content:T4\n"
    record = brat.load(txt, ann)
    direct, partial = record.quotations
    assert direct.words == ("We could not,",) and partial.words == ("march behind",)
    for quotation in (direct, partial):
        segment = quotation.segments[0]
        assert segment.open_mark is not None and txt[segment.open_mark.start : segment.open_mark.end] == q
        assert segment.close_mark is not None and txt[segment.close_mark.start : segment.close_mark.end] == q


@pytest.mark.parametrize(
    ("source", "name", "description"),
    [
        ("New Jersey", "New Jersey", None),
        ("Republican Christine Todd Whitman", "Christine Todd Whitman", "Republican"),
        ("New Jersey Gov. Chris Christie", "Chris Christie", "New Jersey Gov."),
        ("RNC Chairman Reince Priebus", "Reince Priebus", "RNC Chairman"),
        ("Rep. Gwen Moore (D-Wis.)", "Gwen Moore", "Rep. (D-Wis.)"),
        ("vice presidential candidate Mike Pence", "Mike Pence", "vice presidential candidate"),
        ("many Democrats", "many Democrats", None),
        ("Stacy Baker of Columbia, South Carolina", "Stacy Baker", "of Columbia, South Carolina"),
        ("Secretary of Homeland Security Jeh Johnson", "Jeh Johnson", "Secretary of Homeland Security"),
        ("Jason Sims — a teacher from Mount Pleasant —", "Jason Sims", "a teacher from Mount Pleasant"),
        ("The South Korean Defense Ministry", "South Korean Defense Ministry", None),
        ("Sens. Tom Carper, Dianne Feinstein and Ben Cardin", "Tom Carper, Dianne Feinstein and Ben Cardin", "Sens."),
        ("Bank of America", "Bank of America", None),
    ],
)
def test_source_phrases_name_their_entity(source: str, name: str, description: str | None) -> None:
    """The entity of a Source is named by the proper name in it; the rest describes it."""
    txt = f"“Go,” said {source}."
    ann = f"T1\tContent 0 5\t“Go,”\nT2\tCue 6 10\tsaid\nT3\tSource 11 {11 + len(source)}\t{source}\n"
    ann += "E1\tAttribution:T2 Source:T3 Content:T1\n"
    record = brat.load(txt, ann)
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and (speaker.name, speaker.description) == (name, description)
    assert speaker.mentions[0].exact == source


def test_abandoned_events_and_mistyped_cues() -> None:
    """An event with no arguments is ignored; a Cue argument on a Discuss span is still the cue."""
    ann = "T1\tContent 0 5\t“Go,”\nT2\tSource 6 9\tAnn\nT3\tDiscuss 10 14\tsaid\nT4\tAttribution 10 14\tsaid\n"
    ann += "E1\tAttribution:T4 \nE2\tAttribution:T4 Source:T2 Content:T1 Cue:T3\n"
    [quotation] = brat.load(TXT, ann).quotations
    assert quotation.attribution is not None and quotation.attribution.cue is not None
    assert quotation.attribution.cue.exact == "said"


def test_lenient_where_the_meaning_is_clear() -> None:
    """Free-text notes are ignored; an unattributed unquoted Content is a claim; duplicates merge."""
    ann = GOOD + "#1\tAnnotatorNotes T1\tsome words\nT4\tContent 0 5\t“Go,”\nE2\tAttribution:T3 Source:T2 Content:T4\n"
    ann += "T5\tContent 10 14\tsaid\n"
    record = brat.load(TXT, ann)
    assert [q.words for q in record.quotations] == [("Go,",)]
    [claim] = record.claims
    assert claim.content.exact == "said" and record.speaker(claim) is None


# -- errors ------------------------------------------------------------------

TXT = "“Go,” Ann said."
GOOD = "T1\tContent 0 5\t“Go,”\nT2\tSource 6 9\tAnn\nT3\tCue 10 14\tsaid\nE1\tAttribution:T3 Source:T2 Content:T1\n"


@pytest.mark.parametrize(
    ("ann", "line", "message"),
    [
        ("T1 Content 0 5 “Go,”\n", 1, "malformed line"),
        ("X1\tContent 0 5\t“Go,”\n", 1, "malformed line"),
        (GOOD + "T4\tContent 0\t“\n", 5, "malformed text-bound"),
        (GOOD + "T4\tContent 3 99\tx\n", 5, "bad offsets 3 99"),
        (GOOD + "T4\tContent 3 3\t\n", 5, "bad offsets 3 3"),
        (GOOD + "T4\tContent 1 4;2 5\tGo, o,”\n", 5, "fragments of T4 overlap"),
        (GOOD + "T4\tContent 3 4;1 2\tG ,\n", 5, "text of T4 is 'G ,'"),
        (GOOD.replace("\tAnn\n", "\tAnne\n"), 2, "text of T2 is 'Anne' but the .txt has 'Ann'"),
        (GOOD + "T2\tCue 10 14\tsaid\n", 5, "id T2 is already used on line 2"),
        (GOOD.replace("Content:T1", "Content:T9"), 4, "unknown id T9"),
        (GOOD + "A1\tKind T7 direct\n", 5, "unknown id T7"),
        (GOOD.replace("Source:T2 Content:T1", "Source:T1 Content:T2"), 4, "points at a Source annotation"),
        (GOOD.replace("Source:T2", "Speaker:T2"), 4, "unknown role 'Speaker'"),
        (GOOD.replace("E1\tAttribution:T3", "E1\tAttribution-no-source:T2"), 4, "points at a Source annotation, not a Cue"),
        (GOOD.replace(" Content:T1", ""), 4, "exactly one Content"),
        (GOOD + "R1\tAttribution Arg1:T1\n", 5, "malformed relation"),
        (GOOD + "R1\tAttribution Arg2:T1 Arg1:T2\n", 5, "Arg1 and Arg2, in that order"),
        (GOOD + "R1\tAttribution Arg1:T1 Arg2:T2\n", 5, "second source"),
        (GOOD + "A1\tKind T1 quoted\n", 5, "unknown Kind 'quoted'"),
        (GOOD + "A1 Kind T1 direct\n", 5, "malformed line"),
        (GOOD + "A1\tKind\n", 5, "malformed attribute"),
        (GOOD + "#1\tAnnotatorNotes T1\tmarks: 2-2,1-1\n", 5, r"gives 2 fragment\(s\)"),
        (GOOD + "#1\tAnnotatorNotes T1\tmarks: one\n", 5, "must read 'marks:"),
        (GOOD + "E2\tAttribution:T2 Content:T1\n", 5, "points at a Source annotation, not a Cue"),
        (GOOD.replace("Source:T2", "Source:T2 Cue:T3 Cue2:T3"), 4, "several Cue arguments"),
        (GOOD.replace("Source:T2", "Cue:T2"), 4, "Cue:T2 points at a Source annotation"),
    ],
)
def test_errors_name_the_line(ann: str, line: int, message: str) -> None:
    """Every malformed or inconsistent annotation is a FormatError naming its line."""
    with pytest.raises(FormatError, match=message) as caught:
        brat.load(TXT, ann)
    assert caught.value.path == f"ann:line {line}"


def test_errors_in_files_name_the_file(tmp_path: Path) -> None:
    """load_files names the .ann path in the error; unreadable files are FormatErrors."""
    txt, ann = tmp_path / "doc.txt", tmp_path / "doc.ann"
    txt.write_text(TXT, encoding="utf-8")
    ann.write_text("T1\tContent 0 5\t“Go!”\n", encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        brat.load_files(txt, ann)
    assert caught.value.path == f"{ann}:line 1"
    with pytest.raises(FormatError, match="cannot read"):
        brat.load_files(tmp_path / "missing.txt", ann)
    txt.write_bytes(b"\xff\xfe")
    with pytest.raises(FormatError, match="not UTF-8"):
        brat.load_files(txt, ann)


def test_offsets_splitting_a_grapheme_are_refused() -> None:
    """A fragment ending between a letter and its combining mark is refused with its line."""
    txt = "“Cafe\u0301,” Ann said."
    with pytest.raises(FormatError, match="grapheme") as caught:
        brat.load(txt, "T1\tContent 0 5\t“Cafe\n")
    assert caught.value.path == "ann:line 1"


def test_bad_text_and_article_mismatch() -> None:
    """A lone surrogate in the .txt and an article with other text are refused."""
    with pytest.raises(FormatError, match="surrogate"):
        brat.load("bad \ud800 text", "")
    with pytest.raises(FormatError, match=r"differs from the \.txt"):
        brat.load(TXT, GOOD, article=Article.create("other"))
    titled = brat.load(TXT, GOOD, article=Article.create(TXT, title="Go"))
    assert titled.article.title == "Go"


def test_relation_style_and_note_named_entities() -> None:
    """Relations give source and cue; a note names the entity; EntityKind sets its kind."""
    ann = (
        "T1\tContent 0 5\t“Go,”\nT2\tSource 6 9\tAnn\nT3\tCue 10 14\tsaid\n"
        "R1\tAttribution Arg1:T1 Arg2:T2\nR2\tAttribution Arg1:T1 Arg2:T3\n"
        "#1\tAnnotatorNotes T2\tAnn Smith\nA1\tEntityKind T2 person\n"
    )
    record = brat.load(TXT, ann)
    quotation = record.quotations[0]
    speaker = record.speaker(quotation)
    assert speaker is not None and (speaker.name, speaker.kind) == ("Ann Smith", EntityKind.PERSON)
    assert quotation.attribution is not None and quotation.attribution.cue is not None
    assert quotation.attribution.cue.exact == "said"


def test_adversarial_inputs_stay_linear() -> None:
    """Thousands of unclosed marks in a claim and many lines load without blow-up."""
    txt = "Ann said that " + "“" * 50_000 + "x."
    ann = (
        f"T1\tContent 14 {len(txt) - 1}\t{txt[14:-1]}\nT2\tSource 0 3\tAnn\nT3\tCue 4 8\tsaid\n"
        "E1\tAttribution:T3 Source:T2 Content:T1\n"
    )
    record = brat.load(txt, ann)
    assert len(record.claims) == 1 and record.quotations == ()
    many = "".join(f"T{i}\tCue 4 8\tsaid\n" for i in range(1, 20_001))
    assert brat.load(txt, many).quotations == ()


# -- CRLF ----------------------------------------------------------------------

CRLF_TXT = "“One,” Ann said.\r\n“Two,” Bob said."


def test_crlf_offsets_both_ways() -> None:
    """Code-point offsets count a CRLF as two; crlf_as_one reads and writes brat's count."""
    second = CRLF_TXT.index("“Two")
    exact = f"T1\tContent {second} {second + 6}\t“Two,”\n"
    brat_count = f"T1\tContent {second - 1} {second + 5}\t“Two,”\n"
    by_code_points = brat.load(CRLF_TXT, exact)
    by_brat = brat.load(CRLF_TXT, brat_count, crlf_as_one=True)
    assert by_code_points.quotations == by_brat.quotations
    assert by_brat.quotations[0].segments[0].content.exact == "Two,"
    with pytest.raises(FormatError, match=r"splits .* CRLF .*need crlf_as_one"):
        brat.load(CRLF_TXT, brat_count)
    shifted = f"T1\tContent {second + 5} {second + 10}\t“Two,”\n"
    with pytest.raises(FormatError, match=r"but the \.txt has"):
        brat.load(CRLF_TXT, shifted)
    record = by_code_points
    assert brat.dump(record)[1].startswith(exact)
    assert brat.dump(record, crlf_as_one=True)[1].startswith(brat_count)


def test_crlf_inside_a_span_is_shown_as_spaces() -> None:
    """A span over a line break shows it as spaces in the text field (one per character counted)."""
    txt = "Ann said that a\r\nb."
    ann = "T1\tContent 14 18\ta  b\nT2\tSource 0 3\tAnn\nR1\tAttribution Arg1:T1 Arg2:T2\n"
    assert brat.load(txt, ann).claims[0].content.exact == "a\r\nb"
    collapsed = "T1\tContent 14 17\ta b\nT2\tSource 0 3\tAnn\nR1\tAttribution Arg1:T1 Arg2:T2\n"
    assert brat.load(txt, collapsed, crlf_as_one=True).claims[0].content.exact == "a\r\nb"


def test_crlf_files_round_trip_bytes(tmp_path: Path) -> None:
    """dump_files and load_files keep CRLF line ends byte for byte."""
    record = brat.load(CRLF_TXT, "T1\tContent 0 6\t“One,”\n")
    brat.dump_files(record, tmp_path / "a.txt", tmp_path / "a.ann")
    assert (tmp_path / "a.txt").read_bytes() == CRLF_TXT.encode("utf-8")
    assert brat.load_files(tmp_path / "a.txt", tmp_path / "a.ann") == record


# -- export and round trips ------------------------------------------------------


def fixture_record() -> Record:
    """A hand-made record of the fixture's relayed, split, nested quotation."""
    article = Article.create((FIXTURES / "002_168bef1ba08e84db.txt").read_text(encoding="utf-8"))
    snap = article.text
    start = snap.text.index("“Describing the West")

    def find(exact: str) -> Anchor:
        return Anchor.find(snap, exact, near=start)

    putin = Entity.create("Vladimir Putin", aliases=("Putin", "Mr. Putin"), mentions=(find("Mr. Putin"),))
    nyt = Entity.create("The New York Times", EntityKind.OUTLET, mentions=(find("the New York Times"),))
    first = find("Describing the West as ‘deceitful and hypocritical through and through,’")
    second = find(
        "Mr. Putin noted that the United States was the only country to have used nuclear weapons "
        "in war. He added: ‘By the way, they created a precedent.’"
    )
    outer = Quotation.create(
        [
            Segment.create(first, open_mark=Span(first.start - 1, first.start), close_mark=Span(first.end, first.end + 1)),
            Segment.create(second, open_mark=Span(second.start - 1, second.start), close_mark=Span(second.end, second.end + 1)),
        ],
        attribution=Attribution(
            speaker=nyt.id, speaker_mention=find("the New York Times"), cue=find("reported")
        ),
    )
    inner_words = find("By the way, they created a precedent.")
    inner = Quotation.create(
        [Segment.create(inner_words, open_mark=Span(inner_words.start - 1, inner_words.start), close_mark=Span(inner_words.end, inner_words.end + 1))],
        attribution=Attribution(speaker=putin.id, cue=find("added"), chain=(Hop(entity=nyt.id, mention=find("the New York Times")),)),
        parent=outer.id,
    )
    claim = Claim.create(
        find("the United States was the only country to have used nuclear weapons in war"),
        Attribution(speaker=putin.id, speaker_mention=find("Mr. Putin"), cue=find("noted")),
    )
    return Record.create(article, entities=[putin, nyt], quotations=[outer, inner], claims=[claim])


def test_fixture_record_round_trip() -> None:
    """A split, relayed and nested quotation from a seed article survives export and import."""
    record = fixture_record()
    txt, ann = brat.dump(record)
    assert txt == record.text
    assert "\tParent Arg1:" in ann and "\tVia Arg1:" in ann
    # The outer Content is one discontinuous span including its marks.
    outer = record.quotations[0]
    fragments = ";".join(
        f"{s.open_mark.start} {s.close_mark.end}" for s in outer.segments if s.open_mark and s.close_mark
    )
    assert f"\tContent {fragments}\t“Describing" in ann
    back = brat.load(txt, ann)
    assert_same_content(record, back)
    assert [e.name for e in back.entities] == ["The New York Times", "Vladimir Putin"]


def test_marks_note_keeps_unmarked_edges() -> None:
    """A segment with no opening mark whose words begin with a quote character keeps it."""
    article = Article.create("‘Hi,’ she said and left")
    words = Anchor.at(article.text, 0, 5)
    quotation = Quotation.create([Segment.create(words)], QuotationKind.BLOCK)
    record = Record.create(article, quotations=[quotation])
    txt, ann = brat.dump(record)
    assert "marks: 0-0" in ann
    assert brat.load(txt, ann).quotations[0].segments == quotation.segments


def test_speaker_without_mention_uses_nearest_mention() -> None:
    """A speaker with no speaker mention is exported at the entity's nearest mention."""
    article = Article.create("Ann spoke. “Yes,” came the reply.")
    ann_entity = Entity.create("Ann", mentions=(Anchor.at(article.text, 0, 3),))
    yes = Anchor.find(article.text, "Yes,")
    quotation = Quotation.create(
        [Segment.create(yes, open_mark=Span(yes.start - 1, yes.start), close_mark=Span(yes.end, yes.end + 1))],
        attribution=Attribution(speaker=ann_entity.id),
    )
    record = Record.create(article, entities=[ann_entity], quotations=[quotation])
    _, ann = brat.dump(record)
    assert "R1\tAttribution Arg1:T1 Arg2:T2" in ann
    back = brat.load(*brat.dump(record))
    speaker = back.speaker(back.quotations[0])
    assert speaker is not None and speaker.name == "Ann"


@given(quoted_records())
def test_round_trip_generated(record: Record) -> None:
    """load(*dump(record)) keeps every content span, mark, speaker name, cue and chain."""
    back = brat.load(*brat.dump(record))
    assert_same_content(record, back)
    for _, anchor in back.anchors():
        assert back.text[anchor.start : anchor.end] == anchor.exact


@given(quoted_records())
def test_round_trip_generated_crlf_as_one(record: Record) -> None:
    """The same round trip holds with offsets counted brat's way."""
    txt, ann = brat.dump(record, crlf_as_one=True)
    assert_same_content(record, brat.load(txt, ann, crlf_as_one=True))


@given(quoted_records())
def test_dump_is_a_fixed_point(record: Record) -> None:
    """Exporting an imported record gives the same annotations again."""
    txt, ann = brat.dump(record)
    assert brat.dump(brat.load(txt, ann)) == (txt, ann)


def test_gold_records_round_trip() -> None:
    """Every gold record present keeps its quotations, claims, speakers and cues through brat."""
    if not GOLD.is_dir():
        pytest.skip("no gold directory yet")
    files = sorted(GOLD.glob("*.record.json"))
    assert files, "the gold directory holds no records"
    for path in files:
        record = serialise.load(path)
        back = brat.load(*brat.dump(record))
        assert len(back.quotations) == len(record.quotations), path.name
        assert [q.segments for q in back.quotations] == [q.segments for q in record.quotations]
        assert [c.content for c in back.claims] == [c.content for c in record.claims]
        for old, new in zip(record.quotations, back.quotations, strict=True):
            old_speaker, new_speaker = record.speaker(old), back.speaker(new)
            if old_speaker is not None and ((old.attribution and old.attribution.speaker_mention) or old_speaker.mentions):
                assert new_speaker is not None and new_speaker.name == old_speaker.name, path.name
            old_cue = old.attribution.cue if old.attribution else None
            new_cue = new.attribution.cue if new.attribution else None
            assert (old_cue and old_cue.span) == (new_cue and new_cue.span), path.name


def test_nesting_is_inferred_without_parent_relations() -> None:
    """With no Parent relation, a quotation inside another gets it as parent."""
    txt = "“He said ‘no’ twice,” Ann said."
    ann = (
        "T1\tContent 0 21\t“He said ‘no’ twice,”\nT2\tContent 9 13\t‘no’\nA1\tKind T2 partial\n"
        "T3\tSource 22 25\tAnn\nT4\tCue 26 30\tsaid\nE1\tAttribution:T4 Source:T3 Content:T1\n"
    )
    record = brat.load(txt, ann)
    outer, inner = record.quotations
    assert (outer.text, inner.text) == ("He said ‘no’ twice,", "no")
    assert inner.parent == outer.id and outer.parent is None
    assert "\tParent Arg1:T" in brat.dump(record)[1]
