"""Consistency checks: what is wrong or doubtful in a record, with the JSON path of each problem.

:func:`check` accepts a :class:`~provenance.model.Record` or the raw JSON data
of a record document (a ``dict`` as from :func:`json.load`).  Raw data is
walked leniently: whatever the strict loader would refuse (missing keys,
wrong types, anchors that do not match the text, dangling references)
becomes a finding with a path instead of an exception, and the semantic
checks then run on every part that is still usable.  Every finding has a
stable code from :data:`CATALOGUE`; ``docs/checks.md`` describes each one with
an example.

>>> from provenance.model import Article, Record
>>> check(Record.create(Article.create("Nothing quoted here.")))
()
>>> [f.code for f in check({"format": "provenance.record", "version": 1})]
['PV003']
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final

import attrs

from provenance import serialise
from provenance._checks import run_all
from provenance._checks._report import Collector
from provenance.anchors import Anchor
from provenance.errors import ProvenanceError
from provenance.model import Record

__all__ = ["CATALOGUE", "Finding", "Severity", "check"]


class Severity(enum.Enum):
    """How serious a finding is: errors break the record, warnings are doubtful, info is a note."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, 0 for info: compare severities with this."""
        return _RANK[self]


_RANK: Final = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Every finding code with its severity, a short title and what it means.
#: Codes are stable and never reused; ``docs/checks.md`` mirrors this table.
CATALOGUE: Final[Mapping[str, tuple[Severity, str, str]]] = {
    # -- the document: what the strict loader refuses outright ----------------
    "PV001": (_E, "not a record document", "The `format` key is missing or is not `provenance.record`."),
    "PV002": (_E, "unsupported version", "The `version` key is missing or is not a version this library reads."),
    "PV003": (_E, "missing key", "A key the format requires is absent."),
    "PV004": (_E, "unknown key", "A key the format does not define is present."),
    "PV005": (_E, "wrong type", "A value has the wrong JSON type (a number where a string belongs, an object where an array belongs, a fractional offset)."),
    "PV006": (_E, "unknown kind", "An enumerated value (entity, quotation or alteration kind) is not one of the allowed values."),
    "PV007": (_E, "empty string", "An id, an entity name or a hop's entity is an empty or blank string."),
    "PV008": (_E, "inconsistent text snapshot", "The article text's `sha256` or `length` does not belong to the text, or the text has a lone surrogate and no UTF-8 form."),
    # -- anchors ------------------------------------------------------------
    "PV101": (_E, "exact text differs", "An anchor's `exact` differs from the article text at its span."),
    "PV102": (_E, "digest differs", "An anchor's `sha256` is not the digest of the article text: it belongs to another text. Its other anchor checks are skipped."),
    "PV103": (_E, "span outside the text", "An anchor or mark span ends past the end of the article text."),
    "PV104": (_E, "reversed or negative span", "A span's start or end is negative, or its end is before its start."),
    "PV105": (_E, "exact length differs", "An anchor's `exact` has a different number of code points than its span covers."),
    "PV106": (_W, "span splits a grapheme", "An anchor's start or end falls inside a grapheme cluster (a letter and its combining marks, an emoji sequence) or between the CR and LF of a line break."),
    "PV107": (_E, "prefix does not match", "An anchor's `prefix` is not the text just before its start."),
    "PV108": (_E, "suffix does not match", "An anchor's `suffix` is not the text just after its end."),
    # -- structure ------------------------------------------------------------
    "PV201": (_E, "nested quotation outside its parent", "A quotation with a `parent` has a segment that lies inside none of the parent's segments."),
    "PV202": (_E, "unknown parent", "A quotation's `parent` is not the id of a quotation of the record."),
    "PV203": (_E, "parent cycle", "Following `parent` links from a quotation leads back to it (a quotation that is its own parent included)."),
    "PV204": (_E, "quotations cross", "A segment of one quotation overlaps a segment of another without either containing the other."),
    "PV205": (_W, "nested without a parent", "A quotation lies inside a segment of another quotation but is not nested in it through `parent` links."),
    "PV206": (_E, "segments out of order", "A quotation's segment starts before the previous segment ends: segments must be in text order and must not overlap."),
    "PV207": (_W, "empty content", "A segment's or claim's content is zero-length or whitespace only."),
    "PV208": (_W, "open mark not before the content", "A segment's opening mark ends before its content starts: there is text between the mark and the content."),
    "PV209": (_W, "close mark not after the content", "A segment's closing mark starts after its content ends: there is text between the content and the mark."),
    "PV210": (_W, "not a quotation mark", "A mark span is empty or covers a character that is not a quotation mark (“ ” \" ‘ ’ ' « » ‹ › „ ‚ ‟ ‛ 「 」 『 』)."),
    "PV211": (_E, "mark on the wrong side", "An opening mark ends after its content starts, or a closing mark starts before its content ends."),
    "PV212": (_W, "unclosed quotation", "A quotation's last segment has an opening mark but no closing mark."),
    "PV213": (_E, "quotation without segments", "A quotation has no segments."),
    "PV214": (_E, "alteration outside the quotation", "An alteration's anchor lies inside none of its quotation's segments."),
    "PV215": (_W, "alteration does not fit its kind", "An ellipsis anchor is not `…` or `...` (bracketed or not), an insertion is not bracketed, or a sic is not `[sic]`."),
    # -- attribution ----------------------------------------------------------
    "PV301": (_E, "unknown entity", "A speaker, addressee or hop refers to an entity id the record does not have."),
    "PV302": (_W, "speaker mention names someone else", "The speaker mention is not a pronoun or generic description and shares no word with the speaker's name, aliases or description."),
    "PV303": (_W, "cue far from its content", "The cue is more than 200 code points from the nearest segment of its quotation (or from its claim's content)."),
    "PV304": (_W, "speaker mention far from the cue", "The speaker mention is more than 200 code points from the cue."),
    "PV305": (_W, "relay cycle", "The same entity appears twice in one relay chain, or the speaker appears in its own chain (except as the last hop when it is the article's own outlet)."),
    "PV306": (_W, "last hop is not the outlet", "The article's outlet is known but the last hop of a chain is an entity none of whose names is the outlet."),
    "PV307": (_I, "direct quotation without a speaker", "A direct or block quotation has no attribution or no speaker."),
    "PV308": (_W, "scare quote with a speaker", "A scare quotation (no one quoted) names a speaker."),
    "PV309": (_W, "claim without a speaker", "A claim's attribution names no speaker."),
    "PV310": (_W, "mention names someone else", "An addressee or hop mention is not a pronoun or generic description and shares no word with its entity's name, aliases or description."),
    "PV311": (_I, "speaker mention not an entity mention", "The speaker mention's span is not among the speaker entity's `mentions`."),
    # -- dates ----------------------------------------------------------------
    "PV401": (_E, "hop dated after publication", "A hop's date is after the article's publication date (compared at the hop date's precision; `--MM-DD` dates are not compared)."),
    "PV402": (_E, "malformed hop date", "A hop's date is not an ISO 8601 date such as `2022-09-16`, `2022-09`, `2022` or `--09-16`, or names a day the month does not have."),
    "PV403": (_E, "malformed publication date", "The article's `published` is not an ISO 8601 date `YYYY-MM-DD`."),
    # -- duplicates -----------------------------------------------------------
    "PV501": (_E, "same span twice", "Two quotations have the same segment spans, or two claims the same content span."),
    "PV502": (_W, "same words, different speakers", "Two quotations or claims with the same words (whitespace, case and edge punctuation aside) have different speakers."),
    "PV503": (_E, "duplicate id", "Two entities, two quotations or two claims share an id."),
    "PV504": (_I, "entity without mentions", "An entity has no anchored mention in the text."),
    "PV505": (_W, "two entities with the same name", "Two entities have the same name (case and whitespace aside)."),
    # -- metadata -------------------------------------------------------------
    "PV601": (_W, "language not a BCP 47 tag", "The article's `language` does not look like a BCP 47 tag such as `en`, `en-GB` or `zh-Hant-TW`."),
    "PV602": (_W, "URL not http(s)", "The article's `url` is not an absolute `http` or `https` URL."),
}


@attrs.frozen
class Finding:
    """One problem found in a record: its code, severity, message and where it is.

    ``path`` is a JSON path into the record document
    (``$.quotations[3].segments[0].content``); ``anchor`` is the anchor
    concerned, when there is one that could be built.
    """

    code: str
    severity: Severity
    message: str
    path: str
    anchor: Anchor | None = None

    @property
    def title(self) -> str:
        """The catalogue's short title for this finding's code."""
        return CATALOGUE[self.code][1]

    def __str__(self) -> str:
        return f"{self.path}: {self.code} {self.severity.value} {self.message}"


def check(item: Record | Mapping[str, Any], *, root: str = "$") -> tuple[Finding, ...]:
    """Every finding in ``item``, sorted by place in the document, then code.

    ``item`` is a record or the JSON data of a record document; ``root`` is
    the JSON path of that document (``$[line 3]`` for a line of a JSONL
    file).  Raises :class:`~provenance.errors.ProvenanceError` only when
    ``item`` is not a JSON object at all.
    """
    if isinstance(item, Record):
        data: Mapping[str, Any] = serialise.to_data(item)
    elif isinstance(item, Mapping):
        data = item
    else:
        raise ProvenanceError(
            f"a record document must be a JSON object or a Record, not {type(item).__name__}",
            path=root,
        )
    collector = Collector(root)
    run_all(data, collector)
    findings = []
    for raw in collector.items:
        severity = CATALOGUE[raw.code][0]
        findings.append(Finding(raw.code, severity, raw.message, raw.path, raw.anchor))
    order = collector.order_key
    findings.sort(key=lambda f: (order(f.path), f.path, f.code, f.message))
    return tuple(findings)
