"""Quotation styles and the renderers that turn snippet pieces into text.

A style fixes the marks for each nesting depth, the ellipsis, and where the
joining comma goes; a format (plain text, Markdown, HTML) fixes how pieces are
escaped and how marks, outlets and paragraph breaks are written.  Nothing here
reads an article: the pieces carry everything the output needs.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Final, Literal, TypeAlias

import attrs
import regex

from provenance.anchors import Span

__all__ = [
    "FORMATS",
    "STYLES",
    "AttributionText",
    "Break",
    "Ellipsis",
    "Format",
    "Insertion",
    "Mark",
    "Piece",
    "Punctuation",
    "Style",
    "StyleRules",
    "Verbatim",
    "render",
    "rules",
]

Style: TypeAlias = Literal["ap", "chicago", "british"]
Format: TypeAlias = Literal["text", "markdown", "html"]
STYLES: Final[tuple[Style, ...]] = ("ap", "chicago", "british")
FORMATS: Final[tuple[Format, ...]] = ("text", "markdown", "html")


# -- pieces -------------------------------------------------------------------


@attrs.frozen
class Verbatim:
    """Words copied from the source: ``text`` is exactly ``source[span]``."""

    span: Span
    text: str


@attrs.frozen
class Mark:
    """A quotation mark the snippet writes for ``quotation`` at ``depth`` (0 outermost).

    ``reopen`` marks the opening mark repeated at the start of a new
    paragraph of a quotation that runs over paragraphs.
    """

    opening: bool
    depth: int
    quotation: str
    reopen: bool = False


@attrs.frozen
class Ellipsis:  # the editorial term; shadows the builtin only inside this module
    """An omission: the snippet's own (``span`` None) or the source's (``span`` of its dots)."""

    span: Span | None = None


@attrs.frozen
class Insertion:
    """A bracketed insertion or ``[sic]`` kept exactly as the source has it."""

    span: Span
    text: str


@attrs.frozen
class Punctuation:
    """Punctuation placed by the style: the source's own (``span`` set) or editorial."""

    text: str
    span: Span | None = None


@attrs.frozen
class AttributionText:
    """Words of the attribution phrase; ``outlet`` names a publication (``<cite>``)."""

    text: str
    outlet: bool = False


@attrs.frozen
class Break:
    """Where two segments of one quotation meet.

    ``paragraph`` True: a new paragraph (the quotation runs over paragraphs);
    False: a quotation split around its attribution, rejoined by a space.
    """

    paragraph: bool


Piece: TypeAlias = Verbatim | Mark | Ellipsis | Insertion | Punctuation | AttributionText | Break


# -- styles -------------------------------------------------------------------


@attrs.frozen
class StyleRules:
    """What a quotation style decides."""

    name: Style
    marks: tuple[tuple[str, str], tuple[str, str]]  # (open, close) at even and odd depths
    ellipsis: str
    punctuation_inside: bool  # US: periods and commas always inside the closing mark
    italic_outlets: bool  # publication names in italics (Markdown)

    def mark(self, opening: bool, depth: int) -> str:
        """The mark character for this depth."""
        pair = self.marks[depth % 2]
        return pair[0] if opening else pair[1]


_DOUBLE: Final = ("“", "”")
_SINGLE: Final = ("‘", "’")

_RULES: Final[dict[str, StyleRules]] = {
    # AP: "..." written as a word with a space either side.
    "ap": StyleRules("ap", (_DOUBLE, _SINGLE), "...", True, False),
    # Chicago: three spaced periods; after a full sentence its period makes four.
    "chicago": StyleRules("chicago", (_DOUBLE, _SINGLE), ". . .", True, True),
    # British (New Hart's Rules): single marks outside, spaced ellipsis character.
    "british": StyleRules("british", (_SINGLE, _DOUBLE), "…", False, True),
}


def rules(style: str) -> StyleRules:
    """The rules of a named style (``ap``, ``chicago``, ``british``)."""
    try:
        return _RULES[style]
    except KeyError:
        raise ValueError(f"unknown style {style!r}; expected one of {', '.join(STYLES)}") from None


# -- escaping -----------------------------------------------------------------

# Markdown metacharacters that act anywhere in a line.  Backslash-escaping any
# ASCII punctuation is always allowed by CommonMark, so escaping these is safe.
_MD_INLINE: Final = regex.compile(r"[\\`*_\[\]<>|~&!]")
# Constructs that act only at the start of a line: headings, list items,
# block quotes, ordered-list numbers.
_MD_LINE_START: Final = regex.compile(
    r"""
    (?m)                      # ^ matches after every line break
    ^(?P<indent>[ \t]*)       # leading blanks are kept as they are
    (?:
        (?P<lead>[#+\-=>])        # heading, bullet, setext underline, block quote
      | (?P<digits>\d+)(?P<dot>[.)])  # ordered-list marker
    )
    """,
    regex.VERBOSE,
)


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown metacharacters so ``text`` reads literally."""
    escaped = _MD_INLINE.sub(lambda m: "\\" + m.group(), text)

    def line_start(m: regex.Match[str]) -> str:
        if m.group("lead") is not None:
            return m.group("indent") + "\\" + m.group("lead")
        return m.group("indent") + m.group("digits") + "\\" + m.group("dot")

    return _MD_LINE_START.sub(line_start, escaped)


def _escape(text: str, fmt: Format) -> str:
    if fmt == "html":
        return html.escape(text, quote=True)
    if fmt == "markdown":
        return escape_markdown(text)
    return text


# -- rendering ----------------------------------------------------------------

# Characters after which an ellipsis needs no space of its own.
_NO_SPACE_AFTER: Final = frozenset(" \t\n“‘«([")


def _ellipsis_before_space(out: Sequence[str]) -> bool:
    """Whether an ellipsis written after ``out`` needs a space before it."""
    last = next((chunk for chunk in reversed(out) if chunk), "")
    if not last:
        return False  # the very start of the snippet
    if last.endswith("</q>"):
        return True  # after a closing mark
    if last.endswith(">"):
        return False  # right after an opening tag
    return last[-1] not in _NO_SPACE_AFTER


def _ellipsis_after_space(following: Piece | None) -> bool:
    if following is None:
        return False
    if isinstance(following, Mark) and not following.opening:
        return False
    if isinstance(following, Punctuation) and following.text[:1] in ",.;:?!":
        return False
    return not isinstance(following, Break)


def _render_pieces(
    pieces: Sequence[Piece], style: StyleRules, fmt: Format, *, block: bool, out: list[str]
) -> None:
    open_q = 0  # <q> elements open in the current HTML paragraph
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if isinstance(piece, Verbatim | Insertion | Punctuation):
            out.append(_escape(piece.text, fmt))
        elif isinstance(piece, Mark):
            if fmt == "html":
                if block and piece.depth == 0:
                    continue  # the blockquote itself sets the words off
                if piece.opening:
                    out.append("<q>")
                    open_q += 1
                elif open_q:
                    out.append("</q>")
                    open_q -= 1
            else:
                out.append(style.mark(piece.opening, piece.depth))
        elif isinstance(piece, Ellipsis):
            lead = " " if _ellipsis_before_space(out) else ""
            trail = " " if _ellipsis_after_space(following) else ""
            out.append(lead + _escape(style.ellipsis, fmt) + trail)
        elif isinstance(piece, Break):
            if not piece.paragraph:
                out.append(" ")
            elif fmt == "html":
                # <q> cannot span paragraphs: close here; the reopening marks
                # that follow the break open them again.
                out.append("</q>" * open_q + "</p><p>")
                open_q = 0
            else:
                out.append("\n\n")
        else:  # AttributionText
            text = _escape(piece.text, fmt)
            if piece.outlet and fmt == "html":
                text = f"<cite>{text}</cite>"
            elif piece.outlet and fmt == "markdown" and style.italic_outlets:
                text = f"*{text}*"
            out.append(text)
    if fmt == "html":
        out.append("</q>" * open_q)


def _quotes_property(style: StyleRules) -> str:
    """CSS ``quotes`` value so that ``<q>`` shows the style's marks at every depth."""
    pairs = [style.marks[d % 2] for d in range(4)]
    return "quotes: " + " ".join(f"'{o}' '{c}'" for o, c in pairs)


def render(
    *,
    lead: Sequence[Piece],
    before: Sequence[Piece],
    body: Sequence[Piece],
    after: Sequence[Piece],
    tail: Sequence[Piece],
    style: str,
    fmt: Format,
    block: bool,
    url: str | None,
) -> str:
    """Render the sections of a snippet in ``fmt`` following ``style``."""
    rule = rules(style)
    out: list[str] = []
    if fmt == "html" and block:
        out.append(f'<figure class="provenance-cite" style="{_quotes_property(rule)}">')
        if before:
            out.append('<p class="context">')
            _render_pieces(before, rule, fmt, block=block, out=out)
            out.append("</p>")
        cite_attr = f' cite="{html.escape(url, quote=True)}"' if url else ""
        out.append(f"<blockquote{cite_attr}><p>")
        _render_pieces(body, rule, fmt, block=block, out=out)
        out.append("</p></blockquote>")
        if after:
            out.append('<p class="context">')
            _render_pieces(after, rule, fmt, block=block, out=out)
            out.append("</p>")
        if tail:
            out.append("<figcaption>")
            _render_pieces(tail, rule, fmt, block=block, out=out)
            out.append("</figcaption>")
        out.append("</figure>")
        return "".join(out)
    if fmt == "html":
        out.append(f'<span class="provenance-cite" style="{_quotes_property(rule)}">')
    _render_pieces(lead, rule, fmt, block=block, out=out)
    # Context pieces carry the source's own spacing up to the quotation marks.
    _render_pieces(before, rule, fmt, block=block, out=out)
    _render_pieces(body, rule, fmt, block=block, out=out)
    _render_pieces(after, rule, fmt, block=block, out=out)
    _render_pieces(tail, rule, fmt, block=block, out=out)
    if fmt == "html":
        out.append("</span>")
    return "".join(out)
