"""Metadata checks (PV601, PV602): the article's language tag and URL."""

from __future__ import annotations

import urllib.parse
from typing import Final

import regex

from provenance._checks._context import Context
from provenance._checks._report import Collector, child

__all__ = ["looks_like_language_tag", "run"]

# A BCP 47 language tag (RFC 5646, "langtag" and private use), case-insensitive.
_LANGUAGE_TAG: Final = regex.compile(
    r"""
    \A(?:
        # language: 2-3 letters (the 4-8 letter forms are reserved and unused,
        # and refusing them catches "English"), optional extlangs
        [a-z]{2,3}(?![a-z0-9])(?:-[a-z]{3}(?![a-z0-9])){0,3}+
        (?:-[a-z]{4}(?![a-z0-9]))?+                    # script: Latn, Hant
        (?:-(?:[a-z]{2}|[0-9]{3})(?![a-z0-9]))?+       # region: GB, 419
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3})(?![a-z0-9]))*+   # variants: 1901, fonipa
        (?:-[a-wyz0-9](?:-[a-z0-9]{2,8}(?![a-z0-9]))++)*+      # extensions: -u-ca-gregory
        (?:-x(?:-[a-z0-9]{1,8}(?![a-z0-9]))++)?+               # private use, last
      | x(?:-[a-z0-9]{1,8}(?![a-z0-9]))++                      # private use only
    )\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Every subtag ends where the next "-" (or the end) begins, so each
# possessive group consumes whole subtags and nothing can backtrack.
_LONGEST_TAG: Final = 128  # far beyond any real tag; longer strings are refused unread


def looks_like_language_tag(value: str) -> bool:
    """True for strings shaped like a BCP 47 tag (``en``, ``en-GB``, ``zh-Hant-TW``)."""
    return len(value) <= _LONGEST_TAG and _LANGUAGE_TAG.match(value) is not None


def _is_web_url(value: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(value)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and value == value.strip()


def run(ctx: Context, out: Collector) -> None:
    """Check the article's language and URL."""
    article = ctx.doc.article
    if article is None:
        return
    if article.language is not None and not looks_like_language_tag(article.language):
        out.add(
            "PV601",
            child(article.path, "language"),
            f"language {article.language[:40]!r} is not a BCP 47 tag such as 'en' or 'en-GB'",
        )
    if article.url is not None and not _is_web_url(article.url):
        out.add("PV602", child(article.path, "url"), f"url {article.url[:80]!r} is not an http(s) URL")
