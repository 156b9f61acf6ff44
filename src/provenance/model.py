"""The provenance model: who said what, where, and through whom.

Every class is a frozen, slotted value.  Build them with their ``create``
constructors, which derive deterministic ids from content; the plain
constructors take every field and check each object's own rules.  A
:class:`Record` (an article with its entities, quotations and claims) checks
the rules across objects: every anchor matches the article text, references
resolve, nested quotations lie inside their parents.

Entity references (speaker, addressee, relay hops) are entity ids, resolved
through :meth:`Record.entity`.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

import attrs
import regex

from provenance._fast_structure import checks_pass_when, lists_to_tuples, passes_when, type_only
from provenance._ids import content_id
from provenance.anchors import Anchor, Span
from provenance.errors import ModelError
from provenance.text import TextSnapshot

__all__ = [
    "Alteration",
    "AlterationKind",
    "Article",
    "Attribution",
    "Claim",
    "Entity",
    "EntityKind",
    "Hop",
    "Quotation",
    "QuotationKind",
    "Record",
    "Segment",
]

# ISO 8601 calendar dates at the precision the text gives: a full date, a
# month, a year, or a month and day with the year unstated (``--MM-DD``).
_PARTIAL_DATE: Final = regex.compile(
    r"""
    \A(?:
        (?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?   # YYYY[-MM[-DD]]
      | --(?P<bare_month>\d{2})-(?P<bare_day>\d{2})                 # --MM-DD, year unstated
    )\Z
    """,
    regex.VERBOSE,
)


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


@passes_when("{value} is None")
def _check_partial_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _PARTIAL_DATE.match(value):
        raise ModelError(
            f"'{attribute.name}' must be an ISO 8601 date such as 2022-09-16, 2022-09, "
            f"2022 or --09-16 (got {value!r})"
        )
    month = regex.search(r"(?<=^(?:\d{4}|-)-)\d{2}", value)
    if month and not 1 <= int(month.group()) <= 12:
        raise ModelError(f"'{attribute.name}' has no month {month.group()} (got {value!r})")


@passes_when("{value}.strip()")
def _non_empty(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ModelError(f"'{attribute.name}' must be a non-empty string (got {value!r})")


def _tuple_of(kind: type) -> _Validator:
    """Validator: a tuple whose items are all ``kind``."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ModelError(
                f"'{attribute.name}' must be a tuple (got {type(value).__name__})"
            )
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise ModelError(
                    f"'{attribute.name}[{i}]' must be a {kind.__name__} "
                    f"(got {type(item).__name__})"
                )

    return type_only(check)


def _optional(kind: type) -> _Validator:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise ModelError(
                f"'{attribute.name}' must be a {kind.__name__} or None "
                f"(got {type(value).__name__})"
            )

    return type_only(check)


def _tuple(value: Any) -> Any:
    """Converter: accept any list or tuple where a tuple is stored."""
    return tuple(value) if isinstance(value, list) else value


lists_to_tuples(_tuple)  # the fast load path builds tuples itself


# -- entities ---------------------------------------------------------------


class EntityKind(enum.Enum):
    """What kind of thing an entity is."""

    PERSON = "person"
    OUTLET = "outlet"  # newspapers, broadcasters, agencies, podcasts, websites
    ORGANISATION = "organisation"  # ministries, rights groups, parties, companies
    GROUP = "group"  # collectives without an organisation ("Hundreds of Russian soldiers")
    DOCUMENT = "document"  # reports, statements, polls and filings cited as sources
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Entity:
    """A person, organisation or document that says, reports or receives something."""

    id: str = attrs.field(validator=_non_empty)
    kind: EntityKind = attrs.field(validator=attrs.validators.instance_of(EntityKind))
    name: str = attrs.field(validator=_non_empty)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(str))
    description: str | None = attrs.field(default=None, validator=_optional(str))
    external_id: str | None = attrs.field(default=None, validator=_optional(str))
    mentions: tuple[Anchor, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Anchor))

    @classmethod
    def create(
        cls,
        name: str,
        kind: EntityKind = EntityKind.PERSON,
        *,
        aliases: tuple[str, ...] = (),
        description: str | None = None,
        external_id: str | None = None,
        mentions: tuple[Anchor, ...] = (),
    ) -> Entity:
        """An entity whose id derives from its kind and name."""
        return cls(
            id=content_id("ent", kind.value, name),
            kind=kind,
            name=name,
            aliases=tuple(aliases),
            description=description,
            external_id=external_id,
            mentions=tuple(sorted(mentions, key=lambda a: (a.start, a.end))),
        )

    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


# -- the article ------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Article:
    """One published text and what is known about its publication."""

    id: str = attrs.field(validator=_non_empty)
    text: TextSnapshot = attrs.field(validator=attrs.validators.instance_of(TextSnapshot))
    title: str | None = attrs.field(default=None, validator=_optional(str))
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(str))
    outlet: str | None = attrs.field(default=None, validator=_optional(str))
    published: datetime.date | None = attrs.field(default=None, validator=_optional(datetime.date))
    url: str | None = attrs.field(default=None, validator=_optional(str))
    language: str | None = attrs.field(default=None, validator=_optional(str))
    section: str | None = attrs.field(default=None, validator=_optional(str))

    @classmethod
    def create(
        cls,
        text: str | TextSnapshot,
        *,
        title: str | None = None,
        authors: tuple[str, ...] = (),
        outlet: str | None = None,
        published: datetime.date | None = None,
        url: str | None = None,
        language: str | None = None,
        section: str | None = None,
    ) -> Article:
        """An article whose id derives from its text's digest."""
        snapshot = text if isinstance(text, TextSnapshot) else TextSnapshot.of(text)
        return cls(
            id=content_id("art", snapshot.sha256),
            text=snapshot,
            title=title,
            authors=tuple(authors),
            outlet=outlet,
            published=published,
            url=url,
            language=language,
            section=section,
        )


# -- attribution ------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Hop:
    """One reporter in a relay chain: an outlet, agency or group that passed words on.

    ``date`` is the date the text gives for that report, as ISO 8601 at the
    precision given (``2022-09-16``, or ``--09-16`` when the year is not
    stated); ``date_mention`` anchors those words.
    """

    entity: str = attrs.field(validator=_non_empty)
    mention: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    cue: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    date: str | None = attrs.field(default=None, validator=_check_partial_date)
    date_mention: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))


@attrs.frozen(kw_only=True)
class Attribution:
    """Who said something, how the text says so, and how it travelled.

    ``chain`` lists the reporters from the one closest to the speaker to the
    one closest to the reader; when the article's own outlet is known it is
    the last hop.
    """

    speaker: str | None = attrs.field(default=None, validator=_optional(str))
    speaker_mention: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    cue: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    addressee: str | None = attrs.field(default=None, validator=_optional(str))
    addressee_mention: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    medium: str | None = attrs.field(default=None, validator=_optional(str))
    medium_mention: Anchor | None = attrs.field(default=None, validator=_optional(Anchor))
    chain: tuple[Hop, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Hop))

    def anchors(self) -> Iterator[tuple[str, Anchor]]:
        """Every anchor in this attribution with its path relative to it."""
        for name in ("speaker_mention", "cue", "addressee_mention", "medium_mention"):
            anchor = getattr(self, name)
            if anchor is not None:
                yield name, anchor
        for i, hop in enumerate(self.chain):
            for name in ("mention", "cue", "date_mention"):
                anchor = getattr(hop, name)
                if anchor is not None:
                    yield f"chain[{i}].{name}", anchor

    def entity_refs(self) -> Iterator[tuple[str, str]]:
        """Every entity id this attribution refers to, with its path."""
        if self.speaker is not None:
            yield "speaker", self.speaker
        if self.addressee is not None:
            yield "addressee", self.addressee
        for i, hop in enumerate(self.chain):
            yield f"chain[{i}].entity", hop.entity


# -- quotations -------------------------------------------------------------


class QuotationKind(enum.Enum):
    """What a stretch of text between quotation marks is."""

    DIRECT = "direct"  # a speaker's words, quoted as speech
    PARTIAL = "partial"  # a few quoted words inside reported speech (mixed quotation)
    SCARE = "scare"  # scare quotes, titles, nicknames: no speaker is implied
    BLOCK = "block"  # a quotation set off as its own paragraph(s) without marks


class AlterationKind(enum.Enum):
    """An editorial change inside a quotation."""

    ELLIPSIS = "ellipsis"  # words left out ("…", "...")
    INSERTION = "insertion"  # bracketed words added or replaced ("[the Russian soldiers]", "[T]he")
    SIC = "sic"  # "[sic]": an error kept as in the original


@attrs.frozen(kw_only=True)
class Alteration:
    """An anchored editorial change inside a quotation."""

    kind: AlterationKind = attrs.field(validator=attrs.validators.instance_of(AlterationKind))
    anchor: Anchor = attrs.field(validator=attrs.validators.instance_of(Anchor))


@checks_pass_when(
    "({open_mark} is None or {open_mark}.end <= {content}.span.start)"
    " and ({close_mark} is None or {close_mark}.start >= {content}.span.end)"
)
@attrs.frozen(kw_only=True)
class Segment:
    """One contiguous piece of a quotation, without its quotation marks.

    ``open_mark`` and ``close_mark`` are the spans of the marks around it, if
    any: a quotation split around its attribution has two segments, each
    with both marks; one running over paragraphs has a segment per
    paragraph, each opened and only the last closed.
    """

    content: Anchor = attrs.field(validator=attrs.validators.instance_of(Anchor))
    open_mark: Span | None = attrs.field(default=None, validator=_optional(Span))
    close_mark: Span | None = attrs.field(default=None, validator=_optional(Span))

    def __attrs_post_init__(self) -> None:
        if self.open_mark is not None and self.open_mark.end > self.content.start:
            raise ModelError(
                f"opening mark {self.open_mark.start}..{self.open_mark.end} does not precede "
                f"the content at {self.content.start}"
            )
        if self.close_mark is not None and self.close_mark.start < self.content.end:
            raise ModelError(
                f"closing mark {self.close_mark.start}..{self.close_mark.end} does not follow "
                f"the content ending at {self.content.end}"
            )

    @classmethod
    def create(
        cls, content: Anchor, *, open_mark: Span | None = None, close_mark: Span | None = None
    ) -> Segment:
        """A segment from its content anchor and optional mark spans."""
        return cls(content=content, open_mark=open_mark, close_mark=close_mark)


@checks_pass_when("len({segments}) == 1 and not {alterations}")
@attrs.frozen(kw_only=True)
class Quotation:
    """Verbatim words in the article, in one or more anchored segments."""

    id: str = attrs.field(validator=_non_empty)
    kind: QuotationKind = attrs.field(validator=attrs.validators.instance_of(QuotationKind))
    segments: tuple[Segment, ...] = attrs.field(converter=_tuple, validator=_tuple_of(Segment))
    attribution: Attribution | None = attrs.field(default=None, validator=_optional(Attribution))
    parent: str | None = attrs.field(default=None, validator=_optional(str))
    alterations: tuple[Alteration, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Alteration))

    def __attrs_post_init__(self) -> None:
        if not self.segments:
            raise ModelError("a quotation needs at least one segment")
        for i in range(1, len(self.segments)):
            before, after = self.segments[i - 1].content, self.segments[i].content
            if after.start < before.end:
                raise ModelError(
                    f"segment {i} starts at {after.start}, before segment {i - 1} ends "
                    f"at {before.end}: segments must be in text order and not overlap"
                )
        for i, alteration in enumerate(self.alterations):
            if not any(s.content.span.contains(alteration.anchor.span) for s in self.segments):
                raise ModelError(
                    f"alteration {i} at {alteration.anchor.start}..{alteration.anchor.end} "
                    "lies outside every segment of its quotation"
                )

    @classmethod
    def create(
        cls,
        segments: tuple[Segment, ...] | list[Segment],
        kind: QuotationKind = QuotationKind.DIRECT,
        *,
        attribution: Attribution | None = None,
        parent: str | None = None,
        alterations: tuple[Alteration, ...] = (),
    ) -> Quotation:
        """A quotation whose id derives from its text's digest and its segments' spans."""
        segments = tuple(segments)
        if not segments:
            raise ModelError("a quotation needs at least one segment")
        key = tuple((s.content.start, s.content.end) for s in segments)
        return cls(
            id=content_id("q", segments[0].content.sha256, key),
            kind=kind,
            segments=segments,
            attribution=attribution,
            parent=parent,
            alterations=tuple(sorted(alterations, key=lambda a: (a.anchor.start, a.anchor.end))),
        )

    @property
    def span(self) -> Span:
        """From the start of the first segment's content to the end of the last's."""
        return Span(self.segments[0].content.start, self.segments[-1].content.end)

    @property
    def words(self) -> tuple[str, ...]:
        """The exact words of each segment."""
        return tuple(s.content.exact for s in self.segments)

    @property
    def text(self) -> str:
        """The segments' words joined by single spaces."""
        return " ".join(self.words)

    def anchors(self) -> Iterator[tuple[str, Anchor]]:
        """Every anchor in this quotation with its path relative to it."""
        for i, segment in enumerate(self.segments):
            yield f"segments[{i}].content", segment.content
        for i, alteration in enumerate(self.alterations):
            yield f"alterations[{i}].anchor", alteration.anchor
        if self.attribution is not None:
            for path, anchor in self.attribution.anchors():
                yield f"attribution.{path}", anchor

    def contains(self, other: Quotation) -> bool:
        """True when every segment of ``other`` lies inside one of this quotation's segments."""
        return all(
            any(mine.content.span.contains(theirs.content.span) for mine in self.segments)
            for theirs in other.segments
        )


# -- claims -----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Claim:
    """An attributed statement that is not verbatim: indirect speech, "according to"."""

    id: str = attrs.field(validator=_non_empty)
    content: Anchor = attrs.field(validator=attrs.validators.instance_of(Anchor))
    attribution: Attribution = attrs.field(validator=attrs.validators.instance_of(Attribution))

    @classmethod
    def create(cls, content: Anchor, attribution: Attribution) -> Claim:
        """A claim whose id derives from its text's digest and content span."""
        return cls(
            id=content_id("c", content.sha256, content.start, content.end),
            content=content,
            attribution=attribution,
        )

    def anchors(self) -> Iterator[tuple[str, Anchor]]:
        """Every anchor in this claim with its path relative to it."""
        yield "content", self.content
        for path, anchor in self.attribution.anchors():
            yield f"attribution.{path}", anchor


# -- the record -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Record:
    """An article with its entities, quotations and claims, checked as a whole.

    Construction refuses any anchor that does not match the article text,
    mark spans outside the text, duplicate ids, references to unknown
    entities or quotations, and nested quotations outside their parent.
    """

    article: Article = attrs.field(validator=attrs.validators.instance_of(Article))
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Entity))
    quotations: tuple[Quotation, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Quotation))
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_tuple, validator=_tuple_of(Claim))
    _entity_index: dict[str, Entity] = attrs.field(init=False, eq=False, repr=False)
    _quotation_index: dict[str, Quotation] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        entities = _unique("entities", self.entities)
        quotations = _unique("quotations", self.quotations)
        claim_ids = _unique("claims", self.claims)
        del claim_ids
        object.__setattr__(self, "_entity_index", entities)
        object.__setattr__(self, "_quotation_index", quotations)
        if not self._fits():
            self._refuse_misfits(quotations)  # raises on the first problem, with its path
        for i, quotation in enumerate(self.quotations):
            if quotation.parent is not None:
                self._check_parent(i, quotation, quotations)

    def _refuse_misfits(self, quotations: dict[str, Quotation]) -> None:
        """Find and raise the first problem :meth:`_fits` saw, naming its path."""
        for path, anchor in self.anchors():
            _check_anchor(self.article.text, path, anchor)
        length = self.article.text.length
        for i, quotation in enumerate(self.quotations):
            for j, segment in enumerate(quotation.segments):
                _refuse_marks(length, f"$.quotations[{i}].segments[{j}]", segment)
            self._check_refs(f"$.quotations[{i}]", quotation.attribution)
            if quotation.parent is not None:
                self._check_parent(i, quotation, quotations)
        for i, claim in enumerate(self.claims):
            self._check_refs(f"$.claims[{i}]", claim.attribution)
        # The two passes test the same conditions; should they ever disagree, refuse anyway.
        raise ModelError("the record does not fit its text, but no check could say where")

    def _fits(self) -> bool:
        """True when every anchor matches the text, every mark lies in it and every entity
        reference resolves; cheap, and says nothing of where.

        A record can hold a hundred thousand anchors: one pass of plain loops
        gathers them, checking marks and references on the way, and one tight
        loop checks them against the text.
        """
        snapshot = self.article.text
        text, sha256, length = snapshot.text, snapshot.sha256, snapshot.length
        index = self._entity_index
        anchors: list[Anchor] = []
        add = anchors.append
        for entity in self.entities:
            anchors += entity.mentions
        for quotation in self.quotations:
            for segment in quotation.segments:
                add(segment.content)
                # An opening mark precedes its content (Segment's own rule), so it lies in the
                # text when the content does; only the closing mark can run past the end.
                if segment.close_mark is not None and segment.close_mark.end > length:
                    return False
            for alteration in quotation.alterations:
                add(alteration.anchor)
            if quotation.attribution is not None and not _attribution_fits(quotation.attribution, index, add):
                return False
        for claim in self.claims:
            add(claim.content)
            if not _attribution_fits(claim.attribution, index, add):
                return False
        startswith = text.startswith
        for anchor in anchors:
            # Prefix, exact text and suffix in one test: a prefix is never longer than its
            # start (Anchor's own rule), so the joined words must begin at start - len(prefix);
            # and where they do, the span ends inside the text.
            prefix = anchor.prefix
            if not (
                anchor.sha256 == sha256
                and startswith(prefix + anchor.exact + anchor.suffix, anchor.span.start - len(prefix))
            ):
                return False
        return True

    @staticmethod
    def _check_parent(i: int, quotation: Quotation, quotations: dict[str, Quotation]) -> None:
        parent = quotations.get(quotation.parent) if quotation.parent is not None else None
        if parent is None:
            raise ModelError(
                f"parent {quotation.parent!r} is not a quotation of this record",
                path=f"$.quotations[{i}].parent",
            )
        if parent is quotation:
            raise ModelError("a quotation cannot be its own parent", path=f"$.quotations[{i}].parent")
        if not parent.contains(quotation):
            raise ModelError(
                f"nested quotation {quotation.id} is not inside its parent {parent.id}",
                path=f"$.quotations[{i}].segments",
            )

    def _check_refs(self, path: str, attribution: Attribution | None) -> None:
        if attribution is None:
            return
        for ref_path, ref in attribution.entity_refs():
            if ref not in self._entity_index:
                raise ModelError(
                    f"{ref!r} is not an entity of this record",
                    path=f"{path}.attribution.{ref_path}",
                )

    @classmethod
    def create(
        cls,
        article: Article,
        *,
        entities: tuple[Entity, ...] | list[Entity] = (),
        quotations: tuple[Quotation, ...] | list[Quotation] = (),
        claims: tuple[Claim, ...] | list[Claim] = (),
    ) -> Record:
        """A record with quotations and claims in text order and entities by first mention."""
        return cls(
            article=article,
            entities=tuple(sorted(entities, key=_entity_order)),
            quotations=tuple(sorted(quotations, key=lambda q: (q.span.start, -q.span.end, q.id))),
            claims=tuple(sorted(claims, key=lambda c: (c.content.start, -c.content.end, c.id))),
        )

    # -- look-ups ----------------------------------------------------------

    @property
    def text(self) -> str:
        """The article's text."""
        return self.article.text.text

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id."""
        try:
            return self._entity_index[entity_id]
        except KeyError:
            raise ModelError(f"no entity {entity_id!r} in this record") from None

    def quotation(self, quotation_id: str) -> Quotation:
        """The quotation with this id."""
        try:
            return self._quotation_index[quotation_id]
        except KeyError:
            raise ModelError(f"no quotation {quotation_id!r} in this record") from None

    def children(self, quotation: Quotation) -> tuple[Quotation, ...]:
        """Quotations whose parent is ``quotation``."""
        return tuple(q for q in self.quotations if q.parent == quotation.id)

    def depth(self, quotation: Quotation) -> int:
        """0 for a top-level quotation, 1 for one nested in it, and so on."""
        depth = 0
        while quotation.parent is not None:
            quotation = self._quotation_index[quotation.parent]
            depth += 1
        return depth

    def speaker(self, item: Quotation | Claim) -> Entity | None:
        """The entity that said ``item``, if the record names one."""
        if item.attribution is None or item.attribution.speaker is None:
            return None
        return self.entity(item.attribution.speaker)

    def chain(self, item: Quotation | Claim) -> tuple[Entity, ...]:
        """The entities of ``item``'s relay chain, closest to the speaker first."""
        if item.attribution is None:
            return ()
        return tuple(self.entity(hop.entity) for hop in item.attribution.chain)

    def anchors(self) -> Iterator[tuple[str, Anchor]]:
        """Every anchor in the record with its JSON path."""
        for i, entity in enumerate(self.entities):
            for j, anchor in enumerate(entity.mentions):
                yield f"$.entities[{i}].mentions[{j}]", anchor
        for i, quotation in enumerate(self.quotations):
            for path, anchor in quotation.anchors():
                yield f"$.quotations[{i}].{path}", anchor
        for i, claim in enumerate(self.claims):
            for path, anchor in claim.anchors():
                yield f"$.claims[{i}].{path}", anchor


def _entity_order(entity: Entity) -> tuple[int, str]:
    first = min((m.start for m in entity.mentions), default=2**62)
    return (first, entity.id)


_Identified = TypeVar("_Identified", Entity, Quotation, Claim)


def _unique(field: str, items: tuple[_Identified, ...]) -> dict[str, _Identified]:
    index: dict[str, _Identified] = {}
    for i, item in enumerate(items):
        if item.id in index:
            raise ModelError(f"duplicate id {item.id!r}", path=f"$.{field}[{i}].id")
        index[item.id] = item
    return index


def _attribution_fits(attribution: Attribution, index: dict[str, Entity], add: Callable[[Anchor], object]) -> bool:
    """True when every entity ``attribution`` names is in ``index``; passes its anchors to ``add``."""
    speaker, addressee = attribution.speaker, attribution.addressee
    if (speaker is not None and speaker not in index) or (addressee is not None and addressee not in index):
        return False
    for anchor in (attribution.speaker_mention, attribution.cue, attribution.addressee_mention, attribution.medium_mention):
        if anchor is not None:
            add(anchor)
    for hop in attribution.chain:
        if hop.entity not in index:
            return False
        for anchor in (hop.mention, hop.cue, hop.date_mention):
            if anchor is not None:
                add(anchor)
    return True


def _refuse_marks(length: int, path: str, segment: Segment) -> None:
    for name, mark in (("open_mark", segment.open_mark), ("close_mark", segment.close_mark)):
        if mark is not None and mark.end > length:
            raise ModelError(
                f"{name} {mark.start}..{mark.end} runs past the end of the text ({length} code points)",
                path=f"{path}.{name}",
            )


def _check_anchor(snapshot: TextSnapshot, path: str, anchor: Anchor) -> None:
    if anchor.sha256 != snapshot.sha256:
        raise ModelError(
            f"anchor belongs to another text (sha256 {anchor.sha256[:12]}…, "
            f"the article's is {snapshot.sha256[:12]}…)",
            path=f"{path}.sha256",
        )
    if anchor.end > snapshot.length:
        raise ModelError(
            f"span {anchor.start}..{anchor.end} runs past the end of the text "
            f"({snapshot.length} code points)",
            path=f"{path}.end",
        )
    text = snapshot.text
    if not text.startswith(anchor.exact, anchor.start):
        raise ModelError(
            f"exact text {anchor.exact[:40]!r} differs from the text at "
            f"{anchor.start}..{anchor.end} ({text[anchor.start:anchor.end][:40]!r})",
            path=f"{path}.exact",
            source=text,
            span=(anchor.start, anchor.end),
        )
    if not text.endswith(anchor.prefix, 0, anchor.start):
        raise ModelError(f"prefix {anchor.prefix!r} does not precede offset {anchor.start}", path=f"{path}.prefix")
    if not text.startswith(anchor.suffix, anchor.end):
        raise ModelError(f"suffix {anchor.suffix!r} does not follow offset {anchor.end}", path=f"{path}.suffix")
