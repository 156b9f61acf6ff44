"""A self-contained HTML page showing an article with its quotations and claims.

:func:`render_report` writes one page (inline CSS and JavaScript, nothing
fetched): the article text exactly as stored, each quotation highlighted in
its speaker's colour (nested quotations inside their parents), claims
underlined, and a side panel that shows, for the item clicked, its speaker,
description, cue, relay chain and citation snippet.  Every character taken
from the article or its record is escaped; the script only toggles
``hidden`` attributes and never writes markup.

>>> from provenance.model import Article, Record
>>> page = render_report(Record.create(Article.create("a <b> & c")))
>>> "a &lt;b&gt; &amp; c</article>" in page
True
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from provenance.cite import CitationError, cite
from provenance.model import Claim, Quotation, Record

__all__ = ["render_report"]

# Golden-angle hues keep neighbouring speakers' colours far apart.
_GOLDEN_ANGLE: Final = 137.508


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


@attrs.frozen
class _Highlight:
    """One element to wrap around ``[start, end)``: a quotation segment or a claim."""

    start: int
    end: int
    order: int  # tie-break: outer before inner for equal spans
    tag: str
    attributes: str


def _speaker_classes(record: Record) -> dict[str | None, int]:
    speakers: dict[str | None, int] = {}
    items: list[Quotation | Claim] = [*record.quotations, *record.claims]
    for item in items:
        key = item.attribution.speaker if item.attribution is not None else None
        if key is not None and key not in speakers:
            speakers[key] = len(speakers)
    return speakers


def _highlights(record: Record, classes: dict[str | None, int]) -> list[_Highlight]:
    found: list[_Highlight] = []
    for q in record.quotations:
        speaker = record.speaker(q)
        name = speaker.name if speaker is not None else ""
        colour = f"sp-{classes[speaker.id]}" if speaker is not None else "sp-none"
        depth = record.depth(q)
        for seg in q.segments:
            start = seg.open_mark.start if seg.open_mark is not None else seg.content.start
            end = seg.close_mark.end if seg.close_mark is not None else seg.content.end
            attributes = (
                f'class="q {colour} depth-{min(depth, 3)}" data-quotation-id="{_esc(q.id)}" '
                f'data-speaker="{_esc(name)}" data-kind="{q.kind.value}" tabindex="0" role="button"'
            )
            found.append(_Highlight(start, end, depth, "mark", attributes))
    for c in record.claims:
        speaker = record.speaker(c)
        name = speaker.name if speaker is not None else ""
        colour = f"sp-{classes[speaker.id]}" if speaker is not None else "sp-none"
        attributes = (
            f'class="claim {colour}" data-claim-id="{_esc(c.id)}" data-speaker="{_esc(name)}" '
            'tabindex="0" role="button"'
        )
        found.append(_Highlight(c.content.start, c.content.end, -1, "span", attributes))
    return [h for h in found if h.end > h.start]


def _marked_text(text: str, highlights: Sequence[_Highlight]) -> Iterator[str]:
    """The text with highlight elements, split where they cross so elements nest properly."""
    points = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    ordered = sorted(highlights, key=lambda h: (h.start, -h.end, h.order))
    open_stack: list[_Highlight] = []
    for a, b in itertools.pairwise(points):
        wanted = [h for h in ordered if h.start <= a and b <= h.end]
        keep = 0
        while keep < min(len(open_stack), len(wanted)) and open_stack[keep] is wanted[keep]:
            keep += 1
        for h in reversed(open_stack[keep:]):
            yield f"</{h.tag}>"
        for h in wanted[keep:]:
            yield f"<{h.tag} {h.attributes}>"
        open_stack = wanted
        yield _esc(text[a:b])
    for h in reversed(open_stack):
        yield f"</{h.tag}>"


def _detail(record: Record, item: Quotation | Claim) -> str:
    """The side-panel section for one item (hidden until its highlight is chosen)."""
    speaker = record.speaker(item)
    attribution = item.attribution
    cue = attribution.cue.exact if attribution is not None and attribution.cue is not None else "—"
    chain = " → ".join(
        [speaker.name if speaker is not None else "unattributed", *(e.name for e in record.chain(item))]
    )
    try:
        snippet = cite(item, record, format="html").render()
    except CitationError as exc:  # a snippet that cannot be made is shown, not hidden
        snippet = f'<span class="error">{_esc(exc.message)}</span>'
    kind = item.kind.value if isinstance(item, Quotation) else "claim"
    item_id = item.id
    rows = [
        ("Kind", _esc(kind)),
        ("Speaker", _esc(speaker.name) if speaker is not None else "—"),
        ("Description", _esc(speaker.description) if speaker is not None and speaker.description else "—"),
        ("Cue", _esc(cue)),
        ("Relay chain", _esc(chain)),
        ("Citation", snippet),
    ]
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f'<section class="detail" data-detail-for="{_esc(item_id)}" hidden><dl>{body}</dl></section>'


_CSS: Final = """
body { font: 16px/1.55 Georgia, serif; margin: 0; display: flex; color: #222; }
main { flex: 1 1 auto; padding: 1.5rem 2rem; max-width: 48rem; }
aside { flex: 0 0 22rem; border-left: 1px solid #ccc; padding: 1.5rem; position: sticky; top: 0;
        height: 100vh; overflow: auto; box-sizing: border-box; background: #fafafa; font-size: 14px; }
.article-text { white-space: pre-wrap; }
mark.q { padding: 0 1px; border-radius: 2px; cursor: pointer; color: inherit; }
mark.q mark.q { outline: 2px solid rgba(0, 0, 0, .55); outline-offset: -1px; }
mark.q.sp-none { background: #e4e4e4; }
.claim { text-decoration: underline 2px; text-underline-offset: 3px; cursor: pointer; }
.claim.sp-none { text-decoration-color: #777; }
.selected { box-shadow: 0 0 0 2px #000; }
dt { font-weight: bold; margin-top: .6em; }
dd { margin: 0; }
.error { color: #a00; }
header p { margin: .2em 0; color: #555; }
"""

# The script shows the chosen item's details; it only toggles attributes and
# sets titles from data attributes the page already holds (textContent-safe).
_JS: Final = """
(function () {
  var items = document.querySelectorAll('[data-quotation-id], [data-claim-id]');
  var details = document.querySelectorAll('[data-detail-for]');
  var hint = document.getElementById('panel-hint');
  function show(el) {
    var id = el.getAttribute('data-quotation-id') || el.getAttribute('data-claim-id');
    details.forEach(function (d) { d.hidden = d.getAttribute('data-detail-for') !== id; });
    items.forEach(function (i) {
      var own = i.getAttribute('data-quotation-id') || i.getAttribute('data-claim-id');
      i.classList.toggle('selected', own === id);
    });
    if (hint) { hint.hidden = true; }
  }
  items.forEach(function (el) {
    var who = el.getAttribute('data-speaker') || 'unattributed';
    el.setAttribute('title', who);
    el.addEventListener('click', function (event) { event.stopPropagation(); show(el); });
    el.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(el); }
    });
  });
  document.body.setAttribute('data-ready', 'true');
})();
"""


def _speaker_css(classes: dict[str | None, int]) -> str:
    rules = []
    for index in classes.values():
        hue = (index * _GOLDEN_ANGLE) % 360
        rules.append(
            f"mark.q.sp-{index} {{ background: hsl({hue:.0f} 85% 82%); }}\n"
            f".claim.sp-{index} {{ text-decoration-color: hsl({hue:.0f} 70% 40%); }}"
        )
    return "\n".join(rules)


def render_report(record: Record) -> str:
    """One self-contained HTML page for ``record`` (see the module docs)."""
    article = record.article
    classes = _speaker_classes(record)
    title = article.title or "Untitled article"
    meta = [
        ", ".join(article.authors),
        article.outlet or "",
        article.published.isoformat() if article.published is not None else "",
    ]
    meta_html = " · ".join(_esc(m) for m in meta if m)
    url_html = (
        f'<p><a href="{_esc(article.url)}">{_esc(article.url)}</a></p>' if article.url else ""
    )
    legend = "".join(
        f'<li><mark class="q sp-{i}">{_esc(record.entity(key).name)}</mark></li>'
        for key, i in classes.items()
        if key is not None
    )
    marked = "".join(_marked_text(record.text, _highlights(record, classes)))
    items: list[Quotation | Claim] = [*record.quotations, *record.claims]
    details = "".join(_detail(record, item) for item in items)
    counts = f"{len(record.quotations)} quotations, {len(record.claims)} claims"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(article.language or "en")}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}{_speaker_css(classes)}</style></head>"
        f'<body><main><header><h1>{_esc(title)}</h1><p>{meta_html}</p>{url_html}'
        f"<p>{counts}; click a highlight for its provenance.</p></header>"
        f'<article id="article-text" class="article-text">{marked}</article></main>'
        f'<aside id="panel"><h2>Provenance</h2><p id="panel-hint">Select a quotation or claim.</p>'
        f'{details}<h3>Speakers</h3><ul class="legend">{legend}</ul></aside>'
        f"<script>{_JS}</script></body></html>\n"
    )
