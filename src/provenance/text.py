"""Immutable text snapshots and the offset units other tools use.

A :class:`TextSnapshot` holds an article's text exactly as it was given (no
normalisation of any kind), its SHA-256 over UTF-8 and its length in code
points.  The library's offsets are always half-open code-point offsets into
that text; this module converts them to and from UTF-16 code units (what
JavaScript, the DOM and the Hypothesis client count) and UTF-8 bytes (what
byte-oriented tools count), and to line and column.
"""

from __future__ import annotations

import bisect
import hashlib
from typing import Final

import attrs
import regex

from provenance.errors import TextError

__all__ = ["TextSnapshot", "digest_of"]

# A grapheme cluster in the sense of Unicode UAX #29 (extended clusters).
_GRAPHEME: Final = regex.compile(r"\X", regex.DOTALL)
# How far back a boundary check looks for a safe place to start scanning.
_GRAPHEME_LOOKBACK: Final = 256


def digest_of(text: str) -> str:
    """Return the hex SHA-256 of ``text`` encoded as UTF-8.

    Raises :class:`~provenance.errors.TextError` for text that has no UTF-8
    form (a lone surrogate), naming the offset of the first bad character.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TextError(
            f"text contains a lone surrogate U+{ord(text[exc.start]):04X} at offset "
            f"{exc.start}; it cannot be encoded as UTF-8",
            source=text,
            span=(exc.start, exc.start + 1),
        ) from None
    return hashlib.sha256(data).hexdigest()


@attrs.frozen
class _OffsetIndex:
    """Sorted code-point offsets of wide characters, for fast unit conversion.

    ``astral`` lists offsets of characters beyond the BMP (two UTF-16 units);
    ``utf8_extra`` lists, for every non-ASCII character, its offset, and
    ``utf8_weight`` the bytes it adds beyond one.  Line starts support
    line/column look-ups.
    """

    astral: tuple[int, ...]
    wide: tuple[int, ...]
    wide_extra_cumulative: tuple[int, ...]
    line_starts: tuple[int, ...]

    @classmethod
    def build(cls, text: str) -> _OffsetIndex:
        astral: list[int] = []
        wide: list[int] = []
        cumulative: list[int] = []
        line_starts = [0]
        total = 0
        for i, ch in enumerate(text):
            code = ord(ch)
            if code >= 0x80:
                wide.append(i)
                total += 1 if code < 0x800 else (2 if code < 0x10000 else 3)
                cumulative.append(total)
                if code >= 0x10000:
                    astral.append(i)
            elif ch == "\n" or (ch == "\r" and (i + 1 == len(text) or text[i + 1] != "\n")):
                line_starts.append(i + 1)
        return cls(tuple(astral), tuple(wide), tuple(cumulative), tuple(line_starts))


@attrs.frozen(eq=False)
class _Cache:
    """Mutable holder for the lazily built index (outside equality and hashing)."""

    index: list[_OffsetIndex] = attrs.field(factory=list)


@attrs.frozen
class TextSnapshot:
    """An article's text exactly as given, with its digest and length.

    Build one with :meth:`of`; the plain constructor also checks that
    ``sha256`` and ``length`` belong to ``text``.

    >>> snap = TextSnapshot.of("🤔 Müller said “X”\\r\\n")
    >>> snap.length, snap.utf16_length, snap.utf8_length
    (19, 20, 27)
    """

    text: str
    sha256: str
    length: int
    _cache: _Cache = attrs.field(init=False, factory=_Cache, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TextError(f"text must be a str (got {type(self.text).__name__})")
        actual = digest_of(self.text)
        if self.sha256 != actual:
            raise TextError(
                f"sha256 {self.sha256!r} does not belong to this text (its digest is {actual!r})"
            )
        if self.length != len(self.text):
            raise TextError(
                f"length {self.length!r} does not match the text ({len(self.text)} code points)"
            )

    @classmethod
    def of(cls, text: str) -> TextSnapshot:
        """Snapshot ``text`` as it is; refuse text that cannot be encoded."""
        if not isinstance(text, str):
            raise TextError(f"text must be a str (got {type(text).__name__})")
        return cls(text=text, sha256=digest_of(text), length=len(text))

    # -- offsets ---------------------------------------------------------

    def _index(self) -> _OffsetIndex:
        if not self._cache.index:
            self._cache.index.append(_OffsetIndex.build(self.text))
        return self._cache.index[0]

    def check_offset(self, offset: int, *, name: str = "offset") -> int:
        """Return ``offset`` if it is an int within ``0..length``, else raise."""
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise TextError(f"{name} must be an int (got {type(offset).__name__})")
        if not 0 <= offset <= self.length:
            raise TextError(f"{name} {offset} is outside the text (0..{self.length})")
        return offset

    @property
    def utf16_length(self) -> int:
        """Length of the text in UTF-16 code units."""
        return self.length + len(self._index().astral)

    @property
    def utf8_length(self) -> int:
        """Length of the text in UTF-8 bytes."""
        cumulative = self._index().wide_extra_cumulative
        return self.length + (cumulative[-1] if cumulative else 0)

    def to_utf16(self, offset: int) -> int:
        """Convert a code-point offset to a UTF-16 code-unit offset."""
        self.check_offset(offset)
        return offset + bisect.bisect_left(self._index().astral, offset)

    def from_utf16(self, unit: int) -> int:
        """Convert a UTF-16 code-unit offset to a code-point offset.

        Raises :class:`TextError` when ``unit`` falls between the two halves of
        a surrogate pair.
        """
        if isinstance(unit, bool) or not isinstance(unit, int):
            raise TextError(f"UTF-16 offset must be an int (got {type(unit).__name__})")
        if not 0 <= unit <= self.utf16_length:
            raise TextError(
                f"UTF-16 offset {unit} is outside the text (0..{self.utf16_length})"
            )
        astral = self._index().astral
        # Find the code point c with c + (#astral before c) == unit.
        lo, hi = 0, min(unit, self.length)
        while lo < hi:
            mid = (lo + hi) // 2
            if mid + bisect.bisect_left(astral, mid) < unit:
                lo = mid + 1
            else:
                hi = mid
        if lo + bisect.bisect_left(astral, lo) != unit:
            raise TextError(f"UTF-16 offset {unit} splits a surrogate pair")
        return lo

    def to_utf8(self, offset: int) -> int:
        """Convert a code-point offset to a UTF-8 byte offset."""
        self.check_offset(offset)
        index = self._index()
        k = bisect.bisect_left(index.wide, offset)
        return offset + (index.wide_extra_cumulative[k - 1] if k else 0)

    def from_utf8(self, byte: int) -> int:
        """Convert a UTF-8 byte offset to a code-point offset.

        Raises :class:`TextError` when ``byte`` falls inside a multi-byte
        character.
        """
        if isinstance(byte, bool) or not isinstance(byte, int):
            raise TextError(f"UTF-8 offset must be an int (got {type(byte).__name__})")
        if not 0 <= byte <= self.utf8_length:
            raise TextError(f"UTF-8 offset {byte} is outside the text (0..{self.utf8_length})")
        lo, hi = 0, min(byte, self.length)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_utf8(mid) < byte:
                lo = mid + 1
            else:
                hi = mid
        if self.to_utf8(lo) != byte:
            raise TextError(f"UTF-8 offset {byte} falls inside a multi-byte character")
        return lo

    def line_column(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and 1-based column (in code points) of ``offset``.

        A line ends at LF, CR or CRLF (the CRLF pair counts as one line end).
        """
        self.check_offset(offset)
        starts = self._index().line_starts
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def offset_of(self, line: int, column: int) -> int:
        """Inverse of :meth:`line_column`."""
        starts = self._index().line_starts
        if not 1 <= line <= len(starts):
            raise TextError(f"line {line} is outside the text (1..{len(starts)})")
        offset = starts[line - 1] + column - 1
        limit = starts[line] if line < len(starts) else self.length + 1
        if column < 1 or offset >= limit:
            raise TextError(f"column {column} is outside line {line}")
        return offset

    # -- boundaries ------------------------------------------------------

    def splits_crlf(self, offset: int) -> bool:
        """True when ``offset`` falls between the CR and LF of a CRLF pair."""
        self.check_offset(offset)
        return 0 < offset < self.length and self.text[offset - 1 : offset + 1] == "\r\n"

    def splits_grapheme(self, offset: int) -> bool:
        """True when ``offset`` falls inside a grapheme cluster (UAX #29).

        A CRLF pair is one cluster, so this also covers :meth:`splits_crlf`.
        """
        self.check_offset(offset)
        if offset in (0, self.length):
            return False
        text = self.text
        before, after = text[offset - 1], text[offset]
        if before < "\x80" and after < "\x80":
            # Between two ASCII characters the only cluster is CR LF (UAX #29 GB3).
            return before == "\r" and after == "\n"
        # Start scanning at a line break or whitespace well before the offset,
        # where a cluster boundary is certain in practice, so the check stays
        # local even on a text with no line breaks.
        floor = max(0, offset - _GRAPHEME_LOOKBACK)
        start = offset - 1
        while start > floor and not text[start - 1].isspace():
            start -= 1
        for match in _GRAPHEME.finditer(text, start, min(self.length, offset + 64)):
            if match.end() == offset or match.start() == offset:
                return False
            if match.start() < offset < match.end():
                return True
        return False

    def is_boundary(self, offset: int) -> bool:
        """True when ``offset`` splits neither a grapheme cluster nor a CRLF."""
        return not self.splits_grapheme(offset)
