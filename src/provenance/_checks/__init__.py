"""The machinery behind :mod:`provenance.check`: one module per family of checks.

:func:`run_all` walks a record document leniently (:mod:`._view`), then runs
each family on the usable parts.  Families only add findings to the
collector; severities, sorting and the public types live in
:mod:`provenance.check`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from provenance._checks import _anchors, _attribution, _dates, _duplicates, _metadata, _structure
from provenance._checks._context import Context
from provenance._checks._report import Collector
from provenance._checks._view import read_document

__all__ = ["run_all"]


def run_all(data: Mapping[str, Any], out: Collector) -> None:
    """Check the record document ``data``, adding every finding to ``out``."""
    out.register(data)
    context = Context.of(read_document(data, out))
    for family in (_anchors, _structure, _attribution, _dates, _duplicates, _metadata):
        family.run(context, out)
