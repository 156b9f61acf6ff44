"""The exceptions the library raises.

Every error is a :class:`ProvenanceError`.  Each subclass also derives from the
builtin exception a caller would naturally catch (``ValueError`` for bad
values, ``OSError`` for storage problems), and carries context: the JSON path
of the offending value when it came from a document, and the text and span it
concerns when it is about a place in a text.
"""

from __future__ import annotations

__all__ = [
    "AnchorError",
    "CitationError",
    "EvaluationError",
    "ExtractionError",
    "FormatError",
    "ModelError",
    "ProvenanceError",
    "StoreError",
    "TextError",
    "VerificationError",
]

_MARKER_CONTEXT = 30  # characters shown either side of a marked span


class ProvenanceError(Exception):
    """Root of every error this library raises.

    ``message`` says what went wrong; ``path`` is a JSON path such as
    ``$.quotations[3].segments[0].start`` when the problem is inside a
    document; ``source`` and ``span`` (a ``(start, end)`` pair of code-point
    offsets) point at the place in a text, which ``str()`` then shows with a
    ``~~~^`` marker underneath.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        source: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.source = source
        self.span = span
        super().__init__(self._render())

    def _render(self) -> str:
        text = self.message if self.path is None else f"{self.message} @ {self.path}"
        if self.source is None or self.span is None:
            return text
        return text + "\n" + _mark(self.source, self.span)


def _mark(source: str, span: tuple[int, int]) -> str:
    """Show the part of ``source`` around ``span`` with a marker line under it."""
    start = max(0, min(span[0], len(source)))
    end = max(start, min(span[1], len(source)))
    left = max(0, start - _MARKER_CONTEXT)
    right = min(len(source), end + _MARKER_CONTEXT)
    # Control characters and line breaks would break the two-line picture.
    shown = "".join(c if c.isprintable() else " " for c in source[left:right])
    width = max(1, end - start)
    marker = " " * (start - left) + "~" * (width - 1) + "^"
    return f"    {shown}\n    {marker}"


class TextError(ProvenanceError, ValueError):
    """A text cannot be used as a snapshot, or an offset is not valid in it."""


class AnchorError(ProvenanceError, ValueError):
    """An anchor does not match its text, or cannot be placed in it."""


class ModelError(ProvenanceError, ValueError):
    """A combination of model objects is inconsistent (refused at construction)."""


class FormatError(ProvenanceError, ValueError):
    """A serialised document is malformed; ``path`` says where."""


class ExtractionError(ProvenanceError, ValueError):
    """Extraction was given input it cannot work on."""


class VerificationError(ProvenanceError, ValueError):
    """Verification or re-anchoring was given input it cannot work on."""


class StoreError(ProvenanceError, OSError):
    """The corpus store cannot be opened, read or written."""


class CitationError(ProvenanceError, ValueError):
    """A snippet or link cannot be made as asked (budget too small, bad option, foreign item)."""


class EvaluationError(ProvenanceError, ValueError):
    """Predicted and gold records cannot be paired (a missing or repeated article)."""
