"""Who says it: speakers built from noun phrases, with the relay hops, documents,
addressees and interviews that the words around a cue give.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from provenance.extract._cues import (
    CUE_VERBS,
    GROUP_NOUNS,
    MEDIA,
    ORGANISATION_WORDS,
    OUTLET_NOUNS,
    RELAY_LEMMAS,
    ROLE_NOUNS,
    SPEAKING_DOCUMENTS,
)
from provenance.extract._drafts import Found, HopDraft, State
from provenance.extract._marks import QUOTE_CHARS
from provenance.extract._phrases import DOCUMENT_NOUNS, DOCUMENT_PARTICIPLES
from provenance.extract._relay import find_relays, iso_date
from provenance.extract._speakers import (
    Draft,
    NounPhrase,
    Token,
    kind_of,
    phrase_after,
    phrase_before,
)
from provenance.model import EntityKind

__all__ = ["POSSESSIVE_PRONOUNS", "according", "add_relays", "complements", "document_source", "found_named", "found_of", "inherit"]


def inherit(found: Found, outer: Found | None) -> None:
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


def found_named(state: State, start: int, name: str) -> Found | None:
    """An attribution (no cue) to the entity the proper name ``name`` at ``start`` denotes."""
    phrase = NounPhrase(start, start + len(name), name, start, start + len(name), proper=True)
    speaker = state.registry.resolve(phrase)
    if speaker is None:
        return None
    return Found(speaker=speaker, speaker_mention=(start, start + len(name)))


def found_of(state: State, phrase: NounPhrase, cue: Token) -> Found:
    """The attribution of ``phrase`` speaking through ``cue``: its speaker, or the document
    or relay the phrase names, with the hops the words around it give."""
    registry = state.registry
    relay_of: tuple[int, int] | None = None
    if phrase.description and phrase.description.startswith("relay:"):
        _tag, s, e = phrase.description.split(":")
        relay_of = (int(s), int(e))
        phrase = attrs.evolve(phrase, description=None)
    phrase, draft = document_source(state, phrase)  # "a Bloomberg poll shows": Bloomberg
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


def complements(state: State, found: Found, toks: list[Token], j: int, after: int, limit: int) -> None:
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


def _interview(state: State, found: Found, toks: list[Token], k: int, limit: int) -> None:
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


def according(state: State, toks: list[Token], i: int, limit: int) -> Found | None:
    """``according to X``: X is the speaker (an outlet quoted verbatim, or a source)."""
    text = state.text
    cue = (toks[i].start, toks[i + 1].end)
    relays = find_relays(text, toks[i].start, min(limit + 80, len(text)))
    if relays and relays[0].kind == "according" and relays[0].cue[0] == toks[i].start:
        relay = relays[0]
        document = text[relay.name_span[1] : relay.name_span[1] + 12].split()[:1]
        issued = bool(document) and document[0].lower().strip(".,;") in DOCUMENT_NOUNS - {"report"}
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
    by = after + 1 if after + 1 < len(toks) and toks[after].low in DOCUMENT_PARTICIPLES else after
    if by + 1 < len(toks) and toks[by].low == "by" and toks[by - 1].low in DOCUMENT_PARTICIPLES:
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
    if i + 3 < len(toks) and toks[i + 2].low in POSSESSIVE_PRONOUNS and toks[i + 3].low in DOCUMENT_NOUNS:
        # "according to her notes" ("notes" also reads as a verb): the owner speaks.
        owner = toks[i + 2]
        phrase = NounPhrase(owner.start, owner.end, owner.text, owner.start, owner.end, pronoun=POSSESSIVE_PRONOUNS[owner.low])
    author = _author_after(text, toks, i + 2)
    if author is not None:
        # "according to a speech Mrs. Clinton delivered": the author of the document speaks.
        writer = state.registry.resolve(author)
        if writer is not None:
            return Found(speaker=writer, speaker_mention=(author.name_start, author.name_end), cue=cue, lemma="according")
    if not phrase.proper and phrase.pronoun is None and head in _NOT_SOURCES:
        return None  # "according to a formula", "according to plan": no one is cited
    phrase, source = document_source(state, phrase)
    if source is None:
        return None
    return Found(speaker=source, speaker_mention=(phrase.name_start, phrase.name_end), cue=cue, lemma="according")


def document_source(state: State, phrase: NounPhrase) -> tuple[NounPhrase, Draft | None]:
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


POSSESSIVE_PRONOUNS: Final = {"its": "it", "his": "he", "her": "she", "their": "they"}


# What a person writes or gives that may be cited ("according to a speech X delivered").
_AUTHORED_NOUNS: Final = DOCUMENT_NOUNS | {
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
    if len(tail) == 2 and tail[0].lower() in POSSESSIVE_PRONOUNS and tail[1].lower() in DOCUMENT_NOUNS:
        # "according to its records": the owner the pronoun refers to.
        start, owner = phrase.start, tail[0]
        return NounPhrase(start, start + len(owner), owner, start, start + len(owner), pronoun=POSSESSIVE_PRONOUNS[owner.lower()])
    words = list(regex.finditer(r"\S+", text[phrase.name_start : phrase.name_end]))
    if len(words) < 2 or words[-1].group().lower() not in DOCUMENT_NOUNS:
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


def add_relays(state: State, found: Found, start: int, end: int) -> None:
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
