"""Attribution of quotations and the indirect-speech claims around them.

The pass goes through the article once, in text order: every top-level
quotation and every reporting cue outside quotations is looked at in a
bounded window (its sentence), so the pass is linear in the text.  Nested
quotations are attributed inside their parent and inherit its chain.
"""

from __future__ import annotations

import bisect
import datetime
import operator
import re
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from provenance.extract._cues import (
    CLAUSE_CUES,
    CUE_VERBS,
    GROUP_NOUNS,
    MEDIA,
    ORGANISATION_WORDS,
    OUTLET_NOUNS,
    PRONOUNS,
    REGIONS,
    RELAY_LEMMAS,
    ROLE_NOUNS,
    SPEAKING_DOCUMENTS,
    THAT_CUES,
)
from provenance.extract._marks import QUOTE_CHARS, QuoteSpan, SegmentSpan
from provenance.extract._relay import find_relays, iso_date
from provenance.extract._speakers import (
    ADVERBS,
    BE_FORMS,
    STOP_WORDS,
    Draft,
    NounPhrase,
    Registry,
    Token,
    is_adverb,
    is_cue,
    is_possessive_noun,
    kind_of,
    phrase_after,
    phrase_before,
    sentence_end,
    sentence_start,
    tokens,
)
from provenance.model import EntityKind, QuotationKind

__all__ = ["ClaimDraft", "Found", "HopDraft", "QuoteDraft", "attribute"]

# Every cue form as one pattern, to find claim candidates without tokenising the text.
# The standard library's engine runs this long alternation of literals about twice as fast
# as ``regex``; "(?<![^\W_])" is "not after a letter or digit" in its syntax.
_CUE_SCAN: Final = re.compile(
    r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, CUE_VERBS), key=len, reverse=True))
    + r"|[Aa]ccording\sto|call(?:ed|s|ing)?\s(?:for|on)|citing)(?![^\W_])"
)
_WEEKDAYS: Final = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_SPLIT_MAX: Final = 160  # the most text an attribution between two segments may take
_AFTER_WINDOW: Final = 200  # an attribution after a quotation is found within this many code points
_SHORT: Final = 4  # quotations of fewer words than this, without a cue, are scare quotes


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


# -- building the quotation tree ----------------------------------------------


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


def _is_split(text: str, first: QuoteDraft, second: QuoteDraft) -> bool:
    """True when ``second`` continues ``first`` around an attribution (“A,” she said, “B.”)."""
    if first.segments[-1].close_mark is None or second.segments[0].open_mark is None:
        return False
    between = text[first.end : second.start]
    if len(between) > _SPLIT_MAX or any(c in "\n\r\u2028\u2029" for c in between) or _has_mark(between):
        return False
    inner = between.strip()
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
    if first.segments[-1].close_mark is None or second.segments[0].open_mark is None:
        return False
    between = text[first.end : second.start]
    if len(between) > _SPLIT_MAX or any(c in "\n\r\u2028\u2029" for c in between) or _has_mark(between):
        return False
    inner = between.strip()
    if len(inner) < 2 or inner[-1] not in ".!":
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
    limit = min(len(text), k + _AFTER_WINDOW)
    while k < limit and _blank(text[k]):
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


# -- the pass -------------------------------------------------------------


@attrs.define
class _State:
    text: str
    registry: Registry
    published: datetime.date | None
    quote_spans: list[tuple[int, int]]  # outer spans of top-level quotations, sorted
    last: Found | None = None
    last_end: int = -1
    # The last partial quotation's end and attribution, for "called it ‘A’, ‘B’".
    partial_end: int = -1
    partial_found: Found | None = None


def attribute(
    text: str,
    drafts: list[QuoteDraft],
    registry: Registry,
    published: datetime.date | None,
    captions: Sequence[tuple[int, int]] = (),
    headers: Sequence[tuple[int, int]] = (),
) -> list[ClaimDraft]:
    """Attribute every quotation draft in place and return the claims found.

    ``headers`` are the title and dek lines: a cue in a headline reports nothing.
    """
    roots = sorted((d for d in drafts if d.parent is None), key=lambda d: d.start)
    state = _State(text, registry, published, [(d.start, d.end) for d in roots])
    # The registry skips quoted words, segment by segment: the attribution
    # between the stretches of a split quotation is running text.
    registry.quote_spans = sorted(
        (seg.open_mark.start if seg.open_mark else seg.content.start, seg.close_mark.end if seg.close_mark else seg.content.end)
        for d in roots
        for seg in d.segments
    )
    caption_starts = [c[0] for c in captions]
    for draft in roots:
        k = bisect.bisect_right(caption_starts, draft.start) - 1
        draft.caption = k >= 0 and captions[k][0] <= draft.start < captions[k][1]
    # Claim candidates: cue words outside quotations.
    events: list[tuple[int, int, object]] = [(d.start, 1, d) for d in roots]
    quoted_cues: list[tuple[int, int]] = []  # cues inside quotations, in text order
    segments = registry.quote_spans  # the marked stretches: a cue between two of them is running text
    for found in _CUE_SCAN.finditer(text):
        pos = found.start()
        i = bisect.bisect_right(state.quote_spans, (pos, 1 << 62)) - 1
        if i >= 0 and state.quote_spans[i][0] <= pos < state.quote_spans[i][1]:
            n = bisect.bisect_right(segments, (pos, 1 << 62)) - 1
            if n >= 0 and segments[n][0] <= pos < segments[n][1]:
                quoted_cues.append(found.span())
                continue
        if _in_spans(pos, headers):
            continue  # a headline's report: see _headline_claims
        events.append((pos, 0, found.span()))
    events.sort(key=lambda e: (e[0], e[1]))
    claims: list[ClaimDraft] = []
    seen_claims: set[tuple[int, int]] = set()
    for _pos, _order, item in events:
        found_claims: list[ClaimDraft] = []
        if isinstance(item, QuoteDraft) and _in_spans(item.start, headers):
            # Words quoted in a headline: the body says who said them, the headline does
            # not, unless a characterising verb names its subject ("X Calls Y ‘A Disgrace’").
            characterised = (
                _characterised(state, item, 0) or _headline_speaker(state, item) or _listed_after_partial(state, item)
            )
            if characterised is not None:
                item.found, item.kind = characterised, QuotationKind.PARTIAL
                state.partial_end, state.partial_found = item.end, characterised
                continue
            words = len(text[item.content_start : item.content_end].split())
            item.kind = QuotationKind.DIRECT if words >= _SHORT else QuotationKind.SCARE
            item.found = None
            continue
        if isinstance(item, QuoteDraft):
            _attribute_quote(state, item, floor=0, ceiling=len(text))
            _attribute_children(state, item)
            saved_last, saved_end = state.last, state.last_end
            found_claims = _reported_inside(state, item, quoted_cues)
            state.last, state.last_end = saved_last, saved_end
        else:
            assert isinstance(item, tuple)
            made = _claim_at(state, item)
            if made is not None and _within_segment(state, made):
                made = None  # "“Ask a nurse. Ask a driver,” he said": quoted words, not a report
            found_claims = _coordinated(state, made) if made is not None else []
        if found_claims:
            for claim in found_claims:
                if (claim.start, claim.end) in seen_claims:
                    continue
                seen_claims.add((claim.start, claim.end))
                claims.append(claim)
                if not _in_spans(claim.start, captions) and not isinstance(item, QuoteDraft):
                    state.last, state.last_end = claim.found, claim.end
    for claim in _headline_claims(state, headers):
        if (claim.start, claim.end) not in seen_claims:
            seen_claims.add((claim.start, claim.end))
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.end))
    _partials_in_claims(text, drafts, claims)
    return claims


def _within_segment(state: _State, claim: ClaimDraft) -> bool:
    """True when ``claim`` lies inside one quoted stretch (its cue stands outside it)."""
    segments = state.registry.quote_spans
    n = bisect.bisect_right(segments, (claim.start, 1 << 62)) - 1
    return n >= 0 and segments[n][0] < claim.start < segments[n][1] and claim.end <= segments[n][1]


def _headline_claims(state: _State, headers: Sequence[tuple[int, int]]) -> list[ClaimDraft]:
    """Claims of headline lines that name their speaker: ``Bellwether County Says Trump
    Should Win`` (a name and a reporting verb) or ``Pat Caddell: Voters Worried …`` (a
    person's name and a colon).  A headline naming no one ("Minister says cuts are needed")
    reports nothing the body does not say better."""
    text = state.text
    claims: list[ClaimDraft] = []
    for start, end in headers:
        line = start
        while line < end:
            stop = next((n for n in range(line, end) if text[n] in "\n\r\u2028\u2029"), end)
            claim = _headline_claim(state, line, stop)
            if claim is not None:
                claims.append(claim)
            line = stop + 1
    return claims


def _headline_claim(state: _State, line: int, stop: int) -> ClaimDraft | None:
    text = state.text
    colon = text.find(": ", line, stop)
    if 0 <= colon - line <= 40:
        found = _headline_label(state, line, colon)
        if found is not None:
            found.cue = (colon, colon + 1)
            return _claim(state, colon + 2, stop, found)
    toks = tokens(text, line, stop)
    for j, tok in enumerate(toks[: _HEADLINE_SUBJECT_MAX + 1]):
        if j > 0 and CUE_VERBS.get(tok.low) in CLAUSE_CUES and not tok.low.endswith("ing"):
            found = _headline_subject(state, line, stop)
            if found is None or found.cue != (tok.start, tok.end) or found.speaker_mention is None:
                return None
            named = text[found.speaker_mention[0] : found.speaker_mention[1]].split()
            if all(w.lower() in ROLE_NOUNS for w in named):
                return None  # "Minister says …": a role, no one named
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low == "that")
            return _claim(state, toks[k].start, stop, found) if k < len(toks) else None
    return None


def _partials_in_claims(text: str, drafts: list[QuoteDraft], claims: list[ClaimDraft]) -> None:
    """A quoted fragment inside a claim is a partial quotation with the claim's attribution.

    A fragment that looked like a label ("the “ugly truths” in …") is the speaker's words too
    when a function word follows it in reported speech; a modifier before its noun ("the
    “fibre-first” strategy") and a title ("the film “Hail, Caesar!”") are not.
    """
    if not claims:
        return
    spans = sorted((c.start, c.end, n) for n, c in enumerate(claims))
    starts = [s for s, _e, _n in spans]
    for draft in drafts:
        if draft.found is not None or draft.kind is not QuotationKind.SCARE:
            continue
        if draft.label and (
            draft.parent is not None
            or _title_like(text, draft)
            or _titled(text, draft.start, 0)
            # "the company's “fibre-first” strategy": a modifier before its noun stays a label
            or not (_function_word_after(text, draft.end) or text[draft.content_end - 1] in ",.;:!?")
        ):
            continue
        i = bisect.bisect_right(starts, draft.content_start) - 1
        if i < 0:
            continue
        start, end, n = spans[i]
        if start <= draft.content_start and draft.content_end <= end + 2:
            draft.kind = QuotationKind.PARTIAL
            draft.found = claims[n].found

def _reported_inside(state: _State, draft: QuoteDraft, cues: list[tuple[int, int]]) -> list[ClaimDraft]:
    """Claims inside a report quoted verbatim (“Mr. Putin said that …”, quoted from a newspaper).

    The writer quoted is an outlet: the claims it reports carry its chain, with
    the outlet as the first hop.
    """
    outer = draft.found
    if outer is None or outer.speaker is None or outer.speaker.kind is not EntityKind.OUTLET:
        return []
    out: list[ClaimDraft] = []
    i = bisect.bisect_left(cues, (draft.start, -1))
    while i < len(cues) and cues[i][0] < draft.end:
        cue = cues[i]
        i += 1
        segment = next((g for g in draft.segments if g.content.start <= cue[0] < g.content.end), None)
        if segment is None:
            continue
        made = _claim_at(state, cue, inside=(segment.content.start, segment.content.end))
        for claim in _coordinated(state, made) if made is not None else ():
            if claim.found.speaker is outer.speaker:
                continue
            _inherit(claim.found, outer)
            out.append(claim)
    return out


_LINE_BREAK: Final = regex.compile(r"\r\n|[\n\r\u2028\u2029]")
_AND_THAT: Final = regex.compile(r",?\s+and\s+that\s+")
_CLAUSE_WORDS: Final = 3  # the fewest words a that-clause before "and that" has ("prices will rise")


def _coordinated(state: _State, claim: ClaimDraft) -> list[ClaimDraft]:
    """``said that A and that B``: one claim per coordinated that-clause."""
    text = state.text
    parts: list[ClaimDraft] = []
    start = claim.start
    for found in _AND_THAT.finditer(text, claim.start, claim.end):
        i = bisect.bisect_right(state.quote_spans, (found.start(), 1 << 62)) - 1
        if i >= 0 and state.quote_spans[i][0] <= found.start() < state.quote_spans[i][1]:
            continue
        if len(text[start : found.start()].split()) < _CLAUSE_WORDS:
            continue  # "Those sites and that persona are …": two subjects, one clause
        parts.append(ClaimDraft(start, found.start(), claim.found))
        start = found.end()
    if not parts:
        return [claim]
    parts.append(ClaimDraft(start, claim.end, claim.found))
    return parts


def _in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _attribute_children(state: _State, parent: QuoteDraft) -> None:
    previous: Found | None = None
    for child in sorted(parent.children, key=lambda d: d.start):
        segment = next(
            (s for s in parent.segments if s.content.start <= child.start and child.end <= s.content.end),
            parent.segments[0],
        )
        saved_last, saved_end = state.last, state.last_end
        state.last, state.last_end = previous, (previous and child.start) or -1
        _attribute_quote(state, child, floor=segment.content.start, ceiling=segment.content.end)
        if child.found is not None:
            _speaker_within(state, child.found, parent.content_start, parent.found)
            _inherit(child.found, parent.found)
            previous = child.found
        state.last, state.last_end = saved_last, saved_end
        _attribute_children(state, child)


_PERSONAL: Final = {"he": "m", "she": "f", "him": "m", "her": "f"}


def _speaker_within(state: _State, found: Found, floor: int, outer: Found | None) -> None:
    """A he/she cue inside a quotation refers to someone the outer speaker mentions.

    ``“… and she told me, ‘Run,’” said Tom``: "she" is never Tom; it is the
    last person named earlier in Tom's words, else the speaker stays unnamed.
    """
    mention = found.speaker_mention
    if mention is None or found.speaker is None or mention[0] < floor:
        return
    word = state.text[mention[0] : mention[1]].lower()
    outer_speaker = outer.speaker if outer is not None else None
    if word in ("i", "me") and outer_speaker is not None and outer_speaker is not found.speaker:
        # "“… that's why I'm saying, ‘Okay …’,” Clinton said": "I" in Clinton's words is Clinton.
        found.speaker.extra_mentions.discard(mention)
        outer_speaker.extra_mentions.add(mention)
        found.speaker = outer_speaker
        return
    if word not in _PERSONAL:
        return
    within = state.registry.person_within(floor, mention[0], _PERSONAL[word])
    if within is outer_speaker:
        within = None
    if within is found.speaker or (within is None and (outer_speaker is None or outer_speaker.kind is not EntityKind.PERSON)):
        return  # an outlet's quoted report speaks of people by pronoun as the article does
    found.speaker.extra_mentions.discard(mention)
    if within is None:
        found.speaker, found.speaker_mention = None, None
    else:
        within.extra_mentions.add(mention)
        found.speaker = within


def _inherit(found: Found, outer: Found | None) -> None:
    """A nested quotation's chain: the outer speaker (when it relays) then the outer chain."""
    if outer is None:
        return
    hops: list[HopDraft] = []
    if outer.speaker is not None and outer.speaker is not found.speaker:
        hops.append(HopDraft(outer.speaker, outer.speaker_mention, outer.cue))
    for hop in outer.hops:
        if hop.entity is not found.speaker and all(h.entity is not hop.entity for h in hops + found.hops):
            hops.append(hop)
    found.hops = [h for h in found.hops if all(x.entity is not h.entity for x in hops)] + hops
    found.hops = _dedupe(found.hops)


def _dedupe(hops: list[HopDraft]) -> list[HopDraft]:
    out: list[HopDraft] = []
    for hop in hops:
        if all(h.entity is not hop.entity for h in out):
            out.append(hop)
    return out


def _paragraph_start(text: str, pos: int) -> int:
    k = pos
    low = max(0, pos - 2000)
    while k > low and text[k - 1] not in "\n\r\u2028\u2029":
        k -= 1
    return k


def _attribute_quote(state: _State, draft: QuoteDraft, floor: int, ceiling: int) -> None:
    text = state.text
    listed = _listed_after_partial(state, draft)
    if listed is not None:
        # "called the plan ‘stupid’, ‘useless’": a list of quoted words, one attribution.
        draft.found, draft.kind = listed, QuotationKind.PARTIAL
        state.partial_end = draft.end
        return
    embedded = _is_embedded(text, draft.start, floor)
    # "She declared “What a Super Tuesday!”": right after a cue, Title Case is speech.
    named_thing = embedded and _named_thing(text, draft) and not _cue_right_before(text, draft.start)
    # In a Title Case headline every fragment looks like a title; a characterising
    # verb still governs it ("Christie Calls Clinton ‘A Disgrace’").
    # Nor is a fragment with a function word after it ("as a “disgrace” after she
    # spoke") a modifier: it may be the subject's word for the object.
    characterised = (
        _characterised(state, draft, floor)
        if embedded
        and (not named_thing or _title_case_line(text, draft.start) or _function_word_after(text, draft.end))
        else None
    )
    if characterised is None and embedded and (named_thing or _titled(text, draft.start, floor)):
        draft.label = True
        draft.kind = QuotationKind.SCARE  # the podcast “War on the Rocks”, the word ‘war’
        return
    if characterised is not None:
        # "called the plan “a betrayal”": the subject's words, quoted in part.
        draft.found = characterised
        draft.kind = QuotationKind.PARTIAL
        state.last = characterised
        state.last_end = draft.end
        state.partial_end, state.partial_found = draft.end, characterised
        return
    # A fragment inside running text is governed by the cue before it
    # ("Moscow said “…”, a claim Kyiv denied"); a quotation standing as its
    # own sentence looks after itself first ("“…,” she said").
    found = None
    if embedded and text[draft.content_end - 1 : draft.content_end] == ",":
        # "… on Russia, whose “thefts … process,” Jeh Johnson said.": words ending in a comma
        # inside the marks, then a cue, belong to the speaker named after them.
        found = _after(state, draft, ceiling)
        if found is not None and (found.speaker is None or found.cue is None or text[found.cue[1] - 3 : found.cue[1]] == "ing"):
            found = None  # "“…,” adding that …": the clause before still governs the words
    if found is None and embedded:
        found = _before(state, draft, floor, embedded)
    if found is None:
        found = _after(state, draft, ceiling)
    if found is None and len(draft.segments) > 1:
        found = _between(state, draft)
    if found is None and not embedded:
        found = _before(state, draft, floor, embedded)
    if found is None and not embedded and draft.start == _line_visible_start(text, draft.start, floor):
        found = _colon_intro(state, draft, floor)
    if found is None:
        found = _labelled(state, draft, floor)
    words = len(text[draft.content_start : draft.content_end].split())
    standalone = not embedded and _ends_sentence_after(text, draft.end, ceiling) and (
        words >= _SHORT or text[draft.content_end - 1 : draft.content_end] in ".!?…"
    )
    running_on = False
    if found is None:
        if standalone and draft.parent is None:
            found = _named_before(state, draft, floor)
        # "… said Alan Cole. “I wouldn't call it reform. It's just a tax increase” for the
        # rich.": sentences of speech opening a sentence that runs on go on with the speaker.
        content_words = text[draft.content_start : draft.content_end].split()
        running_on = (
            not standalone and not embedded and words >= _SHORT and draft.parent is None
            and 2 * sum(w[:1].isupper() for w in content_words) < len(content_words)  # not a title
        )
        if found is None and (standalone or running_on) and state.last is not None and _near(text, state.last_end, draft.start):
            found = _continuation(state, draft)
        if found is None:
            draft.kind = QuotationKind.DIRECT if standalone and words >= _SHORT else QuotationKind.SCARE
            if draft.kind is QuotationKind.DIRECT and draft.parent is None:
                draft.found = None
            return
    if embedded and words < 2 and found.cue is not None and not _cue_adjacent(text, draft, found):
        draft.kind = QuotationKind.SCARE
        return
    draft.found = found
    draft.kind = QuotationKind.PARTIAL if embedded or running_on else QuotationKind.DIRECT
    if embedded:
        state.partial_end, state.partial_found = draft.end, found
    if not draft.caption or draft.parent is not None:
        state.last = found
        state.last_end = draft.end


# Verbs that characterise an object with someone's words: ``called X “…”``,
# ``dismissed X as “…”``, ``branded X “…”`` quote the subject in part.
_CHARACTERISING: Final = frozenset(
    {
        "called", "calls", "dismissed", "dismisses", "described", "describes", "branded",
        "brands", "labelled", "labeled", "labels", "termed", "terms", "deemed", "deems",
        # participles hang from the main clause: "…, calling it “reckless”"
        "calling", "describing", "branding", "labelling", "labeling", "dismissing", "terming",
    }
)
# Verbs that characterise only through "as" or "for": ``blasted Clinton as a “disgrace”``,
# ``mocked Rubio for “having a tough night”``.
_CHARACTERISING_AS: Final = frozenset(
    {
        "blasted", "blasts", "slammed", "slams", "denounced", "denounces", "derided", "derides",
        "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns",
        "praised", "praises", "hailed", "hails", "attacked", "attacks", "portrayed", "portrays",
        "painted", "paints", "characterised", "characterized", "characterises", "characterizes",
        "mocked", "mocks", "ridiculed", "ridicules", "lambasted", "lambastes", "decried", "decries",
        "rejected", "rejects", "touted", "touts", "rip", "rips", "ripped", "slam", "blast",
        "referred", "refers", "described", "describes",
        # participles: "a statement slamming the story as “faulty”"
        "slamming", "blasting", "criticizing", "criticising", "denouncing", "deriding", "praising",
        "hailing", "portraying", "dismissing", "referring", "describing", "touting", "rejecting",
        # with "for": "mocked Rubio for “having a tough night”"
        "mocking", "chided", "chides", "chiding", "faulted", "faults",
        "thanked", "thanks", "scolded", "scolds", "scolding", "lambasting", "knocked", "knocks",
        "pounded", "pounds", "pounding", "hammered", "hammers", "hammering", "bashed", "bashes",
        "bashing", "assailed", "assails", "assailing", "excoriated", "excoriates", "savaged",
        "cast", "casts", "casting", "framed", "frames", "framing", "dismiss", "denounce",
        "condemning", "attacking", "ridiculing", "characterizing", "characterising", "painting",
    }
)
# Words before a cue form in -s that make it a plural noun ("the calls", "his slams").
_NOT_VERB_BEFORE_NOUN: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "such", "many", "several"})
# "went after Trump as a “con artist”": a phrasal verb whose particle takes the object.
_GO_AFTER: Final = frozenset({"go", "goes", "going", "gone", "went"})
_OBJECT_MAX: Final = 8  # the most tokens the object between such a verb and the fragment may take


def _characterised(state: _State, draft: QuoteDraft, floor: int) -> Found | None:
    """``X called the plan “…”``: the subject of a characterising verb governing the fragment."""
    text = state.text
    start = max(floor, sentence_start(text, draft.start, floor))
    toks = tokens(text, start, draft.start)
    if len(toks) < 3:
        return None
    last = len(toks) - 1
    for j in range(last, max(-1, last - 1 - _OBJECT_MAX), -1):
        tok = toks[j]
        if j == last and not (tok.low in _CHARACTERISING and j >= 2 and toks[j - 2].low == "what"):
            continue  # a verb right before the fragment only in "what it called “…”"
        if not tok.is_word:
            return None
        between = toks[j + 1 :]
        if tok.low == "after" and j > 0 and toks[j - 1].low in _GO_AFTER and any(t.low == "as" for t in between):
            j -= 1  # "has gone after Trump as …": the verb is "gone"
            tok = toks[j]
        elif tok.low not in _CHARACTERISING and not (
            tok.low in _CHARACTERISING_AS and any(t.low in ("as", "for") for t in between)
        ):
            continue
        content = text[draft.content_start : draft.content_end]
        # "what it called “a clear threat”": the object is "what", before the subject.
        what_called = not between and j >= 2 and toks[j - 2].low == "what" and toks[j - 1].is_word
        if (not between and not what_called) or (between and (
            (between[0].low in PRONOUNS or between[0].low in ("themselves", "himself", "herself", "itself"))
            # "called it “one of the great miscarriages of justice”" still quotes the subject
            and not (
                len(between) == 1
                and between[0].low in ("it", "this", "that")  # "calling them ‘…’" names people
                and content[:1].islower()
                and 2 * sum(w[:1].isupper() for w in content.split()) < len(content.split())
            )
        )):
            return None  # "calling them ‘…’": a name given, not words quoted
        progressive = tok.low.endswith("ing")
        if not progressive and j > 0 and toks[j - 1].low in ("was", "were", "is", "are", "be", "been", "so", "being"):
            return None  # "what was called “…”": no one in particular
        if tok.low.endswith("s") and j > 0 and (toks[j - 1].low.endswith("ing") or toks[j - 1].low in _NOT_VERB_BEFORE_NOUN):
            return None  # "making calls to lawmakers “…”", "the calls": a noun
        if progressive and j > 0 and toks[j - 1].low in _DOCUMENT_NOUNS:
            pass  # "issued a statement calling the test “…”": the issuer's words
        elif progressive and (
            j == 0
            or (not toks[j - 1].is_word and toks[j - 1].text != ",")
            or (toks[j - 1].text != "," and tok.low not in _CHARACTERISING_AS)
        ):
            # Only a participle hanging from a main clause: after a comma, or (with
            # "as") after its object; one opening the sentence has its subject after it.
            return None
        phrase = _main_subject(text, toks, j) if progressive else _subject(text, toks, j, 0)
        if phrase is None:
            return None
        found = _found(state, phrase, tok)
        return found if found.speaker is not None else None
    return None


def _near(text: str, end: int, start: int) -> bool:
    """True when ``start`` is in the paragraph of ``end`` or the next non-blank one."""
    if end < 0 or start < end or start - end > 1500:
        return False
    lines = [line for line in _LINE_BREAK.split(text[end:start]) if line.strip()]
    return len(lines) <= 1 and not (lines and len(lines[0].strip()) > 0 and not text[end:start].strip().endswith(lines[0].strip()))


def _cue_adjacent(text: str, draft: QuoteDraft, found: Found) -> bool:
    assert found.cue is not None
    return abs(found.cue[1] - draft.start) < 40 or abs(draft.end - found.cue[0]) < 40


def _line_visible_start(text: str, pos: int, floor: int) -> int:
    k = pos
    while k > floor and text[k - 1] not in "\n\r\u2028\u2029":
        if not text[k - 1].isspace():
            return -1
        k -= 1
    return pos


_TITLE_NOUNS: Final = frozenset(
    {
        "podcast", "newspaper", "website", "magazine", "show", "programme", "program", "book",
        "film", "movie", "song", "album", "series", "novel", "poem", "play", "documentary",
        "slogan", "word", "words", "term", "phrase", "campaign", "called", "dubbed", "named",
        "nicknamed", "termed", "labelled", "labeled", "branded", "known", "strategy", "plan",
        "so-called", "titled", "entitled", "headlined", "hashtag", "banner", "motto", "label",
    }
)


def _titled(text: str, start: int, floor: int) -> bool:
    """True when a title noun stands right before the mark (``the podcast “…”``)."""
    window = text[max(floor, start - 24) : start].split()
    if not window:
        return False
    last = window[-1].lower().strip(",")
    if last in _TITLE_NOUNS:
        return True
    # "calling them ‘…’", "known as “…”", "call it “…”": a name given, not words quoted.
    return len(window) >= 2 and (
        (window[-2].lower() in ("calling", "call", "calls", "nicknamed", "dubbed") and last in ("them", "it", "him", "her", "themselves"))
        or (window[-2].lower() in ("known", "referred", "described") and last == "as")
    )


_TITLE_CASE_WORD: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*[,.!?]?|\d+[,.]?|(?:a|an|the|of|and|in|on|to|for|me|at)\b")


def _named_thing(text: str, draft: QuoteDraft) -> bool:
    """True for a title or a label rather than quoted words.

    A short stretch in Title Case inside running text (a song, a book:
    ``listening to "Don't Stop Me Now,"``), or a modifier between a
    determiner and its noun (``the company's "fibre-first" strategy``).
    """
    content = text[draft.content_start : draft.content_end]
    words = content.split()
    if not words or len(words) > 8:
        return False
    if len(words) >= 2 and words[0][:1].isupper() and all(_TITLE_CASE_WORD.fullmatch(w) for w in words) and sum(
        w[:1].isupper() for w in words
    ) >= max(2, len(words) - 2):
        return True
    if len(words) <= 2 and content[-1:] not in ",.;:!?":  # "the “ultimate hypocrite,”" ends a phrase
        before = text[max(0, draft.start - 20) : draft.start].split()[-1:]
        k = draft.end
        while k < len(text) and _blank(text[k]):
            k += 1
        after = text[k : k + 20].split()[:1]
        if (
            before
            and after
            and (before[0].lower() in ("a", "an", "the", "its", "his", "her", "their", "our") or before[0].endswith(("’s", "'s")))
            and after[0][:1].islower()
            and after[0].isalpha()
        ):
            return True
    return False


def _function_word_after(text: str, end: int) -> bool:
    """True when the word after ``end`` is a function word (``on``, ``after``, ``but``)."""
    after = text[end : end + 20].split()[:1]
    return bool(after) and after[0].strip(",.;:") in STOP_WORDS


def _title_case_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a headline in Title Case (most words capitalised)."""
    start = text.rfind("\n", max(0, pos - 300), pos) + 1
    end = text.find("\n", pos, pos + 300)
    words = [w for w in text[start : end if end >= 0 else pos + 300].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _cue_right_before(text: str, start: int) -> bool:
    """True when the word just before ``start`` (past a colon or comma) is a reporting verb."""
    before = text[max(0, start - 30) : start].rstrip().rstrip(":,").split()
    word = before[-1].lower() if before else ""
    # Writing, publishing and naming verbs take titles ("wrote “The Long Walk”").
    return word in CUE_VERBS and CUE_VERBS[word] not in ("write", "publish", "post", "quote", "cite", "describe")


def _title_like(text: str, draft: QuoteDraft) -> bool:
    """True for a fragment in Title Case (two or more words, most capitalised): a name or title."""
    words = text[draft.content_start : draft.content_end].split()
    return (len(words) >= 2 and 2 * sum(w[:1].isupper() for w in words) > len(words)) or (
        len(words) == 1 and words[0][:1].isupper()
    )


def _blank(ch: str) -> bool:
    """Horizontal white space (a no-break space included), not a line break."""
    return ch.isspace() and ch not in "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"


# A conjunction alone opening a sentence before a quotation: "But “…”".
_SENTENCE_CONJUNCTION: Final = regex.compile(r"(?:(?<=[.!?][”’\"]?\s)|(?<=^))(?:But|And|Yet|So|Still)\Z", regex.MULTILINE)


def _is_embedded(text: str, start: int, floor: int) -> bool:
    """True when the quotation sits inside running text (not after a colon, comma or at a start)."""
    k = start
    while k > floor and _blank(text[k - 1]):
        k -= 1
    if k <= floor:
        return False
    prev = text[k - 1]
    if prev in "\n\r\u2028\u2029:,—–-(" or prev in QUOTE_CHARS:
        return prev in QUOTE_CHARS and k - 1 > floor and text[k - 2].isalnum()
    opener = _SENTENCE_CONJUNCTION.search(text, max(floor, k - 6), k)
    if opener is not None and opener.end() == k:
        return False  # "… he said. But “Trump’s candidacy is strengthened …”": speech running on
    return prev not in ".!?"


def _ends_sentence_after(text: str, end: int, ceiling: int) -> bool:
    """True when nothing but an attribution or a new sentence follows the quotation."""
    k = end
    while k < ceiling and _blank(text[k]):
        k += 1
    if k >= ceiling or text[k] in "\n\r\u2028\u2029":
        return True
    return bool(text[k] in QUOTE_CHARS or text[k].isupper() or text[k] in ",")


_NAME_START: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-.]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}’'\-.]{0,30}){0,4}(?![\p{L}\p{N}])")


def _named_before(state: _State, draft: QuoteDraft, floor: int) -> Found | None:
    """``Okonkwo grinned. “After tonight? …”``: the person who is the subject of the sentence
    right before a cue-less quotation (in its paragraph, or closing the paragraph before)."""
    text = state.text
    k = draft.start
    breaks = 0
    while k > floor and text[k - 1].isspace():
        breaks += text[k - 1] in "\n\r\u2028\u2029"
        k -= 1
    if k <= floor or text[k - 1] not in ".!" or breaks > 2:
        return None
    start = sentence_start(text, k - 1, floor)
    if any(c in QUOTE_CHARS for c in _APOSTROPHE.sub("", _TITLE_IN_QUOTES.sub("", text[start:k]))):
        return None  # words quoted in the sentence before (a title is no speech)
    sentence = tokens(text, start, k)
    for i in range(1, len(sentence)):
        if sentence[i].low == "asked" and sentence[i - 1].low in ("was", "were"):
            # "Clinton was asked why …": the answer that follows is hers.
            asked = _subject(text, sentence, i - 1, 0)
            person = state.registry.resolve(asked) if asked is not None and (asked.proper or asked.pronoun) else None
            if person is not None and asked is not None:
                return Found(speaker=person, speaker_mention=(asked.name_start, asked.name_end))
            break
    if any(is_cue(sentence, i) for i in range(len(sentence))):
        return None  # a reporting sentence: its claim's speaker is continued instead
    # The subject: a name opening the sentence or its main clause (after a comma),
    # perhaps after a short description ("Her friend Brittany Lockwood … chimed in.").
    for found in _NAME_START.finditer(text, start, k):
        s = found.start()
        prev = text[start:s].rstrip()
        if prev and not prev.endswith(",") and not _DESCRIBED_OPENING.fullmatch(prev):
            continue
        after = text[found.end() : found.end() + 1]
        if after not in (" ", ","):
            continue
        person = state.registry._person_at(s, found.end(), None)
        if person is not None:
            return Found(speaker=person, speaker_mention=(s, found.end()))
    return None


# A short Title Case title in double marks ("On “The Breakfast Club” Wednesday"): no speech.
_TITLE_IN_QUOTES: Final = regex.compile(r"[“\"]\p{Lu}[\p{L}’'-]*(?:\s[\p{Lu}\d][\p{L}’'-]*|\s(?:of|the|a|and|in|on|for|to)){0,6}[”\"]")
_APOSTROPHE: Final = regex.compile(r"(?<=\p{L})['’](?=\p{L})")  # "isn't", "Clinton’s"
# A description before a name opening a sentence: "Her friend", "The campaign's manager".
_DESCRIBED_OPENING: Final = regex.compile(r"(?:Her|His|Their|Its|Our|My|The|A|An)(?:\s\p{Ll}[\p{Ll}’'-]*){1,3}")


def _continuation(state: _State, draft: QuoteDraft) -> Found | None:
    """The previous speaker, for a quotation with no cue of its own."""
    last = state.last
    assert last is not None
    text = state.text
    # Words of a report quoted verbatim ("Mr. Putin said that …"): the outlet is speaking.
    content_toks = tokens(text, draft.content_start, min(draft.content_end, draft.content_start + 300))
    reported = any(is_cue(content_toks, i) and i > 0 and content_toks[i - 1].is_cap for i in range(len(content_toks)))
    if reported:
        outlet = next((h for h in last.hops if h.entity.kind is EntityKind.OUTLET), None)
        if outlet is not None:
            found = Found(speaker=outlet.entity, hops=[h for h in last.hops if h is not outlet])
            return found
    return Found(
        speaker=last.speaker,
        addressee=None,
        hops=list(last.hops),
    )


# -- looking for the cue --------------------------------------------------


def _after(state: _State, draft: QuoteDraft, ceiling: int) -> Found | None:
    """``“…,” said X`` / ``“…,” X said`` / ``“…,” according to X``."""
    text = state.text
    start = draft.end
    last_char = text[draft.content_end - 1 : draft.content_end]
    if draft.segments[-1].close_mark is None:
        return None
    signed = _signature(state, draft, ceiling)
    if signed is not None:
        return signed
    if last_char in ".…":
        return None  # “… .” closes its sentence: what follows is a new one
    end = min(sentence_end(text, start, min(ceiling, start + _AFTER_WINDOW)), ceiling)
    if end <= start:
        return None
    toks = tokens(text, start, end)
    i = 0
    while i < len(toks) and toks[i].text in ",;—–-" + "".join(QUOTE_CHARS):
        i += 1
    if i < len(toks) and toks[i].low == "as":
        i += 1
    if i >= len(toks):
        return None
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return _according(state, toks, i, end)
    if is_cue(toks, i):
        phrase, after = phrase_after(text, toks, i + 1)
        if phrase is None:
            return None
        phrase = _appositive_after(text, toks, after, phrase)
        found = _found(state, phrase, toks[i])
        _complements(state, found, toks, i, after, end)
        _relays(state, found, sentence_start(text, draft.start), end)
        return found
    in_parenthesis = False  # "Rep. Gwen Moore (D-Wis.) said": the tag's full stop ends nothing
    # A name and a long apposition ("Trump, the 2016 GOP frontrunner … primaries, said") may
    # stand between the quotation and its cue.
    reach = 40 if i + 1 < len(toks) and toks[i].is_cap and toks[i + 1].text == "," else 25
    for j in range(i + 1, min(len(toks), i + reach)):
        if toks[j].text in "()":
            in_parenthesis = toks[j].text == "("
            continue
        if toks[j].text == "." and j + 1 < len(toks) and toks[j + 1].text == ",":
            continue  # "McConnell, R-Ky., said": an abbreviation's full stop
        if (toks[j].text in ".!?" and not in_parenthesis) or (toks[j].text in QUOTE_CHARS):
            break
        if is_cue(toks, j):
            phrase = _subject(text, toks, j, i)
            if phrase is None:
                return None
            found = _found(state, phrase, toks[j])
            _complements(state, found, toks, j, j + 1, end)
            _relays(state, found, sentence_start(text, draft.start), end)
            return found
    return None


def _signature(state: _State, draft: QuoteDraft, ceiling: int) -> Found | None:
    """``“…” — Marta Silva, a farmer``: a dash and a name after the quotation sign it (no cue)."""
    text = state.text
    k = draft.end
    while k < ceiling and _blank(text[k]):
        k += 1
    if k >= ceiling or text[k] not in "—–":
        return None
    end = k + 1
    while end < min(ceiling, k + 160) and text[end] not in "\n\r\u2028\u2029":
        end += 1
    toks = tokens(text, k + 1, end)
    if not toks or is_cue(toks, 0):
        return None  # "— said X": an ordinary attribution
    phrase, after = phrase_after(text, toks, 0)
    if phrase is None or not phrase.proper or kind_of(phrase.name) is not EntityKind.PERSON:
        return None
    if after < len(toks) and toks[after].text not in ",.;":
        return None
    phrase = _appositive_after(text, toks, after, phrase)
    speaker = state.registry.resolve(phrase)
    if speaker is None:
        return None
    return Found(speaker=speaker, speaker_mention=(phrase.name_start, phrase.name_end))


def _labelled(state: _State, draft: QuoteDraft, floor: int) -> Found | None:
    """``Meghan McCain, Twitter: “…”``: a paragraph opening with a name (and where it
    appeared) and a colon, then the quotation: a round-up or transcript label."""
    text = state.text
    line = max(floor, draft.start - _RUN_IN_MAX)
    for brk in "\n\r\u2028\u2029":
        line = max(line, text.rfind(brk, line, draft.start) + 1)
    if line > floor and text[line - 1] not in "\n\r\u2028\u2029" and line != 0:
        return None  # the line starts further back than a label can reach
    label_end = draft.start
    while label_end > line and _blank(text[label_end - 1]):
        label_end -= 1
    # "POLLS DIFFER ON INDIANA - Philip Bump: “…”": a run-in heading, a dash, then the label.
    dash = max(text.rfind(d, line, label_end) for d in (" - ", " — ", " – "))
    if dash >= 0:
        line = dash + 3
    elif label_end - line > _LABEL_MAX:
        return None
    if label_end - line < 2 or text[label_end - 1] != ":" or label_end - line > _LABEL_MAX:
        return None
    label = text[line : label_end - 1]
    name, comma, source = label.partition(",")
    words = name.split()
    if not words or len(words) > 4 or any(c in label for c in "!?;“”\"«»"):
        return None
    if any("." in w and not _is_initial_or_title(w) for w in words):
        return None  # a full stop in the name part: a sentence, not a label
    if not all(w[:1].isupper() for w in words):
        return None
    name = name.strip()
    if kind_of(name) is not EntityKind.PERSON:
        return None
    if len(words) == 1 and not comma:
        known = state.registry._find(name)
        if known is None or known.kind is not EntityKind.PERSON:
            return None  # "Update: “…”": one word alone names no one we know
    found = _found_named(state, line + (len(label) - len(label.lstrip())), name)
    if found is None or found.speaker is None:
        return None
    speaker = found.speaker
    outlet_name = source.strip()
    if comma and outlet_name[:1].islower():
        # "Jeremy Lott, author:": a description of the speaker, not where it appeared.
        if speaker.description is None:
            speaker.description = outlet_name
    elif comma and outlet_name:
        # "Howard Kurtz, Fox News:": where the words appeared is the first hop.
        a = line + len(name) + 1 + (len(source) - len(source.lstrip()))
        outlet = state.registry.outlet(outlet_name, a)
        if outlet is not speaker:
            found.hops.append(HopDraft(outlet, (a, a + len(outlet_name)), None))
    return found


def _listed_after_partial(state: _State, draft: QuoteDraft) -> Found | None:
    """The attribution of the partial quotation this one follows in a list
    (``‘stupid’, ‘useless’``, ``“weak” and “tired”``), else None."""
    if state.partial_found is None or state.partial_end < 0 or draft.parent is not None:
        return None
    between = state.text[state.partial_end : draft.start]
    return state.partial_found if _LIST_JOINER.fullmatch(between) else None


# What may stand between two quoted words of one list: a comma, "and", "or" (with an article).
_LIST_JOINER: Final = regex.compile(r"\s?(?:,|,?\s(?:and|or)(?:\s(?:a|an|the))?)\s")


def _headline_speaker(state: _State, draft: QuoteDraft) -> Found | None:
    """``Pat Caddell: Voters Worried …; It’s ‘in Their Heads’``: a headline opening with a
    person's name and a colon gives that person's words, quoted ones included; so does one
    opening with a name and a reporting or characterising verb (``De Blasio says … ‘…’``,
    ``Warren Hammers Bank Chief: ‘…’``)."""
    text = state.text
    line = text.rfind("\n", 0, draft.start) + 1
    colon = text.find(": ", line, draft.start)
    found = _headline_label(state, line, colon) if 0 <= colon - line <= 40 else None
    return found or _headline_subject(state, line, draft.start)


def _headline_label(state: _State, line: int, colon: int) -> Found | None:
    """The person a headline names before its colon (``Pat Caddell: …``), else None."""
    text = state.text
    name = text[line:colon].strip()
    words = name.split()
    if len(words) == 1 and name[:1].isupper() and name.isalpha():
        # "Graham: Trump’s ‘Incredibly Hateful Rhetoric’": a surname the body gives in full.
        full = state.registry._fullest(name, colon)
        if len(full.split()) >= 2 and kind_of(full) is EntityKind.PERSON:
            words = full.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or any(c in name for c in "“”\"‘’'«»"):
        return None
    if kind_of(name) is not EntityKind.PERSON:
        return None
    found = _found_named(state, line + text[line:colon].index(name), name)
    if found is None or found.speaker is None or found.speaker.kind is not EntityKind.PERSON:
        return None
    return found


_HEADLINE_SUBJECT_MAX: Final = 4  # the most words a headline's named subject may take


def _headline_subject(state: _State, line: int, end: int) -> Found | None:
    """The named subject of a reporting or characterising verb opening a headline, else None."""
    toks = tokens(state.text, line, end)
    for j, tok in enumerate(toks[: _HEADLINE_SUBJECT_MAX + 1]):
        if not tok.is_word:
            return None
        if j == 0 or not (tok.low in CUE_VERBS or tok.low in _CHARACTERISING or tok.low in _CHARACTERISING_AS):
            continue
        if tok.low.endswith("ing") or not all(t.is_cap and not t.is_possessive for t in toks[:j]):
            return None
        name = state.text[toks[0].start : toks[j - 1].end]
        if kind_of(name) not in (EntityKind.PERSON, EntityKind.ORGANISATION):
            return None
        found = _found_named(state, toks[0].start, name)
        if found is None or found.speaker is None:
            return None
        found.cue = (tok.start, tok.end)
        return found
    return None


def _found_named(state: _State, start: int, name: str) -> Found | None:
    """An attribution (no cue) to the entity the proper name ``name`` at ``start`` denotes."""
    phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
    speaker = state.registry.resolve(phrase)
    if speaker is None:
        return None
    return Found(speaker=speaker, speaker_mention=(start, start + len(name)))


def _is_initial_or_title(word: str) -> bool:
    return (len(word) == 2 and word[0].isupper() and word[1] == ".") or word.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St")


_LABEL_MAX: Final = 80  # the longest "Name, Outlet:" label before a quotation
_RUN_IN_MAX: Final = 300  # the longest run-in heading before a dash and such a label


def _between(state: _State, draft: QuoteDraft) -> Found | None:
    """The attribution between the segments of a split quotation."""
    text = state.text
    for first, second in zip(draft.segments, draft.segments[1:], strict=False):
        if first.close_mark is None or second.open_mark is None:
            continue
        a, b = first.close_mark.end, second.open_mark.start
        toks = tokens(text, a, b)
        for j in range(len(toks)):
            if not is_cue(toks, j):
                continue
            phrase = _subject(text, toks, j, 0)
            after = j + 1
            if phrase is None or phrase.start < a:
                phrase, after = phrase_after(text, toks, j + 1)
                if phrase is not None:
                    phrase = _appositive_after(text, toks, after, phrase)
            if phrase is None:
                continue
            found = _found(state, phrase, toks[j])
            _complements(state, found, toks, j, after, b)
            _relays(state, found, sentence_start(text, draft.start), sentence_end(text, b))
            return found
    return None


def _before(state: _State, draft: QuoteDraft, floor: int, embedded: bool) -> Found | None:
    """``X said, “…”`` / ``X said that … “…”`` / ``According to X, “…”``."""
    text = state.text
    start = max(floor, sentence_start(text, draft.start, floor))
    toks = tokens(text, start, draft.start)
    masked = _masked(state, draft, start)
    asked = _asked_by(state, toks)
    if asked is not None:
        return asked
    for j in range(len(toks) - 1, -1, -1):
        tok = toks[j]
        if any(s <= tok.start < e for s, e in masked):
            continue
        if tok.low == "according" and j + 1 < len(toks) and toks[j + 1].low == "to" and not embedded:
            rest = toks[j + 2 :]
            if any(t.text == "," for t in rest) and rest[-1].text in ",:":
                return _according(state, toks, j, draft.start)
            continue
        if not is_cue(toks, j):
            continue
        if tok.low.endswith("ing") and j > 0 and toks[j - 1].text == ",":
            # "“A,” the daily wrote, adding, “B.”": the participle hangs from the clause
            # whose speaker said A; without one, the main clause's subject outside quotes.
            last = state.last
            if last is not None and last.speaker is not None and start <= state.last_end <= draft.start:
                return Found(
                    speaker=last.speaker,
                    speaker_mention=last.speaker_mention,
                    cue=(tok.start, tok.end),
                    lemma=CUE_VERBS.get(tok.low),
                    hops=list(last.hops),
                )
            outside = [t for t in toks[:j] if not any(s <= t.start < e for s, e in masked)]
            phrase = _main_subject(text, outside, len(outside))
        else:
            # Words quoted before the cue are no part of its subject ("Perry, who wore a
            # cape reading “I’m with her,” shouted, “…”"): look at the rest.
            before_cue = [(s, e) for s, e in masked if e <= tok.start]  # not a quotation holding the cue
            outside = _unquoted(toks[:j], before_cue)
            phrase = _subject(text, [*outside, tok], len(outside), 0)
        after = j + 1
        if phrase is None:
            continue
        found = _found(state, phrase, tok)
        _complements(state, found, toks, j, after, draft.start)
        _relays(state, found, start, sentence_end(text, draft.end))
        return found
    return _possessive_speech(state, toks)


# Nouns for what someone says: "Abedin's succinct reply: “…”".
_SPEECH_NOUNS: Final = frozenset(
    {"reply", "response", "answer", "retort", "message", "comment", "statement", "verdict", "advice",
     "warning", "reaction", "explanation", "tweet", "words", "remarks", "assessment"}
)


def _possessive_speech(state: _State, toks: list[Token]) -> Found | None:
    """``Abedin's succinct reply: “…”``: the owner of the speech noun before the colon."""
    if len(toks) < 3 or toks[-1].text != ":" or toks[-2].low not in _SPEECH_NOUNS:
        return None
    n = len(toks) - 3
    while n >= 0 and toks[n].is_word and not toks[n].is_cap and not toks[n].is_possessive and len(toks) - 3 - n < 2:
        n -= 1  # "succinct"
    if n < 0 or not is_possessive_noun(toks[n]):
        return None
    owner = toks[n]
    end = owner.end - 2 if owner.text.endswith(("'s", "’s")) else owner.end - 1
    named = phrase_before(state.text, [*toks[:n], Token(owner.start, end, state.text[owner.start : end])], n, 0)
    if named is None or not named.proper:
        return None
    found = _found(state, named, toks[-2])
    found.cue = None
    return found




def _asked_by(state: _State, toks: list[Token]) -> Found | None:
    """``Sanders was asked by host Bill Maher, …, “Now, you famously said …”``: the asker's words."""
    for n in range(1, len(toks) - 2):
        if toks[n].low == "asked" and toks[n - 1].low in ("was", "were") and toks[n + 1].low == "by":
            asker, _after_asker = phrase_after(state.text, toks, n + 2)
            if asker is None or not (asker.proper or asker.definite):
                return None
            found = _found(state, asker, toks[n])
            return found if found.speaker is not None else None
    return None


def _unquoted(toks: list[Token], masked: list[tuple[int, int]]) -> list[Token]:
    """``toks`` without the words of the ``masked`` quotations; a comma closing one
    (“I’m with her,”) is kept, for it closes the clause around it too."""
    spans = sorted(masked)
    kept: list[Token] = []
    m = 0
    for n, tok in enumerate(toks):  # tokens and spans both in text order: one pass
        while m < len(spans) and spans[m][1] <= tok.start:
            m += 1
        inside = spans[m] if m < len(spans) and spans[m][0] <= tok.start else None
        closing_comma = (
            inside is not None
            and tok.text == ","
            and all(t.text in QUOTE_CHARS for t in toks[n + 1 : n + 4] if t.start < inside[1])
        )
        if inside is None or (closing_comma and not (kept and kept[-1].text == ",")):
            kept.append(tok)  # one comma where "the words, “…,”" had two
    return kept


def _colon_intro(state: _State, draft: QuoteDraft, floor: int) -> Found | None:
    """A quotation opening a paragraph after a line ending in a colon (``X replied:``)."""
    text = state.text
    k = draft.start
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k <= floor or text[k - 1] != ":":
        return None
    start = sentence_start(text, k - 1, floor)
    toks = tokens(text, start, k)
    for j in range(len(toks) - 1, -1, -1):
        if is_cue(toks, j):
            phrase = _subject(text, toks, j, 0)
            if phrase is None:
                continue
            found = _found(state, phrase, toks[j])
            _complements(state, found, toks, j, j + 1, k)
            return found
    # No cue: an outlet named in the introduction is speaking ("this excerpt from the Times article:").
    for tok in reversed(toks):
        if tok.is_cap and tok.is_word:
            draft_entity = state.registry._find(tok.text)
            if draft_entity is not None and draft_entity.kind is EntityKind.OUTLET:
                state.registry.touch(draft_entity)
                return Found(speaker=draft_entity, speaker_mention=(tok.start, tok.end))
    return None


def _masked(state: _State, draft: QuoteDraft, start: int) -> list[tuple[int, int]]:
    """Spans of other quotations between ``start`` and the draft (their words are not cues)."""
    if draft.parent is None:
        i = bisect.bisect_left(state.quote_spans, (start, -1))
        out = []
        while i < len(state.quote_spans) and state.quote_spans[i][0] < draft.start:
            out.append(state.quote_spans[i])
            i += 1
        return out
    return [(c.start, c.end) for c in draft.parent.children if c is not draft and c.start < draft.start]


def _subject(text: str, toks: list[Token], j: int, lo: int) -> NounPhrase | None:
    """The speaker phrase before the cue at ``j``: ``X said``, ``X, a pensioner, told``."""
    document = _document_opening(text, toks, lo, j)
    if document is not None:
        return document
    issued = _issued_document(toks, j)
    if issued is not None and lo <= issued < j - 1:
        return _subject(text, toks, issued, lo)  # "Teneo issued a statement saying “…”": Teneo
    if toks[j].low.endswith("ing") and j - 1 > lo and toks[j - 1].low in ("is", "are", "was", "were", "been"):
        return _subject(text, toks, j - 1, lo)  # "Donald Trump is telling supporters …": Trump
    k = j - 1
    while k >= lo and toks[k].is_word and (
        (is_adverb(toks[k].low) and not toks[k].is_cap) or toks[k].low in ADVERBS or toks[k].low in ("has", "had", "have")
    ):
        k -= 1
    if k - 1 >= lo and toks[k].text in _WEEKDAYS and toks[k - 1].low in ("on", "late", "early"):
        k -= 2  # "Obama on Tuesday called on men": the day is no speaker
    if k - 2 >= lo and toks[k].text in _WEEKDAYS and toks[k - 1].low.endswith("ed") and toks[k - 2].is_word:
        k -= 2  # "A report released Monday said": the report, not the day
    if k - 1 >= lo and toks[k].text.isdigit() and toks[k - 1].low in ("in", "on", "since", "by"):
        k -= 2  # "Putin in 2022 declared"
    if k - 1 >= lo and toks[k].low.endswith(("n", "ed")) and toks[k - 1].low in ("was", "were", "is", "are", "been"):
        k -= 2  # "his supporters were shown chanting": the supporters
    k = _before_time_phrase(toks, k, lo)  # "Beck, who has in the past described …"
    if k - 2 >= lo and toks[k].low == "to" and toks[k - 1].low == "on" and toks[k - 2].low in ("go", "goes", "went", "gone", "going"):
        k -= 3  # "The email goes on to say": the subject of "goes"
    while k >= lo and toks[k].is_word and (
        (is_adverb(toks[k].low) and not toks[k].is_cap) or toks[k].low in ADVERBS or toks[k].low in ("has", "had", "have")
    ):
        k -= 1
    if k < lo:
        return None
    if toks[k].text in _DASHES and k - 1 > lo:
        # "Democrats - especially in his native New York - said": the subject before the aside.
        opening = next((n for n in range(k - 1, max(lo, k - 15) - 1, -1) if toks[n].text == toks[k].text), None)
        if opening is not None and opening - 1 >= lo:
            k = opening - 1
    if toks[k].low in ("and", "but") and k > lo:
        # "Trump returned … and declared, “…”": the subject of the clause before,
        # when it is a name or a pronoun (a common noun's extent is not known here).
        before = _main_subject(text, toks[lo:k], k - lo)
        return before if before is not None and (before.proper or before.pronoun) else None
    if toks[k].text == ")":
        # "Rep. Gwen Moore (D-Wis.) said": a short parenthesis (a party tag, an age)
        # between the name and the cue.
        m = k - 1
        while m >= lo and k - m <= 8 and toks[m].text not in "()":
            m -= 1
        if m - 1 >= lo and toks[m].text == "(" and k - m <= 8:
            named = phrase_before(text, toks, m - 1, lo)
            if named is not None and named.proper:
                return named
        return None
    if toks[k].low == "which" and k - 2 >= lo and toks[k - 1].text == ",":
        # "…, the Harlow Research Centre, which estimated that …": the noun phrase before the comma.
        return phrase_before(text, toks, k - 2, lo)
    if toks[k].low == "who":
        # "Michael Kofman, the director …, a … institute, who told": the name heading the
        # chain of appositions (the chunks after it begin with a determiner).
        k -= 1
        if k >= lo and toks[k].text != ",":
            # "… defended himself against an architect who said he was stiffed": the person
            # the clause describes.  Not when that person opens the sentence ("Officials who
            # said … were ignored") or a clause:
            head = phrase_before(text, toks, k, lo)
            if head is None or head.pronoun is not None:
                return None
            h = _index_of(toks, head.start)
            if not h or toks[h - 1].low in ("that", "and", "but", ",") or any(is_cue(toks, n) for n in range(h)):
                # The clause sits inside a subject or inside another report ("told a woman
                # who suggested …", "that the women who accused him were lying"): where the
                # reported words end is not known.
                return None
            return head
        first_appos: int | None = None
        while k >= lo and toks[k].text == ",":
            m = k - 1
            while m >= lo and toks[m].text != ",":
                m -= 1
            chunk_start = m + 1
            if toks[chunk_start].low in ("a", "an", "the") and m >= lo:
                first_appos = chunk_start
                k = m
                continue
            head = phrase_before(text, toks, k - 1, chunk_start)
            if head is not None and head.proper and first_appos is not None:
                return _with_description(text, head, toks[first_appos].start, toks[first_appos].end)
            return head
        return None
    whose = next((n for n in range(k, lo, -1) if toks[n].low == "whose" and toks[n - 1].text == ","), None)
    if toks[k].text == "," and whose is not None and whose - 2 >= lo:
        # "Geneva Reed-Veal, whose daughter, Sandra Bland, died …, called": the person the
        # relative clause describes, not the names inside it.
        owner = phrase_before(text, toks, whose - 2, lo)
        if owner is not None and owner.proper:
            return _with_description(text, owner, toks[whose].start, toks[k - 1].end)
    if toks[k].text == ",":
        # Appositions or a "citing" phrase between commas, up to three chunks
        # ("Ann Lee, 82, who does not drive, said"; "The mayor, Ann Lee, said").
        close = k
        for _round in range(5):
            m = close - 1
            while m >= lo and toks[m].text != "," and close - m < 30:
                m -= 1
            if m < lo or toks[m].text != ",":
                if close < k:
                    # "a woman in Worcester, Massachusetts, told": the phrase the place ends.
                    placed = phrase_before(text, toks, close - 1, lo)
                    return _role_of(text, toks, placed, lo) if placed is not None else None
                return None
            tail = phrase_before(text, toks, close - 1, m + 1)
            if tail is not None and _state_after_town(toks, tail, lo) is not None:
                close = m  # "a salesman from Sumter, South Carolina, says": the state is no name
                continue
            named = _apposed_name(text, toks, m, close, lo)
            if named is not None:
                return named
            head = phrase_before(text, toks, m - 1, lo)
            if head is not None and head.proper and (
                _object_of_preposition(toks, head, lo) or _state_after_town(toks, head, lo) is not None
            ):
                # "Ann Lee, 59, of Ashton, Md., said", "Jean Roux, the minister of France,
                # said": a place or body in an apposition describes the speaker before it.
                close = m
                continue
            role = _role_of(text, toks, head, lo) if head is not None and not head.proper else None
            if role is not None:
                # "A former engineer at the plant, who asked not to be named, said": the engineer.
                return role
            if head is not None and (head.proper or head.pronoun or head.definite):
                if toks[m + 1].low == "citing" and close == k:
                    cited = phrase_before(text, toks, k - 1, m + 2)
                    if cited is not None:
                        return attrs.evolve(cited, description=f"relay:{head.start}:{head.end}")
                return _with_description(text, head, toks[m + 1].start, toks[close - 1].end)
            close = m
        return None
    if toks[k].low in ("them", "us") and k - 2 >= lo and toks[k - 1].low == "of":
        # "One of them said": one of the people or the group last mentioned.
        return NounPhrase(toks[k].start, toks[k].end, toks[k].text, toks[k].start, toks[k].end, pronoun="they")
    phrase = phrase_before(text, toks, k, lo)
    if phrase is None:
        return None
    listed = _listed_names(text, toks, phrase, lo)
    if listed is not None:
        return listed
    at = _index_of(toks, phrase.start)
    if phrase.proper and at is not None and at - 2 >= lo and toks[at - 1].low in ("in", "at", "near"):
        body = phrase_before(text, toks, at - 2, lo)
        if body is not None and body.proper:
            return body  # "the Russian Embassy in London issued": the embassy, not the city
    town = _state_after_town(toks, phrase, lo)
    if town is not None:
        # "Stacy Baker of Columbia, South Carolina says": the person before the place.
        return phrase_before(text, toks, town - 1, lo)
    if toks[j].low.endswith("ing") and _after_preposition(toks, phrase, lo):
        return None  # "people on their way into the polls saying": an object, not the subject
    role = _role_of(text, toks, phrase, lo)
    if role is not None:
        return role
    if not phrase.proper and phrase.pronoun is None and _after_indefinite(toks, phrase, lo):
        return None  # "someone near the stage shouted": someone, not the stage
    if not phrase.proper and phrase.pronoun is None:
        described = _described_by_relative(text, toks, phrase, lo)
        if described is not None:
            return described
    return _by_outlet(text, toks, phrase, lo)


# Participles after a document noun opening a sentence ("Figures released by the board …").
_DOCUMENT_PARTICIPLES: Final = frozenset(
    {"released", "published", "obtained", "compiled", "issued", "seen", "reviewed", "filed", "posted",
     "sent", "leaked", "provided", "cited", "made", "prepared", "commissioned", "conducted"}
)


def _document_opening(text: str, toks: list[Token], lo: int, j: int) -> NounPhrase | None:
    """``Figures released by the board for the week of the vote, for example, showed``: the
    document opening the clause, described by a participle phrase, is the cue's subject."""
    n = lo
    if n < j and toks[n].low in ("the", "a", "an", "new", "recent", "these", "those"):
        n += 1
    for d in range(n, min(n + 3, j - 1)):
        if not toks[d].is_word:
            return None
        if toks[d].low in SPEAKING_DOCUMENTS and (toks[d + 1].low in _DOCUMENT_PARTICIPLES or toks[d + 1].low == "of"):
            if any(is_cue(toks, m) for m in range(d + 2, j)):
                return None  # another report stands between
            name_start = toks[n].start
            return NounPhrase(toks[lo].start, toks[d].end, text[name_start : toks[d].end], name_start, toks[d].end, definite=True)
    return None


_TIME_NOUNS: Final = frozenset(
    {"past", "meantime", "interim", "end", "week", "weeks", "month", "months", "year", "years", "day", "days",
     "weekend", "morning", "afternoon", "evening", "night", "summer", "winter", "spring", "fall", "autumn"}
)


def _before_time_phrase(toks: list[Token], k: int, lo: int) -> int:
    """Index before a time phrase ending at token ``k`` ("in the past", "in recent weeks",
    "last week", "earlier this month"), else ``k``."""
    if k < lo or toks[k].low not in _TIME_NOUNS:
        return k
    if k - 2 >= lo and toks[k - 2].low == "in" and toks[k - 1].low in ("the", "recent", "past", "coming"):
        return k - 3
    if k - 1 >= lo and toks[k - 1].low in ("last", "this", "next"):
        n = k - 2
        return n - 1 if n >= lo and toks[n].low in ("earlier", "later") else n
    return k


_token_start: Final = operator.attrgetter("start")


def _index_of(toks: Sequence[Token], start: int) -> int | None:
    """Index of the token starting at ``start`` (tokens are in text order), else None."""
    n = bisect.bisect_left(toks, start, key=_token_start)
    return n if n < len(toks) and toks[n].start == start else None


def _object_of_preposition(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True when ``phrase`` follows a preposition inside an apposition (``Ann Lee, 59, of
    Ashton``, ``Jean Roux, the minister of France``): a comma opens the chunk before it.

    ``A spokeswoman for Corvane, which …, said`` has no such comma: the body, named
    with the role that speaks for it, stays the speaker.
    """
    i = _index_of(toks, phrase.start)
    if i is None or i - 1 < lo or toks[i - 1].low not in ("of", "from", "in", "at", "for"):
        return False
    return any(toks[n].text == "," for n in range(max(lo, i - 12), i - 1))


def _after_preposition(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True when ``phrase`` is the object of a preposition (``into the polls``)."""
    i = _index_of(toks, phrase.start)
    return i is not None and i - 1 >= lo and toks[i - 1].low in _OBJECT_PREPOSITIONS


_OBJECT_PREPOSITIONS: Final = frozenset(
    {"into", "in", "at", "on", "from", "to", "with", "by", "of", "for", "toward", "towards", "through", "onto"}
)


def _listed_names(text: str, toks: list[Token], phrase: NounPhrase, lo: int) -> NounPhrase | None:
    """``Sens. Tom Carper, Dianne Feinstein and Ben Cardin said``: the people listed, as one
    group named by the list (titles left out), when ``phrase`` ends a list of full names."""
    i = _index_of(toks, phrase.start)
    if not phrase.proper or i is None or i - 2 < lo or toks[i - 1].low not in ("and", "&"):
        return None
    first = phrase
    n = i - 2
    count = 1
    while n >= lo:
        before = phrase_before(text, toks, n, lo)
        if before is None or not before.proper or len(before.name.split()) < 2:
            break
        first, count = before, count + 1
        b = _index_of(toks, before.start)
        if b is None or b - 2 < lo or toks[b - 1].text != ",":
            break
        n = b - 2
    if count < 2 or len(phrase.name.split()) < 2:
        return None  # "Clinton and Trump said": surnames alone may be anyone's; keep the last
    f = _index_of(toks, first.start)
    if f is not None and f - 1 >= lo and toks[f - 1].low in _OBJECT_PREPOSITIONS | {"by"}:
        return None  # "the article by Thomas Rowley and Serhiy Guz continued": the authors of something
    name = text[first.name_start : phrase.name_end]
    return NounPhrase(first.start, phrase.end, name, first.name_start, phrase.name_end, proper=True)


def _state_after_town(toks: list[Token], phrase: NounPhrase, lo: int) -> int | None:
    """Index of the preposition before ``Town,`` when ``phrase`` is the state or country
    after it (``from Sumter, South Carolina``, ``of Columbia, South Carolina``), else None."""
    i = _index_of(toks, phrase.start)
    if not phrase.proper or phrase.name.rstrip(".") not in REGIONS or i is None or i - 2 < lo or toks[i - 1].text != ",":
        return None
    n = i - 2
    while n >= lo and toks[n].is_word and toks[n].is_cap and i - n <= 5:
        n -= 1
    if n < lo or n == i - 2 or toks[n].low not in ("of", "from", "in", "near"):
        return None
    return n


def _described_by_relative(text: str, toks: list[Token], phrase: NounPhrase, lo: int) -> NounPhrase | None:
    """``A retired engineer who worked at the plant said``: the engineer, not the plant.

    A relative clause without commas between an indefinite role phrase and the
    cue: the role phrase is the subject, the clause its description.
    """
    i = _index_of(toks, phrase.start)
    if i is None:
        return None
    for w in range(i - 1, max(lo, i - 10) - 1, -1):
        if not toks[w].is_word:
            return None
        if toks[w].low not in ("who", "that"):
            continue
        head = phrase_before(text, toks, w - 1, lo) if w - 1 >= lo else None
        if head is None or head.proper or head.pronoun is not None or head.definite:
            return None
        if head.name.split()[-1].lower() not in ROLE_NOUNS or toks[_index_of(toks, head.start) or 0].low not in ("a", "an"):
            return None
        return attrs.evolve(head, end=phrase.end, description=text[head.start : phrase.end])
    return None


def _after_indefinite(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True for ``someone near the stage``: the phrase is the object of a preposition
    after an indefinite pronoun, which is the real (unnamed) subject."""
    i = _index_of(toks, phrase.start)
    return (
        i is not None
        and i - 2 >= lo
        and toks[i - 1].low in _PREPOSITIONS
        and toks[i - 2].low in ("someone", "somebody", "anyone", "anybody", "nobody", "everyone", "everybody")
    )


_PREPOSITIONS: Final = frozenset({"near", "at", "in", "from", "with", "on", "behind", "outside", "inside", "beside", "by", "among"})


def _role_of(text: str, toks: list[Token], phrase: NounPhrase, lo: int) -> NounPhrase | None:
    """``A spokesman for the council said``: the role speaks, not the council."""
    if phrase.pronoun is not None:
        return None
    i = _index_of(toks, phrase.start)
    if i is None or i - 1 < lo or toks[i - 1].low not in ("for", "at", "of", "with", "from", "in"):
        return None
    r = _role_before(toks, i - 1, lo)
    if r is None:
        return None
    det = toks[r].low
    head_from = r + 1 if det in ("a", "an", "the", "this", "that") else r
    if head_from > i - 2:
        return None
    name_start, name_end = toks[head_from].start, toks[i - 2].end
    return NounPhrase(
        toks[r].start, phrase.end, text[name_start:name_end], name_start, name_end,
        description=text[toks[r].start : phrase.end], definite=det in ("the", "this", "that"),
    )


def _role_before(toks: list[Token], m: int, lo: int) -> int | None:
    """Start index of a role phrase ending at token ``m - 1`` (``Navimorand’s director``), else None."""
    role = None
    n = m - 1
    while n >= lo and m - n <= 8 and toks[n].is_word and toks[n].low not in CUE_VERBS:
        if (toks[n].low in ROLE_NOUNS and not toks[n].is_cap) or (toks[n].low in ROLE_NOUNS and n > lo and not toks[n - 1].is_word):
            role = n
        elif role is None and toks[n].low in GROUP_NOUNS and toks[n].low.endswith("s") and not toks[n].is_cap:
            role = n  # "two senior members of the House said": the members, not the House
        if toks[n].low in ("the", "a", "an", "its", "his", "her", "their") or toks[n].is_possessive:
            return n if role is not None else None
        if toks[n].low in STOP_WORDS and toks[n].low not in ("of", "for", "at"):
            break
        n -= 1
    return n + 1 if role is not None else None


def _name_chunk(text: str, toks: list[Token], a: int, b: int) -> NounPhrase | None:
    """Tokens ``a``..``b`` (inclusive) as a bare person name (``Beat Furrer``), else None."""
    chunk = toks[a : b + 1]
    if not chunk or len(chunk) > 4 or not all(t.is_word and t.is_cap and not t.is_possessive for t in chunk):
        return None
    start, end = chunk[0].start, chunk[-1].end
    if kind_of(text[start:end]) is not EntityKind.PERSON or chunk[0].text in _NOT_NAME_STARTS:
        return None
    return NounPhrase(start, end, text[start:end], start, end, proper=True)


_NOT_NAME_STARTS: Final = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She", "They", "We", "I"})


_ARTICLES: Final = frozenset({"a", "an", "another", "the"})


def _apposed_name(text: str, toks: list[Token], m: int, close: int, lo: int) -> NounPhrase | None:
    """``ROLE, NAME,`` before a cue: the name, described by the role (``Its chairman, retired
    engineer Tom Ridley, said``)."""
    role = _role_before(toks, m, lo)
    if role is None:
        # "Another delegate on the Cruz slate, Jim Poolman, said": a person's full name set
        # off after a common-noun phrase names the one that phrase describes.
        name = _name_chunk(text, toks, m + 1, close - 1)
        head = phrase_before(text, toks, m - 1, lo) if name is not None else None
        if name is None or head is None or head.pronoun is not None or len(name.name.split()) < 2:
            return None
        found_at = _index_of(toks, head.start)
        h = m if found_at is None else found_at
        # The phrase must open with an article ("Another delegate on the … slate"), so that
        # a list of names ("Ann Lee, Tom Reyes, said") is not read as an apposition.
        opening = next(
            (n for n in range(h, max(lo, h - 8) - 1, -1) if not toks[n].is_word or toks[n].low in _ARTICLES or toks[n].is_possessive),
            None,
        )
        if opening is None or not (toks[opening].low in _ARTICLES or toks[opening].is_possessive):
            return None  # "Brazile’s CNN colleague, Jake Tapper," opens with a possessive
        return attrs.evolve(name, start=toks[opening].start, description=text[toks[opening].start : toks[m - 1].end])
    name = _name_chunk(text, toks, m + 1, close - 1)
    if name is None:
        inner = phrase_before(text, toks, close - 1, m + 1)
        if inner is None or not inner.proper or inner.start != toks[m + 1].start or kind_of(inner.name) is not EntityKind.PERSON:
            return None
        name = inner
    return attrs.evolve(name, start=toks[role].start, description=text[toks[role].start : toks[m - 1].end])


def _by_outlet(text: str, toks: list[Token], phrase: NounPhrase, lo: int) -> NounPhrase:
    """``the article by A and B`` speaks, not B: return the outlet-noun phrase."""
    i = _index_of(toks, phrase.start)
    if i is None:
        return phrase
    k = i - 1
    while k >= lo and (toks[k].is_cap or toks[k].low == "and"):
        k -= 1
    if k - 1 >= lo and toks[k].low in ("by", "in", "from") and toks[k - 1].low in OUTLET_NOUNS:
        head = toks[k - 1]
        det = toks[k - 2] if k - 2 >= lo and toks[k - 2].low in ("the", "a", "an", "this") else None
        start = det.start if det else head.start
        return NounPhrase(start, head.end, head.text, head.start, head.end, definite=True)
    return phrase


def _with_description(text: str, phrase: NounPhrase, start: int, end: int) -> NounPhrase:
    description = text[start:end].strip()
    for lead in ("who is ", "who was ", "which is "):
        if description.startswith(lead):
            description = description[len(lead) :]
    if description.startswith(("who ", "which ")):
        description = phrase.description or ""
    return attrs.evolve(phrase, description=description or phrase.description)


def _found(state: _State, phrase: NounPhrase, cue: Token) -> Found:
    registry = state.registry
    relay_of: tuple[int, int] | None = None
    if phrase.description and phrase.description.startswith("relay:"):
        _tag, s, e = phrase.description.split(":")
        relay_of = (int(s), int(e))
        phrase = attrs.evolve(phrase, description=None)
    phrase, draft = _document_source(state, phrase)  # "a Bloomberg poll shows": Bloomberg
    name_end = phrase.name_end
    if draft is not None and state.text.startswith(f"{draft.name} of ", phrase.name_start):
        name_end = phrase.name_start + len(draft.name)  # "Craig Holman of Public Citizen": the person's name
    found = Found(
        speaker=draft,
        speaker_mention=(phrase.name_start, name_end) if draft is not None else None,
        cue=(cue.start, cue.end),
        lemma=CUE_VERBS.get(cue.low),
    )
    if relay_of is not None:
        name = state.text[relay_of[0] : relay_of[1]]
        words = name.split()
        while words and words[0].lower() in ("the", "independent", "russian", "newspaper"):
            words = words[1:]
        if words:
            name = " ".join(words)
            start = relay_of[1] - len(name)
            outlet = registry.outlet(name, start)
            found.hops.append(HopDraft(outlet, (start, relay_of[1]), (cue.start, cue.end)))
    return found


def _complements(state: _State, found: Found, toks: list[Token], j: int, after: int, limit: int) -> None:
    """Addressee (``told Al Jazeera``, ``declared to Putin``), medium (``on Telegram``), dates."""
    text = state.text
    registry = state.registry
    k = after
    lemma = found.lemma
    if lemma in ("tell", "ask") and k + 3 < len(toks) and toks[k].low in ("the", "a", "an") and toks[k + 1].low in OUTLET_NOUNS and toks[k + 2].text in QUOTE_CHARS:
        # "told the podcast “War on the Rocks,”": the title names the outlet.
        m = next((n for n in range(k + 3, min(len(toks), k + 20)) if toks[n].text in QUOTE_CHARS), None)
        if m is not None:
            a, b = toks[k + 2].end, toks[m].start
            while b > a and text[b - 1] in ",.;: ":
                b -= 1
            if b > a:
                addressee = registry.outlet(text[a:b], a)
                found.addressee, found.addressee_mention = addressee, (a, b)
                if addressee is not found.speaker:
                    found.hops.insert(0, HopDraft(addressee, (a, b), found.cue))
            return
    if lemma in ("tell", "ask", "declare", "say", "write", "explain", "reply") and k < len(toks):
        if toks[k].low == "to" and lemma != "tell":
            k += 1
        if lemma in ("tell", "ask") or toks[k - 1].low == "to":
            phrase, k2 = phrase_after(text, toks, k)
            if phrase is not None and phrase.proper and phrase.end <= limit:
                addressee = registry.named(phrase)
                found.addressee = addressee
                found.addressee_mention = (phrase.name_start, phrase.name_end)
                if addressee.kind is EntityKind.OUTLET and addressee is not found.speaker:
                    found.hops.insert(0, HopDraft(addressee, found.addressee_mention, found.cue))
                k = k2
            elif phrase is not None and not phrase.proper and phrase.name.split()[-1:] and phrase.name.split()[-1].lower() in ("podcast",):
                k = k2
    _interview(state, found, toks, k, limit)
    for m in range(k, min(len(toks), k + 8)):
        if toks[m].low == "on" and m + 1 < len(toks) and toks[m + 1].text in MEDIA:
            found.medium = toks[m + 1].text
            found.medium_mention = (toks[m + 1].start, toks[m + 1].end)
            break
        if toks[m].text in ".!?," or toks[m].text in QUOTE_CHARS:
            break
    if found.speaker is not None and found.speaker.kind is EntityKind.OUTLET and found.lemma in RELAY_LEMMAS:
        # "reported the Washington Post on October 4": the date of the report itself.
        pass


_INTERVIEW_WORDS: Final = frozenset({"interview", "interviews", "speaking", "talking", "spoke", "call"})


def _interview(state: _State, found: Found, toks: list[Token], k: int, limit: int) -> None:
    """``said in an interview with the BBC``, ``speaking to CNN``: the outlet is addressee and hop."""
    if found.addressee is not None:
        return
    for m in range(k, min(len(toks), k + 10)):
        tok = toks[m]
        if tok.text in ".!?;" or tok.text in QUOTE_CHARS or tok.start >= limit:
            return
        if tok.low not in _INTERVIEW_WORDS or m + 1 >= len(toks) or toks[m + 1].low not in ("with", "to", "on"):
            continue
        phrase, _after_phrase = phrase_after(state.text, toks, m + 2)
        if phrase is None or not phrase.proper or phrase.end > limit:
            return
        entity = state.registry.named(phrase)
        if entity.kind is not EntityKind.OUTLET:
            return
        found.addressee, found.addressee_mention = entity, (phrase.name_start, phrase.name_end)
        if entity is not found.speaker and all(h.entity is not entity for h in found.hops):
            found.hops.insert(0, HopDraft(entity, found.addressee_mention, (tok.start, tok.end)))
        return


def _according(state: _State, toks: list[Token], i: int, limit: int) -> Found | None:
    """``according to X``: X is the speaker (an outlet quoted verbatim, or a source)."""
    text = state.text
    cue = (toks[i].start, toks[i + 1].end)
    relays = find_relays(text, toks[i].start, min(limit + 80, len(text)))
    if relays and relays[0].kind == "according" and relays[0].cue[0] == toks[i].start:
        relay = relays[0]
        document = text[relay.name_span[1] : relay.name_span[1] + 12].split()[:1]
        issued = bool(document) and document[0].lower().strip(".,;") in _DOCUMENT_NOUNS - {"report"}
        entity = state.registry.named(
            NounPhrase(relay.name_span[0], relay.name_span[1], relay.name, relay.name_span[0], relay.name_span[1], proper=True),
            # "a Corvane Energy statement": a body issues statements.
            kind_hint=EntityKind.ORGANISATION if issued and kind_of(relay.name) is EntityKind.PERSON else None,
        )
        return Found(speaker=entity, speaker_mention=relay.name_span, cue=cue, lemma="according")
    phrase, after = phrase_after(text, toks, i + 2)
    if phrase is None:
        return None
    head = phrase.name.split()[-1].lower() if phrase.name.split() else ""
    by = after + 1 if after + 1 < len(toks) and toks[after].low in _DOCUMENT_PARTICIPLES else after
    if by + 1 < len(toks) and toks[by].low == "by" and toks[by - 1].low in _DOCUMENT_PARTICIPLES:
        # "according to audio obtained by the Texas Tribune": the one who obtained it.
        agent, _end = phrase_after(text, toks, by + 1)
        if agent is not None and agent.proper:
            obtainer = state.registry.named(agent)
            return Found(speaker=obtainer, speaker_mention=(agent.name_start, agent.name_end), cue=cue, lemma="according")
    if not phrase.proper and head in _PUBLISHED_NOUNS and after + 1 < len(toks) and toks[after].low in ("in", "by", "from", "on"):
        # "according to a new article in Politico": the outlet that published it.
        outlet, _end = phrase_after(text, toks, after + 1)
        if outlet is not None and outlet.proper:
            publisher = state.registry.named(outlet, kind_hint=EntityKind.OUTLET)
            return Found(speaker=publisher, speaker_mention=(outlet.name_start, outlet.name_end), cue=cue, lemma="according")
    if i + 3 < len(toks) and toks[i + 2].low in _POSSESSIVE_PRONOUNS and toks[i + 3].low in _DOCUMENT_NOUNS:
        # "according to her notes" ("notes" also reads as a verb): the owner speaks.
        owner = toks[i + 2]
        phrase = NounPhrase(owner.start, owner.end, owner.text, owner.start, owner.end, pronoun=_POSSESSIVE_PRONOUNS[owner.low])
    author = _author_after(text, toks, i + 2)
    if author is not None:
        # "according to a speech Mrs. Clinton delivered": the author of the document speaks.
        writer = state.registry.resolve(author)
        if writer is not None:
            return Found(speaker=writer, speaker_mention=(author.name_start, author.name_end), cue=cue, lemma="according")
    if not phrase.proper and phrase.pronoun is None and head in _NOT_SOURCES:
        return None  # "according to a formula", "according to plan": no one is cited
    phrase, source = _document_source(state, phrase)
    if source is None:
        return None
    return Found(speaker=source, speaker_mention=(phrase.name_start, phrase.name_end), cue=cue, lemma="according")


def _document_source(state: _State, phrase: NounPhrase) -> tuple[NounPhrase, Draft | None]:
    """The entity a source phrase denotes, its issuer for a document (``a Bloomberg poll``,
    ``a ministry statement``), with the phrase that names it."""
    issuer = _issuer(state.text, phrase)
    if issuer is not None and issuer.proper and len(issuer.name.split()) > 1 and kind_of(issuer.name) is EntityKind.PERSON:
        # "a Corvane Energy statement": a statement issued by a body, not a person's name.
        return issuer, state.registry.named(issuer, kind_hint=EntityKind.ORGANISATION)
    phrase = issuer or phrase
    words = phrase.name.split()
    if phrase.proper and issuer is None and len(words) > 1 and words[-1] in SPEAKING_DOCUMENTS:
        phrase = attrs.evolve(phrase, proper=False)  # "Recent polls show": capitalised by the sentence
    source = state.registry.resolve(phrase)
    if source is None and issuer is None:
        source = state.registry.document(phrase)  # "the joint statement said": the document
    return phrase, source


# Documents whose issuer, named in a modifier, is the speaker ("a transport ministry statement").
_DOCUMENT_NOUNS: Final = frozenset(
    {
        "statement", "statements", "report", "letter", "memo", "document", "filing", "release",
        "notice", "email", "post", "tweet", "study", "survey", "records", "figures", "data",
        "estimates", "estimate", "accounts", "calculations", "analysis", "website", "count",
        "notes", "diary", "account", "testimony", "poll", "polls", "polling", "research", "review",
        "audit", "investigation", "findings", "results", "inquiry",
    }
)
_POSSESSIVE_PRONOUNS: Final = {"its": "it", "his": "he", "her": "she", "their": "they"}


# What a person writes or gives that may be cited ("according to a speech X delivered").
_AUTHORED_NOUNS: Final = _DOCUMENT_NOUNS | {
    "speech", "remarks", "interview", "address", "op-ed", "column", "article", "book", "essay", "paper",
}
# Verbs that make the name before them the author of the document before it.
_AUTHORING_VERBS: Final = frozenset(
    {
        "delivered", "gave", "made", "wrote", "sent", "issued", "released", "published", "posted",
        "signed", "filed", "penned", "authored", "tweeted", "gives", "writes", "sends",
    }
)


def _author_after(text: str, toks: list[Token], k: int) -> NounPhrase | None:
    """``a speech Mrs. Clinton delivered``, starting at token ``k``: the author named, else None."""
    if k < len(toks) and toks[k].low in ("a", "an", "the", "this", "that"):
        k += 1
    if k >= len(toks) or toks[k].low not in _AUTHORED_NOUNS:
        return None
    first = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "the" else k + 1  # "a report the Treasury released"
    n = first
    while n < len(toks) and n - first < 5 and toks[n].is_word and toks[n].is_cap:
        n += 1
    if n == first or n >= len(toks) or toks[n].low not in _AUTHORING_VERBS:
        return None
    named = phrase_before(text, toks, n - 1, first)
    return named if named is not None and named.proper else None


# What "according to" may follow without citing anyone: a rule, a plan, a custom.
_NOT_SOURCES: Final = frozenset(
    {"formula", "formulas", "plan", "plans", "schedule", "rule", "rules", "law", "laws", "tradition", "custom",
     "script", "design", "expectations", "protocol", "procedure", "procedures", "guidelines", "terms", "agreement",
     "contract", "statute", "legend", "myth", "instructions", "recipe", "principle", "principles"}
)
# What an outlet publishes: "according to a new article in Politico" cites Politico.
_PUBLISHED_NOUNS: Final = frozenset({"article", "story", "piece", "report", "column", "editorial", "analysis", "interview", "profile"})
# Capitalised at the start of a sentence, these describe a document rather than issue it.
_DOCUMENT_ADJECTIVES: Final = frozenset(
    {
        "Public", "Private", "Internal", "Independent", "Official", "Federal", "National", "New",
        "Recent", "Latest", "Preliminary", "Annual", "Secret", "Leaked", "Confidential", "Early",
        "Final", "Exit", "Local", "Medical",
    }
)


def _issuer(text: str, phrase: NounPhrase) -> NounPhrase | None:
    """``a transport ministry statement``: the issuer named before the document noun, else None."""
    if phrase.proper or phrase.pronoun is not None:
        return None
    tail = text[phrase.start : phrase.end].split()
    if len(tail) == 2 and tail[0].lower() in _POSSESSIVE_PRONOUNS and tail[1].lower() in _DOCUMENT_NOUNS:
        # "according to its records": the owner the pronoun refers to.
        start, owner = phrase.start, tail[0]
        return NounPhrase(start, start + len(owner), owner, start, start + len(owner), pronoun=_POSSESSIVE_PRONOUNS[owner.lower()])
    words = list(regex.finditer(r"\S+", text[phrase.name_start : phrase.name_end]))
    if len(words) < 2 or words[-1].group().lower() not in _DOCUMENT_NOUNS:
        return None
    start = phrase.name_start + words[0].start()
    end = phrase.name_start + words[-2].end()
    name = text[start:end]
    for suffix in ("’s", "'s"):
        if name.endswith(suffix):
            name, end = name[: -len(suffix)], end - len(suffix)
    if not name or not name[-1].isalpha():
        return None
    if name in _DOCUMENT_ADJECTIVES:
        return None  # "Public polling shows …": a kind of document, no issuer named
    if all(w[:1].isupper() for w in name.split()):
        return NounPhrase(start, end, name, start, end, proper=True)
    if name.split()[-1].lower() not in _ISSUER_HEADS:
        return None  # "the initial report": a kind of report, not its issuer
    # "a ministry statement" presupposes the ministry: it refers back like "the ministry".
    return NounPhrase(start, end, name, start, end, definite=True)


# Nouns that name who issues a document when they modify it ("a ministry statement").
_ISSUER_HEADS: Final = (
    frozenset(w.lower() for w in ORGANISATION_WORDS) | ROLE_NOUNS | GROUP_NOUNS | OUTLET_NOUNS
    | {"police", "campaign", "government", "administration", "company", "army", "military"}
)


def _relays(state: _State, found: Found, start: int, end: int) -> None:
    """Add the reporters named in the sentence (``according to the October 5 Washington Post``)."""
    text = state.text
    cue_start = found.cue[0] if found.cue else -1
    for relay in find_relays(text, start, end):
        if relay.kind == "citing":
            continue
        if relay.cue[0] == cue_start:
            # The cue itself ("reported the Washington Post on October 4"): date the speaker's report.
            continue
        name = relay.name
        entity = state.registry._find(name)
        if entity is None:
            from provenance.extract._speakers import kind_of

            if kind_of(name) is not EntityKind.OUTLET:
                continue
            entity = state.registry.outlet(name, relay.name_span[0])
        if entity is found.speaker or entity.kind is EntityKind.PERSON:
            continue
        if any(h.entity is entity for h in found.hops):
            continue
        date = iso_date(text[relay.date[0] : relay.date[1]], state.published) if relay.date else None
        found.hops.append(
            HopDraft(entity, relay.name_span, relay.cue, date, relay.date if date else None)
        )


# -- claims -----------------------------------------------------------------


def _claim_at(state: _State, cue_span: tuple[int, int], inside: tuple[int, int] | None = None) -> ClaimDraft | None:
    text = state.text
    if inside is None:
        s = sentence_start(text, cue_span[0])
        e = _clause_end(state, cue_span[0])
    else:
        # A cue inside a quotation: its sentence ends where the quoted words do.
        s = max(inside[0], sentence_start(text, cue_span[0], inside[0]))
        e = min(inside[1], sentence_end(text, cue_span[0], inside[1]))
    toks = tokens(text, s, e)
    j = _index_of(toks, cue_span[0])
    if j is None:
        return None
    if toks[j].low == "according":
        return _according_claim(state, toks, j, s, e)
    if toks[j].low in _CALL_FORMS or CUE_VERBS.get(toks[j].low) in _OBJECT_COMPLEMENTS:
        return _object_claim(state, toks, j, s, e)
    if toks[j].low == "citing":
        return _cited_claim(state, toks, j, e)
    if not is_cue(toks, j) or CUE_VERBS[toks[j].low] not in CLAUSE_CUES:
        return None
    if CUE_VERBS[toks[j].low] in THAT_CUES and not (j + 1 < len(toks) and toks[j + 1].low == "that"):
        # "estimated 400 jobs": a figure, not a report; but "polls show Clinton ahead" reports.
        shown = CUE_VERBS[toks[j].low] == "show" and _document_subject(text, toks, j)
        if not shown:
            return None
    if toks[j].low.endswith("ing") and not _ing_clause(toks, j):
        return None  # "…, declaring these areas part of Russia" reports no clause
    phrase = _subject(text, toks, j, 0)
    k = j + 1
    issued = _issued_document(toks, j)
    if issued is not None:
        # "the Russian Embassy issued a statement saying that …": the issuer; "a statement
        # saying" with no issuer named: the statement.
        phrase = _subject(text, toks, issued, 0) if issued < j - 1 else phrase_before(text, toks, j - 1, 0)
    elif toks[j].low.endswith("ing"):
        # "…, arguing that …": the subject of the main clause reports.
        phrase = _main_subject(text, toks, j)
    elif phrase is not None and _ends_clause(toks, k):
        # "…, the company said." / "…, it said in a statement.": the clause before the comma.
        before = _index_of(toks, phrase.start)
        before = _comma_before(toks, before) if before is not None else None
        content_end = toks[before - 1].start if before else 0
        if before and before >= 2 and toks[before - 1].text in QUOTE_CHARS and toks[before - 2].text == ",":
            # "Those sites are “consistent with …,” the statement said": the comma inside the mark.
            content_end = toks[before - 1].end
            before -= 1
        if before and toks[before - 1].text == "," and toks[before - 1].start > s and text[s] not in QUOTE_CHARS:
            if CUE_VERBS[toks[j].low] in RELAY_LEMMAS and _reports_inside(toks, before - 1):
                return None  # "X said …, the Times reported": X's claim, the Times a hop
            if CUE_VERBS[toks[j].low] in ("tell", "ask"):
                return None
            found = _found(state, phrase, toks[j])
            _complements(state, found, toks, j, k, e)
            _relays(state, found, s, e)
            return _claim(state, s, content_end, found)
        return None
    if phrase is not None and k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
        # "said, in an email, that …": an adverbial set off by commas before the clause.
        close = next((n for n in range(k + 1, min(len(toks), k + 8)) if toks[n].text == ","), None)
        if (
            close is not None
            and toks[k + 1].low in _ADVERBIAL_STARTS
            and close + 1 < len(toks)
            and toks[close + 1].low == "that"
            and all(t.is_word for t in toks[k + 1 : close])
        ):
            k = close + 1
    if phrase is not None and k < len(toks) and toks[k].low in _ADVERBIAL_STARTS and not _ends_clause(toks, k):
        # "Fraudsters, he said in the video, don't last long": the adverbial before the comma.
        close = next((n for n in range(k, min(len(toks), k + 6)) if not toks[n].is_word), None)
        if close is not None and toks[close].text == "," and j > 0 and toks[j - 2 if j >= 2 else 0].text == ",":
            k = close
    if phrase is not None and k < len(toks) and toks[k].text == ",":
        # Parenthetical: "But others fought well, he said, and …".
        if CUE_VERBS[toks[j].low] in RELAY_LEMMAS or (k + 1 < len(toks) and toks[k + 1].text in QUOTE_CHARS):
            return None
        before = _index_of(toks, phrase.start)
        if before and toks[before - 1].text == "," and toks[before - 1].start > s and text[s] not in QUOTE_CHARS:
            found = _found(state, phrase, toks[j])
            _relays(state, found, s, e)
            end = toks[before - 1].start
            if len(text[s:end].split()) < _SHORT and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap:
                # "The museum, Mr. Obama said, would make visitors face …": only the subject
                # came before the attribution; the claim is the whole sentence around it.
                end = e
            return _claim(state, s, end, found)
        return None
    if phrase is None and j > 0 and toks[j - 1].text == ",":
        # Inverted: "…, reported Ukraine’s Defense Ministry."
        if CUE_VERBS[toks[j].low] in ("tell", "ask") or text[s] in QUOTE_CHARS:
            return None
        phrase, k = phrase_after(text, toks, j + 1)
        content_end = toks[j - 1].start
        if phrase is not None and (k >= len(toks) or toks[k].text in ",.") and content_end > s:
            phrase = _appositive_after(text, toks, k, phrase)
            found = _found(state, phrase, toks[j])
            _relays(state, found, s, e)
            return _claim(state, s, content_end, found)
        return None
    if phrase is None:
        return None
    if CUE_VERBS[toks[j].low] in ("tell", "ask", "warn", "remind") and k < len(toks):
        addressee, k2 = phrase_after(text, toks, k)
        if addressee is not None and k2 < len(toks) and toks[k2].low in ("about", "of", "off", "to", "for"):
            return None  # "told him about the vote": a conversation, no reported clause
    found = _found(state, phrase, toks[j])
    lemma = found.lemma
    if lemma in ("tell", "ask") and k + 3 < len(toks) and toks[k + 2].text in QUOTE_CHARS and toks[k + 1].low in OUTLET_NOUNS:
        m = next((n for n in range(k + 3, min(len(toks), k + 20)) if toks[n].text in QUOTE_CHARS), None)
        if m is not None:
            _complements(state, found, toks, j, k, toks[m].end)
            k = m + 1
            while k < len(toks) and toks[k].text == ",":
                k += 1
    if lemma in ("tell", "ask", "warn", "promise", "remind", "assure") and k < len(toks) and toks[k].low != "that":
        addressee, k2 = phrase_after(text, toks, k)
        if addressee is not None and k2 < len(toks) and toks[k2].low == "that":
            _complements(state, found, toks, j, k, toks[k2].start)
            k = k2
        elif addressee is not None and k2 < len(toks) and toks[k2].low in _ADVERBIAL_STARTS:
            # "told staff in a memo that …": the addressee, then an adverbial, then the clause.
            ahead = next((n for n in range(k2, min(len(toks), k2 + 9)) if toks[n].low == "that"), None)
            if ahead is not None and all(t.is_word and not is_cue(toks, n) for n, t in enumerate(toks[k2:ahead], start=k2)):
                _complements(state, found, toks, j, k, toks[ahead].start)
                k = ahead
            elif addressee.proper:
                _complements(state, found, toks, j, k, e)
                k = k2
            else:
                return None  # "told reporters on the short flight from …": no clause follows
        elif addressee is not None and addressee.proper:
            _complements(state, found, toks, j, k, e)
            k = k2
        elif addressee is not None and (
            addressee.name.lower() in _OBJECT_PRONOUNS
            or text[addressee.start : addressee.end].lower() in _AUDIENCES
            or addressee.name.lower() in _AUDIENCES
        ):
            # "told him the vote was fair", "told reporters the vote was fair": an
            # addressee, then the clause.
            if k2 >= len(toks) or toks[k2].low in ("on", "so", "and", "."):
                return None
            k = k2
        elif addressee is not None and k2 < len(toks) and toks[k2].low in ("who", "which") and not addressee.proper:
            return None  # "told the mayors who gathered in Indianapolis, “…”": no reported clause
        elif addressee is not None and lemma == "tell" and addressee.pronoun in ("they", "he", "she", "it", "we", "i"):
            # "told a news conference they are …": the words before the pronoun are the
            # addressee; the clause opens with the pronoun.
            at = next((n for n in range(k, k2) if toks[n].start == addressee.start), None)
            if at is not None and at > k:
                k = at
    if k < len(toks) and toks[k].low != "that":
        # "said in a statement that", "told reporters last month that": skip the adverbial.
        ahead = next((n for n in range(k, min(len(toks), k + 13)) if toks[n].low == "that"), None)
        if (
            ahead is not None
            and (toks[k].low in _ADVERBIAL_STARTS or (is_adverb(toks[k].low) and not toks[k].is_cap))
            and all(t.is_word and not is_cue(toks, n) for n, t in enumerate(toks[k:ahead], start=k))
        ):  # "conceded publicly as well as privately that …" too
            _complements(state, found, toks, j, k, toks[ahead].start)
            k = ahead
    while k < len(toks) and toks[k].low in _TIME_WORDS:
        k += 1  # "said Monday that …"
    if k + 2 < len(toks) and toks[k].low == "on" and toks[k + 1].low in _TIME_WORDS and toks[k + 2].is_word:
        k += 2  # "said on Friday he met …"
    if any(t.text == ":" for t in toks[k : k + 4]):
        return None  # "told reporters: “…”": a quotation follows, not a reported clause
    if k < len(toks) and toks[k].low == "that":
        if k + 1 < len(toks) and toks[k + 1].low in _NO_SUBJECT:
            pass  # "Tamm said that was not enough": "that" is the subject
        else:
            k += 1
    if k >= len(toks) or (not toks[k].is_word and toks[k].text not in QUOTE_CHARS):
        return None
    m = k
    while m < len(toks) and is_adverb(toks[m].low) and not toks[m].is_cap:
        m += 1  # "wrote sarcastically on Twitter": the manner, then no clause
    if m < len(toks) and toks[m].low in (
        "to", "on", "in", "at", "by", "for", "with", "about", "from", "as", "of", "so",
        "when", "while", "after", "before", "because", "during", "until", "outside", "inside",
    ):
        return None  # "said when Boyle asked him": a time or place, not a reported clause
    if toks[k].text in QUOTE_CHARS and (toks[k - 1].low != "that"):
        return None
    _relays(state, found, s, e)
    return _claim(state, toks[k].start, e, found)


# Speech acts whose content is an object with its complement: "accused Moscow of meddling",
# "blamed the heat for the delays", "urged Clinton to spend more", "asked Flynn to describe".
_OBJECT_COMPLEMENTS: Final = {"accuse": "of", "blame": "for", "urge": "to", "ask": "to"}
# "called for an inquiry", "called on Clinton to spend": a demand.
_CALL_FORMS: Final = frozenset({"call", "calls", "called", "calling"})
_OBJECT_PRONOUNS_ALL: Final = frozenset({"him", "her", "them", "us", "me", "you", "it"})


def _object_claim(state: _State, toks: list[Token], j: int, s: int, e: int) -> ClaimDraft | None:
    """The claim of a speech act made on someone: the object and its complement, as the
    content ("Obama accused Trump of praising Putin": "Trump of praising Putin")."""
    text = state.text
    verb = toks[j]
    if verb.low in _CALL_FORMS:
        if j + 1 >= len(toks) or toks[j + 1].low not in ("for", "on"):
            return None
        if j > 0 and (toks[j - 1].low in _NOT_VERB_BEFORE_NOUN or toks[j - 1].low in _POSSESSIVE_PRONOUNS or toks[j - 1].is_possessive):
            return None  # "including a call for a ban", "her call for an amendment": the noun
        complement: str | None = "to" if toks[j + 1].low == "on" else None
        k, cue_end, lemma = j + 2, toks[j + 1].end, "call"
    else:
        if not is_cue(toks, j):
            return None
        lemma = CUE_VERBS[verb.low]
        complement, k, cue_end = _OBJECT_COMPLEMENTS[lemma], j + 1, verb.end
    if j > 0 and toks[j - 1].low in _PASSIVE_AUXILIARIES:
        return None  # "was accused of", "were called on": the speaker is someone else
    if k >= len(toks) or not toks[k].is_word:
        return None
    if lemma == "ask" and toks[k].low in ("whether", "if"):
        complement = None  # "asked whether the views are dangerous": the question
    elif complement is not None:
        if toks[k].low in _OBJECT_PRONOUNS_ALL:
            after = k + 1
        elif toks[k].low in STOP_WORDS:
            return None  # "asked for a path to profit": no one is addressed
        else:
            obj, after = phrase_after(text, toks, k)
            if obj is None:
                return None
        if after + 1 >= len(toks) or toks[after].low != complement or not toks[after + 1].is_word:
            return None
        if complement == "to" and (toks[after + 1].is_cap or toks[after + 1].low in ("the", "a", "an")):
            return None  # "urged them to the exit": a place, not an infinitive
    elif toks[k].low in _NO_SUBJECT or (toks[k].low in ("the", "a", "an") and k + 1 >= len(toks)):
        return None
    if any(t.low == "according" and n + 1 < len(toks) and toks[n + 1].low == "to" for n, t in enumerate(toks[k:], start=k)):
        return None  # "X urged …, according to a statement": the statement's claim, made there
    aspect = j
    while aspect > 0 and toks[aspect - 1].low in _ASPECT_VERBS:
        aspect -= 1  # "more Republicans have begun urging the party to …": their subject
    if verb.low.endswith("ing") and aspect < j:
        phrase = _subject(text, toks, aspect, 0)
    else:
        phrase = _main_subject(text, toks, j) if verb.low.endswith("ing") else _subject(text, toks, j, 0)
    if phrase is None:
        return None
    found = _found(state, phrase, verb)
    found.cue, found.lemma = (verb.start, cue_end), lemma
    _relays(state, found, s, e)
    return _claim(state, toks[k].start, e, found)


_ISSUING_VERBS: Final = frozenset({"issued", "released", "posted", "sent", "published", "filed", "put", "circulated"})


def _issued_document(toks: list[Token], j: int) -> int | None:
    """For ``… a statement saying`` at cue ``j``: the index of the verb that issued the
    document (``issued``), or ``j - 1`` when none is named; None when no document precedes."""
    if not toks[j].low.endswith("ing") or j < 1 or toks[j - 1].low not in _DOCUMENT_NOUNS:
        return None
    for n in range(j - 2, max(-1, j - 6), -1):
        if toks[n].low in _ISSUING_VERBS:
            return n
        if not toks[n].is_word:
            break
    return j - 1


def _cited_claim(state: _State, toks: list[Token], j: int, e: int) -> ClaimDraft | None:
    """``…, citing reports that Manafort was investigated``: the cited source's claim."""
    phrase, k = phrase_after(state.text, toks, j + 1)
    if phrase is None and j + 1 < len(toks) and toks[j + 1].low in SPEAKING_DOCUMENTS:
        word = toks[j + 1]  # "citing reports that": a bare plural
        phrase, k = NounPhrase(word.start, word.end, word.text, word.start, word.end), j + 2
    if phrase is None or k + 1 >= len(toks) or toks[k].low != "that":
        return None
    phrase, source = _document_source(state, phrase)
    if source is None:
        return None
    found = Found(speaker=source, speaker_mention=(phrase.name_start, phrase.name_end), cue=(toks[j].start, toks[j].end), lemma="cite")
    return _claim(state, toks[k + 1].start, e, found)


# Verbs of aspect before a participle that is the main verb ("have begun urging", "kept calling for").
_ASPECT_VERBS: Final = frozenset(
    {"begun", "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued",
     "continue", "continues", "are", "is", "was", "were", "been", "be", "am"}
)


_PASSIVE_AUXILIARIES: Final = BE_FORMS | {"get", "got"}


def _document_subject(text: str, toks: list[Token], j: int) -> bool:
    """True when the subject of the verb at ``j`` is a document ("recent polls", "the data")."""
    phrase = _subject(text, toks, j, 0)
    words = phrase.name.split() if phrase is not None else []
    return bool(words) and words[-1] in SPEAKING_DOCUMENTS  # lower case: "Recent polls" too


_ADVERBIAL_STARTS: Final = frozenset(
    {
        "in", "on", "at", "outside", "after", "before", "during", "last", "this", "yesterday",
        "today", "earlier", "later", "from", "to", "via", "by", "through", "over", "following",
        "amid", "despite", "under", "within", "across", "among", "against", "ahead", "since", "upon",
    }
)


def _comma_before(toks: list[Token], i: int) -> int:
    """Index just after the comma that opens ``the regional broadcaster X`` (``i`` when none)."""
    n = i - 1
    while n >= 0 and toks[n].is_word and not toks[n].is_cap and i - n <= 4:
        n -= 1
    if n >= 0 and n + 1 < i and toks[n].text == "," and toks[n + 1].low in ("the", "a", "an"):
        return n + 1
    return i


def _reports_inside(toks: list[Token], end: int) -> bool:
    """True when a clause cue with a subject stands in ``toks[:end]`` (``Nordvik said …``)."""
    return any(
        is_cue(toks, n) and CUE_VERBS[toks[n].low] in CLAUSE_CUES and n > 0 and toks[n - 1].is_word
        for n in range(end)
    )


def _ends_clause(toks: list[Token], k: int) -> bool:
    """True when nothing but a short adverbial follows the cue to the sentence end (``said in a statement.``)."""
    n = k
    while n < len(toks) and toks[n].is_word and n - k < 7 and toks[n].low != "that":
        n += 1
    if n == k:
        return n >= len(toks) or toks[n].text in ".!?"
    return toks[k].low in _ADVERBIAL_STARTS and (n >= len(toks) or toks[n].text in ".!?")


_AUXILIARIES: Final = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "should", "did", "does", "do"})


def _ing_clause(toks: list[Token], j: int) -> bool:
    """True when an ``-ing`` cue introduces a clause: ``arguing that …``, ``claiming it was …``."""
    if j + 1 >= len(toks):
        return False
    if toks[j + 1].low == "that":
        return True
    if j > 0 and toks[j - 1].low in _DOCUMENT_NOUNS and toks[j + 1].is_word:
        return True  # "a statement saying the plant would close": a document's words follow
    if toks[j].low in ("telling", "warning", "assuring", "reminding", "informing"):
        # "telling reporters on Saturday that …": an addressee and an adverbial, then the clause.
        ahead = next((n for n in range(j + 1, min(len(toks), j + 10)) if toks[n].low == "that"), None)
        if ahead is not None and all(t.is_word for t in toks[j + 1 : ahead]):
            return True
    if toks[j].low == "saying" and (toks[j + 1].low in ("the", "a", "an", "his", "her", "their", "its") or toks[j + 1].is_cap):
        return True  # "saying the president “wants …”": a clause with a subject of its own
    return j + 2 < len(toks) and toks[j + 1].low in ("it", "he", "she", "they", "we", "i") and toks[j + 2].low in _AUXILIARIES


# Object pronouns that stand as addressees ("told him …"); not "her", which may be a possessive.
_OBJECT_PRONOUNS: Final = frozenset({"him", "them", "us", "me", "you"})
# Common addressees of "told" / "warned" ("told reporters the vote was fair").
_AUDIENCES: Final = frozenset(
    {
        "reporters", "journalists", "the press", "lawmakers", "supporters", "the audience", "the crowd",
        "voters", "listeners", "viewers", "staff", "employees", "members", "students", "investors",
        "analysts", "residents", "the council", "the committee", "the court", "the jury", "parliament",
        "congress", "senators", "delegates", "officials", "colleagues", "the assembly", "the crowds",
    }
)
_TIME_WORDS: Final = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "earlier", "later", "again", "morning", "afternoon", "evening", "night",
    }
)


def _main_subject(text: str, toks: list[Token], j: int) -> NounPhrase | None:
    """The subject of the clause an ``-ing`` cue hangs from (``Ibsen asked for mercy, arguing …``;
    ``“…,” Smith said Monday, adding that …``)."""
    phrase: NounPhrase | None = None
    for n in range(j - 1, -1, -1):
        if is_cue(toks, n) and not toks[n].low.endswith("ing"):
            phrase = _subject(text, toks, n, 0)
            if phrase is None:
                phrase, _k = phrase_after(text, toks, n + 1)
            if phrase is not None and (
                phrase.proper or phrase.pronoun or phrase.definite
                # "Two senior lawmakers urged …, warning that": the phrase opening the sentence
                or phrase.start == toks[_after_dateline(toks, j)].start
            ):
                return phrase
            break
    i = _after_dateline(toks, j)
    while i + 1 < j and (toks[i].low in ADVERBS or (is_adverb(toks[i].low) and toks[i + 1].low in _ADVERBIAL_STARTS)):
        i += 1  # "Also before the same election, Senator Chuck Schumer …"
    if i + 3 < j and (toks[i].text.isdigit() or toks[i].low in _NUMBER_WORDS) and toks[i + 1].low in _TIME_UNITS:
        i += 1  # "Two months later, Clinton …"
    if i + 2 < j and toks[i].low in _TIME_UNITS and toks[i + 1].low in ("later", "earlier", "ago", "after", "before"):
        # "Hours later, Trump returned the compliment, telling …": the subject after the comma.
        comma = next((n for n in range(i + 2, j) if toks[n].text == ","), None)
        if comma is not None and comma + 1 < j:
            return _opening_subject(text, toks, comma + 1, j)
    if i < j and toks[i].low in _ADVERBIAL_STARTS:
        # "Following a swiftly called, late-afternoon meeting, the Security Council issued":
        # the subject follows the comma that closes the opening adverbial.
        for comma in (n for n in range(i, j) if toks[n].text == ","):
            if comma + 1 >= j:
                break
            phrase = _opening_subject(text, toks, comma + 1, j)
            if phrase is not None:
                return phrase
        return None
    return _opening_subject(text, toks, i, j)


def _opening_subject(text: str, toks: list[Token], i: int, j: int) -> NounPhrase | None:
    """The name, pronoun or definite phrase opening the clause at token ``i``, else None."""
    m = i
    while m < len(toks) and m < j and toks[m].is_word and (toks[m].is_cap or toks[m].low in ("of", "the")):
        m += 1
    # "Clinton press secretary Brian Fallon issued …": a role between the capitalised
    # words, then the name; the whole phrase is the subject.
    r = m
    while r < min(j, m + 3) and toks[r].is_word and not toks[r].is_cap and not is_cue(toks, r):
        r += 1
    if m > i and m < r < j and toks[r - 1].low in ROLE_NOUNS and toks[r].is_cap:
        while r < j and toks[r].is_word and toks[r].is_cap:
            r += 1
        m = r
    if m > i and is_possessive_noun(toks[m - 1]):
        # "Hillary Clinton’s right-hand woman rallied …": the role the possessive qualifies.
        head = next((n for n in range(m, min(j, m + 3)) if toks[n].low in ROLE_NOUNS or toks[n].low in GROUP_NOUNS), None)
        if head is None or any(not toks[n].is_word for n in range(m, head)):
            return None
        return NounPhrase(toks[i].start, toks[head].end, text[toks[i].start : toks[head].end], toks[i].start, toks[head].end, definite=True)
    if m > i and (toks[i].low not in ("the", "a", "an") or (m > i + 1 and toks[i + 1].is_cap)):
        # A name opening the clause ("Putin rationalizes …", "The Security Council
        # issued …"), titles and all.
        phrase = phrase_before(text, toks, m - 1, i)
    else:
        phrase, _k = phrase_after(text, toks, i)
    if phrase is None or not (phrase.proper or phrase.pronoun or phrase.definite):
        return None
    return phrase


def _after_dateline(toks: list[Token], j: int) -> int:
    """Index after a dateline opening the sentence ("WASHINGTON (AP) —", "MEXICO CITY,
    Feb. 8 (UPI) —"), else 0: the place is not the subject."""
    for n in range(min(j, 12)):
        tok = toks[n]
        if tok.text in _DASHES:
            return n + 1 if n > 0 else 0
        if not (tok.is_cap or tok.text in "(),." or tok.text.isdigit()):
            return 0
    return 0


_DASHES: Final = frozenset({"—", "–", "―", "--", "-"})
_TIME_UNITS: Final = frozenset({"seconds", "minutes", "moments", "hours", "days", "weeks", "months", "years", "decades"})
_NUMBER_WORDS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "a", "few", "many"})


def _appositive_after(text: str, toks: list[Token], k: int, phrase: NounPhrase) -> NounPhrase:
    """``X, a Crimean Tatar-led movement,`` / ``X, who is head of …``: X with its description.

    ``its secretary, Marco Bernasconi``: a role then a name is the name, described by the role.
    """
    if k + 1 >= len(toks) or toks[k].text != ",":
        return phrase
    if not phrase.proper and phrase.pronoun is None and phrase.name.split()[-1:] and phrase.name.split()[-1].lower() in ROLE_NOUNS:
        m = k + 1
        while m < len(toks) and toks[m].is_word and toks[m].is_cap and m - k <= 4:
            m += 1
        named = _name_chunk(text, toks, k + 1, m - 1)
        if named is not None and (m >= len(toks) or toks[m].text in ",.;!?"):
            return attrs.evolve(named, description=text[phrase.start : phrase.end].strip())
    first = toks[k + 1]
    if not (
        first.low in ("a", "an", "the", "who")
        or first.text[:1].isdigit()
        or (first.low in ROLE_NOUNS and not first.is_cap)
        or first.low in ("its", "his", "her", "their")
    ) or phrase.pronoun is not None:
        return phrase
    m = k + 1
    while m < len(toks) and toks[m].text not in ",.;:!?" and toks[m].text not in QUOTE_CHARS:
        m += 1
    if m - k > 25:
        return phrase
    return _with_description(text, phrase, toks[k + 1].start, toks[m - 1].end)


def _last_word_end(toks: list[Token]) -> int:
    for tok in reversed(toks):
        if tok.is_word:
            return tok.end
    return 0


def _according_claim(state: _State, toks: list[Token], j: int, s: int, e: int) -> ClaimDraft | None:
    if j + 1 >= len(toks) or toks[j + 1].low != "to":
        return None
    found = _according(state, toks, j, e)
    if found is None or found.speaker_mention is None:
        return None
    name_end = found.speaker_mention[1]
    if j == 0 or toks[j].start == s:
        # "According to X, statement."  The statement must not itself be attributed.
        comma = next((t for t in toks if t.start >= name_end and t.text == ","), None)
        if comma is None:
            return None
        rest = [t for t in toks if t.start > comma.start]
        # Skip a relative clause after the source ("…, which regularly documents …,").
        if rest and rest[0].low in ("which", "who"):
            nxt = next((t for t in rest if t.text == ","), None)
            if nxt is None:
                return None
            rest = [t for t in rest if t.start > nxt.start]
        if not rest or rest[0].text in QUOTE_CHARS:
            return None
        if any(is_cue(rest, i) for i in range(len(rest))):
            return None
        return _claim(state, rest[0].start, e, found)
    # "Statement, according to X."  (with or without the comma)
    if state.text[s] in QUOTE_CHARS and any(is_cue(toks, n) for n in range(j)):
        return None  # "“…,” Trump said …, according to audio obtained by X": a quotation, relayed
    end = toks[j - 1].start if toks[j - 1].text == "," else toks[j - 1].end
    if any(t.start >= name_end and t.is_word and t.low not in ("and", "other", "news", "outlets", "report") for t in toks if t.start > name_end + 1 and not t.is_cap and t.low not in ("(", ")")):
        pass
    return _claim(state, s, end, found)


_NO_SUBJECT: Final = frozenset({"was", "were", "is", "are", "be", "been", "had", "has", "have", "would", "will", "could", "should"})


def _claim(state: _State, start: int, end: int, found: Found) -> ClaimDraft | None:
    text = state.text
    if found.speaker is None:
        return None
    first_word = text[start : start + 12].split()[:1]
    if first_word and first_word[0].lower() in _NO_SUBJECT:
        return None
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    end = _before_next_report(state, start, end)
    end = _without_trailing_attribution(text, start, end)
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # "SAINT-AUBIN — The ferry company …"
    if len(text[start:end].split()) < 3:
        return None
    if _crosses_quotation(state, start, end):
        return None  # begins or ends inside a quotation: the words are quoted, not reported
    return ClaimDraft(start, end, found)


# A dateline opening a wire story: "VALDRA, Estonia (ANW) — ", "SAINT-AUBIN — ".
_DATELINE: Final = regex.compile(r"\p{Lu}[\p{Lu}\p{M}\-’' .]{1,40}(?:,\s[\p{L} ]{1,30})?(?:\s\([^()\n]{1,30}\))?\s[—–-]\s")


_ING_CUES: Final = sorted((f for f, lemma in CUE_VERBS.items() if f.endswith("ing") and lemma in CLAUSE_CUES), key=len, reverse=True)
_PAST_CUES: Final = sorted(
    (f for f, lemma in CUE_VERBS.items() if f.endswith(("ed", "aid", "old", "ote", "s")) and lemma in CLAUSE_CUES), key=len, reverse=True
)  # "… and said that", "… but argues that"
# Where a second report by the same speaker begins inside a sentence: ", warning that …",
# "… and said that …", "… and added …".  Its words are that report's, not this one's.
_NEXT_REPORT: Final = regex.compile(
    r",\s(?:also\s|later\s)?(?:" + "|".join(_ING_CUES) + r"|said|says|told|tells|added|adds)(?![\p{L}\p{N}])"
    r"|\s(?:and|but)\s(?:also\s|later\s|then\s)?(?:(?:said|added)(?![\p{L}\p{N}])|(?:"
    + "|".join(_PAST_CUES) + r")\sthat(?![\p{L}\p{N}]))"
)


def _before_next_report(state: _State, start: int, end: int) -> int:
    """``end``, or where a further report of the speaker begins (outside quotations)."""
    for found in _NEXT_REPORT.finditer(state.text, start, end):
        i = bisect.bisect_right(state.quote_spans, (found.start(), 1 << 62)) - 1
        if i >= 0 and state.quote_spans[i][0] <= found.start() < state.quote_spans[i][1]:
            continue
        return found.start()
    return end


def _without_trailing_attribution(text: str, start: int, end: int) -> int:
    """``…, the Financial Times reported`` at the end of a claim is its relay, not its content."""
    comma = text.rfind(", ", start, end)
    if comma <= start:
        return end
    tail = text[comma + 2 : end].split()
    if 1 < len(tail) <= 8 and tail[-1].lower() in CUE_VERBS and tail[-1].lower().endswith(("ed", "id", "ote", "ld")):
        return comma
    return end


def _crosses_quotation(state: _State, start: int, end: int) -> bool:
    """True when ``[start, end)`` begins inside a quotation and runs to or past its closing mark
    (``«Three years? They have known …», said X``: quoted words, not a reported clause)."""
    i = bisect.bisect_right(state.quote_spans, (start, 1 << 62)) - 1
    if i < 0:
        return False
    q_start, q_end = state.quote_spans[i]
    return q_start < start < q_end and end >= q_end - 1


def _clause_end(state: _State, pos: int) -> int:
    """The end of the sentence at ``pos``, skipping over quotations that contain full stops."""
    text = state.text
    end = sentence_end(text, pos)
    for _ in range(4):
        i = bisect.bisect_right(state.quote_spans, (end, 1 << 62)) - 1
        if i >= 0 and state.quote_spans[i][0] < end < state.quote_spans[i][1]:
            q_end = state.quote_spans[i][1]
            if end >= q_end - 1 or not text[end:q_end - 1].strip():
                return q_end  # the quotation ends the sentence: “… Russia.”
            end = sentence_end(text, q_end)
            continue
        break
    return end
