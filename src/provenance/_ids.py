"""Deterministic, content-derived identifiers."""

from __future__ import annotations

import hashlib

__all__ = ["content_id"]

_ID_DIGITS = 16  # hex digits kept: 64 bits, ample within one corpus


def content_id(prefix: str, *parts: object) -> str:
    """Return ``prefix-<hex>`` where the hex digest depends only on ``parts``.

    The same parts always give the same id, so extraction and hand-made
    records agree on ids without any counter or randomness.
    """
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(repr(part).encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1f")
    return f"{prefix}-{hasher.hexdigest()[:_ID_DIGITS]}"
