"""Extraction: every quotation and claim in an article, who said it, and how it travelled.

:func:`extract` takes an article's text (or an :class:`~provenance.model.Article`)
and returns a :class:`~provenance.model.Record`.  It is pure and
deterministic, needs no model or network, and runs in time linear in the
length of the text.

>>> record = extract("“We will win,” Olena Kovalenko, a nurse, told Reuters.")
>>> q = record.quotations[0]
>>> q.text, record.speaker(q).name, [e.name for e in record.chain(q)]
('We will win,', 'Olena Kovalenko', ['Reuters'])
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Mapping
from typing import Any, Final

import regex

from provenance.anchors import Anchor
from provenance.errors import ExtractionError
from provenance.extract._claims import attribute
from provenance.extract._cues import CLAUSE_CUES, CUE_VERBS, OUTLET_NAMES, OUTLET_WORDS, cue_lemma
from provenance.extract._drafts import ClaimDraft, Found, QuoteDraft, build_drafts
from provenance.extract._header import Header, read_header
from provenance.extract._marks import (
    Mark,
    QuoteSpan,
    SegmentSpan,
    find_quote_marks,
    scan_quotations,
)
from provenance.extract._speakers import Draft, Registry
from provenance.model import (
    Alteration,
    AlterationKind,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    Record,
    Segment,
)
from provenance.text import TextSnapshot

__all__ = [
    "CLAUSE_CUES",
    "CUE_VERBS",
    "OUTLET_NAMES",
    "OUTLET_WORDS",
    "Header",
    "Mark",
    "QuoteSpan",
    "SegmentSpan",
    "cue_lemma",
    "extract",
    "find_quote_marks",
    "read_header",
    "scan_quotations",
]

_METADATA_KEYS: Final = frozenset({"title", "authors", "outlet", "published", "url", "language", "section"})
# Editorial changes inside a quotation: bracketed words, ellipses.
_ALTERATION: Final = regex.compile(
    r"""
    (?P<bracket>\[[^\[\]\n\r]{1,100}\])   # [the Russian soldiers], [sic], […]
  | (?P<ellipsis>…|\.\.\.)                # words left out
    """,
    regex.VERBOSE,
)


def extract(
    source: str | Article,
    *,
    metadata: Mapping[str, Any] | None = None,
    continuations: bool = True,
) -> Record:
    """Every quotation and claim of ``source`` with speakers, cues and relay chains.

    ``source`` is the article text (its header lines give title, authors,
    date and section when it states them) or an :class:`Article` used as
    given.  ``metadata`` (keys ``title``, ``authors``, ``outlet``,
    ``published``, ``url``, ``language``, ``section``) overrides what the
    text states; ``published`` may be a :class:`datetime.date` or
    ``YYYY-MM-DD``.  Raises :class:`~provenance.errors.ExtractionError` for
    unusable arguments and :class:`~provenance.errors.TextError` for text
    with a lone surrogate.

    ``continuations`` chooses how a cue-less quotation right after a
    sentence-final attribution is recorded (“A,” she said. “B.”): as a
    further segment of the first quotation (the default, as in the gold
    records) or, when False, as its own quotation with the same speaker and
    no cue.
    """
    if not isinstance(continuations, bool):
        raise ExtractionError(f"continuations must be True or False (got {continuations!r})")
    article, header = _article(source, metadata)
    snapshot = article.text
    text = snapshot.text
    registry = Registry(text)
    self_outlet: Draft | None = None
    if article.outlet:
        self_outlet = Draft(article.outlet, EntityKind.OUTLET, order=-1)
        registry.drafts[article.outlet.lower()] = self_outlet
        registry.self_outlet = self_outlet
    drafts = build_drafts(text, scan_quotations(text), continuations=continuations)
    captions = [(c.start, c.end) for c in header.captions]
    headers = [(h.start, h.end) for h in header.header_lines]
    claims = attribute(text, drafts, registry, article.published, captions, headers)
    return _record(article, drafts, claims, registry, self_outlet)


# -- the article ------------------------------------------------------------


def _article(source: str | Article, metadata: Mapping[str, Any] | None) -> tuple[Article, Header]:
    if metadata is not None and not isinstance(metadata, Mapping):
        raise ExtractionError(f"metadata must be a mapping (got {type(metadata).__name__})")
    meta = dict(metadata or {})
    unknown = sorted(set(meta) - _METADATA_KEYS)
    if unknown:
        raise ExtractionError(
            f"unknown metadata key(s) {', '.join(map(repr, unknown))}; expected some of "
            f"{', '.join(sorted(_METADATA_KEYS))}"
        )
    if isinstance(source, Article):
        header = read_header(source.text.text)
        if not meta:
            return source, header
        fields: dict[str, Any] = {
            "title": source.title, "authors": source.authors, "outlet": source.outlet,
            "published": source.published, "url": source.url, "language": source.language,
            "section": source.section,
        }
        fields.update(_checked(meta))
        return Article.create(source.text, **fields), header
    if not isinstance(source, str):
        raise ExtractionError(f"source must be a str or an Article (got {type(source).__name__})")
    snapshot = TextSnapshot.of(source)
    header = read_header(source)
    fields = {
        "title": header.title, "authors": header.authors, "outlet": None,
        "published": header.published, "url": None, "language": None, "section": header.section,
    }
    fields.update(_checked(meta))
    return Article.create(snapshot, **fields), header


def _checked(meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None:
            out[key] = None if key != "authors" else ()
            continue
        if key == "authors":
            if isinstance(value, str) or not all(isinstance(a, str) for a in value):
                raise ExtractionError(f"metadata 'authors' must be a list of strings (got {value!r})")
            out[key] = tuple(value)
        elif key == "published":
            if isinstance(value, datetime.date):
                out[key] = value
            elif isinstance(value, str):
                try:
                    out[key] = datetime.date.fromisoformat(value)
                except ValueError:
                    raise ExtractionError(
                        f"metadata 'published' must be a date as YYYY-MM-DD (got {value!r})"
                    ) from None
            else:
                raise ExtractionError(f"metadata 'published' must be a date (got {type(value).__name__})")
        elif not isinstance(value, str):
            raise ExtractionError(f"metadata {key!r} must be a string (got {type(value).__name__})")
        else:
            out[key] = value
    return out


# -- the record ---------------------------------------------------------------


def _safe(text: str, offset: int) -> bool:
    """True when ``offset`` certainly falls between grapheme clusters (a cheap local test)."""
    if offset <= 0 or offset >= len(text):
        return True
    before, after = text[offset - 1], text[offset]
    if before == "\r" and after == "\n":
        return False
    if after in "\u200d\ufe0f\ufe0e" or before == "\u200d":
        return False
    if unicodedata.combining(after) or unicodedata.category(after) in ("Mn", "Me", "Mc", "Cf", "Sk"):
        return False
    return not (0x1F1E6 <= ord(before) <= 0x1F1FF or 0xD800 <= ord(after) <= 0xDFFF)


class _Anchors:
    """Builds anchors, trimming any that would split a grapheme cluster."""

    def __init__(self, snapshot: TextSnapshot) -> None:
        self.snapshot = snapshot
        self.text = snapshot.text

    def boundary(self, offset: int) -> bool:
        return _safe(self.text, offset) or not self.snapshot.splits_grapheme(offset)

    def at(self, start: int, end: int) -> Anchor | None:
        """An anchor on ``[start, end)``, shrunk to grapheme boundaries; None if nothing is left."""
        while start < end and not self.boundary(start):
            start += 1
        while end > start and not self.boundary(end):
            end -= 1
        if start >= end:
            return None
        return Anchor.at(self.snapshot, start, end, allow_split=True)

    def pair(self, span: tuple[int, int] | None) -> Anchor | None:
        return self.at(*span) if span is not None else None


def _record(
    article: Article,
    drafts: list[QuoteDraft],
    claims: list[ClaimDraft],
    registry: Registry,
    self_outlet: Draft | None,
) -> Record:
    anchors = _Anchors(article.text)
    used: dict[int, Draft] = {}
    entities: dict[int, Entity] = {}

    def entity_id(draft: Draft) -> str:
        if id(draft) not in entities:
            mentions = tuple(a for a in (anchors.at(s, e) for s, e in registry.mention_spans(draft)) if a)
            entities[id(draft)] = Entity.create(
                draft.name,
                draft.kind,
                aliases=tuple(sorted(a for a in draft.aliases if a != draft.name)),
                description=draft.description,
                mentions=mentions,
            )
            used[id(draft)] = draft
        return entities[id(draft)].id

    def attribution(found: Found | None) -> Attribution | None:
        if found is None:
            return None
        hops = []
        for hop in found.hops:
            hops.append(
                Hop(
                    entity=entity_id(hop.entity),
                    mention=anchors.pair(hop.mention),
                    cue=anchors.pair(hop.cue),
                    date=hop.date if hop.date_mention is None or anchors.pair(hop.date_mention) else None,
                    date_mention=anchors.pair(hop.date_mention),
                )
            )
        if self_outlet is not None and all(h.entity is not self_outlet for h in found.hops) and found.speaker is not self_outlet:
            hops.append(Hop(entity=entity_id(self_outlet)))
        return Attribution(
            speaker=entity_id(found.speaker) if found.speaker is not None else None,
            speaker_mention=anchors.pair(found.speaker_mention) if found.speaker is not None else None,
            cue=anchors.pair(found.cue),
            addressee=entity_id(found.addressee) if found.addressee is not None else None,
            addressee_mention=anchors.pair(found.addressee_mention) if found.addressee is not None else None,
            medium=found.medium,
            medium_mention=anchors.pair(found.medium_mention) if found.medium else None,
            chain=tuple(hops),
        )

    quotations: list[Quotation] = []
    seen: set[str] = set()
    built: dict[int, Quotation] = {}
    ordered = sorted(drafts, key=lambda d: (_depth(d), d.start))
    for draft in ordered:
        parent = draft.parent
        while parent is not None and id(parent) not in built:
            parent = parent.parent
        segments = []
        for seg in draft.segments:
            content = anchors.at(seg.content.start, seg.content.end)
            if content is None:
                continue
            if parent is not None and not any(p.content.span.contains(content.span) for p in built[id(parent)].segments):
                continue
            segments.append(Segment.create(content, open_mark=seg.open_mark, close_mark=seg.close_mark))
        if not segments:
            continue
        quotation = Quotation.create(
            segments,
            draft.kind,
            attribution=attribution(draft.found),
            parent=built[id(parent)].id if parent is not None else None,
            alterations=_alterations(anchors, draft, segments),
        )
        if quotation.id in seen:
            continue
        seen.add(quotation.id)
        built[id(draft)] = quotation
        quotations.append(quotation)
    claim_objects: dict[str, Claim] = {}
    for claim in claims:
        content = anchors.at(claim.start, claim.end)
        found_attr = attribution(claim.found)
        if content is None or found_attr is None:
            continue
        made = Claim.create(content, found_attr)
        claim_objects.setdefault(made.id, made)
    unique: dict[str, Entity] = {}
    for entity in entities.values():
        if entity.id in unique:
            continue
        unique[entity.id] = entity
    return Record.create(
        article,
        entities=tuple(unique.values()),
        quotations=tuple(quotations),
        claims=tuple(claim_objects.values()),
    )


def _depth(draft: QuoteDraft) -> int:
    depth = 0
    parent = draft.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth


def _alterations(anchors: _Anchors, draft: QuoteDraft, segments: list[Segment]) -> tuple[Alteration, ...]:
    """Ellipses and bracketed insertions in ``draft``'s own words (not in its children)."""
    text = anchors.text
    children = [(c.start, c.end) for c in draft.children]
    out = []
    for segment in segments:
        for found in _ALTERATION.finditer(text, segment.content.start, segment.content.end):
            s, e = found.span()
            if any(cs <= s < ce for cs, ce in children):
                continue
            word = found.group()
            if found["bracket"]:
                inner = word[1:-1].strip().lower()
                kind = (
                    AlterationKind.SIC if inner == "sic"
                    else AlterationKind.ELLIPSIS if inner in ("…", "...", ". . .")
                    else AlterationKind.INSERTION
                )
            else:
                kind = AlterationKind.ELLIPSIS
            anchor = anchors.at(s, e)
            if anchor is not None and anchor.start == s and anchor.end == e:
                out.append(Alteration(kind=kind, anchor=anchor))
    return tuple(out)


