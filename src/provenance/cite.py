"""Citation snippets: a quotation or claim written out by a quotation style.

A :class:`Snippet` is a value made of **source spans plus editorial
operations**: :class:`Verbatim` pieces copy the article exactly (``text ==
source[span]``), and everything else (marks, ellipses, moved punctuation,
the attribution phrase) is an explicit editorial piece.  :meth:`Snippet.verify`
proves the verbatim parts against the record, so a snippet can never misquote
silently.

>>> from provenance.anchors import Anchor, Span
>>> from provenance.model import Article, Attribution, Entity, Quotation, Record, Segment
>>> text = "“We will win,” she said."
>>> article = Article.create(text, outlet="The Daily")
>>> snap = article.text
>>> ana = Entity.create("Ana Silva", mentions=(Anchor.find(snap, "she"),))
>>> seg = Segment.create(Anchor.at(snap, 1, 13), open_mark=Span(0, 1), close_mark=Span(13, 14))
>>> quote = Quotation.create([seg], attribution=Attribution(
...     speaker=ana.id, cue=Anchor.find(snap, "said")))
>>> record = Record.create(article, entities=[ana], quotations=[quote])
>>> print(cite(quote, record).render())
“We will win,” Ana Silva said; quoted in The Daily.
>>> print(cite(quote, record, style="british").render())
‘We will win,’ Ana Silva said; quoted in The Daily.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from provenance import _styles
from provenance._styles import (
    AttributionText,
    Break,
    Ellipsis,
    Format,
    Insertion,
    Mark,
    Piece,
    Punctuation,
    Style,
    Verbatim,
)
from provenance.anchors import Span
from provenance.errors import AnchorError, CitationError, ProvenanceError
from provenance.model import (
    AlterationKind,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Quotation,
    QuotationKind,
    Record,
)

__all__ = [
    "AttributionText",
    "Break",
    "CitationError",
    "Ellipsis",
    "Insertion",
    "Mark",
    "Piece",
    "Punctuation",
    "Snippet",
    "Verbatim",
    "cite",
    "cite_claim",
    "verify_snippet",
]



# -- the reporting verb --------------------------------------------------------

# Cue words by lemma, with the past tense a citation uses.  A cue outside this
# table falls back to "said": a citation never invents a stronger verb.
_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "said": ("say", "says", "said", "saying"),
    "told": ("tell", "tells", "told", "telling"),
    "wrote": ("write", "writes", "wrote", "written", "writing"),
    "added": ("add", "adds", "added"),
    "noted": ("note", "notes", "noted"),
    "observed": ("observe", "observes", "observed"),
    "replied": ("reply", "replies", "replied"),
    "claimed": ("claim", "claims", "claimed"),
    "continued": ("continue", "continues", "continued"),
    "declared": ("declare", "declares", "declared"),
    "reported": ("report", "reports", "reported"),
    "explained": ("explain", "explains", "explained"),
    "argued": ("argue", "argues", "argued"),
    "asked": ("ask", "asks", "asked"),
    "warned": ("warn", "warns", "warned"),
    "stated": ("state", "states", "stated"),
    "announced": ("announce", "announces", "announced"),
    "acknowledged": ("acknowledge", "acknowledges", "acknowledged"),
    "insisted": ("insist", "insists", "insisted"),
    "responded": ("respond", "responds", "responded"),
    "promised": ("promise", "promises", "promised"),
}
_PAST: Final[dict[str, str]] = {form: past for past, forms in _VERBS.items() for form in forms}
_ACCORDING_TO: Final = "according to"
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _verb(attribution: Attribution | None) -> str:
    """The past-tense reporting verb for a cue (``said`` when unknown)."""
    if attribution is None or attribution.cue is None:
        return "said"
    words = attribution.cue.exact.casefold().split()
    if " ".join(words) == _ACCORDING_TO:
        return _ACCORDING_TO
    return _PAST.get(words[0], "said") if words else "said"


# -- snippets ------------------------------------------------------------------


@attrs.frozen
class Snippet:
    """A citation of one quotation or claim: source spans plus editorial operations.

    ``lead`` (claims: "X said that "), ``before`` and ``after`` (context),
    ``body`` (the quoted words) and ``tail`` (the attribution) are tuples of
    pieces; :attr:`pieces` lists them all in reading order.
    """

    item: str
    sha256: str
    style: Style
    format: Format
    block: bool
    url: str | None
    lead: tuple[Piece, ...]
    before: tuple[Piece, ...]
    body: tuple[Piece, ...]
    after: tuple[Piece, ...]
    tail: tuple[Piece, ...]

    @property
    def pieces(self) -> tuple[Piece, ...]:
        """Every piece in reading order."""
        return self.lead + self.before + self.body + self.after + self.tail

    def render(self) -> str:
        """The snippet as a string in its format."""
        return _styles.render(
            lead=self.lead,
            before=self.before,
            body=self.body,
            after=self.after,
            tail=self.tail,
            style=self.style,
            fmt=self.format,
            block=self.block,
            url=self.url,
        )

    def __str__(self) -> str:
        return self.render()

    def verify(self, record: Record) -> None:
        """Raise :class:`~provenance.errors.AnchorError` unless every source piece matches ``record``."""
        verify_snippet(self, record)


_ELLIPSES: Final = frozenset({"…", "...", ". . ."})


def verify_snippet(snippet: Snippet, record: Record) -> None:
    """Prove that every piece taken from the source equals ``record.text[span]``.

    Verbatim words, kept insertions and moved punctuation must equal the
    text at their span; an ellipsis taken from the source must be an
    ellipsis there.  Raises :class:`~provenance.errors.AnchorError`.
    """
    text = record.text
    if snippet.sha256 != record.article.text.sha256:
        raise AnchorError(
            f"snippet belongs to text {snippet.sha256[:12]}…, not to "
            f"{record.article.text.sha256[:12]}…"
        )
    for i, piece in enumerate(snippet.pieces):
        if isinstance(piece, Verbatim | Insertion | Punctuation) and piece.span is not None:
            span = piece.span
            if span.end > len(text) or text[span.start : span.end] != piece.text:
                raise AnchorError(
                    f"piece {i} says {piece.text[:40]!r} but the text at "
                    f"{span.start}..{span.end} is {text[span.start : span.end][:40]!r}",
                    source=text,
                    span=(min(span.start, len(text)), min(span.end, len(text))),
                )
        elif isinstance(piece, Ellipsis) and piece.span is not None:
            found = text[piece.span.start : piece.span.end]
            if found not in _ELLIPSES:
                raise AnchorError(
                    f"piece {i} is an ellipsis but the text at {piece.span.start}.."
                    f"{piece.span.end} is {found!r}",
                    source=text,
                    span=(min(piece.span.start, len(text)), min(piece.span.end, len(text))),
                )


# -- building the body -----------------------------------------------------------

_JOINABLE: Final = ".,;:"  # final punctuation the attribution's comma replaces
_TERMINAL: Final = "?!"  # final punctuation that stays and takes no comma
_LINE_BREAK: Final = regex.compile(r"[\r\n\u2028\u2029\x85]")
_GRAPHEME: Final = regex.compile(r"\X", regex.DOTALL)


def _children_index(record: Record) -> dict[str, list[Quotation]]:
    index: dict[str, list[Quotation]] = {}
    for q in record.quotations:
        if q.parent is not None:
            index.setdefault(q.parent, []).append(q)
    return index


def _descendants(record: Record, root: Quotation) -> list[Quotation]:
    index = _children_index(record)
    found: list[Quotation] = []
    todo = list(index.get(root.id, ()))
    while todo:
        q = todo.pop()
        found.append(q)
        todo.extend(index.get(q.id, ()))
    return found


@attrs.frozen
class _Event:
    """An editorial piece replacing ``source[start:end]`` inside a quotation."""

    start: int
    end: int
    piece: Piece


def _events(record: Record, quotations: Sequence[Quotation], base: int) -> list[_Event]:
    text = record.text
    events: list[_Event] = []
    for q in quotations:
        depth = record.depth(q) - base
        for seg in q.segments:
            for span, opening in ((seg.open_mark, True), (seg.close_mark, False)):
                if span is not None:
                    events.append(_Event(span.start, span.end, Mark(opening, depth, q.id)))
        for alteration in q.alterations:
            a = alteration.anchor
            piece: Piece
            if alteration.kind is AlterationKind.ELLIPSIS:
                piece = Ellipsis(a.span)
            else:
                piece = Insertion(a.span, text[a.start : a.end])
            events.append(_Event(a.start, a.end, piece))
    return sorted(events, key=lambda e: (e.start, e.end))


def _segment_pieces(
    record: Record, start: int, end: int, events: Sequence[_Event], stack: list[str], depth_of: dict[str, int]
) -> list[Piece]:
    """The pieces of ``text[start:end]`` with the events inside it applied."""
    text = record.text
    pieces: list[Piece] = []
    pos = start
    for event in events:
        if event.start < start or event.end > end:
            continue
        if event.start < pos:
            raise CitationError(
                f"editorial marks overlap at {event.start}..{event.end}: a quotation mark and "
                "an alteration cannot cover the same characters",
                source=text,
                span=(event.start, event.end),
            )
        if event.start > pos:
            pieces.append(Verbatim(Span(pos, event.start), text[pos : event.start]))
        piece = event.piece
        if isinstance(piece, Mark):
            if piece.opening:
                if piece.quotation in stack:
                    pos = event.end  # already reopened at the paragraph break
                    continue
                stack.append(piece.quotation)
                depth_of[piece.quotation] = piece.depth
            elif stack and stack[-1] == piece.quotation:
                stack.pop()
        pieces.append(piece)
        pos = event.end
    if pos < end:
        pieces.append(Verbatim(Span(pos, end), text[pos:end]))
    return pieces


def _tidy(pieces: Sequence[Piece]) -> list[Piece]:
    """Drop whitespace next to ellipses (the style spaces them) and merge adjacent verbatim."""
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        if isinstance(piece, Verbatim):
            start, end = piece.span.start, piece.span.end
            body = piece.text
            if i + 1 < len(pieces) and isinstance(pieces[i + 1], Ellipsis):
                stripped = body.rstrip()
                end -= len(body) - len(stripped)
                body = stripped
            if out and isinstance(out[-1], Ellipsis):
                stripped = body.lstrip()
                start += len(body) - len(stripped)
                body = stripped
            if not body:
                continue
            if out and isinstance(out[-1], Verbatim) and out[-1].span.end == start:
                prev = out.pop()
                assert isinstance(prev, Verbatim)
                out.append(Verbatim(Span(prev.span.start, end), prev.text + body))
                continue
            out.append(Verbatim(Span(start, end), body))
        elif isinstance(piece, Mark) and piece.reopen and not (out and isinstance(out[-1], Break | Mark)):
            continue  # a reopening mark whose paragraph break was cut away
        else:
            out.append(piece)
    return out


def _quotation_body(record: Record, quotation: Quotation) -> tuple[list[Piece], bool]:
    """Marks and verbatim words of a quotation; and whether it is a block quotation."""
    text = record.text
    base = record.depth(quotation)
    descendants = _descendants(record, quotation)
    events = _events(record, [quotation, *descendants], base)
    # The cited quotation's own marks are written by the snippet, not copied.
    events = [e for e in events if not (isinstance(e.piece, Mark) and e.piece.quotation == quotation.id)]
    stack: list[str] = []
    depth_of: dict[str, int] = {}
    pieces: list[Piece] = [Mark(True, 0, quotation.id)]
    block = quotation.kind is QuotationKind.BLOCK
    previous_end = None
    for seg in quotation.segments:
        if previous_end is not None:
            paragraph = bool(_LINE_BREAK.search(text, previous_end, seg.content.start))
            pieces.append(Break(paragraph))
            if paragraph:
                block = True
                pieces.append(Mark(True, 0, quotation.id, reopen=True))
                pieces.extend(Mark(True, depth_of[q], q, reopen=True) for q in stack)
        pieces.extend(_segment_pieces(record, seg.content.start, seg.content.end, events, stack, depth_of))
        previous_end = seg.content.end
    pieces.append(Mark(False, 0, quotation.id))
    return _tidy(pieces), block


def _claim_body(record: Record, claim: Claim) -> list[Piece]:
    """The claim's words, with the marks of quotations overlapping it written by the style.

    A partial quotation may run past either end of the claim: its marks are
    balanced (opened at the start, closed at the end) so the snippet never
    leaves a quotation open.
    """
    span = claim.content.span
    # Quotations with a mark inside the claim; one that merely contains the
    # claim (the claim is reported inside it) adds no marks.
    overlapping = [
        q
        for q in record.quotations
        if any(m is not None and span.contains(m) for s in q.segments for m in (s.open_mark, s.close_mark))
    ]
    base = min((record.depth(q) for q in overlapping), default=0)
    events = _events(record, overlapping, base)
    depth_of = {q.id: record.depth(q) - base for q in overlapping}
    raw = _segment_pieces(record, span.start, span.end, events, [], {})
    pieces: list[Piece] = []
    stack: list[str] = []
    opened_before: list[str] = []
    for piece in raw:
        if isinstance(piece, Mark):
            if piece.opening:
                stack.append(piece.quotation)
            elif stack and stack[-1] == piece.quotation:
                stack.pop()
            elif piece.quotation not in stack:
                opened_before.append(piece.quotation)  # opened before the claim starts
            else:
                continue
        pieces.append(piece)
    lead = [Mark(True, depth_of[q], q) for q in reversed(opened_before)]
    trail = [Mark(False, depth_of[q], q) for q in reversed(stack)]
    return _tidy([*lead, *pieces, *trail])


def _first_letter_upper(pieces: Sequence[Piece]) -> bool:
    for piece in pieces:
        if isinstance(piece, Verbatim | Insertion):
            for ch in piece.text:
                if ch.isalpha():
                    return ch.isupper()
    return False


def _is_closing(piece: Piece) -> bool:
    return isinstance(piece, Mark) and not piece.opening


def _place_final_punctuation(body: list[Piece], style: Style, *, join: str | None) -> list[Piece]:
    """Apply the style's rule for the punctuation that ends the quotation.

    ``join`` is the punctuation the attribution needs after the quotation
    (a comma, or a period when nothing follows), or None to keep the
    source's own final punctuation (context shown, block quotation).
    """
    rule = _styles.rules(style)
    j = len(body) - 1
    while j >= 0 and _is_closing(body[j]):
        j -= 1
    if j < 0:
        return body
    last = body[j]
    source_punct: Punctuation | None = None
    if isinstance(last, Verbatim) and last.text[-1] in _JOINABLE and not last.text.endswith(".."):
        source_punct = Punctuation(last.text[-1], Span(last.span.end - 1, last.span.end))
        shortened = last.text[:-1]
        rest: list[Piece] = [Verbatim(Span(last.span.start, last.span.end - 1), shortened)] if shortened else []
        body = [*body[:j], *rest, *body[j + 1 :]]
        j = j - 1 + len(rest)
    terminal = isinstance(last, Verbatim | Insertion) and last.text[-1] in _TERMINAL
    if join is not None and join in ";:":
        # Colons and semicolons go outside the closing marks in every style.
        return body if terminal else [*body, Punctuation(join)]
    # British (logical) punctuation: a quotation that is a sentence of its own
    # (it starts with a capital and ended with its own period or comma) keeps
    # the punctuation inside; a fragment's goes outside.
    part_of_quote = source_punct is not None and source_punct.text in ".," and _first_letter_upper(body)
    if join is None:
        if source_punct is None:
            return body
        punct = source_punct
    elif terminal:
        return body  # "What for?" she asked: no comma after ? or !
    else:
        punct = Punctuation(join)
    if rule.punctuation_inside or part_of_quote:
        return [*body[: j + 1], punct, *body[j + 1 :]]
    return [*body, punct]  # British: outside every closing mark


# -- context ---------------------------------------------------------------------


def _clusters(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Grapheme clusters of ``text[start:end]`` as (start, end, is_space)."""
    for m in _GRAPHEME.finditer(text, start, end):
        yield m.start(), m.end(), m.group().isspace()


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``[start, end)`` where a whitespace-delimited word begins."""
    starts: list[int] = []
    previous_space = True
    for s, _e, space in _clusters(text, start, end):
        if not space and previous_space:
            starts.append(s)
        previous_space = space
    return starts


def _word_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``(start, end]`` where a whitespace-delimited word ends."""
    ends: list[int] = []
    previous: tuple[int, bool] | None = None
    for s, _e, space in _clusters(text, start, end):
        if previous is not None and space and not previous[1]:
            ends.append(s)
        previous = (_e, space)
    if previous is not None and not previous[1]:
        ends.append(previous[0])
    return ends


def _paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    starts = [m.end() for m in _LINE_BREAK.finditer(text, 0, offset)]
    start = starts[-1] if starts else 0
    m = _LINE_BREAK.search(text, offset)
    return start, (m.start() if m else len(text))


def _context(record: Record, start: int, end: int, words: int) -> tuple[list[Piece], list[Piece]]:
    """Up to ``words`` words of the paragraph before ``start`` and after ``end``."""
    if words <= 0:
        return [], []
    text = record.text
    para_start, _ = _paragraph_bounds(text, start)
    _, para_end = _paragraph_bounds(text, end)
    before: list[Piece] = []
    starts = _word_starts(text, para_start, start)
    if starts:
        first = starts[max(0, len(starts) - words)]
        if len(starts) > words:
            before.append(Ellipsis())
        before.append(Verbatim(Span(first, start), text[first:start]))
    after: list[Piece] = []
    ends = _word_ends(text, end, para_end)
    if ends:
        last = ends[min(words, len(ends)) - 1]
        after.append(Verbatim(Span(end, last), text[end:last]))
        if len(ends) > words:
            after.append(Ellipsis())
    return before, after


# -- the attribution ---------------------------------------------------------------


def _plain(name: str) -> str:
    name = name.casefold().strip()
    return name[4:] if name.startswith("the ") else name


def _is_outlet(entity: Entity) -> bool:
    return entity.kind is EntityKind.OUTLET


def _month_year(date: datetime.date | None) -> str | None:
    return None if date is None else f"{_MONTHS[date.month - 1]} {date.year}"


def _attribution(
    record: Record, item: Quotation | Claim, *, lead_in: str, claim: bool
) -> tuple[list[Piece], list[Piece]]:
    """The attribution as (lead, tail) pieces.

    Quotations: tail ``' Vladimir Putin said, as reported by The New York
    Times; quoted in World-Outlook, October 2022.'``.  Claims: lead
    ``'Vladimir Putin said that '`` and the same kind of tail.
    """
    attribution = item.attribution
    speaker = record.speaker(item)
    verb = _verb(attribution)
    addressee = (
        record.entity(attribution.addressee)
        if attribution is not None and attribution.addressee is not None
        else None
    )
    hops = list(record.chain(item))
    article = record.article
    own: str | None = article.outlet
    own_is_outlet = own is not None
    if own is not None and hops and _plain(own) in {_plain(n) for n in hops[-1].names()}:
        own = hops.pop().name  # the article's own outlet is the "quoted in" part
    relays = [h for h in hops if h.id not in {e.id for e in (speaker, addressee) if e is not None}]

    said: list[Piece] = []
    if speaker is not None:
        who = AttributionText(speaker.name, outlet=_is_outlet(speaker))
        if verb == _ACCORDING_TO:
            said = [AttributionText("according to " if not claim else "According to "), who]
        elif verb == "told" and addressee is not None:
            said = [who, AttributionText(" told "), AttributionText(addressee.name, outlet=_is_outlet(addressee))]
        else:
            said = [who, AttributionText(f" {verb}")]

    relay: list[Piece] = []
    for n, hop in enumerate(relays):
        relay.append(AttributionText(", as reported by " if n == 0 else " via "))
        relay.append(AttributionText(hop.name, outlet=_is_outlet(hop)))

    where: list[Piece] = []
    when = _month_year(article.published)
    verb_in = "reported in" if claim else "quoted in"
    if own is not None:
        where = [AttributionText(f"{verb_in} "), AttributionText(own, outlet=own_is_outlet)]
        if when:
            where.append(AttributionText(f", {when}"))
    elif when:
        where = [AttributionText(f"{verb_in} an article of {when}")]

    tail: list[Piece] = []
    if claim:
        if speaker is None:
            lead: list[Piece] = [AttributionText("It was reported that ")]
        elif verb == _ACCORDING_TO:
            lead = [*said, AttributionText(", ")]
        else:
            lead = [*said, AttributionText(" that ")]
        tail = [*relay]
        if where:
            tail += [AttributionText("; "), *where]
        return lead, [*tail, AttributionText(".")]

    if not said and relay:
        relay[0] = AttributionText("reported by ")  # no speaker: the relays open the phrase
    parts = [*said, *relay]
    if where:
        parts += [AttributionText("; "), *where] if parts else where
    if not parts:
        return [], []
    return [], [AttributionText(lead_in), *parts, AttributionText(".")]


# -- trimming -------------------------------------------------------------------------


def _units(body: Sequence[Piece]) -> list[Piece]:
    """Split verbatim pieces into words and the whitespace between them (cluster-aware)."""
    units: list[Piece] = []
    for piece in body:
        if not isinstance(piece, Verbatim):
            units.append(piece)
            continue
        run_start = piece.span.start
        run_space: bool | None = None
        offset = piece.span.start
        for s, _e, space in _clusters(piece.text, 0, len(piece.text)):
            if run_space is not None and space != run_space:
                units.append(Verbatim(Span(run_start, offset + s), piece.text[run_start - offset : s]))
                run_start = offset + s
            run_space = space
        units.append(Verbatim(Span(run_start, piece.span.end), piece.text[run_start - offset :]))
    return units


def _is_separator(unit: Piece) -> bool:
    if isinstance(unit, Verbatim):
        return unit.text.isspace()
    return isinstance(unit, Ellipsis | Break)


@attrs.frozen
class _Trimmer:
    """The body as atoms (words with their marks) and separators, ready to cut."""

    units: tuple[Piece, ...]
    atoms: tuple[tuple[int, int], ...]  # [start, end) unit ranges
    signatures: tuple[tuple[str, ...], ...]  # open quotations before atom g

    @classmethod
    def of(cls, body: Sequence[Piece]) -> _Trimmer:
        units = tuple(_units(body))
        atoms: list[tuple[int, int]] = []
        start: int | None = None
        for i, unit in enumerate(units):
            if _is_separator(unit):
                if start is not None:
                    atoms.append((start, i))
                    start = None
            elif start is None:
                start = i
        if start is not None:
            atoms.append((start, len(units)))
        signatures: list[tuple[str, ...]] = []
        stack: list[str] = []
        for a, b in atoms:
            signatures.append(tuple(stack))
            for unit in units[a:b]:
                if isinstance(unit, Mark) and not unit.reopen:
                    if unit.opening:
                        stack.append(unit.quotation)
                    elif stack and stack[-1] == unit.quotation:
                        stack.pop()
        signatures.append(tuple(stack))
        return cls(units, tuple(atoms), tuple(signatures))

    def cut(self, head: int, keep_tail: int) -> list[Piece]:
        """Keep ``head`` atoms and the last ``keep_tail``; an ellipsis marks the cut."""
        n = len(self.atoms)
        end_head = self.atoms[head - 1][1]
        start_tail = self.atoms[n - keep_tail][0]
        return _tidy([*self.units[:end_head], Ellipsis(), *self.units[start_tail:]])

    def balanced(self, head: int, keep_tail: int) -> bool:
        """True when the cut opens and closes the same nested quotations."""
        return self.signatures[head] == self.signatures[len(self.atoms) - keep_tail]


def _fit(snippet: Snippet, max_chars: int) -> Snippet:
    """The longest form of ``snippet`` whose rendering fits ``max_chars``."""
    if len(snippet.render()) <= max_chars:
        return snippet
    bare = attrs.evolve(snippet, before=(), after=(), body=())
    if len(bare.render()) > max_chars:
        raise CitationError(
            f"max_chars={max_chars} is too small: the attribution alone takes "
            f"{len(bare.render())} characters"
        )
    trimmer = _Trimmer.of(snippet.body)
    n = len(trimmer.atoms)

    def shortened(kept: int) -> Snippet | None:
        """Keep ``kept`` atoms, about two thirds from the start, with a balanced cut."""
        preferred = min(kept - 1, max(1, -(-2 * kept // 3)))
        for head in sorted(range(1, kept), key=lambda h: (abs(h - preferred), h)):
            if trimmer.balanced(head, kept - head):
                return attrs.evolve(snippet, body=tuple(trimmer.cut(head, kept - head)))
        return None

    def attempt(kept: int) -> Snippet | None:
        candidate = shortened(kept)
        return candidate if candidate is not None and len(candidate.render()) <= max_chars else None

    best: Snippet | None = None
    lo, hi = 2, n - 1
    while lo <= hi:  # length grows with the words kept: search the largest that fits
        mid = (lo + hi) // 2
        found = attempt(mid)
        if found is not None:
            best, lo = found, mid + 1
        else:
            hi = mid - 1
    if best is None:
        for kept in range(min(n - 1, hi), 1, -1):  # nesting can make the search skip a fit
            best = attempt(kept)
            if best is not None:
                break
    if best is None:
        shortest = shortened(2) if n > 2 else None
        need = "" if shortest is None else f" ({len(shortest.render())} characters)"
        raise CitationError(
            f"max_chars={max_chars} is too small: even the first and last word of the "
            f"quotation with an ellipsis do not fit beside the attribution{need}"
        )
    return best


# -- the public functions --------------------------------------------------------------


def _check_options(style: str, format: str, max_chars: int | None, context: int) -> None:
    if style not in _styles.STYLES:
        raise CitationError(f"unknown style {style!r}; expected one of {', '.join(_styles.STYLES)}")
    if format not in _styles.FORMATS:
        raise CitationError(f"unknown format {format!r}; expected one of {', '.join(_styles.FORMATS)}")
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1):
        raise CitationError(f"max_chars must be a positive int (got {max_chars!r})")
    if isinstance(context, bool) or not isinstance(context, int) or context < 0:
        raise CitationError(f"context must be a non-negative int (got {context!r})")


def cite(
    item: Quotation | Claim,
    record: Record,
    *,
    style: Style = "ap",
    format: Format = "text",  # named as on the command line
    max_chars: int | None = None,
    context: int = 0,
) -> Snippet:
    """A citation snippet for a quotation (or, through :func:`cite_claim`, a claim).

    ``style`` is ``ap``, ``chicago`` or ``british``; ``format`` is ``text``,
    ``markdown`` or ``html``.  ``max_chars`` caps the rendered length: words
    are cut at word boundaries from the middle of the quotation and the cut
    is marked with an ellipsis; the attribution is always kept.  ``context``
    adds that many words of the surrounding paragraph on each side.
    """
    if isinstance(item, Claim):
        return cite_claim(item, record, style=style, format=format, max_chars=max_chars, context=context)
    _check_options(style, format, max_chars, context)
    if not isinstance(item, Quotation):
        raise CitationError(f"cite takes a Quotation or a Claim (got {type(item).__name__})")
    try:
        known = record.quotation(item.id)
    except ProvenanceError:
        known = None
    if known != item:
        raise CitationError(f"quotation {item.id} is not part of this record")
    body, block = _quotation_body(record, item)
    html_block = block and format == "html"
    keep = context > 0 or html_block
    lead_in = "— " if html_block else (" — " if context > 0 else " ")
    _, tail = _attribution(record, item, lead_in=lead_in, claim=False)
    join = None if keep else ("," if tail else ".")
    body = _place_final_punctuation(body, style, join=join)

    # Context stops at the quotation's own marks, which the snippet rewrites.
    first, last = item.segments[0], item.segments[-1]
    outer_start = first.open_mark.start if first.open_mark is not None else first.content.start
    outer_end = last.close_mark.end if last.close_mark is not None else last.content.end

    def build(words: int) -> Snippet:
        before, after = _context(record, outer_start, outer_end, words)
        return Snippet(
            item=item.id,
            sha256=record.article.text.sha256,
            style=style,
            format=format,
            block=block,
            url=record.article.url,
            lead=(),
            before=tuple(before),
            body=tuple(body),
            after=tuple(after),
            tail=tuple(tail),
        )

    snippet = build(context)
    if max_chars is None:
        return snippet
    for words in range(context, 0, -1):  # give up context before quoted words
        candidate = build(words)
        if len(candidate.render()) <= max_chars:
            return candidate
    return _fit(build(0), max_chars)


def cite_claim(
    claim: Claim,
    record: Record,
    *,
    style: Style = "ap",
    format: Format = "text",  # named as on the command line
    max_chars: int | None = None,
    context: int = 0,
) -> Snippet:
    """A claim as reported speech: ``Vladimir Putin said that …`` (never in quotation marks)."""
    _check_options(style, format, max_chars, context)
    if context:
        raise CitationError("context applies to quotations; a claim is cited as reported speech")
    if not isinstance(claim, Claim) or claim not in record.claims:
        raise CitationError(f"claim {getattr(claim, 'id', claim)!r} is not part of this record")
    lead, tail = _attribution(record, claim, lead_in="", claim=True)
    # The tail's first mark (", as reported", "; reported in", ".") joins the
    # reported words: the style places it against any closing quotation mark.
    first = tail[0]
    assert isinstance(first, AttributionText) and first.text[:1] in ",;."
    rest = first.text[1:]
    tail = [AttributionText(rest), *tail[1:]] if rest else tail[1:]
    body = _place_final_punctuation(_claim_body(record, claim), style, join=first.text[0])
    snippet = Snippet(
        item=claim.id,
        sha256=record.article.text.sha256,
        style=style,
        format=format,
        block=False,
        url=record.article.url,
        lead=tuple(lead),
        before=(),
        body=tuple(body),
        after=(),
        tail=tuple(tail),
    )
    return snippet if max_chars is None else _fit(snippet, max_chars)
