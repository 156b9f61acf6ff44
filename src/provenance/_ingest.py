"""Reading ingest inputs and extracting records, in parallel when asked.

An input file is either an article (``.txt``, with an optional sidecar
``<stem>.meta.json`` holding title, authors, outlet, published, url,
language and section) or records (``.json``: one record document, ``.jsonl``:
one a line).  :func:`process` turns one file into records and their checker
findings; it runs in worker processes, so everything it returns pickles.
Writing stays with the caller, one transaction per article.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import functools
import importlib
import importlib.util
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from provenance import serialise
from provenance._store_rows import PreparedRecord, prepare_checked
from provenance.errors import ExtractionError, FormatError, ProvenanceError
from provenance.model import Record

__all__ = ["Processed", "extract_file", "process", "process_all", "read_article", "read_metadata"]

#: The keys a metadata sidecar may hold.
METADATA_KEYS: Final = ("title", "authors", "outlet", "published", "url", "language", "section")


@attrs.frozen
class Processed:
    """What became of one input file: its records with their findings (or prepared rows), or an error."""

    path: str
    records: tuple[Record, ...] = ()
    findings: tuple[tuple[Any, ...], ...] = ()  # per record: the checker's findings
    error: str | None = None
    # With ``prepare=True``: the records and findings as the store writes them
    # (and ``records``/``findings`` empty: only one form crosses the process boundary).
    prepared: tuple[PreparedRecord, ...] = ()


def sidecar(path: Path) -> Path:
    """Where the metadata sidecar of an article file lives: ``<stem>.meta.json``."""
    return path.with_name(path.stem + ".meta.json")


def read_metadata(path: Path) -> dict[str, Any]:
    """The article metadata in a sidecar file, checked; ``{}`` when there is none.

    ``published`` becomes a :class:`datetime.date`; ``authors`` a tuple.
    Unknown keys and wrong types raise :class:`FormatError` naming the key.
    """
    if not path.exists():
        return {}
    documents = serialise.read_documents(path)
    data = documents[0][1]
    where = str(path)
    if not isinstance(data, dict):
        raise FormatError(f"{where}: metadata must be a JSON object", path="$")
    unknown = sorted(set(data) - set(METADATA_KEYS))
    if unknown:
        raise FormatError(
            f"{where}: unknown metadata key {unknown[0]!r} (expected {', '.join(METADATA_KEYS)})",
            path=f"$.{unknown[0]}",
        )
    meta: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if key == "authors":
            if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
                raise FormatError(f"{where}: 'authors' must be a list of strings", path="$.authors")
            meta[key] = tuple(value)
        elif not isinstance(value, str):
            raise FormatError(f"{where}: {key!r} must be a string (got {type(value).__name__})", path=f"$.{key}")
        elif key == "published":
            try:
                meta[key] = datetime.date.fromisoformat(value)
            except ValueError:
                raise FormatError(
                    f"{where}: 'published' must be a date such as 2022-10-24 (got {value!r})",
                    path="$.published",
                ) from None
        else:
            meta[key] = value
    return meta


def read_article(path: Path) -> tuple[str, dict[str, Any]]:
    """An article file's text (a leading byte-order mark dropped) and its sidecar metadata."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{str(path)!r} is not UTF-8 (bad byte at offset {exc.start})") from None
    return text, read_metadata(sidecar(path))


def extract_file(path: Path) -> Record:
    """Extract the record of one article file, with its sidecar metadata."""
    # Imported when first needed: workers that only load records never pay for it.
    extract = importlib.import_module("provenance.extract").extract
    text, meta = read_article(path)
    record = extract(text, metadata=meta)
    if not isinstance(record, Record):
        raise ExtractionError(f"extraction of {str(path)!r} gave a {type(record).__name__}, not a Record")
    return record


def load_records(path: Path) -> list[Record]:
    """The records of a ``.json`` or ``.jsonl`` file."""
    return [serialise.from_data(data, root=root) for root, data in serialise.read_documents(path)]


def records_of(path: Path) -> list[Record]:
    """The records an input file stands for: loaded, or extracted from an article."""
    if path.suffix in (".json", ".jsonl"):
        return load_records(path)
    return [extract_file(path)]


def _checker() -> Any:
    if importlib.util.find_spec("provenance.check") is None:
        return None
    return getattr(importlib.import_module("provenance.check"), "check", None)


def process(name: str, *, prepare: bool = False) -> Processed:
    """Records and findings for one input file; problems become ``error`` (never raised).

    With ``prepare``, the result holds :class:`PreparedRecord` items instead.
    """
    path = Path(name)
    try:
        records = records_of(path)
        check = _checker()
        if prepare:
            return Processed(name, prepared=tuple(prepare_checked(r, check) for r in records))
        findings = tuple(tuple(check(r)) if check is not None else () for r in records)
    except ProvenanceError as exc:
        return Processed(name, error=str(exc))
    except RecursionError:
        return Processed(name, error="the input is nested too deeply to process")
    return Processed(name, tuple(records), findings)


def _context() -> Any:
    # "fork" from a process that may hold threads or open databases is
    # unsafe; a fresh interpreter per worker is not.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def process_all(names: Sequence[str], *, jobs: int | None = None, prepare: bool = False) -> Iterator[Processed]:
    """:func:`process` every file, in input order, over ``jobs`` processes (default: all cores)."""
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise FormatError(f"jobs must be at least 1 (got {jobs})")
    work = functools.partial(process, prepare=prepare)
    if jobs == 1 or len(names) < 2:
        yield from map(work, names)
        return
    chunk = max(1, min(16, len(names) // (jobs * 4)))
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        try:
            yield from pool.map(work, names, chunksize=chunk)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise

