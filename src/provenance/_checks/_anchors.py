"""Anchor checks (PV101–PV108, PV210): every anchor and mark against the article text."""

from __future__ import annotations

from typing import Final

from provenance._checks._context import Context
from provenance._checks._report import Collector, child
from provenance._checks._view import AnchorView, MarkView

__all__ = ["QUOTE_MARKS", "run"]

#: Characters a quotation mark span may cover.
QUOTE_MARKS: Final = frozenset("“”\"‘’'«»‹›„‚‟‛「」『』")


def run(ctx: Context, out: Collector) -> None:
    """Check every usable anchor and mark span of the document."""
    if ctx.text is None:
        return  # nothing to compare with; the walker reported why
    for anchor in ctx.doc.anchors():
        _check_anchor(ctx, anchor, out)
    for quotation in ctx.doc.quotations:
        for segment in quotation.segments:
            for mark in (segment.open_mark, segment.close_mark):
                if mark is not None:
                    _check_mark(ctx.text, mark, out)


def _check_anchor(ctx: Context, anchor: AnchorView, out: Collector) -> None:
    text = ctx.text
    assert text is not None
    model = anchor.anchor
    if ctx.snapshot is not None and anchor.sha256 is not None and anchor.sha256 != ctx.snapshot.sha256:
        out.add(
            "PV102",
            child(anchor.path, "sha256"),
            f"anchor belongs to another text (sha256 {anchor.sha256[:12]!r}…, "
            f"the article's is {ctx.snapshot.sha256[:12]}…)",
            model,
        )
        return
    if anchor.end > len(text):
        out.add(
            "PV103",
            child(anchor.path, "end"),
            f"span {anchor.start}..{anchor.end} runs past the end of the text ({len(text)} code points)",
            model,
        )
        return
    actual = text[anchor.start : anchor.end]
    if anchor.exact is not None and anchor.exact != actual:
        out.add(
            "PV101",
            child(anchor.path, "exact"),
            f"exact text {_short(anchor.exact)} differs from the text at {anchor.start}..{anchor.end}, "
            f"which is {_short(actual)}",
            model,
        )
    if anchor.prefix is not None and not text.endswith(anchor.prefix, 0, anchor.start):
        out.add(
            "PV107",
            child(anchor.path, "prefix"),
            f"prefix {_short(anchor.prefix)} does not precede offset {anchor.start}",
            model,
        )
    if anchor.suffix is not None and not text.startswith(anchor.suffix, anchor.end):
        out.add(
            "PV108",
            child(anchor.path, "suffix"),
            f"suffix {_short(anchor.suffix)} does not follow offset {anchor.end}",
            model,
        )
    if ctx.snapshot is not None:
        offsets = {"start": anchor.start, "end": anchor.end}
        if anchor.start == anchor.end:
            del offsets["end"]
        for name, offset in offsets.items():
            if ctx.snapshot.splits_grapheme(offset):
                out.add(
                    "PV106",
                    child(anchor.path, name),
                    f"{name} {offset} splits a grapheme cluster or CRLF "
                    f"({_short(text[max(0, offset - 2) : offset + 2])} around it)",
                    model,
                )


def _check_mark(text: str, mark: MarkView, out: Collector) -> None:
    if mark.span.end > len(text):
        out.add(
            "PV103",
            child(mark.path, "end"),
            f"mark {mark.span.start}..{mark.span.end} runs past the end of the text ({len(text)} code points)",
        )
        return
    covered = text[mark.span.start : mark.span.end]
    if not covered or any(ch not in QUOTE_MARKS for ch in covered):
        out.add(
            "PV210",
            mark.path,
            f"mark {mark.span.start}..{mark.span.end} covers {_short(covered)}, not quotation marks",
        )


def _short(value: str, limit: int = 60) -> str:
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)
