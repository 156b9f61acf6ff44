"""W3C Web Annotation (JSON-LD) export and import.

:func:`to_webannotation` turns a record into an ``AnnotationCollection``
with one ``Annotation`` per quotation and per claim.  Each segment of an item
is one target: a ``SpecificResource`` on the article with two selectors that
select the same text, a ``TextQuoteSelector`` (whose prefix and suffix are
grown until the quote matches exactly one place in the text) and a
``TextPositionSelector`` (code points, start inclusive, end exclusive), plus a
``TimeState`` pinning the published version when the date is known.

Motivations are standard values only: ``identifying`` for a quotation (the
annotation identifies whose words the target is), ``describing`` for a claim
(it describes the target as someone's statement).  Bodies are two
``TextualBody`` objects: a plain-text description naming the speaker and the
relay chain, and the same facts as ``application/json`` for machines.

:func:`from_webannotation` reads such annotations (ours or anyone's that use
these selectors) back into anchors.

>>> from provenance.anchors import Anchor
>>> from provenance.model import Article, Quotation, Record, Segment
>>> article = Article.create("He said “no” and then “no” again.")
>>> words = Anchor.find(article.text, "no", occurrence=1)
>>> record = Record.create(article, quotations=[Quotation.create([Segment.create(words)])])
>>> collection = to_webannotation(record)
>>> target = collection["first"]["items"][0]["target"][0]
>>> [s["type"] for s in target["selector"]]
['TextQuoteSelector', 'TextPositionSelector']
>>> from_webannotation(collection, article.text) == [words]
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Final, Literal

from provenance.anchors import CONTEXT, Anchor
from provenance.errors import AnchorError, FormatError, ProvenanceError
from provenance.export._common import article_source, item_prefix, relayed_hops
from provenance.model import Claim, Entity, Quotation, QuotationKind, Record
from provenance.text import TextSnapshot

__all__ = [
    "ANNO_CONTEXT",
    "MAX_CONTEXT",
    "from_webannotation",
    "position_selector",
    "quote_selector",
    "read_annotations",
    "to_webannotation",
]

#: The JSON-LD context every Web Annotation document names.
ANNO_CONTEXT: Final = "http://www.w3.org/ns/anno.jsonld"

#: Most code points of prefix or suffix a quote selector grows to.
MAX_CONTEXT: Final = 4096

_MOTIVATION: Final = {"quotation": "identifying", "claim": "describing"}


# -- selectors ----------------------------------------------------------------


def quote_selector(snapshot: TextSnapshot, anchor: Anchor, *, max_context: int = MAX_CONTEXT) -> dict[str, Any]:
    """A ``TextQuoteSelector`` for ``anchor`` that matches exactly one place.

    Starts with :data:`~provenance.anchors.CONTEXT` code points of prefix and
    suffix and doubles them until ``prefix + exact + suffix`` occurs once in
    the text; the context never splits a grapheme cluster.  Empty context is
    left out.  Only a text that repeats itself over more than
    ``max_context`` code points either side can leave the quote ambiguous
    (the position selector then tells the places apart); without the cap a
    periodic text would need context reaching its edge for every quote.

    >>> snap = TextSnapshot.of("ab" * 40)
    >>> sel = quote_selector(snap, Anchor.at(snap, 40, 42))
    >>> len(sel["prefix"]), len(sel["suffix"])
    (40, 38)
    """
    text = snapshot.text
    start, end = anchor.start, anchor.end
    width = min(CONTEXT, max_context)
    while True:
        left = _grapheme_floor(snapshot, max(0, start - width))
        right = _grapheme_ceiling(snapshot, min(snapshot.length, end + width))
        prefix, suffix = text[left:start], text[end:right]
        # The whole text matches only itself, so the loop always ends.
        if (left == 0 and right == snapshot.length) or _unique(text, prefix + anchor.exact + suffix):
            break
        if width >= max_context:
            break
        width = min(width * 2, max_context)
    selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": anchor.exact}
    if prefix:
        selector["prefix"] = prefix
    if suffix:
        selector["suffix"] = suffix
    return selector


def position_selector(anchor: Anchor) -> dict[str, Any]:
    """A ``TextPositionSelector``: code points, start inclusive, end exclusive."""
    return {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end}


def _unique(text: str, needle: str) -> bool:
    first = text.find(needle)
    return first != -1 and text.find(needle, first + 1) == -1


def _grapheme_floor(snapshot: TextSnapshot, offset: int) -> int:
    while offset > 0 and snapshot.splits_grapheme(offset):
        offset -= 1
    return offset


def _grapheme_ceiling(snapshot: TextSnapshot, offset: int) -> int:
    while offset < snapshot.length and snapshot.splits_grapheme(offset):
        offset += 1
    return offset


# -- export -------------------------------------------------------------------


def to_webannotation(record: Record, *, base_iri: str | None = None) -> dict[str, Any]:
    """The record as a Web Annotation ``AnnotationCollection`` (JSON-LD data).

    Annotation ids are ``base_iri`` + the item's id; without ``base_iri`` the
    prefix is the article URL followed by ``#`` when the article has one, else
    ``urn:provenance:``.  Quotations come first, then claims, each in text
    order; ``total`` counts them.
    """
    prefix = item_prefix(record, base_iri)
    source = article_source(record)
    state = _time_state(record)
    items: list[dict[str, Any]] = []
    for quotation in record.quotations:
        items.append(_annotation(record, quotation, prefix, source, state))
    for claim in record.claims:
        items.append(_annotation(record, claim, prefix, source, state))
    collection_id = f"{prefix}annotations-{record.article.id}"
    collection: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": _label(record),
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": f"{collection_id}-page-1",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        }
    return collection


def _label(record: Record) -> str:
    title = record.article.title
    return f"Quotations and claims in “{title}”" if title else "Quotations and claims"


def _time_state(record: Record) -> dict[str, Any] | None:
    published = record.article.published
    if published is None:
        return None
    # xsd:dateTime is required; the publication day is known, not the hour,
    # so the state names the start of that day in UTC.
    return {"type": "TimeState", "sourceDate": f"{published.isoformat()}T00:00:00Z"}


def _annotation(
    record: Record,
    item: Quotation | Claim,
    prefix: str,
    source: str,
    state: dict[str, Any] | None,
) -> dict[str, Any]:
    snapshot = record.article.text
    anchors = [s.content for s in item.segments] if isinstance(item, Quotation) else [item.content]
    targets = []
    for anchor in anchors:
        target: dict[str, Any] = {
            "type": "SpecificResource",
            "source": source,
            "selector": [quote_selector(snapshot, anchor), position_selector(anchor)],
        }
        if state is not None:
            target["state"] = dict(state)
        targets.append(target)
    what = "quotation" if isinstance(item, Quotation) else "claim"
    return {
        "id": prefix + item.id,
        "type": "Annotation",
        "motivation": _MOTIVATION[what],
        "body": [
            {
                "type": "TextualBody",
                "purpose": "describing",
                "format": "text/plain",
                "language": "en",
                "value": _describe(record, item),
            },
            {
                "type": "TextualBody",
                "purpose": _MOTIVATION[what],
                "format": "application/json",
                "value": json.dumps(_facts(record, item, prefix), ensure_ascii=False, sort_keys=True),
            },
        ],
        "target": targets,
    }


def _entity_facts(entity: Entity, prefix: str) -> dict[str, Any]:
    return {"id": prefix + entity.id, "name": entity.name, "kind": entity.kind.value}


def _facts(record: Record, item: Quotation | Claim, prefix: str) -> dict[str, Any]:
    attribution = item.attribution
    speaker = record.speaker(item)
    facts: dict[str, Any] = {
        "item": "quotation" if isinstance(item, Quotation) else "claim",
        "speaker": None if speaker is None else _entity_facts(speaker, prefix),
        "cue": None if attribution is None or attribution.cue is None else attribution.cue.exact,
        "chain": [
            {**_entity_facts(record.entity(hop.entity), prefix), "date": hop.date}
            for hop in (attribution.chain if attribution is not None else ())
        ],
    }
    if isinstance(item, Quotation):
        facts["kind"] = item.kind.value
        facts["parent"] = None if item.parent is None else prefix + item.parent
        facts["alterations"] = [
            {"kind": a.kind.value, "start": a.anchor.start, "end": a.anchor.end}
            for a in item.alterations
        ]
    return facts


def _describe(record: Record, item: Quotation | Claim) -> str:
    if isinstance(item, Quotation):
        if item.kind is QuotationKind.SCARE and record.speaker(item) is None:
            return "Scare quotes: no one is quoted."
        head = f"{item.kind.value.capitalize()} quotation"
        if len(item.segments) > 1:
            head += f" in {len(item.segments)} segments"
    else:
        head = "Claim"
    speaker = record.speaker(item)
    parts = [head, f"speaker: {speaker.name}" if speaker else "speaker not identified"]
    attribution = item.attribution
    if attribution is not None and attribution.cue is not None:
        parts.append(f"cue: “{attribution.cue.exact}”")
    chain = record.chain(item)
    if chain:
        parts.append("relayed by " + " → ".join(e.name for e in chain))
    earlier = relayed_hops(record, item)
    if earlier:
        parts.append("earlier source: " + earlier[0][1].name)
    return "; ".join(parts) + "."


# -- import -------------------------------------------------------------------


def from_webannotation(
    data: Any,
    text: str | TextSnapshot,
    *,
    ambiguous: Literal["error", "all"] = "error",
) -> list[Anchor]:
    """Anchors for every target of every annotation in ``data``, in document order.

    ``data`` is one annotation, a list of them, an ``AnnotationPage`` or an
    ``AnnotationCollection`` with embedded pages.  Each target must carry a
    ``TextPositionSelector`` (code points), a ``TextQuoteSelector`` or both;
    with both they must select the same text.  A quote that matches several
    places is an error unless ``ambiguous="all"`` (the specification says it
    matches every place): then each place is returned.  Shape problems raise
    :class:`FormatError`, selectors that do not fit the text
    :class:`AnchorError`, both with the JSON path.
    """
    return [a for _id, anchors in read_annotations(data, text, ambiguous=ambiguous) for a in anchors]


def read_annotations(
    data: Any,
    text: str | TextSnapshot,
    *,
    ambiguous: Literal["error", "all"] = "error",
) -> list[tuple[str, tuple[Anchor, ...]]]:
    """Like :func:`from_webannotation`, grouped: ``(annotation id, its anchors)`` pairs."""
    if ambiguous not in ("error", "all"):
        raise FormatError(f"ambiguous must be 'error' or 'all' (got {ambiguous!r})")
    snapshot = text if isinstance(text, TextSnapshot) else TextSnapshot.of(text)
    result = []
    for path, annotation in _annotations(data):
        if "Annotation" not in _types(annotation, path):
            raise FormatError("expected an object of type 'Annotation'", path=f"{path}.type")
        ident = annotation.get("id")
        if not isinstance(ident, str):
            raise FormatError("an annotation needs a string 'id'", path=f"{path}.id")
        anchors: list[Anchor] = []
        for target_path, target in _listed(annotation, "target", path):
            anchors.extend(_resolve_target(target, snapshot, target_path, ambiguous))
        result.append((ident, tuple(anchors)))
    return result


def _types(obj: dict[str, Any], path: str) -> list[str]:
    value = obj.get("type", obj.get("@type"))
    types: list[Any] = value if isinstance(value, list) else [value]
    if not types or not all(isinstance(t, str) for t in types):
        raise FormatError(f"'type' must be a string or a list of strings (got {value!r})", path=f"{path}.type")
    return [str(t) for t in types]


def _listed(obj: dict[str, Any], key: str, path: str) -> Iterator[tuple[str, Any]]:
    """The values of a JSON-LD property that may be one value or a list."""
    if key not in obj:
        raise FormatError(f"missing required key {key!r}", path=path)
    value = obj[key]
    if isinstance(value, list):
        if not value:
            raise FormatError(f"{key!r} must not be empty", path=f"{path}.{key}")
        for i, item in enumerate(value):
            yield f"{path}.{key}[{i}]", item
    else:
        yield f"{path}.{key}", value


def _annotations(data: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield f"$[{i}]", _object(item, f"$[{i}]")
        return
    root = _object(data, "$")
    types = _types(root, "$")
    if "AnnotationCollection" in types:
        if "first" not in root:
            return  # an empty collection
        yield from _page_items(root["first"], "$.first")
    elif "AnnotationPage" in types:
        yield from _page_items(root, "$")
    else:
        yield "$", root


def _page_items(page: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    while True:
        if isinstance(page, str):
            raise FormatError(
                f"the page {page!r} is referenced by IRI, not embedded; fetch it and pass it in",
                path=path,
            )
        page = _object(page, path)
        if "AnnotationPage" not in _types(page, path):
            raise FormatError("expected an object of type 'AnnotationPage'", path=f"{path}.type")
        items = page.get("items")
        if not isinstance(items, list):
            raise FormatError("an AnnotationPage needs an 'items' list", path=f"{path}.items")
        for i, item in enumerate(items):
            yield f"{path}.items[{i}]", _object(item, f"{path}.items[{i}]")
        if "next" not in page:
            return
        page, path = page["next"], f"{path}.next"


def _object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FormatError(f"expected a JSON object, got {type(value).__name__}", path=path)
    return value


def _resolve_target(
    target: Any, snapshot: TextSnapshot, path: str, ambiguous: str
) -> list[Anchor]:
    if isinstance(target, str):
        raise FormatError(
            f"target {target!r} is a whole resource with no selector; there is nothing to anchor",
            path=path,
        )
    target = _object(target, path)
    quote: tuple[str, dict[str, Any]] | None = None
    position: tuple[str, dict[str, Any]] | None = None
    seen = []
    for sel_path, selector in _listed(target, "selector", path):
        selector = _object(selector, sel_path)
        kind = _types(selector, sel_path)[0]
        seen.append(kind)
        if kind not in ("TextQuoteSelector", "TextPositionSelector"):
            continue
        if "refinedBy" in selector:
            raise FormatError(
                f"a {kind} refined by another selector is not supported", path=f"{sel_path}.refinedBy"
            )
        if kind == "TextQuoteSelector":
            if quote is not None:
                raise FormatError("more than one TextQuoteSelector on one target", path=sel_path)
            quote = (sel_path, selector)
        else:
            if position is not None:
                raise FormatError("more than one TextPositionSelector on one target", path=sel_path)
            position = (sel_path, selector)
    if position is not None:
        anchor = _by_position(snapshot, *position)
        if quote is not None:
            _check_quote_at(snapshot, anchor, *quote)
        return [anchor]
    if quote is not None:
        return _by_quote(snapshot, *quote, ambiguous=ambiguous)
    raise FormatError(
        "no TextQuoteSelector or TextPositionSelector to anchor with "
        f"(found: {', '.join(seen) or 'none'})",
        path=f"{path}.selector",
    )


def _int_field(selector: dict[str, Any], key: str, path: str) -> int:
    value = selector.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FormatError(f"{key!r} must be a non-negative integer (got {value!r})", path=f"{path}.{key}")
    return value


def _str_field(selector: dict[str, Any], key: str, path: str, *, required: bool) -> str:
    if key not in selector:
        if required:
            raise FormatError(f"missing required key {key!r}", path=path)
        return ""
    value = selector[key]
    if not isinstance(value, str):
        raise FormatError(f"{key!r} must be a string (got {value!r})", path=f"{path}.{key}")
    return value


def _by_position(snapshot: TextSnapshot, path: str, selector: dict[str, Any]) -> Anchor:
    start, end = _int_field(selector, "start", path), _int_field(selector, "end", path)
    if end < start:
        raise FormatError(f"end {end} is before start {start}", path=f"{path}.end")
    try:
        return Anchor.at(snapshot, start, end)
    except ProvenanceError as exc:
        raise AnchorError(exc.message, path=path, source=exc.source, span=exc.span) from None


def _check_quote_at(snapshot: TextSnapshot, anchor: Anchor, path: str, selector: dict[str, Any]) -> None:
    exact = _str_field(selector, "exact", path, required=True)
    prefix = _str_field(selector, "prefix", path, required=False)
    suffix = _str_field(selector, "suffix", path, required=False)
    text = snapshot.text
    if exact != anchor.exact:
        raise AnchorError(
            f"the TextQuoteSelector's exact {_short(exact)} differs from the text the "
            f"TextPositionSelector selects at {anchor.start}..{anchor.end}, {_short(anchor.exact)} "
            "(were the positions counted in UTF-16 units?)",
            path=f"{path}.exact",
            source=text,
            span=(anchor.start, anchor.end),
        )
    if not text.endswith(prefix, 0, anchor.start):
        raise AnchorError(
            f"prefix {_short(prefix)} does not precede offset {anchor.start}",
            path=f"{path}.prefix",
            source=text,
            span=(anchor.start, anchor.start),
        )
    if not text.startswith(suffix, anchor.end):
        raise AnchorError(
            f"suffix {_short(suffix)} does not follow offset {anchor.end}",
            path=f"{path}.suffix",
            source=text,
            span=(anchor.end, anchor.end),
        )


def _by_quote(snapshot: TextSnapshot, path: str, selector: dict[str, Any], *, ambiguous: str) -> list[Anchor]:
    exact = _str_field(selector, "exact", path, required=True)
    prefix = _str_field(selector, "prefix", path, required=False)
    suffix = _str_field(selector, "suffix", path, required=False)
    text = snapshot.text
    whole = prefix + exact + suffix
    starts = []
    found = text.find(whole)
    while found != -1:
        starts.append(found + len(prefix))
        if ambiguous == "error" and len(starts) > 1:
            break
        found = text.find(whole, found + 1)
    if not starts:
        raise AnchorError(
            f"the quote {_short(exact)} does not occur in the text with its prefix and suffix",
            path=path,
        )
    if len(starts) > 1 and ambiguous == "error":
        raise AnchorError(
            f"the quote {_short(exact)} matches more than one place (at {starts[0]} and "
            f"{starts[1]}); pass ambiguous='all' to take every match",
            path=path,
        )
    anchors = []
    for start in starts:
        try:
            anchors.append(Anchor.at(snapshot, start, start + len(exact)))
        except ProvenanceError as exc:
            raise AnchorError(exc.message, path=path, source=exc.source, span=exc.span) from None
    return anchors


def _short(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")
