"""The vocabulary of the hand-written gold annotations.

An annotation never types an offset.  Every place in the text is given by
its exact words (:class:`W`), narrowed where the words are ambiguous by
``occurrence=`` (0-based, among the matches in the search scope) or
``within=`` (a longer phrase, unique in the whole text, that contains them).
Matches are whole words unless ``glued=True``.
Without ``within`` the scope of an attribution's words is the paragraph(s)
of the item they belong to; a quotation's content and an entity's extra
mentions are searched in the whole text.

Entities are referred to by a short key; the builder turns keys into ids.
"""

from __future__ import annotations

import attrs

from provenance.model import AlterationKind, EntityKind, QuotationKind

__all__ = [
    "Alt",
    "By",
    "ClaimSpec",
    "Ent",
    "H",
    "Quote",
    "Seed",
    "Seg",
    "W",
    "Words",
    "words",
]


@attrs.frozen
class W:
    """Words of the text, found by their exact form (never by offsets)."""

    exact: str
    occurrence: int | None = attrs.field(default=None, kw_only=True)
    within: str | None = attrs.field(default=None, kw_only=True)
    #: The words run into a neighbouring word (a photo credit glued to its
    #: caption); otherwise matches inside a longer word are skipped.
    glued: bool = attrs.field(default=False, kw_only=True)


#: Plain strings are accepted wherever words are expected: ``"said"`` is ``W("said")``.
Words = W | str


def words(value: Words | None) -> W | None:
    """Normalise a plain string to :class:`W`."""
    if value is None or isinstance(value, W):
        return value
    return W(value)


@attrs.frozen
class Ent:
    """An entity: its key, fullest name, kind, other names and role.

    ``auto`` (the default) anchors every whole-word occurrence of the name
    and aliases as a mention; generic common-noun groups ("Russian troops")
    switch it off and list the mentions that do refer to them in ``extra``.
    Mentions used in attributions (speaker, addressee, relay hop) are added
    by the builder.
    """

    key: str
    name: str
    kind: EntityKind = EntityKind.PERSON
    aliases: tuple[str, ...] = ()
    description: str | None = None
    auto: bool = True
    extra: tuple[Words, ...] = ()


@attrs.frozen
class H:
    """One hop of a relay chain: the entity key, its mention, cue and date."""

    entity: str
    mention: Words | None = None
    cue: Words | None = None
    date: str | None = None
    date_mention: Words | None = None


@attrs.frozen(kw_only=True)
class By:
    """An attribution: speaker (entity key), cue, addressee, medium and relay chain.

    The article's own outlet, when known, is appended to every chain by the
    builder; ``chain`` lists only the hops before it.
    """

    speaker: str | None = None
    mention: Words | None = None
    cue: Words | None = None
    addressee: str | None = None
    addressee_mention: Words | None = None
    medium: str | None = None
    medium_mention: Words | None = None
    chain: tuple[H, ...] = ()


@attrs.frozen
class Seg:
    """One segment's content; the marks are the characters right around it."""

    content: Words
    opened: bool = attrs.field(default=True, kw_only=True)
    closed: bool = attrs.field(default=True, kw_only=True)


@attrs.frozen
class Alt:
    """An editorial alteration inside a quotation."""

    kind: AlterationKind
    words: Words


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: segments, kind, attribution, parent (by key) and alterations."""

    segments: tuple[Seg, ...]
    kind: QuotationKind = QuotationKind.DIRECT
    by: By | None = None
    key: str | None = None
    parent: str | None = None
    alterations: tuple[Alt, ...] = ()


@attrs.frozen
class ClaimSpec:
    """An attributed statement that is not verbatim."""

    content: Words
    by: By


@attrs.frozen(kw_only=True)
class Seed:
    """Everything annotated for one seed article.

    ``outlet`` is the key of the article's own outlet when the text names it.
    """

    stem: str
    entities: tuple[Ent, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[ClaimSpec, ...]
    outlet: str | None = None
