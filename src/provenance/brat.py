"""brat standoff import and export, in the convention of the PARC and PolNeAR corpora.

A document is a ``.txt`` file and an ``.ann`` file of annotations whose
offsets count characters of the ``.txt``.  Attributions are written as
text-bound annotations and the events and relations linking them::

    T1	Source 15 27	Anna Petrova
    T2	Cue 28 32	said
    T3	Content 0 13	“We will win”
    E1	Attribution:T2 Source:T1 Content:T3

A ``Content`` span *includes* its quotation marks; a quotation split around
its attribution is one discontinuous span (``T3	Content 0 9;30 40	…``,
fragments joined by a space in the text field).  Importing turns every
Content into a quotation (when it is enclosed in quotation marks) or a claim
(when it is not, and is attributed); a claim containing quoted words also
gives a ``partial`` quotation for each of them.  Sources become entities,
merged when their normalised text is equal.

What :func:`dump` writes beyond the core convention (and :func:`load` reads):

- ``R1	Attribution Arg1:T3 Arg2:T1`` links a Content to a Source (or a Cue)
  when the attribution has no cue to serve as an event trigger;
- relay hops as ``Relay`` text-bound annotations linked by ``Via`` relations
  (``R2	Via Arg1:T3 Arg2:T4``, in chain order: the lower relation number is
  closer to the speaker), a hop's own cue by ``HopCue Arg1:<Relay> Arg2:<Cue>``;
- nesting as ``Parent Arg1:<inner Content> Arg2:<outer Content>`` (a file with
  no Parent relation gets parents by containment);
- ``A1	Kind T3 partial`` (``direct``, ``partial``, ``scare``, ``block`` or
  ``claim``) and ``A2	EntityKind T1 outlet``;
- ``#1	AnnotatorNotes T1	Vladimir Putin``: the entity a Source or Relay
  mention stands for; on a Content, ``marks: 1-1,1-0`` gives each fragment's
  opening and closing mark lengths where the first and last characters would
  mislead.

Not exported: entity mentions other than those of speakers and hops,
alterations, addressees, media and hop dates.

**Offsets and line ends.**  By default offsets are code points of the
``.txt`` exactly as stored, a CRLF counting as two.  brat's own reader
counts a CRLF as one character; pass ``crlf_as_one=True`` to read or write
offsets in that count (they are converted, never the text).  Line breaks in
an annotation's text field are written as spaces and compared as such.

>>> from provenance.model import Anchor, Article, Quotation, Record, Segment
>>> txt = "“Go,” Ann said."
>>> ann = "T1\\tContent 0 5\\t“Go,”\\nT2\\tSource 6 9\\tAnn\\nT3\\tCue 10 14\\tsaid\\n"
>>> ann += "E1\\tAttribution:T3 Source:T1 Content:T2\\n"
>>> load(txt, ann)
Traceback (most recent call last):
...
provenance.errors.FormatError: Content:T2 points at a Source annotation, not a Content @ ann:line 4
>>> record = load(txt, ann.replace("Source:T1 Content:T2", "Source:T2 Content:T1"))
>>> [(q.text, record.speaker(q).name) for q in record.quotations]
[('Go,', 'Ann')]
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Final

import attrs
import regex

from provenance._names import COURTESY_TITLES, normalise_name
from provenance.anchors import Anchor, Span
from provenance.errors import FormatError, ProvenanceError
from provenance.extract._cues import (
    ORGANISATION_WORDS,
    PARTY_LABELS,
    ROLE_NOUNS,
    is_given_name,
    is_initial,
    is_title_word,
)
from provenance.model import (
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from provenance.text import TextSnapshot

__all__ = ["dump", "dump_files", "load", "load_files"]

# -- the line grammar ---------------------------------------------------------

# The type and fragments of a text-bound annotation: "Content 0 9;30 40".
# Fragments are digit runs separated by single spaces and semicolons, so the
# pattern cannot backtrack.
_TEXT_BOUND: Final = regex.compile(
    r"""
    \A
    (?P<type>[^\s:;]+)                    # annotation type
    \x20
    (?P<fragments>\d+\x20\d+              # first fragment: start end
        (?:;\d+\x20\d+)*)                 # more fragments of a discontinuous span
    \Z
    """,
    regex.VERBOSE,
)
# An argument "Role:T12" of an event or relation (or the "Type:T3" head of an event).
_ARGUMENT: Final = regex.compile(
    r"""
    \A
    (?P<role>[^\s:]+)                     # role or event type
    :
    (?P<id>[TE]\d+)                       # text-bound or event id
    \Z
    """,
    regex.VERBOSE,
)
# Ids per line kind: T text-bound, E event, R relation, A/M attribute,
# N normalisation, # note; "*" starts an equivalence line.
_ID: Final = regex.compile(r"\A(?:[TERAMN#]\d+|\*)\Z")

_QUOTATION_KINDS: Final = {kind.value: kind for kind in QuotationKind}
_ENTITY_KINDS: Final = {kind.value: kind for kind in EntityKind}
_MARKS_NOTE: Final = regex.compile(
    r"""
    \A marks:\x20
    (?P<pairs>\d+-\d+(?:,\d+-\d+)*)       # open-close mark lengths, one pair per fragment
    \Z
    """,
    regex.VERBOSE,
)

# Quotation marks: what may open and what may close a quotation.  Both
# lists hold the German „…“ and ‚…‘ and the straight marks.
_OPENING: Final = frozenset("“‘«‹„‚「『\"'")
_CLOSING: Final = frozenset("”’»›“‘」』\"'")
# Closers for each opener, for finding quoted words inside a claim.
_PAIRS: Final = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "'": "'",
}
# Single marks that may also be apostrophes (don't, ’90s, Ukraine’s).
_APOSTROPHES: Final = frozenset("‘’'")
# "(D-N.C.)", "(R)": a party and state tag after a politician's name.
_PARTY_TAG: Final = regex.compile(r"\s?\([^()]{1,20}\)")
_NAME_PARTICLES: Final = frozenset(["de", "da", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "dos"])
_PRONOUNS: Final = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "hers", "its", "their", "theirs"]
)


# -- parsed lines --------------------------------------------------------------


@attrs.frozen
class _TextBound:
    id: str
    type: str
    fragments: tuple[Span, ...]  # code points of the .txt
    line: int

    @property
    def extent(self) -> Span:
        return Span(self.fragments[0].start, self.fragments[-1].end)


@attrs.frozen
class _Link:
    """An event or relation: a type, a trigger (events only) and (role, id) arguments."""

    id: str
    type: str
    trigger: str | None
    arguments: tuple[tuple[str, str], ...]
    line: int


@attrs.frozen
class _Parsed:
    text_bound: dict[str, _TextBound]
    links: list[_Link]
    attributes: dict[str, list[tuple[str, str | None, int]]]  # target -> (name, value, line)
    notes: dict[str, list[tuple[str, int]]]  # target -> (text, line)
    equivalences: list[tuple[tuple[str, ...], int]]


class _Offsets:
    """Converts brat offsets to code points of the text and back.

    With ``crlf_as_one`` brat offsets count every CRLF as one character.
    """

    def __init__(self, snapshot: TextSnapshot, crlf_as_one: bool) -> None:
        self.snapshot = snapshot
        text = self.text = snapshot.text
        self.crlf_as_one = crlf_as_one
        self.pairs: list[int] = []  # collapsed offsets of each CRLF's CR
        if crlf_as_one:
            index = text.find("\r\n")
            while index != -1:
                self.pairs.append(index - len(self.pairs))
                index = text.find("\r\n", index + 2)
        self.raw_pairs = [p + i for i, p in enumerate(self.pairs)]  # the same CRs in the text
        self.length = len(text) - len(self.pairs)

    def to_text(self, offset: int) -> int:
        """Code-point offset of a brat offset: add the CRLFs before it."""
        return offset + bisect.bisect_left(self.pairs, offset)

    def from_text(self, offset: int) -> int:
        """brat offset of a code-point offset: subtract the CRLFs before it."""
        return offset - bisect.bisect_left(self.raw_pairs, offset)

    def shown(self, span: Span) -> str:
        """The text of ``span`` as a brat text field shows it."""
        piece = self.text[span.start : span.end]
        if self.crlf_as_one:
            piece = piece.replace("\r\n", "\n")
        return piece.replace("\r", " ").replace("\n", " ")


# -- reading ---------------------------------------------------------------------


def _error(message: str, name: str, line: int | None = None) -> FormatError:
    return FormatError(message, path=name if line is None else f"{name}:line {line}")


def _parse(ann: str, offsets: _Offsets, name: str) -> _Parsed:
    text_bound: dict[str, _TextBound] = {}
    links: list[_Link] = []
    attributes: dict[str, list[tuple[str, str | None, int]]] = defaultdict(list)
    notes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    equivalences: list[tuple[tuple[str, ...], int]] = []
    seen: dict[str, int] = {}
    references: list[tuple[str, int]] = []

    # Split on LF only: a text field may hold other Unicode line separators.
    for number, raw in enumerate(ann.split("\n"), start=1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if not line.strip():
            continue
        ident, tab, rest = line.partition("\t")
        if not tab or not _ID.match(ident):
            raise _error(f"malformed line {_short(line)}: expected an id such as T1, E1, R1, A1 or #1, then a tab", name, number)
        if ident != "*":
            if ident in seen:
                raise _error(f"id {ident} is already used on line {seen[ident]}", name, number)
            seen[ident] = number
        kind = ident[0]
        if kind == "T":
            text_bound[ident] = _parse_text_bound(ident, rest, offsets, name, number)
        elif kind in "ER":
            link = _parse_link(ident, rest, name, number)
            links.append(link)
            references.extend((target, number) for target in _link_targets(link))
        elif kind in "AM":
            fields = rest.split(" ")
            if len(fields) not in (2, 3) or not all(fields):
                raise _error(f"malformed attribute {_short(rest)}: expected 'Name ID [value]'", name, number)
            attributes[fields[1]].append((fields[0], fields[2] if len(fields) == 3 else None, number))
            references.append((fields[1], number))
        elif kind == "N":
            head, tab, _ = rest.partition("\t")
            fields = head.split(" ")
            if not tab or len(fields) != 3 or not all(fields):
                raise _error(f"malformed normalisation {_short(rest)}: expected 'Type ID ref<tab>text'", name, number)
            references.append((fields[1], number))
        elif kind == "#":
            head, tab, note = rest.partition("\t")
            fields = head.split(" ")
            if len(fields) != 2 or not all(fields):
                raise _error(f"malformed note {_short(rest)}: expected 'Type ID<tab>text'", name, number)
            notes[fields[1]].append((note, number))
            references.append((fields[1], number))
        else:  # "*": an equivalence
            fields = rest.split(" ")
            if len(fields) < 3 or not all(fields):
                raise _error(f"malformed equivalence {_short(rest)}: expected 'Equiv ID ID…'", name, number)
            equivalences.append((tuple(fields[1:]), number))
            references.extend((target, number) for target in fields[1:])
    for target, number in references:
        if target not in seen:
            raise _error(f"unknown id {target}", name, number)
    return _Parsed(text_bound, links, dict(attributes), dict(notes), equivalences)


def _parse_text_bound(ident: str, rest: str, offsets: _Offsets, name: str, number: int) -> _TextBound:
    head, tab, shown = rest.partition("\t")
    match = _TEXT_BOUND.match(head)
    if not tab or match is None:
        raise _error(
            f"malformed text-bound annotation {_short(rest)}: expected 'Type start end[;start end…]<tab>text'",
            name,
            number,
        )
    fragments: list[Span] = []
    for piece in match["fragments"].split(";"):
        start_text, end_text = piece.split(" ")
        start, end = int(start_text), int(end_text)
        if not start < end <= offsets.length:
            raise _error(
                f"bad offsets {start} {end} in {ident}: a fragment needs start < end <= "
                f"{offsets.length} (the length of the .txt)",
                name,
                number,
            )
        fragment = Span(offsets.to_text(start), offsets.to_text(end))
        for offset in (fragment.start, fragment.end):
            if offsets.snapshot.splits_grapheme(offset):
                hint = (
                    " (offsets that count a CRLF as one character need crlf_as_one)"
                    if offsets.snapshot.splits_crlf(offset)
                    else ""
                )
                raise _error(
                    f"offset {offset} of {ident} splits a grapheme cluster or a CRLF{hint}", name, number
                )
        fragments.append(fragment)
    # The text field follows the fragments as listed; annotators sometimes list
    # them out of text order, which is kept as long as they do not overlap.
    expected = " ".join(offsets.shown(f) for f in fragments)
    if shown != expected:
        raise _error(
            f"text of {ident} is {_short(shown)} but the .txt has {_short(expected)} there",
            name,
            number,
        )
    fragments.sort(key=lambda f: f.start)
    if any(a.end > b.start for a, b in itertools.pairwise(fragments)):
        raise _error(f"fragments of {ident} overlap", name, number)
    return _TextBound(ident, match["type"], tuple(fragments), number)


def _parse_link(ident: str, rest: str, name: str, number: int) -> _Link:
    tokens = rest.split()
    if ident[0] == "E":
        if not tokens or (head := _ARGUMENT.match(tokens[0])) is None or not head["id"].startswith("T"):
            raise _error(f"malformed event {_short(rest)}: expected 'Type:T1 Role:T2 …'", name, number)
        kind, trigger, argument_tokens = head["role"], head["id"], tokens[1:]
    else:
        if len(tokens) != 3:
            raise _error(f"malformed relation {_short(rest)}: expected 'Type Arg1:T1 Arg2:T2'", name, number)
        kind, trigger, argument_tokens = tokens[0], None, tokens[1:]
    arguments = []
    for token in argument_tokens:
        match = _ARGUMENT.match(token)
        if match is None:
            raise _error(f"malformed argument {_short(token)}: expected 'Role:ID'", name, number)
        arguments.append((match["role"], match["id"]))
    if ident[0] == "R" and [role for role, _ in arguments] != ["Arg1", "Arg2"]:
        raise _error(f"relation {ident} needs arguments Arg1 and Arg2, in that order", name, number)
    return _Link(ident, kind, trigger, tuple(arguments), number)


def _link_targets(link: _Link) -> Iterable[str]:
    if link.trigger is not None:
        yield link.trigger
    for _, target in link.arguments:
        yield target


def _short(value: str, limit: int = 50) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


# -- from annotations to a record ------------------------------------------------


@attrs.define
class _Attributed:
    """What the annotations say about one Content: its source, cue and relays."""

    source: _TextBound | None = None
    cue: _TextBound | None = None
    relays: list[tuple[tuple[int, int], _TextBound]] = attrs.field(factory=list)


class _Builder:
    """Turns parsed annotations into model objects, naming the line of every problem."""

    def __init__(self, parsed: _Parsed, snapshot: TextSnapshot, name: str) -> None:
        self.parsed = parsed
        self.snapshot = snapshot
        self.name = name
        self.entity_of: dict[str, str] = {}
        self.entities: list[Entity] = []
        self.found: dict[str, _Attributed] = defaultdict(_Attributed)
        self.hop_cues: dict[str, _TextBound] = {}
        # A Cue argument may point at a span of any type but those of the other roles
        # (annotators sometimes link a Discuss span); the types are the document's.
        self.cue_types = (
            "Cue",
            *sorted({b.type for b in parsed.text_bound.values()} - {"Cue", "Source", "Content", "Relay"}),
        )
        # The name each Source or Relay span gives (a note, or the proper name in its text)
        # and the description around it, worked out once per span.
        self.source_names: dict[str, tuple[str, str | None]] = {}

    def error(self, message: str, line: int | None) -> FormatError:
        return _error(message, self.name, line)

    def anchor(self, bound: _TextBound) -> Anchor:
        """An anchor over the whole extent of a (possibly discontinuous) annotation."""
        return self.anchor_at(bound.extent.start, bound.extent.end, bound.line)

    def anchor_at(self, start: int, end: int, line: int) -> Anchor:
        try:
            return Anchor.at(self.snapshot, start, end)
        except ProvenanceError as exc:
            raise self.error(exc.message, line) from None

    def bound(self, ident: str, types: Sequence[str], role: str, line: int) -> _TextBound:
        found = self.parsed.text_bound.get(ident)
        if found is None:
            raise self.error(f"{role}:{ident} must be a text-bound annotation", line)
        if found.type not in types:
            raise self.error(f"{role}:{ident} points at a {found.type} annotation, not a {' or '.join(types)}", line)
        return found

    def attribute(self, ident: str, name: str) -> tuple[str, int] | None:
        values = [(v, line) for n, v, line in self.parsed.attributes.get(ident, ()) if n == name]
        if not values:
            return None
        if len(values) > 1:
            raise self.error(f"{ident} has {len(values)} {name} attributes", values[1][1])
        value, line = values[0]
        if value is None:
            raise self.error(f"attribute {name} of {ident} needs a value", line)
        return value, line

    # -- entities --

    def build_entities(self) -> None:
        mentions = [b for b in self.parsed.text_bound.values() if b.type in ("Source", "Relay")]
        parent = {b.id: b.id for b in mentions}

        def root(ident: str) -> str:
            while parent[ident] != ident:
                parent[ident] = parent[parent[ident]]
                ident = parent[ident]
            return ident

        def union(a: str, b: str) -> None:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        self.source_names = {b.id: _name_and_description(self.anchor(b).exact) for b in mentions}
        names = {b.id: self.entity_name(b) or self.source_names[b.id][0] for b in mentions}
        by_key: dict[str, str] = {}
        for bound in sorted(mentions, key=lambda b: (b.extent.start, b.line)):
            key = normalise_name(names[bound.id])
            if key in by_key:
                union(by_key[key], bound.id)
            else:
                by_key[key] = bound.id
        _merge_surnames(by_key, names, union)
        for equivalent, _ in self.parsed.equivalences:
            known = [m for m in equivalent if m in parent]
            for other in known[1:]:
                union(known[0], other)
        groups: dict[str, list[_TextBound]] = defaultdict(list)
        for bound in sorted(mentions, key=lambda b: (b.extent.start, b.line)):
            groups[root(bound.id)].append(bound)
        for group in groups.values():
            entity = self.make_entity(group)
            for member in group:
                self.entity_of[member.id] = entity.id
            self.entities.append(entity)
        seen: set[str] = set()
        for entity in self.entities:
            if entity.id in seen:
                raise self.error(f"two groups of sources both name the entity {entity.name!r}", None)
            seen.add(entity.id)

    def entity_name(self, bound: _TextBound) -> str | None:
        notes = self.parsed.notes.get(bound.id, [])
        if len(notes) > 1:
            raise self.error(f"{bound.id} has {len(notes)} notes; one names its entity", notes[1][1])
        if notes and not notes[0][0].strip():
            raise self.error(f"the note on {bound.id} names no entity", notes[0][1])
        return notes[0][0] if notes else None

    def make_entity(self, members: list[_TextBound]) -> Entity:
        anchors = {}
        for member in members:
            anchor = self.anchor(member)
            anchors[anchor.span] = anchor
        named = [n for n in (self.entity_name(m) for m in members) if n is not None]
        # A source span may hold an appositive ("Ruth Vance, the city's finance
        # director,"): the name is the entity's, the rest its description.
        split = [self.source_names[m.id] for m in members]
        spoken = [n for n, _ in split]
        description = next((d for _, d in split if d is not None), None)
        name = named[0] if named else max(spoken, key=len)
        forms = named if named else [s for s in spoken if s.casefold() not in _PRONOUNS]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        kind = None
        for member in members:
            found = self.attribute(member.id, "EntityKind")
            if found is not None:
                if found[0] not in _ENTITY_KINDS:
                    raise self.error(f"unknown EntityKind {found[0]!r}; expected one of {', '.join(_ENTITY_KINDS)}", found[1])
                kind = kind or _ENTITY_KINDS[found[0]]
        if kind is None:
            kind = EntityKind.OUTLET if all(m.type == "Relay" for m in members) else EntityKind.UNKNOWN
        try:
            return Entity.create(
                name, kind, aliases=aliases, description=description, mentions=tuple(anchors.values())
            )
        except ProvenanceError as exc:
            raise self.error(exc.message, members[0].line) from None

    # -- attributions --

    def set_part(self, content: _TextBound, part: str, value: _TextBound, line: int) -> None:
        """Record the source or cue of a Content, refusing a second one."""
        found = self.found[content.id]
        if getattr(found, part) is not None:
            raise self.error(
                f"Content {content.id} has a second {part} ({value.id}); an item has one {part}", line
            )
        setattr(found, part, value)

    def attributions(self) -> None:
        """Collect sources, cues and relays per Content from every event and relation."""
        for link in self.parsed.links:
            # PolNeAR also writes "Attribution-no-source" events.
            if link.trigger is not None and link.type.startswith("Attribution"):
                self.event(link)
            elif link.trigger is None and link.type in ("Attribution", "Via", "HopCue"):
                self.relation(link)

    def relation(self, link: _Link) -> None:
        (_, first), (_, second) = link.arguments
        if link.type == "Attribution":
            content = self.bound(first, ("Content",), "Arg1", link.line)
            other = self.bound(second, ("Source", "Cue"), "Arg2", link.line)
            self.set_part(content, "source" if other.type == "Source" else "cue", other, link.line)
        elif link.type == "Via":
            content = self.bound(first, ("Content",), "Arg1", link.line)
            relay = self.bound(second, ("Relay",), "Arg2", link.line)
            self.found[content.id].relays.append(((1, int(link.id[1:])), relay))
        else:  # HopCue
            relay = self.bound(first, ("Relay",), "Arg1", link.line)
            cue = self.bound(second, ("Cue",), "Arg2", link.line)
            if relay.id in self.hop_cues:
                raise self.error(f"Relay {relay.id} has a second cue ({cue.id})", link.line)
            self.hop_cues[relay.id] = cue

    def event(self, link: _Link) -> None:
        """An attribution event: its trigger is a Cue, or (PolNeAR) a text-bound of the event's type
        over the cue words, with the Cue as an argument of its own."""
        assert link.trigger is not None
        if not link.arguments:
            return  # an event left without arguments (an abandoned annotation) says nothing
        trigger = self.bound(link.trigger, tuple(dict.fromkeys(("Cue", "Attribution", link.type))), link.type, link.line)
        roles: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for role, target in link.arguments:
            base = role.rstrip("0123456789")
            roles[base].append((int(role[len(base) :] or 1), target))
        unknown = set(roles) - {"Source", "Content", "Cue", "Via"}
        if unknown:
            raise self.error(
                f"unknown role {sorted(unknown)[0]!r} in event {link.id}; expected Source, Content, Cue or Via",
                link.line,
            )
        if len(roles.get("Content", ())) != 1:
            raise self.error(f"event {link.id} needs exactly one Content argument", link.line)
        if len(roles.get("Source", ())) > 1:
            raise self.error(f"event {link.id} has several sources; an item has one speaker", link.line)
        if len(roles.get("Cue", ())) > 1:
            raise self.error(f"event {link.id} has several Cue arguments; an item has one cue", link.line)
        content = self.bound(roles["Content"][0][1], ("Content",), "Content", link.line)
        cues = roles.get("Cue")
        cue = trigger if not cues else self.bound(cues[0][1], self.cue_types, "Cue", link.line)
        self.set_part(content, "cue", cue, link.line)
        for _, target in roles.get("Source", ()):
            self.set_part(content, "source", self.bound(target, ("Source",), "Source", link.line), link.line)
        for order, target in roles.get("Via", ()):
            relay = self.bound(target, ("Relay",), "Via", link.line)
            self.found[content.id].relays.append(((0, order), relay))

    def attribution(self, info: _Attributed | None) -> Attribution | None:
        if info is None or (info.source is None and info.cue is None and not info.relays):
            return None
        chain = []
        for _, relay in sorted(info.relays, key=lambda r: r[0]):
            hop_cue = self.hop_cues.get(relay.id)
            chain.append(
                Hop(
                    entity=self.entity_of[relay.id],
                    mention=self.anchor(relay),
                    cue=None if hop_cue is None else self.anchor(hop_cue),
                )
            )
        return Attribution(
            speaker=None if info.source is None else self.entity_of[info.source.id],
            speaker_mention=None if info.source is None else self.anchor(info.source),
            cue=None if info.cue is None else self.anchor(info.cue),
            chain=tuple(chain),
        )

    # -- items --

    def marks(self, content: _TextBound) -> list[tuple[int, int]] | None:
        """Explicit mark lengths from a ``marks:`` note, if there is one."""
        # Annotators leave free-text notes too; only those opening "marks:" are ours.
        notes = [(n, line) for n, line in self.parsed.notes.get(content.id, []) if n.startswith("marks:")]
        if not notes:
            return None
        if len(notes) > 1:
            raise self.error(f"{content.id} has {len(notes)} marks notes", notes[1][1])
        note, line = notes[0]
        match = _MARKS_NOTE.match(note)
        if match is None:
            raise self.error(f"note on Content {content.id} must read 'marks: O-C[,O-C…]' (got {_short(note)})", line)
        pairs = [tuple(map(int, p.split("-"))) for p in match["pairs"].split(",")]
        if len(pairs) != len(content.fragments):
            raise self.error(f"marks note gives {len(pairs)} fragment(s); {content.id} has {len(content.fragments)}", line)
        for (opening, closing), fragment in zip(pairs, content.fragments, strict=True):
            if opening + closing > len(fragment):
                raise self.error(f"marks of {opening}+{closing} do not fit in a fragment of {len(fragment)}", line)
        return [(p[0], p[1]) for p in pairs]

    def segments(self, content: _TextBound, marks: list[tuple[int, int]]) -> tuple[Segment, ...]:
        segments = []
        for (opening, closing), fragment in zip(marks, content.fragments, strict=True):
            lead, trail = _padding(self.snapshot.text, fragment) if (opening or closing) else (0, 0)
            start, end = fragment.start + lead + opening, fragment.end - trail - closing
            if start >= end:
                raise self.error(f"quotation {content.id} has an empty fragment inside its marks", content.line)
            segments.append(
                Segment.create(
                    self.anchor_at(start, end, content.line),
                    open_mark=Span(start - opening, start) if opening else None,
                    close_mark=Span(end, end + closing) if closing else None,
                )
            )
        return tuple(segments)

    def items(self) -> tuple[list[Quotation], list[Claim]]:
        quotations: dict[str, tuple[Quotation, _TextBound]] = {}
        claims: dict[str, tuple[Claim, _TextBound]] = {}
        by_content: dict[str, str] = {}

        def add_quotation(quotation: Quotation, bound: _TextBound) -> None:
            # The same quotation annotated twice (same segments, same attribution)
            # is one quotation: ids are derived from content, so nothing is lost.
            quotations.setdefault(quotation.id, (quotation, bound))

        contents = sorted(
            (b for b in self.parsed.text_bound.values() if b.type == "Content"), key=lambda b: b.line
        )
        for content in contents:
            attribution = self.attribution(self.found.get(content.id))
            stated = self.attribute(content.id, "Kind")
            if stated is not None and stated[0] not in (*_QUOTATION_KINDS, "claim"):
                raise self.error(
                    f"unknown Kind {stated[0]!r}; expected one of {', '.join(_QUOTATION_KINDS)} or claim", stated[1]
                )
            explicit = self.marks(content)
            if explicit is None:
                content = _with_stray_mark(self.snapshot.text, content)
            inferred = [_inferred_marks(self.snapshot.text, f) for f in content.fragments]
            marks = explicit if explicit is not None else inferred
            quoted = bool(marks[0][0]) and bool(marks[-1][1])
            if stated is not None and stated[0] != "claim":
                kind: QuotationKind | None = _QUOTATION_KINDS[stated[0]]
            elif stated is None and quoted:
                kind = QuotationKind.DIRECT if attribution is not None else QuotationKind.SCARE
            else:
                kind = None
            if kind is not None:
                quotation = Quotation.create(self.segments(content, marks), kind, attribution=attribution)
                add_quotation(quotation, content)
                by_content[content.id] = quotation.id
                continue
            # A Content with no marks and no attribution is still a statement the
            # annotator marked: a claim whose speaker is not given.
            attribution = attribution or Attribution()
            claim = Claim.create(self.anchor(content), attribution)
            if claim.id in claims:
                continue  # annotated twice: one claim
            claims[claim.id] = (claim, content)
            if stated is None:
                for fragment in content.fragments:
                    for start, end, mark in _quoted_stretches(self.snapshot.text, fragment):
                        segment = Segment.create(
                            self.anchor_at(start, end, content.line),
                            open_mark=Span(start - mark, start),
                            close_mark=Span(end, end + mark),
                        )
                        partial = Quotation.create([segment], QuotationKind.PARTIAL, attribution=attribution)
                        if partial.id not in quotations:
                            add_quotation(partial, content)
        parents = self.parents(by_content, quotations)
        result = [
            attrs.evolve(q, parent=parents[q.id]) if q.id in parents else q for q, _ in quotations.values()
        ]
        return result, [c for c, _ in claims.values()]

    def parents(
        self, by_content: dict[str, str], quotations: dict[str, tuple[Quotation, _TextBound]]
    ) -> dict[str, str]:
        links = [link for link in self.parsed.links if link.trigger is None and link.type == "Parent"]
        parents: dict[str, str] = {}
        if links:
            for link in links:
                (_, child), (_, parent) = link.arguments
                for role, ident in (("Arg1", child), ("Arg2", parent)):
                    self.bound(ident, ("Content",), role, link.line)
                    if ident not in by_content:
                        raise self.error(f"{role}:{ident} of Parent is not a quotation", link.line)
                child_id = by_content[child]
                if child_id in parents:
                    raise self.error(f"{child} has a second parent", link.line)
                parents[child_id] = by_content[parent]
            return parents
        # No explicit nesting: the innermost other quotation containing each one.
        # A sweep in start order compares each quotation only with those whose
        # extent is still open, so disjoint quotations cost nothing.
        ordered = sorted((q for q, _ in quotations.values()), key=lambda q: (q.span.start, -q.span.end))
        active: list[Quotation] = []
        for quotation in ordered:
            active = [other for other in active if other.span.end > quotation.span.start]
            outer = [
                other
                for other in active
                if other.contains(quotation) and not quotation.contains(other)
            ]
            active.append(quotation)
            if outer:
                innermost = min(outer, key=lambda q: sum(len(s.content.span) for s in q.segments))
                parents[quotation.id] = innermost.id
        return parents


def _merge_surnames(by_key: dict[str, str], names: dict[str, str], union: Callable[[str, str], None]) -> None:
    """Join a capitalised one-word name ("Ms. Moore") to the one longer name ending in it.

    News text names a person in full once and by surname after; when only
    one longer name ends in the surname, they are the same person.  With
    two candidates ("Hillary Clinton", "Bill Clinton") nothing is joined.
    ``by_key`` maps normalised names to a mention id, ``names`` mention ids to names.
    """

    def proper(ident: str) -> bool:
        name = names[ident]
        return name[:1].isupper() and name.casefold() not in _PRONOUNS

    longer: dict[str, list[str]] = defaultdict(list)
    for key, ident in by_key.items():
        words = key.split(" ")
        if len(words) > 1 and proper(ident):
            longer[words[-1]].append(ident)
    for key, ident in by_key.items():
        candidates = longer.get(key, [])
        if " " not in key and len(candidates) == 1 and proper(ident):
            union(candidates[0], ident)


def _name_and_description(source: str) -> tuple[str, str | None]:
    """The entity name in a source span, and the description around it.

    Corpora annotate the whole phrase that names a source; the entity is named
    by the proper name in it.  An appositive after a comma, a party tag in
    parentheses, titles before the name, a role phrase before it and "of
    <place>" after a titled name become the description; a phrase with no
    proper name ("many Democrats", "The Republican presidential nominee")
    stays whole.  Trailing commas and spaces go.

    >>> _name_and_description("Marc H. Morial, the chief executive of the League,")
    ('Marc H. Morial', 'the chief executive of the League')
    >>> _name_and_description("Rep. G.K. Butterfield (D-N.C.), head of the caucus")
    ('G.K. Butterfield', 'Rep. (D-N.C.), head of the caucus')
    >>> _name_and_description("Representative Charles B. Rangel of New York")
    ('Charles B. Rangel', 'Representative of New York')
    >>> _name_and_description("Hillary Clinton's campaign manager Robby Mook")
    ('Robby Mook', "Hillary Clinton's campaign manager")
    >>> _name_and_description("older voters, in particular,")
    ('older voters, in particular', None)
    >>> _name_and_description("Stacy Baker of Columbia, South Carolina")
    ('Stacy Baker', 'of Columbia, South Carolina')
    >>> _name_and_description("Secretary of Homeland Security Jeh Johnson")
    ('Jeh Johnson', 'Secretary of Homeland Security')
    >>> _name_and_description("Jason Sims — a teacher from Mount Pleasant —")
    ('Jason Sims', 'a teacher from Mount Pleasant')
    >>> _name_and_description("The South Korean Defense Ministry")
    ('South Korean Defense Ministry', None)
    >>> _name_and_description("Abedin's")
    ('Abedin', None)
    >>> _name_and_description("Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin")
    ('Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin', 'Sens.')
    >>> _name_and_description("Brazile’s CNN colleague, Jake Tapper,")
    ('Jake Tapper', 'Brazile’s CNN colleague')
    """
    text = _APPOSITION_DASHES.sub(", ", source.strip()).strip().rstrip(",").strip() or source
    if _NAME_LIST.fullmatch(text):
        # "Sens. Tom Carper, Dianne Feinstein and Ben Cardin": a group named by the list, the
        # shared title its description.
        title, _, names = text.partition(" ")
        abbreviated = title.endswith(".") and title[:1].isupper() and len(title) <= 6  # "Sens.", "Reps."
        return (names, title) if is_title_word(title) or abbreviated else (text, None)
    possessive = _LONE_POSSESSIVE.fullmatch(text)
    if possessive is not None:
        return possessive["name"], None  # "Abedin's reply" annotated as "Abedin's"
    organisation = _named_body(text)
    if organisation is not None:
        return organisation, None  # "The South Korean Defense Ministry": the body, whole
    head, comma, rest = text.partition(", ")
    rest = rest.strip().rstrip(",").strip()
    tag = _PARTY_TAG.search(head)
    bare = head if tag is None else (head[: tag.start()] + head[tag.end() :]).strip()
    words = bare.split()
    if not words:
        return text, None
    # The proper name: the longest run of capitalised words (or initials) at the end.
    first = len(words)
    while first > 0 and (words[first - 1][:1].isupper() or words[first - 1] in _NAME_PARTICLES):
        first -= 1
    # "Charles B. Rangel of New York", "Stacy Baker of Columbia": a (titled or full) personal
    # name of a place; "Secretary of Homeland Security Jeh Johnson": a title with "of".
    of_place = None
    if first > 0 and words[first - 1] == "of":
        run_before = first - 1
        k = run_before
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        titled = any(is_title_word(w) for w in words[k:run_before])
        if titled and len(words) - first >= 3:
            # "Secretary of Homeland Security Jeh Johnson": the department, then the name
            # (two words, three with a middle initial).
            size = 3 if is_initial(words[-2]) else 2
            return " ".join(words[-size:]), " ".join(words[:-size])
        if titled or (
            run_before - k >= 2 and (is_given_name(words[k]) or any(is_initial(w) for w in words[k:run_before]))
        ):
            of_place = " ".join(words[run_before:])
            if comma and rest:
                of_place, rest = f"{of_place}, {rest}", ""  # "of Columbia, South Carolina"
            words, first = words[:run_before], k
    run = words[first:]
    # "RNC Chairman Reince Priebus", "New Jersey Gov. Chris Christie", "Retired Lt. Gen.
    # Michael Flynn": the name follows the last title or party label in the run.
    titles = 1 + max((n for n in range(len(run) - 1) if is_title_word(run[n]) or run[n] in PARTY_LABELS), default=-1)
    if titles and all(w.rstrip(".").lower() in COURTESY_TITLES for w in run[:titles]):
        titles = 0  # "Mr. Obama" is a name as it stands (names compare without the "Mr.")
    name_words = run[titles:]
    if not name_words and comma and _FULL_NAME.fullmatch(rest):
        return rest, head  # "Brazile’s CNN colleague, Jake Tapper,": a description, then the name
    proper = len(name_words) >= 2 or (len(name_words) == 1 and (titles > 0 or first == 0))
    # Before the name: a title, a role word, a possessive, or any lower-case phrase when
    # the name has two words or more ("vice presidential candidate Mike Pence").
    led = titles or _is_role_lead(words[first - 1]) or (
        len(name_words) >= 2 and words[first - 1].islower() and words[first - 1] not in ("and", "or", "&", "of")
    )
    if not proper or (first > 0 and not led):
        # No proper name ("many Democrats"), or a capitalised tail of a common phrase.
        if comma and rest and first == 0 and proper:
            return head, rest
        return text, None
    name = " ".join(name_words)
    lead = " ".join(words[: first + titles])
    core = " ".join(part for part in (lead, None if tag is None else tag.group().strip(), of_place) if part)
    description = ", ".join(part for part in (core, rest) if part) or None
    return name, description


# Dashes setting off an apposition: "Jason Sims — a teacher from Mount Pleasant —".
_APPOSITION_DASHES: Final = regex.compile(r"\s+[—–](?:\s+|\Z)|\s+-(?:\s+|\Z)")
_NAME_LIST: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}.’'-]*\s)?"                          # a shared title: "Sens."
    r"\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3}"  # a full name
    r"(?:,\s\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3})*"
    r",?\s(?:and|&)\s\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3}"
)
_FULL_NAME: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}.’'-]*(?:\s\p{Lu}[\p{L}\p{M}.’'-]*){1,3}")
_LONE_POSSESSIVE: Final = regex.compile(r"(?P<name>\p{Lu}[\p{L}\p{M}.-]*(?:\s\p{Lu}[\p{L}\p{M}.-]*){0,3})['’]s")


def _named_body(text: str) -> str | None:
    """An organisation's name standing alone ("The South Korean Defense Ministry"), else None."""
    words = text.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if len(words) < 2 or words[-1] not in ORGANISATION_WORDS or not all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
        return None
    return " ".join(words)


def _is_role_lead(word: str) -> bool:
    """A word that may stand right before a name in a role phrase ("campaign manager Robby Mook")."""
    return word.lower() in ROLE_NOUNS or word.endswith(("'s", "’s"))


def _padding(text: str, fragment: Span) -> tuple[int, int]:
    """Whitespace code points at the start and end of a fragment (outside its marks)."""
    start, end = fragment.start, fragment.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start - fragment.start, fragment.end - end


def _inferred_marks(text: str, fragment: Span) -> tuple[int, int]:
    """(1, 1), (1, 0), (0, 1) or (0, 0): whether a fragment opens and closes with a mark."""
    lead, trail = _padding(text, fragment)
    start, end = fragment.start + lead, fragment.end - trail
    if start >= end:
        return 0, 0
    opening = 1 if text[start] in _OPENING else 0
    if opening and text.startswith("''", start) and end - start > 2:
        opening = 2  # ''two apostrophes'' stand for one double mark
    closing = 1 if end - start > opening and text[end - 1] in _CLOSING else 0
    if closing and opening == 2 and text[end - 2 : end] == "''" and end - start > 4:
        closing = 2
    if opening and closing and end - start == opening + closing:  # "“”": nothing inside
        return opening, 0
    return opening, closing


# Double marks an annotator may leave just outside a span whose other mark is inside.
_DOUBLE_OPENING: Final = frozenset("“„«\"")
_DOUBLE_CLOSING: Final = frozenset("”“»\"")


def _with_stray_mark(text: str, content: _TextBound) -> _TextBound:
    """``Content`` with a double mark just outside it taken in, when the span holds the
    other mark of the pair at its other end ("If we can …," annotated without its
    opening “): annotators are not always consistent about including marks."""
    first, last = content.fragments[0], content.fragments[-1]
    opening = _inferred_marks(text, first)[0]
    closing = _inferred_marks(text, last)[1]
    lead, _trail = _padding(text, first)
    _lead, trail = _padding(text, last)
    if (
        not opening
        and closing
        and lead == 0
        and text[last.end - trail - 1] in _DOUBLE_CLOSING
        and first.start > 0
        and text[first.start - 1] in _DOUBLE_OPENING
    ):
        widened = Span(first.start - 1, first.end)
        return attrs.evolve(content, fragments=(widened, *content.fragments[1:]))
    if (
        opening
        and not closing
        and trail == 0
        and text[first.start + lead] in _DOUBLE_OPENING
        and last.end < len(text)
        and text[last.end] in _DOUBLE_CLOSING
    ):
        widened = Span(last.start, last.end + 1)
        return attrs.evolve(content, fragments=(*content.fragments[:-1], widened))
    return content


def _quoted_stretches(text: str, fragment: Span) -> list[tuple[int, int, int]]:
    """Content spans of the quoted words inside a fragment, outermost pairs only, each
    with the length of its marks (1, or 2 for ''doubled apostrophes'').

    Each opening mark looks for its first closer; an opener type that finds
    none is not searched for again, so the scan stays linear in practice.
    A single mark (‘ ’ ') with a letter or digit on its outer side, or an
    opening one followed by a space, is an apostrophe.
    """
    stretches: list[tuple[int, int, int]] = []
    hopeless: set[str] = set()
    i, end = fragment.start, fragment.end
    while i < end:
        char = text[i]
        if text.startswith("''", i) and (i == 0 or not text[i - 1].isalnum()):
            # ''Doubled apostrophes'' as a double mark: the stretch up to the next pair.
            j = text.find("''", i + 2, end)
            if j > i + 2:
                stretches.append((i + 2, j, 2))
                i = j + 2
                continue
        closers = _PAIRS.get(char)
        if (
            closers is None
            or char in hopeless
            or (
                char in _APOSTROPHES
                and ((i > 0 and text[i - 1].isalnum()) or (i + 1 < end and text[i + 1].isspace()))
            )
        ):
            i += 1
            continue
        j = i + 1
        while j < end and not (
            text[j] in closers
            and not (text[j] in _APOSTROPHES and j + 1 < len(text) and text[j + 1].isalnum())
        ):
            j += 1
        if j >= end:
            hopeless.add(char)
            i += 1
            continue
        if j > i + 1:
            stretches.append((i + 1, j, 1))
        i = j + 1
    return stretches


def load(
    txt: str,
    ann: str,
    *,
    article: Article | None = None,
    name: str = "ann",
    crlf_as_one: bool = False,
) -> Record:
    """Build a record from a brat document's text and annotations.

    ``article`` supplies metadata (its text must be ``txt``); ``name`` names
    the annotations in error paths (``ann:line 7``).  Bad offsets, text
    fields that differ from the ``.txt``, unknown ids, malformed lines and
    annotations that make no sense together raise
    :class:`~provenance.errors.FormatError` naming the line.
    """
    if article is None:
        try:
            article = Article.create(txt)
        except ProvenanceError as exc:
            raise FormatError(exc.message, path=f"{name}.txt", source=exc.source, span=exc.span) from None
    elif article.text.text != txt:
        raise FormatError("the article's text differs from the .txt", path=f"{name}.txt")
    offsets = _Offsets(article.text, crlf_as_one)
    parsed = _parse(ann, offsets, name)
    builder = _Builder(parsed, article.text, name)
    builder.build_entities()
    builder.attributions()
    quotations, claims = builder.items()
    try:
        return Record.create(article, entities=builder.entities, quotations=quotations, claims=claims)
    except ProvenanceError as exc:
        raise FormatError(f"the annotations do not make a valid record: {exc.message}", path=name) from None


def load_files(
    txt_path: str | Path,
    ann_path: str | Path,
    *,
    article: Article | None = None,
    crlf_as_one: bool = False,
) -> Record:
    """Read a ``.txt`` and ``.ann`` pair (UTF-8, exactly as stored, line ends untouched)."""
    return load(
        _read(txt_path),
        _read(ann_path),
        article=article,
        name=str(ann_path),
        crlf_as_one=crlf_as_one,
    )


def _read(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    try:
        # brat reads UTF-8 and counts a byte-order mark as a character: keep it.
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{str(path)!r} is not UTF-8 (bad byte at offset {exc.start})") from None


# -- writing -----------------------------------------------------------------------


class _Writer:
    def __init__(self, record: Record, crlf_as_one: bool) -> None:
        self.record = record
        self.offsets = _Offsets(record.article.text, crlf_as_one)
        self.lines: list[str] = []
        self.counters: dict[str, int] = defaultdict(int)
        self.bound_ids: dict[tuple[object, ...], str] = {}
        self.hop_cues: set[tuple[str, str]] = set()

    def next_id(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return f"{prefix}{self.counters[prefix]}"

    def text_bound(self, kind: str, spans: Sequence[Span], key: tuple[object, ...] | None = None) -> str:
        full_key = (kind, tuple(spans), key)
        if key is not None and full_key in self.bound_ids:
            return self.bound_ids[full_key]
        ident = self.next_id("T")
        fragments = ";".join(
            f"{self.offsets.from_text(s.start)} {self.offsets.from_text(s.end)}" for s in spans
        )
        shown = " ".join(self.offsets.shown(s) for s in spans)
        self.lines.append(f"{ident}\t{kind} {fragments}\t{shown}")
        if key is not None:
            self.bound_ids[full_key] = ident
        return ident

    def mention(self, kind: str, entity_id: str, anchor: Anchor | None, near: Span, cue: Anchor | None = None) -> str | None:
        """The Source or Relay annotation for an entity, at its mention or the one nearest ``near``."""
        entity = self.record.entity(entity_id)
        if anchor is None:
            if not entity.mentions:
                return None
            anchor = min(entity.mentions, key=lambda m: (abs(m.start - near.start), m.start))
        key = (entity.id, None if cue is None else cue.span)
        known = (kind, (anchor.span,), key) in self.bound_ids
        ident = self.text_bound(kind, [anchor.span], key)
        if not known:
            self.lines.append(f"{self.next_id('A')}\tEntityKind {ident} {entity.kind.value}")
            self.lines.append(f"{self.next_id('#')}\tAnnotatorNotes {ident}\t{_one_line(entity.name)}")
        return ident

    def item(self, item: Quotation | Claim) -> str:
        if isinstance(item, Quotation):
            spans = [
                Span(
                    s.open_mark.start if s.open_mark else s.content.start,
                    s.close_mark.end if s.close_mark else s.content.end,
                )
                for s in item.segments
            ]
            kind = item.kind.value
        else:
            spans = [item.content.span]
            kind = "claim"
        content = self.text_bound("Content", spans)
        self.lines.append(f"{self.next_id('A')}\tKind {content} {kind}")
        if isinstance(item, Quotation):
            marks = [
                (len(s.open_mark) if s.open_mark else 0, len(s.close_mark) if s.close_mark else 0)
                for s in item.segments
            ]
            if marks != [_inferred_marks(self.record.text, span) for span in spans]:
                pairs = ",".join(f"{o}-{c}" for o, c in marks)
                self.lines.append(f"{self.next_id('#')}\tAnnotatorNotes {content}\tmarks: {pairs}")
        attribution = item.attribution
        if attribution is None:
            return content
        near = spans[0]
        source = None
        if attribution.speaker is not None:
            source = self.mention("Source", attribution.speaker, attribution.speaker_mention, near)
        if attribution.cue is not None:
            cue = self.text_bound("Cue", [attribution.cue.span], ())
            source_arg = f" Source:{source}" if source else ""
            self.lines.append(f"{self.next_id('E')}\tAttribution:{cue}{source_arg} Content:{content}")
        elif source is not None:
            self.lines.append(f"{self.next_id('R')}\tAttribution Arg1:{content} Arg2:{source}")
        for hop in attribution.chain:
            relay = self.mention("Relay", hop.entity, hop.mention, near, hop.cue)
            if relay is None:
                continue
            self.lines.append(f"{self.next_id('R')}\tVia Arg1:{content} Arg2:{relay}")
            if hop.cue is not None:
                cue = self.text_bound("Cue", [hop.cue.span], ())
                if (relay, cue) not in self.hop_cues:
                    self.hop_cues.add((relay, cue))
                    self.lines.append(f"{self.next_id('R')}\tHopCue Arg1:{relay} Arg2:{cue}")
        return content


def _one_line(value: str) -> str:
    return " ".join(value.split("\n")).replace("\r", " ")


def dump(record: Record, *, crlf_as_one: bool = False) -> tuple[str, str]:
    """The record as brat standoff: ``(txt, ann)``.

    ``txt`` is the article text unchanged; ``ann`` ends with a line break.
    See the module documentation for what is written and what is left out.
    """
    writer = _Writer(record, crlf_as_one)
    contents = {q.id: writer.item(q) for q in record.quotations}
    for claim in record.claims:
        writer.item(claim)
    for quotation in record.quotations:
        if quotation.parent is not None:
            writer.lines.append(
                f"{writer.next_id('R')}\tParent Arg1:{contents[quotation.id]} Arg2:{contents[quotation.parent]}"
            )
    return record.text, "".join(f"{line}\n" for line in writer.lines)


def dump_files(record: Record, txt_path: str | Path, ann_path: str | Path, *, crlf_as_one: bool = False) -> None:
    """Write the record as a ``.txt`` and ``.ann`` pair (UTF-8, line ends untouched)."""
    txt, ann = dump(record, crlf_as_one=crlf_as_one)
    Path(txt_path).write_bytes(txt.encode("utf-8"))
    Path(ann_path).write_bytes(ann.encode("utf-8"))
