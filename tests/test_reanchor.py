"""Tests for re-anchoring single anchors and whole records."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import serialise
from provenance._cli import main
from provenance.anchors import Anchor, Span
from provenance.errors import ProvenanceError, TextError, VerificationError
from provenance.model import Record
from provenance.reanchor import PreparedText, ResolveStatus, _common, reanchor, resolve
from provenance.testing import anchors, records, snapshots, texts
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES

SEED_002 = (FIXTURES / "002_168bef1ba08e84db.txt").read_text(encoding="utf-8")
SEED_003 = (FIXTURES / "003_232e310d2a4f97cd.txt").read_text(encoding="utf-8")
GOLD = FIXTURES / "gold"


def _anchor(text: str, exact: str) -> Anchor:
    return Anchor.find(TextSnapshot.of(text), exact)


def _gold(stem: str) -> Record:
    path = GOLD / f"{stem}.record.json"
    if not path.exists():
        pytest.skip(f"gold record {stem} is not available")
    return serialise.load(path)


def test_unchanged_text_is_exact() -> None:
    """The same text gives the same anchor, EXACT."""
    anchor = _anchor(SEED_003, "resolv[ed] by force")
    result = resolve(anchor, SEED_003)
    assert result.status is ResolveStatus.EXACT
    assert result.anchor == anchor


def test_edit_after_the_anchor_keeps_it_exact() -> None:
    """An edit after the anchor leaves it EXACT at the same span, checked against the new text."""
    anchor = _anchor(SEED_003, "resolv[ed] by force")
    new = SEED_003 + "\nA correction was appended.\n"
    result = resolve(anchor, new)
    assert result.status is ResolveStatus.EXACT
    assert result.anchor is not None
    assert result.anchor.span == anchor.span
    result.anchor.check(TextSnapshot.of(new))


def test_inserted_sentence_moves_the_anchor() -> None:
    """A sentence inserted before the anchor gives MOVED, shifted by its length."""
    anchor = _anchor(SEED_002, "At first… obviously looks like a hot mess.")
    inserted = "An editor's note was added here. "
    result = resolve(anchor, inserted + SEED_002, old_length=len(SEED_002))
    assert result.status is ResolveStatus.MOVED
    assert result.anchor is not None
    assert result.anchor.start == anchor.start + len(inserted)


def test_typography_change_is_normalised() -> None:
    """Curly marks straightened inside the anchor give NORMALISED."""
    exact = "Describing the West as ‘deceitful and hypocritical through and through,’"
    anchor = _anchor(SEED_002, exact)
    new = SEED_002.replace(exact, exact.replace("‘", "'").replace("’", "'"))
    result = resolve(anchor, new, old_length=len(SEED_002))
    assert result.status is ResolveStatus.NORMALISED
    assert result.anchor is not None
    assert result.anchor.exact == exact.replace("‘", "'").replace("’", "'")


def test_typo_fix_is_fuzzy() -> None:
    """Seed 002's “Mllions” corrected gives FUZZY, covering the corrected word."""
    exact = "Mllions upon millions of ordinary people"
    anchor = _anchor(SEED_002, exact)
    new = SEED_002.replace("Mllions", "Millions")
    result = resolve(anchor, new, old_length=len(SEED_002))
    assert result.status is ResolveStatus.FUZZY
    assert result.anchor is not None
    assert result.anchor.exact == "Millions upon millions of ordinary people"
    assert 0.8 <= result.score < 1.0


def test_deleted_quote_is_orphaned() -> None:
    """A deleted sentence orphans its anchor instead of guessing."""
    sentence = "“Just to give you a hypothetical,”"
    anchor = _anchor(SEED_002, sentence)
    new = SEED_002.replace(sentence, "")
    result = resolve(anchor, new, old_length=len(SEED_002))
    assert result.status is ResolveStatus.ORPHANED
    assert result.anchor is None


def test_deleted_short_mention_is_orphaned_not_moved() -> None:
    """A deleted mention whose words occur elsewhere in other context is orphaned."""
    text = "Kofman said the draft was chaotic. Later, in a different part, Kofman was right."
    anchor = Anchor.find(TextSnapshot.of(text), "Kofman", occurrence=0)
    result = resolve(anchor, text.replace("Kofman said the draft was chaotic. ", ""))
    assert result.status is ResolveStatus.ORPHANED
    assert [c.exact for c in result.candidates] == ["Kofman"]


def test_pasted_twice_is_ambiguous() -> None:
    """A text pasted twice leaves a mid-text anchor AMBIGUOUS, both places listed."""
    middle = len(SEED_003) // 2
    start = SEED_003.index(" ", middle) + 1
    anchor = Anchor.at(TextSnapshot.of(SEED_003), start, SEED_003.index(" ", start + 20))
    result = resolve(anchor, SEED_003 + SEED_003, old_length=len(SEED_003))
    assert result.status is ResolveStatus.AMBIGUOUS
    assert result.anchor is None
    assert {c.span.start for c in result.candidates[:2]} == {start, start + len(SEED_003)}


def test_repeated_caption_without_old_text_is_ambiguous() -> None:
    """Identical words in identical context are never told apart by position alone."""
    record = _gold("000_7c5aed5cf3782017")
    text = record.text
    first = Anchor.find(record.article.text, "Lina Malina", occurrence=0)
    new = "A new first line. " + text
    result = resolve(first, new, old_length=len(text))
    assert result.status is ResolveStatus.AMBIGUOUS and result.anchor is None
    starts = {c.span.start for c in result.candidates[:2]}
    assert starts == {first.start + 18, Anchor.find(record.article.text, "Lina Malina", occurrence=1).start + 18}


def test_repeated_caption_with_old_text_is_decided_by_wider_context() -> None:
    """With the old text, copies of repeated words are told apart by where their contexts differ."""
    record = _gold("000_7c5aed5cf3782017")
    old = record.article.text
    first = Anchor.find(old, "Lina Malina", occurrence=0)
    second = Anchor.find(old, "Lina Malina", occurrence=1)
    new = "A new first line. " + old.text
    one = resolve(first, new, old_text=old)
    two = resolve(second, new, old_text=old)
    assert one.anchor is not None and two.anchor is not None
    assert (one.anchor.start, two.anchor.start) == (first.start + 18, second.start + 18)
    assert new[one.anchor.start : one.anchor.end] == "Lina Malina"


def test_bad_arguments_raise_provenance_errors() -> None:
    """Wrong types, out-of-range limits and lone surrogates raise ProvenanceErrors."""
    anchor = _anchor(SEED_003, "resolv[ed] by force")
    with pytest.raises(VerificationError, match="must be an Anchor"):
        resolve("by force", SEED_003)  # type: ignore[arg-type]
    with pytest.raises(VerificationError, match="threshold must lie within"):
        resolve(anchor, SEED_003, threshold=2.0)
    with pytest.raises(VerificationError, match="margin must be a number"):
        resolve(anchor, SEED_003, margin=float("nan"))
    with pytest.raises(TextError, match="lone surrogate"):
        resolve(anchor, "by force \ud800")


@given(snapshots(min_size=1, max_size=200), st.data())
def test_unchanged_text_resolves_to_the_same_span(snapshot: TextSnapshot, data: st.DataObject) -> None:
    """Resolving in the unchanged text returns the same span, EXACT."""
    anchor = data.draw(anchors(snapshot))
    result = resolve(anchor, snapshot.text)
    assert result.status is ResolveStatus.EXACT
    assert result.anchor is not None
    assert result.anchor.span == anchor.span


@given(snapshots(min_size=1, max_size=200), texts(max_size=40), st.data())
def test_edited_text_never_raises_and_anchors_check(
    snapshot: TextSnapshot, insert: str, data: st.DataObject
) -> None:
    """After an arbitrary edit, resolve never raises and its anchor checks in the new text."""
    anchor = data.draw(anchors(snapshot))
    at = data.draw(st.integers(0, snapshot.length))
    cut = data.draw(st.integers(0, 10))
    new = snapshot.text[:at] + insert + snapshot.text[at + cut :]
    try:
        result = resolve(anchor, new, old_length=snapshot.length)
    except ProvenanceError:
        return
    if result.anchor is not None:
        result.anchor.check(TextSnapshot.of(new))
        assert result.status.resolved
    else:
        assert result.status in {ResolveStatus.AMBIGUOUS, ResolveStatus.ORPHANED}


@given(records(max_size=300), texts(max_size=30), st.data())
def test_reanchor_yields_a_valid_record(record: Record, insert: str, data: st.DataObject) -> None:
    """Any record moved into an edited text is valid, and every item is kept or listed."""
    text = record.text
    at = data.draw(st.integers(0, len(text)))
    new = text[:at] + insert + text[at:]
    result = reanchor(record, new)
    for _, anchor in result.record.anchors():
        anchor.check(result.record.article.text)
    dropped = {d.id for d in result.dropped}
    assert len(result.record.quotations) + len({q.id for q in record.quotations} & dropped) == len(record.quotations)
    assert len(result.record.claims) + len({c.id for c in record.claims} & dropped) == len(record.claims)


# -- whole records -----------------------------------------------------------


def test_reanchor_gold_record_after_edits() -> None:
    """Seed 002's gold record moves whole through an inserted sentence and a typo fix."""
    record = _gold("002_168bef1ba08e84db")
    new = "An editor's note was added here. " + record.text.replace("Mllions", "Millions")
    result = reanchor(record, new)
    assert result.complete
    assert len(result.record.quotations) == len(record.quotations)
    assert len(result.record.claims) == len(record.claims)
    counts = result.counts()
    assert counts[ResolveStatus.FUZZY] >= 1
    assert counts[ResolveStatus.MOVED] > 100
    for _, anchor in result.record.anchors():
        anchor.check(result.record.article.text)
    parents = [q for q in result.record.quotations if q.parent is not None]
    assert parents and all(result.record.quotation(q.parent).contains(q) for q in parents if q.parent)


def test_reanchor_lists_orphaned_items() -> None:
    """A deleted quotation is dropped and listed with its nested quotes; the rest resolves."""
    record = _gold("002_168bef1ba08e84db")
    outer = next(q for q in record.quotations if q.text.startswith("Putin acknowledged"))
    inner = record.children(outer)
    paragraph_start = record.text.rindex("\n", 0, outer.span.start) + 1
    paragraph_end = record.text.index("\n", outer.span.end)
    new = record.text[:paragraph_start] + record.text[paragraph_end + 1 :]
    result = reanchor(record, new)
    assert not result.complete
    dropped = {d.id for d in result.dropped}
    assert outer.id in dropped
    assert {q.id for q in inner} <= dropped
    orphaned = [p for p, r in result.resolutions if r.status is ResolveStatus.ORPHANED]
    assert any(p.endswith("segments[0].content") for p in orphaned)
    assert len(result.record.quotations) == len(record.quotations) - len(
        {q.id for q in record.quotations} & dropped
    )
    assert len(result.record.quotations) > 40


def test_reanchor_keeps_metadata_and_moves_marks() -> None:
    """The new article keeps the metadata; quotation marks move with their content."""
    record = _gold("000_7c5aed5cf3782017")
    new = "Preface.\n\n" + record.text
    result = reanchor(record, new)
    assert result.record.article.title == record.article.title
    for quotation in result.record.quotations:
        for segment in quotation.segments:
            for mark in (segment.open_mark, segment.close_mark):
                if mark is not None:
                    assert mark.slice(new) in "“”‘’\"'"


# -- the command line ----------------------------------------------------------


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """verify exits 0 for an accepted verdict and 1 for an altered one, with JSON on request."""
    source = FIXTURES / "003_232e310d2a4f97cd.txt"
    assert main(["verify", "resolv[ed] by force", str(source)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verdict: exact")
    assert ":" in out.splitlines()[1]
    assert main(["verify", "--json", "1,600 volunteer fighters [are] being recruited", str(source)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "altered"
    assert data["differences"] == [{"kind": "number", "quote": "1,600", "source": "1,500"}]
    line, column = data["anchors"][0]["line"], data["anchors"][0]["column"]
    assert TextSnapshot.of(source.read_text(encoding="utf-8")).offset_of(line, column) == data["anchors"][0]["start"]
    assert main(["verify", "x", str(source) + ".missing"]) == 2


def test_cli_reanchor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """reanchor writes the moved record and exits 0 when all resolved, 1 otherwise."""
    record_path = GOLD / "000_7c5aed5cf3782017.record.json"
    if not record_path.exists():
        pytest.skip("gold record 000 is not available")
    record = serialise.load(record_path)
    new_path = tmp_path / "new.txt"
    out_path = tmp_path / "out.json"
    new_path.write_text("Preface.\n" + record.text, encoding="utf-8")
    assert main(["reanchor", str(record_path), str(new_path), "-o", str(out_path)]) == 0
    report = capsys.readouterr().out
    assert "moved" in report
    moved = serialise.load(out_path)
    assert moved.text == "Preface.\n" + record.text
    cut = record.text.replace("Antonina, a pensioner there, told Al Jazeera.", "")
    new_path.write_text(cut, encoding="utf-8")
    assert main(["reanchor", str(record_path), str(new_path), "-o", str(out_path)]) == 1
    assert "orphaned" in capsys.readouterr().out


def _swap_lines(text: str, one: str, two: str) -> str:
    """Swap the line starting with ``one`` and the line starting with ``two``."""
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith(one))
    j = next(k for k, line in enumerate(lines) if line.startswith(two))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


CAPTION = "Crowds sheltered in the station overnight. One of them said the city was “unbreakable.”"
CAPTION_TEXT = (
    "Storm over the city\n"
    f"{CAPTION}\n"
    f"Photo by the desk{CAPTION}\n\n"
    "The first paragraph of the report describes the night in some detail for readers.\n\n"
    "The second paragraph of the report goes on about the morning after, at length too."
)


def test_moved_duplicate_caption_is_ambiguous_not_wrong() -> None:
    """A caption printed twice, its second copy's paragraph moved, leaves the copy AMBIGUOUS."""
    old = TextSnapshot.of(CAPTION_TEXT)
    second = Anchor.find(old, "the city was “unbreakable.”", occurrence=1)
    new = _swap_lines(CAPTION_TEXT, "Photo by the desk", "The first paragraph")
    # The first copy is now followed by what followed the second one: its short
    # context says "second copy", its wider context says "first copy".
    result = resolve(second, new, old_text=old)
    assert result.status is ResolveStatus.AMBIGUOUS
    assert result.anchor is None
    assert len({c.span for c in result.candidates}) >= 2


def test_duplicate_caption_unmoved_still_resolves() -> None:
    """Both copies of a repeated caption resolve to their own places after an unrelated edit."""
    old = TextSnapshot.of(CAPTION_TEXT)
    new = "A line added on top.\n" + CAPTION_TEXT
    for occurrence in (0, 1):
        anchor = Anchor.find(old, "the city was “unbreakable.”", occurrence=occurrence)
        result = resolve(anchor, new, old_text=old)
        assert result.anchor is not None
        assert result.anchor.start == anchor.start + len("A line added on top.\n")


def test_moved_caption_in_the_seed_text_never_lies() -> None:
    """Seed 000's repeated caption, paragraphs moved: each copy is right or unresolved, never wrong."""
    record = _gold("000_7c5aed5cf3782017")
    old = record.article.text
    new = _swap_lines(old.text, "Via Elena", "Russian forces launched")
    moved = new.index("Via Elena") - old.text.index("Via Elena")
    copies = [Anchor.find(old, "nation of invincibles.", occurrence=k) for k in (0, 1)]
    truths = [copies[0].span, copies[1].span.shifted(moved)]
    for anchor, truth in zip(copies, truths, strict=True):
        result = resolve(anchor, new, old_text=old)
        assert result.anchor is None or result.anchor.span == truth
    assert resolve(copies[1], new, old_text=old).status is ResolveStatus.AMBIGUOUS


def test_fuzzy_start_snaps_past_a_quotation_mark() -> None:
    """A deleted first letter does not pull the opening quotation mark into the anchor."""
    text = "The minister replied at once: “Well, not our boys.” Then he left the room."
    anchor = _anchor(text, "Well, not our boys.")
    new = text.replace("“Well", "“ell")
    result = resolve(anchor, new, old_text=TextSnapshot.of(text))
    assert result.status is ResolveStatus.FUZZY and result.anchor is not None
    assert result.anchor.exact == "ell, not our boys."


def test_fuzzy_end_snaps_before_text_after_deleted_words() -> None:
    """When a quote's last words are deleted, its end stays where they were, not in the next sentence."""
    old = TextSnapshot.of(SEED_002)
    words = "Mllions upon millions of ordinary people…were made to see the truth of the saying that Russia is ‘a prison of nations.’"
    anchor = Anchor.find(old, words)
    inner = SEED_002.index("a prison of nations.", anchor.start)
    new = SEED_002[:inner] + SEED_002[inner + len("a prison of nations.") :]
    result = resolve(anchor, new, old_text=old)
    assert result.anchor is not None
    # The inner quotation's marks stay; only its words went.
    assert result.anchor.span == Span(anchor.start, inner + 1)
    assert result.anchor.exact.endswith("Russia is ‘’")


@given(st.integers(0, 10**6), st.sampled_from(["insert", "delete", "replace"]))
def test_prepared_text_resolves_as_a_plain_string(seed: int, edit: str) -> None:
    """Resolving in a PreparedText (indexed search) gives the same result as in a plain str (scanning)."""
    old = TextSnapshot.of(SEED_002)
    rng = random.Random(seed)
    start = rng.randrange(0, len(SEED_002) - 300)
    start = SEED_002.index(" ", start) + 1
    anchor = Anchor.at(old, start, start + rng.randrange(20, 200), allow_split=True)
    at = rng.randrange(anchor.start, anchor.end)
    replacement = {"insert": "e" + SEED_002[at], "delete": "", "replace": "x"}[edit]
    new = SEED_002[:at] + replacement + SEED_002[at + 1 :]
    plain = resolve(anchor, new, old_text=old)
    prepared = resolve(anchor, PreparedText.of(new), old_text=PreparedText.of(old))
    assert plain == prepared
    if prepared.anchor is not None:
        assert new[prepared.anchor.start : prepared.anchor.end] == prepared.anchor.exact


def test_prepared_text_is_reused_and_rejects_bad_input() -> None:
    """A PreparedText keeps its index once built; a wrong type is a VerificationError."""
    prepared = PreparedText.of(SEED_002)
    assert PreparedText.of(prepared) is prepared
    assert prepared.seeds is prepared.seeds
    assert PreparedText.of(SEED_002, indexed=False).seeds is None
    anchor = _anchor(SEED_003, "resolv[ed] by force")
    with pytest.raises(VerificationError, match="new_text must be"):
        resolve(anchor, b"bytes")  # type: ignore[arg-type]


def test_passage_repeated_thousands_of_times_is_ambiguous() -> None:
    """A passage repeated 3000 times: an anchor on one copy is AMBIGUOUS (bounded work, no guess)."""
    para = "The same sentence is printed again and again in this page. "
    text = para * 3000
    old = TextSnapshot.of(text)
    anchor = Anchor.at(old, len(para) * 1500, len(para) * 1500 + 40)
    new = text[: len(para) * 10] + "Inserted. " + text[len(para) * 10 :]
    assert resolve(anchor, new, old_text=old).status is ResolveStatus.AMBIGUOUS
    typo = new.replace("again and again", "again and agian", 1)
    result = resolve(anchor, PreparedText.of(typo), old_text=PreparedText.of(old))
    assert result.status is ResolveStatus.AMBIGUOUS


@given(st.text("ab", max_size=30), st.data())
def test_common_run_matches_a_character_walk(text: str, data: st.DataObject) -> None:
    """The halving search for agreeing context equals walking character by character."""
    if not text:
        return
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(0, len(text) - 1))
    step = data.draw(st.sampled_from([-1, 1]))
    count, i, j = 0, a, b
    while 0 <= i < len(text) and 0 <= j < len(text) and text[i] == text[j]:
        i, j, count = i + step, j + step, count + 1
    assert _common(text, a, b, step) == min(count, 4096)
