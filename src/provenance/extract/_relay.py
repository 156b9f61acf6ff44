"""Relay phrases: the outlets words passed through, and the dates of their reports.

Each pattern is a named, commented piece; they run on one sentence at a time,
so their cost is bounded.  Names are runs of capitalised words with bounded
repetition; nothing here can backtrack catastrophically.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

import attrs
import regex

__all__ = ["RelayPhrase", "find_relays", "iso_date"]

_MONTH_NAMES: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# A month and day: "September 16", "Sept. 21", "16 September".
_DATE: Final = r"""
    (?:(?:January|February|March|April|May|June|July|August|September|October|November|December
        |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s\d{1,2}(?:,\s\d{4})?
      | \d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?)
"""
# A name: capitalised words, possibly joined by "of", "the", "for"; at most six.
_NAME: Final = r"""
    [\p{Lu}][\p{L}\p{M}\-!’'&]{0,30}(?:\.[\p{Lu}][\p{L}\p{M}]{0,3}){0,4}
    (?:\s(?:(?:of|the|for|de)\s)?[\p{Lu}][\p{L}\p{M}\-!’'&]{0,30}(?:\.[\p{Lu}][\p{L}\p{M}]{0,3}){0,4}){0,5}
"""

_PATTERNS: Final = regex.compile(
    rf"""
    # according to [a|the] [report in [the]] [DATE] NAME [report|article]
    (?P<according>\b[Aa]ccording\sto)\s
        (?:(?:a|an|the)\s)?
        (?:(?:report|article|story|interview|statement|editorial)\s(?:in|by|from|with|on)\s(?:the\s)?)?
        (?:(?P<a_date>{_DATE})\s)?
        (?P<a_name>{_NAME})
  | # [On DATE,] [the] [DATE] NAME reported,   (a parenthetical relay)
    (?:\b[Oo]n\s(?P<p_date>{_DATE}),\s)?
        (?:\b(?:the|The)\s)?(?:(?P<p_date2>{_DATE})\s)?
        (?P<p_name>{_NAME})\s(?P<reported>reported|reports|cited|quoted)\b
  | # reported [by] the NAME [on DATE]
    \b(?P<rep2>reported|published|quoted)\s(?:by\s)?(?:the\s)?(?P<r_name>{_NAME})
        (?:\s(?:on|in)\s(?P<r_date>{_DATE}))?
  | # NAME, citing ...
    (?P<c_name>{_NAME}),\s(?P<citing>citing)\b
    """,
    regex.VERBOSE,
)


# Every alternative above needs one of these words; a sentence without any has no relay,
# and most sentences have none (the patterns try a name at every capital letter).
_TRIGGER: Final = re.compile(r"ccording|reported|reports|cited|quoted|published|citing")


@attrs.frozen
class RelayPhrase:
    """A reporter named in a sentence: its name, cue and date, with their spans."""

    name: str
    name_span: tuple[int, int]
    cue: tuple[int, int]
    date: tuple[int, int] | None
    kind: str  # "according", "reported", "citing"


def find_relays(text: str, start: int, end: int) -> list[RelayPhrase]:
    """Every relay phrase in ``text[start:end]`` (one sentence).

    >>> s = "According to a September 16 Washington Post report, Xi spoke."
    >>> [(r.name, r.kind, s[r.date[0]:r.date[1]]) for r in find_relays(s, 0, len(s))]
    [('Washington Post', 'according', 'September 16')]
    """
    out: list[RelayPhrase] = []
    if _TRIGGER.search(text, start, end) is None:
        return out
    for found in _PATTERNS.finditer(text, start, end, overlapped=False):
        if found["according"]:
            out.append(_make(found, "a_name", "according", "a_date", "according"))
        elif found["reported"]:
            date = "p_date" if found["p_date"] else "p_date2"
            out.append(_make(found, "p_name", "reported", date, "reported"))
        elif found["rep2"]:
            out.append(_make(found, "r_name", "rep2", "r_date", "reported"))
        elif found["citing"]:
            out.append(_make(found, "c_name", "citing", None, "citing"))
    return out


def _make(found: regex.Match[str], name: str, cue: str, date: str | None, kind: str) -> RelayPhrase:
    value = found[name]
    s, e = found.span(name)
    if value.startswith(("The ", "the ")):
        value, s = value[4:], s + 4
    first, _sep, rest = value.partition(" ")
    if rest and (first.endswith("’s") or first.endswith("'s")):
        value, s = rest, s + len(first) + 1  # "Ukraine’s Ministry of Defense"
    if value.endswith("’s") or value.endswith("'s"):
        value, e = value[:-2], e - 2
    for tail in (" report", " article"):
        if value.endswith(tail):
            value, e = value[: -len(tail)], e - len(tail)
    date_span = found.span(date) if date and found[date] else None
    return RelayPhrase(value, (s, e), found.span(cue), date_span, kind)


def iso_date(words: str, published: datetime.date | None) -> str | None:
    """An ISO 8601 date for a month and day, with the year when it is known.

    The year is the article's (the year before when the date would fall after
    publication); without a publication date the year stays unstated.

    >>> iso_date("September 16", None), iso_date("Dec. 14", datetime.date(2024, 1, 1))
    ('--09-16', '2023-12-14')
    """
    found = regex.match(r"(?P<m>\p{L}+)\.?\s(?P<d>\d{1,2})(?:,\s(?P<y>\d{4}))?|(?P<d2>\d{1,2})\s(?P<m2>\p{L}+)(?:\s(?P<y2>\d{4}))?", words)
    if found is None:
        return None
    month = _MONTH_NAMES.get((found["m"] or found["m2"]).lower())
    if month is None:
        return None
    day = int(found["d"] or found["d2"])
    year_text = found["y"] or found["y2"]
    try:
        if year_text:
            return datetime.date(int(year_text), month, day).isoformat()
        if published is not None:
            candidate = datetime.date(published.year, month, day)
            if candidate > published:
                candidate = datetime.date(published.year - 1, month, day)
            return candidate.isoformat()
        datetime.date(2000, month, day)  # a leap year: checks the day exists
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"
