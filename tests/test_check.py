"""Tests for provenance.check: one real example per finding code, robustness, the command."""

from __future__ import annotations

import copy
import datetime
import doctest
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import serialise, testing
from provenance._checks._names import names_entity
from provenance._checks._view import SCHEMA
from provenance._cli import main
from provenance.anchors import Anchor, Span
from provenance.check import CATALOGUE, Finding, Severity, check
from provenance.errors import ProvenanceError
from provenance.model import (
    Alteration,
    AlterationKind,
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Hop,
    Quotation,
    QuotationKind,
    Record,
    Segment,
)
from provenance.text import TextSnapshot
from tests.conftest import FIXTURES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "checks.md"

# -- a valid record built from a seed article ----------------------------------


@attrs.frozen
class Base:
    """The seed record, its snapshot and its quotations' and claims' indexes by name."""

    record: Record
    snap: TextSnapshot
    q: dict[str, int]  # name -> index in record.quotations
    e: dict[str, int]  # name -> index in record.entities

    def data(self) -> dict[str, Any]:
        return copy.deepcopy(serialise.to_data(self.record))


def _in(snap: TextSnapshot, exact: str, context: str, occurrence: int = 0) -> Anchor:
    """Anchor the first ``exact`` at or after the ``occurrence``-th place ``context`` occurs."""
    where = -1
    for _ in range(occurrence + 1):
        where = snap.text.index(context, where + 1)
    start = snap.text.index(exact, where)
    return Anchor.at(snap, start, start + len(exact))


def _marks(snap: TextSnapshot, content: Anchor, *, close: bool = True) -> Segment:
    """A segment with one-character marks right around its content."""
    return Segment.create(
        content,
        open_mark=Span(content.start - 1, content.start),
        close_mark=Span(content.end, content.end + 1) if close else None,
    )


@cache
def base() -> Base:
    """A record of fixture 002: nesting, relay chains, a dated hop, a scare quote, a claim."""
    text = (FIXTURES / "002_168bef1ba08e84db.txt").read_text(encoding="utf-8")
    snap = TextSnapshot.of(text)
    article = Article.create(
        snap,
        title="Signs of demoralization in Russian army as opposition to war, draft grows in Russia",
        authors=("Geoff Mirelowitz", "Argiris Malapanis"),
        outlet="World-Outlook",
        published=datetime.date(2022, 10, 17),
        url="https://world-outlook.example/2022/10/signs-of-demoralization",
        language="en",
    )
    p11 = "“Describing the West as ‘deceitful"
    nyt_11 = _in(snap, "New York Times", "the New York Times reported, “Mr. Putin noted")
    he_11 = _in(snap, "He", "He added: ‘By the way")
    nyt_33 = _in(snap, "New York Times", "position,” reported the New York Times.")
    nyt_9 = _in(snap, "New York Times", "On September 30, the New York Times reported")
    putin_9 = _in(snap, "Putin", "reported, Putin announced")
    wapo_40 = _in(snap, "Washington Post", "According to the October 5 Washington Post")
    kostenko = _in(snap, "Colonel Roman Kostenko", "Colonel Roman Kostenko observed")
    wo = Entity.create(
        "World-Outlook", EntityKind.OUTLET, mentions=(Anchor.find(snap, "World-Outlook"),)
    )
    nyt = Entity.create(
        "New York Times",
        EntityKind.OUTLET,
        aliases=("the Times",),
        mentions=(nyt_9, nyt_11, nyt_33),
    )
    putin = Entity.create(
        "Vladimir Putin",
        aliases=("Putin", "Mr. Putin"),
        mentions=(Anchor.find(snap, "Vladimir Putin"), putin_9, he_11),
    )
    wapo = Entity.create("Washington Post", EntityKind.OUTLET, mentions=(wapo_40,))
    roman = Entity.create(
        "Roman Kostenko",
        aliases=("Colonel Roman Kostenko",),
        description="Ukrainian commander",
        mentions=(kostenko,),
    )
    to_reader = Hop(entity=wo.id)
    via_nyt = Hop(entity=nyt.id, mention=nyt_11, cue=_in(snap, "reported", "Times reported, “Mr."))
    outer = Quotation.create(
        [
            _marks(snap, _in(snap, "Describing the West as ‘deceitful and hypocritical through and through,’", p11)),
            _marks(snap, _in(snap, "Mr. Putin noted that the United States was the only country to have used nuclear weapons in war. He added: ‘By the way, they created a precedent.’", "“Mr. Putin noted")),
        ],
        attribution=Attribution(
            speaker=nyt.id, speaker_mention=nyt_11, cue=via_nyt.cue, chain=(to_reader,)
        ),
    )
    deceitful = Quotation.create(
        [_marks(snap, _in(snap, "deceitful and hypocritical through and through,", p11))],
        QuotationKind.PARTIAL,
        parent=outer.id,
        attribution=Attribution(speaker=putin.id, chain=(via_nyt, to_reader)),
    )
    precedent = Quotation.create(
        [_marks(snap, _in(snap, "By the way, they created a precedent.", "‘By the way"))],
        parent=outer.id,
        attribution=Attribution(
            speaker=putin.id,
            speaker_mention=he_11,
            cue=_in(snap, "added", "He added:"),
            chain=(via_nyt, to_reader),
        ),
    )
    lyman_words = _in(snap, "Russia’s retreat from Lyman on Saturday [October 1] leaves its troops in the country’s east in an increasingly perilous position,", "“Russia’s retreat")
    lyman = Quotation.create(
        [_marks(snap, lyman_words)],
        attribution=Attribution(
            speaker=nyt.id,
            speaker_mention=nyt_33,
            cue=_in(snap, "reported", "position,” reported the"),
            chain=(to_reader,),
        ),
        alterations=(Alteration(kind=AlterationKind.INSERTION, anchor=_in(snap, "[October 1]", "Saturday [October 1]")),),
    )
    kharkiv = Quotation.create(
        [_marks(snap, _in(snap, "This is not Kharkiv. There, they left all of their ammunition and vehicles and fled. Here, we don’t even have many trophies. They just retreated from the fight, took everything with them to their new position and are digging in anew.", "“This is not Kharkiv."))],
        attribution=Attribution(
            speaker=roman.id,
            speaker_mention=kostenko,
            cue=_in(snap, "observed", "Kostenko observed"),
            chain=(
                Hop(
                    entity=wapo.id,
                    mention=wapo_40,
                    cue=_in(snap, "According to", "According to the October 5"),
                    date="--10-05",
                    date_mention=_in(snap, "October 5", "the October 5 Washington"),
                ),
                to_reader,
            ),
        ),
    )
    rocks = Quotation.create(
        [_marks(snap, _in(snap, "War on the Rocks,", "“War on the Rocks,”"))], QuotationKind.SCARE
    )
    annex = Claim.create(
        _in(snap, "Russia would annex Donetsk, Luhansk, Zaporizhzhia and Kherson", "announced Russia would annex"),
        Attribution(
            speaker=putin.id,
            speaker_mention=putin_9,
            cue=_in(snap, "announced", "Putin announced"),
            chain=(
                Hop(entity=nyt.id, mention=nyt_9, cue=_in(snap, "reported", "September 30, the New York Times reported")),
                to_reader,
            ),
        ),
    )
    record = Record.create(
        article,
        entities=[wo, nyt, putin, wapo, roman],
        quotations=[outer, deceitful, precedent, lyman, kharkiv, rocks],
        claims=[annex],
    )
    named_q = {"outer": outer, "deceitful": deceitful, "precedent": precedent, "lyman": lyman, "kharkiv": kharkiv, "rocks": rocks}
    named_e = {"wo": wo, "nyt": nyt, "putin": putin, "wapo": wapo, "roman": roman}
    return Base(
        record,
        snap,
        {k: record.quotations.index(v) for k, v in named_q.items()},
        {k: record.entities.index(v) for k, v in named_e.items()},
    )


def _anchor_json(anchor: Anchor) -> dict[str, Any]:
    return {
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "sha256": anchor.sha256,
    }


def _q(d: dict[str, Any], name: str) -> dict[str, Any]:
    quotation: dict[str, Any] = d["quotations"][base().q[name]]
    return quotation


def _qp(name: str) -> str:
    return f"$.quotations[{base().q[name]}]"


def _ent(name: str) -> str:
    entity_id: str = base().record.entities[base().e[name]].id
    return entity_id


def _at(start: int, end: int) -> dict[str, Any]:
    return _anchor_json(Anchor.at(base().snap, start, end, allow_split=True))


def _words(exact: str, context: str, occurrence: int = 0) -> dict[str, Any]:
    return _anchor_json(_in(base().snap, exact, context, occurrence))


def _content(d: dict[str, Any], name: str, segment: int = 0) -> dict[str, Any]:
    content: dict[str, Any] = _q(d, name)["segments"][segment]["content"]
    return content


# -- the seed record itself -----------------------------------------------------


def test_seed_record_is_clean() -> None:
    """The hand-built seed record yields no finding at all."""
    assert check(base().record) == ()


def test_record_and_its_data_give_the_same_findings() -> None:
    """Checking a Record and checking its JSON data agree."""
    d = base().data()
    d["article"]["language"] = "English"
    record = serialise.from_data(d)
    assert check(record) == check(d)
    assert [f.code for f in check(record)] == ["PV601"]


# -- one real example per code ---------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def change(d: dict[str, Any]) -> None:
        target: Any = d
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _shift_content(name: str, start: int, end: int) -> Mutation:
    def change(d: dict[str, Any]) -> None:
        content = _content(d, name)
        _content(d, name).update(_at(content["start"] + start, content["end"] + end))

    return change


def _edit(fn: Callable[[dict[str, Any]], Any]) -> Mutation:
    def change(d: dict[str, Any]) -> None:
        fn(d)

    return change


def _dup_quotation(new_speaker: str | None) -> Mutation:
    def change(d: dict[str, Any]) -> None:
        twin = copy.deepcopy(_q(d, "kharkiv"))
        twin["id"] = "q-twin"
        if new_speaker is not None:
            twin["attribution"]["speaker"] = _ent(new_speaker)
        d["quotations"].append(twin)

    return change


def _kharkiv_att(key: str, value: Any) -> Mutation:
    return _edit(lambda d: _q(d, "kharkiv")["attribution"].__setitem__(key, value))


def _claim_att(key: str, value: Any) -> Mutation:
    return _edit(lambda d: d["claims"][0]["attribution"].__setitem__(key, value))


def _drop_mention(d: dict[str, Any]) -> None:
    putin = d["entities"][base().e["putin"]]
    mention = d["claims"][0]["attribution"]["speaker_mention"]
    putin["mentions"] = [m for m in putin["mentions"] if m["start"] != mention["start"]]


def _cross(d: dict[str, Any]) -> None:
    content = _content(d, "kharkiv")
    rocks = _q(d, "rocks")["segments"][0]
    rocks["content"] = _at(content["start"] - 10, content["start"] + 10)
    rocks["open_mark"] = rocks["close_mark"] = None


K = "kharkiv"
CASES: list[tuple[str, str, Mutation]] = [
    ("PV001", "$.format", _set(["format"], "provenance.recording")),
    ("PV002", "$.version", _set(["version"], 2)),
    ("PV003", "$.article.id", _edit(lambda d: d["article"].pop("id"))),
    ("PV004", "$.article.colour", _set(["article", "colour"], "red")),
    ("PV005", f"{_qp(K)}.segments[0].content.start", _edit(lambda d: _content(d, K).__setitem__("start", 1.5))),
    ("PV005", "$.entities", _set(["entities"], {"not": "an array"})),
    ("PV006", f"$.entities[{base().e['roman']}].kind", _set(["entities", base().e["roman"], "kind"], "deity")),
    ("PV007", f"$.entities[{base().e['roman']}].name", _set(["entities", base().e["roman"], "name"], "  ")),
    ("PV008", "$.article.text.length", _edit(lambda d: d["article"]["text"].__setitem__("length", 7))),
    ("PV008", "$.article.text.sha256", _edit(lambda d: d["article"]["text"].__setitem__("sha256", "0" * 64))),
    ("PV008", "$.article.text.text", _edit(lambda d: d["article"]["text"].__setitem__("text", d["article"]["text"]["text"] + "\ud800"))),
    ("PV101", f"{_qp(K)}.segments[0].content.exact", _edit(lambda d: _content(d, K).__setitem__("exact", "T" + _content(d, K)["exact"][1:].upper()))),
    ("PV102", f"{_qp(K)}.segments[0].content.sha256", _edit(lambda d: _content(d, K).__setitem__("sha256", "f" * 64))),
    ("PV103", "$.claims[0].content.end", _edit(lambda d: d["claims"][0]["content"].update(start=base().snap.length + 1, end=base().snap.length + 3, exact="ab"))),
    ("PV103", f"{_qp(K)}.segments[0].close_mark.end", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("close_mark", {"start": 10**6, "end": 10**6 + 1}))),
    ("PV104", f"{_qp(K)}.segments[0].open_mark.end", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("open_mark", {"start": 5, "end": 3}))),
    ("PV104", "$.claims[0].content.start", _edit(lambda d: d["claims"][0]["content"].__setitem__("start", -1))),
    ("PV105", f"{_qp(K)}.segments[0].content.exact", _edit(lambda d: _content(d, K).__setitem__("exact", _content(d, K)["exact"] + "!"))),
    ("PV107", f"{_qp(K)}.segments[0].content.prefix", _edit(lambda d: _content(d, K).__setitem__("prefix", "zz" + _content(d, K)["prefix"][2:]))),
    ("PV108", f"{_qp(K)}.segments[0].content.suffix", _edit(lambda d: _content(d, K).__setitem__("suffix", "!"))),
    ("PV201", f"{_qp('precedent')}.segments[0].content", _edit(lambda d: _q(d, "precedent").__setitem__("parent", _q(d, K)["id"]))),
    ("PV202", f"{_qp('precedent')}.parent", _edit(lambda d: _q(d, "precedent").__setitem__("parent", "q-nowhere"))),
    ("PV203", f"{_qp('outer')}.parent", _edit(lambda d: _q(d, "outer").__setitem__("parent", _q(d, "outer")["id"]))),
    ("PV203", f"{_qp('precedent')}.parent", _edit(lambda d: _q(d, "outer").__setitem__("parent", _q(d, "precedent")["id"]))),
    ("PV204", f"{_qp(K)}.segments[0].content", _cross),
    ("PV205", f"{_qp('precedent')}.segments[0].content", _edit(lambda d: _q(d, "precedent").__setitem__("parent", None))),
    ("PV206", f"{_qp('outer')}.segments[1].content", _edit(lambda d: _q(d, "outer")["segments"].reverse())),
    ("PV207", "$.claims[0].content", _edit(lambda d: d["claims"][0].__setitem__("content", _at(d["claims"][0]["content"]["start"], d["claims"][0]["content"]["start"])))),
    ("PV207", "$.claims[0].content", _edit(lambda d: d["claims"][0].__setitem__("content", _words(" ", "Russia would annex")))),
    ("PV208", f"{_qp(K)}.segments[0].open_mark", _shift_content(K, 1, 0)),
    ("PV209", f"{_qp(K)}.segments[0].close_mark", _shift_content(K, 0, -1)),
    ("PV210", f"{_qp(K)}.segments[0].open_mark", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("open_mark", {"start": _content(d, K)["start"], "end": _content(d, K)["start"]}))),
    ("PV210", f"{_qp(K)}.segments[0].open_mark", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("open_mark", {"start": _content(d, K)["start"] - 2, "end": _content(d, K)["start"]}))),
    ("PV211", f"{_qp(K)}.segments[0].close_mark", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("close_mark", {"start": _content(d, K)["end"] - 1, "end": _content(d, K)["end"]}))),
    ("PV212", f"{_qp(K)}.segments[0]", _edit(lambda d: _q(d, K)["segments"][0].__setitem__("close_mark", None))),
    ("PV213", f"{_qp('rocks')}.segments", _edit(lambda d: _q(d, "rocks").__setitem__("segments", []))),
    ("PV214", f"{_qp('lyman')}.alterations[0].anchor", _edit(lambda d: _q(d, "lyman")["alterations"][0].__setitem__("anchor", _words("[October 1]", "Saturday [October 1]") | {"start": 0, "end": 11, "exact": d["article"]["text"]["text"][:11], "prefix": "", "suffix": d["article"]["text"]["text"][11:43]}))),
    ("PV215", f"{_qp('lyman')}.alterations[0].anchor", _edit(lambda d: _q(d, "lyman")["alterations"][0].__setitem__("kind", "sic"))),
    ("PV301", f"{_qp(K)}.attribution.speaker", _kharkiv_att("speaker", "ent-nobody")),
    ("PV301", f"{_qp(K)}.attribution.chain[0].entity", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("entity", "ent-nobody"))),
    ("PV302", f"{_qp(K)}.attribution.speaker_mention", _kharkiv_att("speaker_mention", _words("Kharkiv", "This is not Kharkiv"))),
    ("PV303", f"{_qp(K)}.attribution.cue", _kharkiv_att("cue", _words("announced", "Putin announced"))),
    ("PV304", "$.claims[0].attribution.speaker_mention", _claim_att("speaker_mention", _words("Putin", "Vladimir Putin’s belligerence"))),
    ("PV305", "$.claims[0].attribution.chain[1].entity", _edit(lambda d: d["claims"][0]["attribution"]["chain"].insert(0, {"entity": _ent("nyt")}))),
    ("PV305", f"{_qp(K)}.attribution.chain[0].entity", _edit(lambda d: _q(d, K)["attribution"]["chain"].insert(0, {"entity": _ent("roman")}))),
    ("PV306", "$.claims[0].attribution.chain[1].entity", _edit(lambda d: d["claims"][0]["attribution"]["chain"][1].__setitem__("entity", _ent("wapo")))),
    ("PV307", _qp(K), _set(["quotations", base().q[K], "attribution"], None)),
    ("PV308", f"{_qp('rocks')}.attribution.speaker", _set(["quotations", base().q["rocks"], "attribution"], {"speaker": _ent("nyt")})),
    ("PV309", "$.claims[0].attribution.speaker", _edit(lambda d: [d["claims"][0]["attribution"].pop(k) for k in ("speaker", "speaker_mention")])),
    ("PV310", f"{_qp(K)}.attribution.chain[0].mention", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("mention", _words("Kharkiv", "This is not Kharkiv")))),
    ("PV311", "$.claims[0].attribution.speaker_mention", _drop_mention),
    ("PV401", f"{_qp(K)}.attribution.chain[0].date", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("date", "2022-10-20"))),
    ("PV401", f"{_qp(K)}.attribution.chain[0].date", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("date", "2022-11"))),
    ("PV402", f"{_qp(K)}.attribution.chain[0].date", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("date", "2022-13-01"))),
    ("PV402", f"{_qp(K)}.attribution.chain[0].date", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("date", "2022-02-30"))),
    ("PV402", f"{_qp(K)}.attribution.chain[0].date", _edit(lambda d: _q(d, K)["attribution"]["chain"][0].__setitem__("date", "--02-30"))),
    ("PV403", "$.article.published", _set(["article", "published"], "17 October 2022")),
    ("PV501", "$.quotations[6]", _dup_quotation(None)),
    ("PV502", "$.quotations[6].attribution.speaker", _dup_quotation("wapo")),
    ("PV503", f"{_qp('rocks')}.id", _edit(lambda d: _q(d, "rocks").__setitem__("id", _q(d, K)["id"]))),
    ("PV504", "$.entities[5].mentions", _edit(lambda d: d["entities"].append({"id": "ent-x", "kind": "person", "name": "Sergey Krivenko"}))),
    ("PV505", "$.entities[5].name", _edit(lambda d: d["entities"].append({**d["entities"][0], "id": "ent-x", "name": d["entities"][0]["name"].upper()}))),
    ("PV601", "$.article.language", _set(["article", "language"], "English")),
    ("PV602", "$.article.url", _set(["article", "url"], "ftp://world-outlook.example/x")),
]


@pytest.mark.parametrize(("code", "path", "mutate"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_each_code_has_a_real_example(code: str, path: str, mutate: Mutation) -> None:
    """Breaking one thing in the seed record's data yields that code at that path."""
    d = base().data()
    mutate(d)
    found = {(f.code, f.path) for f in check(d)}
    assert (code, path) in found, sorted(found)


def test_every_code_is_exercised() -> None:
    """The example table covers every catalogue code (PV106 and PV502's twin tests aside)."""
    assert {c for c, _, _ in CASES} | {"PV106"} == set(CATALOGUE)


def test_exact_mismatch_finding_carries_anchor() -> None:
    """A finding about an anchor carries that anchor, at the offsets the data gives."""
    d = base().data()
    content = _content(d, K)
    content["exact"] = "x" * (content["end"] - content["start"])
    (finding,) = [f for f in check(d) if f.code == "PV101"]
    assert finding.anchor is not None
    assert (finding.anchor.start, finding.anchor.end) == (content["start"], content["end"])
    assert finding.severity is Severity.ERROR and finding.title == "exact text differs"


def test_grapheme_and_crlf_splits() -> None:
    """Anchors ending inside a combining sequence or a CRLF yield PV106 warnings."""
    text = "Ame\u0301lie said:\r\n“Bonjour”"
    snap = TextSnapshot.of(text)
    speaker = Entity.create("Amélie", aliases=("Ame\u0301lie",), mentions=(Anchor.at(snap, 0, 6),))
    inside = Anchor.at(snap, 0, 3, allow_split=True)  # ends between "e" and its acute accent
    crlf = Anchor.at(snap, 8, 14, allow_split=True)  # "said:\r" ends between CR and LF
    record = Record.create(
        Article.create(snap),
        entities=[speaker],
        quotations=[Quotation.create([Segment.create(inside)], QuotationKind.BLOCK, attribution=Attribution(speaker=speaker.id))],
        claims=[Claim.create(crlf, Attribution(speaker=speaker.id))],
    )
    found = [(f.code, f.path, f.severity) for f in check(record)]
    assert found == [
        ("PV106", "$.quotations[0].segments[0].content.end", Severity.WARNING),
        ("PV106", "$.claims[0].content.end", Severity.WARNING),
    ]


def test_outlet_quoting_itself_is_no_relay_cycle() -> None:
    """The article's outlet as speaker and as the mandated last hop is fine; earlier, it is not."""
    d = base().data()
    attribution = _q(d, K)["attribution"]
    attribution["speaker"] = _ent("wo")
    attribution["speaker_mention"] = None
    assert [f.code for f in check(d)] == []
    chain = f"{_qp(K)}.attribution.chain"
    d["article"]["outlet"] = None  # unknown outlet: the last hop is no exception
    assert [(f.code, f.path) for f in check(d)] == [("PV305", f"{chain}[1].entity")]
    d["article"]["outlet"] = "World-Outlook"
    attribution["chain"].insert(0, {"entity": _ent("wo")})  # relaying its own words first
    assert [(f.code, f.path) for f in check(d)] == [
        ("PV305", f"{chain}[0].entity"),
        ("PV305", f"{chain}[2].entity"),  # and the outlet now appears twice
    ]


def test_same_words_different_speakers_in_repeated_caption() -> None:
    """A caption repeated in the body, given to two speakers, yields PV502 (and no PV501)."""
    text = (FIXTURES / "000_7c5aed5cf3782017.txt").read_text(encoding="utf-8")
    snap = TextSnapshot.of(text)
    lina = Entity.create("Lina Malina", mentions=tuple(Anchor.find(snap, "Lina Malina", occurrence=i) for i in (0, 1)))
    other = Entity.create("Elena Zelenskaya", mentions=(Anchor.find(snap, "Elena Zelenskaya"),))
    quotes = [
        Quotation.create(
            [_marks(snap, Anchor.find(snap, "nation of invincibles.", occurrence=i))],
            QuotationKind.PARTIAL,
            attribution=Attribution(speaker=who.id, cue=Anchor.find(snap, "said", occurrence=i)),
        )
        for i, who in ((0, lina), (1, other))
    ]
    findings = check(Record.create(Article.create(snap), entities=[lina, other], quotations=quotes))
    assert [(f.code, f.path) for f in findings] == [("PV502", "$.quotations[1].attribution.speaker")]


def test_findings_are_sorted_by_document_order_then_code() -> None:
    """Findings come in the order of their paths in the document, then by code."""
    d = base().data()
    d["article"]["url"] = "mailto:x@example.org"
    _content(d, K)["suffix"] = "!"
    _content(d, K)["prefix"] = "?"
    d["claims"][0]["attribution"]["speaker"] = "ent-gone"
    paths = [f.path for f in check(d)]
    assert paths == [
        "$.article.url",
        f"{_qp(K)}.segments[0].content.prefix",
        f"{_qp(K)}.segments[0].content.suffix",
        "$.claims[0].attribution.speaker",
    ]


def test_name_rule() -> None:
    """Mentions pass when a pronoun, a generic description, or sharing a word with a name."""
    names = ("The New York Times", "NYT")
    assert names_entity("the Times", names)
    assert names_entity("It", names)
    assert names_entity("the paper", names)
    assert names_entity("The Times’s", names)
    assert not names_entity("the Post", names)
    assert not names_entity("The", names)
    assert not names_entity("…", names)
    assert names_entity("the pensioner", ("Antonina",), "a pensioner there")
    assert names_entity("the article by Thomas Rowley and Serhiy Guz", ("OpenDemocracy",))
    assert not names_entity("Thomas Rowley", ("OpenDemocracy",))


def test_schema_mirrors_the_model() -> None:
    """The lenient walker's keys and required keys are the model's attrs fields."""
    classes = {
        "Record": Record,
        "Article": Article,
        "Entity": Entity,
        "Quotation": Quotation,
        "Segment": Segment,
        "Alteration": Alteration,
        "Claim": Claim,
        "Attribution": Attribution,
        "Hop": Hop,
    }
    for name, cls in classes.items():
        fields = [f for f in attrs.fields(cls) if f.init]
        required = {f.name for f in fields if f.default is attrs.NOTHING}
        optional = {f.name for f in fields} - required
        assert (set(SCHEMA[name][0]), set(SCHEMA[name][1])) == (required, optional), name


@pytest.mark.parametrize("value", [[], "record", None, 3, [{"format": "provenance.record"}]])
def test_non_objects_are_refused(value: Any) -> None:
    """Anything but a JSON object (or a Record) raises ProvenanceError, naming the path."""
    with pytest.raises(ProvenanceError, match="must be a JSON object") as info:
        check(value)
    assert info.value.path == "$"


def test_what_the_loader_refuses_is_an_error() -> None:
    """Every example the strict loader refuses yields at least one error finding."""
    for _code, _path, mutate in CASES:
        d = base().data()
        mutate(d)
        errors = [f for f in check(d) if f.severity is Severity.ERROR]
        try:
            serialise.from_data(d)
        except ProvenanceError:
            assert errors, f"{_code}: the loader refuses it but check found no error"


# -- gold records -----------------------------------------------------------------

GOLD = sorted((FIXTURES / "gold").glob("*.record.json")) if (FIXTURES / "gold").is_dir() else []


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_records_have_no_errors(path: Path) -> None:
    """Every gold record loads and yields no error-severity finding."""
    record = serialise.load(path)
    errors = [str(f) for f in check(record) if f.severity is Severity.ERROR]
    assert errors == []


# -- robustness -------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
KEYS = st.sampled_from(
    ["format", "version", "article", "entities", "quotations", "claims", "text", "start", "end", "exact", "segments", "attribution", "chain", "parent", "id", "kind"]
)


@given(st.dictionaries(KEYS | st.text(max_size=8), JSON, max_size=8))
def test_never_raises_on_arbitrary_objects(data: dict[str, Any]) -> None:
    """Any JSON object yields findings, never an exception."""
    findings = check(data)
    assert all(f.code in CATALOGUE for f in findings)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*prefix, i))
    return found


@cache
def _base_paths() -> list[tuple[Any, ...]]:
    return [p for p in _paths(base().data()) if p]


@given(st.data())
def test_never_raises_on_mutated_documents(data: st.DataObject) -> None:
    """Replacing or deleting values anywhere in a valid document never makes check raise."""
    d = base().data()
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(_base_paths()))
        target: Any = d
        try:
            for step in path[:-1]:
                target = target[step]
            if data.draw(st.booleans()) and isinstance(target, dict):
                del target[path[-1]]
            else:
                target[path[-1]] = data.draw(JSON)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    findings = check(d)
    assert all(isinstance(f, Finding) and f.code in CATALOGUE for f in findings)
    assert check(copy.deepcopy(d)) == findings  # deterministic
    refused: str | None = None
    try:
        serialise.from_data(d)
    except ProvenanceError as exc:
        refused = str(exc)
    if refused is not None:
        errors = [f for f in findings if f.severity is Severity.ERROR]
        assert errors, f"the strict loader refuses it ({refused}) but check found no error"


# Words with astral characters and combining marks, so offsets are code points.
WORD = st.sampled_from(["Kyiv", "said", "Zoë", "Ame\u0301lie", "🤔", "war", "they", "naïve", "數"])


@st.composite
def records(draw: st.DrawFn) -> Record:
    """Valid records: plain words, quoted passages with marks, claims and mentions."""
    pieces: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 8))):
        words = " ".join(draw(st.lists(WORD, min_size=1, max_size=4)))
        pieces.append((draw(st.sampled_from(["plain", "quote", "claim"])), words))
    text = ""
    spans: list[tuple[str, int, int]] = []
    for kind, words in pieces:
        text += draw(st.sampled_from([" ", "\r\n", ". "]))
        if kind == "quote":
            text += "“"
        spans.append((kind, len(text), len(text) + len(words)))
        text += words
        if kind == "quote":
            text += "”"
    snap = TextSnapshot.of(text)
    mentions = tuple(Anchor.at(snap, s, e) for k, s, e in spans if k == "plain")
    speaker = Entity.create("Zoë Kyiv", mentions=mentions)
    said = Attribution(speaker=speaker.id)
    quotations = [
        Quotation.create([Segment.create(Anchor.at(snap, s, e), open_mark=Span(s - 1, s), close_mark=Span(e, e + 1))], attribution=said)
        for k, s, e in spans
        if k == "quote"
    ]
    claims = [Claim.create(Anchor.at(snap, s, e), said) for k, s, e in spans if k == "claim"]
    return Record.create(Article.create(snap), entities=[speaker], quotations=quotations, claims=claims)


@given(records())
def test_valid_records_have_no_anchor_or_structure_findings(record: Record) -> None:
    """Records built with the public constructors yield no errors and no PV1xx/PV2xx findings."""
    findings = check(record)
    assert [f for f in findings if f.severity is Severity.ERROR] == []
    assert [f for f in findings if f.code[2] in "12"] == []
    assert check(serialise.to_data(record)) == findings


@given(testing.records())
def test_library_strategy_records_have_no_anchor_or_structure_errors(record: Record) -> None:
    """Records from provenance.testing yield no anchor or structure errors, as data or object."""
    findings = check(record)
    assert [f for f in findings if f.severity is Severity.ERROR and f.code[2] in "012"] == []
    assert check(serialise.to_data(record)) == findings


def test_large_and_adversarial_documents() -> None:
    """Many quotations, a deep parent chain and odd keys are checked without error or hang."""
    d = base().data()
    length = base().snap.length
    template = _q(d, "rocks")
    for i in range(400):
        twin = copy.deepcopy(template)
        twin["id"] = f"q-{i}"
        twin["parent"] = f"q-{i + 1}" if i < 399 else "q-0"  # one long parent cycle
        d["quotations"].append(twin)
    d["weird \ud800 key"] = [[[[[]]]]]
    findings = check(d)
    codes = {f.code for f in findings}
    assert {"PV203", "PV501", "PV004"} <= codes
    assert sum(f.code == "PV203" for f in findings) == 400
    assert all(f.path.startswith("$") for f in findings) and length > 0


# -- the catalogue and its documentation ----------------------------------------------


def test_catalogue_codes_are_well_formed() -> None:
    """Codes are PV plus three digits; titles and descriptions are present."""
    for code, (severity, title, description) in CATALOGUE.items():
        assert re.fullmatch(r"PV\d{3}", code)
        assert isinstance(severity, Severity) and title and description.endswith(".")


def _doc_sections() -> dict[str, str]:
    text = DOCS.read_text(encoding="utf-8")
    parts = re.split(r"^### (PV\d{3})\b", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _doc_setup() -> str:
    """The page's shared set-up: from "## The examples" to the catalogue."""
    text = DOCS.read_text(encoding="utf-8")
    return text.split("## The examples", 1)[1].split("# The catalogue", 1)[0]


def test_docs_list_every_code_with_an_example_that_yields_it() -> None:
    """docs/checks.md has a section per code whose example, run alone, yields that code."""
    sections = _doc_sections()
    assert sorted(sections) == sorted(CATALOGUE)
    parser = doctest.DocTestParser()
    for code, body in sections.items():
        severity, title, description = CATALOGUE[code]
        assert f" — {title} ({severity.value})" in body and description in body, code
        examples = parser.get_examples(body)
        assert examples, f"{code} has no example"
        namespace: dict[str, Any] = {}
        for example in parser.get_examples(_doc_setup()):
            exec(compile(example.source, "<setup>", "exec"), namespace)
        for example in examples[:-1]:
            exec(compile(example.source, f"<{code}>", "exec"), namespace)
        last = examples[-1].source.strip()
        found = eval(compile(last.replace("show(", "codes(", 1), f"<{code}>", "eval"), namespace)
        assert code in found, f"{code}: its example yields {found}"


# -- the command line --------------------------------------------------------------------


def _write(tmp_path: Path, name: str, d: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_cli_clean_record_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clean record prints nothing and exits 0."""
    name = _write(tmp_path, "clean.json", base().data())
    assert main(["check", name]) == 0
    assert capsys.readouterr().out == ""


def test_cli_errors_exit_1_with_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Error findings print file:path: CODE severity message lines and exit 1."""
    d = base().data()
    d["claims"][0]["attribution"]["speaker"] = "ent-gone"
    name = _write(tmp_path, "bad.json", d)
    assert main(["check", name]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{name}:$.claims[0].attribution.speaker: PV301 error 'ent-gone' is not an entity of this record"]


def test_cli_warnings_exit_0_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings alone exit 0, or 1 with --strict; --min-severity hides but still counts."""
    d = base().data()
    d["article"]["language"] = "English"
    name = _write(tmp_path, "warn.json", d)
    assert main(["check", name]) == 0
    assert "PV601 warning" in capsys.readouterr().out
    assert main(["check", "--strict", name]) == 1
    capsys.readouterr()
    assert main(["check", "--strict", "--min-severity", "error", name]) == 1
    assert capsys.readouterr().out == ""


def test_cli_json_output_and_jsonl_roots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one array; JSONL findings name their line in the path."""
    clean = base().data()
    broken = base().data()
    broken["article"]["url"] = "file:///etc/hosts"
    path = tmp_path / "many.jsonl"
    path.write_text(json.dumps(clean) + "\n\n" + json.dumps(broken) + "\n", encoding="utf-8")
    assert main(["check", "--json", str(path)]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item == {
        "file": str(path),
        "path": "$[line 3].article.url",
        "code": "PV602",
        "severity": "warning",
        "title": "URL not http(s)",
        "message": "url 'file:///etc/hosts' is not an http(s) URL",
        "anchor": None,
    }


def test_cli_json_anchor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives the anchor concerned with its offsets and exact text."""
    d = base().data()
    _q(d, K)["attribution"]["speaker_mention"] = _words("Kharkiv", "This is not Kharkiv")
    name = _write(tmp_path, "anchor.json", d)
    assert main(["check", "--json", "--min-severity", "warning", name]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    anchor = item["anchor"]
    assert item["code"] == "PV302"
    assert base().snap.text[anchor["start"] : anchor["end"]] == anchor["exact"] == "Kharkiv"


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"a string"']
)
def test_cli_unusable_files_exit_2(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    """Malformed JSON, non-UTF-8 bytes and non-object documents make the input unusable."""
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    good = _write(tmp_path, "good.json", base().data())
    assert main(["check", str(path), good]) == 2
    assert str(path) in capsys.readouterr().err


def test_cli_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read exits 2 and says so."""
    assert main(["check", str(tmp_path / "absent.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_lone_surrogates_are_reported_not_crashed_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text and a key with lone surrogates (JSON escapes) give printable findings and exit 1."""
    d = base().data()
    d["article"]["text"]["text"] += "\ud800"
    d["odd \udfff"] = 1
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(d), encoding="ascii")  # json.dumps escapes the surrogates
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "PV008 error" in out and "PV004 error" in out
    out.encode("utf-8")  # everything printed is encodable
