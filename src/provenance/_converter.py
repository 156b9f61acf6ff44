"""The private cattrs converter between model objects and JSON-ready data.

Kept out of the model so that the model knows nothing of any wire format.
Structuring is strict: unknown keys, missing keys, wrong types (no silent
``str(3)`` or iterating a string as a list), bad enum values and invalid
model combinations all become :class:`~provenance.errors.FormatError` with
the JSON path of the first problem.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from provenance._fast_structure import structurer
from provenance._fast_unstructure import unstructurer
from provenance.anchors import Anchor, Span
from provenance.errors import FormatError, ProvenanceError
from provenance.model import Article, Record
from provenance.text import TextSnapshot

__all__ = ["converter", "json_name", "structure_as", "structure_valid", "unstructure"]


class _WrongTypeError(ProvenanceError, TypeError):
    """Internal: a JSON value of the wrong type (becomes a FormatError with a path)."""


def json_name(value: object) -> str:
    """How a JSON value's type is named in messages ("a string", "an array", …)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _expect_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise _WrongTypeError(f"expected a string, got {json_name(value)}")
    return value


def _expect_int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _WrongTypeError(f"expected an integer, got {json_name(value)}")
    return value


def _expect_date(value: Any, _type: Any) -> datetime.date:
    if not isinstance(value, str):
        raise _WrongTypeError(f"expected a date string YYYY-MM-DD, got {json_name(value)}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise _WrongTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def _expect_object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _WrongTypeError(f"expected an object ({what}), got {json_name(value)}")
    return value


def _fields(data: Mapping[str, Any], what: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    if not optional and len(data) == len(required) and all(k in data for k in required):
        return  # the common case, checked cheaply
    missing = [k for k in required if k not in data]
    if missing:
        raise _WrongTypeError(f"{what} is missing required key(s) {', '.join(map(repr, missing))}")
    extra = sorted(set(data) - set(required) - set(optional))
    if extra:
        raise _WrongTypeError(f"{what} has unknown key(s) {', '.join(map(repr, extra))}")


def _offset_field(data: Mapping[str, Any], key: str) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise _WrongTypeError(f"expected an integer offset, got {json_name(value)}", path=f".{key}")
    if value < 0:
        raise _WrongTypeError(f"offset must not be negative (got {value})", path=f".{key}")
    return value


def _span_of(data: Mapping[str, Any]) -> Span:
    start, end = _offset_field(data, "start"), _offset_field(data, "end")
    if end < start:
        raise _WrongTypeError(f"end {end} is before start {start}", path=".end")
    return Span(start, end)


def _structure_span(value: Any, _type: Any) -> Span:
    data = _expect_object(value, "a span")
    _fields(data, "span", ("start", "end"))
    return _span_of(data)


_ANCHOR_KEYS = ("start", "end", "exact", "prefix", "suffix", "sha256")


def _structure_anchor(value: Any, _type: Any) -> Anchor:
    data = _expect_object(value, "an anchor")
    _fields(data, "anchor", _ANCHOR_KEYS)
    span = _span_of(data)
    values = {}
    for key in ("exact", "prefix", "suffix", "sha256"):
        if not isinstance(data[key], str):
            raise _WrongTypeError(f"expected a string, got {json_name(data[key])}", path=f".{key}")
        values[key] = data[key]
    if len(values["exact"]) != span.end - span.start:
        raise _WrongTypeError(
            f"exact text has {len(values['exact'])} code points but the span covers {span.end - span.start}",
            path=".exact",
        )
    return Anchor(span=span, **values)


def _unstructure_anchor(anchor: Anchor) -> dict[str, Any]:
    return {
        "start": anchor.span.start,
        "end": anchor.span.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "sha256": anchor.sha256,
    }


def _structure_snapshot(value: Any, _type: Any) -> TextSnapshot:
    data = _expect_object(value, "a text snapshot")
    _fields(data, "text snapshot", ("text", "sha256", "length"))
    return TextSnapshot(
        text=_expect_str(data["text"], str),
        sha256=_expect_str(data["sha256"], str),
        length=_expect_int(data["length"], int),
    )


def _unstructure_snapshot(snapshot: TextSnapshot) -> dict[str, Any]:
    return {"text": snapshot.text, "sha256": snapshot.sha256, "length": snapshot.length}


def _or_none(hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def structure_optional(value: Any, type_: Any) -> Any:
        return None if value is None else hook(value, type_)

    return structure_optional


def _is_variadic_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_tuple_hook(conv: cattrs.Converter, type_: Any) -> Callable[[Any, Any], Any]:
    item_type = typing.get_args(type_)[0]
    item_hook = conv.get_structure_hook(item_type)

    def structure_tuple(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _WrongTypeError(f"expected an array, got {json_name(value)}")
        items = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [*getattr(exc, "__notes__", []), f"Structuring {type_} @ index {i}"]
                errors.append(exc)
                break
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(items)

    return structure_tuple


@cache
def converter() -> cattrs.Converter:
    """Build (once) the library's converter, which records where each error happened.

    Valid documents are built by the generated fast path; this converter diagnoses
    the ones it refuses (see :func:`structure_as`) and unstructures single objects.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _expect_str)
    conv.register_structure_hook(int, _expect_int)
    conv.register_structure_hook(datetime.date, _expect_date)
    conv.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(Span, lambda s: {"start": s.start, "end": s.end})
    conv.register_structure_hook(Anchor, _structure_anchor)
    conv.register_unstructure_hook(Anchor, _unstructure_anchor)
    conv.register_structure_hook(TextSnapshot, _structure_snapshot)
    conv.register_unstructure_hook(TextSnapshot, _unstructure_snapshot)
    conv.register_structure_hook_factory(_is_variadic_tuple, lambda t: _make_tuple_hook(conv, t))
    conv.register_unstructure_hook_factory(
        _is_variadic_tuple,
        lambda t: _make_list_unstructurer(conv, t),
    )

    def structure_enum(value: Any, type_: type[enum.Enum]) -> enum.Enum:
        if not isinstance(value, str):
            raise _WrongTypeError(f"expected a string, got {json_name(value)}")
        try:
            return type_(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in type_)
            raise _WrongTypeError(f"expected one of {allowed}, got {value!r}") from None

    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), structure_enum
    )
    def make_attrs_hook(cls: type) -> Callable[[Any, Any], Any]:
        inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
        )
        what = f"a {cls.__name__}"

        def structure_object(value: Any, type_: Any) -> Any:
            _expect_object(value, what)
            return inner(value, type_)

        return structure_object

    conv.register_structure_hook_factory(attrs.has, make_attrs_hook)
    # Optional fields are common; a direct hook avoids cattrs' generic union dispatch.
    for optional_type, hook in (
        (Anchor | None, _structure_anchor),
        (Span | None, _structure_span),
        (str | None, _expect_str),
    ):
        conv.register_structure_hook(optional_type, _or_none(hook))
    # Record's private indexes are built in __attrs_post_init__, not serialised.
    conv.register_unstructure_hook(
        Record,
        lambda r: {
            "article": conv.unstructure(r.article, Article),
            "entities": [conv.unstructure(e) for e in r.entities],
            "quotations": [conv.unstructure(q) for q in r.quotations],
            "claims": [conv.unstructure(c) for c in r.claims],
        },
    )
    return conv


def _make_list_unstructurer(conv: cattrs.Converter, type_: Any) -> Callable[[Any], Any]:
    item_type = typing.get_args(type_)[0]
    if item_type is str or item_type is int:
        return list
    hook = conv.get_unstructure_hook(item_type)
    return lambda value: [hook(item) for item in value]


def unstructure(obj: Any) -> Any:
    """JSON-ready data for a model object (a record takes the generated fast path)."""
    if isinstance(obj, Record):
        return unstructurer(Record)(obj)
    return converter().unstructure(obj)


def structure_valid(data: Any, type_: type[Any]) -> Any | None:
    """``data`` as ``type_`` through the fast path alone; None when it is not taken there."""
    try:
        return structurer(type_)(data)
    except Exception:  # the caller diagnoses through the detailed path
        return None


def structure_as(data: Any, type_: type[Any], *, root: str = "$") -> Any:
    """Structure ``data`` as ``type_``, turning every failure into a FormatError with a path.

    Valid documents take the generated fast path; anything it does not take is
    structured again by the detailed converter, which either builds it after
    all or says where the first problem is.
    """
    try:
        return structurer(type_)(data)
    except Exception as fast_error:  # any failure is re-diagnosed below, with its path
        first = fast_error
    try:
        # A value the fast path merely did not expect may still be valid.
        return converter().structure(data, type_)
    except BaseValidationError as exc:
        path, message = _first_leaf(exc, root)
        raise FormatError(message, path=path) from None
    except ProvenanceError as exc:
        raise FormatError(exc.message, path=exc.path or root) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise FormatError(f"unusable value: {exc}", path=root) from None
    message = first.message if isinstance(first, ProvenanceError) else str(first)
    raise FormatError(f"unusable value: {message}", path=root)


def _first_leaf(exc: BaseException, path: str) -> tuple[str, str]:
    """Walk a cattrs error tree to its first leaf; return (JSON path, message)."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for child in exc.exceptions:
            step = _path_step(child)
            return _first_leaf(child, path + step)
    if isinstance(exc, BaseValidationError):
        return path, str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return path, f"unknown key(s) {', '.join(map(repr, sorted(exc.extra_fields)))}"
    if isinstance(exc, KeyError):
        return path, "required key is missing"
    if isinstance(exc, ProvenanceError):
        if exc.path and exc.path.startswith("$"):
            return exc.path, exc.message
        return path + (exc.path or ""), exc.message
    if isinstance(exc, attrs.exceptions.NotAnAttrsClassError):
        return path, str(exc)
    return path, f"{type(exc).__name__}: {exc}"


def _path_step(exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", []):
        note_str = str(note)
        name = getattr(note, "name", None)
        index = getattr(note, "index", None)
        if type(note) is not str:  # cattrs' notes are str subclasses with name/index
            if isinstance(name, str):
                return f".{name}"
            if isinstance(index, int):
                return f"[{index}]"
        if " @ attribute " in note_str:
            return "." + note_str.rsplit(" @ attribute ", 1)[1]
        if " @ index " in note_str:
            return f"[{note_str.rsplit(' @ index ', 1)[1]}]"
    return ""
