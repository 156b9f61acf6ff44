"""provenance: quotations, attributed claims and their relay chains, anchored to the source text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from provenance.anchors import Anchor, Span
from provenance.errors import (
    AnchorError,
    ExtractionError,
    FormatError,
    ModelError,
    ProvenanceError,
    StoreError,
    TextError,
    VerificationError,
)
from provenance.model import (
    Alteration,
    AlterationKind,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from provenance.serialise import dump, dumps, load, loads
from provenance.text import TextSnapshot

try:
    __version__ = version("provenance")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Alteration",
    "AlterationKind",
    "Anchor",
    "AnchorError",
    "Article",
    "Attribution",
    "Claim",
    "Entity",
    "EntityKind",
    "ExtractionError",
    "FormatError",
    "Hop",
    "ModelError",
    "ProvenanceError",
    "Quotation",
    "QuotationKind",
    "Record",
    "Segment",
    "Span",
    "StoreError",
    "TextError",
    "TextSnapshot",
    "VerificationError",
    "__version__",
    "dump",
    "dumps",
    "load",
    "loads",
]
