"""Text normalisation that remembers where every character came from.

Verification and re-anchoring compare texts loosely (whitespace runs,
typographic marks, case) but must always report places in the *original*
text.  :func:`normalise` therefore returns a :class:`Normalised` text together
with a compact, piecewise offset map: every normalised character knows the
original range of code points it was made from, so any normalised span maps
back to original code points.

Three cumulative levels:

* ``WHITESPACE``: runs of ordinary whitespace and line breaks (CRLF included)
  become one space.
* ``TYPOGRAPHIC``: also NFKC per grapheme cluster (so ``…`` becomes ``...`` and
  full-width letters become ASCII), every quotation mark and apostrophe
  becomes ``"``, every dash and minus becomes ``-``, every Unicode space
  (NBSP, thin spaces) counts as whitespace, and invisible characters (zero
  width space, soft hyphen, word joiner, BOM) vanish.
* ``CASE``: also case folding.

Work is done per grapheme cluster so that a decomposed ``é`` and a
precomposed one normalise alike and no span ever lands inside a cluster;
ASCII stretches take a fast path because most news text is ASCII.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from array import array
from bisect import bisect_right
from typing import Final

import attrs
import regex

__all__ = ["Level", "Normalised", "normalise"]


class Level(enum.IntEnum):
    """How loosely to compare; each level includes the ones before it."""

    WHITESPACE = 1
    TYPOGRAPHIC = 2
    CASE = 3


# Every quotation mark and apostrophe folds to one character: relayed quotes
# alternate double and single marks by depth, so the kind of mark carries no
# meaning when comparing words.
_QUOTES: Final = "'\"`´‘’‚‛“”„‟′″‹›«»＂＇"
# Hyphens, dashes and the minus sign.
_DASHES: Final = "‐‑‒–—―−﹘﹣－"
# Characters that are invisible in print and vanish at the typographic level.
_INVISIBLE: Final = "\u00ad\u200b\u2060\ufeff"

_TYPOGRAPHY: Final = str.maketrans(
    {**dict.fromkeys(_QUOTES, '"'), **dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_INVISIBLE)}
)
# The ASCII part of the table, for the fast path over printable ASCII.
_ASCII_TYPOGRAPHY: Final = str.maketrans({"'": '"', "`": '"'})

_PLAIN: Final = r"""
    (?P<plain>
        (?: [\x21-\x7e]                 # printable ASCII, one code point per cluster
          | \x20 (?= [\x21-\x7e] )      # a single space between such characters
        )+
        (?! [\p{M}\u200c\u200d] )       # give back a letter that a mark attaches to
    )
"""
_CLUSTER: Final = r"""
    (?P<cluster> \X )                   # anything else, one grapheme cluster at a time
"""
# Ordinary whitespace: what differs between two copies of one text that only
# differ in line wrapping and spacing.
_TOKENS_WHITESPACE: Final = regex.compile(
    r"(?P<space> [\t\n\v\f\r\x20\x85\u2028\u2029]+ ) |" + _PLAIN + "|" + _CLUSTER,
    regex.VERBOSE | regex.DOTALL,
)
# Typographic whitespace also counts NBSP and the other Unicode spaces.
_TOKENS_TYPOGRAPHIC: Final = regex.compile(
    r"(?P<space> \s+ ) |" + _PLAIN + "|" + _CLUSTER,
    regex.VERBOSE | regex.DOTALL,
)


@attrs.frozen(eq=False)
class Normalised:
    """A normalised text and the map back to the original's code points.

    The map is piecewise: piece ``k`` starts at normalised offset
    ``nstarts[k]`` and covers original offsets ``ostarts[k]..oends[k]``; a
    *linear* piece maps character for character, any other piece maps each of
    its characters to the whole original range (a whitespace run, an
    expanded ``…``).

    >>> n = normalise("A  “quoted”\\r\\nline…", Level.CASE)
    >>> n.text
    'a "quoted" line...'
    >>> n.to_original(2, 10), n.to_original(16, 18)
    ((3, 11), (17, 18))
    """

    text: str
    original_length: int
    nstarts: array[int]
    ostarts: array[int]
    oends: array[int]
    linear: bytes

    def _piece(self, index: int) -> int:
        return bisect_right(self.nstarts, index) - 1

    def start_of(self, index: int) -> int:
        """Original offset where normalised character ``index`` begins."""
        if index >= len(self.text):
            return self.original_length
        k = self._piece(index)
        if self.linear[k]:
            return self.ostarts[k] + index - self.nstarts[k]
        return self.ostarts[k]

    def end_of(self, index: int) -> int:
        """Original offset just after normalised character ``index``."""
        k = self._piece(index)
        if self.linear[k]:
            return self.ostarts[k] + index - self.nstarts[k] + 1
        return self.oends[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``start..end`` to original code points."""
        begin = self.start_of(start)
        if end <= start:
            return begin, begin
        return begin, self.end_of(end - 1)

    def to_normalised(self, offset: int) -> int:
        """The first normalised offset whose character starts at or after ``offset``."""
        if offset >= self.original_length or not self.nstarts:
            return len(self.text)
        k = bisect_right(self.ostarts, offset) - 1
        if k < 0:
            return 0
        if self.linear[k] and offset < self.oends[k]:
            return self.nstarts[k] + offset - self.ostarts[k]
        if offset <= self.ostarts[k]:
            return self.nstarts[k]
        return self.nstarts[k + 1] if k + 1 < len(self.nstarts) else len(self.text)


class _Builder:
    """Accumulates normalised text and its piecewise offset map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last_space = False
        self.nstarts: list[int] = []
        self.ostarts: list[int] = []
        self.oends: list[int] = []
        self.linear: list[int] = []

    def emit(self, out: str, start: int, end: int) -> None:
        if not out:
            return
        linear = len(out) == end - start
        if (
            linear
            and self.linear
            and self.linear[-1]
            and self.oends[-1] == start
        ):
            self.oends[-1] = end  # extend the running character-for-character piece
        else:
            self.nstarts.append(self.length)
            self.ostarts.append(start)
            self.oends.append(end)
            self.linear.append(1 if linear else 0)
        self.parts.append(out)
        self.length += len(out)
        self.last_space = out[-1] == " "

    def space(self, start: int, end: int) -> None:
        # A run that follows another (a space, a vanished character, a space)
        # is dropped so that the normalised text never holds two spaces.
        if not self.last_space:
            self.emit(" ", start, end)


@functools.lru_cache(maxsize=4096)
def _cluster(cluster: str, level: Level) -> str:
    if level == Level.WHITESPACE:
        return cluster
    out = unicodedata.normalize("NFKC", cluster).translate(_TYPOGRAPHY)
    if out and out.isspace():
        return " "
    return out.casefold() if level == Level.CASE else out


def _build(text: str, level: Level) -> Normalised:
    tokens = _TOKENS_WHITESPACE if level == Level.WHITESPACE else _TOKENS_TYPOGRAPHIC
    out = _Builder()
    for match in tokens.finditer(text):
        start, end = match.span()
        kind = match.lastgroup
        if kind == "space":
            out.space(start, end)
        elif kind == "plain":
            chunk = match.group()
            if level >= Level.TYPOGRAPHIC:
                chunk = chunk.translate(_ASCII_TYPOGRAPHY)
                if level == Level.CASE:
                    chunk = chunk.lower()
            out.emit(chunk, start, end)
        else:
            folded = _cluster(match.group(), level)
            if folded == " ":
                out.space(start, end)
            else:
                out.emit(folded, start, end)
    return Normalised(
        text="".join(out.parts),
        original_length=len(text),
        nstarts=array("q", out.nstarts),
        ostarts=array("q", out.ostarts),
        oends=array("q", out.oends),
        linear=bytes(out.linear),
    )


#: Texts at least this long have their normalisation cached.
CACHE_FROM: Final = 4096


@functools.lru_cache(maxsize=8)
def _cached(text: str, level: Level) -> Normalised:
    return _build(text, level)


def normalise(text: str, level: Level) -> Normalised:
    """Normalise ``text`` at ``level``.

    Long texts (sources, articles) are cached, since verifying or re-anchoring
    many quotes against one text normalises it once; short ones (quotes) are
    cheap and would only push the long ones out of the cache.

    >>> normalise("Don’t\\u00a0stop — now", Level.TYPOGRAPHIC).text
    'Don"t stop - now'
    """
    if len(text) < CACHE_FROM:
        return _build(text, level)
    return _cached(text, level)
