"""Tests for provenance.store: the SQLite corpus, trace, misattributions and relay checks."""

from __future__ import annotations

import datetime
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import serialise, testing
from provenance._cli import main
from provenance._store_entities import EntityIndex
from provenance._store_rows import PreparedEntity
from provenance._store_schema import MIGRATIONS, SCHEMA_VERSION, migrate
from provenance.errors import FormatError, StoreError, TextError
from provenance.model import Article, Attribution, Claim, Entity, EntityKind, Quotation, Record
from provenance.store import AddResult, PreparedRecord, RelayStatus, Store, StoredFinding
from tests.conftest import FIXTURES
from tests.store_helpers import Q, build, synthetic

SEED = FIXTURES / "000_7c5aed5cf3782017.txt"
ANTONINA = "When [the Russian soldiers] left, they were running and panicking on the street,"
# The seed article as the first appearance, a later one with a no-break space
# and another speaker, and an undated one with an ellipsis and the right speaker.
LATER = (
    "Kyiv Weekly, November 2, 2022.\n\n"
    "“When [the Russian soldiers] left, they were running and panicking on the\u00a0street,” "
    "Lina Malina told Kyiv Weekly."
)
ELIDED_WORDS = "When [the Russian soldiers] left, they were … panicking on the street"
UNDATED = f"Lviv notes.\n\n“{ELIDED_WORDS},” Antonina said."


def seed_record() -> Record:
    """The seed article with its Antonina quotation, relayed through Al Jazeera."""
    text = SEED.read_text(encoding="utf-8")
    return build(
        text,
        [Q(ANTONINA, "Antonina", hops=("Al Jazeera",))],
        outlet="The Militant",
        published=datetime.date(2022, 10, 24),
    )


def corpus() -> list[Record]:
    """Three articles quoting the same words: seed, later (other speaker), undated (elided)."""
    later = build(
        LATER,
        [Q(ANTONINA.replace("the street", "the\u00a0street"), "Lina Malina", hops=("Kyiv Weekly",))],
        outlet="Kyiv Weekly",
        published=datetime.date(2022, 11, 2),
    )
    undated = build(UNDATED, [Q(ELIDED_WORDS + ",", "Antonina")])
    return [undated, later, seed_record()]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store holding the three-article corpus, closed after the test."""
    opened = Store.open(tmp_path / "corpus.db")
    for record in corpus():
        opened.add(record)
    yield opened
    opened.close()


# -- opening, schema and migrations ------------------------------------------


def test_new_database_has_current_schema_and_wal(tmp_path: Path) -> None:
    """A new database is at the current schema version and in WAL mode."""
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_empty_file_is_migrated_from_version_zero(tmp_path: Path) -> None:
    """An empty file (version 0) gets every migration and then stores records."""
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.add(seed_record()) is AddResult.ADDED
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_older_version_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    """A version-1 database with data gains the later steps and keeps its articles."""
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, str(path), target=1) == 0
    conn.execute(
        "INSERT INTO articles (id, sha256, text, authors, record, record_sha256) VALUES (?, ?, ?, ?, ?, ?)",
        ("art-x", "0" * 64, "text", "[]", "{}", "0" * 64),
    )
    conn.close()
    with Store.open(path) as store:
        assert "art-x" in store
        assert store.findings() == []  # the version-2 table exists
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_newer_version_is_refused(tmp_path: Path) -> None:
    """A database written by a newer library is refused, naming its version and path."""
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}") as info:
        Store.open(path)
    assert info.value.path == str(path)


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    """A file that is not SQLite gives a StoreError with the path, not a sqlite3 error."""
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database at all, just text " * 100)
    with pytest.raises(StoreError, match="cannot open") as info:
        Store.open(path)
    assert info.value.path == str(path)


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    """A path inside a missing directory gives a StoreError."""
    with pytest.raises(StoreError):
        Store.open(tmp_path / "missing" / "dir" / "x.db")


# -- writing -------------------------------------------------------------------


def test_add_stores_every_part_of_the_record(tmp_path: Path) -> None:
    """Quotations, claims, hops and mentions all land in their tables."""
    records = synthetic(20)
    with Store.open(tmp_path / "s.db") as store:
        for record in records:
            assert store.add(record) is AddResult.ADDED
        counts = store.counts()
        assert counts["articles"] == 20
        assert counts["quotations"] == sum(len(r.quotations) for r in records)
        assert counts["claims"] == sum(len(r.claims) for r in records)
        items: list[Quotation | Claim] = [*(q for r in records for q in r.quotations)]
        items += [c for r in records for c in r.claims]
        assert counts["hops"] == sum(len(i.attribution.chain) for i in items if i.attribution is not None)
        assert [store.record(r.article.id) for r in records] == records


def test_gold_records_round_trip_through_the_store(tmp_path: Path) -> None:
    """Every gold fixture record is stored and read back equal."""
    gold = sorted((FIXTURES / "gold").glob("*.record.json"))
    if not gold:
        pytest.skip("no gold records in fixtures/gold yet")
    records = [serialise.load(p) for p in gold]
    with Store.open(tmp_path / "g.db") as store:
        for record in records:
            store.add(record)
        assert list(store.records()) == records


def test_re_adding_an_unchanged_record_writes_nothing(tmp_path: Path) -> None:
    """Re-adding the same record is UNCHANGED and commits no change to the file."""
    path = tmp_path / "s.db"
    record = seed_record()
    with Store.open(path) as store:
        store.add(record, findings=[StoredFinding(code="PV999", severity="info", message="note")])
        watcher = sqlite3.connect(path)
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        counts = store.counts()
        assert store.add(record) is AddResult.UNCHANGED
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == before
        assert store.counts() == counts
        assert [f.code for _, f in store.findings()] == ["PV999"]
        watcher.close()


def test_a_changed_record_replaces_the_old_one(tmp_path: Path) -> None:
    """Another record of the same article replaces every row of the old one."""
    text = "“We are staying,” Ivan Fedorov said. “We are leaving,” Maria Shevchenko said."
    first = build(text, [Q("We are staying,", "Ivan Fedorov")])
    second = build(text, [Q("We are leaving,", "Maria Shevchenko")])
    with Store.open(tmp_path / "s.db") as store:
        store.add(first)
        assert store.add(second) is AddResult.REPLACED
        assert [i.text for i in store.quotations()] == ["We are leaving,"]
        assert [m.name for m in store.merges()] == ["Maria Shevchenko"]
        assert store.counts()["entities"] == 1  # Ivan Fedorov went with the old record
        assert store.record(first.article.id) == second


def test_entities_merge_by_name_alias_and_external_id(tmp_path: Path) -> None:
    """Entities join across articles by name, unique alias and external id, each merge explained."""
    one = build("“Nobody will win,” Vladimir Putin said.", [Q("Nobody will win,", "Vladimir Putin")])
    putin = one.entity(one.quotations[0].attribution.speaker)  # type: ignore[union-attr,arg-type]
    aliased = Entity.create("Vladimir Putin", EntityKind.PERSON, aliases=("Putin", "Mr. Putin"), mentions=putin.mentions)
    one = Record.create(
        one.article,
        entities=[aliased],
        quotations=[
            serialise_evolve_speaker(one.quotations[0], aliased.id),
        ],
    )
    two = build("“Nobody expected it,” Mr. Putin said.", [Q("Nobody expected it,", "Mr. Putin")])
    three = build("“Everyone expected it,” Putin said.", [Q("Everyone expected it,", "Putin")])
    four = build("“Q1,” V. V. Putin said.", [Q("Q1,", "V. V. Putin", external_id="Q7747")])
    five = build("“Q2,” Vladimir Vladimirovich said.", [Q("Q2,", "Vladimir Vladimirovich", external_id="Q7747")])
    with Store.open(tmp_path / "s.db") as store:
        for record in (one, two, three, four, five):
            store.add(record)
        rules = {(m.article, m.name): (m.rule, m.matched) for m in store.merges()}
        assert rules[(one.article.id, "Vladimir Putin")] == ("new", None)
        assert rules[(two.article.id, "Vladimir Putin")] == ("alias", "putin")
        assert rules[(three.article.id, "Vladimir Putin")] == ("alias", "putin")
        assert rules[(four.article.id, "V. V. Putin")] == ("new", None)
        assert rules[(five.article.id, "V. V. Putin")] == ("external_id", "Q7747")
        assert {i.speaker for i in store.quotations(speaker="Mr Putin")} == {"Vladimir Putin"}
        assert len(store.quotations(speaker="Vladimir Putin")) == 3


def serialise_evolve_speaker(quotation: Quotation, speaker: str) -> Quotation:
    """The quotation with its speaker replaced (for re-pointing a built quotation)."""
    assert quotation.attribution is not None
    return attrs.evolve(quotation, attribution=attrs.evolve(quotation.attribution, speaker=speaker))


def test_alias_merge_needs_a_unique_match(tmp_path: Path) -> None:
    """A shared alias merges nothing; an alias naming exactly one corpus entity merges."""
    def person(text: str, name: str, *aliases: str) -> Record:
        base = build(text, [Q(text.split("”")[0].lstrip("“"), name)])
        entity = base.entities[0]
        renamed = Entity.create(name, EntityKind.PERSON, aliases=aliases, mentions=entity.mentions)
        quotation = serialise_evolve_speaker(base.quotations[0], renamed.id)
        return Record.create(base.article, entities=[renamed], quotations=[quotation])

    a = person("“One two three,” Olena Zelenska said.", "Olena Zelenska", "Zelenska")
    b = person("“Four five six,” Olha Zelenska said.", "Olha Zelenska", "Zelenska")
    c = person("“Seven eight nine,” Ms. Zelenska said.", "Ms. Zelenska")
    d = person("“Ten eleven,” O. Zelenska said.", "O. Zelenska", "Olena Zelenska")
    with Store.open(tmp_path / "s.db") as store:
        for record in (a, b, c, d):
            store.add(record)
        rules = {m.article: (m.rule, m.name) for m in store.merges()}
        # Sharing the alias "Zelenska" does not make two people one.
        assert rules[b.article.id] == ("new", "Olha Zelenska")
        # "Ms. Zelenska" could be either of them: a new entity, not a guess.
        assert rules[c.article.id] == ("new", "Ms. Zelenska")
        # An alias that is exactly one entity's full name merges.
        assert rules[d.article.id] == ("alias", "Olena Zelenska")


# -- trace -------------------------------------------------------------------


def test_trace_finds_the_seed_quote_in_every_article_by_date(store: Store) -> None:
    """Trace orders appearances by date, unknown last, with speaker, chain and verdict."""
    trace = store.trace(ANTONINA)
    seed, later = seed_record(), corpus()[1]
    assert [a.item.article for a in trace] == [seed.article.id, later.article.id, corpus()[0].article.id]
    first, second, third = trace.appearances
    assert trace.earliest == first
    assert (first.verdict, first.item.speaker, first.item.chain) == ("exact", "Antonina", ("Al Jazeera",))
    assert first.item.published == datetime.date(2022, 10, 24)
    assert second.verdict in ("whitespace", "typographic")
    assert (second.item.speaker, second.item.chain) == ("Lina Malina", ("Kyiv Weekly",))
    assert third.verdict in ("elided", "edited")
    assert third.item.published is None
    # Anchors never lie: each appearance's span holds its text in its article.
    for appearance in trace:
        text = store.record(appearance.item.article).text
        assert text[appearance.item.span.start : appearance.item.span.end] == appearance.item.text


def test_trace_folds_typography_and_case(tmp_path: Path) -> None:
    """Straight quotes, other case and spacing still find the words."""
    record = build("“We’re not leaving Kherson — ever,” Ivan Fedorov said.", [Q("We’re not leaving Kherson — ever,", "Ivan Fedorov")])
    with Store.open(tmp_path / "s.db") as store:
        store.add(record)
        assert [a.verdict for a in store.trace("We're not leaving Kherson - ever")] == ["typographic"]
        assert [a.verdict for a in store.trace("WE’RE NOT LEAVING KHERSON")] == ["case"]
        assert len(store.trace("not leaving Kyiv at all, never, ever")) == 0


def test_trace_finds_edited_words_through_rare_words(tmp_path: Path) -> None:
    """An appearance missing one of the words is still found, as a near match."""
    record = build(
        "“The partisans blew up the railway bridge near Melitopol last night,” the commander said.",
        [Q("The partisans blew up the railway bridge near Melitopol last night,", "the commander")],
    )
    with Store.open(tmp_path / "s.db") as store:
        store.add(record)
        (appearance,) = store.trace("The partisans blew up a railway bridge at Melitopol last night")
        assert appearance.verdict in ("edited", "fuzzy", "altered")


def test_trace_of_no_words_is_empty(store: Store) -> None:
    """Punctuation alone traces nothing (and raises nothing)."""
    assert len(store.trace("“ … ” * ( )")) == 0
    assert store.trace("").earliest is None


# -- misattributions and relays -------------------------------------------------


def test_misattribution_is_found(store: Store) -> None:
    """The seed words credited to Antonina and to Lina Malina are a misattribution."""
    (case,) = store.misattributions()
    assert set(case.speakers) == {"Antonina", "Lina Malina"}
    assert [i.published for i in case.items] == [datetime.date(2022, 10, 24), datetime.date(2022, 11, 2)]


def test_same_speaker_in_two_articles_is_not_a_misattribution(tmp_path: Path) -> None:
    """The same words from the same (merged) speaker twice are fine."""
    one = build("“Hold the line at Bakhmut,” Ivan Fedorov said.", [Q("Hold the line at Bakhmut,", "Ivan Fedorov")])
    two = build("Later: “hold the line at Bakhmut,” Fedorov said.", [Q("hold the line at Bakhmut,", "Ivan Fedorov")])
    with Store.open(tmp_path / "s.db") as store:
        store.add(one)
        store.add(two)
        assert store.misattributions() == []


def relay_store(tmp_path: Path, source_text: str, speaker: str | None, words: str) -> Store:
    """A store holding an Al Jazeera article that quotes ``words`` from ``speaker``."""
    store = Store.open(tmp_path / "relay.db")
    source = build(
        source_text,
        [Q(words, speaker)] if words else [],
        outlet="Al Jazeera",
        published=datetime.date(2022, 10, 12),
    )
    store.add(source)
    return store


def test_relay_confirmed(tmp_path: Path) -> None:
    """Al Jazeera printed the words and credited Antonina: confirmed."""
    words = "When the Russian soldiers left, they were running and panicking on the street,"
    text = f"Torske, Ukraine.\n\n“{words}” said Antonina, a pensioner."
    with relay_store(tmp_path, text, "Antonina", words) as store:
        record = seed_record()
        check = store.check_relay(record.quotations[0], record)
        assert check.status is RelayStatus.CONFIRMED, check.detail
        assert check.hop == "Al Jazeera"
        assert check.match is not None and check.match.speaker == "Antonina"


def test_relay_refuted_when_the_source_credits_someone_else(tmp_path: Path) -> None:
    """Al Jazeera printed the words from another speaker: misattributed."""
    words = "When the Russian soldiers left, they were running and panicking on the street,"
    text = f"Torske, Ukraine.\n\n“{words}” said Oleksandr Kovalenko, a soldier."
    with relay_store(tmp_path, text, "Oleksandr Kovalenko", words) as store:
        record = seed_record()
        check = store.check_relay(record.quotations[0], record)
        assert check.status is RelayStatus.MISATTRIBUTED, check.detail
        assert "Oleksandr Kovalenko" in check.detail


def test_relay_not_found_and_source_missing(tmp_path: Path) -> None:
    """An Al Jazeera article without the words: not found; no Al Jazeera article: not in store."""
    text = "Kharkiv.\n\n“The lights are back on,” said Maria Shevchenko."
    record = seed_record()
    with relay_store(tmp_path, text, "Maria Shevchenko", "The lights are back on,") as store:
        assert store.check_relay(record.quotations[0], record).status is RelayStatus.NOT_FOUND
    with Store.open(tmp_path / "empty.db") as store:
        check = store.check_relay(record.quotations[0], record)
        assert check.status is RelayStatus.SOURCE_NOT_IN_STORE
        assert check.sources == ()


def test_relay_without_a_hop_is_an_error(tmp_path: Path) -> None:
    """A quotation with no relay hop (or no speaker) has nothing to check."""
    record = build("“Nothing relayed,” Ivan Fedorov said.", [Q("Nothing relayed,", "Ivan Fedorov")])
    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(StoreError, match="no relay hop"):
            store.check_relay(record.quotations[0], record)
        with pytest.raises(StoreError, match="no relay hop 3"):
            store.check_relay(record.quotations[0], record, hop=3)
        bare = build("“Nobody said it.”", [Q("Nobody said it.", None)])
        with pytest.raises(StoreError, match="no speaker"):
            store.check_relay(bare.quotations[0], bare)


# -- queries -------------------------------------------------------------------


def test_quotations_filter_by_speaker_outlet_and_date(store: Store) -> None:
    """Speaker (merged, any alias), outlet and since filter the listing."""
    assert {i.article for i in store.quotations(speaker="antonina")} == {
        seed_record().article.id,
        corpus()[0].article.id,
    }
    assert [i.outlet for i in store.quotations(outlet="the kyiv weekly")] == ["Kyiv Weekly"]
    assert [i.published for i in store.quotations(since="2022-11-01")] == [datetime.date(2022, 11, 2)]
    assert [i.published for i in store.quotations(since=datetime.date(2022, 1, 1))] == [
        datetime.date(2022, 10, 24),
        datetime.date(2022, 11, 2),
    ]
    assert store.quotations(speaker="Nobody Known") == []
    with pytest.raises(StoreError, match="since"):
        store.quotations(since="last week")


# -- JSONL -------------------------------------------------------------------


def test_jsonl_round_trip_is_identical(tmp_path: Path, store: Store) -> None:
    """Export, import into a fresh store, export again: identical files, equal records."""
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert store.export_jsonl(first) == 3
    with Store.open(tmp_path / "fresh.db") as fresh:
        assert fresh.import_jsonl(first) == [AddResult.ADDED] * 3
        fresh.export_jsonl(second)
        assert list(fresh.records()) == corpus()
        assert fresh.import_jsonl(first) == [AddResult.UNCHANGED] * 3
    assert first.read_bytes() == second.read_bytes()
    assert serialise.load_jsonl(first) == corpus()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(testing.records(), max_size=4))
def test_jsonl_round_trip_property(tmp_path: Path, records: list[Record]) -> None:
    """Any records survive store → JSONL → store → JSONL unchanged."""
    unique = list({r.article.id: r for r in records}.values())
    folder = tmp_path / f"case-{abs(hash(tuple(r.article.id for r in unique)))}"
    folder.mkdir(exist_ok=True)
    for name in ("a.db", "b.db", "a.jsonl", "b.jsonl", "a.db-wal", "b.db-wal", "a.db-shm", "b.db-shm"):
        (folder / name).unlink(missing_ok=True)
    with Store.open(folder / "a.db") as a:
        for record in unique:
            a.add(record)
        a.export_jsonl(folder / "a.jsonl")
    with Store.open(folder / "b.db") as b:
        b.import_jsonl(folder / "a.jsonl")
        b.export_jsonl(folder / "b.jsonl")
        assert list(b.records()) == unique
    assert (folder / "a.jsonl").read_bytes() == (folder / "b.jsonl").read_bytes()


def test_import_of_a_bad_line_names_file_and_line(tmp_path: Path) -> None:
    """A malformed JSONL line is a FormatError naming the file and the line; the lines before it are stored."""
    path = tmp_path / "bad.jsonl"
    path.write_text(serialise.dumps(seed_record()) + "\n{not json\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(FormatError, match=r"bad\.jsonl.*line 2"):
            store.import_jsonl(path)
        assert [r.article.id for r in store.records()] == [seed_record().article.id]


# -- hostile input -------------------------------------------------------------

HOSTILE = [
    "AND",
    "OR NOT",
    "NEAR(when left, 3)",
    "street*",
    "^When",
    "text:street",
    "(running OR panicking)",
    '"running',
    'running" OR "x',
    '""',
    "\x00",
    "running\x00panicking",
    "'; DROP TABLE articles; --",
    "running AND panicking",
    "when OR nothing",
    "AND OR NOT NEAR * ^ : ( ) \"",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_operators_in_search_text_are_plain_words(store: Store, query: str) -> None:
    """FTS5 syntax and NUL in user text neither raise nor act as operators."""
    store.trace(query)
    assert store.counts()["articles"] == 3
    # Operators are words: the hits are exactly the quotations holding every word.
    wanted = set(re.findall(r"[^\W_]+", query.lower()))
    expected = sorted(
        item.text for item in store.quotations() if wanted and wanted <= set(re.findall(r"[^\W_]+", item.text.lower()))
    )
    assert sorted(item.text for item in store.search(query)) == expected


def test_operator_words_inside_quotes_are_found(tmp_path: Path) -> None:
    """A quotation that really says “AND OR NOT” is found by those words, quotes and all."""
    words = 'Say "AND" OR NOT*, then (NEAR) the end:'
    record = build(f"“{words}” Ivan Fedorov wrote.", [Q(words, "Ivan Fedorov")])
    with Store.open(tmp_path / "s.db") as store:
        store.add(record)
        assert [i.text for i in store.search('"AND" OR NOT* (NEAR)')] == [words]
        assert [a.verdict for a in store.trace(words)] == ["exact"]


def test_markup_in_article_text_is_stored_as_text(tmp_path: Path) -> None:
    """HTML and SQL in an article are just characters: stored, found and exported intact."""
    words = "<script>alert('x')</script> '); DROP TABLE quotations; --"
    text = f"<p>Header</p>\n\n“{words}” the <b>intruder</b> wrote."
    record = build(text, [Q(words, "the <b>intruder</b>")])
    with Store.open(tmp_path / "s.db") as store:
        store.add(record)
        (found,) = store.search("script alert DROP TABLE")
        assert found.text == words and found.speaker == "the <b>intruder</b>"
        assert store.record(record.article.id) == record
        assert store.counts()["quotations"] == 1


def test_lone_surrogate_in_search_is_a_text_error(store: Store) -> None:
    """Search text that cannot be UTF-8 is refused with TextError naming the offset."""
    with pytest.raises(TextError, match="offset 3"):
        store.trace("abc\ud800")
    with pytest.raises(StoreError, match="must be a string"):
        store.search(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=testing.texts(max_size=60))
def test_any_search_text_is_safe(store: Store, query: str) -> None:
    """Arbitrary text never raises from search or trace, and results hold the query's words."""
    for item in store.search(query):
        assert item.category == "quotation"
    for appearance in store.trace(query):
        assert appearance.verdict != "absent"


def test_non_record_is_refused(tmp_path: Path) -> None:
    """Only records can be stored."""
    with Store.open(tmp_path / "s.db") as store, pytest.raises(StoreError, match="only store a Record"):
        store.add({"format": "provenance.record"})  # type: ignore[arg-type]


def test_unknown_article_is_a_store_error(store: Store) -> None:
    """Reading an article that is not stored raises StoreError."""
    with pytest.raises(StoreError, match="no article 'art-nope'"):
        store.record("art-nope")


# -- command line --------------------------------------------------------------


def write_records(tmp_path: Path) -> list[str]:
    """The corpus as one .json file and one .jsonl file."""
    records = corpus()
    single = tmp_path / "seed.json"
    serialise.dump(records[2], single)
    many = tmp_path / "others.jsonl"
    serialise.write_jsonl(records[:2], many)
    return [str(single), str(many)]


def test_cli_ingest_trace_quotes_misattributions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The main job: ingest records, then query them from the command line."""
    db = str(tmp_path / "cli.db")
    files = write_records(tmp_path)
    assert main(["ingest", *files, "--db", db, "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "articles: 3 added" in out and "quotations: 3" in out
    assert main(["ingest", *files, "--db", db, "--jobs", "2"]) == 0
    assert "0 added" in capsys.readouterr().out and True
    assert main(["trace", ANTONINA, "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("earliest exact") and "2022-10-24" in lines[0] and "Antonina via Al Jazeera" in lines[0]
    assert main(["quotes", "--db", db, "--speaker", "Lina Malina"]) == 0
    assert "Lina Malina via Kyiv Weekly" in capsys.readouterr().out
    assert main(["quotes", "--db", db, "--since", "2030-01-01"]) == 1
    capsys.readouterr()
    assert main(["misattributions", "--db", db]) == 1
    assert "Antonina / Lina Malina" in capsys.readouterr().out
    assert main(["trace", "NEAR(x) AND \x00", "--db", db]) == 1


def test_cli_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing database, a bad date and an unreadable file are unusable input."""
    assert main(["quotes", "--db", str(tmp_path / "none.db")]) == 2
    assert "no database here" in capsys.readouterr().err
    db = str(tmp_path / "cli.db")
    Store.open(db).close()
    assert main(["quotes", "--db", db, "--since", "yesterday"]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["ingest", str(bad), "--db", db, "--jobs", "1"]) == 2
    assert "malformed JSON" in capsys.readouterr().err
    assert main(["ingest", str(bad), "--db", db, "--jobs", "0"]) == 2


def test_cli_defaults_to_provenance_db_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --db the commands use ./provenance.db."""
    files = write_records(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", *files, "--jobs", "1"]) == 0
    assert (tmp_path / "provenance.db").is_file()
    assert main(["quotes"]) == 0
    assert "Antonina" in capsys.readouterr().out


def test_attribution_with_no_chain_still_lists(tmp_path: Path) -> None:
    """A quotation whose attribution has a speaker but no chain lists with an empty chain."""
    record = build("“Short and plain words,” Ivan Fedorov said.", [Q("Short and plain words,", "Ivan Fedorov")])
    assert isinstance(record.quotations[0].attribution, Attribution)
    with Store.open(tmp_path / "s.db") as store:
        store.add(record)
        (item,) = store.quotations()
        assert item.chain == () and item.kind == "direct"


def test_cli_ingests_the_seed_articles_with_their_sidecars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Article files are extracted (in two processes), checked and stored with sidecar metadata."""
    db = tmp_path / "seeds.db"
    articles = sorted(str(p) for p in FIXTURES.glob("*.txt"))
    assert main(["ingest", *articles, "--db", str(db), "--jobs", "2"]) == 0
    assert "articles: 4 added" in capsys.readouterr().out
    with Store.open(db) as store:
        dates = {r.article.title: r.article.published for r in store.records()}
        assert dates["As Putin bombs civilians — Defend Ukraine sovereignty!"] == datetime.date(2022, 10, 24)
        assert store.counts()["quotations"] > 0
        stored = {(i.article, i.id): i for i in store.quotations()}
        for record in store.records():
            for quotation in record.quotations:
                item = stored[(record.article.id, quotation.id)]
                assert (item.text, item.span) == (quotation.text, quotation.span)
                assert record.text[item.span.start : item.span.end].startswith(quotation.words[0])
    assert main(["ingest", *articles, "--db", str(db), "--jobs", "1"]) == 0
    assert "0 added" in capsys.readouterr().out


# -- batches and the in-memory entity index ---------------------------------------

_PLAIN_TABLES = ("articles", "entities", "entity_names", "entity_merges", "quotations", "claims", "hops", "mentions", "findings")


def table_rows(path: Path) -> dict[str, list[str]]:
    """Every row of every plain table (the full-text shadow tables aside), as sorted reprs."""
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(repr(r) for r in conn.execute(f"SELECT * FROM {t}")) for t in _PLAIN_TABLES}
    finally:
        conn.close()


def variant(record: Record) -> Record:
    """Another record of the same article: its first quotation only."""
    return Record.create(record.article, entities=record.entities, quotations=record.quotations[:1], claims=record.claims)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    picks=st.lists(st.integers(0, 11), max_size=20),
    batch=st.integers(1, 6),
    extra=st.lists(testing.records(max_size=120), max_size=3),
)
def test_add_many_equals_adding_one_by_one(tmp_path: Path, picks: list[int], batch: int, extra: list[Record]) -> None:
    """add_many gives the same results and the same rows as add, whatever the batches, repeats and replacements."""
    base = synthetic(6, seed=3)
    pool = [*base, *(variant(r) for r in base)]
    records = [pool[i] for i in picks] + extra
    folder = tmp_path / f"case-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    with Store.open(folder / "one.db") as one:
        expected = [one.add(r) for r in records]
    with Store.open(folder / "many.db") as many:
        assert many.add_many(iter(records), batch=batch) == expected
    assert table_rows(folder / "many.db") == table_rows(folder / "one.db")


def test_add_many_keeps_findings_of_prepared_records(tmp_path: Path) -> None:
    """Findings travel with a PreparedRecord through add_many, as they do with add."""
    record = seed_record()
    finding = StoredFinding(code="PV999", severity="info", message="note", path="$.article")
    with Store.open(tmp_path / "s.db") as store:
        assert store.add_many([PreparedRecord.of(record, [finding])]) == [AddResult.ADDED]
        assert store.findings() == [(record.article.id, finding)]
        assert store.add(record, findings=[finding]) is AddResult.UNCHANGED


def test_prepared_document_is_the_canonical_dump() -> None:
    """The stored document is exactly serialise.dumps of the record, with its digest."""
    for record in [seed_record(), *synthetic(3)]:
        prepared = PreparedRecord.of(record)
        assert prepared.document == serialise.dumps(record)
        assert serialise.loads(prepared.document) == record
        assert prepared.document_sha256 == hashlib.sha256(prepared.document.encode("utf-8")).hexdigest()


def test_a_failing_batch_leaves_nothing_of_itself(tmp_path: Path) -> None:
    """A batch that fails part-way is rolled back whole; earlier batches stay; the store goes on working."""
    records = synthetic(7, seed=5)
    broken = attrs.evolve(
        PreparedRecord.of(records[5]),
        quotations=tuple((*q[:7], "ent-missing") for q in PreparedRecord.of(records[5]).quotations),
    )
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        with pytest.raises(StoreError, match="ent-missing"):
            store.add_many([*records[:5], broken], batch=3)
        assert [r.article.id for r in store.records()] == [r.article.id for r in records[:3]]
        assert store.add_many(records, batch=3) == [AddResult.UNCHANGED] * 3 + [AddResult.ADDED] * 4
    with Store.open(tmp_path / "clean.db") as clean:
        clean.add_many(records)
    assert table_rows(path)["entities"] == table_rows(tmp_path / "clean.db")["entities"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_add_many_stores_what_was_read_before_the_input_failed(tmp_path: Path) -> None:
    """When the records' source raises, the records it gave before are stored."""
    records = synthetic(4, seed=9)

    def source() -> Iterator[Record]:
        yield from records[:3]
        raise StoreError("the source broke")

    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(StoreError, match="the source broke"):
            store.add_many(source(), batch=10)
        assert [r.article.id for r in store.records()] == [r.article.id for r in records[:3]]


@pytest.mark.parametrize("batch", [0, -1, True, 2.5])
def test_add_many_needs_a_positive_batch(tmp_path: Path, batch: object) -> None:
    """A batch size that is not a positive integer is a StoreError."""
    with Store.open(tmp_path / "s.db") as store, pytest.raises(StoreError, match="batch"):
        store.add_many([seed_record()], batch=batch)  # type: ignore[arg-type]


def test_merging_follows_writes_of_another_connection(tmp_path: Path) -> None:
    """A store's entity index notices entities another connection added meanwhile."""
    first = build("“We stay,” Ivan Fedorov said.", [Q("We stay,", "Ivan Fedorov")])
    second = build("“We go,” Ivan Fedorov said.", [Q("We go,", "Ivan Fedorov")])
    path = tmp_path / "s.db"
    with Store.open(path) as mine, Store.open(path) as theirs:
        mine.add(seed_record())  # loads this connection's index
        theirs.add(first)
        mine.add(second)
        assert mine.counts()["entities"] == theirs.counts()["entities"]
        assert {m.rule for m in mine.merges(second.article.id)} == {"name"}


def sql_choose(conn: sqlite3.Connection, entity: PreparedEntity) -> tuple[int | None, str, str | None]:
    """The merge rules as queries on the tables: the reference the in-memory index must agree with."""
    compatible = (
        "(e.kind = ? OR e.kind = 'unknown' OR ? = 'unknown') AND (e.external_id IS NULL OR ? IS NULL OR e.external_id = ?)"
    )
    args = (entity.kind, entity.kind, entity.external_id, entity.external_id)

    def by_full_name(key: str) -> list[int]:
        sql = f"SELECT e.id FROM entities e WHERE e.name_key = ? AND {compatible} ORDER BY e.id"
        return [r[0] for r in conn.execute(sql, (key, *args))]

    if entity.external_id is not None:
        row = conn.execute("SELECT id FROM entities WHERE external_id = ?", (entity.external_id,)).fetchone()
        if row is not None:
            return row[0], "external_id", entity.external_id
    if entity.name_key:
        full = by_full_name(entity.name_key)
        if full:
            return full[0], "name", entity.name_key
        sql = (
            "SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity "
            f"WHERE n.key = ? AND {compatible} ORDER BY e.id"
        )
        named = [r[0] for r in conn.execute(sql, (entity.name_key, *args))]
        if len(named) == 1:
            return named[0], "alias", entity.name_key
    for alias in entity.alias_keys:
        full = by_full_name(alias)
        if len(full) == 1:
            return full[0], "alias", alias
    return None, "new", None


_PEOPLE = ("Ivan Fedorov", "Mr. Fedorov", "Fedorov", "Maria Shevchenko", "Shevchenko", "Kyiv Weekly", "The Kyiv Weekly")


@st.composite
def corpus_entities(draw: st.DrawFn) -> Entity:
    """Entities whose names, aliases, kinds and external ids collide often."""
    name = draw(st.sampled_from(_PEOPLE))
    aliases = draw(st.lists(st.sampled_from(_PEOPLE), max_size=2, unique=True).map(tuple))
    kind = draw(st.sampled_from([EntityKind.PERSON, EntityKind.OUTLET, EntityKind.UNKNOWN]))
    external_id = draw(st.sampled_from([None, None, "Q1", "Q2"]))
    return Entity.create(name, kind, aliases=tuple(a for a in aliases if a != name), external_id=external_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(groups=st.lists(st.lists(corpus_entities(), min_size=1, max_size=3), min_size=1, max_size=6))
def test_entity_index_decides_as_the_tables_would(tmp_path: Path, groups: list[list[Entity]]) -> None:
    """Before every write, the kept index, a freshly loaded one and the SQL rules choose alike."""
    path = tmp_path / f"case-{len(list(tmp_path.iterdir()))}.db"
    with Store.open(path) as store:
        for n, entities in enumerate(groups):
            unique = list({e.id: e for e in entities}.values())
            record = Record.create(Article.create(f"Article {n}."), entities=unique)
            prepared = PreparedRecord.of(record)
            conn = sqlite3.connect(path)
            fresh = EntityIndex.load(conn)
            kept = store._index if store._index is not None else fresh
            for entity in prepared.entities[:1]:  # the first one meets the database as it stands
                assert kept.choose(entity) == fresh.choose(entity) == sql_choose(conn, entity)
            conn.close()
            store.add(prepared)


def test_optimize_keeps_every_answer(tmp_path: Path) -> None:
    """Merging the full-text indexes changes no search or trace result and keeps them sound."""
    records = [*corpus(), *synthetic(30, seed=4)]
    with Store.open(tmp_path / "s.db") as store:
        for record in records:  # one commit an article: many index segments
            store.add(record)
        before = (store.search("running panicking"), store.trace(ANTONINA), store.trace("the bridge was reopened"))
        store.optimize()
        after = (store.search("running panicking"), store.trace(ANTONINA), store.trace("the bridge was reopened"))
        assert after == before and len(before[1]) == 3
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("INSERT INTO quotation_fts(quotation_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('integrity-check')")
    conn.close()
