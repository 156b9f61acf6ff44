"""Is this quotation really in its source?  And does the source credit the same speaker?

:func:`verify` places a quotation in a source text and gives a
:class:`Verdict` on a ladder, strictest first:

``EXACT``
    the quote occurs verbatim;
``WHITESPACE``
    it differs only in whitespace runs and line breaks;
``TYPOGRAPHIC``
    … or in typography: curly and straight marks, dashes, NBSP, NFKC, ``…``;
``CASE``
    … or in letter case;
``ELIDED``
    the pieces around each ellipsis occur in order, close together, each at
    one of the levels above;
``EDITED``
    the unbracketed parts occur in order, each ``[bracket]`` standing for a
    few source words or for nothing (``[sic]`` for nothing at all);
``FUZZY``
    within a small edit distance (10 % of the quote) of a source passage,
    no number, name or negation differing;
``ALTERED``
    close to a source passage, but a number, a name (capitalised word) or a
    negation differs: never accepted as fuzzy, reported with the difference;
``ABSENT``
    not found.

Every matched piece is anchored in the source in original code points,
whatever normalisation found it.  The ``diff`` reads as the edits that turn
the quote into the source: ``delete`` quote words missing from the source,
``insert`` source words missing from the quote, ``replace`` one by the other.

>>> v = verify("they were running", "When they left, they were  running and panicking.")
>>> v.verdict, [(a.start, a.end) for a in v.anchors]
(<Verdict.WHITESPACE: 'whitespace'>, [(16, 34)])
>>> v = verify("we have 3,000 soldiers", "He said: we have 2,000 soldiers there.")
>>> v.verdict, [str(d) for d in v.differences]
(<Verdict.ALTERED: 'altered'>, ['number 3,000 → 2,000'])

:func:`verify_attribution` checks a relay hop: given a quotation from one
record and the record of the article it is credited to, it finds the words
there and compares the speaker that article gives them.
"""

from __future__ import annotations

import difflib
import enum
import math
import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from provenance import _fuzzy
from provenance._normalise import Level, Normalised, normalise
from provenance.anchors import Anchor, Span
from provenance.errors import VerificationError
from provenance.model import Article, Entity, Quotation, Record
from provenance.text import TextSnapshot, digest_of

__all__ = [
    "AttributionCheck",
    "AttributionStatus",
    "DiffKind",
    "DiffOp",
    "Difference",
    "Verdict",
    "Verification",
    "verify",
    "verify_attribution",
]

#: Edit budget for FUZZY, as a fraction of the quote's normalised length.
FUZZY_BUDGET: Final = 0.10
#: Edit budget within which a passage counts as "close" for ALTERED.
ALTERED_BUDGET: Final = 0.30
#: Longest stretch of source text (normalised code points) one ellipsis may stand for.
MAX_ELLIPSIS_GAP: Final = 2000
#: Longest stretch of source text one bracketed insertion may replace.
MAX_BRACKET_GAP: Final = 60
# First-part occurrences tried when stitching pieces together.
_MAX_STARTS: Final = 5000

NEGATIONS: Final = frozenset(
    {"not", "no", "never", "n't", "none", "nobody", "nothing", "neither", "nor", "without"}
)

# Words that start sentences often enough that a capital says nothing about a name.
_FUNCTION_WORDS: Final = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "to", "of", "for", "by", "with", "from", "there", "here", "then", "what", "who", "which", "where", "why", "how", "some", "many", "most", "all", "any", "each", "every", "one"]
)


class Verdict(enum.Enum):
    """How a quotation stands against its source, strictest first."""

    EXACT = "exact"
    WHITESPACE = "whitespace"
    TYPOGRAPHIC = "typographic"
    CASE = "case"
    ELIDED = "elided"
    EDITED = "edited"
    FUZZY = "fuzzy"
    ALTERED = "altered"
    ABSENT = "absent"

    @property
    def accepted(self) -> bool:
        """True from EXACT to EDITED: the quote is faithful to the source."""
        return _RANK[self] <= _RANK[Verdict.EDITED]

    @property
    def found(self) -> bool:
        """True unless ABSENT: the words (or close ones) were located."""
        return self is not Verdict.ABSENT


_RANK: Final = {v: i for i, v in enumerate(Verdict)}
_SCORES: Final = {
    Verdict.EXACT: 1.0,
    Verdict.WHITESPACE: 0.99,
    Verdict.TYPOGRAPHIC: 0.98,
    Verdict.CASE: 0.97,
    Verdict.ELIDED: 0.95,
    Verdict.EDITED: 0.93,
}


class DiffKind(enum.Enum):
    """One operation of a diff from the quote to the source."""

    EQUAL = "equal"
    INSERT = "insert"  # source text the quote does not have
    DELETE = "delete"  # quote text the source does not have
    REPLACE = "replace"


@attrs.frozen
class DiffOp:
    """A stretch of the quote and the source text it corresponds to."""

    kind: DiffKind
    quote: str
    source: str

    def __str__(self) -> str:
        if self.kind is DiffKind.EQUAL:
            return f"  {self.quote}"
        if self.kind is DiffKind.INSERT:
            return f"+ {self.source}"
        if self.kind is DiffKind.DELETE:
            return f"- {self.quote}"
        return f"~ {self.quote} → {self.source}"


@attrs.frozen
class Difference:
    """A substantive difference: a number, a name or a negation."""

    kind: str  # "number", "name" or "negation"
    quote: str
    source: str

    def __str__(self) -> str:
        return f"{self.kind} {self.quote or '(none)'} → {self.source or '(none)'}"


@attrs.frozen
class Verification:
    """The verdict on one quotation against one source.

    ``anchors`` hold one anchor in the source per matched piece (one for a
    plain match, one per part around each ellipsis or bracket); ``score`` is
    in ``[0, 1]`` (1 for an exact match, ``1 - edits/length`` for fuzzy and
    altered matches).
    """

    verdict: Verdict
    score: float
    quote: str
    anchors: tuple[Anchor, ...] = ()
    diff: tuple[DiffOp, ...] = ()
    differences: tuple[Difference, ...] = ()

    @property
    def accepted(self) -> bool:
        """True when the verdict is EXACT to EDITED."""
        return self.verdict.accepted

    @property
    def span(self) -> Span | None:
        """From the first anchor's start to the last anchor's end, if found."""
        if not self.anchors:
            return None
        return Span(self.anchors[0].start, self.anchors[-1].end)


# -- the quote's editorial marks ------------------------------------------

_GAPS: Final = regex.compile(
    r"""
      (?P<ellipsis> … | \.(?:[ ]?\.){2,} )     # "…", "...", ". . ." and four dots
    | (?P<sic> \[ [ ]* sic [ ]* \] )            # [sic]: an error kept, nothing added
    | (?P<bracket> \[ [^\[\]\n]{0,200} \] )     # [words] added or replacing words, [T]he
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_GAP_ORDER: Final = {"sic": 0, "bracket": 1, "ellipsis": 2}


@attrs.frozen
class _Part:
    """A literal stretch of the quote, and the gap that precedes it."""

    raw: str  # the literal as written in the quote
    key: str  # normalised at the CASE level, stripped
    gap: str | None  # "ellipsis", "bracket", "sic" or None for the first part
    gap_raw: str  # the gap's text in the quote ("…", "[the Russian soldiers]")


def _parse(quote: str) -> tuple[list[_Part], str, str]:
    """Split a quote at its ellipses and brackets.

    Returns the literal parts that hold words (each with the loosest gap
    before it) and the raw text of a leading and a trailing gap (empty when
    the quote starts or ends with words).
    """
    parts: list[_Part] = []
    pending: str | None = None
    pending_raw = ""
    leading = ""
    position = 0
    for match in _GAPS.finditer(quote):
        literal = quote[position : match.start()]
        key = _key(literal)
        if key:
            gap = pending if parts else None
            parts.append(_Part(raw=literal.strip(), key=key, gap=gap, gap_raw=pending_raw.strip()))
            pending, pending_raw = None, ""
        kind = match.lastgroup or "bracket"
        if not parts:
            leading += literal + match.group()
        else:
            if pending is None or _GAP_ORDER[kind] > _GAP_ORDER[pending]:
                pending = kind
            pending_raw += ("" if key else literal) + match.group()
        position = match.end()
    tail = quote[position:]
    key = _key(tail)
    if key:
        gap = pending if parts else None
        parts.append(_Part(raw=tail.strip(), key=key, gap=gap, gap_raw=pending_raw.strip()))
        trailing = ""
    else:
        trailing = pending_raw + tail
    return parts, leading.strip(), trailing.strip()


def _key(text: str) -> str:
    return normalise(text, Level.CASE).text.strip()


def _limit(gap: str | None, max_gap: int) -> int:
    if gap == "sic":
        return 2  # a space, perhaps a comma
    if gap == "bracket":
        return MAX_BRACKET_GAP
    return max_gap


def _stitch(parts: Sequence[_Part], source: str, max_gap: int) -> list[tuple[int, int]] | None:
    """Spans of the parts in ``source``, in order, each gap within its limit.

    For a fixed start of the first part, taking each later part at its
    earliest place is optimal (gaps only have upper bounds), so the search
    is one bounded ``find`` per part per start.
    """
    first = parts[0].key
    start = source.find(first)
    tries = 0
    while start != -1 and tries < _MAX_STARTS:
        tries += 1
        spans = [(start, start + len(first))]
        for part in parts[1:]:
            position = spans[-1][1]
            limit = _limit(part.gap, max_gap)
            found = source.find(part.key, position, position + limit + 1 + len(part.key))
            if found == -1:
                break
            spans.append((found, found + len(part.key)))
        else:
            return spans
        start = source.find(first, start + 1)
    return None


# -- words and diffs -------------------------------------------------------

_WORD: Final = regex.compile(
    r"""
      \w+ (?: [.,'’] \w+ )*     # words, numbers with separators (2,000 3.5), contractions
    | [^\w\s]                   # any other visible character on its own
    """,
    regex.VERBOSE,
)


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def _fold(token: str) -> str:
    folded = unicodedata.normalize("NFKC", token).casefold()
    return folded.replace("’", "'").replace("‘", "'")


def _number(token: str) -> str | None:
    if not any(c.isdigit() for c in token):
        return None
    return token.replace(",", "")


def _is_negation(token: str) -> bool:
    folded = _fold(token)
    return folded in NEGATIONS or folded.endswith("n't")


def _word_diff(quote: str, source: str) -> list[tuple[DiffKind, list[str], list[str], str, str]]:
    """Word-level diff ops with their tokens and their raw text on each side."""
    qt, st = _tokens(quote), _tokens(source)
    qk = [_fold(quote[a:b]) for a, b in qt]
    sk = [_fold(source[a:b]) for a, b in st]
    matcher = difflib.SequenceMatcher(a=qk, b=sk, autojunk=False)
    ops: list[tuple[DiffKind, list[str], list[str], str, str]] = []

    def stretch(text: str, spans: list[tuple[int, int]], i: int, j: int) -> str:
        if i >= j:
            return ""
        end = spans[j][0] if j < len(spans) else spans[j - 1][1]
        return text[spans[i][0] : end].rstrip() if j < len(spans) else text[spans[i][0] : end]

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        kind = DiffKind(tag)
        ops.append(
            (
                kind,
                [quote[a:b] for a, b in qt[i1:i2]],
                [source[a:b] for a, b in st[j1:j2]],
                stretch(quote, qt, i1, i2),
                stretch(source, st, j1, j2),
            )
        )
    return ops


def _names(tokens: list[str], before: list[str]) -> list[str]:
    """Capitalised words that are not merely sentence-initial function words."""
    names = []
    previous = before[-1] if before else "."
    for token in tokens:
        if token[:1].isupper() and not (
            previous in {".", "!", "?", ":", "“", '"', "‘"} and _fold(token) in _FUNCTION_WORDS
        ):
            names.append(token)
        previous = token
    return names


def _unmatched_names(quote: list[str], source: list[str]) -> tuple[list[str], list[str]]:
    """Names on each side with no counterpart on the other.

    A counterpart is the same name or a misspelling of it (``Mllions`` for
    ``Millions``: one edit in five letters), which is a typo, not a new name.
    """
    left = list(source)
    unmatched = []
    for name in quote:
        key = _fold(name)
        twin = next(
            (
                other
                for other in left
                if _fuzzy.distance(key, _fold(other)) <= max(len(key), len(other)) // 5
            ),
            None,
        )
        if twin is None:
            unmatched.append(name)
        else:
            left.remove(twin)
    return unmatched, left


def _differences(
    ops: list[tuple[DiffKind, list[str], list[str], str, str]],
) -> tuple[list[Difference], int]:
    """The substantive differences in a diff and the edits they account for."""
    found: list[Difference] = []
    cost = 0
    q_before: list[str] = []
    s_before: list[str] = []
    for kind, q_tokens, s_tokens, q_text, s_text in ops:
        if kind is not DiffKind.EQUAL:
            flagged = False
            q_numbers = sorted(n for n in map(_number, q_tokens) if n)
            s_numbers = sorted(n for n in map(_number, s_tokens) if n)
            if q_numbers != s_numbers:
                found.append(
                    Difference(
                        "number",
                        " ".join(t for t in q_tokens if _number(t)),
                        " ".join(t for t in s_tokens if _number(t)),
                    )
                )
                flagged = True
            q_neg = [t for t in q_tokens if _is_negation(t)]
            s_neg = [t for t in s_tokens if _is_negation(t)]
            if sorted(map(_fold, q_neg)) != sorted(map(_fold, s_neg)):
                found.append(Difference("negation", " ".join(q_neg), " ".join(s_neg)))
                flagged = True
            q_names, s_names = _unmatched_names(
                _names(q_tokens, q_before), _names(s_tokens, s_before)
            )
            if q_names or s_names:
                found.append(Difference("name", " ".join(q_names), " ".join(s_names)))
                flagged = True
            if flagged:
                cost += _fuzzy.distance(_fold(q_text), _fold(s_text))
        q_before.extend(q_tokens)
        s_before.extend(s_tokens)
    return found, cost


def _diff(quote: str, source: str) -> tuple[DiffOp, ...]:
    return tuple(DiffOp(kind, q, s) for kind, _, _, q, s in _word_diff(quote, source))


# -- verification ----------------------------------------------------------


def _snapshot(source: str | TextSnapshot | Article | Record) -> TextSnapshot:
    if isinstance(source, TextSnapshot):
        return source
    if isinstance(source, Article):
        return source.text
    if isinstance(source, Record):
        return source.article.text
    if isinstance(source, str):
        return TextSnapshot.of(source)
    raise VerificationError(
        f"source must be a str, TextSnapshot, Article or Record (got {type(source).__name__})"
    )


def _anchor(snapshot: TextSnapshot, start: int, end: int) -> Anchor:
    # The match may begin or end inside a cluster only if the quote itself did.
    return Anchor.at(snapshot, start, end, allow_split=True)


def verify(
    quote: str,
    source: str | TextSnapshot | Article | Record,
    *,
    max_gap: int = MAX_ELLIPSIS_GAP,
) -> Verification:
    """Place ``quote`` in ``source`` and say how faithful it is.

    ``max_gap`` bounds the source text (in normalised code points) one
    ellipsis may stand for.  Raises
    :class:`~provenance.errors.VerificationError` for a quote with no words
    and :class:`~provenance.errors.TextError` for text with lone surrogates.
    """
    if not isinstance(quote, str):
        raise VerificationError(f"quote must be a str (got {type(quote).__name__})")
    digest_of(quote)  # refuse lone surrogates with their offset
    snapshot = _snapshot(source)
    text = snapshot.text
    if not quote.strip():
        raise VerificationError("the quote is empty: there is nothing to verify")

    at = text.find(quote)
    if at != -1:
        anchor = _anchor(snapshot, at, at + len(quote))
        return Verification(Verdict.EXACT, 1.0, quote, (anchor,), _diff(quote, quote))

    for level, verdict in (
        (Level.WHITESPACE, Verdict.WHITESPACE),
        (Level.TYPOGRAPHIC, Verdict.TYPOGRAPHIC),
        (Level.CASE, Verdict.CASE),
    ):
        key = normalise(quote, level).text.strip()
        if not key:
            raise VerificationError(f"the quote {quote!r} has no visible characters")
        folded = normalise(text, level)
        at = folded.text.find(key)
        if at != -1:
            start, end = folded.to_original(at, at + len(key))
            anchor = _anchor(snapshot, start, end)
            return Verification(
                verdict, _SCORES[verdict], quote, (anchor,), _diff(quote, text[start:end])
            )

    folded = normalise(text, Level.CASE)
    parts, leading, trailing = _parse(quote)
    if parts and (len(parts) > 1 or leading or trailing):
        result = _verify_pieces(quote, parts, leading, trailing, snapshot, folded, max_gap)
        if result is not None:
            return result
    return _verify_fuzzy(quote, snapshot, folded)


def _verify_pieces(
    quote: str,
    parts: list[_Part],
    leading: str,
    trailing: str,
    snapshot: TextSnapshot,
    folded: Normalised,
    max_gap: int,
) -> Verification | None:
    spans = _stitch(parts, folded.text, max_gap)
    if spans is None:
        return None
    text = snapshot.text
    originals = [folded.to_original(a, b) for a, b in spans]
    anchors = tuple(_anchor(snapshot, a, b) for a, b in originals)
    edited = bool(_GAPS.search(leading + trailing)) and any(
        m.lastgroup != "ellipsis" for m in _GAPS.finditer(leading + trailing)
    )
    edited = edited or any(p.gap in ("bracket", "sic") for p in parts)
    ops: list[DiffOp] = []
    if leading:
        ops.append(DiffOp(DiffKind.DELETE, leading, ""))
    for i, (part, (start, end)) in enumerate(zip(parts, originals, strict=True)):
        if i:
            omitted = text[originals[i - 1][1] : start].strip()
            kind = DiffKind.REPLACE if omitted else DiffKind.DELETE
            ops.append(DiffOp(kind, part.gap_raw.strip(), omitted))
        ops.extend(_diff(part.raw, text[start:end]))
    if trailing:
        ops.append(DiffOp(DiffKind.DELETE, trailing, ""))
    verdict = Verdict.EDITED if edited else Verdict.ELIDED
    return Verification(verdict, _SCORES[verdict], quote, anchors, tuple(ops))


def _verify_fuzzy(quote: str, snapshot: TextSnapshot, folded: Normalised) -> Verification:
    key = _key(quote)
    m = len(key)
    budget = math.floor(FUZZY_BUDGET * m)
    matches = _fuzzy.search(key, folded.text, math.ceil(ALTERED_BUDGET * m))
    text = snapshot.text
    best: Verification | None = None
    for match in sorted(matches, key=lambda x: (x.distance, x.start)):
        start, end = folded.to_original(match.start, match.end)
        ops = _word_diff(quote, text[start:end])
        differences, cost = _differences(ops)
        score = max(0.0, 1.0 - match.distance / m)
        anchor = _anchor(snapshot, start, end)
        diff = tuple(DiffOp(kind, q, s) for kind, _, _, q, s in ops)
        if differences and match.distance - cost <= budget:
            candidate = Verification(
                Verdict.ALTERED, score, quote, (anchor,), diff, tuple(differences)
            )
        elif not differences and match.distance <= budget:
            return Verification(Verdict.FUZZY, score, quote, (anchor,), diff)
        else:
            continue
        if best is None:
            best = candidate
    if best is not None:
        return best
    closest = min((x.distance for x in matches), default=m)
    return Verification(Verdict.ABSENT, max(0.0, 1.0 - closest / m), quote)


# -- attribution -----------------------------------------------------------


class AttributionStatus(enum.Enum):
    """Whether the credited source says the same words, from the same speaker."""

    CONFIRMED = "confirmed"  # words there, same speaker
    MISATTRIBUTED = "misattributed"  # words there, someone else (or no one) said them
    ALTERED = "altered"  # a number, name or negation differs
    NOT_FOUND = "not_found"  # the words are not in the source


@attrs.frozen
class AttributionCheck:
    """The outcome of checking one relay hop.

    ``source_speakers`` are the speakers the source article gives the
    quotations that cover most of the matched words (empty when the source
    says the words in its own voice, perhaps quoting a few of them from
    someone else); ``explanation`` says what was found in words.
    """

    status: AttributionStatus
    verification: Verification
    speaker: Entity
    source_speakers: tuple[Entity, ...]
    source_quotations: tuple[str, ...]
    explanation: str


_TITLES: Final = regex.compile(
    r"""
    \b(?: mr | mrs | ms | miss | dr | prof | professor | sir | dame | gen | general
        | col | colonel | president | prime[ ]minister | minister | chancellor | king
        | queen | pope | senator | sen | rep | governor | gov | mayor | secretary )\b \.?
    """,
    regex.VERBOSE,
)


def _name_key(name: str) -> str:
    folded = normalise(name, Level.CASE).text
    return " ".join(_TITLES.sub(" ", folded).split())


def _same_speaker(a: Entity, b: Entity) -> bool:
    """Same id, or a shared name once case and titles are set aside.

    A one-word name matches the last word of a longer one ("Putin" and
    "Vladimir Putin"), as news style shortens names after first mention.
    """
    if a.id == b.id:
        return True
    keys_a = {k for k in map(_name_key, a.names()) if k}
    keys_b = {k for k in map(_name_key, b.names()) if k}
    if keys_a & keys_b:
        return True
    for x in keys_a:
        for y in keys_b:
            short, long = (x, y) if len(x.split()) < len(y.split()) else (y, x)
            if len(short.split()) == 1 and long.split()[-1] == short:
                return True
    return False


def verify_attribution(
    quotation: Quotation, record: Record, source_record: Record
) -> AttributionCheck:
    """Check that ``source_record``'s article has ``quotation``'s words from the same speaker.

    The quotation's segments are joined with an ellipsis, so a quotation
    split around its attribution is found even when the source prints it
    whole.  The speaker is compared by entity names and aliases, ignoring
    case and titles ("Mr. Putin", "Putin", "President Vladimir Putin").
    """
    if not any(q.id == quotation.id for q in record.quotations):
        raise VerificationError(f"quotation {quotation.id!r} is not part of the given record")
    speaker = record.speaker(quotation)
    if speaker is None:
        raise VerificationError(
            f"quotation {quotation.id!r} has no speaker, so there is no attribution to check"
        )
    words = " … ".join(quotation.words)
    verification = verify(words, source_record)
    if verification.verdict is Verdict.ABSENT:
        return AttributionCheck(
            AttributionStatus.NOT_FOUND, verification, speaker, (), (),
            f"the words are not in the source article ({source_record.article.id})",
        )
    if verification.verdict is Verdict.ALTERED:
        changes = "; ".join(map(str, verification.differences))
        return AttributionCheck(
            AttributionStatus.ALTERED, verification, speaker, (), (),
            f"the source has different words: {changes}",
        )
    matched = sum(len(a.span) for a in verification.anchors)
    covering = tuple(
        q for q in source_record.quotations if 2 * _covered(q, verification.anchors) > matched
    )
    # The innermost quotations speak the words; outer ones only relay them.
    innermost = [q for q in covering if not any(c.parent == q.id for c in covering)]
    speakers: list[Entity] = []
    for q in innermost:
        entity = source_record.speaker(q)
        if entity is not None and entity not in speakers:
            speakers.append(entity)
    ids = tuple(q.id for q in innermost)
    if any(_same_speaker(speaker, other) for other in speakers):
        return AttributionCheck(
            AttributionStatus.CONFIRMED, verification, speaker, tuple(speakers), ids,
            f"the source attributes the words to {speaker.name}",
        )
    if not speakers and _is_the_article(speaker, source_record.article):
        return AttributionCheck(
            AttributionStatus.CONFIRMED, verification, speaker, (), ids,
            f"the words are the source article's own, and {speaker.name} published it",
        )
    if speakers:
        others = ", ".join(e.name for e in speakers)
        explanation = f"the source attributes the words to {others}, not to {speaker.name}"
    else:
        explanation = (
            f"the source says the words in its own voice; it does not attribute them to "
            f"{speaker.name}"
        )
    return AttributionCheck(
        AttributionStatus.MISATTRIBUTED, verification, speaker, tuple(speakers), ids, explanation
    )


def _covered(quotation: Quotation, anchors: tuple[Anchor, ...]) -> int:
    """How many matched code points lie inside the quotation's segments."""
    total = 0
    for segment in quotation.segments:
        span = segment.content.span
        for anchor in anchors:
            total += max(0, min(span.end, anchor.end) - max(span.start, anchor.start))
    return total


def _is_the_article(speaker: Entity, article: Article) -> bool:
    keys = {_name_key(n) for n in speaker.names()}
    own = [article.outlet, *article.authors]
    return any(name is not None and _name_key(name) in keys for name in own)
