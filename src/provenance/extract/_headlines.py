"""Headlines and labels: "Name: …" lines and headlines that name who speaks, and the
claims they report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from provenance.extract._cues import (
    CLAUSE_CUES,
    CUE_VERBS,
    ROLE_NOUNS,
)
from provenance.extract._drafts import ClaimDraft, Found, QuoteDraft, State
from provenance.extract._quotes import CHARACTERISING, CHARACTERISING_AS
from provenance.extract._reported import claim_draft
from provenance.extract._sources import found_named
from provenance.extract._speakers import (
    kind_of,
    tokens,
)
from provenance.model import EntityKind

__all__ = ["headline_claims", "headline_speaker"]


def headline_claims(state: State, headers: Sequence[tuple[int, int]]) -> list[ClaimDraft]:
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


def _headline_claim(state: State, line: int, stop: int) -> ClaimDraft | None:
    text = state.text
    colon = text.find(": ", line, stop)
    if 0 <= colon - line <= 40:
        found = _headline_label(state, line, colon)
        if found is not None:
            found.cue = (colon, colon + 1)
            return claim_draft(state, colon + 2, stop, found)
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
            return claim_draft(state, toks[k].start, stop, found) if k < len(toks) else None
    return None


def headline_speaker(state: State, draft: QuoteDraft) -> Found | None:
    """``Pat Caddell: Voters Worried …; It’s ‘in Their Heads’``: a headline opening with a
    person's name and a colon gives that person's words, quoted ones included; so does one
    opening with a name and a reporting or characterising verb (``De Blasio says … ‘…’``,
    ``Warren Hammers Bank Chief: ‘…’``)."""
    text = state.text
    line = text.rfind("\n", 0, draft.start) + 1
    colon = text.find(": ", line, draft.start)
    found = _headline_label(state, line, colon) if 0 <= colon - line <= 40 else None
    return found or _headline_subject(state, line, draft.start)


def _headline_label(state: State, line: int, colon: int) -> Found | None:
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
    found = found_named(state, line + text[line:colon].index(name), name)
    if found is None or found.speaker is None or found.speaker.kind is not EntityKind.PERSON:
        return None
    return found


_HEADLINE_SUBJECT_MAX: Final = 4  # the most words a headline's named subject may take


def _headline_subject(state: State, line: int, end: int) -> Found | None:
    """The named subject of a reporting or characterising verb opening a headline, else None."""
    toks = tokens(state.text, line, end)
    for j, tok in enumerate(toks[: _HEADLINE_SUBJECT_MAX + 1]):
        if not tok.is_word:
            return None
        if j == 0 or not (tok.low in CUE_VERBS or tok.low in CHARACTERISING or tok.low in CHARACTERISING_AS):
            continue
        if tok.low.endswith("ing") or not all(t.is_cap and not t.is_possessive for t in toks[:j]):
            return None
        name = state.text[toks[0].start : toks[j - 1].end]
        if kind_of(name) not in (EntityKind.PERSON, EntityKind.ORGANISATION):
            return None
        found = found_named(state, toks[0].start, name)
        if found is None or found.speaker is None:
            return None
        found.cue = (tok.start, tok.end)
        return found
    return None
