"""A lenient reading of a record document: what is usable, and findings for the rest.

The strict loader stops at the first problem; this walker reports every
problem it meets as a finding with its JSON path (codes PV001–PV008, PV104,
PV105, PV402, PV403) and keeps whatever parts can still be used, so that the
semantic checks can run on them.  It follows the record format key by key
(the keys and which are required mirror the model's attrs fields; a test
pins that) and never recurses into unknown data.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Mapping
from typing import Any, Final

import attrs

from provenance._checks._report import Collector, child
from provenance._converter import json_name
from provenance.anchors import Anchor, Span
from provenance.errors import ProvenanceError
from provenance.model import AlterationKind, EntityKind, Hop, QuotationKind
from provenance.serialise import FORMAT, VERSION
from provenance.text import digest_of

__all__ = [
    "SCHEMA",
    "AlterationView",
    "AnchorView",
    "ArticleView",
    "AttributionView",
    "ClaimView",
    "DocumentView",
    "EntityView",
    "HopView",
    "MarkView",
    "QuotationView",
    "SegmentView",
    "read_document",
]

#: Keys of each object of the format: (required, optional).
SCHEMA: Final[Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "Record": (("article",), ("entities", "quotations", "claims")),
    "Article": (("id", "text"), ("title", "authors", "outlet", "published", "url", "language", "section")),
    "TextSnapshot": (("text", "sha256", "length"), ()),
    "Entity": (("id", "kind", "name"), ("aliases", "description", "external_id", "mentions")),
    "Quotation": (("id", "kind", "segments"), ("attribution", "parent", "alterations")),
    "Segment": (("content",), ("open_mark", "close_mark")),
    "Alteration": (("kind", "anchor"), ()),
    "Claim": (("id", "content", "attribution"), ()),
    "Attribution": (
        (),
        ("speaker", "speaker_mention", "cue", "addressee", "addressee_mention", "medium", "medium_mention", "chain"),
    ),
    "Hop": (("entity",), ("mention", "cue", "date", "date_mention")),
    "Anchor": (("start", "end", "exact", "prefix", "suffix", "sha256"), ()),
    "Span": (("start", "end"), ()),
}


# -- views ------------------------------------------------------------------


@attrs.frozen
class AnchorView:
    """An anchor whose offsets are usable; its string fields may not be."""

    path: str
    span: Span
    exact: str | None
    prefix: str | None
    suffix: str | None
    sha256: str | None
    anchor: Anchor | None  # the model object, when its own shape rules hold

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@attrs.frozen
class MarkView:
    """A quotation-mark span."""

    path: str
    span: Span


@attrs.frozen
class ArticleView:
    path: str
    text: str | None  # the text, when it is a string
    digest: str | None  # the digest computed from the text (None: no UTF-8 form)
    outlet: str | None
    published: datetime.date | None
    url: str | None
    language: str | None


@attrs.frozen
class EntityView:
    path: str
    id: str | None
    kind: str | None
    name: str | None
    aliases: tuple[str, ...]
    description: str | None
    mentions: tuple[AnchorView, ...]

    def names(self) -> tuple[str, ...]:
        """The name (when usable) and every alias."""
        return ((self.name,) if self.name else ()) + self.aliases


@attrs.frozen
class HopView:
    path: str
    entity: str | None
    mention: AnchorView | None
    cue: AnchorView | None
    date: str | None  # a well-formed date string, or None
    date_mention: AnchorView | None


@attrs.frozen
class AttributionView:
    path: str
    speaker: str | None
    speaker_mention: AnchorView | None
    cue: AnchorView | None
    addressee: str | None
    addressee_mention: AnchorView | None
    medium_mention: AnchorView | None
    chain: tuple[HopView, ...]

    def anchors(self) -> tuple[AnchorView, ...]:
        found = [self.speaker_mention, self.cue, self.addressee_mention, self.medium_mention]
        for hop in self.chain:
            found += [hop.mention, hop.cue, hop.date_mention]
        return tuple(a for a in found if a is not None)


@attrs.frozen
class SegmentView:
    path: str
    content: AnchorView | None
    open_mark: MarkView | None
    close_mark: MarkView | None


@attrs.frozen
class AlterationView:
    path: str
    kind: str | None
    anchor: AnchorView | None


@attrs.frozen
class QuotationView:
    path: str
    id: str | None
    kind: str | None
    segments: tuple[SegmentView, ...]
    no_segments: bool  # True when segments is an empty array
    attribution: AttributionView | None
    parent: str | None
    alterations: tuple[AlterationView, ...]

    def contents(self) -> tuple[AnchorView, ...]:
        """The usable content anchors of the segments, in segment order."""
        return tuple(s.content for s in self.segments if s.content is not None)

    def complete(self) -> bool:
        """True when every segment's content is usable (and there is at least one)."""
        return bool(self.segments) and all(s.content is not None for s in self.segments)


@attrs.frozen
class ClaimView:
    path: str
    id: str | None
    content: AnchorView | None
    attribution: AttributionView | None


@attrs.frozen
class DocumentView:
    article: ArticleView | None
    entities: tuple[EntityView, ...]
    entities_usable: bool  # False when the entities array itself is unusable
    quotations: tuple[QuotationView, ...]
    claims: tuple[ClaimView, ...]

    def anchors(self) -> tuple[AnchorView, ...]:
        """Every usable anchor of the document."""
        found: list[AnchorView] = []
        for entity in self.entities:
            found += entity.mentions
        for quotation in self.quotations:
            found += quotation.contents()
            found += [a.anchor for a in quotation.alterations if a.anchor is not None]
            if quotation.attribution is not None:
                found += quotation.attribution.anchors()
        for claim in self.claims:
            if claim.content is not None:
                found.append(claim.content)
            if claim.attribution is not None:
                found += claim.attribution.anchors()
        return tuple(found)


# -- the walker ---------------------------------------------------------------


class _Walker:
    def __init__(self, out: Collector) -> None:
        self.out = out

    # -- generic pieces --------------------------------------------------

    def obj(self, value: Any, path: str, kind: str) -> Mapping[str, Any] | None:
        """``value`` as an object of ``kind`` with its keys checked, or None."""
        # dict first: the ABC check is slow, and JSON data is made of dicts.
        if type(value) is not dict and not isinstance(value, Mapping):
            self.out.add("PV005", path, f"expected an object ({kind}), got {json_name(value)}")
            return None
        required, optional = SCHEMA[kind]
        for key in value:
            if key not in required and key not in optional:
                self.out.add("PV004", child(path, key), f"{kind} has no key {str(key)!r}")
        for key in required:
            if key not in value:
                self.out.add("PV003", child(path, key), f"{kind} is missing required key {key!r}")
        return value

    def array(self, data: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """The items of an optional array with their paths (none when absent or not an array)."""
        if key not in data:
            return []
        value = data[key]
        where = child(path, key)
        if not isinstance(value, list | tuple):
            self.out.add("PV005", where, f"expected an array, got {json_name(value)}")
            return []
        return [(child(where, i), item) for i, item in enumerate(value)]

    def string(self, data: Mapping[str, Any], key: str, path: str, *, nullable: bool = True) -> str | None:
        """A string value, None when absent, null or of the wrong type (reported)."""
        if key not in data:
            return None
        value = data[key]
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            expected = "a string or null" if nullable else "a string"
            self.out.add("PV005", child(path, key), f"expected {expected}, got {json_name(value)}")
            return None
        return value

    def ident(self, data: Mapping[str, Any], key: str, path: str, *, nullable: bool = False) -> str | None:
        """A non-empty string: an id, a name or an entity reference."""
        value = self.string(data, key, path, nullable=nullable)
        if value is not None and not value.strip():
            self.out.add("PV007", child(path, key), f"{key!r} must be a non-empty string (got {value!r})")
            return None
        return value

    def strings(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        found = []
        for where, item in self.array(data, key, path):
            if isinstance(item, str):
                found.append(item)
            else:
                self.out.add("PV005", where, f"expected a string, got {json_name(item)}")
        return tuple(found)

    def enum(self, data: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> str | None:
        value = self.string(data, key, path, nullable=False)
        if value is not None and value not in allowed:
            self.out.add(
                "PV006",
                child(path, key),
                f"expected one of {', '.join(map(repr, allowed))}, got {value!r}",
            )
            return None
        return value

    def offsets(self, data: Mapping[str, Any], path: str) -> Span | None:
        """The span of a span or anchor object: ints, not negative, in order."""
        values: list[int] = []
        for key in ("start", "end"):
            if key not in data:
                return None
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int):
                self.out.add("PV005", child(path, key), f"expected an integer offset, got {json_name(value)}")
                return None
            if value < 0:
                self.out.add("PV104", child(path, key), f"offset must not be negative (got {value})")
                return None
            values.append(value)
        start, end = values
        if end < start:
            self.out.add("PV104", child(path, "end"), f"end {end} is before start {start}")
            return None
        return Span(start, end)

    # -- anchors and marks -----------------------------------------------

    def anchor(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> AnchorView | None:
        """The anchor under ``key``; null is accepted unless ``required``."""
        if key not in data or (data[key] is None and not required):
            return None
        return self.anchor_at(data[key], child(path, key))

    def anchor_at(self, value: Any, where: str) -> AnchorView | None:
        obj = self.obj(value, where, "Anchor")
        if obj is None:
            return None
        span = self.offsets(obj, where)
        fields = {name: self.string(obj, name, where, nullable=False) for name in ("exact", "prefix", "suffix", "sha256")}
        if span is None:
            return None
        exact = fields["exact"]
        if exact is not None and len(exact) != span.end - span.start:
            self.out.add(
                "PV105",
                child(where, "exact"),
                f"exact text has {len(exact)} code points but the span {span.start}..{span.end} covers {span.end - span.start}",
            )
            exact = None
        model: Anchor | None = None
        if exact is not None and all(fields[k] is not None for k in ("prefix", "suffix", "sha256")):
            try:
                model = Anchor(
                    span=span,
                    exact=exact,
                    prefix=str(fields["prefix"]),
                    suffix=str(fields["suffix"]),
                    sha256=str(fields["sha256"]),
                )
            except ProvenanceError:
                model = None  # e.g. a prefix longer than the start offset (reported as PV107)
        return AnchorView(where, span, exact, fields["prefix"], fields["suffix"], fields["sha256"], model)

    def mark(self, data: Mapping[str, Any], key: str, path: str) -> MarkView | None:
        if key not in data or data[key] is None:
            return None
        where = child(path, key)
        obj = self.obj(data[key], where, "Span")
        if obj is None:
            return None
        span = self.offsets(obj, where)
        return None if span is None else MarkView(where, span)

    # -- the objects -------------------------------------------------------

    def document(self, data: Mapping[str, Any], root: str) -> DocumentView:
        fmt = data.get("format")
        if fmt != FORMAT:
            self.out.add("PV001", child(root, "format"), f"expected format {FORMAT!r}, got {_short(fmt)}")
        version = data.get("version")
        if type(version) is not int or version != VERSION:
            self.out.add(
                "PV002",
                child(root, "version"),
                f"unsupported version {_short(version)}; this library reads version {VERSION}",
            )
        body = {k: v for k, v in data.items() if k not in ("format", "version")}
        self.obj(body, root, "Record")
        article = self.article(body["article"], child(root, "article")) if "article" in body else None
        entities = tuple(
            e for e in (self.entity(v, p) for p, v in self.array(body, "entities", root)) if e is not None
        )
        quotations = tuple(
            q for q in (self.quotation(v, p) for p, v in self.array(body, "quotations", root)) if q is not None
        )
        claims = tuple(c for c in (self.claim(v, p) for p, v in self.array(body, "claims", root)) if c is not None)
        usable = isinstance(body.get("entities", []), list | tuple)
        return DocumentView(article, entities, usable, quotations, claims)

    def article(self, value: Any, path: str) -> ArticleView | None:
        data = self.obj(value, path, "Article")
        if data is None:
            return None
        self.ident(data, "id", path)
        for key in ("title", "section"):
            self.string(data, key, path)
        self.strings(data, "authors", path)
        text, digest = self.snapshot(data, path)
        published = None
        raw = self.string(data, "published", path)
        if raw is not None:
            try:
                published = datetime.date.fromisoformat(raw)
            except ValueError:
                self.out.add("PV403", child(path, "published"), f"expected a date YYYY-MM-DD, got {raw!r}")
        return ArticleView(
            path,
            text,
            digest,
            self.string(data, "outlet", path),
            published,
            self.string(data, "url", path),
            self.string(data, "language", path),
        )

    def snapshot(self, article: Mapping[str, Any], path: str) -> tuple[str | None, str | None]:
        if "text" not in article:
            return None, None
        where = child(path, "text")
        data = self.obj(article["text"], where, "TextSnapshot")
        if data is None:
            return None, None
        text = self.string(data, "text", where, nullable=False)
        sha256 = self.string(data, "sha256", where, nullable=False)
        length = data.get("length")
        if "length" in data and (isinstance(length, bool) or not isinstance(length, int)):
            self.out.add("PV005", child(where, "length"), f"expected an integer, got {json_name(length)}")
            length = None
        if text is None:
            return None, None
        digest: str | None
        try:
            digest = digest_of(text)
        except ProvenanceError as exc:
            self.out.add("PV008", child(where, "text"), exc.message)
            digest = None
        if digest is not None and sha256 is not None and sha256 != digest:
            self.out.add(
                "PV008",
                child(where, "sha256"),
                f"sha256 {_short(sha256)} does not belong to the text (its digest is {digest!r})",
            )
        if isinstance(length, int) and length != len(text):
            self.out.add(
                "PV008",
                child(where, "length"),
                f"length {length} does not match the text ({len(text)} code points)",
            )
        return text, digest

    def entity(self, value: Any, path: str) -> EntityView | None:
        data = self.obj(value, path, "Entity")
        if data is None:
            return None
        for key in ("description", "external_id"):
            self.string(data, key, path)
        mentions = tuple(
            m for m in (self.anchor_at(v, p) for p, v in self.array(data, "mentions", path)) if m is not None
        )
        return EntityView(
            path,
            self.ident(data, "id", path),
            self.enum(data, "kind", path, tuple(k.value for k in EntityKind)),
            self.ident(data, "name", path),
            self.strings(data, "aliases", path),
            self.string(data, "description", path),
            mentions,
        )

    def quotation(self, value: Any, path: str) -> QuotationView | None:
        data = self.obj(value, path, "Quotation")
        if data is None:
            return None
        raw_segments = self.array(data, "segments", path)
        segments = tuple(s for s in (self.segment(v, p) for p, v in raw_segments) if s is not None)
        empty = isinstance(data.get("segments"), list | tuple) and not raw_segments
        alterations = tuple(
            a for a in (self.alteration(v, p) for p, v in self.array(data, "alterations", path)) if a is not None
        )
        return QuotationView(
            path,
            self.ident(data, "id", path),
            self.enum(data, "kind", path, tuple(k.value for k in QuotationKind)),
            segments,
            empty,
            self.attribution(data, path, required=False),
            self.ident(data, "parent", path, nullable=True),
            alterations,
        )

    def segment(self, value: Any, path: str) -> SegmentView | None:
        data = self.obj(value, path, "Segment")
        if data is None:
            return None
        return SegmentView(
            path,
            self.anchor(data, "content", path, required=True),
            self.mark(data, "open_mark", path),
            self.mark(data, "close_mark", path),
        )

    def alteration(self, value: Any, path: str) -> AlterationView | None:
        data = self.obj(value, path, "Alteration")
        if data is None:
            return None
        return AlterationView(
            path,
            self.enum(data, "kind", path, tuple(k.value for k in AlterationKind)),
            self.anchor(data, "anchor", path, required=True),
        )

    def claim(self, value: Any, path: str) -> ClaimView | None:
        data = self.obj(value, path, "Claim")
        if data is None:
            return None
        return ClaimView(
            path,
            self.ident(data, "id", path),
            self.anchor(data, "content", path, required=True),
            self.attribution(data, path, required=True),
        )

    def attribution(self, owner: Mapping[str, Any], path: str, *, required: bool) -> AttributionView | None:
        if "attribution" not in owner:
            return None
        where = child(path, "attribution")
        value = owner["attribution"]
        if value is None and not required:
            return None
        data = self.obj(value, where, "Attribution")
        if data is None:
            return None
        self.string(data, "medium", where)
        return AttributionView(
            where,
            self.ident(data, "speaker", where, nullable=True),
            self.anchor(data, "speaker_mention", where),
            self.anchor(data, "cue", where),
            self.ident(data, "addressee", where, nullable=True),
            self.anchor(data, "addressee_mention", where),
            self.anchor(data, "medium_mention", where),
            tuple(h for h in (self.hop(v, p) for p, v in self.array(data, "chain", where)) if h is not None),
        )

    def hop(self, value: Any, path: str) -> HopView | None:
        data = self.obj(value, path, "Hop")
        if data is None:
            return None
        return HopView(
            path,
            self.ident(data, "entity", path),
            self.anchor(data, "mention", path),
            self.anchor(data, "cue", path),
            self.hop_date(data, path),
            self.anchor(data, "date_mention", path),
        )

    def hop_date(self, data: Mapping[str, Any], path: str) -> str | None:
        value = self.string(data, "date", path)
        if value is None:
            return None
        where = child(path, "date")
        try:
            Hop(entity="x", date=value)  # the model's own rule for partial dates
        except ProvenanceError as exc:
            self.out.add("PV402", where, exc.message)
            return None
        problem = _impossible_day(value)
        if problem:
            self.out.add("PV402", where, f"{problem} (got {value!r})")
            return None
        return value


def _impossible_day(value: str) -> str | None:
    """Why a well-shaped date names a day that does not exist, or None."""
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        longest = 29 if month == 2 else calendar.monthrange(2001, month)[1]
        if not 1 <= day <= longest:
            return f"month {month} has no day {day}"
    elif len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return "not a calendar date"
    return None


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_document(data: Mapping[str, Any], out: Collector) -> DocumentView:
    """Walk ``data`` leniently; report format problems to ``out``; return the usable parts."""
    return _Walker(out).document(data, out.root)
