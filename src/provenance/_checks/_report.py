"""Collecting raw findings and ordering them by their place in the document."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

import attrs
import regex

from provenance.anchors import Anchor

__all__ = ["Collector", "RawFinding", "child"]

# The last step of a JSON path: ``.name`` or ``[index]`` / ``["odd key"]``.
_LAST_STEP: Final = regex.compile(
    r"""
    (?: \.[^.\[\]]*          # .name
      | \[[^\[\]]*\]         # [3], [line 3] or ["odd key"] without brackets inside
    )\Z
    """,
    regex.VERBOSE,
)
_UNPLACED: Final = 2**62  # sorts after every place in the document


def child(path: str, key: object) -> str:
    """The path of ``key`` (an object key or an array index) under ``path``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    name = str(key)
    if name.isidentifier():
        return f"{path}.{name}"
    return f"{path}[{json.dumps(name)}]"


@attrs.frozen
class RawFinding:
    """A finding before its severity is looked up."""

    code: str
    path: str
    message: str
    anchor: Anchor | None


class Collector:
    """Where the checks put what they find, and the document order of every path."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.items: list[RawFinding] = []
        self._order: dict[str, int] = {}

    def add(self, code: str, path: str, message: str, anchor: Anchor | None = None) -> None:
        """Record one finding."""
        self.items.append(RawFinding(code, path, message, anchor))

    def register(self, data: Any) -> None:
        """Number every path of ``data`` in document order (pre-order, keys as stored).

        Iterative, so arbitrarily deep data cannot exhaust the stack.
        """
        stack: list[tuple[str, Any]] = [(self.root, data)]
        while stack:
            path, value = stack.pop()
            self._order.setdefault(path, len(self._order))
            if isinstance(value, Mapping):
                items = [(child(path, k), v) for k, v in value.items()]
            elif isinstance(value, list | tuple):
                items = [(child(path, i), v) for i, v in enumerate(value)]
            else:
                continue
            stack.extend(reversed(items))

    def order_key(self, path: str) -> int:
        """The place of ``path`` in the document, or of its nearest ancestor that exists."""
        while True:
            place = self._order.get(path)
            if place is not None:
                return place
            stripped = _LAST_STEP.sub("", path)
            if stripped == path or not stripped:
                return _UNPLACED
            path = stripped
