"""Date checks (PV401): hop dates against the article's publication date.

Malformed dates (PV402, PV403) are found while reading the document.  A hop
date is compared at its own precision: ``2022-10`` is after a publication
date only when 1 October 2022 is; ``--10-05`` (year unstated) is never
compared, because the report may be from the year before.
"""

from __future__ import annotations

import datetime

from provenance._checks._context import Context
from provenance._checks._report import Collector, child

__all__ = ["earliest_day", "run"]


def earliest_day(value: str) -> datetime.date | None:
    """The first day a well-formed partial date can mean; None for ``--MM-DD``."""
    if value.startswith("--"):
        return None
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 else 1
    day = int(value[8:10]) if len(value) == 10 else 1
    try:
        return datetime.date(year, month, day)
    except ValueError:  # year 0: no date to compare
        return None


def run(ctx: Context, out: Collector) -> None:
    """Report hops dated after the article was published."""
    article = ctx.doc.article
    if article is None or article.published is None:
        return
    published = article.published
    attributions = [q.attribution for q in ctx.doc.quotations] + [c.attribution for c in ctx.doc.claims]
    for attribution in attributions:
        if attribution is None:
            continue
        for hop in attribution.chain:
            if hop.date is None:
                continue
            first = earliest_day(hop.date)
            if first is not None and first > published:
                out.add(
                    "PV401",
                    child(hop.path, "date"),
                    f"the hop is dated {hop.date}, after the article's publication on {published.isoformat()}",
                    hop.date_mention.anchor if hop.date_mention is not None else None,
                )
