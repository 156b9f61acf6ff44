"""Duplicate checks (PV501–PV505): spans, words, ids and entities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from provenance._checks._context import Context
from provenance._checks._report import Collector, child

__all__ = ["normalise_words", "run"]

# Punctuation and symbols at either end of a quotation's words: evaluation
# ignores them ("on the street," and "on the street" are the same words).
_EDGE: Final = regex.compile(r"\A[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+\Z")


def normalise_words(text: str) -> str:
    """Words compared for PV502: case-folded, spaces collapsed, edge punctuation trimmed."""
    return " ".join(_EDGE.sub("", text).casefold().split())


def run(ctx: Context, out: Collector) -> None:
    """Report duplicated spans, ids, entity names and conflicting speakers."""
    doc = ctx.doc
    _ids(out, "entities", ((e.path, e.id) for e in doc.entities))
    _ids(out, "quotations", ((q.path, q.id) for q in doc.quotations))
    _ids(out, "claims", ((c.path, c.id) for c in doc.claims))
    first_span: dict[tuple[tuple[int, int], ...], str] = {}
    for quotation in doc.quotations:
        if not quotation.complete():
            continue
        key = tuple((c.start, c.end) for c in quotation.contents())
        _same_span(out, first_span, key, quotation.path, "quotation")
    first_claim: dict[tuple[tuple[int, int], ...], str] = {}
    for claim in doc.claims:
        if claim.content is not None:
            _same_span(out, first_claim, ((claim.content.start, claim.content.end),), claim.path, "claim")
    _speakers(ctx, out)
    names: dict[str, str] = {}
    for entity in doc.entities:
        if not entity.mentions:
            out.add("PV504", child(entity.path, "mentions"), f"entity {entity.name!r} has no mentions")
        if entity.name is None:
            continue
        name = " ".join(entity.name.casefold().split())
        if name in names:
            out.add("PV505", child(entity.path, "name"), f"another entity, {names[name]}, is also named {entity.name!r}")
        else:
            names[name] = entity.path


def _ids(out: Collector, field: str, items: Iterable[tuple[str, str | None]]) -> None:
    seen: dict[str, str] = {}
    for path, ident in items:
        if ident is None:
            continue
        if ident in seen:
            out.add("PV503", child(path, "id"), f"duplicate id {ident!r} (also {seen[ident]})")
        else:
            seen[ident] = path


def _same_span(
    out: Collector, seen: dict[tuple[tuple[int, int], ...], str], key: tuple[tuple[int, int], ...], path: str, what: str
) -> None:
    if key in seen:
        spans = ", ".join(f"{s}..{e}" for s, e in key)
        out.add("PV501", path, f"this {what} has the same span(s) {spans} as {seen[key]}")
    else:
        seen[key] = path


def _speakers(ctx: Context, out: Collector) -> None:
    """The same words with two different speakers."""
    first: dict[str, tuple[str, str]] = {}  # words -> (speaker, path)
    items: list[tuple[str, str | None, str | None]] = []
    for quotation in ctx.doc.quotations:
        parts = [ctx.words(c) for c in quotation.contents()]
        if quotation.complete() and None not in parts:
            speaker = quotation.attribution.speaker if quotation.attribution else None
            items.append((quotation.path, speaker, " ".join(p for p in parts if p is not None)))
    for claim in ctx.doc.claims:
        if claim.content is not None:
            speaker = claim.attribution.speaker if claim.attribution else None
            items.append((claim.path, speaker, ctx.words(claim.content)))
    for path, speaker, text in items:
        if speaker is None or text is None:
            continue
        key = normalise_words(text)
        if not key:
            continue
        if key not in first:
            first[key] = (speaker, path)
        elif first[key][0] != speaker:
            other, where = first[key]
            out.add(
                "PV502",
                child(child(path, "attribution"), "speaker"),
                f"the same words are attributed to {other!r} at {where} and to {speaker!r} here",
            )
