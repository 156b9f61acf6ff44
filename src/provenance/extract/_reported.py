"""Claims: indirect speech, "according to" and findings reported by a cue, bounded
to the clause they report.
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from provenance.extract._cues import (
    CLAUSE_CUES,
    CUE_VERBS,
    OUTLET_NOUNS,
    RELAY_LEMMAS,
    SPEAKING_DOCUMENTS,
    THAT_CUES,
)
from provenance.extract._drafts import ClaimDraft, Found, QuoteDraft, State
from provenance.extract._marks import QUOTE_CHARS
from provenance.extract._phrases import (
    ADVERBIAL_STARTS,
    DOCUMENT_NOUNS,
    appositive_after,
    index_of,
    issued_document,
    main_subject,
    subject_phrase,
)
from provenance.extract._quotes import (
    NOT_VERB_BEFORE_NOUN,
    SHORT,
    function_word_after,
    is_titled,
    title_like,
)
from provenance.extract._sources import (
    POSSESSIVE_PRONOUNS,
    according,
    add_relays,
    complements,
    document_source,
    found_of,
    inherit,
)
from provenance.extract._speakers import (
    BE_FORMS,
    STOP_WORDS,
    NounPhrase,
    Token,
    is_adverb,
    is_cue,
    phrase_after,
    phrase_before,
    sentence_end,
    sentence_start,
    tokens,
)
from provenance.model import EntityKind, QuotationKind

__all__ = ["claim_at", "claim_draft", "coordinated", "partials_in_claims", "reported_inside", "within_segment"]


def within_segment(state: State, claim: ClaimDraft) -> bool:
    """True when ``claim`` lies inside one quoted stretch (its cue stands outside it)."""
    segments = state.registry.quote_spans
    n = bisect.bisect_right(segments, (claim.start, 1 << 62)) - 1
    return n >= 0 and segments[n][0] < claim.start < segments[n][1] and claim.end <= segments[n][1]


def partials_in_claims(text: str, drafts: list[QuoteDraft], claims: list[ClaimDraft]) -> None:
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
            or title_like(text, draft)
            or is_titled(text, draft.start, 0)
            # "the company's “fibre-first” strategy": a modifier before its noun stays a label
            or not (function_word_after(text, draft.end) or text[draft.content_end - 1] in ",.;:!?")
        ):
            continue
        i = bisect.bisect_right(starts, draft.content_start) - 1
        if i < 0:
            continue
        start, end, n = spans[i]
        if start <= draft.content_start and draft.content_end <= end + 2:
            draft.kind = QuotationKind.PARTIAL
            draft.found = claims[n].found


def reported_inside(state: State, draft: QuoteDraft, cues: list[tuple[int, int]]) -> list[ClaimDraft]:
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
        made = claim_at(state, cue, inside=(segment.content.start, segment.content.end))
        for claim in coordinated(state, made) if made is not None else ():
            if claim.found.speaker is outer.speaker:
                continue
            inherit(claim.found, outer)
            out.append(claim)
    return out


_AND_THAT: Final = regex.compile(r",?\s+and\s+that\s+")
_CLAUSE_WORDS: Final = 3  # the fewest words a that-clause before "and that" has ("prices will rise")


def coordinated(state: State, claim: ClaimDraft) -> list[ClaimDraft]:
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


def claim_at(state: State, cue_span: tuple[int, int], inside: tuple[int, int] | None = None) -> ClaimDraft | None:
    """The claim the cue at ``cue_span`` reports, within its sentence (or ``inside``), if any."""
    text = state.text
    if inside is None:
        s = sentence_start(text, cue_span[0])
        e = _clause_end(state, cue_span[0])
    else:
        # A cue inside a quotation: its sentence ends where the quoted words do.
        s = max(inside[0], sentence_start(text, cue_span[0], inside[0]))
        e = min(inside[1], sentence_end(text, cue_span[0], inside[1]))
    toks = tokens(text, s, e)
    j = index_of(toks, cue_span[0])
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
    phrase = subject_phrase(text, toks, j, 0)
    k = j + 1
    issued = issued_document(toks, j)
    if issued is not None:
        # "the Russian Embassy issued a statement saying that …": the issuer; "a statement
        # saying" with no issuer named: the statement.
        phrase = subject_phrase(text, toks, issued, 0) if issued < j - 1 else phrase_before(text, toks, j - 1, 0)
    elif toks[j].low.endswith("ing"):
        # "…, arguing that …": the subject of the main clause reports.
        phrase = main_subject(text, toks, j)
    elif phrase is not None and _ends_clause(toks, k):
        # "…, the company said." / "…, it said in a statement.": the clause before the comma.
        before = index_of(toks, phrase.start)
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
            found = found_of(state, phrase, toks[j])
            complements(state, found, toks, j, k, e)
            add_relays(state, found, s, e)
            return claim_draft(state, s, content_end, found)
        return None
    if phrase is not None and k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
        # "said, in an email, that …": an adverbial set off by commas before the clause.
        close = next((n for n in range(k + 1, min(len(toks), k + 8)) if toks[n].text == ","), None)
        if (
            close is not None
            and toks[k + 1].low in ADVERBIAL_STARTS
            and close + 1 < len(toks)
            and toks[close + 1].low == "that"
            and all(t.is_word for t in toks[k + 1 : close])
        ):
            k = close + 1
    if phrase is not None and k < len(toks) and toks[k].low in ADVERBIAL_STARTS and not _ends_clause(toks, k):
        # "Fraudsters, he said in the video, don't last long": the adverbial before the comma.
        close = next((n for n in range(k, min(len(toks), k + 6)) if not toks[n].is_word), None)
        if close is not None and toks[close].text == "," and j > 0 and toks[j - 2 if j >= 2 else 0].text == ",":
            k = close
    if phrase is not None and k < len(toks) and toks[k].text == ",":
        # Parenthetical: "But others fought well, he said, and …".
        if CUE_VERBS[toks[j].low] in RELAY_LEMMAS or (k + 1 < len(toks) and toks[k + 1].text in QUOTE_CHARS):
            return None
        before = index_of(toks, phrase.start)
        if before and toks[before - 1].text == "," and toks[before - 1].start > s and text[s] not in QUOTE_CHARS:
            found = found_of(state, phrase, toks[j])
            add_relays(state, found, s, e)
            end = toks[before - 1].start
            if len(text[s:end].split()) < SHORT and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap:
                # "The museum, Mr. Obama said, would make visitors face …": only the subject
                # came before the attribution; the claim is the whole sentence around it.
                end = e
            return claim_draft(state, s, end, found)
        return None
    if phrase is None and j > 0 and toks[j - 1].text == ",":
        # Inverted: "…, reported Ukraine’s Defense Ministry."
        if CUE_VERBS[toks[j].low] in ("tell", "ask") or text[s] in QUOTE_CHARS:
            return None
        phrase, k = phrase_after(text, toks, j + 1)
        content_end = toks[j - 1].start
        if phrase is not None and (k >= len(toks) or toks[k].text in ",.") and content_end > s:
            phrase = appositive_after(text, toks, k, phrase)
            found = found_of(state, phrase, toks[j])
            add_relays(state, found, s, e)
            return claim_draft(state, s, content_end, found)
        return None
    if phrase is None:
        return None
    if CUE_VERBS[toks[j].low] in ("tell", "ask", "warn", "remind") and k < len(toks):
        addressee, k2 = phrase_after(text, toks, k)
        if addressee is not None and k2 < len(toks) and toks[k2].low in ("about", "of", "off", "to", "for"):
            return None  # "told him about the vote": a conversation, no reported clause
    found = found_of(state, phrase, toks[j])
    lemma = found.lemma
    if lemma in ("tell", "ask") and k + 3 < len(toks) and toks[k + 2].text in QUOTE_CHARS and toks[k + 1].low in OUTLET_NOUNS:
        m = next((n for n in range(k + 3, min(len(toks), k + 20)) if toks[n].text in QUOTE_CHARS), None)
        if m is not None:
            complements(state, found, toks, j, k, toks[m].end)
            k = m + 1
            while k < len(toks) and toks[k].text == ",":
                k += 1
    if lemma in ("tell", "ask", "warn", "promise", "remind", "assure") and k < len(toks) and toks[k].low != "that":
        addressee, k2 = phrase_after(text, toks, k)
        if addressee is not None and k2 < len(toks) and toks[k2].low == "that":
            complements(state, found, toks, j, k, toks[k2].start)
            k = k2
        elif addressee is not None and k2 < len(toks) and toks[k2].low in ADVERBIAL_STARTS:
            # "told staff in a memo that …": the addressee, then an adverbial, then the clause.
            ahead = next((n for n in range(k2, min(len(toks), k2 + 9)) if toks[n].low == "that"), None)
            if ahead is not None and all(t.is_word and not is_cue(toks, n) for n, t in enumerate(toks[k2:ahead], start=k2)):
                complements(state, found, toks, j, k, toks[ahead].start)
                k = ahead
            elif addressee.proper:
                complements(state, found, toks, j, k, e)
                k = k2
            else:
                return None  # "told reporters on the short flight from …": no clause follows
        elif addressee is not None and addressee.proper:
            complements(state, found, toks, j, k, e)
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
            and (toks[k].low in ADVERBIAL_STARTS or (is_adverb(toks[k].low) and not toks[k].is_cap))
            and all(t.is_word and not is_cue(toks, n) for n, t in enumerate(toks[k:ahead], start=k))
        ):  # "conceded publicly as well as privately that …" too
            complements(state, found, toks, j, k, toks[ahead].start)
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
    add_relays(state, found, s, e)
    return claim_draft(state, toks[k].start, e, found)


# Speech acts whose content is an object with its complement: "accused Moscow of meddling",
# "blamed the heat for the delays", "urged Clinton to spend more", "asked Flynn to describe".
_OBJECT_COMPLEMENTS: Final = {"accuse": "of", "blame": "for", "urge": "to", "ask": "to"}


# "called for an inquiry", "called on Clinton to spend": a demand.
_CALL_FORMS: Final = frozenset({"call", "calls", "called", "calling"})
_OBJECT_PRONOUNS_ALL: Final = frozenset({"him", "her", "them", "us", "me", "you", "it"})


def _object_claim(state: State, toks: list[Token], j: int, s: int, e: int) -> ClaimDraft | None:
    """The claim of a speech act made on someone: the object and its complement, as the
    content ("Obama accused Trump of praising Putin": "Trump of praising Putin")."""
    text = state.text
    verb = toks[j]
    if verb.low in _CALL_FORMS:
        if j + 1 >= len(toks) or toks[j + 1].low not in ("for", "on"):
            return None
        if j > 0 and (toks[j - 1].low in NOT_VERB_BEFORE_NOUN or toks[j - 1].low in POSSESSIVE_PRONOUNS or toks[j - 1].is_possessive):
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
        phrase = subject_phrase(text, toks, aspect, 0)
    else:
        phrase = main_subject(text, toks, j) if verb.low.endswith("ing") else subject_phrase(text, toks, j, 0)
    if phrase is None:
        return None
    found = found_of(state, phrase, verb)
    found.cue, found.lemma = (verb.start, cue_end), lemma
    add_relays(state, found, s, e)
    return claim_draft(state, toks[k].start, e, found)


def _cited_claim(state: State, toks: list[Token], j: int, e: int) -> ClaimDraft | None:
    """``…, citing reports that Manafort was investigated``: the cited source's claim."""
    phrase, k = phrase_after(state.text, toks, j + 1)
    if phrase is None and j + 1 < len(toks) and toks[j + 1].low in SPEAKING_DOCUMENTS:
        word = toks[j + 1]  # "citing reports that": a bare plural
        phrase, k = NounPhrase(word.start, word.end, word.text, word.start, word.end), j + 2
    if phrase is None or k + 1 >= len(toks) or toks[k].low != "that":
        return None
    phrase, source = document_source(state, phrase)
    if source is None:
        return None
    found = Found(speaker=source, speaker_mention=(phrase.name_start, phrase.name_end), cue=(toks[j].start, toks[j].end), lemma="cite")
    return claim_draft(state, toks[k + 1].start, e, found)


# Verbs of aspect before a participle that is the main verb ("have begun urging", "kept calling for").
_ASPECT_VERBS: Final = frozenset(
    {"begun", "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued",
     "continue", "continues", "are", "is", "was", "were", "been", "be", "am"}
)


_PASSIVE_AUXILIARIES: Final = BE_FORMS | {"get", "got"}


def _document_subject(text: str, toks: list[Token], j: int) -> bool:
    """True when the subject of the verb at ``j`` is a document ("recent polls", "the data")."""
    phrase = subject_phrase(text, toks, j, 0)
    words = phrase.name.split() if phrase is not None else []
    return bool(words) and words[-1] in SPEAKING_DOCUMENTS  # lower case: "Recent polls" too


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
    return toks[k].low in ADVERBIAL_STARTS and (n >= len(toks) or toks[n].text in ".!?")


_AUXILIARIES: Final = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "should", "did", "does", "do"})


def _ing_clause(toks: list[Token], j: int) -> bool:
    """True when an ``-ing`` cue introduces a clause: ``arguing that …``, ``claiming it was …``."""
    if j + 1 >= len(toks):
        return False
    if toks[j + 1].low == "that":
        return True
    if j > 0 and toks[j - 1].low in DOCUMENT_NOUNS and toks[j + 1].is_word:
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


def _according_claim(state: State, toks: list[Token], j: int, s: int, e: int) -> ClaimDraft | None:
    if j + 1 >= len(toks) or toks[j + 1].low != "to":
        return None
    found = according(state, toks, j, e)
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
        return claim_draft(state, rest[0].start, e, found)
    # "Statement, according to X."  (with or without the comma)
    if state.text[s] in QUOTE_CHARS and any(is_cue(toks, n) for n in range(j)):
        return None  # "“…,” Trump said …, according to audio obtained by X": a quotation, relayed
    end = toks[j - 1].start if toks[j - 1].text == "," else toks[j - 1].end
    if any(t.start >= name_end and t.is_word and t.low not in ("and", "other", "news", "outlets", "report") for t in toks if t.start > name_end + 1 and not t.is_cap and t.low not in ("(", ")")):
        pass
    return claim_draft(state, s, end, found)


_NO_SUBJECT: Final = frozenset({"was", "were", "is", "are", "be", "been", "had", "has", "have", "would", "will", "could", "should"})


def claim_draft(state: State, start: int, end: int, found: Found) -> ClaimDraft | None:
    """A claim of ``text[start:end]`` said by ``found``, trimmed to the clause it reports;
    None when there is no speaker or nothing left."""
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


def _before_next_report(state: State, start: int, end: int) -> int:
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


def _crosses_quotation(state: State, start: int, end: int) -> bool:
    """True when ``[start, end)`` begins inside a quotation and runs to or past its closing mark
    (``«Three years? They have known …», said X``: quoted words, not a reported clause)."""
    i = bisect.bisect_right(state.quote_spans, (start, 1 << 62)) - 1
    if i < 0:
        return False
    q_start, q_end = state.quote_spans[i]
    return q_start < start < q_end and end >= q_end - 1


def _clause_end(state: State, pos: int) -> int:
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
