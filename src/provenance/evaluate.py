"""Scoring predicted records against gold records.

:func:`evaluate` pairs predicted and gold records by the SHA-256 of their
article text and scores, for every pair and micro-averaged over all of them:

- **quotation and claim spans**, *exact* and *overlap* (precision, recall, F1);
- **speaker accuracy** among overlap-matched quotations whose gold quotation
  has a speaker (scare quotes excluded);
- **quotations with the correct speaker** (precision, recall, F1: a true
  positive needs an overlap match *and* the right speaker);
- **claim speaker accuracy** and **chain accuracy** (relay chains compared
  hop by hop).

Spans are compared after *trimming*: whitespace, punctuation (quotation
marks included) and backticks are removed from both edges of every segment,
so ``“Hello,”`` and ``Hello`` are the same span.  The unit counted is the
item (a quotation or a claim), not the segment: a quotation's content is the
set of its trimmed segment spans, and an *exact* match needs the two sets to
be equal.  An *overlap* match needs the items to share at least one code
point; items are paired one to one, greedily, largest shared length first.
Entities are compared by normalised name or alias, never by id.

>>> from provenance.model import Anchor, Article, Quotation, Record, Segment
>>> article = Article.create("“Hi,” she said.")
>>> hi = Anchor.at(article.text, 1, 4)
>>> record = Record.create(article, quotations=[Quotation.create([Segment.create(hi)])])
>>> scores = evaluate([record], [record])
>>> scores.quotations_exact.f1, scores.quotations_overlap.matched
(1.0, 1)
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs
import regex

from provenance._names import same_entity
from provenance.anchors import Span
from provenance.errors import EvaluationError
from provenance.model import Claim, Quotation, QuotationKind, Record

__all__ = [
    "Accuracy",
    "DocumentScores",
    "EvaluationError",
    "PrecisionRecall",
    "Scores",
    "evaluate",
    "trim_span",
]


# -- figures ----------------------------------------------------------------


def _ratio(numerator: int, denominator: int, other: int) -> float:
    """``numerator / denominator``; with nothing to divide by, 1.0 if ``other`` is 0 too, else 0.0."""
    if denominator:
        return numerator / denominator
    return 1.0 if other == 0 else 0.0


@attrs.frozen
class PrecisionRecall:
    """Counts of gold, predicted and matched items, with precision, recall and F1.

    With no predictions precision is 0.0 (1.0 when there is no gold either:
    nothing was to be found and nothing was claimed); recall likewise with
    no gold.  No figure ever divides by zero.

    >>> PrecisionRecall(gold=4, predicted=2, matched=1).f1
    0.3333333333333333
    >>> PrecisionRecall(gold=3, predicted=0, matched=0).precision
    0.0
    """

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        """Matched over predicted."""
        return _ratio(self.matched, self.predicted, self.gold)

    @property
    def recall(self) -> float:
        """Matched over gold."""
        return _ratio(self.matched, self.gold, self.predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PrecisionRecall) -> PrecisionRecall:
        return PrecisionRecall(
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
            matched=self.matched + other.matched,
        )

    def as_dict(self) -> dict[str, Any]:
        """Counts and figures as JSON-ready data."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """How many of ``total`` judged items were ``correct``; ``value`` is None when none were judged.

    >>> Accuracy(total=4, correct=3).value, Accuracy(total=0, correct=0).value
    (0.75, None)
    """

    total: int
    correct: int

    @property
    def value(self) -> float | None:
        """``correct / total``, or None when there was nothing to judge."""
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(total=self.total + other.total, correct=self.correct + other.correct)

    def as_dict(self) -> dict[str, Any]:
        """Counts and the figure as JSON-ready data."""
        return {"total": self.total, "correct": self.correct, "accuracy": self.value}


_NO_PR: Final = PrecisionRecall(gold=0, predicted=0, matched=0)
_NO_ACCURACY: Final = Accuracy(total=0, correct=0)

# (field name, label) in the order the table and the JSON show them.
_PR_ROWS: Final = (
    ("quotations_exact", "quotations, exact span"),
    ("quotations_overlap", "quotations, overlapping span"),
    ("quotations_with_speaker", "quotations with correct speaker"),
    ("claims_exact", "claims, exact span"),
    ("claims_overlap", "claims, overlapping span"),
)
_ACCURACY_ROWS: Final = (
    ("speaker", "quotation speaker"),
    ("claim_speaker", "claim speaker"),
    ("chain", "relay chain"),
)


@attrs.frozen(kw_only=True)
class Scores:
    """Every figure for a set of documents, micro-averaged (counts summed, then divided).

    ``documents`` holds the same figures per document (each with no
    documents of its own).
    """

    quotations_exact: PrecisionRecall = _NO_PR
    quotations_overlap: PrecisionRecall = _NO_PR
    quotations_with_speaker: PrecisionRecall = _NO_PR
    claims_exact: PrecisionRecall = _NO_PR
    claims_overlap: PrecisionRecall = _NO_PR
    speaker: Accuracy = _NO_ACCURACY
    claim_speaker: Accuracy = _NO_ACCURACY
    chain: Accuracy = _NO_ACCURACY
    documents: tuple[DocumentScores, ...] = ()

    def __add__(self, other: Scores) -> Scores:
        sums: dict[str, Any] = {
            name: getattr(self, name) + getattr(other, name)
            for name in (*(n for n, _ in _PR_ROWS), *(n for n, _ in _ACCURACY_ROWS))
        }
        return Scores(**sums, documents=self.documents + other.documents)

    def figures(self) -> dict[str, PrecisionRecall | Accuracy]:
        """Every figure by field name, in table order."""
        names = (*(n for n, _ in _PR_ROWS), *(n for n, _ in _ACCURACY_ROWS))
        return {name: getattr(self, name) for name in names}

    def as_dict(self) -> dict[str, Any]:
        """The figures (and the per-document figures) as JSON-ready data."""
        data: dict[str, Any] = {name: figure.as_dict() for name, figure in self.figures().items()}
        if self.documents:
            data["documents"] = [document.as_dict() for document in self.documents]
        return data

    def as_table(self) -> str:
        """A plain-text table of every figure (accuracies with no judged item show ``n/a``)."""
        label_width = max(len(label) for _, label in (*_PR_ROWS, *_ACCURACY_ROWS))
        lines = [
            f"{'':<{label_width}}  {'gold':>6} {'pred':>6} {'match':>6}  "
            f"{'P':>6} {'R':>6} {'F1':>6}"
        ]
        for name, label in _PR_ROWS:
            pr: PrecisionRecall = getattr(self, name)
            lines.append(
                f"{label:<{label_width}}  {pr.gold:>6} {pr.predicted:>6} {pr.matched:>6}  "
                f"{pr.precision:>6.3f} {pr.recall:>6.3f} {pr.f1:>6.3f}"
            )
        lines.append("")
        lines.append(f"{'':<{label_width}}  {'judged':>6} {'right':>6} {'':>6}  {'acc':>6}")
        for name, label in _ACCURACY_ROWS:
            acc: Accuracy = getattr(self, name)
            shown = "n/a" if acc.value is None else f"{acc.value:.3f}"
            lines.append(
                f"{label:<{label_width}}  {acc.total:>6} {acc.correct:>6} {'':>6}  {shown:>6}"
            )
        if self.documents:
            lines.append("")
            lines.append(f"{len(self.documents)} document(s), micro-averaged")
        return "\n".join(lines)


@attrs.frozen(kw_only=True)
class DocumentScores:
    """The figures for one article, named by its id, title and text digest."""

    article: str
    title: str | None
    sha256: str
    scores: Scores

    def as_dict(self) -> dict[str, Any]:
        """The article's identity and figures as JSON-ready data."""
        return {
            "article": self.article,
            "title": self.title,
            "sha256": self.sha256,
            **self.scores.as_dict(),
        }


# -- trimming and matching ---------------------------------------------------

# Backticks and acute accents stand in for quotation marks in some corpora
# (``like this''), though Unicode files them as symbols, not punctuation.
_EXTRA_EDGE: Final = frozenset("`´")


def _is_edge(char: str) -> bool:
    return char.isspace() or char in _EXTRA_EDGE or unicodedata.category(char)[0] in "PZ"


def trim_span(text: str, span: Span) -> Span:
    """``span`` without whitespace, punctuation and quotation marks at either edge.

    A span made only of such characters is returned unchanged, so that no
    item vanishes from the comparison.

    >>> text = "He said: “Go home,” twice."
    >>> trim_span(text, Span(9, 19)).slice(text)
    'Go home'
    """
    start, end = span.start, span.end
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return Span(start, end) if start < end else span


@attrs.frozen
class _Unit:
    """One item prepared for matching: its trimmed segment spans and overall extent."""

    item: Quotation | Claim
    spans: tuple[Span, ...]

    @property
    def extent(self) -> Span:
        return Span(self.spans[0].start, self.spans[-1].end)


def _unit(text: str, item: Quotation | Claim) -> _Unit:
    anchors = [s.content for s in item.segments] if isinstance(item, Quotation) else [item.content]
    spans = sorted(trim_span(text, a.span) for a in anchors)
    return _Unit(item, tuple(spans))


def _shared(first: Sequence[Span], second: Sequence[Span]) -> int:
    """Code points the two span sets share (each set's spans do not overlap one another)."""
    return sum(
        max(0, min(a.end, b.end) - max(a.start, b.start)) for a in first for b in second
    )


def _match_exact(predicted: Sequence[_Unit], gold: Sequence[_Unit]) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) with equal trimmed span sets."""
    waiting: dict[tuple[Span, ...], deque[int]] = defaultdict(deque)
    for g, unit in enumerate(gold):
        waiting[unit.spans].append(g)
    pairs = []
    for p, unit in enumerate(predicted):
        queue = waiting.get(unit.spans)
        if queue:
            pairs.append((p, queue.popleft()))
    return pairs


def _overlapping(predicted: Sequence[_Unit], gold: Sequence[_Unit]) -> Iterator[tuple[int, int, int]]:
    """Every (shared length, predicted index, gold index) with a shared code point.

    A sweep over extents in start order, so only items whose extents are
    open at the same time are compared.
    """
    events = sorted(
        [(u.extent.start, 0, i) for i, u in enumerate(predicted)]
        + [(u.extent.start, 1, i) for i, u in enumerate(gold)]
    )
    active: tuple[list[int], list[int]] = ([], [])
    sides = (predicted, gold)
    for start, side, index in events:
        for s in (0, 1):
            active[s][:] = [i for i in active[s] if sides[s][i].extent.end > start]
        for other in active[1 - side]:
            p, g = (index, other) if side == 0 else (other, index)
            shared = _shared(predicted[p].spans, gold[g].spans)
            if shared:
                yield shared, p, g
        active[side].append(index)


def _match_overlap(predicted: Sequence[_Unit], gold: Sequence[_Unit]) -> list[tuple[int, int]]:
    """One-to-one pairs by overlap, greedily taking the largest shared length first.

    Ties go to the earlier gold item, then the earlier predicted item, so
    the result does not depend on input order.
    """
    candidates = sorted(
        _overlapping(predicted, gold),
        key=lambda c: (-c[0], gold[c[2]].extent, predicted[c[1]].extent, c[2], c[1]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g in candidates:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


# -- one document ------------------------------------------------------------


def _speaker_agrees(predicted: Record, p: Quotation | Claim, gold: Record, g: Quotation | Claim) -> bool:
    """True when both name the same speaker by name, or neither names one.

    A gold speaker known only by a pronoun or a description ("she", "who", "an
    aide who asked not to be named": corpora annotate the source where it
    stands) has no name to compare: the prediction agrees when its speaker
    mention for the item overlaps that one, however it was resolved, or when
    the predicted speaker was found at that very place (a quotation that runs
    on from the one before, "“…,” he said. But “…”", has no mention of its own,
    and the gold gives the earlier "he" as its source).
    """
    gold_speaker, predicted_speaker = gold.speaker(g), predicted.speaker(p)
    if gold_speaker is None or predicted_speaker is None:
        return gold_speaker is None and predicted_speaker is None
    if same_entity(predicted_speaker, gold_speaker):
        return True
    if not all(_unnamed(name) for name in gold_speaker.names()):
        return False
    mine = p.attribution.speaker_mention if p.attribution is not None else None
    theirs = g.attribution.speaker_mention if g.attribution is not None else None
    if theirs is None:
        return False
    if any(mention.span.overlaps(theirs.span) for mention in predicted_speaker.mentions):
        return True
    if mine is None:
        return False
    if mine.span.overlaps(theirs.span):
        return True
    # "Stevie Wonder, who joked …": a relative pronoun stands for the name right before it.
    return (
        theirs.exact.casefold() in _RELATIVE_PRONOUNS
        and mine.end <= theirs.start
        and gold.text[mine.end : theirs.start].strip() in ("", ",")
    )


_RELATIVE_PRONOUNS: Final = frozenset(["who", "which", "that"])


# "Donald Trump’s son", "Russia's main network": someone described through another.
_POSSESSED: Final = regex.compile(r"[’']s\s+\p{Ll}")
# Pronouns (personal and relative) that annotated corpora give as sources.
_PRONOUNS: Final = frozenset(
    ["he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "his", "hers", "its", "their",
     "theirs", "our", "who", "whom", "whose", "which", "that"]
)


def _unnamed(name: str) -> bool:
    """True for a pronoun or a description ("an industry lobbyist who …", "the report"):
    words that say where a source is, not which entity it is."""
    first = name.split(" ", 1)[0]
    return (
        name.casefold() in _PRONOUNS
        or first[:1].islower()
        or first[:1].isdigit()
        or first in ("A", "An", "The")
        or first.casefold() in _QUANTIFIERS
        or _POSSESSED.search(name) is not None
    )


# Words opening a quantified group ("Most Republican voters", "Six in 10 voters").
_QUANTIFIERS: Final = frozenset(
    ["most", "many", "some", "several", "few", "all", "half", "both", "two", "three", "four", "five",
     "six", "seven", "eight", "nine", "ten", "nearly", "about", "almost", "more", "fewer"]
)


def _chain_agrees(predicted: Record, p: Quotation | Claim, gold: Record, g: Quotation | Claim) -> bool:
    mine, theirs = predicted.chain(p), gold.chain(g)
    return len(mine) == len(theirs) and all(map(same_entity, mine, theirs))


def _score_document(
    predicted: Record, gold: Record, kinds: frozenset[QuotationKind]
) -> Scores:
    text = gold.text
    pred_q = [_unit(text, q) for q in predicted.quotations if q.kind in kinds]
    gold_q = [_unit(text, q) for q in gold.quotations if q.kind in kinds]
    pred_c = [_unit(text, c) for c in predicted.claims]
    gold_c = [_unit(text, c) for c in gold.claims]

    q_overlap = _match_overlap(pred_q, gold_q)
    c_overlap = _match_overlap(pred_c, gold_c)

    speaker_total = speaker_right = with_speaker = 0
    for p, g in q_overlap:
        p_item, g_item = pred_q[p].item, gold_q[g].item
        assert isinstance(p_item, Quotation) and isinstance(g_item, Quotation)
        if QuotationKind.SCARE in (p_item.kind, g_item.kind):
            continue
        agrees = _speaker_agrees(predicted, p_item, gold, g_item)
        with_speaker += agrees
        if gold.speaker(g_item) is not None:
            speaker_total += 1
            speaker_right += agrees

    claim_total = claim_right = 0
    for p, g in c_overlap:
        if gold.speaker(gold_c[g].item) is not None:
            claim_total += 1
            claim_right += _speaker_agrees(predicted, pred_c[p].item, gold, gold_c[g].item)

    chain_total = chain_right = 0
    for pairs, pred_units, gold_units in ((q_overlap, pred_q, gold_q), (c_overlap, pred_c, gold_c)):
        for p, g in pairs:
            if gold.chain(gold_units[g].item):
                chain_total += 1
                chain_right += _chain_agrees(predicted, pred_units[p].item, gold, gold_units[g].item)

    def not_scare(units: list[_Unit]) -> int:
        return sum(1 for u in units if isinstance(u.item, Quotation) and u.item.kind is not QuotationKind.SCARE)

    return Scores(
        quotations_exact=PrecisionRecall(len(gold_q), len(pred_q), len(_match_exact(pred_q, gold_q))),
        quotations_overlap=PrecisionRecall(len(gold_q), len(pred_q), len(q_overlap)),
        quotations_with_speaker=PrecisionRecall(not_scare(gold_q), not_scare(pred_q), with_speaker),
        claims_exact=PrecisionRecall(len(gold_c), len(pred_c), len(_match_exact(pred_c, gold_c))),
        claims_overlap=PrecisionRecall(len(gold_c), len(pred_c), len(c_overlap)),
        speaker=Accuracy(speaker_total, speaker_right),
        claim_speaker=Accuracy(claim_total, claim_right),
        chain=Accuracy(chain_total, chain_right),
    )


# -- the corpus ---------------------------------------------------------------


def _describe(record: Record) -> str:
    """Name an article for a message: id, title or opening words, digest."""
    article = record.article
    words = article.title or " ".join(article.text.text.split()[:8])
    if len(words) > 60:
        words = words[:59] + "…"
    return f"{article.id} ({words!r}, sha256 {article.text.sha256[:12]}…)"


def _index(records: Iterable[Record], side: str) -> dict[str, Record]:
    index: dict[str, Record] = {}
    for i, record in enumerate(records):
        if not isinstance(record, Record):
            raise EvaluationError(f"{side} item {i} is a {type(record).__name__}, not a Record")
        digest = record.article.text.sha256
        if digest in index:
            raise EvaluationError(f"two {side} records for article {_describe(record)}")
        index[digest] = record
    return index


def evaluate(
    predicted: Iterable[Record],
    gold: Iterable[Record],
    *,
    kinds: Iterable[QuotationKind] | None = None,
) -> Scores:
    """Score ``predicted`` against ``gold``, pairing records by their article text's digest.

    Every gold article needs exactly one predicted record and the other way
    round; otherwise :class:`EvaluationError` names the article.  ``kinds``
    keeps only quotations of those kinds on both sides (each side judged by
    its own kind); claims are always scored.  The result is micro-averaged,
    with per-document figures in ``documents`` in gold order.
    """
    wanted = frozenset(QuotationKind) if kinds is None else frozenset(kinds)
    for kind in wanted:
        if not isinstance(kind, QuotationKind):
            raise EvaluationError(f"kinds must be QuotationKind values (got {kind!r})")
    gold_index = _index(gold, "gold")
    pred_index = _index(predicted, "predicted")
    for digest, record in pred_index.items():
        if digest not in gold_index:
            raise EvaluationError(f"no gold record for predicted article {_describe(record)}")
    total = Scores()
    for digest, gold_record in gold_index.items():
        pred_record = pred_index.get(digest)
        if pred_record is None:
            raise EvaluationError(f"no predicted record for gold article {_describe(gold_record)}")
        scores = _score_document(pred_record, gold_record, wanted)
        document = DocumentScores(
            article=gold_record.article.id,
            title=gold_record.article.title,
            sha256=digest,
            scores=scores,
        )
        total = total + attrs.evolve(scores, documents=(document,))
    return total
