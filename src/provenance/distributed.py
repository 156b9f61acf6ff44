"""Extraction beyond one machine, on Dask (install the ``dask`` extra).

:func:`extract_bag` maps article files through :func:`provenance.extract.extract`
as a :mod:`dask.bag` and writes the records as JSONL partitions
(``part-00000.jsonl``, ``part-00001.jsonl``, …) that ``provenance ingest`` and
:meth:`provenance.store.Store.import_jsonl` load.  It runs on whatever Dask
scheduler is active: the local threads by default, or a cluster once a
``distributed.Client`` is connected.  Inputs are read where the work runs, so
on a cluster the paths must be visible to every worker.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from provenance import _ingest, serialise
from provenance.errors import ProvenanceError

__all__ = ["document_bag", "extract_bag"]


def _documents(name: str) -> list[str]:
    """The serialised records of one input file (an article is extracted; records are loaded)."""
    return [serialise.dumps(record) for record in _ingest.records_of(Path(name))]


def document_bag(paths: Iterable[str | Path], *, partitions: int | None = None) -> Any:
    """A bag of record documents (JSON strings), one or more per input file, in input order.

    ``partitions`` defaults to one per 64 files (at least one).
    """
    # Imported here so the library works without the extra; typed loosely
    # because Dask's own annotations are partial.
    dask_bag: Any = importlib.import_module("dask.bag")
    names = [str(p) for p in paths]
    if not names:
        raise ProvenanceError("no input files to extract")
    if partitions is None:
        partitions = max(1, len(names) // 64)
    if partitions < 1:
        raise ProvenanceError(f"partitions must be at least 1 (got {partitions})")
    return dask_bag.from_sequence(names, npartitions=min(partitions, len(names))).map(_documents).flatten()


def _write_partition(documents: Sequence[str], path: str) -> str:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for document in documents:
            out.write(document)
            out.write("\n")
    return path


def extract_bag(
    paths: Iterable[str | Path], *, output_dir: str | Path, partitions: int | None = None
) -> list[Path]:
    """Extract every article file on Dask and write JSONL partitions; return their paths.

    ``.json``/``.jsonl`` inputs are records already and pass through
    unchanged.  Partition ``i`` is written to ``output_dir/part-{i:05d}.jsonl``
    (the directory is created).  Errors in an input surface here as the
    :class:`~provenance.errors.ProvenanceError` the worker raised.
    """
    dask: Any = importlib.import_module("dask")
    bag = document_bag(paths, partitions=partitions)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, str(out / f"part-{i:05d}.jsonl"))
        for i, part in enumerate(bag.to_delayed())
    ]
    return [Path(p) for p in dask.compute(*writes)]
