"""Normalisation and matching for the corpus store.

Three jobs: keys under which names and quotations are compared across
articles (:func:`name_key`, :func:`words_key`), safe full-text queries from
user text (:func:`fts_query`), and the comparison of a quotation with a text
(:func:`compare`).  Comparison goes through :func:`provenance.verify.verify`
when that module is installed; otherwise a small normalisation ladder here
gives the same kinds of verdict (exact, whitespace, typographic, case,
elided, edited, fuzzy, altered, absent).
"""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.util
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

import regex

from provenance.errors import ProvenanceError

__all__ = [
    "VERDICTS",
    "better",
    "compare",
    "fts_any_two",
    "fts_query",
    "name_key",
    "tokens",
    "words_key",
]

#: Verdicts from the closest match to none at all.
VERDICTS: Final = (
    "exact",
    "whitespace",
    "typographic",
    "case",
    "elided",
    "edited",
    "fuzzy",
    "altered",
    "absent",
)
_RANK: Final = {v: i for i, v in enumerate(VERDICTS)}

# Typographic variants folded to their plain forms: curly quotes, primes,
# guillemets, dashes, the minus sign, no-break and thin spaces, the ellipsis.
_FOLD: Final = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2039": "'", "\u203a": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
        "\u2026": "...",
    }
)

_WORD: Final = regex.compile(
    r"""
    [\p{L}\p{N}\p{M}\p{Co}]+     # letters, digits, marks, private use: a word as FTS5's
                                 # unicode61 tokenizer cuts it (apostrophes separate)
    """,
    regex.VERBOSE,
)
_SPACE: Final = regex.compile(r"\s+")
_MARKS: Final = regex.compile(r"\p{Mn}+")  # combining marks left after NFKD: diacritics
# An editorial marker inside a quotation: an ellipsis or a bracketed insertion
# (bounded, so a stray "[" cannot make the pattern scan far).
_EDITORIAL: Final = regex.compile(
    r"""
      \.\.\.              # an ellipsis, after folding "…"
    | \[[^\[\]\n]{0,200}\]  # [the Russian soldiers], [sic], [T]
    """,
    regex.VERBOSE,
)
_BRACKETED: Final = regex.compile(r"\[[^\[\]\n]{0,200}\]")
_NEGATIONS: Final = frozenset({"not", "no", "never", "nor", "none", "nobody", "nothing", "t", "cannot"})
_HONORIFICS: Final = frozenset({"the", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam"})


def fold(text: str) -> str:
    """``text`` with typographic variants folded and whitespace runs collapsed."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


def tokens(text: str) -> list[str]:
    """The casefolded words of ``text``, diacritics removed."""
    plain = fold(text).casefold()
    if not plain.isascii():
        plain = _MARKS.sub("", unicodedata.normalize("NFKD", plain))
    return _WORD.findall(plain)


def words_key(text: str) -> str:
    """The words of a quotation as compared across articles: folded, casefolded, no punctuation.

    >>> words_key("“When [they] left…”") == words_key('when they left...')
    True
    """
    return " ".join(tokens(text))


def name_key(name: str) -> str:
    """A name as compared across articles: no leading article or honorific.

    >>> name_key("Mr. Putin"), name_key("The New York Times")
    ('putin', 'new york times')
    """
    return _name_key(name)


# The same few hundred speakers and outlets recur in article after article.
@functools.lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    words = tokens(unicodedata.normalize("NFKC", name))
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def fts_query(text: str, *, operator: str = " ") -> str:
    r'''A full-text query matching the words of ``text`` and nothing else.

    Each whitespace-separated token becomes an FTS5 string (inner double
    quotes doubled, NUL dropped as a separator), so operators, columns, prefixes and
    parentheses in user text are only ever words.  Tokens are joined with
    ``operator``: a space (all tokens) or ``" OR "``.

    >>> print(fts_query('NEAR(a* OR c:d)'))
    "NEAR(a*" "OR" "c:d)"
    >>> print(fts_query('say "no'))
    "say" """no"
    '''
    parts = [t for t in text.replace("\x00", " ").split() if t]
    return operator.join('"' + t.replace('"', '""') + '"' for t in parts)


def fts_any_two(words: Sequence[str]) -> str:
    r'''A full-text query matching items that hold at least two of ``words`` (or the one word given).

    Each word is quoted as in :func:`fts_query`.

    >>> print(fts_any_two(["melitopol", "partisans", "bridge"]))
    ("melitopol" "partisans") OR ("melitopol" "bridge") OR ("partisans" "bridge")
    >>> print(fts_any_two(['a"b']))
    "a""b"
    '''
    if len(words) == 1:
        return fts_query(words[0])
    return " OR ".join(f"({fts_query(a)} {fts_query(b)})" for a, b in itertools.combinations(words, 2))


def without_insertions(text: str) -> str:
    """``text`` without bracketed editorial insertions (``[the soldiers]``)."""
    return _BRACKETED.sub(" ", text)


# -- comparison -------------------------------------------------------------

Comparer = Callable[[str, str], tuple[str, float]]


def _verifier() -> Comparer | None:
    """The library's verifier when it is installed, adapted to (verdict, score)."""
    if importlib.util.find_spec("provenance.verify") is None:
        return None
    module: Any = importlib.import_module("provenance.verify")
    verify = getattr(module, "verify", None)
    if verify is None:
        return None

    def run(quote: str, source: str) -> tuple[str, float]:
        try:
            result = verify(quote, source)
        except ProvenanceError:  # e.g. nothing verifiable in the quote
            return "absent", 0.0
        verdict = getattr(result.verdict, "value", result.verdict)
        return str(verdict), float(getattr(result, "score", 0.0) or 0.0)

    return run


def compare(quote: str, source: str) -> tuple[str, float]:
    """How closely ``quote`` occurs in ``source``: a verdict from :data:`VERDICTS` and a score."""
    if quote and quote in source:
        return "exact", 1.0
    verifier = _verifier()
    if verifier is not None:
        return verifier(quote, source)
    return ladder(quote, source)


def ladder(quote: str, source: str) -> tuple[str, float]:
    """The store's own normalisation ladder, used when no verifier is installed.

    >>> ladder("it’s  here", "so it's here.")
    ('typographic', 0.98)
    >>> ladder("we left … fast", "we left the town fast")
    ('elided', 0.95)
    """
    if not quote.strip():
        return "absent", 0.0
    if quote in source:
        return "exact", 1.0
    spaced_q, spaced_s = _SPACE.sub(" ", quote).strip(), _SPACE.sub(" ", source)
    if spaced_q in spaced_s:
        return "whitespace", 0.99
    folded_q, folded_s = fold(quote), fold(source)
    if folded_q in folded_s:
        return "typographic", 0.98
    lower_q, lower_s = folded_q.casefold(), folded_s.casefold()
    if lower_q in lower_s:
        return "case", 0.97
    if _EDITORIAL.search(lower_q) and _pieces_in_order(lower_q, lower_s):
        return "elided", 0.95
    return _token_match(tokens(quote), tokens(source))


def _pieces_in_order(quote: str, source: str) -> bool:
    pieces = [p.strip(" ,.;:!?\"'-") for p in _EDITORIAL.split(quote)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return False
    at = 0
    for piece in pieces:
        found = source.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _token_match(quote: list[str], source: list[str]) -> tuple[str, float]:
    """Edited, fuzzy, altered or absent, from the quote's words found in one window of the source."""
    if not quote or not source:
        return "absent", 0.0
    blocks = [b for b in difflib.SequenceMatcher(None, quote, source, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return "absent", 0.0
    # The densest run of matches within a window a little longer than the
    # quote, so scattered common words in a long article do not add up.
    window = len(quote) + len(quote) // 2 + 3
    best = matched = lo = 0
    best_range = (0, 0)
    for block in blocks:
        matched += block.size
        while block.b + block.size - blocks[lo].b > window:
            matched -= blocks[lo].size
            lo += 1
        if matched > best:
            best, best_range = matched, (blocks[lo].b, block.b + block.size)
    coverage = best / len(quote)
    seen = source[best_range[0] : best_range[1]]
    if coverage >= 0.6 and _substance_differs(quote, seen):
        return "altered", round(coverage, 4)
    if coverage >= 0.85:
        return "edited", round(coverage, 4)
    if coverage >= 0.6:
        return "fuzzy", round(coverage, 4)
    return "absent", round(coverage, 4)


def _substance_differs(quote: Iterable[str], seen: Iterable[str]) -> bool:
    """True when numbers or negations differ: the words say something else."""
    q, s = list(quote), list(seen)
    numbers = {w for w in q if w.isdigit()} != {w for w in s if w.isdigit()}
    negation = bool(_NEGATIONS.intersection(q)) != bool(_NEGATIONS.intersection(s))
    return numbers or negation


def better(a: tuple[str, float], b: tuple[str, float]) -> tuple[str, float]:
    """The closer of two (verdict, score) pairs."""
    key_a, key_b = (_RANK.get(a[0], len(VERDICTS)), -a[1]), (_RANK.get(b[0], len(VERDICTS)), -b[1])
    return a if key_a <= key_b else b


def rank(verdict: str) -> int:
    """0 for exact up to the position of ``absent`` (unknown verdicts rank last)."""
    return _RANK.get(verdict, len(VERDICTS))


def appearance(words: str, item: str) -> tuple[str, float]:
    """How ``words`` appear in a stored quotation or claim ``item``.

    The words may lie inside the item, or the item may quote an excerpt of
    the words (a later article quoting part of a sentence); the closer of
    the two readings wins.  An excerpt must carry at least half the words.
    """
    found = compare(words, item)
    if rank(found[0]) <= rank("case"):
        return found
    item_words, query_words = tokens(item), tokens(words)
    if len(item_words) >= max(3, (len(query_words) + 1) // 2):
        reverse = compare(item, words)
        if rank(reverse[0]) < rank("absent"):
            # Scale the score by how much of the words the excerpt carries.
            share = min(1.0, len(item_words) / max(1, len(query_words)))
            found = better(found, (reverse[0], round(reverse[1] * share, 4)))
    return found
