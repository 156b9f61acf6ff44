"""Helpers shared by the subcommands: reading inputs, progress, output."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from provenance.errors import FormatError

__all__ = ["progress", "read_text_arg"]

T = TypeVar("T")


def read_text_arg(name: str) -> str:
    """The text of a file argument, or of standard input for ``-``; exactly as stored."""
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise FormatError(f"cannot read {name!r}: {exc.strerror or exc}") from None
        where = repr(name)
    try:
        # A byte-order mark is an encoding signature, not text: drop it.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{where} is not UTF-8 (bad byte at offset {exc.start})") from None


def progress(items: Iterable[T], total: int, label: str, *, enabled: bool | None = None) -> Iterator[T]:
    """Yield ``items`` while drawing a progress bar on standard error.

    Drawn only when standard error is a terminal (or ``enabled`` is true) and
    there is more than one item.
    """
    show = (sys.stderr.isatty() if enabled is None else enabled) and total > 1
    started = time.monotonic()
    width = 30
    for done, item in enumerate(items, start=1):
        yield item
        if show:
            filled = width * done // total
            rate = done / max(time.monotonic() - started, 1e-9)
            bar = "#" * filled + "-" * (width - filled)
            print(f"\r{label} [{bar}] {done}/{total} {rate:.1f}/s", end="", file=sys.stderr, flush=True)
    if show:
        print(file=sys.stderr)
