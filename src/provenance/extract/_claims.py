"""Attribution of quotations and the indirect-speech claims around them.

The pass goes through the article once, in text order: every top-level
quotation and every reporting cue outside quotations is looked at in a
bounded window (its sentence), so the pass is linear in the text.  Nested
quotations are attributed inside their parent and inherit its chain.

This module runs the pass; its pieces live in modules of their own:
``_drafts`` (what is being built, and the quotation tree), ``_phrases`` (noun
phrases around a cue), ``_sources`` (speakers, relay hops and documents),
``_quotes`` (who said a quotation), ``_reported`` (indirect speech and other
claims) and ``_headlines`` (headlines and "Name:" labels).
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from typing import Final

from provenance.extract._cues import CUE_VERBS
from provenance.extract._drafts import ClaimDraft, QuoteDraft, State
from provenance.extract._headlines import headline_claims, headline_speaker
from provenance.extract._quotes import (
    SHORT,
    attribute_children,
    attribute_quote,
    characterised_speaker,
    in_spans,
    listed_after_partial,
)
from provenance.extract._reported import (
    claim_at,
    coordinated,
    partials_in_claims,
    reported_inside,
    within_segment,
)
from provenance.extract._speakers import Registry
from provenance.extract._trie import alternation
from provenance.model import QuotationKind

__all__ = ["attribute"]


# Every cue form as one pattern, to find claim candidates without tokenising the text.
# The standard library's engine runs this long alternation of literals about twice as fast
# as ``regex``, and the trie form of it 3-4 times as fast again; "(?<![^\W_])" is "not
# after a letter or digit" in its syntax.
_CUE_SCAN: Final = re.compile(
    r"(?<![^\W_])(?:" + alternation(CUE_VERBS)
    + r"|[Aa]ccording\sto|call(?:ed|s|ing)?\s(?:for|on)|citing)(?![^\W_])"
)


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
    state = State(text, registry, published, [(d.start, d.end) for d in roots])
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
        if in_spans(pos, headers):
            continue  # a headline's report: see headline_claims
        events.append((pos, 0, found.span()))
    events.sort(key=lambda e: (e[0], e[1]))
    claims: list[ClaimDraft] = []
    seen_claims: set[tuple[int, int]] = set()
    for _pos, _order, item in events:
        found_claims: list[ClaimDraft] = []
        if isinstance(item, QuoteDraft) and in_spans(item.start, headers):
            # Words quoted in a headline: the body says who said them, the headline does
            # not, unless a characterising verb names its subject ("X Calls Y ‘A Disgrace’").
            characterised = (
                characterised_speaker(state, item, 0) or headline_speaker(state, item) or listed_after_partial(state, item)
            )
            if characterised is not None:
                item.found, item.kind = characterised, QuotationKind.PARTIAL
                state.partial_end, state.partial_found = item.end, characterised
                continue
            words = len(text[item.content_start : item.content_end].split())
            item.kind = QuotationKind.DIRECT if words >= SHORT else QuotationKind.SCARE
            item.found = None
            continue
        if isinstance(item, QuoteDraft):
            attribute_quote(state, item, floor=0, ceiling=len(text))
            attribute_children(state, item)
            saved_last, saved_end = state.last, state.last_end
            found_claims = reported_inside(state, item, quoted_cues)
            state.last, state.last_end = saved_last, saved_end
        else:
            assert isinstance(item, tuple)
            made = claim_at(state, item)
            if made is not None and within_segment(state, made):
                made = None  # "“Ask a nurse. Ask a driver,” he said": quoted words, not a report
            found_claims = coordinated(state, made) if made is not None else []
        if found_claims:
            for claim in found_claims:
                if (claim.start, claim.end) in seen_claims:
                    continue
                seen_claims.add((claim.start, claim.end))
                claims.append(claim)
                if not in_spans(claim.start, captions) and not isinstance(item, QuoteDraft):
                    state.last, state.last_end = claim.found, claim.end
    for claim in headline_claims(state, headers):
        if (claim.start, claim.end) not in seen_claims:
            seen_claims.add((claim.start, claim.end))
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.end))
    partials_in_claims(text, drafts, claims)
    return claims
