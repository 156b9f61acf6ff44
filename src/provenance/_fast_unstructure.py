"""Generated unstructuring functions: model objects to JSON-ready data in one expression.

cattrs' generated functions call a hook per field, and an optional field's hook
dispatches on a union at run time.  A record of 10,000 quotations holds about
130,000 objects, so :func:`unstructurer` writes, once per model class, a
single expression that builds the whole nested dict: nested objects inline,
optional ones behind one ``is None`` test.  It gives exactly what the cattrs
converter gives (the tests compare both on generated records), in the same
key order.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable
from typing import Any, Final

import attrs

from provenance._fast_structure import optional_of
from provenance.anchors import Anchor, Span
from provenance.model import Record
from provenance.text import TextSnapshot

__all__ = ["unstructurer"]

_Unstructure = Callable[[Any], Any]
_BUILT: dict[type, _Unstructure] = {}

# The fields each leaf and the record write, in order (the record's indexes are not data).
_LEAF_KEYS: Final[dict[type, tuple[tuple[str, str], ...]]] = {
    Anchor: (("start", "span.start"), ("end", "span.end"), ("exact", "exact"), ("prefix", "prefix"),
             ("suffix", "suffix"), ("sha256", "sha256")),
    Span: (("start", "start"), ("end", "end")),
    TextSnapshot: (("text", "text"), ("sha256", "sha256"), ("length", "length")),
}
_RECORD_FIELDS: Final = ("article", "entities", "quotations", "claims")


def unstructurer(cls: type) -> _Unstructure:
    """The unstructuring function of model class ``cls``, built once."""
    built = _BUILT.get(cls)
    if built is None:
        if not attrs.has(cls):
            raise TypeError(f"no fast unstructuring for {cls!r}")
        emitter = _Emitter()
        body = emitter.value(cls, "o", ())
        source = f"def unstructure(o):\n    return {body}\n"
        # The code is built above from the class's own fields; its file name says whose it is.
        exec(compile(source, f"<unstructure {cls.__name__}>", "exec"), emitter.names)
        built = _BUILT[cls] = emitter.names["unstructure"]
    return built


class _Emitter:
    """Writes one expression per value, naming a fresh variable for each object it opens."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {}
        self._count = 0

    def fresh(self) -> str:
        self._count += 1
        return f"v{self._count}"

    def value(self, type_: Any, expr: str, within: tuple[type, ...]) -> str:
        """An expression for the JSON value of ``expr``, an object of ``type_``."""
        inner = optional_of(type_)
        if inner is not None:
            if inner is str or inner is int:
                return expr
            var = self.fresh()
            return f"(None if ({var} := {expr}) is None else {self.value(inner, var, within)})"
        if type_ is str or type_ is int:
            return expr
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            return f"{expr}.value"
        if type_ is datetime.date:
            return f"{expr}.isoformat()"
        if typing.get_origin(type_) is tuple:
            args = typing.get_args(type_)
            if len(args) != 2 or args[1] is not Ellipsis:
                raise TypeError(f"no fast unstructuring for {type_!r}")
            if args[0] is str or args[0] is int:
                return f"list({expr})"
            var = self.fresh()
            return f"[{self.value(args[0], var, within)} for {var} in {expr}]"
        if type_ in _LEAF_KEYS:
            var = self.fresh()
            items = [f"{key!r}: {var}.{path}" for key, path in _LEAF_KEYS[type_]]
            # Bind the object once: the first item names it, the others read the name.
            first_key, first_path = _LEAF_KEYS[type_][0]
            items[0] = f"{first_key!r}: ({var} := {expr}).{first_path}"
            return "{" + ", ".join(items) + "}"
        if isinstance(type_, type) and attrs.has(type_) and type_ not in within:
            return self.object(type_, expr, (*within, type_))
        raise TypeError(f"no fast unstructuring for {type_!r}")

    def object(self, cls: type, expr: str, within: tuple[type, ...]) -> str:
        """A dict expression with every field of the attrs object ``expr``."""
        hints = typing.get_type_hints(cls)
        if cls is Record:
            names = list(_RECORD_FIELDS)
        else:
            fields = attrs.fields(cls)
            if any(not f.init for f in fields):
                raise TypeError(f"no fast unstructuring for {cls.__name__}: it has fields that are not data")
            names = [f.name for f in fields]
        var = self.fresh()
        items = []
        for n, name in enumerate(names):
            # The first field binds the object; the others read the bound name.
            source = f"({var} := {expr}).{name}" if n == 0 else f"{var}.{name}"
            items.append(f"{name!r}: {self.value(hints[name], source, within)}")
        return "{" + ", ".join(items) + "}"
