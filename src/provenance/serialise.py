"""Lossless JSON and JSONL for records, with strict loading.

Every document carries its format name and version.  Loading is strict:
malformed JSON, unknown keys, missing keys, wrong types, offsets out of
range, a digest that does not belong to the text or an anchor that does not
match it raise :class:`~provenance.errors.FormatError` naming the JSON path
(``$.quotations[3].segments[0].content.start``) and what was expected.

>>> from provenance.model import Article, Record
>>> record = Record.create(Article.create("Hello."))
>>> loads(dumps(record)) == record
True
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import orjson

from provenance import _converter
from provenance.errors import FormatError
from provenance.model import Record

__all__ = [
    "FORMAT",
    "VERSION",
    "dump",
    "dumps",
    "from_data",
    "iter_jsonl",
    "load",
    "load_jsonl",
    "loads",
    "read_documents",
    "to_data",
    "write_jsonl",
]

#: The ``format`` value of every record document.
FORMAT: Final = "provenance.record"
#: The current format version; documents of other versions are refused.
VERSION: Final = 1


def to_data(record: Record) -> dict[str, Any]:
    """The record as JSON-ready data, with ``format`` and ``version`` first."""
    body = _converter.unstructure(record)
    return {"format": FORMAT, "version": VERSION, **body}


def from_data(data: Any, *, root: str = "$") -> Record:
    """Build a record from JSON-ready data, strictly."""
    if not isinstance(data, dict):
        raise FormatError(f"a record document must be a JSON object, not {type(data).__name__}", path=root)
    fmt = data.get("format")
    if fmt != FORMAT:
        raise FormatError(f"expected format {FORMAT!r}, got {fmt!r}", path=f"{root}.format")
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise FormatError(
            f"unsupported version {version!r}; this library reads version {VERSION}",
            path=f"{root}.version",
        )
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    with _collector_paused():
        record: Record = _converter.structure_as(body, Record, root=root)
    return record


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a record is parsed and built.

    Building many small objects triggers it over and over, although none of
    them can form a cycle yet.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def dumps(record: Record, *, indent: int | None = None) -> str:
    """The record as a JSON document (UTF-8 safe: non-ASCII is kept as is)."""
    return json.dumps(to_data(record), ensure_ascii=False, indent=indent)


def loads(document: str | bytes, *, root: str = "$") -> Record:
    """Parse and strictly load one JSON record document."""
    with _collector_paused():
        record = _loads_valid(document)
        if record is not None:
            return record
        return from_data(_parse_json(document, root), root=root)


def _loads_valid(document: str | bytes) -> Record | None:
    """The record of a valid document, parsed by orjson and built by the fast path; else None.

    orjson parses documents 1.3 to 2.5 times as fast as the standard library.
    Anything it refuses or the fast path does not take is parsed again by the
    standard library and loaded by :func:`from_data`, so that every error is
    diagnosed, and worded, in one way.
    """
    try:
        # orjson reads a str as UTF-8. An ASCII str already is; any other would keep the
        # UTF-8 copy orjson makes cached on the caller's string, so encode it here instead.
        if isinstance(document, str) and not document.isascii():
            document = document.encode()
        data = orjson.loads(document)
    except (orjson.JSONDecodeError, UnicodeEncodeError):
        return None
    if type(data) is not dict or data.get("format") != FORMAT:
        return None
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        return None
    del data["format"], data["version"]
    record: Record | None = _converter.structure_valid(data, Record)
    return record


def dump(record: Record, path: str | Path, *, indent: int | None = 2) -> None:
    """Write the record to ``path`` as JSON (UTF-8)."""
    Path(path).write_text(dumps(record, indent=indent) + "\n", encoding="utf-8")


def load(path: str | Path) -> Record:
    """Read one record from a JSON file."""
    document = _read_bytes(path)
    with _collector_paused():
        record = _loads_valid(document)  # the bytes as read, not decoded and encoded again
    return record if record is not None else loads(_decoded(path, document))


def write_jsonl(records: Iterable[Record], path: str | Path) -> int:
    """Write records to ``path``, one JSON document a line; return how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(dumps(record))
            out.write("\n")
            count += 1
    return count


def iter_jsonl(lines: Iterable[str]) -> Iterator[Record]:
    """Load records from JSONL lines; blank lines are skipped.

    Errors name the line: ``$[line 3].quotations[0]…``.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield loads(line, root=f"$[line {number}]")


def load_jsonl(path: str | Path) -> list[Record]:
    """Read every record of a JSONL file."""
    return list(iter_jsonl(_read(path).splitlines()))


def read_documents(path: str | Path) -> list[tuple[str, Any]]:
    """Parse a ``.json`` file (one document) or ``.jsonl`` file (one a line) without loading.

    Returns ``(root path, JSON data)`` pairs; raises :class:`FormatError` for
    unreadable files and malformed JSON.
    """
    text = _read(path)
    if str(path).endswith(".jsonl"):
        return [
            (f"$[line {n}]", _parse_json(line, f"$[line {n}]"))
            for n, line in enumerate(text.splitlines(), start=1)
            if line.strip()
        ]
    return [("$", _parse_json(text, "$"))]


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None


def _read(path: str | Path) -> str:
    return _decoded(path, _read_bytes(path))


def _decoded(path: str | Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{str(path)!r} is not UTF-8 (bad byte at offset {exc.start})") from None


def _parse_json(document: str | bytes, root: str) -> Any:
    if isinstance(document, bytes):
        try:
            document = document.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(f"document is not UTF-8 (bad byte at offset {exc.start})", path=root) from None
    try:
        return json.loads(document)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            path=root,
            source=document,
            span=(exc.pos, exc.pos + 1),
        ) from None
    except RecursionError:
        raise FormatError("JSON nested too deeply", path=root) from None
