"""Tests for the quotation-mark scanner (provenance.extract._marks)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.extract import find_quote_marks, scan_quotations
from provenance.extract._marks import QUOTE_CHARS, MarkRole


def contents(text: str) -> list[str]:
    """The content of each scanned quotation, segments joined by '|'."""
    return ["|".join(text[s.content.start : s.content.end] for s in q.segments) for q in scan_quotations(text)]


def test_curly_double_marks_pair() -> None:
    """A curly pair gives one quotation without its marks."""
    assert contents("He said “we won” today.") == ["we won"]


def test_straight_double_marks_pair() -> None:
    """Straight double marks pair by flanking."""
    assert contents('He said "we won" and "we lost".') == ["we won", "we lost"]


def test_doubled_apostrophes_are_one_double_mark() -> None:
    """''A'' (old wire copy) is one quotation whose two-apostrophe marks are recorded whole."""
    text = "He said ''we won,'' and don't ''worry'' now."
    assert contents(text) == ["we won,", "worry"]
    first = scan_quotations(text)[0].segments[0]
    assert first.open_mark is not None and text[first.open_mark.start : first.open_mark.end] == "''"
    assert first.close_mark is not None and text[first.close_mark.start : first.close_mark.end] == "''"


def test_doubled_apostrophes_run_over_paragraphs() -> None:
    """''A,\n\n''B.'' is one quotation over two paragraphs, as with curly marks."""
    assert contents("She said:\n\n''We will keep going,\n\n''all the way to the end.''") == [
        "We will keep going,|all the way to the end."
    ]


def test_three_apostrophes_close_a_single_and_a_doubled_mark() -> None:
    """''A - 'b,''' : the inner single mark closes first, then the doubled one; marks never overlap."""
    text = "''Stories say - 'Oh, they won't vote,''' Ann Lee wrote."
    spans = scan_quotations(text)
    assert contents(text) == ["Stories say - 'Oh, they won't vote,'", "Oh, they won't vote,"]
    outer, inner = spans[0].segments[0], spans[1].segments[0]
    assert inner.close_mark is not None and outer.close_mark is not None
    assert inner.close_mark.end <= outer.close_mark.start


def test_guillemets_both_ways() -> None:
    """« » and » « both pair, as do single guillemets."""
    assert contents("Il dit « non » et »ja« et ‹oui›.") == ["non", "ja", "oui"]


def test_low_nine_and_corner_brackets() -> None:
    """German „…“ and ‚…‘ marks and CJK corner brackets pair."""
    assert contents("Er sagte „Ja ‚so‘ gut“. 「東京『大阪』」") == ["Ja ‚so‘ gut", "so", "東京『大阪』", "大阪"]


def test_apostrophes_are_not_marks() -> None:
    """Contractions, possessives, decades, elisions and plural possessives are apostrophes."""
    text = "“Don’t touch Ukraine’s ’90s rock ’n’ roll, soldiers’ mothers,” she said."
    assert contents(text) == ["Don’t touch Ukraine’s ’90s rock ’n’ roll, soldiers’ mothers,"]
    assert [m.char for m in find_quote_marks(text)] == ["“", "”"]


def test_misused_left_single_mark_is_an_apostrophe() -> None:
    """shouldn‘t with a wrong mark does not open a quotation."""
    assert contents("We shouldn‘t go, “he said” then.") == ["he said"]


def test_nesting_alternates_to_any_depth() -> None:
    """Double inside single inside double nest, each with its parent."""
    spans = scan_quotations("“a ‘b “c ‘d’ e” f’ g”")
    assert [q.depth for q in spans] == [0, 1, 2, 3]
    assert [q.parent for q in spans] == [None, 0, 1, 2]


def test_multi_paragraph_quotation() -> None:
    """Every paragraph opens, only the last closes: one quotation, a segment per paragraph."""
    text = "She replied:\n“First part.\n\n“Second part.\n“Third part.”\nAfter."
    spans = scan_quotations(text)
    assert len(spans) == 1
    q = spans[0]
    assert [text[s.content.start : s.content.end] for s in q.segments] == ["First part.", "Second part.", "Third part."]
    assert [s.close_mark is not None for s in q.segments] == [False, False, True]


def test_mistyped_mark_recovers_locally() -> None:
    """A stray opening mark is recovered at its paragraph end; later quotations are unaffected."""
    text = "He said “this never closes\nThen “one” and “two”."
    assert contents(text) == ["this never closes", "one", "two"]


def test_typoed_opening_single_mark() -> None:
    """“’These …,’ uses a right single mark as an opening one."""
    text = "“’These are laws,’ wrote MP X.\n“’A worker,’ claimed X.”"
    spans = scan_quotations(text)
    assert contents(text)[1:] == ["These are laws,", "A worker,"]
    assert spans[1].parent == 0 and spans[2].parent == 0


def test_crlf_line_breaks() -> None:
    """CRLF ends paragraphs like LF."""
    assert contents("“a\r\n“b”\r\nc") == ["a|b"]


def test_adversarial_texts_finish() -> None:
    """Texts made only of marks or apostrophes finish and give sane results."""
    for text in ("“" * 200_000, "“’" * 100_000, "s’ " * 100_000, '"' * 200_000, "x" * 300_000):
        spans = scan_quotations(text)
        for q in spans:
            for s in q.segments:
                assert 0 <= s.content.start < s.content.end <= len(text)


def test_opening_marks_nest_at_most_32_deep() -> None:
    """Opening marks past 32 levels are stray, so a text of opening marks keeps no entry per mark."""
    for text in ("“" * 10_000, "“’" * 5_000, "«‘" * 5_000):
        opened = [m for m in find_quote_marks(text) if m.role is MarkRole.OPEN]
        assert len(opened) == 32
    opening = "".join(f"{'“‘'[d % 2]}w{d} " for d in range(32))
    closing = "".join(f" w{d}{'”’'[d % 2]}" for d in reversed(range(32)))
    assert len(scan_quotations(opening + "deep" + closing)) == 32  # 32 levels of real nesting are all kept


def test_pairs_around_blanks_give_no_quotation_but_their_marks_are_listed() -> None:
    """Straight marks around nothing are dropped from the quotations and still listed as marks."""
    assert scan_quotations('"" " " ""') == ()
    assert [m.role for m in find_quote_marks('"" " "')] == [MarkRole.OPEN, MarkRole.CLOSE, MarkRole.OPEN, MarkRole.CLOSE]
    assert [q.span for q in scan_quotations('"" "a" ""')] == [scan_quotations('"a"')[0].span.shifted(3)]


MARKY = st.text(alphabet=st.sampled_from([*list("“”‘’\"'„‚«»‹›「」『』 a.\n\r,"), "́", "😀"]), max_size=120)


@given(MARKY)
def test_spans_are_well_formed(text: str) -> None:
    """Content spans lie inside the text, exclude their marks and nest inside their parents."""
    spans = scan_quotations(text)
    for q in spans:
        for seg in q.segments:
            assert 0 <= seg.content.start < seg.content.end <= len(text)
            if seg.open_mark is not None:
                assert seg.open_mark.end <= seg.content.start
                assert all(c in QUOTE_CHARS for c in text[seg.open_mark.start : seg.open_mark.end])
            if seg.close_mark is not None:
                assert seg.close_mark.start >= seg.content.end
                assert all(c in QUOTE_CHARS for c in text[seg.close_mark.start : seg.close_mark.end])
        if q.parent is not None:
            parent = spans[q.parent]
            assert all(any(p.content.contains(s.content) for p in parent.segments) for s in q.segments)


@given(MARKY)
def test_marks_are_in_order_and_deterministic(text: str) -> None:
    """Marks come in text order, each open or close, the same on every run."""
    marks = find_quote_marks(text)
    assert [m.offset for m in marks] == sorted(m.offset for m in marks)
    assert all(m.role in (MarkRole.OPEN, MarkRole.CLOSE) for m in marks)
    assert find_quote_marks(text) == marks
    assert scan_quotations(text) == scan_quotations(text)
