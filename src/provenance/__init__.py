"""provenance: quotations, attributed claims and their relay chains, anchored to the source text.

The front door re-exports the model and the main verbs; each lives in its own
module (``provenance.extract``, ``provenance.verify``, ``provenance.cite`` …),
where the rest of its API is.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from provenance.anchors import Anchor, Span
from provenance.check import Finding, Severity, check
from provenance.cite import Snippet, cite
from provenance.errors import (
    AnchorError,
    CitationError,
    EvaluationError,
    ExtractionError,
    FormatError,
    ModelError,
    ProvenanceError,
    StoreError,
    TextError,
    VerificationError,
)
from provenance.evaluate import Scores, evaluate
from provenance.extract import extract
from provenance.links import link, rfc5147_fragment, text_fragment
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
from provenance.reanchor import (
    PreparedText,
    Reanchoring,
    Resolution,
    ResolveStatus,
    reanchor,
    resolve,
)
from provenance.serialise import dump, dumps, load, loads
from provenance.store import Store
from provenance.text import TextSnapshot
from provenance.verify import (
    AttributionCheck,
    AttributionStatus,
    Verdict,
    Verification,
    verify,
    verify_attribution,
)

try:
    __version__ = version("provenance")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"

__all__ = [
    "Alteration",
    "AlterationKind",
    "Anchor",
    "AnchorError",
    "Article",
    "Attribution",
    "AttributionCheck",
    "AttributionStatus",
    "CitationError",
    "Claim",
    "Entity",
    "EntityKind",
    "EvaluationError",
    "ExtractionError",
    "Finding",
    "FormatError",
    "Hop",
    "ModelError",
    "PreparedText",
    "ProvenanceError",
    "Quotation",
    "QuotationKind",
    "Reanchoring",
    "Record",
    "Resolution",
    "ResolveStatus",
    "Scores",
    "Segment",
    "Severity",
    "Snippet",
    "Span",
    "Store",
    "StoreError",
    "TextError",
    "TextSnapshot",
    "Verdict",
    "Verification",
    "VerificationError",
    "__version__",
    "check",
    "cite",
    "dump",
    "dumps",
    "evaluate",
    "extract",
    "link",
    "load",
    "loads",
    "reanchor",
    "resolve",
    "rfc5147_fragment",
    "text_fragment",
    "verify",
    "verify_attribution",
]
