"""Links to the exact words: URL Text Fragments and RFC 5147 ``#char=`` fragments.

:func:`text_fragment` builds a ``#:~:text=`` directive that a browser resolves
to the quotation (or claim) itself: the first match of the directive is the
item, and, whenever the article allows it, the only one.  :func:`rfc5147_fragment`
addresses the same words by character position in a ``text/plain`` copy of
the article, with integrity checks.  :func:`link` joins either to the
article's URL.

>>> from provenance.anchors import Anchor
>>> from provenance.model import Article, Attribution, Claim, Record
>>> article = Article.create("Ana said the river rose all night.\\r\\nIt rose.", url="https://e.example/a")
>>> claim = Claim.create(Anchor.find(article.text, "the river rose all night"), Attribution())
>>> short = Claim.create(Anchor.find(article.text, "rose", occurrence=1), Attribution())
>>> record = Record.create(article, claims=[claim, short])
>>> text_fragment(record, claim)
'#:~:text=the%20river%20rose%20all%20night'
>>> text_fragment(record, short)  # short and not unique: context at once
'#:~:text=It-,rose,-.'
>>> rfc5147_fragment(record, short)  # the CRLF counts as one character
'#char=38,42;length=43,UTF-8;md5=...'
>>> link(record, claim)
'https://e.example/a#:~:text=the%20river%20rose%20all%20night'
"""

from __future__ import annotations

import hashlib
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Final, Literal

import attrs
import regex

from provenance.cite import CitationError
from provenance.model import Claim, Quotation, Record

__all__ = ["Directive", "find_directive", "link", "rfc5147_fragment", "text_fragment"]

#: Longest quotation given whole as ``textStart`` (Chrome's generator limit).
EXACT_LIMIT: Final = 300
#: Quotations shorter than this get context at once.
SHORT: Final = 20
#: Most words of prefix or suffix context, and of ``textStart``/``textEnd`` in range form.
MAX_WORDS: Final = 10

# A line ending (CRLF is one) ends a block; whitespace inside a block collapses.
_LINE_END: Final = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85\v\f\x1c-\x1e]")


# -- the searchable form of a text --------------------------------------------------------


@attrs.frozen
class _Folded:
    """The text as a browser searches it: blocks (lines) joined by ``\\n``, whitespace
    collapsed, case and accents folded; ``origin[i]`` is the source span of folded char ``i``."""

    doc: str
    origin: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> _Folded:
        chars: list[str] = []
        origin: list[list[int]] = []
        for i, ch in enumerate(text):
            if _LINE_END.match(ch) or (ch == "\n" and i and text[i - 1] == "\r"):
                while chars and chars[-1] == " ":
                    chars.pop()
                    origin.pop()
                if chars and chars[-1] != "\n":
                    chars.append("\n")
                    origin.append([i, i + 1])
                continue
            if ch.isspace():
                if chars and chars[-1] not in " \n":
                    chars.append(" ")
                    origin.append([i, i + 1])
                continue
            folded = fold(ch)
            if not folded:
                if origin:
                    origin[-1][1] = i + 1  # a combining mark stays with its base
                continue
            for f in folded:
                chars.append(f)
                origin.append([i, i + 1])
        return cls("".join(chars), tuple((a, b) for a, b in origin))

    def index_at(self, offset: int) -> int:
        """The first folded index whose source starts at or after ``offset``."""
        lo, hi = 0, len(self.origin)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.origin[mid][0] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The source span of folded ``[start, end)``."""
        return self.origin[start][0], self.origin[end - 1][1]


def fold(text: str) -> str:
    """Case- and accent-insensitive form: decompose, drop combining marks, casefold."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(doc: str, i: int) -> bool:
    """A word boundary: not between two word characters."""
    return i <= 0 or i >= len(doc) or not (_is_word(doc[i - 1]) and _is_word(doc[i]))


def _find(doc: str, term: str, start: int, *, start_bounded: bool, end_bounded: bool) -> int | None:
    """First occurrence of ``term`` at or after ``start`` meeting the boundary rules."""
    i = doc.find(term, start)
    while i != -1:
        if (not start_bounded or _boundary(doc, i)) and (not end_bounded or _boundary(doc, i + len(term))):
            return i
        i = doc.find(term, i + 1)
    return None


def _skip_spaces(doc: str, i: int) -> int:
    while i < len(doc) and doc[i] == " ":
        i += 1
    return i


# -- directives ------------------------------------------------------------------------------


@attrs.frozen
class Directive:
    """The four terms of a text directive (source text, not yet percent-encoded)."""

    start: str
    end: str | None = None
    prefix: str | None = None
    suffix: str | None = None

    def encode(self) -> str:
        """``#:~:text=[prefix-,]start[,end][,-suffix]`` with every term percent-encoded."""
        parts = [] if self.prefix is None else [_encode(self.prefix) + "-"]
        parts.append(_encode(self.start))
        if self.end is not None:
            parts.append(_encode(self.end))
        if self.suffix is not None:
            parts.append("-" + _encode(self.suffix))
        return "#:~:text=" + ",".join(parts)


def _encode(term: str) -> str:
    # quote() leaves "-" alone, but the directive syntax gives it a meaning.
    return urllib.parse.quote(term, safe="").replace("-", "%2D")


def _matches(folded: _Folded, directive: Directive) -> Iterator[tuple[int, int]]:
    """Folded ranges the directive matches, in the order the spec's search finds them."""
    doc = folded.doc
    start, end = fold(directive.start), None if directive.end is None else fold(directive.end)
    prefix = None if directive.prefix is None else fold(directive.prefix)
    suffix = None if directive.suffix is None else fold(directive.suffix)
    must_end = end is not None or suffix is None
    pos = 0
    while pos <= len(doc):
        if prefix is not None:
            p = _find(doc, prefix, pos, start_bounded=True, end_bounded=False)
            if p is None:
                return
            pos = p + 1
            s = _skip_spaces(doc, p + len(prefix))
            if not doc.startswith(start, s) or (must_end and not _boundary(doc, s + len(start))):
                continue
        else:
            found = _find(doc, start, pos, start_bounded=True, end_bounded=must_end)
            if found is None:
                return
            s = found
            pos = s + 1
        m_end = s + len(start)
        while True:
            if end is not None:
                e = _find(doc, end, m_end, start_bounded=True, end_bounded=suffix is None)
                if e is None:
                    return
                m_end = e + len(end)
            if suffix is None:
                yield s, m_end
                break
            at = _skip_spaces(doc, m_end)
            if _find(doc, suffix, at, start_bounded=False, end_bounded=True) is None:
                return
            if doc.startswith(suffix, at) and _boundary(doc, at + len(suffix)):
                yield s, m_end
                break
            if end is None:
                break


def find_directive(text: str, directive: Directive) -> list[tuple[int, int]]:
    """Every source span the directive matches in ``text``, first match first."""
    folded = _Folded.of(text)
    return [folded.source(a, b) for a, b in _matches(folded, directive)]


# -- generation ------------------------------------------------------------------------------


def _item_span(record: Record, item: Quotation | Claim) -> tuple[int, int]:
    if isinstance(item, Quotation):
        if item not in record.quotations:
            raise CitationError(f"quotation {item.id} is not part of this record")
        return item.span.start, item.span.end
    if isinstance(item, Claim):
        if item not in record.claims:
            raise CitationError(f"claim {item.id} is not part of this record")
        return item.content.start, item.content.end
    raise CitationError(f"expected a Quotation or a Claim (got {type(item).__name__})")


def _words_before(doc: str, i: int, n: int) -> tuple[int, int] | None:
    """Folded range of up to ``n`` words before ``i`` in the same block."""
    block_start = doc.rfind("\n", 0, i) + 1
    region = doc[block_start:i].rstrip(" ")
    if not region:
        return None
    words = region.split(" ")
    taken = " ".join(words[-n:])
    stop = block_start + len(region)
    return stop - len(taken), stop


def _words_after(doc: str, i: int, n: int) -> tuple[int, int] | None:
    """Folded range of up to ``n`` words after ``i`` in the same block."""
    block_end = doc.find("\n", i)
    block_end = len(doc) if block_end == -1 else block_end
    first = _skip_spaces(doc, i)
    region = doc[first:block_end]
    if not region:
        return None
    taken = " ".join(region.split(" ")[:n])
    return first, first + len(taken)


def _term(text: str, folded: _Folded, start: int, end: int) -> str:
    """The source text of folded ``[start, end)`` with whitespace collapsed as the search sees it."""
    a, b = folded.source(start, end)
    return regex.sub(r"\s+", " ", text[a:b])


def text_fragment(record: Record, item: Quotation | Claim) -> str:
    """A ``#:~:text=`` fragment whose first match is ``item``'s words.

    The quotation's text is given whole up to :data:`EXACT_LIMIT` characters
    within one paragraph, else as ``start,end`` words; context words are
    added (3, then one at a time up to :data:`MAX_WORDS`) until the fragment
    matches only the item.  Raises :class:`~provenance.errors.CitationError`
    when no fragment can reach the item first.
    """
    text = record.text
    a, b = _item_span(record, item)
    folded = _Folded.of(text)
    doc = folded.doc
    fs, fe = folded.index_at(a), folded.index_at(b)
    while fe > fs and doc[fe - 1] in " \n":
        fe -= 1
    while fs < fe and doc[fs] in " \n":
        fs += 1
    if fs >= fe:
        raise CitationError(f"{item.id} covers no searchable text")
    target = doc[fs:fe]
    exact = "\n" not in target and len(target) <= EXACT_LIMIT
    contexts = [0, *range(3, MAX_WORDS + 1)]
    if exact and len(target) < SHORT:
        contexts = contexts[1:]  # too short to stand alone: context at once
    sizes = [0] if exact else list(range(3, MAX_WORDS + 1))
    first_hit: Directive | None = None
    for size in sizes:
        if exact:
            start, end = _term(text, folded, fs, fe), None
        else:
            head = _words_after(doc, fs, size)
            tail = _words_before(doc, fe, size)
            assert head is not None and tail is not None  # the target holds words at both ends
            start, end = _term(text, folded, *head), _term(text, folded, *tail)
        for ctx in contexts:
            before = _words_before(doc, fs, ctx) if ctx else None
            after = _words_after(doc, fe, ctx) if ctx else None
            directive = Directive(
                start=start,
                end=end,
                prefix=None if before is None else _term(text, folded, *before),
                suffix=None if after is None else _term(text, folded, *after),
            )
            found = _matches(folded, directive)
            first = next(found, None)
            if first != (fs, fe):
                continue
            if next(found, None) is None:
                return directive.encode()  # unique
            if first_hit is None:
                first_hit = directive
    if first_hit is not None:
        return first_hit.encode()  # not unique, but the item is the first match: browsers stop there
    raise CitationError(
        f"no text fragment reaches {item.id} first: the same words with the same context occur "
        "earlier in the article"
    )


# -- RFC 5147 ------------------------------------------------------------------------------------


def _crlf_before(text: str, offset: int) -> int:
    """CRLF pairs wholly before ``offset`` (each counts as one character in RFC 5147)."""
    return text.count("\r\n", 0, offset)


def rfc5147_position(text: str, offset: int) -> int:
    """An RFC 5147 character position for a code-point ``offset`` (CRLF counts as one)."""
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        raise CitationError(f"offset {offset} falls between the CR and LF of a line ending")
    return offset - _crlf_before(text, offset)


def rfc5147_fragment(record: Record, item: Quotation | Claim) -> str:
    """``#char=s,e;length=N,UTF-8;md5=HEX`` for ``item`` in a text/plain copy of the article.

    Positions and ``length`` count code points, every line ending (CRLF
    included) as one character.  ``md5`` is over the UTF-8 bytes of the text
    in MIME canonical form (every line ending written as CRLF).
    """
    text = record.text
    a, b = _item_span(record, item)
    start, end = rfc5147_position(text, a), rfc5147_position(text, b)
    length = len(text) - _crlf_before(text, len(text))
    canonical = _LINE_END.sub("\r\n", text)
    md5 = hashlib.md5(canonical.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"#char={start},{end};length={length},UTF-8;md5={md5}"


def link(record: Record, item: Quotation | Claim, *, kind: Literal["text", "rfc5147"] = "text") -> str:
    """The article's URL with a fragment pointing at ``item``'s words."""
    url = record.article.url
    if not url:
        raise CitationError("the article has no URL to link to")
    if kind == "rfc5147":
        return url.split("#", 1)[0] + rfc5147_fragment(record, item)
    if kind != "text":
        raise CitationError(f"unknown link kind {kind!r}; expected 'text' or 'rfc5147'")
    fragment = text_fragment(record, item)
    # A text directive follows any existing fragment: "#section:~:text=…".
    return url + fragment[1:] if "#" in url else url + fragment
