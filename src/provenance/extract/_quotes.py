"""Attributing quotations: the ways a news text names who said the quoted words
(a cue before, between or after the segments, a label, a signature, a
characterising verb, a continuation of the previous speaker), and when quoted
words are no speech at all (titles, scare quotes).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from provenance.extract._cues import (
    CUE_VERBS,
    PRONOUNS,
)
from provenance.extract._drafts import AFTER_WINDOW, Found, HopDraft, QuoteDraft, State, blank
from provenance.extract._marks import QUOTE_CHARS
from provenance.extract._phrases import (
    DOCUMENT_NOUNS,
    appositive_after,
    main_subject,
    subject_phrase,
)
from provenance.extract._sources import (
    according,
    add_relays,
    complements,
    found_named,
    found_of,
    inherit,
)
from provenance.extract._speakers import (
    STOP_WORDS,
    Token,
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

__all__ = ["CHARACTERISING", "CHARACTERISING_AS", "NOT_VERB_BEFORE_NOUN", "SHORT", "attribute_children", "attribute_quote", "characterised_speaker", "function_word_after", "in_spans", "is_titled", "listed_after_partial", "title_like"]

SHORT: Final = 4  # quotations of fewer words than this, without a cue, are scare quotes
_LINE_BREAK: Final = regex.compile(r"\r\n|[\n\r\u2028\u2029]")


def in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``pos`` lies in one of ``spans``."""
    return any(s <= pos < e for s, e in spans)


def attribute_children(state: State, parent: QuoteDraft) -> None:
    """Attribute the quotations nested in ``parent``, each within its segment of the parent."""
    previous: Found | None = None
    for child in sorted(parent.children, key=lambda d: d.start):
        segment = next(
            (s for s in parent.segments if s.content.start <= child.start and child.end <= s.content.end),
            parent.segments[0],
        )
        saved_last, saved_end = state.last, state.last_end
        state.last, state.last_end = previous, (previous and child.start) or -1
        attribute_quote(state, child, floor=segment.content.start, ceiling=segment.content.end)
        if child.found is not None:
            _speaker_within(state, child.found, parent.content_start, parent.found)
            inherit(child.found, parent.found)
            previous = child.found
        state.last, state.last_end = saved_last, saved_end
        attribute_children(state, child)


_PERSONAL: Final = {"he": "m", "she": "f", "him": "m", "her": "f"}


def _speaker_within(state: State, found: Found, floor: int, outer: Found | None) -> None:
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


def attribute_quote(state: State, draft: QuoteDraft, floor: int, ceiling: int) -> None:
    """Find who said ``draft`` between ``floor`` and ``ceiling``, or decide it is no speech."""
    text = state.text
    listed = listed_after_partial(state, draft)
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
        characterised_speaker(state, draft, floor)
        if embedded
        and (not named_thing or _title_case_line(text, draft.start) or function_word_after(text, draft.end))
        else None
    )
    if characterised is None and embedded and (named_thing or is_titled(text, draft.start, floor)):
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
        words >= SHORT or text[draft.content_end - 1 : draft.content_end] in ".!?…"
    )
    running_on = False
    if found is None:
        if standalone and draft.parent is None:
            found = _named_before(state, draft, floor)
        # "… said Alan Cole. “I wouldn't call it reform. It's just a tax increase” for the
        # rich.": sentences of speech opening a sentence that runs on go on with the speaker.
        content_words = text[draft.content_start : draft.content_end].split()
        running_on = (
            not standalone and not embedded and words >= SHORT and draft.parent is None
            and 2 * sum(w[:1].isupper() for w in content_words) < len(content_words)  # not a title
        )
        if found is None and (standalone or running_on) and state.last is not None and _near(text, state.last_end, draft.start):
            found = _continuation(state, draft)
        if found is None:
            draft.kind = QuotationKind.DIRECT if standalone and words >= SHORT else QuotationKind.SCARE
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
CHARACTERISING: Final = frozenset(
    {
        "called", "calls", "dismissed", "dismisses", "described", "describes", "branded",
        "brands", "labelled", "labeled", "labels", "termed", "terms", "deemed", "deems",
        # participles hang from the main clause: "…, calling it “reckless”"
        "calling", "describing", "branding", "labelling", "labeling", "dismissing", "terming",
    }
)


# Verbs that characterise only through "as" or "for": ``blasted Clinton as a “disgrace”``,
# ``mocked Rubio for “having a tough night”``.
CHARACTERISING_AS: Final = frozenset(
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
NOT_VERB_BEFORE_NOUN: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "such", "many", "several"})


# "went after Trump as a “con artist”": a phrasal verb whose particle takes the object.
_GO_AFTER: Final = frozenset({"go", "goes", "going", "gone", "went"})
_OBJECT_MAX: Final = 8  # the most tokens the object between such a verb and the fragment may take


def characterised_speaker(state: State, draft: QuoteDraft, floor: int) -> Found | None:
    """``X called the plan “…”``: the subject of a characterising verb governing the fragment."""
    text = state.text
    start = max(floor, sentence_start(text, draft.start, floor))
    toks = tokens(text, start, draft.start)
    if len(toks) < 3:
        return None
    last = len(toks) - 1
    for j in range(last, max(-1, last - 1 - _OBJECT_MAX), -1):
        tok = toks[j]
        if j == last and not (tok.low in CHARACTERISING and j >= 2 and toks[j - 2].low == "what"):
            continue  # a verb right before the fragment only in "what it called “…”"
        if not tok.is_word:
            return None
        between = toks[j + 1 :]
        if tok.low == "after" and j > 0 and toks[j - 1].low in _GO_AFTER and any(t.low == "as" for t in between):
            j -= 1  # "has gone after Trump as …": the verb is "gone"
            tok = toks[j]
        elif tok.low not in CHARACTERISING and not (
            tok.low in CHARACTERISING_AS and any(t.low in ("as", "for") for t in between)
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
        if tok.low.endswith("s") and j > 0 and (toks[j - 1].low.endswith("ing") or toks[j - 1].low in NOT_VERB_BEFORE_NOUN):
            return None  # "making calls to lawmakers “…”", "the calls": a noun
        if progressive and j > 0 and toks[j - 1].low in DOCUMENT_NOUNS:
            pass  # "issued a statement calling the test “…”": the issuer's words
        elif progressive and (
            j == 0
            or (not toks[j - 1].is_word and toks[j - 1].text != ",")
            or (toks[j - 1].text != "," and tok.low not in CHARACTERISING_AS)
        ):
            # Only a participle hanging from a main clause: after a comma, or (with
            # "as") after its object; one opening the sentence has its subject after it.
            return None
        phrase = main_subject(text, toks, j) if progressive else subject_phrase(text, toks, j, 0)
        if phrase is None:
            return None
        found = found_of(state, phrase, tok)
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


def is_titled(text: str, start: int, floor: int) -> bool:
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
        while k < len(text) and blank(text[k]):
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


def function_word_after(text: str, end: int) -> bool:
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


def title_like(text: str, draft: QuoteDraft) -> bool:
    """True for a fragment in Title Case (two or more words, most capitalised): a name or title."""
    words = text[draft.content_start : draft.content_end].split()
    return (len(words) >= 2 and 2 * sum(w[:1].isupper() for w in words) > len(words)) or (
        len(words) == 1 and words[0][:1].isupper()
    )


# A conjunction alone opening a sentence before a quotation: "But “…”".
_SENTENCE_CONJUNCTION: Final = regex.compile(r"(?:(?<=[.!?][”’\"]?\s)|(?<=^))(?:But|And|Yet|So|Still)\Z", regex.MULTILINE)


def _is_embedded(text: str, start: int, floor: int) -> bool:
    """True when the quotation sits inside running text (not after a colon, comma or at a start)."""
    k = start
    while k > floor and blank(text[k - 1]):
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
    while k < ceiling and blank(text[k]):
        k += 1
    if k >= ceiling or text[k] in "\n\r\u2028\u2029":
        return True
    return bool(text[k] in QUOTE_CHARS or text[k].isupper() or text[k] in ",")


_NAME_START: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-.]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}’'\-.]{0,30}){0,4}(?![\p{L}\p{N}])")


def _named_before(state: State, draft: QuoteDraft, floor: int) -> Found | None:
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
            asked = subject_phrase(text, sentence, i - 1, 0)
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


def _continuation(state: State, draft: QuoteDraft) -> Found | None:
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


def _after(state: State, draft: QuoteDraft, ceiling: int) -> Found | None:
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
    end = min(sentence_end(text, start, min(ceiling, start + AFTER_WINDOW)), ceiling)
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
        return according(state, toks, i, end)
    if is_cue(toks, i):
        phrase, after = phrase_after(text, toks, i + 1)
        if phrase is None:
            return None
        phrase = appositive_after(text, toks, after, phrase)
        found = found_of(state, phrase, toks[i])
        complements(state, found, toks, i, after, end)
        add_relays(state, found, sentence_start(text, draft.start), end)
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
            phrase = subject_phrase(text, toks, j, i)
            if phrase is None:
                return None
            found = found_of(state, phrase, toks[j])
            complements(state, found, toks, j, j + 1, end)
            add_relays(state, found, sentence_start(text, draft.start), end)
            return found
    return None


def _signature(state: State, draft: QuoteDraft, ceiling: int) -> Found | None:
    """``“…” — Marta Silva, a farmer``: a dash and a name after the quotation sign it (no cue)."""
    text = state.text
    k = draft.end
    while k < ceiling and blank(text[k]):
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
    phrase = appositive_after(text, toks, after, phrase)
    speaker = state.registry.resolve(phrase)
    if speaker is None:
        return None
    return Found(speaker=speaker, speaker_mention=(phrase.name_start, phrase.name_end))


def _labelled(state: State, draft: QuoteDraft, floor: int) -> Found | None:
    """``Meghan McCain, Twitter: “…”``: a paragraph opening with a name (and where it
    appeared) and a colon, then the quotation: a round-up or transcript label."""
    text = state.text
    line = max(floor, draft.start - _RUN_IN_MAX)
    for brk in "\n\r\u2028\u2029":
        line = max(line, text.rfind(brk, line, draft.start) + 1)
    if line > floor and text[line - 1] not in "\n\r\u2028\u2029" and line != 0:
        return None  # the line starts further back than a label can reach
    label_end = draft.start
    while label_end > line and blank(text[label_end - 1]):
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
    found = found_named(state, line + (len(label) - len(label.lstrip())), name)
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


def listed_after_partial(state: State, draft: QuoteDraft) -> Found | None:
    """The attribution of the partial quotation this one follows in a list
    (``‘stupid’, ‘useless’``, ``“weak” and “tired”``), else None."""
    if state.partial_found is None or state.partial_end < 0 or draft.parent is not None:
        return None
    between = state.text[state.partial_end : draft.start]
    return state.partial_found if _LIST_JOINER.fullmatch(between) else None


# What may stand between two quoted words of one list: a comma, "and", "or" (with an article).
_LIST_JOINER: Final = regex.compile(r"\s?(?:,|,?\s(?:and|or)(?:\s(?:a|an|the))?)\s")


def _is_initial_or_title(word: str) -> bool:
    return (len(word) == 2 and word[0].isupper() and word[1] == ".") or word.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St")


_LABEL_MAX: Final = 80  # the longest "Name, Outlet:" label before a quotation
_RUN_IN_MAX: Final = 300  # the longest run-in heading before a dash and such a label


def _between(state: State, draft: QuoteDraft) -> Found | None:
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
            phrase = subject_phrase(text, toks, j, 0)
            after = j + 1
            if phrase is None or phrase.start < a:
                phrase, after = phrase_after(text, toks, j + 1)
                if phrase is not None:
                    phrase = appositive_after(text, toks, after, phrase)
            if phrase is None:
                continue
            found = found_of(state, phrase, toks[j])
            complements(state, found, toks, j, after, b)
            add_relays(state, found, sentence_start(text, draft.start), sentence_end(text, b))
            return found
    return None


def _before(state: State, draft: QuoteDraft, floor: int, embedded: bool) -> Found | None:
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
                return according(state, toks, j, draft.start)
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
            phrase = main_subject(text, outside, len(outside))
        else:
            # Words quoted before the cue are no part of its subject ("Perry, who wore a
            # cape reading “I’m with her,” shouted, “…”"): look at the rest.
            before_cue = [(s, e) for s, e in masked if e <= tok.start]  # not a quotation holding the cue
            outside = _unquoted(toks[:j], before_cue)
            phrase = subject_phrase(text, [*outside, tok], len(outside), 0)
        after = j + 1
        if phrase is None:
            continue
        found = found_of(state, phrase, tok)
        complements(state, found, toks, j, after, draft.start)
        add_relays(state, found, start, sentence_end(text, draft.end))
        return found
    return _possessive_speech(state, toks)


# Nouns for what someone says: "Abedin's succinct reply: “…”".
_SPEECH_NOUNS: Final = frozenset(
    {"reply", "response", "answer", "retort", "message", "comment", "statement", "verdict", "advice",
     "warning", "reaction", "explanation", "tweet", "words", "remarks", "assessment"}
)


def _possessive_speech(state: State, toks: list[Token]) -> Found | None:
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
    owner_words = state.text[owner.start : end]
    named = phrase_before(state.text, [*toks[:n], Token(owner.start, end, owner_words, owner_words.lower())], n, 0)
    if named is None or not named.proper:
        return None
    found = found_of(state, named, toks[-2])
    found.cue = None
    return found


def _asked_by(state: State, toks: list[Token]) -> Found | None:
    """``Sanders was asked by host Bill Maher, …, “Now, you famously said …”``: the asker's words."""
    for n in range(1, len(toks) - 2):
        if toks[n].low == "asked" and toks[n - 1].low in ("was", "were") and toks[n + 1].low == "by":
            asker, _after_asker = phrase_after(state.text, toks, n + 2)
            if asker is None or not (asker.proper or asker.definite):
                return None
            found = found_of(state, asker, toks[n])
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


def _colon_intro(state: State, draft: QuoteDraft, floor: int) -> Found | None:
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
            phrase = subject_phrase(text, toks, j, 0)
            if phrase is None:
                continue
            found = found_of(state, phrase, toks[j])
            complements(state, found, toks, j, j + 1, k)
            return found
    # No cue: an outlet named in the introduction is speaking ("this excerpt from the Times article:").
    for tok in reversed(toks):
        if tok.is_cap and tok.is_word:
            draft_entity = state.registry._find(tok.text)
            if draft_entity is not None and draft_entity.kind is EntityKind.OUTLET:
                state.registry.touch(draft_entity)
                return Found(speaker=draft_entity, speaker_mention=(tok.start, tok.end))
    return None


def _masked(state: State, draft: QuoteDraft, start: int) -> list[tuple[int, int]]:
    """Spans of other quotations between ``start`` and the draft (their words are not cues)."""
    if draft.parent is None:
        i = bisect.bisect_left(state.quote_spans, (start, -1))
        out = []
        while i < len(state.quote_spans) and state.quote_spans[i][0] < draft.start:
            out.append(state.quote_spans[i])
            i += 1
        return out
    return [(c.start, c.end) for c in draft.parent.children if c is not draft and c.start < draft.start]
