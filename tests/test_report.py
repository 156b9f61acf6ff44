"""Tests for provenance.report and the report/cite commands."""

from __future__ import annotations

import datetime
import html.parser
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import serialise
from provenance._cli import main
from provenance.anchors import Anchor, Span
from provenance.model import Article, Attribution, Claim, Entity, Quotation, Record, Segment
from provenance.report import render_report
from tests._seed_records import record_002


class Page(html.parser.HTMLParser):
    """Collects the text inside the article container and every highlight element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # elements open inside the article container, plus one for it
        self.text: list[str] = []
        self.highlights: list[dict[str, str | None]] = []
        self.tags_in_article: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if self.depth:
            self.depth += 1
            self.tags_in_article.add(tag)
            if "data-quotation-id" in found or "data-claim-id" in found:
                self.highlights.append(found)
        elif found.get("id") == "article-text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def parse(page: str) -> Page:
    """Parse a report page."""
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def _hostile_record(words: str) -> Record:
    """A record whose quoted words are ``words`` (markup, entities, quotes and all)."""
    text = f"Intro <b>bold</b> & more.\r\n“{words}” said <Eve>.\nA claim: the sky & <sea> are blue."
    article = Article.create(text, title="<script>alert(1)</script>", url='https://e.example/"x"')
    snap = article.text
    eve = Entity.create("<Eve> & \"co\"", mentions=(Anchor.find(snap, "<Eve>"),))
    start = text.index("“")
    end = start + 1 + len(words)
    seg = Segment.create(Anchor.at(snap, start + 1, end), open_mark=Span(start, start + 1),
                         close_mark=Span(end, end + 1))
    quote = Quotation.create([seg], attribution=Attribution(speaker=eve.id))
    claim = Claim.create(Anchor.find(snap, "the sky & <sea> are blue"), Attribution(speaker=eve.id))
    return Record.create(article, entities=[eve], quotations=[quote], claims=[claim])


def test_article_text_parses_back_exactly_without_injection() -> None:
    """<script>, &, quotes in the text come back as text; no element is injected."""
    record = _hostile_record("<script>alert('x')</script> & \"quoted\" &amp;")
    page = render_report(record)
    parsed = parse(page)
    assert "".join(parsed.text) == record.text
    assert parsed.tags_in_article <= {"mark", "span"}
    assert parsed.scripts == 1  # the page's own script only
    assert "<script>alert(1)</script>" not in page


def test_every_quotation_is_highlighted_with_its_speaker() -> None:
    """Each quotation has a <mark> with its id and speaker name; nested ones sit inside."""
    record = record_002()
    parsed = parse(render_report(record))
    by_id = {h.get("data-quotation-id"): h for h in parsed.highlights if h.get("data-quotation-id")}
    for q in record.quotations:
        speaker = record.speaker(q)
        assert by_id[q.id]["data-speaker"] == (speaker.name if speaker else "")
    claims = [h for h in parsed.highlights if h.get("data-claim-id")]
    assert [h["data-claim-id"] for h in claims] == [c.id for c in record.claims]
    assert "".join(parsed.text) == record.text


def test_nested_quotations_are_nested_elements() -> None:
    """The nested Putin quotation's <mark> is inside the New York Times quotation's <mark>."""
    record = record_002()
    page = render_report(record)
    outer = next(q for q in record.quotations if q.segments[0].content.exact.startswith("Describing"))
    inner = next(q for q in record.quotations if q.parent == outer.id)
    first = page.index(f'data-quotation-id="{outer.id}"')
    nested = page.index(f'data-quotation-id="{inner.id}"')
    assert first < nested < page.index("</mark>", first)
    assert "depth-1" in page[page.rindex("<mark", 0, nested) : nested]


def test_side_panel_holds_each_items_details() -> None:
    """Every item has a hidden detail section with speaker, cue, chain and citation."""
    record = record_002()
    page = render_report(record)
    for item_id in [q.id for q in record.quotations] + [c.id for c in record.claims]:
        assert f'data-detail-for="{item_id}" hidden' in page
    assert "Vladimir Putin → The New York Times → World-Outlook" in page
    assert "<cite>World-Outlook</cite>" in page


def test_page_is_self_contained() -> None:
    """No external resource: no src= or stylesheet link, no http fetch in the script."""
    page = render_report(record_002())
    assert " src=" not in page and "<link" not in page
    assert "fetch(" not in page and "XMLHttpRequest" not in page


_HOSTILE = (
    st.lists(
        st.sampled_from([*"<>&\"'/ab =;!-", "script", "&amp;", "&#x27;", "<!--", "]]>", "\r\n"]),
        min_size=1,
        max_size=20,
    )
    .map("".join)
    .filter(lambda s: not s.isspace() and s == s.strip())
)


@given(_HOSTILE)
def test_property_no_injection(words: str) -> None:
    """Any quoted text with markup characters parses back to exactly the article text."""
    record = _hostile_record(words)
    parsed = parse(render_report(record))
    assert "".join(parsed.text) == record.text
    assert parsed.tags_in_article <= {"mark", "span"}
    assert parsed.scripts == 1


# -- the browser ----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH; the browser check needs it")
def test_browser_renders_and_highlights(tmp_path: Path) -> None:
    """Headless Chromium draws a screenshot, and its DOM highlights every quotation with its speaker."""
    assert CHROMIUM is not None
    record = record_002()
    page = tmp_path / "report.html"
    page.write_text(render_report(record), encoding="utf-8")
    png = tmp_path / "shot.png"
    base = [CHROMIUM, *_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([*base, f"--screenshot={png}", "--window-size=1200,2000", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    assert png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], check=True, capture_output=True,
                         timeout=120, text=True).stdout
    assert 'data-ready="true"' in dom  # the page's own script ran
    parsed = parse(dom)
    marks = {h.get("data-quotation-id"): h for h in parsed.highlights if h.get("data-quotation-id")}
    for q in record.quotations:
        speaker = record.speaker(q)
        name = speaker.name if speaker else ""
        assert marks[q.id]["data-speaker"] == name
        assert marks[q.id]["title"] == (name or "unattributed")  # set by the script
    # Browsers read CRLF as LF; this article has none, so the text comes back exactly.
    assert "".join(parsed.text) == record.text


# -- the commands ---------------------------------------------------------------------------


@pytest.fixture
def record_file(tmp_path: Path) -> tuple[Path, Record]:
    """The 002 record written as a .json file."""
    record = record_002()
    path = tmp_path / "002.record.json"
    serialise.dump(record, path)
    return path, record


def test_report_command_writes_the_page(record_file: tuple[Path, Record], tmp_path: Path) -> None:
    """`provenance report RECORD -o FILE.html` writes the same page render_report gives."""
    path, record = record_file
    out = tmp_path / "view.html"
    assert main(["report", str(path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_report(record)


def test_report_command_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing record file exits 2 with a message."""
    assert main(["report", str(tmp_path / "none.json"), "-o", str(tmp_path / "x.html")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cite_command_all_and_one(record_file: tuple[Path, Record], capsys: pytest.CaptureFixture[str]) -> None:
    """`provenance cite` prints one verified snippet per quotation, or the one asked for."""
    path, record = record_file
    assert main(["cite", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The multi-paragraph quotation spans three lines of output (blank lines between).
    assert any(line.startswith("“deceitful and hypocritical") for line in lines)
    claim = record.claims[0]
    assert main(["cite", str(path), "--quote", claim.id, "--style", "chicago"]) == 0
    assert capsys.readouterr().out.startswith("Vladimir Putin announced that Russia would annex")
    assert main(["cite", str(path), "--quote", "q-nope"]) == 2
    assert "no quotation or claim 'q-nope'" in capsys.readouterr().err
    assert main(["cite", str(path), "--max-chars", "10"]) == 2
    assert "too small" in capsys.readouterr().err


def test_cite_command_formats(record_file: tuple[Path, Record], capsys: pytest.CaptureFixture[str]) -> None:
    """--format html and --context reach the snippet."""
    path, record = record_file
    q = next(q for q in record.quotations if q.segments[0].content.exact.startswith("deceitful"))
    assert main(["cite", str(path), "--quote", q.id, "--format", "html", "--context", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('<span class="provenance-cite"') and "<q>deceitful" in out


def test_report_without_title_or_metadata() -> None:
    """A bare record still renders, with a placeholder title."""
    record = Record.create(Article.create("Just text.", published=datetime.date(2024, 1, 2)))
    page = render_report(record)
    assert "<title>Untitled article</title>" in page and "2024-01-02" in page


def test_report_command_from_the_store(record_file: tuple[Path, Record], tmp_path: Path) -> None:
    """`provenance report --db PATH --article ID` renders the stored record's page."""
    from provenance.store import Store

    _path, record = record_file
    db = tmp_path / "corpus.db"
    with Store.open(db) as store:
        store.add(record)
    out = tmp_path / "stored.html"
    assert main(["report", "--db", str(db), "--article", record.article.id, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_report(record)


@pytest.mark.parametrize(
    "extra",
    [["--db", "DB"], ["--article", "x"], [], ["RECORD", "--db", "DB", "--article", "x"]],
)
def test_report_command_needs_one_source(
    extra: list[str], record_file: tuple[Path, Record], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exactly one of RECORD and --db with --article is required; otherwise exit 2."""
    path, _record = record_file
    args = [str(path) if a == "RECORD" else str(tmp_path / "none.db") if a == "DB" else a for a in extra]
    assert main(["report", *args, "-o", str(tmp_path / "x.html")]) == 2
    assert capsys.readouterr().err
