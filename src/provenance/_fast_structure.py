"""Generated structuring functions for valid documents: the fast path of loading.

cattrs' generic hooks pay on every field for flexibility a record document
does not need (a call per field, union dispatch, error bookkeeping).  Stored
documents are almost always valid, so loading first tries the functions
built here: one per model class, generated once, that test each JSON value's
type with one cheap check and hand the values to the model's own
constructors, so every model rule (validators, post-init checks) still runs.

Anything these functions do not expect raises.  They never produce an error
for the user: the caller then structures the document again with the
detailed cattrs converter, which says where and why it is wrong.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs

from provenance.anchors import Anchor, Span
from provenance.text import TextSnapshot

__all__ = ["NotTakenError", "structurer"]

_Structure = Callable[[Any], Any]


class NotTakenError(Exception):
    """A value the fast path does not take; the detailed path will diagnose it."""


_ANCHOR_KEYS = frozenset(("start", "end", "exact", "prefix", "suffix", "sha256"))
_SPAN_KEYS = frozenset(("start", "end"))
_SNAPSHOT_KEYS = frozenset(("text", "sha256", "length"))


def _anchor(value: Any) -> Anchor:
    # Anchors are the commonest object in a document: one pass of cheap tests.
    if type(value) is not dict or value.keys() != _ANCHOR_KEYS:
        raise NotTakenError
    start, end, exact = value["start"], value["end"], value["exact"]
    prefix, suffix, sha256 = value["prefix"], value["suffix"], value["sha256"]
    if not (
        type(start) is int
        and type(end) is int
        and 0 <= start <= end
        and type(exact) is str
        and len(exact) == end - start
        and type(prefix) is str
        and type(suffix) is str
        and type(sha256) is str
    ):
        raise NotTakenError
    return Anchor(span=Span(start, end), exact=exact, prefix=prefix, suffix=suffix, sha256=sha256)


def _span(value: Any) -> Span:
    if type(value) is not dict or value.keys() != _SPAN_KEYS:
        raise NotTakenError
    start, end = value["start"], value["end"]
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise NotTakenError
    return Span(start, end)


def _snapshot(value: Any) -> TextSnapshot:
    if type(value) is not dict or value.keys() != _SNAPSHOT_KEYS:
        raise NotTakenError
    text, sha256, length = value["text"], value["sha256"], value["length"]
    if type(text) is not str or type(sha256) is not str or type(length) is not int:
        raise NotTakenError
    return TextSnapshot(text=text, sha256=sha256, length=length)


def _date(value: Any) -> datetime.date:
    if type(value) is not str:
        raise NotTakenError
    return datetime.date.fromisoformat(value)


_LEAVES: dict[Any, _Structure] = {
    Anchor: _anchor,
    Span: _span,
    TextSnapshot: _snapshot,
    datetime.date: _date,
}


_BUILT: dict[Any, _Structure] = dict(_LEAVES)


def structurer(type_: Any) -> _Structure:
    """The fast structuring function for ``type_`` (a model class or a leaf type), built once."""
    built = _BUILT.get(type_)
    if built is None:
        if not (isinstance(type_, type) and attrs.has(type_)):
            raise TypeError(f"no fast structuring for {type_!r}")
        built = _BUILT[type_] = _generate(type_)  # two threads may both build it: harmless
    return built


def _optional_of(type_: Any) -> Any | None:
    """``X`` for ``X | None``, else None."""
    args = typing.get_args(type_)
    if len(args) == 2 and type(None) in args and typing.get_origin(type_) in (typing.Union, _UnionType):
        return args[0] if args[1] is type(None) else args[1]
    return None


_UnionType = type(int | None)


def _value_code(type_: Any, var: str, names: dict[str, Any], tag: str) -> list[str]:
    """Lines that check ``var`` as a JSON value of ``type_`` and convert it in place."""
    if type_ is str or type_ is int:
        names[f"{tag}_t"] = type_
        return [f"if type({var}) is not {tag}_t: raise NotTakenError"]
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        # A dict from value to member; a non-string or unknown value fails the look-up.
        names[f"{tag}_members"] = {m.value: m for m in type_ if isinstance(m.value, str)}
        return [f"if type({var}) is not str: raise NotTakenError", f"{var} = {tag}_members[{var}]"]
    inner = _optional_of(type_)
    if inner is not None:
        body = _value_code(inner, var, names, tag)
        return [f"if {var} is not None:", *(f"    {line}" for line in body)]
    if typing.get_origin(type_) is tuple:
        args = typing.get_args(type_)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no fast structuring for {type_!r}")
        item = args[0]
        lines = [f"if type({var}) is not list: raise NotTakenError"]
        if item is str:
            return [*lines, f"for x in {var}:", "    if type(x) is not str: raise NotTakenError", f"{var} = tuple({var})"]
        names[f"{tag}_item"] = structurer(item)
        return [*lines, f"{var} = tuple(map({tag}_item, {var}))"]
    names[f"{tag}_of"] = structurer(type_)
    return [f"{var} = {tag}_of({var})"]


def _generate(cls: type) -> _Structure:
    """Generate the structuring function of one attrs class.

    Every key must be a field; a field absent from the document takes its
    default (or the document is left to the detailed path when it has none).
    """
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    names: dict[str, Any] = {"NotTakenError": NotTakenError, "cls": cls, "keys": frozenset(f.name for f in fields)}
    lines = [
        "def structure(o):",
        "    if type(o) is not dict or not o.keys() <= keys: raise NotTakenError",
    ]
    arguments = []
    for i, field in enumerate(fields):
        var = f"a{i}"
        check = _value_code(hints[field.name], var, names, f"f{i}")
        if field.default is attrs.NOTHING:
            lines.append(f"    {var} = o[{field.name!r}]")
            lines.extend(f"    {line}" for line in check)
        else:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                names[f"f{i}_default"] = field.default.factory
                default = f"f{i}_default()"
            else:
                names[f"f{i}_default"] = field.default
                default = f"f{i}_default"
            lines.append(f"    if {field.name!r} in o:")
            lines.append(f"        {var} = o[{field.name!r}]")
            lines.extend(f"        {line}" for line in check)
            lines.append("    else:")
            lines.append(f"        {var} = {default}")
        arguments.append(f"{field.alias}={var}")
    lines.append(f"    return cls({', '.join(arguments)})")
    exec("\n".join(lines), names)  # the code is built above from the class's own fields
    function: _Structure = names["structure"]
    function.__qualname__ = function.__name__ = f"structure_{cls.__name__}"
    return function
