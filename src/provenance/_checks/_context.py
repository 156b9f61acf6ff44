"""What every family of checks needs: the usable document, its text and indexes."""

from __future__ import annotations

import attrs

from provenance._checks._view import AnchorView, DocumentView, EntityView, QuotationView
from provenance.text import TextSnapshot

__all__ = ["Context", "distance"]


def distance(a: AnchorView, b: AnchorView) -> int:
    """Code points between two spans; 0 when they touch or overlap."""
    return max(0, b.start - a.end, a.start - b.end)


@attrs.frozen
class Context:
    """A read document with the article text and look-ups by id (first occurrence wins)."""

    doc: DocumentView
    text: str | None
    snapshot: TextSnapshot | None  # None when the text has no UTF-8 form
    entities: dict[str, EntityView]
    quotations: dict[str, int]  # quotation id -> index in doc.quotations

    @classmethod
    def of(cls, doc: DocumentView) -> Context:
        text = doc.article.text if doc.article is not None else None
        digest = doc.article.digest if doc.article is not None else None
        snapshot = None
        if text is not None and digest is not None:
            snapshot = TextSnapshot(text=text, sha256=digest, length=len(text))
        entities: dict[str, EntityView] = {}
        for entity in doc.entities:
            if entity.id is not None:
                entities.setdefault(entity.id, entity)
        quotations: dict[str, int] = {}
        for i, quotation in enumerate(doc.quotations):
            if quotation.id is not None:
                quotations.setdefault(quotation.id, i)
        return cls(doc, text, snapshot, entities, quotations)

    def in_text(self, anchor: AnchorView) -> bool:
        """True when the anchor's span lies within the article text."""
        return self.text is not None and anchor.end <= len(self.text)

    def words(self, anchor: AnchorView) -> str | None:
        """The text the anchor covers: from the article when in bounds, else its ``exact``."""
        if self.text is not None and anchor.end <= len(self.text):
            return self.text[anchor.start : anchor.end]
        return anchor.exact

    def parent_index(self, quotation: QuotationView) -> int | None:
        """Index of the quotation's parent, when it has one that exists."""
        if quotation.parent is None:
            return None
        return self.quotations.get(quotation.parent)
