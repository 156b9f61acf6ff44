"""Attribution checks (PV301–PV311): references, mentions, cues and relay chains."""

from __future__ import annotations

from typing import Final

from provenance._checks._context import Context, distance
from provenance._checks._names import names_entity
from provenance._checks._report import Collector, child
from provenance._checks._view import AnchorView, AttributionView, EntityView

__all__ = ["FAR", "run"]

#: Code points beyond which a cue is far from its content, or a mention from its cue.
FAR: Final = 200


def run(ctx: Context, out: Collector) -> None:
    """Check every attribution of the quotations and claims."""
    for quotation in ctx.doc.quotations:
        attribution = quotation.attribution
        speaker = attribution.speaker if attribution is not None else None
        if quotation.kind in ("direct", "block") and speaker is None:
            where = quotation.path if attribution is None else child(attribution.path, "speaker")
            out.add("PV307", where, f"{quotation.kind} quotation {quotation.id!r} names no speaker")
        if attribution is None:
            continue
        if quotation.kind == "scare" and speaker is not None:
            out.add(
                "PV308",
                child(attribution.path, "speaker"),
                f"scare quotation {quotation.id!r} has speaker {speaker!r}; scare quotes quote no one",
            )
        _check_attribution(ctx, attribution, quotation.contents(), out)
    for claim in ctx.doc.claims:
        if claim.attribution is None:
            continue
        if claim.attribution.speaker is None:
            out.add("PV309", child(claim.attribution.path, "speaker"), f"claim {claim.id!r} names no speaker")
        contents = (claim.content,) if claim.content is not None else ()
        _check_attribution(ctx, claim.attribution, contents, out)


def _resolve(ctx: Context, path: str, ref: str | None, out: Collector) -> EntityView | None:
    if ref is None:
        return None
    entity = ctx.entities.get(ref)
    # With no usable entities array every reference would dangle: PV005 says why.
    if entity is None and ctx.doc.entities_usable:
        out.add("PV301", path, f"{ref!r} is not an entity of this record")
    return entity


def _check_attribution(
    ctx: Context, att: AttributionView, contents: tuple[AnchorView, ...], out: Collector
) -> None:
    speaker = _resolve(ctx, child(att.path, "speaker"), att.speaker, out)
    addressee = _resolve(ctx, child(att.path, "addressee"), att.addressee, out)
    hops = [_resolve(ctx, child(hop.path, "entity"), hop.entity, out) for hop in att.chain]
    mention = att.speaker_mention
    if speaker is not None and mention is not None:
        _check_names(ctx, "PV302", "speaker", mention, speaker, out)
        if all(m.span != mention.span for m in speaker.mentions):
            out.add(
                "PV311",
                mention.path,
                f"speaker mention {mention.start}..{mention.end} is not among the mentions of {speaker.name!r}",
                mention.anchor,
            )
    if addressee is not None and att.addressee_mention is not None:
        _check_names(ctx, "PV310", "addressee", att.addressee_mention, addressee, out)
    for hop, entity in zip(att.chain, hops, strict=True):
        if entity is not None and hop.mention is not None:
            _check_names(ctx, "PV310", "hop", hop.mention, entity, out)
    cue = att.cue
    if cue is not None and contents:
        gap = min(distance(cue, c) for c in contents)
        if gap > FAR:
            out.add("PV303", cue.path, f"the cue is {gap} code points from its content (more than {FAR})", cue.anchor)
    if cue is not None and mention is not None:
        gap = distance(cue, mention)
        if gap > FAR:
            out.add(
                "PV304",
                mention.path,
                f"the speaker mention is {gap} code points from the cue (more than {FAR})",
                mention.anchor,
            )
    _check_chain(ctx, att, hops, out)


def _check_names(
    ctx: Context, code: str, role: str, mention: AnchorView, entity: EntityView, out: Collector
) -> None:
    words = ctx.words(mention)
    if words is None or names_entity(words, entity.names(), entity.description):
        return
    out.add(
        code,
        mention.path,
        f"{role} mention {words[:60]!r} is no pronoun or description and shares no word with "
        f"the names of {entity.name!r}",
        mention.anchor,
    )


def _check_chain(ctx: Context, att: AttributionView, hops: list[EntityView | None], out: Collector) -> None:
    seen: set[str] = set()
    outlet = ctx.doc.article.outlet if ctx.doc.article is not None else None
    for i, (hop, entity) in enumerate(zip(att.chain, hops, strict=True)):
        if hop.entity is None:
            continue
        where = child(hop.path, "entity")
        # The article's own outlet is the last hop of every chain, even of its own words.
        final_outlet = (
            i == len(att.chain) - 1
            and outlet is not None
            and entity is not None
            and any(_same_name(name, outlet) for name in entity.names())
        )
        if hop.entity == att.speaker and not final_outlet:
            out.add("PV305", where, f"the speaker {hop.entity!r} relays its own words in its chain")
        elif hop.entity in seen:
            out.add("PV305", where, f"{hop.entity!r} appears twice in one relay chain")
        seen.add(hop.entity)
    if outlet is None or not hops or hops[-1] is None:
        return
    last = hops[-1]
    if not any(_same_name(name, outlet) for name in last.names()):
        out.add(
            "PV306",
            child(att.chain[-1].path, "entity"),
            f"the last hop is {last.name!r}, not the article's outlet {outlet!r}",
        )


def _same_name(a: str, b: str) -> bool:
    """Names equal apart from case, spacing and a leading "the"."""

    def norm(name: str) -> str:
        folded = " ".join(name.casefold().split())
        return folded.removeprefix("the ")

    return norm(a) == norm(b)
