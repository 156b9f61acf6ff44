"""The quotation-mark scanner: one pass over the text, no backtracking.

The scanner visits only the characters that can be quotation marks or line
breaks (a compiled character class finds the next one, so the rest of the text
is skipped in C), decides for each whether it opens, closes or is an
apostrophe from its neighbours and from what is open, and pairs marks with a
stack.  Three rules keep one bad mark from spoiling a document:

* a closing mark closes the nearest open mark *of its family*; whatever was
  opened above it and never closed is abandoned (its children move up);
* at the end of a paragraph the stack is resynchronised: when the next
  non-blank paragraph opens with a mark of the same family the outermost
  quotation continues there (the news convention: every paragraph opens, only
  the last closes), otherwise an unclosed outermost quotation is recovered as
  running to the end of its paragraph and everything else is dropped;
* a family index makes "is one of these open?" a constant-time question, so
  even a text made only of marks is scanned in linear time.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs
import regex

from provenance.anchors import Span

__all__ = ["Family", "Mark", "MarkRole", "QuoteSpan", "SegmentSpan", "find_quote_marks", "scan_quotations"]


class Family(enum.IntEnum):
    """Marks that close one another."""

    DOUBLE = 0  # “ ” " „
    SINGLE = 1  # ‘ ’ ' ‚
    GUILLEMET = 2  # « »
    SINGLE_GUILLEMET = 3  # ‹ ›
    CORNER = 4  # 「 」
    WHITE_CORNER = 5  # 『 』


class MarkRole(enum.Enum):
    """What a quotation mark does where it stands."""

    OPEN = "open"
    CLOSE = "close"


@attrs.frozen
class Mark:
    """One quotation mark that was paired or used: its offset, character, family and role."""

    offset: int
    char: str
    family: Family
    role: MarkRole

    @property
    def span(self) -> Span:
        """The one code point the mark occupies."""
        return Span(self.offset, self.offset + 1)


@attrs.frozen
class SegmentSpan:
    """One piece of a scanned quotation: its content and the marks around it."""

    content: Span
    open_mark: Span | None
    close_mark: Span | None


@attrs.frozen
class QuoteSpan:
    """A quotation found by the scanner, before any attribution.

    ``parent`` is the index (in the scanner's result) of the quotation this
    one is nested in; ``closed`` is false for a quotation recovered from an
    opening mark that was never closed.
    """

    segments: tuple[SegmentSpan, ...]
    parent: int | None
    depth: int
    closed: bool

    @property
    def span(self) -> Span:
        """From the first segment's content start to the last one's end."""
        return Span(self.segments[0].content.start, self.segments[-1].content.end)

    @property
    def outer(self) -> Span:
        """Like :attr:`span` but including the marks."""
        first, last = self.segments[0], self.segments[-1]
        start = first.open_mark.start if first.open_mark else first.content.start
        end = last.close_mark.end if last.close_mark else last.content.end
        return Span(start, end)


_FAMILY: Final[dict[str, Family]] = {
    "“": Family.DOUBLE, "”": Family.DOUBLE, '"': Family.DOUBLE, "„": Family.DOUBLE,
    "‘": Family.SINGLE, "’": Family.SINGLE, "'": Family.SINGLE, "‚": Family.SINGLE,
    "«": Family.GUILLEMET, "»": Family.GUILLEMET,
    "‹": Family.SINGLE_GUILLEMET, "›": Family.SINGLE_GUILLEMET,
    "「": Family.CORNER, "」": Family.CORNER,
    "『": Family.WHITE_CORNER, "』": Family.WHITE_CORNER,
}

#: Every character the scanner treats as a possible quotation mark.
QUOTE_CHARS: Final = frozenset(_FAMILY)

# The characters the scanner stops at: quotation marks and line breaks.
_STOP: Final = regex.compile(r"""[“”"„‘’'‚«»‹›「」『』\n\r\u2028\u2029]""")
# The first character of the next non-blank line (whitespace, then anything).
_NEXT_VISIBLE: Final = regex.compile(r"\S")
_LINE_BREAK: Final = regex.compile(r"[\n\r\u2028\u2029]")
_LINE_BREAKS: Final = frozenset("\n\r\u2028\u2029")
# Characters after which an opening mark is natural (besides whitespace).
_OPENING_CONTEXT: Final = frozenset("([{—–-/\u2014\u2013") | QUOTE_CHARS
# Elisions written with a leading apostrophe: ’em, ’til, rock ’n’ roll.
_ELISIONS: Final = frozenset({"em", "til", "tis", "twas", "cause", "bout", "n", "round", "s"})
# How many single line breaks an open quotation may run over (hard-wrapped text).
_MAX_SOFT_WRAPS: Final = 3
_ATTRIBUTE_MAX: Final = 200  # the longest markup attribute value skipped as such
# Quotations nest two or three deep in prose; an opening mark past this depth is stray.
# Without a bound, a text of opening marks alone keeps one open entry per mark.
_MAX_DEPTH: Final = 32


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class _Open:
    """A quotation being built (mutable scanner state, private)."""

    __slots__ = ("abandoned", "content_start", "family", "index", "open_mark", "parent", "segments", "wraps")

    def __init__(self, family: Family, mark: int, parent: _Open | None, index: int) -> None:
        self.family = family
        self.open_mark = mark
        self.content_start = mark + 1
        self.parent = parent
        self.index = index
        self.segments: list[tuple[int | None, int, int, int | None]] = []
        self.abandoned = False
        self.wraps = 0


class _Scanner:
    """Single-pass pairing of quotation marks (see the module docstring)."""

    def __init__(self, text: str, *, keep_marks: bool = False) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.by_family: list[list[int]] = [[] for _ in Family]
        self.finished: list[_Open] = []
        # Every mark used, for find_quote_marks only: a text of marks alone would otherwise
        # keep an object per character.
        self.keep_marks = keep_marks
        self.marks: list[Mark] = []
        self.opened = 0
        self.strong_cache: tuple[int, int, int] = (-1, -2, -1)

    # -- stack ------------------------------------------------------------

    def push(self, family: Family, offset: int) -> None:
        if len(self.stack) >= _MAX_DEPTH:
            return  # no prose nests this deep: a stray mark
        parent = self.stack[-1] if self.stack else None
        entry = _Open(family, offset, parent, self.opened)
        self.opened += 1
        self.by_family[family].append(len(self.stack))
        self.stack.append(entry)
        if self.keep_marks:
            self.marks.append(Mark(offset, self.text[offset], family, MarkRole.OPEN))

    def pop(self) -> _Open:
        entry = self.stack.pop()
        self.by_family[entry.family].pop()
        return entry

    def top_family(self) -> Family | None:
        return self.stack[-1].family if self.stack else None

    def is_open(self, family: Family) -> bool:
        return bool(self.by_family[family])

    def close(self, family: Family, offset: int) -> bool:
        """Close the nearest open quotation of ``family``; False for a stray mark."""
        if not self.by_family[family]:
            return False
        target = self.by_family[family][-1]
        while len(self.stack) > target + 1:
            self.pop().abandoned = True
        entry = self.pop()
        if entry.segments or _trim(self.text, entry.content_start, offset)[0] < offset:
            # A pair around nothing but blanks ("" "") is dropped now rather than kept to the end.
            entry.segments.append((entry.open_mark, entry.content_start, offset, offset))
            self.finished.append(entry)
        if self.keep_marks:
            self.marks.append(Mark(offset, self.text[offset], family, MarkRole.CLOSE))
        return True

    # -- paragraph ends ---------------------------------------------------

    def paragraph_end(self, brk: int, after: int) -> int:
        """Resynchronise at a line break at ``brk``; return where scanning resumes."""
        if not self.stack:
            return after
        text = self.text
        bottom = self.stack[0]
        found = _NEXT_VISIBLE.search(text, after)
        nxt = found.start() if found else len(text)
        blank_between = nxt < len(text) and any(c in _LINE_BREAKS for c in text[after:nxt])
        doubled = text.startswith("''", nxt) and not text.startswith("'''", nxt)
        if doubled:
            nxt += 1  # the inner apostrophe carries the mark
        if (
            found
            and (Family.DOUBLE if doubled else _FAMILY.get(text[nxt])) == bottom.family
            and self._opens(nxt)
            and self._starts_block(bottom, brk)
        ):
            # Multi-paragraph quotation: close this paragraph's segment, open the next.
            while len(self.stack) > 1:
                self.pop().abandoned = True
            bottom.segments.append((bottom.open_mark, bottom.content_start, brk, None))
            bottom.open_mark = nxt
            bottom.content_start = nxt + 1
            bottom.wraps = 0
            if self.keep_marks:
                self.marks.append(Mark(nxt, text[nxt], bottom.family, MarkRole.OPEN))
            return nxt + 1
        if doubled:
            nxt -= 1
        k = brk
        while k > 0 and text[k - 1].isspace() and text[k - 1] not in _LINE_BREAKS:
            k -= 1
        ends_sentence = k > 0 and text[k - 1] in ".!?:"
        # A hard-wrapped line: the next line goes on with the sentence in lower case.
        if (
            not blank_between
            and found
            and not ends_sentence
            and text[nxt].islower()
            and all(e.wraps < _MAX_SOFT_WRAPS for e in self.stack)
        ):
            # A hard-wrapped line: the quotation runs on.
            for entry in self.stack:
                entry.wraps += 1
            return after
        self.flush(brk)
        return after

    def flush(self, end: int) -> None:
        """Recover the outermost unclosed quotation up to ``end``; drop the rest."""
        while len(self.stack) > 1:
            self.pop().abandoned = True
        if self.stack:
            entry = self.pop()
            entry.segments.append((entry.open_mark, entry.content_start, end, None))
            self.finished.append(entry)

    def _starts_block(self, entry: _Open, brk: int) -> bool:
        """True when ``entry``'s opening mark can begin a quotation that runs on.

        It must open its paragraph, follow an introduction (``… replied:``,
        ``said,``) or be followed by a long stretch ending a sentence; a stray
        mark in the middle of a line must not swallow the next paragraph.
        """
        text = self.text
        mark = entry.open_mark
        found = _LINE_BREAK.search(text, max(0, mark - 200), mark)
        line_start = max(0, mark - 200)
        while found is not None:
            line_start = found.end()
            found = _LINE_BREAK.search(text, line_start, mark)
        before = text[line_start:mark].rstrip()
        if text[mark] == "'" and before.endswith("'"):
            before = before[:-1].rstrip()  # the outer apostrophe of a doubled mark
        if not before or before[-1] in ":,":
            return True
        tail = text[mark + 1 : brk].rstrip()
        return len(tail) >= 60 and tail[-1:] in (".", "!", "?")

    def _opens(self, offset: int) -> bool:
        """True when the mark at ``offset`` would open (used for the look-ahead)."""
        ch = self.text[offset]
        nxt = self.text[offset + 1] if offset + 1 < len(self.text) else ""
        return ch not in "”»›」』" and bool(nxt) and not nxt.isspace()

    # -- classification ---------------------------------------------------

    def visit(self, i: int) -> None:
        text = self.text
        ch = text[i]
        family = _FAMILY[ch]
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        left = (not prev or prev.isspace() or prev in _OPENING_CONTEXT) and bool(nxt) and not nxt.isspace()
        right = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or not _is_word(nxt))
        if family is Family.SINGLE:
            self.visit_single(i, ch, prev, nxt, left, right)
            return
        if ch in "„‚「『":
            self.push(family, i)
        elif ch in "」』":
            self.close(family, i)
        elif ch == "“":
            if right and not left and self.is_open(family):
                self.close(family, i)
            else:
                self.push(family, i)
        elif ch == "”":
            if left and not right and not self.is_open(family):
                self.push(family, i)
            else:
                self.close(family, i)
        elif ch == '"':
            if left and not right:
                self.push(family, i)
            elif right and not left:
                if not self.close(family, i):
                    return
            elif self.is_open(family):
                self.close(family, i)
            else:
                self.push(family, i)
        else:  # guillemets: « » and ‹ › either way round
            opener = ch in "«‹"
            if opener and right and not left and self.top_family() is family:
                self.close(family, i)
            elif (not opener and left and not right and not self.is_open(family)) or opener:
                self.push(family, i)
            else:
                self.close(family, i)

    def visit_doubled(self, i: int) -> None:
        """Two apostrophes at ``i`` used as one straight double mark."""
        text = self.text
        prev = text[i - 1] if i else ""
        nxt = text[i + 2] if i + 2 < len(text) else ""
        left = (not prev or prev.isspace() or prev in _OPENING_CONTEXT) and bool(nxt) and not nxt.isspace()
        right = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or not _is_word(nxt))
        if left and not right:
            self.push(Family.DOUBLE, i + 1)
        elif (right and not left) or self.is_open(Family.DOUBLE):
            self.close(Family.DOUBLE, i)
        else:
            self.push(Family.DOUBLE, i + 1)

    def visit_single(self, i: int, ch: str, prev: str, nxt: str, left: bool, right: bool) -> None:
        text = self.text
        family = Family.SINGLE
        if _is_word(prev) and _is_word(nxt):
            return  # don’t, Ukraine’s, shouldn‘t: an apostrophe
        if left and not right:
            if nxt.isdigit():
                return  # ’90s
            if ch in "’'" and not (prev and prev in QUOTE_CHARS):
                word_end = i + 1
                while word_end < len(text) and word_end - i < 7 and text[word_end].isalpha():
                    word_end += 1
                word = text[i + 1 : word_end].lower()
                after = text[word_end] if word_end < len(text) else ""
                if word in _ELISIONS and not after.isalpha():
                    return  # ’em, ’til, rock ’n’ roll
            if ch == "‘" or ch == "‚" or ch == "'" or ch == "’":
                self.push(family, i)
            return
        if not right:
            # Between two non-word characters or in the middle of nowhere.
            if left:
                self.push(family, i)
            return
        # Right-flanking: a closing mark or a trailing apostrophe (soldiers’, goin’).
        if ch == "‚":
            self.push(family, i)
            return
        if ch == "‘" and not self.is_open(family):
            self.push(family, i)  # a mistyped opening mark after a word is rare; keep pairing
            return
        if self.top_family() is not family:
            return  # soldiers’ with no single quotation open: an apostrophe
        if (
            _is_word(prev)
            and prev in "sSzZ"
            and nxt == " "
            and self._lower_follows(i + 2)
            and self._later_strong_close(i + 1)
        ):
            return  # plural possessive inside a quotation that closes later
        self.close(family, i)

    def _lower_follows(self, j: int) -> bool:
        return j < len(self.text) and self.text[j].islower()

    def _later_strong_close(self, j: int) -> bool:
        """True when a single closing mark before punctuation or a line end follows in this line.

        The answer for a line is computed once (scanning it backwards), so a
        line of a million apostrophes stays linear.
        """
        start, end, strong = self.strong_cache
        if not start <= j <= end:
            text = self.text
            end = len(text)
            found = _LINE_BREAK.search(text, j)
            if found is not None:
                end = found.start()
            strong = -1
            k = end
            while k > j:
                k = max(text.rfind("’", j, k), text.rfind("'", j, k))
                if k == -1:
                    break
                after = text[k + 1] if k + 1 < len(text) else ""
                if not after or after in _LINE_BREAKS or (not after.isspace() and not _is_word(after)):
                    strong = k
                    break
            start = j
            self.strong_cache = (start, end, strong)
        return strong >= j

    # -- driver -----------------------------------------------------------

    def run(self) -> None:
        text = self.text
        pos = 0
        while True:
            found = _STOP.search(text, pos)
            if found is None:
                break
            i = found.start()
            ch = text[i]
            if ch in _LINE_BREAKS:
                after = i + 2 if text.startswith("\r\n", i) else i + 1
                pos = self.paragraph_end(i, after)
                continue
            if ch == "'" and text.startswith("''", i) and not text.startswith("''''", i):
                # ''Two apostrophes'' stand for a double mark (old wire copy, ASCII text):
                # the inner one of each pair carries it, so content excludes both.
                if text.startswith("'''", i):
                    # Three: a single mark and a doubled one ('…''' closes both, '''… opens both).
                    prev = text[i - 1] if i else ""
                    if prev and not prev.isspace() and prev not in _OPENING_CONTEXT:
                        self.visit(i)  # the inner single closes first
                        self.visit_doubled(i + 1)
                    else:
                        self.visit_doubled(i)
                        self.visit(i + 2)
                    pos = i + 3
                    continue
                self.visit_doubled(i)
                pos = i + 2
                continue
            if ch in "\"'" and i and text[i - 1] == "=":
                # Markup left in the text (<tweet id="79…">): an attribute value, not a quotation.
                close = text.find(ch, i + 1, i + 1 + _ATTRIBUTE_MAX)
                pos = close + 1 if close >= 0 else i + 1
                continue
            self.visit(i)
            pos = i + 1
        self.flush(len(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_marks(text: str) -> tuple[Mark, ...]:
    """Every quotation mark the scanner used, in text order, with its role.

    Apostrophes (``don’t``, ``Ukraine’s``, ``’90s``, ``soldiers’``) and stray
    marks are left out.

    >>> [(m.offset, m.char, m.role.value) for m in find_quote_marks("He said “don’t.”")]
    [(8, '“', 'open'), (15, '”', 'close')]
    """
    scanner = _Scanner(text, keep_marks=True)
    scanner.run()
    return tuple(sorted(scanner.marks, key=lambda m: m.offset))


def scan_quotations(text: str) -> tuple[QuoteSpan, ...]:
    """Every quoted stretch of ``text``, nested and multi-paragraph ones included.

    Results are in order of their opening mark; a nested quotation names its
    parent by index.  Content spans exclude the marks and surrounding
    whitespace; empty quotations are dropped.

    >>> spans = scan_quotations("“A ‘b’ c,” she said, “d.”")
    >>> [(text.start, text.end) for q in spans for text in [q.span]]
    [(1, 9), (4, 5), (22, 24)]
    >>> spans[1].parent, spans[1].depth
    (0, 1)
    """
    scanner = _Scanner(text)
    scanner.run()
    entries = [e for e in scanner.finished if not e.abandoned]
    entries.sort(key=lambda e: e.index)
    results: list[QuoteSpan] = []
    position: dict[int, int] = {}
    for entry in entries:
        segments: list[SegmentSpan] = []
        for open_at, start, end, close_at in entry.segments:
            s, e = _trim(text, start, end)
            if s == e:
                continue
            segments.append(
                SegmentSpan(
                    content=Span(s, e),
                    open_mark=None if open_at is None else _mark_span(text, open_at, opening=True),
                    close_mark=None if close_at is None else _mark_span(text, close_at, opening=False),
                )
            )
        if not segments:
            continue
        parent = entry.parent
        while parent is not None and (parent.abandoned or parent.index not in position):
            parent = parent.parent
        parent_index = position[parent.index] if parent is not None else None
        if parent_index is not None and not _inside(results[parent_index], segments):
            parent_index = None
        depth = results[parent_index].depth + 1 if parent_index is not None else 0
        position[entry.index] = len(results)
        results.append(
            QuoteSpan(
                segments=tuple(segments),
                parent=parent_index,
                depth=depth,
                closed=entry.segments[-1][3] is not None,
            )
        )
    return tuple(results)


def _mark_span(text: str, at: int, *, opening: bool) -> Span:
    """The span of the mark at ``at``: two code points for a doubled apostrophe."""
    if text[at] == "'":
        # A third apostrophe beyond the pair belongs to a single mark next to it ('…''').
        if opening and at > 0 and text[at - 1] == "'" and not (at > 1 and text[at - 2] == "'"):
            return Span(at - 1, at + 1)
        if not opening and text.startswith("''", at) and not text.startswith("'''", at):
            return Span(at, at + 2)
    return Span(at, at + 1)


def _inside(parent: QuoteSpan, segments: list[SegmentSpan]) -> bool:
    return all(any(p.content.contains(s.content) for p in parent.segments) for s in segments)
