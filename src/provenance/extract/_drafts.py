"""Drafts of quotations, attributions, relay hops and claims while the pass builds them.

Also the quotation tree: sibling quotations split around their attribution or
continued across paragraphs are merged into one draft.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from provenance.extract._marks import QUOTE_CHARS, QuoteSpan, SegmentSpan
from provenance.extract._speakers import (
    Draft,
    Registry,
    is_cue,
    sentence_end,
    tokens,
)
from provenance.model import QuotationKind

__all__ = ["AFTER_WINDOW", "ClaimDraft", "Found", "HopDraft", "QuoteDraft", "State", "blank", "build_drafts"]

_SPLIT_MAX: Final = 160  # the most text an attribution between two segments may take
AFTER_WINDOW: Final = 200  # an attribution after a quotation is found within this many code points


@attrs.define
class HopDraft:
    """A relay hop being built."""

    entity: Draft
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    date: str | None = None
    date_mention: tuple[int, int] | None = None


@attrs.define
class Found:
    """An attribution being built."""

    speaker: Draft | None = None
    speaker_mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    lemma: str | None = None
    addressee: Draft | None = None
    addressee_mention: tuple[int, int] | None = None
    medium: str | None = None
    medium_mention: tuple[int, int] | None = None
    hops: list[HopDraft] = attrs.field(factory=list)


@attrs.define
class QuoteDraft:
    """A quotation being built."""

    segments: list[SegmentSpan]
    parent: QuoteDraft | None = None
    children: list[QuoteDraft] = attrs.field(factory=list)
    kind: QuotationKind = QuotationKind.DIRECT
    found: Found | None = None
    caption: bool = False
    label: bool = False  # a title, nickname or label: scare whatever surrounds it

    @property
    def start(self) -> int:
        first = self.segments[0]
        return first.open_mark.start if first.open_mark else first.content.start

    @property
    def end(self) -> int:
        last = self.segments[-1]
        return last.close_mark.end if last.close_mark else last.content.end

    @property
    def content_start(self) -> int:
        return self.segments[0].content.start

    @property
    def content_end(self) -> int:
        return self.segments[-1].content.end


@attrs.define
class ClaimDraft:
    """A claim being built."""

    start: int
    end: int
    found: Found


def build_drafts(text: str, spans: Sequence[QuoteSpan], *, continuations: bool = True) -> list[QuoteDraft]:
    """Quotation drafts from scanner output, with split quotations merged.

    With ``continuations``, a cue-less quotation right after a sentence-final
    attribution (“A,” she said. “B.”) joins the first as a further segment;
    without, it stays its own quotation (and continues the same speaker).
    """
    drafts: list[QuoteDraft] = []
    for span in spans:
        parent = drafts[span.parent] if span.parent is not None else None
        draft = QuoteDraft(list(span.segments), parent=parent)
        drafts.append(draft)
        if parent is not None:
            parent.children.append(draft)
    roots = [d for d in drafts if d.parent is None]
    merged_roots = _merge_siblings(text, roots, continuations)
    for draft in drafts:
        draft.children = _merge_siblings(text, draft.children, continuations)
    alive = set(map(id, merged_roots))
    for draft in drafts:
        alive.update(map(id, draft.children))
    return [d for d in drafts if id(d) in alive]


def _merge_siblings(text: str, siblings: list[QuoteDraft], continuations: bool) -> list[QuoteDraft]:
    out: list[QuoteDraft] = []
    for draft in siblings:
        if out and (_is_split(text, out[-1], draft) or (continuations and _is_continuation(text, out[-1], draft))):
            first = out[-1]
            first.segments.extend(draft.segments)
            for child in draft.children:
                child.parent = first
            first.children.extend(draft.children)
            continue
        out.append(draft)
    return out


_ABBREVIATED: Final = regex.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Jr|Sr|Prof|Rev|No|Co|Corp|Inc|Ltd|Bros|Dept|Ave|Mt|Ft|vs|etc)\.|\b(?:\p{Lu}\.){1,3}"
    r"|\([^()]{1,20}\)"  # a short parenthesis such as a party tag: "(D-Mo.)"
)


def _strip_abbreviations(words: str) -> str:
    """``words`` without the full stops of abbreviations (``Mr.``, ``U.S.``)."""
    return _ABBREVIATED.sub("", words)


def _has_mark(between: str) -> bool:
    """True when ``between`` holds a quotation mark (an apostrophe after a letter is none: ``Dockers’``)."""
    return any(
        c in QUOTE_CHARS and not (c in "’'" and n > 0 and between[n - 1].isalnum())
        for n, c in enumerate(between)
    )


def _words_between(text: str, first: QuoteDraft, second: QuoteDraft) -> str | None:
    """The words between two marked quotations on one line, stripped; None when they are
    too far apart, on different lines, or have another quotation mark between them."""
    if first.segments[-1].close_mark is None or second.segments[0].open_mark is None:
        return None
    between = text[first.end : second.start]
    if len(between) > _SPLIT_MAX or any(c in "\n\r\u2028\u2029" for c in between) or _has_mark(between):
        return None
    return between.strip()


def _is_split(text: str, first: QuoteDraft, second: QuoteDraft) -> bool:
    """True when ``second`` continues ``first`` around an attribution (“A,” she said, “B.”)."""
    inner = _words_between(text, first, second)
    if not inner:
        return False
    # The attribution runs on into the second stretch: it ends with a comma
    # (“A,” she said, “b.”).  One ending with a full stop closes its sentence,
    # so a quotation after it is a new utterance (“A,” she said. “B.”).
    if inner[-1] != ",":
        return False
    if any(c in ".!?;:" for c in _strip_abbreviations(inner[:-1])):
        return False
    first_text = text[first.segments[-1].content.start : first.segments[-1].content.end].rstrip("".join(QUOTE_CHARS))
    first_end = first_text.rstrip()[-1:] or " "
    # The first stretch breaks off mid-sentence: a comma or dash inside the
    # marks, or (British style) a comma right after the closing mark.
    if not (first_end in ",—–-…?!" or inner.startswith(",")):
        return False
    toks = tokens(text, first.end, second.start)
    words = sum(1 for t in toks if t.is_word)
    if words > 16 or words < 2:
        return False  # a cue alone (“A,” shouted, “B”) names no one: its speaker is elsewhere
    if any(t.low in ("adding", "continuing", "before") for t in toks):
        return False  # “A,” she wrote, adding, “B.”: a second utterance
    return any(is_cue(toks, i) for i in range(len(toks)))


def _is_continuation(text: str, first: QuoteDraft, second: QuoteDraft) -> bool:
    """True when ``second`` goes on with ``first``'s utterance after a closed attribution.

    ``“A,” said X, a chairman. “B.”``: the attribution ends its sentence, the
    next quotation opens a new one in the same paragraph, and has no cue of its
    own (``“B,” she added.`` is a new utterance).
    """
    inner = _words_between(text, first, second)
    if inner is None or len(inner) < 2 or inner[-1] not in ".!":
        return False
    if any(c in ".!?;:" for c in _strip_abbreviations(inner[:-1])):
        return False
    toks = tokens(text, first.end, second.start)
    if sum(1 for t in toks if t.is_word) > 24 or not any(is_cue(toks, i) for i in range(len(toks))):
        return False
    return not _has_own_cue(text, second)


def _has_own_cue(text: str, draft: QuoteDraft) -> bool:
    """True when a cue follows ``draft`` in its sentence, or the sentence goes on after it."""
    k = draft.end
    limit = min(len(text), k + AFTER_WINDOW)
    while k < limit and blank(text[k]):
        k += 1
    if k >= limit or text[k] in "\n\r\u2028\u2029":
        return False
    closing = text[draft.content_end - 1 : draft.content_end]
    if text[k] in QUOTE_CHARS or (text[k].isupper() and closing in ".!?…"):
        return False  # a new sentence begins (“… the end.” Then …)
    if text[k] in ".!?" and closing not in ",":
        return False  # British style: ‘… the end’.
    end = sentence_end(text, k, limit)
    toks = tokens(text, k, end)
    return any(is_cue(toks, i) for i in range(len(toks))) or text[k] not in ".!?"


@attrs.define
class State:
    """What the attribution pass carries from one quotation or cue to the next."""

    text: str
    registry: Registry
    published: datetime.date | None
    quote_spans: list[tuple[int, int]]  # outer spans of top-level quotations, sorted
    last: Found | None = None
    last_end: int = -1
    # The last partial quotation's end and attribution, for "called it ‘A’, ‘B’".
    partial_end: int = -1
    partial_found: Found | None = None


def blank(ch: str) -> bool:
    """Horizontal white space (a no-break space included), not a line break."""
    return ch.isspace() and ch not in "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
