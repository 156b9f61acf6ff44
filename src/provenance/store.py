"""A corpus of records in one SQLite file: ingest, search, trace words across articles.

:meth:`Store.open` creates or opens a database (migrating an older schema,
refusing a newer one).  :meth:`Store.add` writes one record in one
transaction, so an interrupted ingest never leaves half an article, and
re-adding an unchanged record does nothing; :meth:`Store.add_many` does the
same for many records, a batch a transaction, several times faster.  Entities are merged across
articles by external id, name and alias; ``entity_merges`` says which
article entity joined which corpus entity and why.

Across articles: :meth:`Store.trace` finds every appearance of some words
(exact, typographic, elided, edited or fuzzy), earliest first;
:meth:`Store.misattributions` lists words credited to different speakers;
:meth:`Store.check_relay` asks whether the outlet a quotation is credited to
really printed those words, said by that speaker.

>>> import tempfile, pathlib
>>> from provenance.model import Article, Record
>>> folder = tempfile.TemporaryDirectory()
>>> with Store.open(pathlib.Path(folder.name) / "corpus.db") as store:
...     store.add(Record.create(Article.create("Nothing quoted."))).value
...     len(store)
'added'
1
>>> folder.cleanup()
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import importlib
import importlib.util
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import attrs

from provenance import _store_match as match
from provenance import serialise
from provenance._store_entities import EntityIndex
from provenance._store_rows import PreparedRecord, StoredFinding
from provenance._store_schema import SCHEMA_VERSION, migrate
from provenance.anchors import Span
from provenance.errors import FormatError, ProvenanceError, StoreError
from provenance.model import Entity, Quotation, Record
from provenance.text import digest_of

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "Appearance",
    "Merge",
    "Misattribution",
    "PreparedRecord",
    "RelayCheck",
    "RelayStatus",
    "Store",
    "StoredFinding",
    "StoredItem",
    "Trace",
]

#: Articles a transaction in :meth:`Store.add_many`: enough to spread the
#: commit (and the full-text index's flush) over many articles, few enough
#: that an interrupted ingest loses little.
DEFAULT_BATCH: Final = 200
# Ids bound in one ``IN (...)`` list (well under SQLite's limit on parameters).
_IN_CHUNK: Final = 500
# How many near-miss candidates trace verifies beyond those holding every word.
_FUZZY_CANDIDATES: Final = 100
# How many of the query's rarest words find the near-miss candidates.
_FUZZY_WORDS: Final = 6


class AddResult(enum.Enum):
    """What :meth:`Store.add` did with a record."""

    ADDED = "added"
    UNCHANGED = "unchanged"  # the same record was already stored: nothing written
    REPLACED = "replaced"  # the article was stored with a different record


@attrs.frozen(kw_only=True)
class StoredItem:
    """A quotation or claim as the store holds it, with its article's publication data."""

    article: str
    title: str | None
    outlet: str | None
    published: datetime.date | None
    category: str  # "quotation" or "claim"
    id: str
    kind: str | None  # the quotation kind; None for claims
    text: str
    span: Span
    speaker: str | None  # the merged entity's name
    speaker_entity: int | None  # the merged entity's id in this store
    chain: tuple[str, ...]  # relay hops, closest to the speaker first


@attrs.frozen(kw_only=True)
class Appearance:
    """One place the traced words appear, and how closely."""

    item: StoredItem
    verdict: str  # exact, whitespace, typographic, case, elided, edited, fuzzy, altered
    score: float


@attrs.frozen(kw_only=True)
class Trace:
    """Every appearance of some words, by publication date (unknown dates last)."""

    words: str
    appearances: tuple[Appearance, ...]

    @property
    def earliest(self) -> Appearance | None:
        """The first appearance (a dated one when any is dated)."""
        return self.appearances[0] if self.appearances else None

    def __len__(self) -> int:
        return len(self.appearances)

    def __iter__(self) -> Iterator[Appearance]:
        return iter(self.appearances)


@attrs.frozen(kw_only=True)
class Misattribution:
    """The same words credited to different speakers in different articles."""

    words: str  # the normalised words
    speakers: tuple[str, ...]  # distinct speakers, in order of first appearance
    items: tuple[StoredItem, ...]  # every quotation of those words, by date


class RelayStatus(enum.Enum):
    """What the outlet a quotation is credited to actually printed."""

    CONFIRMED = "confirmed"  # the same words, credited to the same speaker
    ALTERED = "altered"  # the same speaker, but the words differ
    MISATTRIBUTED = "misattributed"  # the words, credited to someone else
    NOT_FOUND = "not found"  # the outlet's stored articles do not have the words
    SOURCE_NOT_IN_STORE = "source not in store"  # no article of that outlet is stored


@attrs.frozen(kw_only=True)
class RelayCheck:
    """The result of checking one relay hop against the store."""

    status: RelayStatus
    quotation: str  # the checked quotation's id
    hop: str  # the outlet's name as the checked record gives it
    sources: tuple[str, ...]  # ids of the outlet's stored articles
    match: StoredItem | None  # the source quotation that carries the words, if any
    verdict: str | None  # how closely the source carries them
    detail: str


@attrs.frozen(kw_only=True)
class Merge:
    """Why an article's entity joined a corpus entity."""

    article: str
    article_entity: str
    entity: int
    name: str  # the corpus entity's name
    rule: str  # new, external_id, name or alias
    matched: str | None  # the external id or name key that matched


_ITEM_COLUMNS: Final = """
    a.title, a.outlet, a.published, a.seq, x.article, x.id, x.text, x.span_start, x.span_end,
    x.speaker, e.name
"""
_QUOTATION_SELECT: Final = (
    f"SELECT 'quotation', x.kind, {_ITEM_COLUMNS} FROM quotations x "
    "JOIN articles a ON a.id = x.article LEFT JOIN entities e ON e.id = x.speaker"
)
_CLAIM_SELECT: Final = (
    f"SELECT 'claim', NULL, {_ITEM_COLUMNS} FROM claims x "
    "JOIN articles a ON a.id = x.article LEFT JOIN entities e ON e.id = x.speaker"
)
_ORDER: Final = " ORDER BY a.published IS NULL, a.published, a.seq, x.span_start"
# Full-text look-ups per table (names are constants; only values are bound).
_FTS_ALL: Final = {
    "quotation": "SELECT rowid FROM quotation_fts WHERE quotation_fts MATCH ?",
    "claim": "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?",
}
_FTS_RANKED: Final = {
    "quotation": "SELECT rowid FROM quotation_fts WHERE quotation_fts MATCH ? ORDER BY rank LIMIT ?",
    "claim": "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?",
}
_VOCAB: Final = {
    "quotation": "SELECT term, doc FROM quotation_vocab WHERE term = ?",
    "claim": "SELECT term, doc FROM claim_vocab WHERE term = ?",
}
_TABLES: Final = {"quotation": "quotations", "claim": "claims"}
# The item columns, then the rowid (``_items`` reads the first thirteen).
_BY_ROWIDS: Final = {
    "quotation": (
        f"SELECT 'quotation', x.kind, {_ITEM_COLUMNS}, x.rowid FROM quotations x "
        "JOIN articles a ON a.id = x.article LEFT JOIN entities e ON e.id = x.speaker"
    ),
    "claim": (
        f"SELECT 'claim', NULL, {_ITEM_COLUMNS}, x.rowid FROM claims x "
        "JOIN articles a ON a.id = x.article LEFT JOIN entities e ON e.id = x.speaker"
    ),
}
_RELAY_ORDER: Final = (
    RelayStatus.CONFIRMED,
    RelayStatus.ALTERED,
    RelayStatus.MISATTRIBUTED,
    RelayStatus.NOT_FOUND,
)


class Store:
    """A corpus of records in one SQLite database.  Open it with :meth:`open`."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._conn = connection
        self._path = path
        # The corpus entities for merging, and the data_version it was read at.
        self._index: EntityIndex | None = None
        self._index_version = -1

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
        where = str(path)
        try:
            conn = sqlite3.connect(where, isolation_level=None, timeout=60.0)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", path=where) from None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            # WAL lets readers run during an ingest; NORMAL sync keeps every
            # committed article across a crash of the process.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # Checkpoints are the only writes that wait for the disk: take them
            # every ~40 MB of log rather than every 4 MB.  A bigger page cache
            # keeps the indexes of a large corpus in memory.
            conn.execute("PRAGMA wal_autocheckpoint = 10000")
            conn.execute("PRAGMA cache_size = -65536")
            migrate(conn, where)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot open the database: {exc}", path=where) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, where)

    @property
    def path(self) -> str:
        """Where the database lives."""
        return self._path

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn SQLite errors into :class:`StoreError` naming the action and the path."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action}: {exc}", path=self._path) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE: take the write lock before reading, so the check for an
        # unchanged record and the writes see the same database.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- writing -------------------------------------------------------------

    def add(self, record: Record | PreparedRecord, *, findings: Iterable[Any] = ()) -> AddResult:
        """Store ``record`` (and its checker findings) in one transaction.

        An article already stored with the same record is left alone
        (:attr:`AddResult.UNCHANGED`); with a different record it is replaced.
        ``record`` may be a :class:`PreparedRecord` (which carries its own
        findings).
        """
        prepared = self._prepare(record, findings)
        with self._guard(f"store article {prepared.article_id}"):
            (result,) = self._write((prepared,))
        return result

    def add_many(self, records: Iterable[Record | PreparedRecord], *, batch: int = DEFAULT_BATCH) -> list[AddResult]:
        """Store many records, ``batch`` articles a transaction; what :meth:`add` said of each.

        The result is the same as adding them one by one, only faster: each
        batch is atomic, so an interrupted call keeps the batches it committed
        and nothing of the one it was writing.  When reading ``records``
        raises, the records read before are stored first.  Findings travel in
        :class:`PreparedRecord` items.
        """
        if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
            raise StoreError(f"batch must be a positive number of articles (got {batch!r})", path=self._path)
        results: list[AddResult] = []
        pending: list[PreparedRecord] = []
        iterator = iter(records)
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                break
            except Exception:
                self._write_batch(pending, results)
                raise
            pending.append(self._prepare(record, ()))
            if len(pending) >= batch:
                self._write_batch(pending, results)
                pending = []
        self._write_batch(pending, results)
        return results

    def optimize(self) -> None:
        """Merge the full-text indexes into one segment each and refresh the planner's statistics.

        Worth it after a large ingest: many small commits leave many index
        segments, and every search reads each of them.  It rewrites the
        indexes, so it takes a while on a large corpus.
        """
        with self._guard("optimise the indexes"), self._transaction():
            self._conn.execute("INSERT INTO quotation_fts(quotation_fts) VALUES ('optimize')")
            self._conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")
        with self._guard("optimise the indexes"):
            self._conn.execute("PRAGMA optimize")

    def _prepare(self, record: Record | PreparedRecord, findings: Iterable[Any]) -> PreparedRecord:
        if isinstance(record, PreparedRecord):
            return record
        if not isinstance(record, Record):
            raise StoreError(f"can only store a Record (got {type(record).__name__})", path=self._path)
        return PreparedRecord.of(record, findings)

    def _write_batch(self, batch: Sequence[PreparedRecord], results: list[AddResult]) -> None:
        if not batch:
            return
        first, last = batch[0].article_id, batch[-1].article_id
        action = f"store article {first}" if len(batch) == 1 else f"store {len(batch)} articles ({first} … {last})"
        with self._guard(action):
            results.extend(self._write(batch))

    def _write(self, batch: Sequence[PreparedRecord]) -> list[AddResult]:
        """Write ``batch`` in one transaction: unchanged articles skipped, changed ones replaced."""
        results: list[AddResult] = []
        try:
            with self._transaction():
                index = self._entity_index()
                stored = self._stored_digests([p.article_id for p in batch])
                rows = _Rows()
                for prepared in batch:
                    known = stored.get(prepared.article_id)
                    if known == prepared.document_sha256:
                        results.append(AddResult.UNCHANGED)
                        continue
                    if known is not None:
                        # Earlier articles of this batch (maybe this very one) go in first.
                        rows.flush(self._conn)
                        self._delete_article(prepared.article_id)
                        index = self._index = EntityIndex.load(self._conn)
                    self._stage(prepared, rows, index)
                    stored[prepared.article_id] = prepared.document_sha256
                    results.append(AddResult.ADDED if known is None else AddResult.REPLACED)
                rows.flush(self._conn)
        except BaseException:
            # The rolled-back entities may be in the index: read it again next time.
            self._index = None
            raise
        return results

    def _entity_index(self) -> EntityIndex:
        """The in-memory entity index, reloaded when another connection changed the database."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._index is None or version != self._index_version:
            self._index = EntityIndex.load(self._conn)
            self._index_version = version
        return self._index

    def _stored_digests(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The record digests of those of ``article_ids`` already stored."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(article_ids))
        for i in range(0, len(unique), _IN_CHUNK):
            chunk = unique[i : i + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(
                (str(a), str(d))
                for a, d in self._conn.execute(
                    f"SELECT id, record_sha256 FROM articles WHERE id IN ({marks})", chunk
                )
            )
        return found

    def _delete_article(self, article_id: str) -> None:
        entities = [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT entity FROM entity_merges WHERE article = ?", (article_id,)
            )
        ]
        self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        # Corpus entities only this article knew go with it.
        self._conn.executemany(
            "DELETE FROM entities WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM entity_merges WHERE entity = entities.id)",
            [(e,) for e in entities],
        )

    def _stage(self, prepared: PreparedRecord, rows: _Rows, index: EntityIndex) -> None:
        """Merge the article's entities (creating new ones now) and queue its rows."""
        article_id = prepared.article_id
        corpus: dict[str, int] = {}
        for entity in prepared.entities:
            chosen, rule, matched = index.choose(entity)
            if chosen is None:
                cursor = self._conn.execute(
                    "INSERT INTO entities (kind, name, name_key, external_id) VALUES (?, ?, ?, ?)",
                    (entity.kind, entity.name, entity.name_key, entity.external_id),
                )
                chosen = int(cursor.lastrowid or 0)
                index.add_entity(chosen, entity.kind, entity.name_key, entity.external_id)
            elif entity.external_id is not None and index.external_id(chosen) is None:
                self._conn.execute(
                    "UPDATE entities SET external_id = ? WHERE id = ? AND external_id IS NULL",
                    (entity.external_id, chosen),
                )
                index.set_external_id(chosen, entity.external_id)
            keys = tuple(k for k in (entity.name_key, *entity.alias_keys) if k)
            index.add_names(chosen, keys)
            corpus[entity.id] = chosen
            rows.merges.append((article_id, entity.id, chosen, rule, matched))
            rows.names.extend((k, chosen, article_id) for k in keys)

        def corpus_id(article_entity: str | None) -> int | None:
            if article_entity is None:
                return None
            try:
                return corpus[article_entity]
            except KeyError:
                raise StoreError(
                    f"article {article_id} refers to entity {article_entity!r}, which it does not have",
                    path=self._path,
                ) from None

        rows.articles.append((*prepared.article_row, prepared.document, prepared.document_sha256))
        rows.mentions.extend((article_id, e, s, t, corpus_id(e), x) for e, s, t, x in prepared.mentions)
        rows.quotations.extend(
            (article_id, q, kind, text, norm, s, t, parent, corpus_id(speaker))
            for q, kind, text, norm, s, t, parent, speaker in prepared.quotations
        )
        rows.claims.extend(
            (article_id, c, text, s, t, corpus_id(speaker)) for c, text, s, t, speaker in prepared.claims
        )
        rows.hops.extend(
            (article_id, item, position, corpus_id(entity), cue, date)
            for item, position, entity, cue, date in prepared.hops
        )
        rows.findings.extend(
            (article_id, i, f.code, f.severity, f.message, f.path) for i, f in enumerate(prepared.findings)
        )

    # Kind compatible (the same, or either unknown) and no conflicting external id.
    _COMPATIBLE: Final = (
        "(e.kind = ? OR e.kind = 'unknown' OR ? = 'unknown') "
        "AND (e.external_id IS NULL OR ? IS NULL OR e.external_id = ?)"
    )

    def _entities_named(self, keys: Sequence[str], kind: str, external_id: str | None) -> list[int]:
        """Corpus entities known under any of ``keys`` (name or alias) that may be the same."""
        marks = ", ".join("?" * len(keys))
        rows = self._conn.execute(
            "SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity "
            f"WHERE n.key IN ({marks}) AND {self._COMPATIBLE} ORDER BY e.id",
            (*keys, kind, kind, external_id, external_id),
        ).fetchall()
        return [int(r[0]) for r in rows]

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        with self._guard("count articles"):
            return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def __contains__(self, article_id: object) -> bool:
        with self._guard("look up an article"):
            return (
                isinstance(article_id, str)
                and self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
                is not None
            )

    def counts(self) -> dict[str, int]:
        """How many articles, entities, quotations, claims, hops and findings are stored."""
        tables = ("articles", "entities", "quotations", "claims", "hops", "findings")
        with self._guard("count rows"):
            # Table names come from the constant tuple above, never from input.
            return {t: int(self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    def record(self, article_id: str) -> Record:
        """The stored record of an article."""
        with self._guard(f"read article {article_id}"):
            row = self._conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store", path=self._path)
        return self._load(row[0], article_id)

    def _load(self, document: str, article_id: str) -> Record:
        try:
            return serialise.loads(document)
        except FormatError as exc:
            raise StoreError(f"the stored record of {article_id} is damaged: {exc}", path=self._path) from None

    def records(self) -> Iterator[Record]:
        """Every stored record, in the order they were added."""
        for article_id, document in self._documents():
            yield self._load(document, article_id)

    def _documents(self) -> Iterator[tuple[str, str]]:
        with self._guard("read articles"):
            rows = self._conn.execute("SELECT id, record FROM articles ORDER BY seq").fetchall()
        yield from ((str(a), str(d)) for a, d in rows)

    def findings(self, article_id: str | None = None) -> list[tuple[str, StoredFinding]]:
        """Stored checker findings as ``(article id, finding)`` pairs."""
        sql = (
            "SELECT f.article, f.code, f.severity, f.message, f.path FROM findings f "
            "JOIN articles a ON a.id = f.article"
        )
        params: tuple[str, ...] = ()
        if article_id is not None:
            sql += " WHERE f.article = ?"
            params = (article_id,)
        with self._guard("read findings"):
            rows = self._conn.execute(sql + " ORDER BY a.seq, f.position", params).fetchall()
        return [(r[0], StoredFinding(code=r[1], severity=r[2], message=r[3], path=r[4])) for r in rows]

    def merges(self, article_id: str | None = None) -> list[Merge]:
        """How each article entity was merged into a corpus entity."""
        sql = (
            "SELECT m.article, m.article_entity, m.entity, e.name, m.rule, m.matched FROM entity_merges m "
            "JOIN entities e ON e.id = m.entity JOIN articles a ON a.id = m.article"
        )
        params: tuple[str, ...] = ()
        if article_id is not None:
            sql += " WHERE m.article = ?"
            params = (article_id,)
        with self._guard("read entity merges"):
            rows = self._conn.execute(sql + " ORDER BY a.seq, m.article_entity", params).fetchall()
        return [
            Merge(article=r[0], article_entity=r[1], entity=r[2], name=r[3], rule=r[4], matched=r[5])
            for r in rows
        ]

    def _items(self, rows: Iterable[Sequence[Any]]) -> list[StoredItem]:
        items = []
        for row in rows:
            (category, kind, title, outlet, published, _seq, article, item_id, text, start, end,
             speaker_id, speaker_name) = row[:13]
            chain = tuple(
                r[0]
                for r in self._conn.execute(
                    "SELECT e.name FROM hops h JOIN entities e ON e.id = h.entity "
                    "WHERE h.article = ? AND h.item = ? ORDER BY h.position",
                    (article, item_id),
                )
            )
            items.append(
                StoredItem(
                    article=article,
                    title=title,
                    outlet=outlet,
                    published=datetime.date.fromisoformat(published) if published else None,
                    category=category,
                    id=item_id,
                    kind=kind,
                    text=text,
                    span=Span(start, end),
                    speaker=speaker_name,
                    speaker_entity=speaker_id,
                    chain=chain,
                )
            )
        return items

    def _entity_ids(self, name: str) -> list[int]:
        key = match.name_key(name)
        rows = self._conn.execute(
            "SELECT DISTINCT entity FROM entity_names WHERE key = ? ORDER BY entity", (key,)
        ).fetchall()
        return [int(r[0]) for r in rows]

    def quotations(
        self,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: datetime.date | str | None = None,
    ) -> list[StoredItem]:
        """Stored quotations, by date, optionally filtered.

        ``speaker`` matches the merged entity by any of its names or aliases;
        ``outlet`` the publishing outlet of the article; ``since`` keeps
        articles published on or after that date (undated ones are dropped).
        """
        clauses: list[str] = []
        params: list[Any] = []
        with self._guard("list quotations"):
            if speaker is not None:
                ids = self._entity_ids(speaker)
                if not ids:
                    return []
                clauses.append(f"x.speaker IN ({', '.join('?' * len(ids))})")
                params.extend(ids)
            if outlet is not None:
                clauses.append("a.outlet_key = ?")
                params.append(match.name_key(outlet))
            if since is not None:
                clauses.append("a.published >= ?")
                params.append(_iso_date(since, self._path))
            where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
            rows = self._conn.execute(_QUOTATION_SELECT + where + _ORDER, params).fetchall()
            return self._items(rows)

    def search(self, text: str, *, limit: int | None = None) -> list[StoredItem]:
        """Quotations holding every word of ``text`` (operators in ``text`` are plain words)."""
        query = match.fts_query(_checked_text(text, self._path))
        if not query:
            return []
        with self._guard("search quotations"):
            sql = (
                _QUOTATION_SELECT
                + " WHERE x.rowid IN (SELECT rowid FROM quotation_fts WHERE quotation_fts MATCH ?)"
                + _ORDER
            )
            params: list[Any] = [query]
            if limit is not None:
                sql += " LIMIT ?"
                params.append(int(limit))
            return self._items(self._conn.execute(sql, params).fetchall())

    # -- across articles -----------------------------------------------------

    def trace(self, words: str) -> Trace:
        """Every appearance of ``words`` in stored quotations and claims, earliest first.

        Candidates come from the full-text index: items holding every word
        (editorial insertions aside), and the best-ranked items holding at
        least two of the query's rarest words (a near copy holds most of
        them; demanding two keeps the look-up small in a large corpus); each
        is then compared with the words (through
        :func:`provenance.verify.verify` when installed).
        """
        words = _checked_text(words, self._path)
        query_words = match.tokens(words)
        if not query_words:
            return Trace(words=words, appearances=())
        every = match.fts_query(match.without_insertions(words))
        found: list[tuple[tuple[Any, ...], Appearance]] = []
        with self._guard("trace words"):
            wanted = set(query_words)
            for category in ("quotation", "claim"):
                rowids = {int(r[0]) for r in self._conn.execute(_FTS_ALL[category], (every,))} if every else set()
                near: set[int] = set()
                rare = self._rarest(category, query_words) if len(wanted) >= 3 else []
                if rare:
                    ranked = self._conn.execute(_FTS_RANKED[category], (match.fts_any_two(rare), _FUZZY_CANDIDATES))
                    near = {int(r[0]) for r in ranked} - rowids
                candidates = sorted(rowids | near)
                texts = self._texts(category, candidates)
                verdicts: dict[int, tuple[str, float]] = {}
                for rowid in candidates:
                    text = texts[rowid]
                    # A near miss sharing under half the words cannot reach a
                    # fuzzy verdict: skip the costly comparison.
                    if rowid in near and len(wanted & set(match.tokens(text))) * 2 < len(wanted):
                        continue
                    verdict, score = match.appearance(words, text)
                    if match.rank(verdict) < match.rank("absent"):
                        verdicts[rowid] = (verdict, score)
                rows = self._rows_by_id(category, sorted(verdicts))
                for row, item in zip(rows, self._items(rows), strict=True):
                    verdict, score = verdicts[int(row[-1])]
                    order = (row[4] is None, row[4] or "", row[5], row[9], category)
                    found.append((order, Appearance(item=item, verdict=verdict, score=score)))
        found.sort(key=lambda pair: pair[0])
        return Trace(words=words, appearances=tuple(a for _, a in found))

    def _texts(self, category: str, rowids: Sequence[int]) -> dict[int, str]:
        """The text of each quotation or claim in ``rowids``."""
        texts: dict[int, str] = {}
        for i in range(0, len(rowids), _IN_CHUNK):
            chunk = rowids[i : i + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            # The table name comes from the constant mapping, never from input.
            sql = f"SELECT rowid, text FROM {_TABLES[category]} WHERE rowid IN ({marks})"
            texts.update((int(r), str(t)) for r, t in self._conn.execute(sql, chunk))
        return texts

    def _rows_by_id(self, category: str, rowids: Sequence[int]) -> list[Sequence[Any]]:
        """Item rows (as :meth:`_items` reads them, with the rowid last) for ``rowids``, in that order."""
        rows: list[Sequence[Any]] = []
        for i in range(0, len(rowids), _IN_CHUNK):
            chunk = rowids[i : i + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows.extend(self._conn.execute(_BY_ROWIDS[category] + f" WHERE x.rowid IN ({marks})", chunk))
        return rows

    def _rarest(self, category: str, words: Sequence[str]) -> list[str]:
        """Up to a few of ``words`` that the index holds, rarest first (words it lacks find nothing)."""
        counts = {}
        for word in dict.fromkeys(words):
            row = self._conn.execute(_VOCAB[category], (word,)).fetchone()
            if row is not None and int(row[1]) > 0:
                counts[word] = int(row[1])
        return sorted(counts, key=lambda w: (counts[w], w))[:_FUZZY_WORDS]

    def misattributions(self, *, min_words: int = 3) -> list[Misattribution]:
        """Words (normalised) quoted with different speakers in different articles.

        Speakers are compared as merged entities; quotations shorter than
        ``min_words`` words are left out (short phrases recur by chance).
        """
        result: list[Misattribution] = []
        with self._guard("look for misattributions"):
            norms = [
                r[0]
                for r in self._conn.execute(
                    "SELECT norm FROM quotations WHERE speaker IS NOT NULL AND norm != '' "
                    "GROUP BY norm HAVING COUNT(DISTINCT speaker) > 1 AND COUNT(DISTINCT article) > 1"
                )
            ]
            for norm in norms:
                if len(norm.split()) < min_words:
                    continue
                rows = self._conn.execute(
                    _QUOTATION_SELECT + " WHERE x.norm = ? AND x.speaker IS NOT NULL" + _ORDER, (norm,)
                ).fetchall()
                items = self._items(rows)
                if not any(
                    a.article != b.article and a.speaker_entity != b.speaker_entity
                    for a in items
                    for b in items
                ):
                    continue
                speakers = tuple(dict.fromkeys(i.speaker for i in items if i.speaker is not None))
                result.append(Misattribution(words=norm, speakers=speakers, items=tuple(items)))
        result.sort(key=lambda m: (m.items[0].published is None, m.items[0].published or datetime.date.min, m.words))
        return result

    def check_relay(self, quotation: Quotation, record: Record, *, hop: int | None = None) -> RelayCheck:
        """Did the outlet ``quotation`` is credited to print those words, said by that speaker?

        ``hop`` picks a hop of the quotation's chain by position; by default
        the first one that is not the article's own outlet.  Every stored
        article of that outlet (other than ``record``'s own) is examined and
        the best outcome is reported.
        """
        try:
            mine = record.quotation(quotation.id)
        except ProvenanceError:
            raise StoreError(f"quotation {quotation.id} is not in the given record", path=self._path) from None
        if record.speaker(mine) is None:
            raise StoreError(
                f"quotation {mine.id} has no speaker, so there is no attribution to check", path=self._path
            )
        chain = mine.attribution.chain if mine.attribution is not None else ()
        position = self._relay_hop(record, chain, hop)
        outlet = record.entity(chain[position].entity)
        with self._guard("check a relay"):
            keys = self._outlet_keys(outlet)
            marks = ", ".join("?" * len(keys))
            sources = [
                (str(r[0]), r[1])
                for r in self._conn.execute(
                    f"SELECT id, published FROM articles WHERE outlet_key IN ({marks}) AND id != ? ORDER BY seq",
                    (*keys, record.article.id),
                )
            ]
        ids = tuple(s[0] for s in sources)
        if not sources:
            return RelayCheck(
                status=RelayStatus.SOURCE_NOT_IN_STORE,
                quotation=mine.id,
                hop=outlet.name,
                sources=(),
                match=None,
                verdict=None,
                detail=f"no article of {outlet.name} is in the store",
            )
        outcomes = [self._relay_in(mine, record, source, outlet) for source, _ in sources]
        outcomes.sort(key=lambda o: _RELAY_ORDER.index(o[0]))
        status, item, verdict, detail = outcomes[0]
        return RelayCheck(
            status=status, quotation=mine.id, hop=outlet.name, sources=ids, match=item, verdict=verdict, detail=detail
        )

    def _relay_hop(self, record: Record, chain: tuple[Any, ...], hop: int | None) -> int:
        if hop is not None:
            if not 0 <= hop < len(chain):
                raise StoreError(f"the quotation has no relay hop {hop} (it has {len(chain)})", path=self._path)
            return hop
        own = match.name_key(record.article.outlet) if record.article.outlet else None
        for i, step in enumerate(chain):
            names = {match.name_key(n) for n in record.entity(step.entity).names()}
            if own is None or own not in names:
                return i
        raise StoreError("the quotation has no relay hop other than the article's own outlet", path=self._path)

    def _outlet_keys(self, outlet: Entity) -> list[str]:
        """Every name key the outlet is known by, here and in the corpus."""
        keys = {k for k in (match.name_key(n) for n in outlet.names()) if k}
        ids = self._entities_named(sorted(keys), outlet.kind.value, outlet.external_id) if keys else []
        if ids:
            marks = ", ".join("?" * len(ids))
            keys.update(r[0] for r in self._conn.execute(f"SELECT key FROM entity_names WHERE entity IN ({marks})", ids))
        return sorted(keys)

    def _relay_in(
        self, quotation: Quotation, record: Record, source_id: str, outlet: Entity
    ) -> tuple[RelayStatus, StoredItem | None, str | None, str]:
        source = self.record(source_id)
        verify_attribution = _attribution_verifier()
        if verify_attribution is not None:
            return self._relay_verified(verify_attribution, quotation, record, source, outlet)
        words = quotation.text
        speaker = record.speaker(quotation)
        said = speaker.name if speaker is not None else "no one"
        best: tuple[str, float] = ("absent", 0.0)
        best_quote: Quotation | None = None
        for candidate in source.quotations:
            found = match.appearance(words, candidate.text)
            if match.rank(found[0]) >= match.rank("absent"):
                continue
            if best_quote is None or (match.rank(found[0]), -found[1]) < (match.rank(best[0]), -best[1]):
                best, best_quote = found, candidate
        verdict = best[0]
        if best_quote is not None:
            item = self._stored_quotation(source_id, best_quote.id)
            theirs = source.speaker(best_quote)
            if not self._same_speaker(speaker, record, theirs, source):
                credited = theirs.name if theirs is not None else "no one"
                return (
                    RelayStatus.MISATTRIBUTED,
                    item,
                    verdict,
                    f"{outlet.name} ({source_id}) credits the words to {credited}, not {said}",
                )
            if match.rank(verdict) >= match.rank("edited"):
                return RelayStatus.ALTERED, item, verdict, f"{outlet.name} ({source_id}) printed different words ({verdict})"
            return RelayStatus.CONFIRMED, item, verdict, f"{outlet.name} ({source_id}) printed the words ({verdict}), said by {said}"
        verdict, _ = match.compare(words, source.text)
        if match.rank(verdict) >= match.rank("absent"):
            return RelayStatus.NOT_FOUND, None, None, f"{outlet.name} ({source_id}) does not have the words"
        # The words are the outlet's own prose: the outlet is their speaker.
        if not self._same_speaker(speaker, record, outlet, record):
            return (
                RelayStatus.MISATTRIBUTED,
                None,
                verdict,
                f"{outlet.name} ({source_id}) printed the words as its own, not as {said}'s",
            )
        if match.rank(verdict) >= match.rank("edited"):
            return RelayStatus.ALTERED, None, verdict, f"{outlet.name} ({source_id}) printed different words ({verdict})"
        return RelayStatus.CONFIRMED, None, verdict, f"{outlet.name} ({source_id}) printed the words ({verdict})"

    def _relay_verified(
        self, verify_attribution: Any, quotation: Quotation, record: Record, source: Record, outlet: Entity
    ) -> tuple[RelayStatus, StoredItem | None, str | None, str]:
        """The relay outcome from :func:`provenance.verify.verify_attribution`.

        Speakers the verifier tells apart by name but the store has merged
        (one external id, say) count as the same speaker.
        """
        source_id = source.article.id
        try:
            result = verify_attribution(quotation, record, source)
        except ProvenanceError as exc:
            raise StoreError(f"cannot check the relay through {outlet.name}: {exc}", path=self._path) from None
        status = _ATTRIBUTION_STATUS.get(str(result.status.value), RelayStatus.NOT_FOUND)
        verdict = str(result.verification.verdict.value)
        item = self._stored_quotation(source_id, result.source_quotations[0]) if result.source_quotations else None
        if status is RelayStatus.MISATTRIBUTED:
            speaker = record.speaker(quotation)
            with self._guard("compare speakers"):
                if any(self._same_speaker(speaker, record, other, source) for other in result.source_speakers):
                    return RelayStatus.CONFIRMED, item, verdict, f"{outlet.name} ({source_id}): the same speaker in this store"
        return status, item, verdict, f"{outlet.name} ({source_id}): {result.explanation}"

    def _stored_quotation(self, article_id: str, quotation_id: str) -> StoredItem | None:
        rows = self._conn.execute(
            _QUOTATION_SELECT + " WHERE x.article = ? AND x.id = ?", (article_id, quotation_id)
        ).fetchall()
        items = self._items(rows)
        return items[0] if items else None

    def _same_speaker(self, ours: Entity | None, our_record: Record, theirs: Entity | None, their_record: Record) -> bool:
        """Whether two entities of two records are the same speaker, as the store would merge them."""
        if ours is None or theirs is None:
            return False
        if ours.external_id is not None and ours.external_id == theirs.external_id:
            return True
        our_keys = {k for k in (match.name_key(n) for n in ours.names()) if k}
        their_keys = {k for k in (match.name_key(n) for n in theirs.names()) if k}
        if our_keys & their_keys:
            return True
        with self._guard("compare speakers"):
            return bool(set(self._corpus_ids(ours, our_record)) & set(self._corpus_ids(theirs, their_record)))

    def _corpus_ids(self, entity: Entity, record: Record) -> list[int]:
        row = self._conn.execute(
            "SELECT entity FROM entity_merges WHERE article = ? AND article_entity = ?",
            (record.article.id, entity.id),
        ).fetchone()
        if row is not None:
            return [int(row[0])]
        keys = sorted({k for k in (match.name_key(n) for n in entity.names()) if k})
        return self._entities_named(keys, entity.kind.value, entity.external_id) if keys else []

    # -- JSONL ---------------------------------------------------------------

    def export_jsonl(self, path: str | Path) -> int:
        """Write every stored record to ``path``, one JSON document a line; return how many."""
        count = 0
        try:
            with Path(path).open("w", encoding="utf-8", newline="\n") as out:
                for _, document in self._documents():
                    out.write(document)
                    out.write("\n")
                    count += 1
        except OSError as exc:
            raise StoreError(f"cannot write {str(path)!r}: {exc.strerror or exc}", path=self._path) from None
        return count

    def import_jsonl(self, path: str | Path) -> list[AddResult]:
        """Add every record of a JSONL file (as written by :meth:`export_jsonl`)."""
        try:
            with Path(path).open(encoding="utf-8-sig") as lines:
                # In batches; a bad line still leaves every record before it stored.
                results = self.add_many(serialise.iter_jsonl(lines))
        except OSError as exc:
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot read {str(path)!r}: {exc.strerror or exc}", path=self._path) from None
        except UnicodeDecodeError as exc:
            raise FormatError(f"{str(path)!r} is not UTF-8 (bad byte at offset {exc.start})") from None
        except FormatError as exc:
            raise FormatError(f"{str(path)!r}: {exc.message}", path=exc.path) from None
        return results


class _Rows:
    """Rows queued for one transaction, written table by table (parents first)."""

    def __init__(self) -> None:
        self.articles: list[tuple[Any, ...]] = []
        self.merges: list[tuple[Any, ...]] = []
        self.names: list[tuple[Any, ...]] = []
        self.mentions: list[tuple[Any, ...]] = []
        self.quotations: list[tuple[Any, ...]] = []
        self.claims: list[tuple[Any, ...]] = []
        self.hops: list[tuple[Any, ...]] = []
        self.findings: list[tuple[Any, ...]] = []

    def flush(self, conn: sqlite3.Connection) -> None:
        """Insert every queued row and empty the queues."""
        for sql, rows in (
            (_INSERT_ARTICLE, self.articles),
            (_INSERT_MERGE, self.merges),
            (_INSERT_NAME, self.names),
            (_INSERT_MENTION, self.mentions),
            (_INSERT_QUOTATION, self.quotations),
            (_INSERT_CLAIM, self.claims),
            (_INSERT_HOP, self.hops),
            (_INSERT_FINDING, self.findings),
        ):
            if rows:
                conn.executemany(sql, rows)
                rows.clear()


_INSERT_ARTICLE: Final = (
    "INSERT INTO articles (id, sha256, text, title, authors, outlet, outlet_key, published, "
    "url, language, section, record, record_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MERGE: Final = (
    "INSERT INTO entity_merges (article, article_entity, entity, rule, matched) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_NAME: Final = "INSERT OR IGNORE INTO entity_names (key, entity, article) VALUES (?, ?, ?)"
_INSERT_MENTION: Final = (
    "INSERT OR IGNORE INTO mentions (article, article_entity, span_start, span_end, entity, exact) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_QUOTATION: Final = (
    "INSERT INTO quotations (article, id, kind, text, norm, span_start, span_end, parent, speaker) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIM: Final = (
    "INSERT INTO claims (article, id, text, span_start, span_end, speaker) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_HOP: Final = "INSERT INTO hops (article, item, position, entity, cue, date) VALUES (?, ?, ?, ?, ?, ?)"
_INSERT_FINDING: Final = (
    "INSERT INTO findings (article, position, code, severity, message, path) VALUES (?, ?, ?, ?, ?, ?)"
)

_ATTRIBUTION_STATUS: Final = {
    "confirmed": RelayStatus.CONFIRMED,
    "misattributed": RelayStatus.MISATTRIBUTED,
    "altered": RelayStatus.ALTERED,
    "not_found": RelayStatus.NOT_FOUND,
}


def _attribution_verifier() -> Any:
    """:func:`provenance.verify.verify_attribution` when that module is installed."""
    if importlib.util.find_spec("provenance.verify") is None:
        return None
    return getattr(importlib.import_module("provenance.verify"), "verify_attribution", None)


def _checked_text(text: object, path: str) -> str:
    if not isinstance(text, str):
        raise StoreError(f"search text must be a string (got {type(text).__name__})", path=path)
    digest_of(text)  # a lone surrogate cannot be searched for: TextError names it
    return text


def _iso_date(value: datetime.date | str, path: str) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise StoreError(f"'since' must be a date such as 2022-09-16 (got {value!r})", path=path) from None

