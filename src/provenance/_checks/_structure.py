"""Structure checks (PV201–PV215): segments, marks, nesting and alterations."""

from __future__ import annotations

from typing import Final

import regex

from provenance._checks._context import Context
from provenance._checks._report import Collector, child
from provenance._checks._view import QuotationView, SegmentView

__all__ = ["run"]

# What the text of each alteration kind looks like (docs/annotation.md).
_ALTERATION_TEXT: Final = {
    # "…" or "..." on its own or in brackets: "[…]", "[...]".
    "ellipsis": regex.compile(r"\A(?:\[\s?)?(?:…|\.\.\.)(?:\s?\])?\Z"),
    # The whole bracketed text, brackets included: "[the Russian soldiers]", "[T]".
    "insertion": regex.compile(r"\A\[[^\[\]]+\]\Z"),
    # "[sic]", in any case.
    "sic": regex.compile(r"\A\[sic\]\Z", regex.IGNORECASE),
}


def run(ctx: Context, out: Collector) -> None:
    """Check each quotation's own shape, then how quotations relate to each other."""
    for quotation in ctx.doc.quotations:
        _check_segments(ctx, quotation, out)
        _check_alterations(quotation, out)
    for claim in ctx.doc.claims:
        if claim.content is not None:
            _check_empty(ctx, claim.content.path, claim.content.start, claim.content.end, out)
    ancestors = _check_parents(ctx, out)
    _check_overlaps(ctx, ancestors, out)


def _check_empty(ctx: Context, path: str, start: int, end: int, out: Collector) -> None:
    if start == end:
        out.add("PV207", path, f"content {start}..{end} is empty")
        return
    if ctx.text is not None and end <= len(ctx.text) and not ctx.text[start:end].strip():
        out.add("PV207", path, f"content {start}..{end} is only whitespace")


def _check_segments(ctx: Context, quotation: QuotationView, out: Collector) -> None:
    if quotation.no_segments:
        out.add("PV213", child(quotation.path, "segments"), "a quotation needs at least one segment")
        return
    previous: SegmentView | None = None
    for segment in quotation.segments:
        content = segment.content
        if content is None:
            continue
        _check_empty(ctx, content.path, content.start, content.end, out)
        _check_marks(segment, out)
        if previous is not None and previous.content is not None and content.start < previous.content.end:
            out.add(
                "PV206",
                content.path,
                f"segment starts at {content.start}, before the previous segment ends at "
                f"{previous.content.end}: segments must be in text order and not overlap",
            )
        previous = segment
    last = quotation.segments[-1] if quotation.segments else None
    if last is not None and last.open_mark is not None and last.close_mark is None:
        out.add("PV212", last.path, "the last segment has an opening mark but no closing mark")


def _check_marks(segment: SegmentView, out: Collector) -> None:
    content = segment.content
    assert content is not None
    mark = segment.open_mark
    if mark is not None:
        if mark.span.end > content.start:
            out.add(
                "PV211",
                mark.path,
                f"opening mark {mark.span.start}..{mark.span.end} does not precede the content at {content.start}",
            )
        elif mark.span.end < content.start:
            out.add(
                "PV208",
                mark.path,
                f"opening mark ends at {mark.span.end} but the content starts at {content.start}",
            )
    mark = segment.close_mark
    if mark is not None:
        if mark.span.start < content.end:
            out.add(
                "PV211",
                mark.path,
                f"closing mark {mark.span.start}..{mark.span.end} does not follow the content ending at {content.end}",
            )
        elif mark.span.start > content.end:
            out.add(
                "PV209",
                mark.path,
                f"closing mark starts at {mark.span.start} but the content ends at {content.end}",
            )


def _check_alterations(quotation: QuotationView, out: Collector) -> None:
    contents = quotation.contents()
    for alteration in quotation.alterations:
        anchor = alteration.anchor
        if anchor is None:
            continue
        if quotation.complete() and not any(c.span.contains(anchor.span) for c in contents):
            out.add(
                "PV214",
                anchor.path,
                f"alteration at {anchor.start}..{anchor.end} lies outside every segment of its quotation",
                anchor.anchor,
            )
        pattern = _ALTERATION_TEXT.get(alteration.kind or "")
        if pattern is not None and anchor.exact is not None and not pattern.match(anchor.exact):
            out.add(
                "PV215",
                anchor.path,
                f"{alteration.kind} alteration covers {anchor.exact[:40]!r}",
                anchor.anchor,
            )


def _check_parents(ctx: Context, out: Collector) -> list[frozenset[int]]:
    """Report unknown parents, cycles and children outside their parent; return ancestors."""
    quotations = ctx.doc.quotations
    parent = [ctx.parent_index(q) for q in quotations]
    for quotation in quotations:
        if quotation.parent is not None and ctx.parent_index(quotation) is None:
            out.add(
                "PV202",
                child(quotation.path, "parent"),
                f"parent {quotation.parent!r} is not a quotation of this record",
            )
    on_cycle = _cycle_members(parent)
    for i in sorted(on_cycle):
        message = (
            "a quotation cannot be its own parent"
            if parent[i] == i
            else f"following parent links from {quotations[i].id!r} leads back to it"
        )
        out.add("PV203", child(quotations[i].path, "parent"), message)
    for i, quotation in enumerate(quotations):
        p = parent[i]
        if p is None or i in on_cycle or not (quotation.complete() and quotations[p].complete()):
            continue
        outer = quotations[p].contents()
        for content in quotation.contents():
            if not any(o.span.contains(content.span) for o in outer):
                out.add(
                    "PV201",
                    content.path,
                    f"segment {content.start}..{content.end} of nested quotation {quotation.id!r} "
                    f"is not inside its parent {quotations[p].id!r}",
                    content.anchor,
                )
    return _ancestor_sets(parent, on_cycle)


def _cycle_members(parent: list[int | None]) -> set[int]:
    """Indexes that lie on a parent cycle, in linear time."""
    state = [0] * len(parent)  # 0 unseen, 1 on the current walk, 2 resolved
    members: set[int] = set()
    for start in range(len(parent)):
        walk: list[int] = []
        node: int | None = start
        while node is not None and state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if node is not None and state[node] == 1:
            members.update(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = 2
    return members


def _ancestor_sets(parent: list[int | None], on_cycle: set[int]) -> list[frozenset[int]]:
    """Each quotation's ancestors through parent links (cycles cut)."""
    memo: dict[int, frozenset[int]] = {}
    for start in range(len(parent)):
        walk: list[int] = []
        node: int | None = start
        while node is not None and node not in memo and node not in on_cycle:
            walk.append(node)
            node = parent[node]
        if node is None:
            above: frozenset[int] = frozenset()
        elif node in on_cycle:
            above = frozenset(on_cycle)
        else:
            above = memo[node] | {node}
        for visited in reversed(walk):
            memo[visited] = above
            above = above | {visited}
    return [memo.get(i, frozenset(on_cycle) if i in on_cycle else frozenset()) for i in range(len(parent))]


def _check_overlaps(ctx: Context, ancestors: list[frozenset[int]], out: Collector) -> None:
    """Segments of different quotations that cross, or nest without a parent link."""
    pieces = sorted(
        (c.start, -c.end, i, c.path, c.end)
        for i, q in enumerate(ctx.doc.quotations)
        for c in q.contents()
        if c.start < c.end
    )
    # (start, end, quotation index, path) of the segments still open at the sweep position
    active: list[tuple[int, int, int, str]] = []
    reported: set[tuple[str, int, int]] = set()
    for start, _neg_end, i, path, end in pieces:
        active = [a for a in active if a[1] > start]
        for other_start, other_end, j, other_path in active:
            if j == i or (other_start, other_end) == (start, end):
                continue  # identical spans are duplicates (PV501), not nesting
            if other_end < end:
                if ("PV204", j, i) not in reported:
                    reported.add(("PV204", j, i))
                    out.add("PV204", path, f"this segment crosses {other_path} (overlap without containment)")
            elif j not in ancestors[i] and i not in ancestors[j] and ("PV205", j, i) not in reported:
                reported.add(("PV205", j, i))
                out.add(
                    "PV205",
                    path,
                    f"this segment lies inside {other_path} but its quotation is not nested in that one",
                )
        active.append((start, end, i, path))
