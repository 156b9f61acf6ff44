"""Generated structuring functions for valid documents: the fast path of loading.

cattrs' generic hooks pay on every field for flexibility a record document
does not need (a call per field, union dispatch, error bookkeeping).  Stored
documents are almost always valid, so loading first tries the functions
built here: one per model class, generated once, that test each JSON value's
type with one cheap check and build the objects.

Building skips only what those checks have already proved: validators that
test nothing but a field's type (the model marks them with
:func:`type_only`), converters that turn lists into tuples (marked with
:func:`lists_to_tuples`), and the shape tests of spans and anchors, which
the leaf functions below repeat.  Every other rule of the model (value
validators, post-init checks) runs as the constructor would run it.

Anything these functions do not expect raises.  They never produce an error
for the user: the caller then structures the document again with the
detailed cattrs converter, which says where and why it is wrong.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from provenance.anchors import Anchor, Span
from provenance.text import TextSnapshot

__all__ = ["NotTakenError", "lists_to_tuples", "passes_when", "structurer", "type_only"]

_Structure = Callable[[Any], Any]
_F = TypeVar("_F", bound=Callable[..., Any])

# Validators and converters the fast path may skip, by identity.
_TYPE_ONLY: set[int] = set()
_LISTS_TO_TUPLES: set[int] = set()
_PASSES_WHEN: dict[int, str] = {}
_KEPT_ALIVE: list[object] = []  # ids stay valid only while their objects live
_INSTANCE_OF: Final = type(attrs.validators.instance_of(int))


def type_only(validator: _F) -> _F:
    """Mark ``validator`` as testing only the type its field's annotation names."""
    _TYPE_ONLY.add(id(validator))
    _KEPT_ALIVE.append(validator)
    return validator


def passes_when(condition: str) -> Callable[[_F], _F]:
    """Mark a validator as passing whenever ``condition`` holds of a value of its field's
    type, written as Python with ``{value}`` for the value (``"{value}.strip()"``); the
    fast path calls the validator only when the condition fails."""

    def mark(validator: _F) -> _F:
        _PASSES_WHEN[id(validator)] = condition
        _KEPT_ALIVE.append(validator)
        return validator

    return mark


def lists_to_tuples(converter: _F) -> _F:
    """Mark ``converter`` as turning a list into a tuple and leaving a tuple alone."""
    _LISTS_TO_TUPLES.add(id(converter))
    _KEPT_ALIVE.append(converter)
    return converter


class NotTakenError(Exception):
    """A value the fast path does not take; the detailed path will diagnose it."""


_ANCHOR_SIZE: Final = 6  # start, end, exact, prefix, suffix, sha256
_SNAPSHOT_KEYS = frozenset(("text", "sha256", "length"))


_new: Final = object.__new__


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of slot ``name`` of ``cls``, which bypasses the frozen ``__setattr__``."""
    descriptor = cls.__dict__.get(name)
    if not isinstance(descriptor, types.MemberDescriptorType):
        raise TypeError(f"{cls.__name__}.{name} is not a slot")
    setter: Callable[[Any, Any], None] = descriptor.__set__
    return setter


_set_start, _set_end = _slot_setter(Span, "start"), _slot_setter(Span, "end")
_set_span, _set_exact, _set_prefix, _set_suffix, _set_sha256 = (
    _slot_setter(Anchor, name) for name in ("span", "exact", "prefix", "suffix", "sha256")
)


def _anchor(value: Any) -> Anchor:
    # Anchors are the commonest object in a document: one pass of cheap tests.
    # Six keys, and each of the six looked up below (a KeyError otherwise).
    if type(value) is not dict or len(value) != _ANCHOR_SIZE:
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
        and len(prefix) <= start
        and type(suffix) is str
        and type(sha256) is str
    ):
        raise NotTakenError
    # The tests above are Span's and Anchor's post-init checks: fill the slots directly.
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    anchor = _new(Anchor)
    _set_span(anchor, span)
    _set_exact(anchor, exact)
    _set_prefix(anchor, prefix)
    _set_suffix(anchor, suffix)
    _set_sha256(anchor, sha256)
    return anchor


def _span(value: Any) -> Span:
    if type(value) is not dict or len(value) != 2:
        raise NotTakenError
    start, end = value["start"], value["end"]
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise NotTakenError
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


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
    # Documents written by dumps hold every field: then len(o) equal to the number of
    # fields, and each looked up once, proves there is no other key.  Otherwise the
    # keys are compared and absent fields take their defaults.
    complete = ["    if len(o) == fields_count:"]
    partial = ["    else:", "        if not o.keys() <= keys: raise NotTakenError"]
    names["fields_count"] = len(fields)
    lines = ["def structure(o):", "    if type(o) is not dict: raise NotTakenError"]
    arguments = []
    for i, field in enumerate(fields):
        var = f"a{i}"
        check = _value_code(hints[field.name], var, names, f"f{i}")
        complete.append(f"        {var} = o[{field.name!r}]")
        complete.extend(f"        {line}" for line in check)
        if field.default is attrs.NOTHING:
            partial.append(f"        {var} = o[{field.name!r}]")
            partial.extend(f"        {line}" for line in check)
        else:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                names[f"f{i}_default"] = field.default.factory
                default = f"f{i}_default()"
            else:
                names[f"f{i}_default"] = field.default
                default = f"f{i}_default"
            partial.append(f"        if {field.name!r} in o:")
            partial.append(f"            {var} = o[{field.name!r}]")
            partial.extend(f"            {line}" for line in check)
            partial.append("        else:")
            partial.append(f"            {var} = {default}")
        arguments.append(f"{field.alias}={var}")
    if fields:
        lines.extend(complete)
        lines.extend(partial)
    build = _trusted_build(cls, hints, names)
    if build is None:
        lines.append(f"    return cls({', '.join(arguments)})")
    else:
        lines.extend(f"    {line}" for line in build)
    # The code is built above from the class's own fields; its file name says whose it is.
    exec(compile("\n".join(lines), f"<structure {cls.__name__}>", "exec"), names)
    function: _Structure = names["structure"]
    function.__qualname__ = function.__name__ = f"structure_{cls.__name__}"
    return function


def _skippable_validator(validator: Any, hint: Any) -> bool:
    """True when the generated checks already prove what ``validator`` tests."""
    if validator is None or id(validator) in _TYPE_ONLY:
        return True
    return isinstance(validator, _INSTANCE_OF) and getattr(validator, "type", None) is hint


def _trusted_build(cls: type, hints: dict[str, Any], names: dict[str, Any]) -> list[str] | None:
    """Lines that build ``cls`` from ``a0, a1, …`` as its ``__init__`` would, minus the
    type tests already made; None when the class needs its real constructor."""
    if not hasattr(cls, "__slots__") or getattr(cls, "__attrs_pre_init__", None) is not None:
        return None
    if any(not f.init and f.default is not attrs.NOTHING for f in attrs.fields(cls)):
        return None  # a default the constructor would set
    names["new"] = _new
    lines, checks = ["obj = new(cls)"], []
    for i, field in enumerate(f for f in attrs.fields(cls) if f.init):
        if field.converter is not None and id(field.converter) not in _LISTS_TO_TUPLES:
            return None
        try:
            names[f"set{i}"] = _slot_setter(cls, field.name)
        except TypeError:
            return None
        lines.append(f"set{i}(obj, a{i})")
        if not _skippable_validator(field.validator, hints[field.name]):
            names[f"v{i}"], names[f"attr{i}"] = field.validator, field
            condition = _PASSES_WHEN.get(id(field.validator))
            call = f"v{i}(obj, attr{i}, a{i})"
            checks.append(call if condition is None else f"if not ({condition.format(value=f'a{i}')}): {call}")
    lines.extend(checks)  # as in attrs' __init__: every slot is set before any validator runs
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("obj.__attrs_post_init__()")
    lines.append("return obj")
    return lines
