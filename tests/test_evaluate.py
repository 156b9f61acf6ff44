"""Tests for provenance.evaluate: span matching, speakers, chains, micro-averaging."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import brat, serialise
from provenance._cli import main
from provenance._names import names_match, normalise_name, same_entity
from provenance.anchors import Anchor, Span
from provenance.evaluate import (
    Accuracy,
    EvaluationError,
    PrecisionRecall,
    Scores,
    evaluate,
    trim_span,
)
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
from provenance.testing import records
from tests._quoted_records import quoted_records

TEXT = (
    "“We will win,” said Anna Petrova. Ivan Franko said that the war is over. "
    "“Never,” he said. “Peace now,” the “experts” said, The Times reported."
)
ARTICLE = Article.create(TEXT, title="A test")
SNAP = ARTICLE.text


def at(exact: str, occurrence: int | None = None) -> Anchor:
    return Anchor.find(SNAP, exact, occurrence=occurrence)


def quote(exact: str, kind: QuotationKind = QuotationKind.DIRECT, attribution: Attribution | None = None) -> Quotation:
    return Quotation.create([Segment.create(at(exact))], kind, attribution=attribution)


ANNA = Entity.create("Anna Petrova")
IVAN = Entity.create("Ivan Franko", aliases=("Franko",))
TIMES = Entity.create("The Times", EntityKind.OUTLET)

GOLD = Record.create(
    ARTICLE,
    entities=[ANNA, IVAN, TIMES],
    quotations=[
        quote("We will win,", attribution=Attribution(speaker=ANNA.id, chain=(Hop(entity=TIMES.id),))),
        quote("Never,", attribution=Attribution(speaker=IVAN.id, speaker_mention=Anchor.find(SNAP, "he", near=TEXT.index(" he said") + 1), chain=(Hop(entity=TIMES.id),))),
        quote("experts", QuotationKind.SCARE),
    ],
    claims=[Claim.create(at("the war is over"), Attribution(speaker=IVAN.id, cue=at("said", 1)))],
)

P_ANNA = Entity.create("Anna  Petrova")  # other id, same normalised name
P_FRANKO = Entity.create("Mr. Franko")  # matches the gold alias "Franko"
P_TIMES = Entity.create("the Times", EntityKind.ORGANISATION)

PREDICTED = Record.create(
    ARTICLE,
    entities=[P_ANNA, P_FRANKO, P_TIMES],
    quotations=[
        quote("We will win", attribution=Attribution(speaker=P_ANNA.id, chain=(Hop(entity=P_TIMES.id),))),
        quote("Never,” he", attribution=Attribution(speaker=P_ANNA.id)),
        quote("“experts”", QuotationKind.SCARE),
        quote("Peace now,"),
    ],
    claims=[Claim.create(at("that the war is over."), Attribution(speaker=P_FRANKO.id))],
)


def test_hand_computed_example() -> None:
    """Every figure of a small document, computed by hand."""
    s = evaluate([PREDICTED], [GOLD])
    # Exact: “We will win” and “experts” match after trimming; 2 of 4 predicted, 2 of 3 gold.
    assert s.quotations_exact == PrecisionRecall(gold=3, predicted=4, matched=2)
    assert s.quotations_exact.precision == 0.5
    assert s.quotations_exact.recall == pytest.approx(2 / 3)
    assert s.quotations_exact.f1 == pytest.approx(4 / 7)
    # Overlap: "Never,” he" overlaps "Never," too; "Peace now," matches nothing.
    assert s.quotations_overlap == PrecisionRecall(gold=3, predicted=4, matched=3)
    assert s.quotations_overlap.f1 == pytest.approx(6 / 7)
    # Speakers: Anna right, Never wrong (Anna instead of Ivan); the scare quote is not judged.
    assert s.speaker == Accuracy(total=2, correct=1)
    # With speaker: 1 right of 3 non-scare predicted and 2 non-scare gold.
    assert s.quotations_with_speaker == PrecisionRecall(gold=2, predicted=3, matched=1)
    assert s.quotations_with_speaker.f1 == pytest.approx(0.4)
    # The claim overlaps but "that … over." is not the trimmed gold span.
    assert s.claims_exact == PrecisionRecall(gold=1, predicted=1, matched=0)
    assert s.claims_overlap == PrecisionRecall(gold=1, predicted=1, matched=1)
    assert s.claim_speaker == Accuracy(total=1, correct=1)
    # Chains: "the Times" = "The Times" for the first quote; the second has none.
    assert s.chain == Accuracy(total=2, correct=1)


def test_micro_average_and_documents() -> None:
    """Counts are summed over documents; each document keeps its own figures."""
    other = Article.create("“Yes,” Olga said.")
    olga = Entity.create("Olga")
    yes = Quotation.create(
        [Segment.create(Anchor.find(other.text, "Yes,"))], attribution=Attribution(speaker=olga.id)
    )
    gold2 = Record.create(other, entities=[olga], quotations=[yes])
    s = evaluate([PREDICTED, Record.create(other)], [GOLD, gold2])
    assert s.quotations_exact == PrecisionRecall(gold=4, predicted=4, matched=2)
    assert s.quotations_overlap == PrecisionRecall(gold=4, predicted=4, matched=3)
    assert s.quotations_with_speaker == PrecisionRecall(gold=3, predicted=3, matched=1)
    assert s.speaker == Accuracy(total=2, correct=1)
    assert [d.article for d in s.documents] == [GOLD.article.id, gold2.article.id]
    assert s.documents[1].scores.quotations_overlap == PrecisionRecall(gold=1, predicted=0, matched=0)
    assert s.documents[0].title == "A test"
    assert s.documents[0].scores.documents == ()


def test_greedy_overlap_takes_largest_first() -> None:
    """A prediction pairs with the gold item it shares most with, freeing the other."""
    article = Article.create("a" * 10 + "b" * 10 + "c" * 10)
    snap = article.text
    g1, g2, s1, s2 = (Entity.create(n) for n in ("G one", "G two", "G one", "G two"))

    def q(start: int, end: int, speaker: Entity) -> Quotation:
        return Quotation.create(
            [Segment.create(Anchor.at(snap, start, end))], attribution=Attribution(speaker=speaker.id)
        )

    gold = Record.create(article, entities=[g1, g2], quotations=[q(0, 10, g1), q(10, 20, g2)])
    # P1 shares 5 with G1 and 8 with G2; P2 shares 2 with each.  Largest first: P1–G2, then P2–G1.
    pred = Record.create(article, entities=[g1, g2], quotations=[q(5, 18, s2), q(8, 12, s1)])
    s = evaluate([pred], [gold])
    assert s.quotations_overlap.matched == 2
    assert s.speaker == Accuracy(total=2, correct=2)


def test_split_quotation_exact_needs_every_segment() -> None:
    """An exact match compares the whole set of trimmed segments."""
    article = Article.create("“One,” she said, “two.”")
    snap = article.text
    one, two = Anchor.find(snap, "One,"), Anchor.find(snap, "two.")
    both = Quotation.create([Segment.create(one), Segment.create(two)])
    first_only = Quotation.create([Segment.create(one)])
    gold = Record.create(article, quotations=[both])
    s = evaluate([Record.create(article, quotations=[first_only])], [gold])
    assert s.quotations_exact.matched == 0
    assert s.quotations_overlap.matched == 1
    assert evaluate([gold], [gold]).quotations_exact.matched == 1


def test_no_predictions_and_no_gold() -> None:
    """Empty sides give defined figures, never a division by zero."""
    empty = Record.create(ARTICLE)
    nothing_predicted = evaluate([empty], [GOLD])
    assert nothing_predicted.quotations_exact.precision == 0.0
    assert nothing_predicted.quotations_exact.recall == 0.0
    assert nothing_predicted.quotations_exact.f1 == 0.0
    assert nothing_predicted.speaker.value is None
    nothing_gold = evaluate([PREDICTED], [empty])
    assert nothing_gold.quotations_overlap == PrecisionRecall(gold=0, predicted=4, matched=0)
    assert (nothing_gold.quotations_overlap.precision, nothing_gold.quotations_overlap.recall) == (0.0, 0.0)
    both_empty = evaluate([empty], [empty])
    assert both_empty.claims_exact.f1 == 1.0
    assert evaluate([], []) == Scores()


def test_missing_counterparts_are_named() -> None:
    """An article on one side only is an error naming that article."""
    other = Record.create(Article.create("Something else entirely."))
    with pytest.raises(EvaluationError, match=r"no predicted record for gold article .*'A test'"):
        evaluate([], [GOLD])
    with pytest.raises(EvaluationError, match=r"no gold record for predicted article .*Something else"):
        evaluate([other], [GOLD])
    with pytest.raises(EvaluationError, match="two gold records"):
        evaluate([PREDICTED], [GOLD, GOLD])


def test_kinds_filter() -> None:
    """kinds= keeps only quotations of those kinds on each side."""
    s = evaluate([PREDICTED], [GOLD], kinds={QuotationKind.SCARE})
    assert s.quotations_exact == PrecisionRecall(gold=1, predicted=1, matched=1)
    assert s.quotations_with_speaker == PrecisionRecall(gold=0, predicted=0, matched=0)
    assert s.claims_overlap.matched == 1  # claims are always scored
    with pytest.raises(EvaluationError, match="QuotationKind"):
        evaluate([PREDICTED], [GOLD], kinds=["direct"])  # type: ignore[list-item]


def test_table_and_dict() -> None:
    """The table shows every row; the dict survives JSON."""
    s = evaluate([PREDICTED], [GOLD])
    table = s.as_table()
    assert "quotations, exact span" in table
    assert "0.500  0.667  0.571" in table
    assert "1 document(s)" in table
    data = json.loads(json.dumps(s.as_dict()))
    assert data["speaker"] == {"total": 2, "correct": 1, "accuracy": 0.5}
    assert data["documents"][0]["quotations_overlap"]["matched"] == 3
    assert "n/a" in evaluate([Record.create(ARTICLE)], [Record.create(ARTICLE)]).as_table()


def test_trim_span() -> None:
    """Trimming removes marks, spaces and edge punctuation, and never empties a span."""
    text = "say: « ¡Hola! » and “...”"
    assert trim_span(text, Span(5, 15)).slice(text) == "Hola"
    dots = text.index("“")
    assert trim_span(text, Span(dots, len(text))) == Span(dots, len(text))
    assert trim_span("``x''", Span(0, 5)).slice("``x''") == "x"


def test_name_normalisation() -> None:
    """Names compare casefolded, spaces collapsed, without titles or a leading 'the'."""
    assert normalise_name("  Ms.\tJANE   Doe ") == "jane doe"
    assert normalise_name("The Rev. Jones") == "jones"
    assert normalise_name("Ukraine’s Ministry") == normalise_name("ukraine's ministry")
    assert normalise_name("Theodore") == "theodore"
    assert normalise_name("Mr.") == "mr."  # a bare title is a name, not nothing
    assert names_match(["Dr. Who"], ["WHO"])
    assert not names_match(["Putin"], ["Vladimir Putin"])
    assert same_entity(Entity.create("Vladimir Putin", aliases=("Putin",)), Entity.create("Mr. Putin"))


def test_adversarial_names_are_linear() -> None:
    """Long runs of titles and spaces normalise without backtracking."""
    name = "the mr. " * 20_000 + "x"
    assert normalise_name(name) == "x"
    assert normalise_name(" " * 100_000) == ""


@given(records())
def test_self_evaluation_is_perfect(record: Record) -> None:
    """Scoring a record against itself gives 1.0 for every defined figure."""
    s = evaluate([record], [record])
    for name, figure in s.figures().items():
        if isinstance(figure, PrecisionRecall):
            assert figure.gold == figure.predicted == figure.matched, name
            assert figure.precision == figure.recall == figure.f1 == 1.0, name
        else:
            assert figure.value in (None, 1.0), name


@given(quoted_records())
def test_self_evaluation_judges_speakers(record: Record) -> None:
    """On news-like records every attributed quotation's speaker is judged, and right."""
    s = evaluate([record], [record])
    attributed = sum(1 for q in record.quotations if record.speaker(q) is not None)
    assert s.speaker == Accuracy(total=attributed, correct=attributed)
    relayed = sum(1 for q in record.quotations if record.chain(q)) + sum(
        1 for c in record.claims if record.chain(c)
    )
    assert s.chain == Accuracy(total=relayed, correct=relayed)


@given(quoted_records(), st.data())
def test_subset_has_full_precision(gold: Record, data: st.DataObject) -> None:
    """Predicting a subset of the gold items gives precision 1 and recall kept/total."""
    kept = data.draw(st.lists(st.sampled_from(gold.quotations), unique=True)) if gold.quotations else []
    predicted = Record.create(gold.article, entities=gold.entities, quotations=kept, claims=gold.claims)
    s = evaluate([predicted], [gold])
    for figure in (s.quotations_exact, s.quotations_overlap):
        assert figure == PrecisionRecall(gold=len(gold.quotations), predicted=len(kept), matched=len(kept))
        assert figure.precision == (1.0 if kept or not gold.quotations else 0.0)
        assert 0.0 <= figure.f1 <= 1.0


def test_pronoun_gold_speaker_is_judged_by_its_mention() -> None:
    """A gold speaker named only "he" agrees with a prediction whose mention is that "he", not another."""
    he = Anchor.find(SNAP, "he", near=TEXT.index(" he said") + 1)
    pronoun = Entity.create("he", mentions=(he,))
    gold = Record.create(
        ARTICLE, entities=[pronoun], quotations=[quote("Never,", attribution=Attribution(speaker=pronoun.id, speaker_mention=he))]
    )

    def predicted(mention: Anchor) -> Record:
        return Record.create(
            ARTICLE,
            entities=[IVAN],
            quotations=[quote("Never,", attribution=Attribution(speaker=IVAN.id, speaker_mention=mention))],
        )

    assert evaluate([predicted(he)], [gold]).speaker.value == 1.0
    assert evaluate([predicted(at("Ivan Franko"))], [gold]).speaker.value == 0.0


def test_pronoun_gold_speaker_agrees_with_a_speaker_found_at_that_pronoun() -> None:
    """A prediction with no mention of its own agrees when its speaker was found at the gold's "he", and only then."""
    he = Anchor.find(SNAP, "he", near=TEXT.index(" he said") + 1)
    pronoun = Entity.create("he", mentions=(he,))
    gold = Record.create(
        ARTICLE, entities=[pronoun], quotations=[quote("Peace now,", attribution=Attribution(speaker=pronoun.id, speaker_mention=he))]
    )

    def predicted(speaker: Entity) -> Record:
        return Record.create(ARTICLE, entities=[speaker], quotations=[quote("Peace now,", attribution=Attribution(speaker=speaker.id))])

    assert evaluate([predicted(Entity.create("Ivan Franko", mentions=(at("Ivan Franko"), he)))], [gold]).speaker.value == 1.0
    assert evaluate([predicted(Entity.create("Ivan Franko", mentions=(at("Ivan Franko"),)))], [gold]).speaker.value == 0.0


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [("she", True), ("the newspaper", True), ("Most Republican voters", True), ("85% of Democrats", True),
     ("Donald Trump's son", True), ("Ann Lee", False), ("The Times", True), ("Reuters", False)],
)
def test_descriptions_are_told_from_names(name: str, unnamed: bool) -> None:
    """Pronouns, determiners, quantities and possessive descriptions are not names to compare."""
    from provenance.evaluate import _unnamed

    assert _unnamed(name) is unnamed


# -- the command line ------------------------------------------------------------


def write_sides(tmp_path: Path) -> tuple[str, str]:
    pred, gold = tmp_path / "pred.json", tmp_path / "gold.jsonl"
    serialise.dump(PREDICTED, pred)
    serialise.write_jsonl([GOLD], gold)
    return str(pred), str(gold)


def test_cli_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints the hand-computed figures as a table or as JSON."""
    pred, gold = write_sides(tmp_path)
    assert main(["evaluate", pred, "--gold", gold, "--documents"]) == 0
    out = capsys.readouterr().out
    assert "0.500  0.667  0.571" in out
    assert GOLD.article.id in out and "A test" in out
    assert main(["evaluate", pred, "--gold", gold, "--json", "--kinds", "scare"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotations_exact"]["matched"] == 1
    assert data["documents"][0]["title"] == "A test"


def test_cli_brat_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gold given as a brat .ann (with its .txt beside it) is scored like a record."""
    pred, _ = write_sides(tmp_path)
    brat.dump_files(GOLD, tmp_path / "gold.txt", tmp_path / "gold.ann")
    assert main(["evaluate", pred, "--gold", str(tmp_path / "gold.ann"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotations_exact"] == PrecisionRecall(gold=3, predicted=4, matched=2).as_dict()
    assert data["claims_overlap"]["matched"] == 1


def test_cli_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--extract predicts from each gold article with provenance.extract.extract."""
    _, gold = write_sides(tmp_path)
    module = types.ModuleType("provenance.extract")
    seen: list[object] = []

    def extract(article: Article) -> Record:
        seen.append(article)
        return PREDICTED

    module.extract = extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "provenance.extract", module)
    assert main(["evaluate", "--gold", gold, "--extract"]) == 0
    assert seen == [GOLD.article]
    assert "0.500  0.667  0.571" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--kinds", "direct,loud"], "unknown quotation kind 'loud'"),
        (["--extract"], "not both"),
        (["--gold", "nothing.csv"], "neither a record file"),
    ],
)
def test_cli_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    """Bad options and unknown files exit 2 with a message."""
    pred, gold = write_sides(tmp_path)
    assert main(["evaluate", pred, "--gold", gold, *extra]) == 2
    assert message in capsys.readouterr().err


def test_cli_skip_unusable_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--skip-unusable reports a broken gold file and scores the rest; without it the run stops."""
    pred, gold = write_sides(tmp_path)
    (tmp_path / "bad.txt").write_text("Short.", encoding="utf-8")
    (tmp_path / "bad.ann").write_text("T1\tContent 0 99\tShort.\n", encoding="utf-8")
    bad = str(tmp_path / "bad.ann")
    assert main(["evaluate", pred, "--gold", gold, bad]) == 2
    assert "bad offsets 0 99" in capsys.readouterr().err
    assert main(["evaluate", pred, "--gold", gold, bad, "--skip-unusable", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["quotations_exact"]["gold"] == len(GOLD.quotations)
    assert f"skipped {bad}" in captured.err and "skipped 1 of 2" in captured.err
    assert main(["evaluate", pred, "--gold", bad, "--skip-unusable"]) == 2
    assert "no usable gold file" in capsys.readouterr().err


def test_cli_text_dir_finds_polnear_style_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--text-dir finds doc.txt for doc_ab12.ann elsewhere; a missing text is a clear error."""
    pred, _ = write_sides(tmp_path)
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    txt, ann = brat.dump(GOLD)
    (tmp_path / "text" / "doc.txt").write_text(txt, encoding="utf-8", newline="")
    (tmp_path / "attributions" / "doc_ab12.ann").write_text(ann, encoding="utf-8", newline="")
    gold = str(tmp_path / "attributions" / "doc_ab12.ann")
    assert main(["evaluate", pred, "--gold", gold, "--text-dir", str(tmp_path / "text"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quotations_exact"]["gold"] == 3
    assert main(["evaluate", pred, "--gold", gold, "--text-dir", str(tmp_path)]) == 2
    assert "no text for" in capsys.readouterr().err


def test_cli_missing_counterpart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold article with no prediction exits 2 naming it; no PRED at all is refused."""
    _, gold = write_sides(tmp_path)
    other = tmp_path / "other.json"
    serialise.dump(Record.create(Article.create("Other text.")), other)
    assert main(["evaluate", str(other), "--gold", gold]) == 2
    assert "Other text." in capsys.readouterr().err
    assert main(["evaluate", "--gold", gold]) == 2
    assert "give PRED record files" in capsys.readouterr().err


def test_relative_pronoun_gold_speaker_agrees_with_its_antecedent() -> None:
    """A gold source "who" agrees with a prediction naming the person right before it, and only that."""
    text = "Guests came, and Stevie Wonder, who joked of the museum, “I have not seen it yet.” Ann Lee left."
    article = Article.create(text)
    snap = article.text
    who_anchor = Anchor.find(snap, "who")
    relative = Entity.create("who", mentions=(who_anchor,))
    words = Anchor.find(snap, "I have not seen it yet.")

    def record(entity: Entity, mention: Anchor) -> Record:
        attribution = Attribution(speaker=entity.id, speaker_mention=mention)
        return Record.create(article, entities=[entity], quotations=[Quotation.create([Segment.create(words)], attribution=attribution)])

    gold = record(relative, who_anchor)
    wonder = Entity.create("Stevie Wonder")
    lee = Entity.create("Ann Lee")
    assert evaluate([record(wonder, Anchor.find(snap, "Stevie Wonder"))], [gold]).speaker.value == 1.0
    assert evaluate([record(lee, Anchor.find(snap, "Ann Lee"))], [gold]).speaker.value == 0.0
