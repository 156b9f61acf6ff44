"""Spans and anchors: places in a text that can be checked and found again.

A :class:`Span` is a half-open range of code-point offsets.  An
:class:`Anchor` binds a span to one text: the span, the exact text it covers,
up to :data:`CONTEXT` code points of prefix and suffix (as in the W3C
``TextQuoteSelector``) and the SHA-256 of the whole text, so that an anchor
can always be checked (``text[start:end] == exact``) and re-found after edits.
"""

from __future__ import annotations

from typing import Final

import attrs

from provenance.errors import AnchorError
from provenance.text import TextSnapshot

__all__ = ["CONTEXT", "Anchor", "Span"]

#: Code points of prefix and suffix context an anchor keeps by default.
CONTEXT: Final = 32


def _check_offset(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnchorError(f"'{name}' must be an int (got {value!r} that is a {type(value).__name__})")
    if value < 0:
        raise AnchorError(f"'{name}' must not be negative (got {value})")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets.

    >>> Span(3, 7).contains(Span(4, 7)), Span(3, 7).overlaps(Span(7, 9))
    (True, False)
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # Spans are built by the hundred thousand when a corpus loads: one
        # combined test for the usual case, the diagnosis only when it fails.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        for name, value in (("start", start), ("end", end)):
            _check_offset(name, value)
        if end < start:
            raise AnchorError(f"span end {end} is before its start {start}")

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def is_empty(self) -> bool:
        """True for a zero-length span."""
        return self.start == self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def crosses(self, other: Span) -> bool:
        """True when the spans overlap but neither contains the other."""
        return self.overlaps(other) and not (self.contains(other) or other.contains(self))

    def precedes(self, other: Span) -> bool:
        """True when this span ends at or before ``other`` starts."""
        return self.end <= other.start

    def shifted(self, delta: int) -> Span:
        """The same span moved by ``delta`` code points."""
        return Span(self.start + delta, self.end + delta)

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class Anchor:
    """A span bound to one text, with the exact text, context and the text's digest.

    Build anchors with :meth:`at` (from offsets) or :meth:`find` (from the
    exact words); the plain constructor only checks the fields' own shapes.

    >>> snap = TextSnapshot.of("He said “no” and left.")
    >>> a = Anchor.find(snap, "no")
    >>> a.start, a.end, a.prefix, a.suffix
    (9, 11, 'He said “', '” and left.')
    """

    span: Span
    exact: str
    prefix: str
    suffix: str
    sha256: str

    def __attrs_post_init__(self) -> None:
        span = self.span
        if len(self.exact) == span.end - span.start and len(self.prefix) <= span.start:
            return  # the usual case, tested in one go
        if len(self.exact) != self.span.end - self.span.start:
            raise AnchorError(
                f"exact text has {len(self.exact)} code points but the span "
                f"{self.span.start}..{self.span.end} covers {self.span.end - self.span.start}"
            )
        if self.prefix and len(self.prefix) > self.span.start:
            raise AnchorError(
                f"prefix of {len(self.prefix)} code points cannot precede offset {self.span.start}"
            )

    @property
    def start(self) -> int:
        """Start offset (inclusive)."""
        return self.span.start

    @property
    def end(self) -> int:
        """End offset (exclusive)."""
        return self.span.end

    @classmethod
    def at(
        cls,
        snapshot: TextSnapshot,
        start: int,
        end: int,
        *,
        context: int = CONTEXT,
        allow_split: bool = False,
    ) -> Anchor:
        """Anchor ``snapshot.text[start:end]``.

        Offsets outside the text, a reversed range or (unless ``allow_split``)
        an end that splits a grapheme cluster or a CRLF raise
        :class:`~provenance.errors.AnchorError`.
        """
        for name, value in (("start", start), ("end", end)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise AnchorError(f"{name} must be an int (got {type(value).__name__})")
            if not 0 <= value <= snapshot.length:
                raise AnchorError(
                    f"{name} {value} is outside the text (0..{snapshot.length})",
                    source=snapshot.text,
                    span=(min(value, snapshot.length), min(value, snapshot.length)),
                )
        if end < start:
            raise AnchorError(f"end {end} is before start {start}")
        if not allow_split:
            for name, value in (("start", start), ("end", end)):
                if snapshot.splits_grapheme(value):
                    raise AnchorError(
                        f"{name} {value} splits a grapheme cluster or CRLF",
                        source=snapshot.text,
                        span=(value, value),
                    )
        text = snapshot.text
        return cls(
            span=Span(start, end),
            exact=text[start:end],
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
            sha256=snapshot.sha256,
        )

    @classmethod
    def find(
        cls,
        snapshot: TextSnapshot,
        exact: str,
        *,
        occurrence: int | None = None,
        near: int | None = None,
        after: int = 0,
        context: int = CONTEXT,
    ) -> Anchor:
        """Anchor the words ``exact`` where they occur in the text.

        With neither ``occurrence`` (0-based index among the matches) nor
        ``near`` (pick the match starting closest to this offset), the words
        must occur exactly once at or after ``after``.  Absent or ambiguous
        words raise :class:`~provenance.errors.AnchorError`.
        """
        if not exact:
            raise AnchorError("cannot find an empty string")
        starts = occurrences(snapshot.text, exact, after)
        if not starts:
            raise AnchorError(f"{_short(exact)} does not occur in the text")
        if occurrence is not None:
            if not 0 <= occurrence < len(starts):
                raise AnchorError(
                    f"{_short(exact)} occurs {len(starts)} time(s); occurrence {occurrence} "
                    "does not exist"
                )
            chosen = starts[occurrence]
        elif near is not None:
            chosen = min(starts, key=lambda s: (abs(s - near), s))
        elif len(starts) > 1:
            raise AnchorError(
                f"{_short(exact)} is ambiguous: it occurs {len(starts)} times "
                f"(at {', '.join(map(str, starts[:5]))}{'…' if len(starts) > 5 else ''}); "
                "give occurrence= or near="
            )
        else:
            chosen = starts[0]
        return cls.at(snapshot, chosen, chosen + len(exact), context=context)

    def check(self, snapshot: TextSnapshot) -> None:
        """Raise :class:`~provenance.errors.AnchorError` unless this anchor fits ``snapshot``.

        The digest, the bounds, the exact text and the context must all match.
        """
        if self.sha256 != snapshot.sha256:
            raise AnchorError(
                f"anchor belongs to text {self.sha256[:12]}…, not to {snapshot.sha256[:12]}…"
            )
        if self.end > snapshot.length:
            raise AnchorError(
                f"span {self.start}..{self.end} runs past the end of the text "
                f"({snapshot.length} code points)"
            )
        actual = snapshot.text[self.start : self.end]
        if actual != self.exact:
            raise AnchorError(
                f"exact text {_short(self.exact)} differs from the text at "
                f"{self.start}..{self.end}, which is {_short(actual)}",
                source=snapshot.text,
                span=(self.start, self.end),
            )
        text = snapshot.text
        if not text.endswith(self.prefix, 0, self.start):
            raise AnchorError(
                f"prefix {_short(self.prefix)} does not precede offset {self.start}",
                source=text,
                span=(self.start, self.start),
            )
        if not text.startswith(self.suffix, self.end):
            raise AnchorError(
                f"suffix {_short(self.suffix)} does not follow offset {self.end}",
                source=text,
                span=(self.end, self.end),
            )


def occurrences(text: str, exact: str, after: int = 0) -> list[int]:
    """Every start offset of ``exact`` in ``text`` at or after ``after`` (overlaps included)."""
    starts: list[int] = []
    i = text.find(exact, after)
    while i != -1:
        starts.append(i)
        i = text.find(exact, i + 1)
    return starts


def _short(value: str, limit: int = 60) -> str:
    """Quote ``value`` for a message, shortened to ``limit`` code points."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)
