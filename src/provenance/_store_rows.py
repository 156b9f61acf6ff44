"""A record turned into the rows the corpus store writes, before its entities are merged.

Everything here is pure and depends on the record alone (not on the
database), so it can run in ingest worker processes: the canonical JSON
document and its digest, the normalised keys of names and quotations, and
the rows of every table with article-entity ids where the corpus entity ids
will go.  :class:`PreparedRecord` pickles cheaply (tuples of plain values).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from provenance import _store_match as match
from provenance import serialise
from provenance.errors import StoreError
from provenance.model import Claim, Quotation, Record

__all__ = ["PreparedEntity", "PreparedRecord", "StoredFinding", "prepare_checked"]


@attrs.frozen(kw_only=True)
class StoredFinding:
    """A checker finding as stored with its article."""

    code: str
    severity: str
    message: str = ""
    path: str = ""  # the JSON path in the record document

    @classmethod
    def of(cls, finding: Any) -> StoredFinding:
        """From any finding with ``code`` and ``severity`` (and optionally ``message``, ``path``)."""
        if isinstance(finding, StoredFinding):
            return finding
        code = getattr(finding, "code", None)
        severity = getattr(finding, "severity", None)
        if code is None or severity is None:
            raise StoreError(f"a finding needs a code and a severity (got {finding!r})")
        return cls(
            code=str(getattr(code, "value", code)),
            severity=str(getattr(severity, "value", severity)),
            message=str(getattr(finding, "message", "") or ""),
            path=str(getattr(finding, "path", "") or ""),
        )


@attrs.frozen(kw_only=True)
class PreparedEntity:
    """An article entity with the keys the store merges it by."""

    id: str  # the entity's id in its record
    kind: str
    name: str
    name_key: str
    alias_keys: tuple[str, ...]  # distinct, non-empty, without the name key
    external_id: str | None


# Row shapes, with article-entity ids (strings) where corpus entity ids go.
MentionRow = tuple[str, int, int, str]  # article entity, start, end, exact
QuotationRow = tuple[str, str, str, str, int, int, "str | None", "str | None"]  # id, kind, text, norm, start, end, parent, speaker
ClaimRow = tuple[str, str, int, int, "str | None"]  # id, text, start, end, speaker
HopRow = tuple[str, int, str, "str | None", "str | None"]  # item, position, entity, cue, date


@attrs.frozen(kw_only=True)
class PreparedRecord:
    """A record ready to be written: its document, keys and rows.  Build it with :meth:`of`."""

    article_id: str
    document: str  # the canonical JSON document (``serialise.dumps``)
    document_sha256: str
    article_row: tuple[Any, ...]  # the articles row without its document columns
    entities: tuple[PreparedEntity, ...]
    mentions: tuple[MentionRow, ...]
    quotations: tuple[QuotationRow, ...]
    claims: tuple[ClaimRow, ...]
    hops: tuple[HopRow, ...]
    findings: tuple[StoredFinding, ...]

    @classmethod
    def of(cls, record: Record, findings: Iterable[Any] = ()) -> PreparedRecord:
        """Prepare ``record`` (and its checker findings) for the store."""
        if not isinstance(record, Record):
            raise StoreError(f"can only store a Record (got {type(record).__name__})")
        return cls._of(record, findings, serialise.to_data(record))

    @classmethod
    def _of(cls, record: Record, findings: Iterable[Any], data: Mapping[str, Any]) -> PreparedRecord:
        """:meth:`of`, given ``data = serialise.to_data(record)`` already made (for the checker, say)."""
        stored = tuple(StoredFinding.of(f) for f in findings)
        # What serialise.dumps writes: the same data, non-ASCII kept, no indent.
        document = json.dumps(data, ensure_ascii=False)
        article = record.article
        article_row = (
            article.id,
            article.text.sha256,
            article.text.text,
            article.title,
            json.dumps(list(article.authors), ensure_ascii=False),
            article.outlet,
            match.name_key(article.outlet) if article.outlet else None,
            article.published.isoformat() if article.published else None,
            article.url,
            article.language,
            article.section,
        )
        entities = []
        for entity in record.entities:
            name = match.name_key(entity.name)
            aliases = tuple(
                k for k in dict.fromkeys(match.name_key(a) for a in entity.aliases) if k and k != name
            )
            entities.append(
                PreparedEntity(
                    id=entity.id,
                    kind=entity.kind.value,
                    name=entity.name,
                    name_key=name,
                    alias_keys=aliases,
                    external_id=entity.external_id,
                )
            )
        mentions = tuple(
            (e.id, m.start, m.end, m.exact) for e in record.entities for m in e.mentions
        )
        quotations = tuple(
            (
                q.id,
                q.kind.value,
                q.text,
                match.words_key(q.text),
                q.span.start,
                q.span.end,
                q.parent,
                _speaker(q),
            )
            for q in record.quotations
        )
        claims = tuple(
            (c.id, c.content.exact, c.content.start, c.content.end, _speaker(c))
            for c in record.claims
        )
        items: tuple[Quotation | Claim, ...] = (*record.quotations, *record.claims)
        hops = tuple(
            (item.id, i, hop.entity, hop.cue.exact if hop.cue else None, hop.date)
            for item in items
            if item.attribution is not None
            for i, hop in enumerate(item.attribution.chain)
        )
        return cls(
            article_id=article.id,
            document=document,
            document_sha256=hashlib.sha256(document.encode("utf-8")).hexdigest(),
            article_row=article_row,
            entities=tuple(entities),
            mentions=mentions,
            quotations=quotations,
            claims=claims,
            hops=hops,
            findings=stored,
        )


def _speaker(item: Quotation | Claim) -> str | None:
    return item.attribution.speaker if item.attribution is not None else None


def prepare_checked(record: Record, check: Any) -> PreparedRecord:
    """Check ``record`` with ``check`` (a function of record data) and prepare it with the findings.

    The record is turned into JSON data once, for the checker and the stored document alike.
    """
    data = serialise.to_data(record)
    return PreparedRecord._of(record, tuple(check(data)) if check is not None else (), data)
