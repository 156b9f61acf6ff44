"""The article header of a plain-text article: title, byline, date line, label, captions.

Only what the text states is read: the first line when it is a headline, a
``By X and Y`` byline, a date line (``October 24, 2022``), an all-capitals
label line (``NEWS ANALYSIS``).  Photo captions are recognised anywhere by
the way web pages paste them: a caption line immediately repeated, either
verbatim or with the photo credit glued on in front (``Via Elena
ZelenskayaUkrainians take refuge …``).
"""

from __future__ import annotations

import datetime
from typing import Final

import attrs
import regex

from provenance.anchors import Span

__all__ = ["Header", "read_header"]

# How far into the text the header is looked for.
_HEADER_CHARS: Final = 4000
_HEADER_LINES: Final = 16
# A credit glued in front of a repeated caption is at most this long.
_MAX_CREDIT: Final = 80

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_NAME: Final = r"\p{Lu}[\p{L}\p{M}.'’\-]{0,30}(?:\s+(?:(?:de|da|del|van|von|der|al|bin|la|le)\s+)?\p{Lu}[\p{L}\p{M}.'’\-]{0,30}){0,4}"

_BYLINE: Final = regex.compile(
    rf"""
    \A\s*[Bb][Yy]\s+
    (?P<names>{_NAME}                       # the first author
       (?:\s*(?:,|\band\b|&)\s*{_NAME}){{0,6}}   # more, joined by commas, and, &
    )\s*\Z
    """,
    regex.VERBOSE,
)
_SPLIT_AUTHORS: Final = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*")

_DATE_LINE: Final = regex.compile(
    r"""
    \A\s*(?:
        (?P<month>\p{L}{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})      # October 24, 2022
      | (?P<day2>\d{1,2})\s+(?P<month2>\p{L}{3,9})\.?,?\s+(?P<year2>\d{4})   # 24 October 2022
      | (?P<iso>\d{4}-\d{2}-\d{2})                                          # 2022-10-24
    )\s*\Z
    """,
    regex.VERBOSE,
)

# A label line: one to four words in capitals (NEWS ANALYSIS, OPINION).
_LABEL: Final = regex.compile(r"\A\s*\p{Lu}{2,}(?:[ \-&]\p{Lu}{2,}){0,3}\s*\Z")
_NOT_LABELS: Final = frozenset({"NOTES", "NOTE", "REFERENCES", "SOURCES", "CATEGORIES", "TAGS", "UPDATE"})


@attrs.frozen
class Header:
    """What the top of an article states about it, and where its captions are."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime.date | None = None
    section: str | None = None
    header_lines: tuple[Span, ...] = ()
    captions: tuple[Span, ...] = ()


def parse_date(text: str) -> datetime.date | None:
    """A date line's date, or None.

    >>> parse_date("October 24, 2022"), parse_date("9 July 2023"), parse_date("soon")
    (datetime.date(2022, 10, 24), datetime.date(2023, 7, 9), None)
    """
    found = _DATE_LINE.match(text)
    if found is None:
        return None
    try:
        if found["iso"]:
            return datetime.date.fromisoformat(found["iso"])
        month = _MONTHS.get((found["month"] or found["month2"]).lower())
        if month is None:
            return None
        return datetime.date(
            int(found["year"] or found["year2"]), month, int(found["day"] or found["day2"])
        )
    except ValueError:
        return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every line in ``text[start:end]``, without the break."""
    spans = []
    pos = start
    for brk in regex.finditer(r"\r\n|[\n\r\u2028\u2029]", text, pos=start, endpos=end):
        spans.append((pos, brk.start()))
        pos = brk.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def read_header(text: str) -> Header:
    """Read the header lines and find the captions of ``text``.

    >>> h = read_header("A headline\\nBy Ann Lee and Bo Li\\nMay 2, 2023\\nBody text here.")
    >>> h.title, h.authors, h.published
    ('A headline', ('Ann Lee', 'Bo Li'), datetime.date(2023, 5, 2))
    """
    limit = min(len(text), _HEADER_CHARS)
    # Extend to the end of the line the limit falls in, cheaply.
    lines = [(s, e) for s, e in _lines(text, 0, limit) if text[s:e].strip()][:_HEADER_LINES]
    title = None
    authors: tuple[str, ...] = ()
    published = None
    section = None
    used: list[Span] = []
    for position, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if position == 0 and len(lines) > 1 and _is_headline(line):
            title = line
            used.append(Span(s, e))
            continue
        if position == 1 and title is not None and _is_dek(text, line, lines):
            used.append(Span(s, e))  # a standfirst under the headline: header, not body
            continue
        if not authors and position < 8:
            byline = _BYLINE.match(line)
            if byline is not None:
                authors = tuple(a for a in _SPLIT_AUTHORS.split(byline["names"]) if a)
                used.append(Span(s, e))
                continue
        if published is None and position < 10:
            date = parse_date(line)
            if date is not None:
                published = date
                used.append(Span(s, e))
                continue
        if section is None and _LABEL.match(line) and line.strip() not in _NOT_LABELS:
            section = line
            used.append(Span(s, e))
    return Header(
        title=title,
        authors=authors,
        published=published,
        section=section,
        header_lines=tuple(used),
        captions=find_captions(text),
    )


def _is_dek(text: str, line: str, lines: list[tuple[int, int]]) -> bool:
    """True for the line under a headline that stands before a byline or date line (a dek)."""
    if len(lines) < 3 or len(line) > 300 or _BYLINE.match(line) or parse_date(line) is not None:
        return False
    after = text[lines[2][0] : lines[2][1]].strip()
    return bool(_BYLINE.match(after)) or parse_date(after) is not None


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 0 < len(words) <= 25 or len(line) > 200:
        return False
    if line.endswith(".") and not line.endswith("..") and ". " not in line:
        # Some corpora end every headline with a full stop; a Title Case line is still one
        # ("Beck Blasts Drudge, Quotes Bible to Encourage Indiana to ‘Turn Away’.").
        lettered = [w for w in words if w[:1].isalpha()]
        return len(lettered) >= 3 and 10 * sum(w[:1].isupper() for w in lettered) >= 7 * len(lettered)
    return not line.endswith((".", ",", ";", ":", "”", '"'))


def find_captions(text: str) -> tuple[Span, ...]:
    """Lines that are photo captions: a line repeated at once, verbatim or after a credit.

    >>> t = "A cat sits on the mat.\\nPhoto: AP/JoeA cat sits on the mat.\\nBody."
    >>> [t[s.start:s.end] for s in find_captions(t)]
    ['A cat sits on the mat.', 'Photo: AP/JoeA cat sits on the mat.']
    """
    found: list[Span] = []
    previous: tuple[int, int] | None = None
    for s, e in _lines(text, 0, len(text)):
        if s == e or not text[s:e].strip():
            continue
        if previous is not None:
            ps, pe = previous
            first = text[ps:pe].rstrip()
            second = text[s:e].rstrip()
            extra = len(second) - len(first)
            if len(first) >= 20 and 0 <= extra <= _MAX_CREDIT and second.endswith(first):
                found.extend((Span(ps, ps + len(first)), Span(s, s + len(second))))
        previous = (s, e)
    return tuple(found)
