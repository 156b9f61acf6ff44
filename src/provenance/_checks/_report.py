"""Collecting raw findings and ordering them by their place in the document."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

import attrs
import regex

from provenance.anchors import Anchor

__all__ = ["Collector", "RawFinding", "child"]

# One step of a JSON path as ``child`` writes it: ``.name``, ``[3]`` or ``["odd key"]``.
_STEP: Final = regex.compile(
    r"""
      \.(?P<name>[^\W\d]\w*)                  # .name: an identifier
    | \[(?P<index>[0-9]+)\]                   # [3]: an array index
    | \[(?P<quoted>"(?:[^"\\]|\\.)*+")\]     # ["odd key"]: a JSON string, escapes included
    """,
    regex.VERBOSE,
)


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
        self._data: Any = None

    def add(self, code: str, path: str, message: str, anchor: Anchor | None = None) -> None:
        """Record one finding."""
        self.items.append(RawFinding(code, path, message, anchor))

    def register(self, data: Any) -> None:
        """Remember the document, to place findings in its order."""
        self._data = data

    def order_key(self, path: str) -> tuple[int, ...]:
        """Where ``path`` is in the document: the position of each step among its siblings.

        Comparing these tuples orders paths as a pre-order walk of the
        document would (keys in stored order).  Steps that do not exist (a
        missing key) end the tuple, so such a path sorts with its nearest
        existing ancestor.
        """
        if not path.startswith(self.root):
            return ()
        position: list[int] = []
        value = self._data
        at = len(self.root)
        while at < len(path):
            step = _STEP.match(path, at)
            if step is None:
                break
            at = step.end()
            if step["index"] is not None:
                index = int(step["index"])
                if not isinstance(value, list | tuple) or index >= len(value):
                    break
                position.append(index)
                value = value[index]
                continue
            key = step["name"] if step["name"] is not None else _json_key(step["quoted"])
            if not isinstance(value, Mapping) or key not in value:
                break
            position.append(list(value).index(key))
            value = value[key]
        return tuple(position)


def _json_key(quoted: str) -> str | None:
    try:
        key = json.loads(quoted)
    except ValueError:
        return None
    return key if isinstance(key, str) else None
