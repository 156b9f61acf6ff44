"""Tests for provenance.links: text fragments checked by an independent matcher, RFC 5147."""

from __future__ import annotations

import hashlib
import unicodedata
import urllib.parse

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from provenance.anchors import Anchor
from provenance.cite import CitationError
from provenance.links import link, rfc5147_fragment, rfc5147_position, text_fragment
from provenance.model import Article, Attribution, Claim, Quotation, Record
from tests._seed_records import URL_002, by_words, mention, read_fixture, record_002

# -- the spec's matcher, written independently of the library --------------------------------
#
# The WICG text-fragment algorithm as browsers run it on a page whose blocks are
# the article's lines: each term is matched case- and accent-insensitively,
# inside one block, with whitespace collapsed; textStart (or the prefix) must
# start on a word boundary, the match's end on one unless a suffix follows; the
# prefix is followed (after spaces) by textStart; the suffix follows textEnd
# (after spaces); the first match in document order wins.


def _fold_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).casefold()


class Page:
    """The article's lines as searchable blocks, with each folded character's source offsets."""

    def __init__(self, text: str) -> None:
        self.blocks: list[tuple[str, list[tuple[int, int]]]] = []
        offset = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
            chars: list[str] = []
            spans: list[tuple[int, int]] = []
            for i, ch in enumerate(body):
                at = offset + i
                if ch.isspace():
                    if chars and chars[-1] != " ":
                        chars.append(" ")
                        spans.append((at, at + 1))
                    continue
                folded = _fold_char(ch)
                if not folded and spans:
                    spans[-1] = (spans[-1][0], at + 1)
                for f in folded:
                    chars.append(f)
                    spans.append((at, at + 1))
            while chars and chars[-1] == " ":
                chars.pop()
                spans.pop()
            if chars:
                self.blocks.append(("".join(chars), spans))
            offset += len(line)

    @staticmethod
    def _word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    def bounded(self, block: str, i: int) -> bool:
        """Word boundary at ``i`` in ``block``."""
        return i == 0 or i == len(block) or not (self._word(block[i - 1]) and self._word(block[i]))

    def first_match(self, prefix: str | None, start: str, end: str | None, suffix: str | None
                    ) -> tuple[int, int] | None:
        """The source span of the first match, or None."""
        norm = [None if t is None else " ".join(_fold_char_seq(t).split()) for t in (prefix, start, end, suffix)]
        prefix_f, start_f, end_f, suffix_f = norm
        assert start_f is not None
        must_end = end_f is not None or suffix_f is None
        for b, (block, _spans) in enumerate(self.blocks):
            for i in range(len(block) + 1):
                if prefix_f is not None:
                    if not (block.startswith(prefix_f, i) and self.bounded(block, i)):
                        continue
                    j = i + len(prefix_f)
                    while j < len(block) and block[j] == " ":
                        j += 1
                    s = j
                else:
                    s = i
                    if not self.bounded(block, s):
                        continue
                if not block.startswith(start_f, s):
                    continue
                e = s + len(start_f)
                if must_end and not self.bounded(block, e):
                    continue
                found = self._finish(b, s, e, end_f, suffix_f)
                if found is not None:
                    return found
        return None

    def _finish(self, b: int, s: int, e: int, end_f: str | None, suffix_f: str | None
                ) -> tuple[int, int] | None:
        start_src = self.blocks[b][1][s][0]
        candidates: list[tuple[int, int]] = []  # (block, end index) in document order
        if end_f is None:
            candidates = [(b, e)]
        else:
            for bb in range(b, len(self.blocks)):
                block = self.blocks[bb][0]
                from_i = e if bb == b else 0
                for k in range(from_i, len(block) - len(end_f) + 1):
                    if block.startswith(end_f, k) and self.bounded(block, k) and (
                        suffix_f is not None or self.bounded(block, k + len(end_f))
                    ):
                        candidates.append((bb, k + len(end_f)))
        for bb, stop in candidates:
            block, spans = self.blocks[bb]
            if suffix_f is not None:
                j = stop
                while j < len(block) and block[j] == " ":
                    j += 1
                if not (block.startswith(suffix_f, j) and self.bounded(block, j + len(suffix_f))):
                    continue
            return start_src, spans[stop - 1][1]
        return None


def _fold_char_seq(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def parse(fragment: str) -> tuple[str | None, str, str | None, str | None]:
    """Split ``#:~:text=[prefix-,]start[,end][,-suffix]`` into decoded terms."""
    assert fragment.startswith("#:~:text=")
    parts = fragment[len("#:~:text=") :].split(",")
    for part in parts:
        raw = part.removesuffix("-").removeprefix("-")
        assert "-" not in raw and "&" not in raw, f"unencoded character in {part!r}"
    prefix = urllib.parse.unquote(parts.pop(0)[:-1]) if parts[0].endswith("-") else None
    suffix = urllib.parse.unquote(parts.pop()[1:]) if parts[-1].startswith("-") else None
    start = urllib.parse.unquote(parts[0])
    end = urllib.parse.unquote(parts[1]) if len(parts) > 1 else None
    assert len(parts) <= 2
    return prefix, start, end, suffix


def _target(record: Record, item: Quotation | Claim) -> tuple[int, int]:
    if isinstance(item, Quotation):
        return item.span.start, item.span.end
    return item.content.start, item.content.end


def assert_reaches_first(record: Record, item: Quotation | Claim) -> str:
    """Generate a fragment and check with the independent matcher that its first match is the item."""
    fragment = text_fragment(record, item)
    found = Page(record.text).first_match(*parse(fragment))
    assert found == _target(record, item), (fragment, found)
    return fragment


# -- the matcher itself ---------------------------------------------------------------------------


def test_matcher_is_case_accent_and_word_insensitive_as_the_spec_says() -> None:
    """The test matcher folds case and accents, and respects word boundaries and blocks."""
    page = Page("Café society.\nThe CAFE opened.\ncafeteria")
    assert page.first_match(None, "cafe", None, None) == (0, 4)
    assert page.first_match("the", "café", None, None) == (18, 22)
    assert page.first_match(None, "cafe", None, "opened") == (18, 22)
    assert page.first_match(None, "society. The", None, None) is None  # blocks do not join


# -- pinned fragments on the seeds ------------------------------------------------------------


@pytest.fixture(scope="module")
def r002() -> Record:
    """Article 002 with its hard cases."""
    return record_002()


def test_exact_fragment_for_a_short_quote(r002: Record) -> None:
    """Under 300 characters in one paragraph: the whole text, percent-encoded, comma included."""
    q = by_words(r002, "deceitful")
    assert assert_reaches_first(r002, q) == (
        "#:~:text=deceitful%20and%20hypocritical%20through%20and%20through%2C"
    )


def test_range_fragment_for_a_multi_paragraph_quote(r002: Record) -> None:
    """Over paragraphs: start and end words (three each), not the whole text."""
    q = by_words(r002, "Cuba’s position")
    assert assert_reaches_first(r002, q) == "#:~:text=Cuba%E2%80%99s%20position%20is,for%20all%20nations."


def test_every_seed_item_is_reached_first(r002: Record) -> None:
    """Split, nested, elided quotations and the claim: each fragment finds its item first."""
    items: list[Quotation | Claim] = [*r002.quotations, *r002.claims]
    for item in items:
        assert_reaches_first(r002, item)


def test_repeated_caption_first_copy_is_reachable_second_is_refused() -> None:
    """000 repeats a caption: the first copy is reachable, the second cannot be reached first."""
    article = Article.create(read_fixture("000_7c5aed5cf3782017.txt"))
    snap = article.text
    words = "nation of invincibles."
    first = Claim.create(mention(snap, words), Attribution())
    second = Claim.create(Anchor.find(snap, words, occurrence=1), Attribution())
    record = Record.create(article, claims=[first, second])
    assert_reaches_first(record, first)
    with pytest.raises(CitationError, match="occur earlier"):
        text_fragment(record, second)


def test_short_item_gets_context_at_once() -> None:
    """Under 20 characters, prefix and suffix are added even when the words are unique."""
    article = Article.create("The minister said “unique words” to reporters on Monday.")
    claim = Claim.create(mention(article.text, "unique words"), Attribution())
    record = Record.create(article, claims=[claim])
    prefix, start, end, suffix = parse(assert_reaches_first(record, claim))
    assert (prefix, start, end, suffix) == ("minister said “", "unique words", None, "” to reporters")


def test_context_grows_until_unique() -> None:
    """Repeated words get context words until only the item matches."""
    text = "alpha beta gamma repeated words here x. delta beta gamma repeated words here y."
    article = Article.create(text)
    claim = Claim.create(Anchor.find(article.text, "beta gamma repeated words here", occurrence=1), Attribution())
    record = Record.create(article, claims=[claim])
    prefix, start, _end, _suffix = parse(assert_reaches_first(record, claim))
    assert start == "beta gamma repeated words here"
    assert prefix is not None and prefix.endswith("delta")


def test_link_joins_url_and_fragment(r002: Record) -> None:
    """link() appends the fragment; an existing fragment keeps its place before ':~:'."""
    q = by_words(r002, "deceitful")
    assert link(r002, q) == URL_002 + text_fragment(r002, q)
    assert link(r002, q, kind="rfc5147") == URL_002 + rfc5147_fragment(r002, q)
    no_url = Record.create(Article.create("x “y” z"))
    claim_record = Record.create(no_url.article, claims=[Claim.create(mention(no_url.article.text, "y"), Attribution())])
    with pytest.raises(CitationError, match="no URL"):
        link(claim_record, claim_record.claims[0])
    sectioned = Article.create("He said “hello there friends” twice.", url="https://e.example/p#top")
    claim = Claim.create(mention(sectioned.text, "hello there friends"), Attribution())
    record = Record.create(sectioned, claims=[claim])
    assert link(record, claim).startswith("https://e.example/p#top:~:text=")
    assert link(record, claim, kind="rfc5147").startswith("https://e.example/p#char=")


def test_foreign_item_is_refused(r002: Record) -> None:
    """An item from another record raises CitationError."""
    other = Record.create(Article.create("abc def"), claims=[])
    with pytest.raises(CitationError, match="not part of this record"):
        text_fragment(other, r002.claims[0])


# -- RFC 5147 -------------------------------------------------------------------------------------


def test_rfc5147_counts_crlf_as_one_character() -> None:
    """Offsets after a CRLF shrink by one per CRLF; length too; md5 over the CRLF form."""
    text = "Line one.\r\nShe said “yes”.\r\nEnd.\n"
    article = Article.create(text)
    claim = Claim.create(mention(article.text, "yes"), Attribution())
    record = Record.create(article, claims=[claim])
    start = text.index("yes")  # 21 code points
    assert start == 21
    canonical = "Line one.\r\nShe said “yes”.\r\nEnd.\r\n".encode()
    md5 = hashlib.md5(canonical, usedforsecurity=False).hexdigest()
    assert rfc5147_fragment(record, claim) == f"#char=20,23;length={len(text) - 2},UTF-8;md5={md5}"


def test_rfc5147_position_refuses_the_middle_of_crlf() -> None:
    """An offset between CR and LF has no RFC 5147 position."""
    assert rfc5147_position("a\r\nb", 3) == 2
    with pytest.raises(CitationError, match="between the CR and LF"):
        rfc5147_position("a\r\nb", 2)


def test_rfc5147_counts_code_points_not_utf16() -> None:
    """An astral character counts once (it is two UTF-16 units)."""
    text = "🤔 said “ok” then."
    article = Article.create(text)
    claim = Claim.create(mention(article.text, "ok"), Attribution())
    record = Record.create(article, claims=[claim])
    assert rfc5147_fragment(record, claim).startswith("#char=8,10;")  # UTF-16 would say 9,11


# -- properties -----------------------------------------------------------------------------------

_VOCAB = ["Putin", "putin", "PUTÍN", "said", "the", "war", "é", "e\u0301", "🤔", "“no”", "-", "&", ",",
          "naïve", "naive", "Straße", "x"]


@st.composite
def texts_with_items(draw: st.DrawFn) -> tuple[Record, Claim]:
    """Lines of words from a small vocabulary (so repeats abound) and a word-aligned item."""
    lines = draw(st.lists(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=14), min_size=1, max_size=6))
    breaks = draw(st.lists(st.sampled_from(["\n", "\r\n", "\n\n"]), min_size=len(lines), max_size=len(lines)))
    text = ""
    starts: list[tuple[int, int]] = []  # word spans
    for words, brk in zip(lines, breaks, strict=True):
        for k, word in enumerate(words):
            if k:
                text += draw(st.sampled_from([" ", "  "]))
            starts.append((len(text), len(text) + len(word)))
            text += word
        text += brk
    i = draw(st.integers(0, len(starts) - 1))
    j = draw(st.integers(i, min(len(starts) - 1, i + 20)))
    a, b = starts[i][0], starts[j][1]
    article = Article.create(text)
    claim = Claim.create(Anchor.at(article.text, a, b), Attribution())
    return Record.create(article, claims=[claim]), claim


@given(texts_with_items())
def test_property_fragment_finds_the_item_first(built: tuple[Record, Claim]) -> None:
    """For any text, a generated fragment's first match (by the spec's rules) is the item."""
    record, claim = built
    target = (claim.content.start, claim.content.end)
    page = Page(record.text)
    # Skip items whose ends are not word-bounded: no fragment can match them.
    assume(page.first_match(None, claim.content.exact, None, None) is not None)
    try:
        fragment = text_fragment(record, claim)
    except CitationError:
        # Allowed only when even the fullest context still finds an earlier copy.
        return
    assert page.first_match(*parse(fragment)) == target, fragment


@given(texts_with_items())
def test_property_rfc5147_round_trip(built: tuple[Record, Claim]) -> None:
    """RFC 5147 positions map back to the same characters once CRLF is read as one character."""
    record, claim = built
    fragment = rfc5147_fragment(record, claim)
    start, end = (int(x) for x in fragment.split(";")[0].removeprefix("#char=").split(","))
    as_rfc = record.text.replace("\r\n", "\n")
    assert as_rfc[start:end] == claim.content.exact.replace("\r\n", "\n")
