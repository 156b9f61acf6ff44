"""Tests for provenance.cite: snippets as source spans plus editorial operations."""

from __future__ import annotations

import datetime
import html.parser

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance._styles import escape_markdown
from provenance.anchors import Anchor, Span
from provenance.cite import (
    AttributionText,
    CitationError,
    Ellipsis,
    Insertion,
    Mark,
    Snippet,
    Verbatim,
    cite,
    cite_claim,
    verify_snippet,
)
from provenance.errors import AnchorError, ProvenanceError
from provenance.model import (
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from tests._seed_records import by_words, record_000, record_002

RELAY = " The New York Times reported; quoted in World-Outlook, October 2022."

# -- the seeds' hard cases, pinned by hand from the style rules ------------------------


@pytest.fixture(scope="module")
def r002() -> Record:
    """Article 002 with its split, nested, elided and multi-paragraph quotations."""
    return record_002()


def test_split_relay_quote_with_two_nested_quotes_ap(r002: Record) -> None:
    """AP: segments rejoined, nested marks single, comma inside both closing marks."""
    q = by_words(r002, "Describing")
    assert cite(q, r002).render() == (
        "“Describing the West as ‘deceitful and hypocritical through and through,’ Mr. Putin noted "
        "that the United States was the only country to have used nuclear weapons in war. He added: "
        "‘By the way, they created a precedent,’”" + RELAY
    )


def test_split_relay_quote_british_reverses_marks(r002: Record) -> None:
    """British: single marks outside, double inside, whatever the source used."""
    q = by_words(r002, "Describing")
    out = cite(q, r002, style="british").render()
    assert out.startswith("‘Describing the West as “deceitful and hypocritical through and through,” Mr.")
    assert out.endswith("‘By the way, they created a precedent,”’".replace("‘", "“") + RELAY)


def test_nested_quote_cited_alone_carries_the_relay_chain(r002: Record) -> None:
    """The nested Putin words: speaker, relay hop and the article's outlet as "quoted in"."""
    q = by_words(r002, "deceitful")
    assert cite(q, r002).render() == (
        "“deceitful and hypocritical through and through,” Vladimir Putin said, as reported by "
        "The New York Times; quoted in World-Outlook, October 2022."
    )


def test_british_fragment_puts_the_comma_outside(r002: Record) -> None:
    """A fragment's comma is not part of the quote in British style."""
    q = by_words(r002, "deceitful")
    assert cite(q, r002, style="british").render().startswith(
        "‘deceitful and hypocritical through and through’, Vladimir Putin said"
    )


def test_cue_lemma_is_used(r002: Record) -> None:
    """The cue "added" gives "Vladimir Putin added"."""
    q = by_words(r002, "By the way")
    assert cite(q, r002).render() == (
        "“By the way, they created a precedent,” Vladimir Putin added, as reported by "
        "The New York Times; quoted in World-Outlook, October 2022."
    )


WAPO_HEAD = "“The interior minister in neighboring Kazakhstan, Marat Akhmetzhanov, said that"
WAPO_TAIL = (
    "about 200,000 [Russians] had crossed that country’s border since Sept. 21, most of them "
    "apparently fleeing the mobilization or leaving out of fear that Putin would soon impose martial "
    "law and bar international travel. Tens of thousands more Russians have fled to other neighboring "
    "countries, including Georgia and Finland,” The Washington Post reported; quoted in World-Outlook, "
    "October 2022."
)


def test_source_ellipsis_and_insertion_ap(r002: Record) -> None:
    """AP writes the source's “that…” as "that ... " and keeps [Russians] as it is."""
    q = by_words(r002, "The interior")
    assert cite(q, r002, style="ap").render() == f"{WAPO_HEAD} ... {WAPO_TAIL}"


def test_source_ellipsis_chicago(r002: Record) -> None:
    """Chicago writes three spaced periods."""
    q = by_words(r002, "The interior")
    assert cite(q, r002, style="chicago").render() == f"{WAPO_HEAD} . . . {WAPO_TAIL}"


def test_source_ellipsis_is_a_piece_with_its_span(r002: Record) -> None:
    """The quotation's own ellipsis is an Ellipsis piece anchored on the source's “…”."""
    q = by_words(r002, "The interior")
    snippet = cite(q, r002)
    dots = [p for p in snippet.body if isinstance(p, Ellipsis)]
    assert len(dots) == 1 and dots[0].span is not None
    assert r002.text[dots[0].span.start : dots[0].span.end] == "…"
    inserted = [p for p in snippet.body if isinstance(p, Insertion)]
    assert [p.text for p in inserted] == ["[Russians]"]


def test_multi_paragraph_quote_opens_every_paragraph(r002: Record) -> None:
    """Three paragraphs: each opens with a mark, only the last closes."""
    q = by_words(r002, "Cuba’s position")
    out = cite(q, r002).render()
    paragraphs = out.split("\n\n")
    assert len(paragraphs) == 3
    assert [p[:1] for p in paragraphs] == ["“", "“", "“"]
    assert "”" not in paragraphs[0] and "”" not in paragraphs[1]
    assert paragraphs[0].endswith("in an aggressive position against Russia.")
    assert paragraphs[1] == (
        "“At the same time, Cuba cannot support and does not support the transgression of the "
        "sovereign borders or the sovereignty and territory of any country. That explains our "
        "abstention in the resolution that took place in the U.N. We also have a great support for "
        "some of the resolutions that were quoted in that resolution. We couldn’t vote against them."
    )
    assert paragraphs[2].endswith(
        "It’s a transgression of peace and of security for all nations,” Carlos Fernández de Cossío "
        "replied; quoted in World-Outlook, October 2022."
    )


def test_multi_paragraph_quote_in_html_is_a_blockquote(r002: Record) -> None:
    """HTML: a <blockquote cite=URL> with one <p> per paragraph and a <figcaption>."""
    q = by_words(r002, "Cuba’s position")
    out = cite(q, r002, format="html").render()
    assert out.count("<p>") == 3
    assert '<blockquote cite="https://example.org/world-outlook/2022/10/signs-of-demoralization">' in out
    assert "<figcaption>— Carlos Fernández de Cossío replied; quoted in <cite>World-Outlook</cite>" in out


def test_bracketed_insertion_kept_as_in_source() -> None:
    """000: [the Russian soldiers] stays; told + addressee gives "told Al Jazeera"."""
    record = record_000()
    q = record.quotations[0]
    assert cite(q, record).render() == (
        "“When [the Russian soldiers] left, they were running and panicking on the street,” "
        "Antonina told Al Jazeera; quoted in an article of October 2022."
    )


def test_claim_is_reported_speech(r002: Record) -> None:
    """A claim reads "X announced that …", never inside quotation marks."""
    claim = r002.claims[0]
    snippet = cite(claim, r002)
    assert snippet.render() == (
        "Vladimir Putin announced that Russia would annex Donetsk, Luhansk, Zaporizhzhia and "
        "Kherson, as reported by The New York Times; reported in World-Outlook, October 2022."
    )
    assert not any(isinstance(p, Mark) for p in snippet.pieces)
    assert cite_claim(claim, r002) == snippet


def test_every_seed_snippet_verifies(r002: Record) -> None:
    """Every piece taken from the source equals the source, in every style and format."""
    for item in (*r002.quotations, *r002.claims):
        for style in ("ap", "chicago", "british"):
            for fmt in ("text", "markdown", "html"):
                snippet = cite(item, r002, style=style, format=fmt)  # type: ignore[arg-type]
                snippet.verify(r002)
                for piece in snippet.pieces:
                    if isinstance(piece, Verbatim):
                        assert r002.text[piece.span.start : piece.span.end] == piece.text


# -- verification ---------------------------------------------------------------------


def test_verify_catches_a_tampered_verbatim_piece(r002: Record) -> None:
    """Changing one verbatim word makes verify raise AnchorError naming the span."""
    snippet = cite(by_words(r002, "deceitful"), r002)
    body = list(snippet.body)
    i = next(i for i, p in enumerate(body) if isinstance(p, Verbatim))
    piece = body[i]
    assert isinstance(piece, Verbatim)
    body[i] = Verbatim(piece.span, piece.text.replace("deceitful", "truthful"))
    forged = attrs.evolve(snippet, body=tuple(body))
    with pytest.raises(AnchorError, match="truthful"):
        forged.verify(r002)


def test_verify_refuses_another_text(r002: Record) -> None:
    """A snippet checked against another article fails on the digest."""
    snippet = cite(by_words(r002, "deceitful"), r002)
    with pytest.raises(AnchorError, match="belongs to text"):
        verify_snippet(snippet, record_000())


def test_verify_catches_a_false_ellipsis(r002: Record) -> None:
    """An Ellipsis claiming a source span that holds words is refused."""
    snippet = cite(by_words(r002, "deceitful"), r002)
    forged = attrs.evolve(snippet, body=(*snippet.body, Ellipsis(Span(0, 3))))
    with pytest.raises(AnchorError, match="is an ellipsis"):
        forged.verify(r002)


# -- small hand-made records -------------------------------------------------------------


def _record(text: str, outer: tuple[int, int, int, int], nested: tuple[int, int, int, int] | None = None,
            *, outlet: str | None = "The Daily", url: str | None = None) -> tuple[Record, Quotation]:
    """A record with one quotation (marks at outer[0], outer[3]; content outer[1]:outer[2])."""
    article = Article.create(text, outlet=outlet, published=datetime.date(2024, 3, 5), url=url)
    snap = article.text
    ana = Entity.create("Ana Silva")
    o0, c0, c1, o1 = outer
    seg = Segment.create(Anchor.at(snap, c0, c1), open_mark=Span(o0, c0), close_mark=Span(c1, o1))
    quote = Quotation.create([seg], attribution=Attribution(speaker=ana.id))
    quotes = [quote]
    if nested is not None:
        n0, m0, m1, n1 = nested
        inner_seg = Segment.create(Anchor.at(snap, m0, m1), open_mark=Span(n0, m0), close_mark=Span(m1, n1))
        quotes.append(Quotation.create([inner_seg], QuotationKind.PARTIAL, parent=quote.id))
    return Record.create(article, entities=[ana], quotations=quotes), quote


def test_marks_come_from_nesting_not_from_the_source() -> None:
    """Straight source marks become curly ones alternating by depth."""
    text = "She said \"I heard 'never' twice.\" Then left."
    record, quote = _record(text, (9, 10, 32, 33), (18, 19, 24, 25))
    assert cite(quote, record).render() == "“I heard ‘never’ twice,” Ana Silva said; quoted in The Daily, March 2024."
    assert cite(quote, record, style="british").render() == (
        "‘I heard “never” twice,’ Ana Silva said; quoted in The Daily, March 2024."
    )


def test_question_mark_takes_no_comma() -> None:
    """“What for?” keeps its question mark and gets no comma."""
    text = "“What for?” she asked."
    record, quote = _record(text, (0, 1, 10, 11), outlet=None)
    assert cite(quote, record).render() == "“What for?” Ana Silva said; quoted in an article of March 2024."


def test_context_words_are_verbatim_outside_the_marks() -> None:
    """context=2 adds two words each side, with ellipses where the paragraph goes on."""
    text = "One two three four “big words here” five six seven.\nNext paragraph."
    record, quote = _record(text, (19, 20, 34, 35))
    snippet = cite(quote, record, context=2)
    assert snippet.render() == (
        "... three four “big words here” five six ... — Ana Silva said; quoted in The Daily, March 2024."
    )
    assert [p.text for p in snippet.before if isinstance(p, Verbatim)] == ["three four "]
    assert [p.text for p in snippet.after if isinstance(p, Verbatim)] == [" five six"]
    snippet.verify(record)


def test_context_stops_at_the_paragraph() -> None:
    """Context never crosses a line break."""
    text = "Intro line.\n“Quoted words,” she said.\nOther."
    record, quote = _record(text, (12, 13, 26, 27))
    snippet = cite(quote, record, context=5)
    assert snippet.before == ()
    assert [p.text for p in snippet.after if isinstance(p, Verbatim)] == [" she said."]


def test_html_escapes_source_text() -> None:
    """Article text cannot inject markup: <script> and & come out escaped."""
    text = "“<script>alert('x')</script> & \"so\"” she said."
    close = text.index("”")
    record, quote = _record(text, (0, 1, close, close + 1), url='https://e.example/"a"')
    out = cite(quote, record, format="html").render()
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;so&quot;" in out
    assert _tags(out) <= {"span", "q", "cite"}


def test_markdown_escapes_metacharacters() -> None:
    """Markdown output escapes *, _, [, ], <, `, # so source text reads literally."""
    text = "“*bold* _it_ [x](y) <b> `c` # h” she said."
    close = text.index("”")
    record, quote = _record(text, (0, 1, close, close + 1))
    out = cite(quote, record, format="markdown").render()
    assert out.startswith(r"“\*bold\* \_it\_ \[x\](y) \<b\> \`c\` # h,”")


def test_markdown_escaping_at_line_start() -> None:
    """Line-start constructs are escaped only where they could act."""
    assert escape_markdown("# h\n1. x\n- y\nmid-word 2.5") == "\\# h\n1\\. x\n\\- y\nmid-word 2.5"


# -- the length budget ------------------------------------------------------------------------


def test_max_chars_cuts_the_middle_and_keeps_the_attribution(r002: Record) -> None:
    """A budget keeps the start and the end, an ellipsis between, and the whole attribution."""
    q = by_words(r002, "Describing")
    snippet = cite(q, r002, max_chars=160)
    out = snippet.render()
    assert len(out) <= 160
    assert out.startswith("“Describing the West as")
    assert out.endswith("precedent,’”" + RELAY)
    assert " ... " in out
    assert sum(1 for p in snippet.body if isinstance(p, Ellipsis) and p.span is None) == 1
    snippet.verify(r002)


def test_max_chars_too_small_for_the_attribution(r002: Record) -> None:
    """A budget below the attribution's length is refused, saying how long it is."""
    with pytest.raises(CitationError, match="attribution alone takes 68 characters"):
        cite(by_words(r002, "Describing"), r002, max_chars=50)


def test_max_chars_gives_up_context_first() -> None:
    """Context words go before any quoted word does."""
    text = "One two three four “big words here” five six seven."
    record, quote = _record(text, (19, 20, 34, 35))
    full = cite(quote, record).render()
    snippet = cite(quote, record, context=3, max_chars=len(full) + 4)
    assert "big words here" in snippet.render()


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("style", "mla", "unknown style"),
        ("format", "pdf", "unknown format"),
        ("max_chars", 0, "positive int"),
        ("context", -1, "non-negative"),
    ],
)
def test_bad_options_are_refused(r002: Record, option: str, value: object, message: str) -> None:
    """Unknown styles and formats and out-of-range numbers raise CitationError."""
    with pytest.raises(CitationError, match=message):
        cite(by_words(r002, "deceitful"), r002, **{option: value})  # type: ignore[arg-type]


def test_claim_refuses_context(r002: Record) -> None:
    """Context is for quotations; a claim is reported speech."""
    with pytest.raises(CitationError, match="reported speech"):
        cite(r002.claims[0], r002, context=3)


def test_foreign_items_are_refused(r002: Record) -> None:
    """A quotation or claim from another record is refused with a ProvenanceError."""
    other = record_000()
    with pytest.raises(CitationError, match="not part of this record"):
        cite(other.quotations[0], r002)
    claim = Claim.create(Anchor.at(other.article.text, 0, 5), Attribution())
    with pytest.raises(ProvenanceError):
        cite(claim, r002)


def test_outlet_speaker_is_a_cite_in_html(r002: Record) -> None:
    """Outlets are wrapped in <cite>; Chicago italicises them in Markdown."""
    q = by_words(r002, "Describing")
    assert "<cite>The New York Times</cite> reported" in cite(q, r002, format="html").render()
    assert "*The New York Times* reported" in cite(q, r002, format="markdown", style="chicago").render()
    assert " The New York Times reported" in cite(q, r002, format="markdown", style="ap").render()


def test_snippet_is_a_frozen_value(r002: Record) -> None:
    """Snippets are immutable and compare by value."""
    a = cite(by_words(r002, "deceitful"), r002)
    assert a == cite(by_words(r002, "deceitful"), r002)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.style = "british"  # type: ignore[misc]
    assert str(a) == a.render()
    assert isinstance(a.tail[-1], AttributionText)


# -- properties ---------------------------------------------------------------------------------

_TOKENS = ["a", "b", "Zed", "<", ">", "&", '"', "'", "é", "e\u0301", "🤔", "👍🏽", "字", "*", "_", "[",
           "]", "#", "\\", "`", "<script>", "</script>", "&amp;", "x."]
_WORD = st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=4).map("".join)


@st.composite
def quoted_records(draw: st.DrawFn) -> tuple[Record, Quotation]:
    """A text with one quotation (maybe with a nested one) among arbitrary words."""
    before = draw(st.lists(_WORD, max_size=5))
    words = draw(st.lists(_WORD, min_size=1, max_size=25))
    after = draw(st.lists(_WORD, max_size=5))
    crlf = draw(st.booleans())
    lead = " ".join(before) + (" " if before else "")
    o0 = len(lead)
    quoted = " ".join(words)
    nested: tuple[int, int, int, int] | None = None
    if len(words) >= 3 and draw(st.booleans()):
        i = draw(st.integers(1, len(words) - 2))
        j = draw(st.integers(i, len(words) - 2))
        left = " ".join(words[:i]) + " "
        middle = " ".join(words[i : j + 1])
        right = " " + " ".join(words[j + 1 :])
        quoted = left + "‘" + middle + "’" + right
        n0 = o0 + 1 + len(left)
        nested = (n0, n0 + 1, n0 + 1 + len(middle), n0 + 2 + len(middle))
    text = lead + "“" + quoted + "”" + (" " + " ".join(after) if after else "") + ("\r\nEnd." if crlf else "")
    outer = (o0, o0 + 1, o0 + 1 + len(quoted), o0 + 2 + len(quoted))
    return _record(text, outer, nested, url="https://e.example/?q=<&>")


def _tags(markup: str) -> set[str]:
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    return collector.tags


class _Collector(html.parser.HTMLParser):
    """Collects start tags and text data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


@given(quoted_records(), st.sampled_from(["ap", "chicago", "british"]),
       st.sampled_from(["text", "markdown", "html"]), st.integers(0, 3))
def test_property_verbatim_pieces_equal_the_source(
    built: tuple[Record, Quotation], style: str, fmt: str, context: int
) -> None:
    """Every verbatim piece equals record.text[span], for any text, style, format and context."""
    record, quote = built
    snippet = cite(quote, record, style=style, format=fmt, context=context)  # type: ignore[arg-type]
    snippet.verify(record)
    for piece in snippet.pieces:
        if isinstance(piece, Verbatim):
            assert piece.text == record.text[piece.span.start : piece.span.end]
            assert record.article.text.is_boundary(piece.span.start)
            assert record.article.text.is_boundary(piece.span.end)


@given(quoted_records(), st.integers(20, 400), st.sampled_from(["text", "markdown", "html"]))
def test_property_trimming_respects_budget_and_words(
    built: tuple[Record, Quotation], budget: int, fmt: str
) -> None:
    """A budget is never exceeded, and cuts fall between words, never inside one or a grapheme."""
    record, quote = built
    snippet: Snippet | None = None
    message = ""
    try:
        snippet = cite(quote, record, max_chars=budget, format=fmt)  # type: ignore[arg-type]
    except CitationError as exc:
        message = str(exc)
    if snippet is None:
        assert "too small" in message
        return
    assert len(snippet.render()) <= budget
    snippet.verify(record)
    text = record.text
    body = snippet.body
    for i, piece in enumerate(body):
        if isinstance(piece, Ellipsis) and piece.span is None:
            left = body[i - 1] if i > 0 else None
            right = body[i + 1] if i + 1 < len(body) else None
            if isinstance(left, Verbatim):
                assert text[left.span.end].isspace(), "cut inside a word on the left"
            if isinstance(right, Verbatim):
                assert text[right.span.start - 1].isspace(), "cut inside a word on the right"
    for piece in snippet.pieces:
        if isinstance(piece, Verbatim):
            assert record.article.text.is_boundary(piece.span.start)
            assert record.article.text.is_boundary(piece.span.end)


@given(quoted_records(), st.sampled_from(["ap", "chicago", "british"]), st.integers(0, 2))
def test_property_html_cannot_be_injected(built: tuple[Record, Quotation], style: str, context: int) -> None:
    """HTML from texts full of <, &, quotes and script tags parses to the source words, no extra tags."""
    record, quote = built
    out = cite(quote, record, style=style, format="html", context=context).render()  # type: ignore[arg-type]
    collector = _Collector()
    collector.feed(out)
    collector.close()
    assert collector.tags <= {"span", "q", "cite", "figure", "blockquote", "p", "figcaption"}
    data = "".join(collector.data)
    for piece in cite(quote, record, style=style, context=context).pieces:  # type: ignore[arg-type]
        if isinstance(piece, Verbatim):
            assert piece.text in data


@given(quoted_records())
def test_property_markdown_unescapes_to_text(built: tuple[Record, Quotation]) -> None:
    """Removing Markdown's backslash escapes gives back the plain-text rendering (AP)."""
    record, quote = built
    plain = cite(quote, record, format="text").render()
    markdown = cite(quote, record, format="markdown").render()
    unescaped = "".join(_unescape(markdown))
    assert unescaped == plain


def _unescape(markdown: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(markdown):
        if markdown[i] == "\\" and i + 1 < len(markdown):
            out.append(markdown[i + 1])
            i += 2
        else:
            out.append(markdown[i])
            i += 1
    return out


def test_entity_kinds_used(r002: Record) -> None:
    """The seed record's relay outlets are outlet entities (what <cite> relies on)."""
    kinds = {e.name: e.kind for e in r002.entities}
    assert kinds["The New York Times"] is EntityKind.OUTLET


def test_claim_balances_a_partial_quotation_running_past_its_end() -> None:
    """A quotation opened inside a claim and closed after it is closed by the snippet."""
    text = "Ana said her team “was fast-tracking the bid, given consent,” the paper reported."
    article = Article.create(text, outlet="The Daily", published=datetime.date(2024, 3, 5))
    snap = article.text
    ana = Entity.create("Ana Silva")
    o, c = text.index("“"), text.index("”")
    quote = Quotation.create(
        [Segment.create(Anchor.at(snap, o + 1, c), open_mark=Span(o, o + 1), close_mark=Span(c, c + 1))],
        QuotationKind.PARTIAL, attribution=Attribution(speaker=ana.id),
    )
    claim = Claim.create(Anchor.find(snap, "her team “was fast-tracking the bid"),
                         Attribution(speaker=ana.id, cue=Anchor.find(snap, "said")))
    record = Record.create(article, entities=[ana], quotations=[quote], claims=[claim])
    snippet = cite(claim, record)
    assert snippet.render() == (
        "Ana Silva said that her team “was fast-tracking the bid”; reported in The Daily, March 2024."
    )
    snippet.verify(record)
