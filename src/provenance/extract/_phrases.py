"""Noun phrases around a cue: the subject that speaks, and the names, roles,
appositions and places around it, found on the tokens of one sentence.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Final

import attrs

from provenance.extract._cues import (
    CUE_VERBS,
    GROUP_NOUNS,
    OUTLET_NOUNS,
    REGIONS,
    ROLE_NOUNS,
    SPEAKING_DOCUMENTS,
)
from provenance.extract._marks import QUOTE_CHARS
from provenance.extract._speakers import (
    ADVERBS,
    STOP_WORDS,
    NounPhrase,
    Token,
    is_adverb,
    is_cue,
    is_possessive_noun,
    kind_of,
    phrase_after,
    phrase_before,
)
from provenance.model import EntityKind

__all__ = ["ADVERBIAL_STARTS", "DOCUMENT_NOUNS", "DOCUMENT_PARTICIPLES", "appositive_after", "index_of", "issued_document", "main_subject", "subject_phrase"]

_WEEKDAYS: Final = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def subject_phrase(text: str, toks: list[Token], j: int, lo: int) -> NounPhrase | None:
    """The speaker phrase before the cue at ``j``: ``X said``, ``X, a pensioner, told``."""
    document = _document_opening(text, toks, lo, j)
    if document is not None:
        return document
    issued = issued_document(toks, j)
    if issued is not None and lo <= issued < j - 1:
        return subject_phrase(text, toks, issued, lo)  # "Teneo issued a statement saying “…”": Teneo
    if toks[j].low.endswith("ing") and j - 1 > lo and toks[j - 1].low in ("is", "are", "was", "were", "been"):
        return subject_phrase(text, toks, j - 1, lo)  # "Donald Trump is telling supporters …": Trump
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
        before = main_subject(text, toks[lo:k], k - lo)
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
            h = index_of(toks, head.start)
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
    at = index_of(toks, phrase.start)
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
DOCUMENT_PARTICIPLES: Final = frozenset(
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
        if toks[d].low in SPEAKING_DOCUMENTS and (toks[d + 1].low in DOCUMENT_PARTICIPLES or toks[d + 1].low == "of"):
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


def index_of(toks: Sequence[Token], start: int) -> int | None:
    """Index of the token starting at ``start`` (tokens are in text order), else None."""
    n = bisect.bisect_left(toks, start, key=_token_start)
    return n if n < len(toks) and toks[n].start == start else None


def _object_of_preposition(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True when ``phrase`` follows a preposition inside an apposition (``Ann Lee, 59, of
    Ashton``, ``Jean Roux, the minister of France``): a comma opens the chunk before it.

    ``A spokeswoman for Corvane, which …, said`` has no such comma: the body, named
    with the role that speaks for it, stays the speaker.
    """
    i = index_of(toks, phrase.start)
    if i is None or i - 1 < lo or toks[i - 1].low not in ("of", "from", "in", "at", "for"):
        return False
    return any(toks[n].text == "," for n in range(max(lo, i - 12), i - 1))


def _after_preposition(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True when ``phrase`` is the object of a preposition (``into the polls``)."""
    i = index_of(toks, phrase.start)
    return i is not None and i - 1 >= lo and toks[i - 1].low in _OBJECT_PREPOSITIONS


_OBJECT_PREPOSITIONS: Final = frozenset(
    {"into", "in", "at", "on", "from", "to", "with", "by", "of", "for", "toward", "towards", "through", "onto"}
)


def _listed_names(text: str, toks: list[Token], phrase: NounPhrase, lo: int) -> NounPhrase | None:
    """``Sens. Tom Carper, Dianne Feinstein and Ben Cardin said``: the people listed, as one
    group named by the list (titles left out), when ``phrase`` ends a list of full names."""
    i = index_of(toks, phrase.start)
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
        b = index_of(toks, before.start)
        if b is None or b - 2 < lo or toks[b - 1].text != ",":
            break
        n = b - 2
    if count < 2 or len(phrase.name.split()) < 2:
        return None  # "Clinton and Trump said": surnames alone may be anyone's; keep the last
    f = index_of(toks, first.start)
    if f is not None and f - 1 >= lo and toks[f - 1].low in _OBJECT_PREPOSITIONS | {"by"}:
        return None  # "the article by Thomas Rowley and Serhiy Guz continued": the authors of something
    name = text[first.name_start : phrase.name_end]
    return NounPhrase(first.start, phrase.end, name, first.name_start, phrase.name_end, proper=True)


def _state_after_town(toks: list[Token], phrase: NounPhrase, lo: int) -> int | None:
    """Index of the preposition before ``Town,`` when ``phrase`` is the state or country
    after it (``from Sumter, South Carolina``, ``of Columbia, South Carolina``), else None."""
    i = index_of(toks, phrase.start)
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
    i = index_of(toks, phrase.start)
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
        if head.name.split()[-1].lower() not in ROLE_NOUNS or toks[index_of(toks, head.start) or 0].low not in ("a", "an"):
            return None
        return attrs.evolve(head, end=phrase.end, description=text[head.start : phrase.end])
    return None


def _after_indefinite(toks: list[Token], phrase: NounPhrase, lo: int) -> bool:
    """True for ``someone near the stage``: the phrase is the object of a preposition
    after an indefinite pronoun, which is the real (unnamed) subject."""
    i = index_of(toks, phrase.start)
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
    i = index_of(toks, phrase.start)
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
        found_at = index_of(toks, head.start)
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
    i = index_of(toks, phrase.start)
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


# Documents whose issuer, named in a modifier, is the speaker ("a transport ministry statement").
DOCUMENT_NOUNS: Final = frozenset(
    {
        "statement", "statements", "report", "letter", "memo", "document", "filing", "release",
        "notice", "email", "post", "tweet", "study", "survey", "records", "figures", "data",
        "estimates", "estimate", "accounts", "calculations", "analysis", "website", "count",
        "notes", "diary", "account", "testimony", "poll", "polls", "polling", "research", "review",
        "audit", "investigation", "findings", "results", "inquiry",
    }
)


_ISSUING_VERBS: Final = frozenset({"issued", "released", "posted", "sent", "published", "filed", "put", "circulated"})


def issued_document(toks: list[Token], j: int) -> int | None:
    """For ``… a statement saying`` at cue ``j``: the index of the verb that issued the
    document (``issued``), or ``j - 1`` when none is named; None when no document precedes."""
    if not toks[j].low.endswith("ing") or j < 1 or toks[j - 1].low not in DOCUMENT_NOUNS:
        return None
    for n in range(j - 2, max(-1, j - 6), -1):
        if toks[n].low in _ISSUING_VERBS:
            return n
        if not toks[n].is_word:
            break
    return j - 1


ADVERBIAL_STARTS: Final = frozenset(
    {
        "in", "on", "at", "outside", "after", "before", "during", "last", "this", "yesterday",
        "today", "earlier", "later", "from", "to", "via", "by", "through", "over", "following",
        "amid", "despite", "under", "within", "across", "among", "against", "ahead", "since", "upon",
    }
)


def main_subject(text: str, toks: list[Token], j: int) -> NounPhrase | None:
    """The subject of the clause an ``-ing`` cue hangs from (``Ibsen asked for mercy, arguing …``;
    ``“…,” Smith said Monday, adding that …``)."""
    phrase: NounPhrase | None = None
    for n in range(j - 1, -1, -1):
        if is_cue(toks, n) and not toks[n].low.endswith("ing"):
            phrase = subject_phrase(text, toks, n, 0)
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
    while i + 1 < j and (toks[i].low in ADVERBS or (is_adverb(toks[i].low) and toks[i + 1].low in ADVERBIAL_STARTS)):
        i += 1  # "Also before the same election, Senator Chuck Schumer …"
    if i + 3 < j and (toks[i].text.isdigit() or toks[i].low in _NUMBER_WORDS) and toks[i + 1].low in _TIME_UNITS:
        i += 1  # "Two months later, Clinton …"
    if i + 2 < j and toks[i].low in _TIME_UNITS and toks[i + 1].low in ("later", "earlier", "ago", "after", "before"):
        # "Hours later, Trump returned the compliment, telling …": the subject after the comma.
        comma = next((n for n in range(i + 2, j) if toks[n].text == ","), None)
        if comma is not None and comma + 1 < j:
            return _opening_subject(text, toks, comma + 1, j)
    if i < j and toks[i].low in ADVERBIAL_STARTS:
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


def appositive_after(text: str, toks: list[Token], k: int, phrase: NounPhrase) -> NounPhrase:
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
