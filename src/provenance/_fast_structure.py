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

__all__ = ["NotTakenError", "checks_pass_when", "lists_to_tuples", "optional_of", "passes_when", "structurer", "type_only"]

_Structure = Callable[[Any], Any]
_F = TypeVar("_F", bound=Callable[..., Any])

# Validators and converters the fast path may skip, by identity.
_TYPE_ONLY: set[int] = set()
_LISTS_TO_TUPLES: set[int] = set()
_PASSES_WHEN: dict[int, str] = {}
_CHECKS_PASS_WHEN: dict[type, str] = {}
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


_C = TypeVar("_C", bound=type)


def checks_pass_when(condition: str) -> Callable[[_C], _C]:
    """Mark a class's ``__attrs_post_init__`` as passing whenever ``condition`` holds,
    written as Python with ``{field}`` for each field's value; the fast path calls
    the check only when the condition fails."""

    def mark(cls: _C) -> _C:
        _CHECKS_PASS_WHEN[cls] = condition
        return cls

    return mark


def lists_to_tuples(converter: _F) -> _F:
    """Mark ``converter`` as turning a list into a tuple and leaving a tuple alone."""
    _LISTS_TO_TUPLES.add(id(converter))
    _KEPT_ALIVE.append(converter)
    return converter


class NotTakenError(Exception):
    """A value the fast path does not take; the detailed path will diagnose it."""


_SNAPSHOT_KEYS = frozenset(("text", "sha256", "length"))


_new: Final = object.__new__


def _indented(lines: list[str], depth: int = 1) -> list[str]:
    return [f"{'    ' * depth}{line}" for line in lines]


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


# The two leaves, inlined into every function that holds them and compiled on their own
# for the rest; ``{v}`` is the variable holding the JSON value (and then the object),
# ``{t}`` a fresh prefix.  Six keys each looked up (a KeyError otherwise) prove there is
# no other; the tests are Span's and Anchor's post-init checks, so the slots are filled
# directly.
_SPAN_CODE: Final = """\
if type({v}) is not dict or len({v}) != 2: raise NotTakenError
{t}s, {t}e = {v}['start'], {v}['end']
if type({t}s) is not int or type({t}e) is not int or not 0 <= {t}s <= {t}e: raise NotTakenError
{v} = new(Span)
set_start({v}, {t}s)
set_end({v}, {t}e)"""

_ANCHOR_CODE: Final = """\
if type({v}) is not dict or len({v}) != 6: raise NotTakenError
{t}s, {t}e, {t}x = {v}['start'], {v}['end'], {v}['exact']
{t}p, {t}f, {t}h = {v}['prefix'], {v}['suffix'], {v}['sha256']
if not (type({t}s) is int and type({t}e) is int and 0 <= {t}s <= {t}e and type({t}x) is str
        and len({t}x) == {t}e - {t}s and type({t}p) is str and len({t}p) <= {t}s
        and type({t}f) is str and type({t}h) is str): raise NotTakenError
{t}n = new(Span)
set_start({t}n, {t}s)
set_end({t}n, {t}e)
{v} = new(Anchor)
set_span({v}, {t}n)
set_exact({v}, {t}x)
set_prefix({v}, {t}p)
set_suffix({v}, {t}f)
set_sha256({v}, {t}h)"""


# The globals every generated function reads: the leaves' classes and slot setters.
_BASE_NAMES: Final[dict[str, Any]] = {
    "NotTakenError": NotTakenError,
    "new": _new,
    "Span": Span,
    "Anchor": Anchor,
    "set_start": _set_start,
    "set_end": _set_end,
    "set_span": _set_span,
    "set_exact": _set_exact,
    "set_prefix": _set_prefix,
    "set_suffix": _set_suffix,
    "set_sha256": _set_sha256,
}


def _leaf(code: str, cls: type) -> _Structure:
    """The structuring function of a leaf on its own, from the code inlined elsewhere."""
    names = dict(_BASE_NAMES)
    lines = ["def structure(o):", *_indented(code.format(v="o", t="x").splitlines()), "    return o"]
    exec(compile("\n".join(lines), f"<structure {cls.__name__}>", "exec"), names)
    function: _Structure = names["structure"]
    function.__qualname__ = function.__name__ = f"structure_{cls.__name__}"
    return function


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
    Anchor: _leaf(_ANCHOR_CODE, Anchor),
    Span: _leaf(_SPAN_CODE, Span),
    TextSnapshot: _snapshot,
    datetime.date: _date,
}


_BUILT: dict[Any, _Structure] = dict(_LEAVES)
_PARTIAL: dict[type, _Structure] = {}


def structurer(type_: Any) -> _Structure:
    """The fast structuring function for ``type_`` (a model class or a leaf type), built once."""
    built = _BUILT.get(type_)
    if built is None:
        if not (isinstance(type_, type) and attrs.has(type_)):
            raise TypeError(f"no fast structuring for {type_!r}")
        built = _BUILT[type_] = _Emitter().function(type_)  # two threads may both build it: harmless
    return built


def _partial_structurer(cls: type) -> _Structure:
    """The function for a document of ``cls`` that leaves fields out (they take their defaults)."""
    built = _PARTIAL.get(cls)
    if built is None:
        built = _PARTIAL[cls] = _Emitter(inline=False).function(cls, partial=True)
    return built


def optional_of(type_: Any) -> Any | None:
    """``X`` for ``X | None``, else None."""
    args = typing.get_args(type_)
    if len(args) == 2 and type(None) in args and typing.get_origin(type_) in (typing.Union, _UnionType):
        return args[0] if args[1] is type(None) else args[1]
    return None


_UnionType = type(int | None)


class _Emitter:
    """Writes the source of one structuring function.

    Nested model classes are written inline (a Python call per object costs
    as much as the checks themselves), for documents that hold every field as
    ``dumps`` writes them; a nested object with fields left out goes to its
    class's partial function.
    """

    def __init__(self, *, inline: bool = True) -> None:
        self.inline = inline
        self.names: dict[str, Any] = dict(_BASE_NAMES)
        self.memos: list[str] = []
        self._count = 0

    def fresh(self, stem: str) -> str:
        """A name not used before in this function."""
        self._count += 1
        return f"{stem}{self._count}"

    def constant(self, value: Any, stem: str) -> str:
        """A global name of the function bound to ``value``."""
        name = self.fresh(stem)
        self.names[name] = value
        return name

    def function(self, cls: type, *, partial: bool = False) -> _Structure:
        """Compile the structuring function of ``cls``."""
        body = self.partial_object(cls, "o") if partial else self.object(cls, "o", ())
        # Each call has its own memo of shared objects (see object()): nothing outlives it.
        memos = [f"{memo} = {{}}" for memo in self.memos]
        lines = ["def structure(o):", *_indented([*memos, *body]), "    return o"]
        # The code is built above from the class's own fields; its file name says whose it is.
        exec(compile("\n".join(lines), f"<structure {cls.__name__}>", "exec"), self.names)
        function: _Structure = self.names["structure"]
        function.__qualname__ = function.__name__ = f"structure_{cls.__name__}"
        return function

    def value(self, type_: Any, var: str, within: tuple[type, ...]) -> list[str]:
        """Lines that check ``var`` as a JSON value of ``type_`` and convert it in place."""
        if type_ is str or type_ is int:
            return [f"if type({var}) is not {type_.__name__}: raise NotTakenError"]
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            # A dict from value to member; a non-string or unknown value fails the look-up.
            members = self.constant({m.value: m for m in type_ if isinstance(m.value, str)}, "members")
            return [f"if type({var}) is not str: raise NotTakenError", f"{var} = {members}[{var}]"]
        inner = optional_of(type_)
        if inner is not None:
            return [f"if {var} is not None:", *_indented(self.value(inner, var, within))]
        if typing.get_origin(type_) is tuple:
            return self.sequence(type_, var, within)
        if self.inline and type_ is Span:
            return _SPAN_CODE.format(v=var, t=self.fresh("s")).splitlines()
        if self.inline and type_ is Anchor:
            return _ANCHOR_CODE.format(v=var, t=self.fresh("a")).splitlines()
        if self.inline and type_ not in _LEAVES and attrs.has(type_) and type_ not in within:
            return self.object(type_, var, within)
        return [f"{var} = {self.constant(structurer(type_), 'of')}({var})"]

    def sequence(self, type_: Any, var: str, within: tuple[type, ...]) -> list[str]:
        """Lines that turn the JSON array in ``var`` into a tuple of ``type_``'s items."""
        args = typing.get_args(type_)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no fast structuring for {type_!r}")
        item = args[0]
        lines = [f"if type({var}) is not list: raise NotTakenError"]
        if item is str:
            return [*lines, f"for x in {var}:", "    if type(x) is not str: raise NotTakenError", f"{var} = tuple({var})"]
        if not self.inline:
            return [*lines, f"{var} = tuple(map({self.constant(structurer(item), 'of')}, {var}))"]
        each, items = self.fresh("each"), self.fresh("items")
        return [
            *lines,
            f"{items} = []",
            f"for {each} in {var}:",
            *_indented(self.value(item, each, within)),
            f"    {items}.append({each})",
            f"{var} = tuple({items})",
        ]

    def object(self, cls: type, var: str, within: tuple[type, ...]) -> list[str]:
        """Lines that build ``cls`` from the JSON object in ``var`` (a complete one inline)."""
        fields = [f for f in attrs.fields(cls) if f.init]
        hints = typing.get_type_hints(cls)
        within = (*within, cls)
        # Documents written by dumps hold every field: then len(o) equal to the number of
        # fields, and each looked up once, proves there is no other key.
        lines = [f"if type({var}) is not dict: raise NotTakenError", f"if len({var}) == {len(fields)}:"]
        values = [self.fresh("v") for _ in fields]
        lines.extend(f"    {value} = {var}[{field.name!r}]" for field, value in zip(fields, values, strict=True))
        checks = [line for field, value in zip(fields, values, strict=True) for line in self.value(hints[field.name], value, within)]
        build = [*checks, *self.build(cls, var, values, hints)]
        scalars = _memo_scalars(fields, hints)
        if scalars is None:
            lines.extend(_indented(build))
        else:
            # A frozen object whose JSON holds only strings and nulls is the same value
            # wherever those recur (a relay hop with no anchors names the same outlet
            # in every attribution): build it once per load, and share it.
            memo, key = self.fresh("memo"), self.fresh("key")
            self.memos.append(memo)
            nested = [value for field, value in zip(fields, values, strict=True) if field.name not in scalars]
            keyed = [value for field, value in zip(fields, values, strict=True) if field.name in scalars]
            absent = " and ".join(f"{value} is None" for value in nested) or "True"  # "True": all scalars
            lines.extend(
                _indented(
                    [
                        f"if {absent}:",
                        f"    {key} = ({', '.join(keyed)},)",
                        f"    {var} = {memo}.get({key})",
                        "else:",
                        f"    {key} = {var} = None",
                        f"if {var} is None:",
                        *_indented(build),
                        f"    if {key} is not None: {memo}[{key}] = {var}",
                    ]
                )
            )
        lines.append("else:")
        lines.append(f"    {var} = {self.constant(_partial_structurer(cls), 'partial')}({var})")
        return lines

    def partial_object(self, cls: type, var: str) -> list[str]:
        """Lines that build ``cls`` from a JSON object that may leave out fields with defaults."""
        fields = [f for f in attrs.fields(cls) if f.init]
        hints = typing.get_type_hints(cls)
        keys = self.constant(frozenset(f.name for f in fields), "keys")
        lines = [f"if type({var}) is not dict or not {var}.keys() <= {keys}: raise NotTakenError"]
        values = []
        for field in fields:
            value = self.fresh("v")
            values.append(value)
            check = self.value(hints[field.name], value, ())
            if field.default is attrs.NOTHING:
                lines.append(f"{value} = {var}[{field.name!r}]")
                lines.extend(check)
                continue
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                default = f"{self.constant(field.default.factory, 'factory')}()"
            else:
                default = self.constant(field.default, "default")
            lines.extend(
                [
                    f"if {field.name!r} in {var}:",
                    f"    {value} = {var}[{field.name!r}]",
                    *_indented(check),
                    "else:",
                    f"    {value} = {default}",
                ]
            )
        return [*lines, *self.build(cls, var, values, hints)]

    def build(self, cls: type, var: str, values: list[str], hints: dict[str, Any]) -> list[str]:
        """Lines that build ``cls`` into ``var`` from checked field values."""
        fields = [f for f in attrs.fields(cls) if f.init]
        built = self.constant(cls, "cls")
        lines = _trusted_build(cls, hints, var, values, built, self)
        if lines is None:
            arguments = ", ".join(f"{field.alias}={value}" for field, value in zip(fields, values, strict=True))
            return [f"{var} = {built}({arguments})"]
        return lines


def _memo_scalars(fields: list[attrs.Attribute[Any]], hints: dict[str, Any]) -> frozenset[str] | None:
    """The names of the fields that key a shared object of this class, or None when its
    objects are not shared.

    Objects are shared when every field is a string, a string enum or null, or
    an optional nested object that is absent.  Strings and null are equal only
    to themselves, so equal keys mean equal, already checked values (numbers
    are left out: ``1 == True``).
    """
    scalars = set()
    for field in fields:
        hint = hints[field.name]
        inner = optional_of(hint)
        kind = hint if inner is None else inner
        if kind is str or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
            scalars.add(field.name)
        elif inner is None or not (kind in (Anchor, Span) or attrs.has(kind)):
            return None
    return frozenset(scalars)


def _skippable_validator(validator: Any, hint: Any) -> bool:
    """True when the generated checks already prove what ``validator`` tests."""
    if validator is None or id(validator) in _TYPE_ONLY:
        return True
    return isinstance(validator, _INSTANCE_OF) and getattr(validator, "type", None) is hint


def _trusted_build(
    cls: type, hints: dict[str, Any], var: str, values: list[str], built: str, emitter: _Emitter
) -> list[str] | None:
    """Lines that build ``cls`` into ``var`` from ``values`` as its ``__init__`` would, minus
    the type tests already made; None when the class needs its real constructor."""
    if not hasattr(cls, "__slots__") or getattr(cls, "__attrs_pre_init__", None) is not None:
        return None
    if any(not f.init and f.default is not attrs.NOTHING for f in attrs.fields(cls)):
        return None  # a default the constructor would set
    lines, checks = [f"{var} = new({built})"], []
    for field, value in zip((f for f in attrs.fields(cls) if f.init), values, strict=True):
        if field.converter is not None and id(field.converter) not in _LISTS_TO_TUPLES:
            return None
        try:
            setter = emitter.constant(_slot_setter(cls, field.name), "set")
        except TypeError:
            return None
        lines.append(f"{setter}({var}, {value})")
        if not _skippable_validator(field.validator, hints[field.name]):
            validator = emitter.constant(field.validator, "validator")
            attribute = emitter.constant(field, "attribute")
            condition = _PASSES_WHEN.get(id(field.validator))
            call = f"{validator}({var}, {attribute}, {value})"
            checks.append(call if condition is None else f"if not ({condition.format(value=value)}): {call}")
    lines.extend(checks)  # as in attrs' __init__: every slot is set before any validator runs
    if hasattr(cls, "__attrs_post_init__"):
        call = f"{var}.__attrs_post_init__()"
        condition = _CHECKS_PASS_WHEN.get(cls)
        if condition is not None:
            fields = {f.name: value for f, value in zip((f for f in attrs.fields(cls) if f.init), values, strict=True)}
            call = f"if not ({condition.format(**fields)}): {call}"
        lines.append(call)
    return lines
