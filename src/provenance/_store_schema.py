"""The corpus store's SQLite schema and its ordered migrations.

The schema version lives in ``PRAGMA user_version``.  :data:`MIGRATIONS` is
an ordered list of steps; step ``n`` (1-based) takes a database from version
``n - 1`` to version ``n``.  Opening a database applies the missing steps in
one transaction; a database written by a newer library is refused.  Steps are
append-only: once released, a step is never edited, only followed by another.
"""

from __future__ import annotations

import sqlite3
from typing import Final

import attrs

from provenance.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "migrate"]


@attrs.frozen
class Migration:
    """One schema step: what it does and its SQL statements, run in order."""

    description: str
    statements: tuple[str, ...]


# Version 1: articles with their full record document, entities merged across
# articles (with the reason for each merge), quotations, claims, relay hops,
# entity mentions and a full-text index over quotation and claim text.
_V1: Final = Migration(
    "articles, merged entities, quotations, claims, hops, mentions, full-text indexes",
    (
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,            -- insertion order, kept by export/import
            id TEXT NOT NULL UNIQUE,             -- the record's article id
            sha256 TEXT NOT NULL,                -- of the article text (UTF-8)
            text TEXT NOT NULL,
            title TEXT,
            authors TEXT NOT NULL,               -- JSON array of strings
            outlet TEXT,
            outlet_key TEXT,                     -- normalised outlet name, for relay checks
            published TEXT,                      -- ISO date or NULL
            url TEXT,
            language TEXT,
            section TEXT,
            record TEXT NOT NULL,                -- the whole record as a JSON document
            record_sha256 TEXT NOT NULL          -- of that document, to spot unchanged re-ingests
        )
        """,
        "CREATE INDEX articles_outlet ON articles(outlet_key)",
        "CREATE INDEX articles_published ON articles(published)",
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,              -- the normalised full name
            external_id TEXT UNIQUE
        )
        """,
        "CREATE INDEX entities_name_key ON entities(name_key)",
        # Every normalised name and alias under which a corpus entity is known,
        # with the article that named it so (replacing the article forgets it).
        """
        CREATE TABLE entity_names (
            key TEXT NOT NULL,
            entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, entity, article)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entity_names_article ON entity_names(article)",
        "CREATE INDEX entity_names_entity ON entity_names(entity)",
        # Which article entity joined which corpus entity, and why.
        """
        CREATE TABLE entity_merges (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            article_entity TEXT NOT NULL,
            entity INTEGER NOT NULL REFERENCES entities(id),
            rule TEXT NOT NULL CHECK (rule IN ('new', 'external_id', 'name', 'alias')),
            matched TEXT,                        -- the external id or name key that matched
            PRIMARY KEY (article, article_entity)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entity_merges_entity ON entity_merges(entity)",
        """
        CREATE TABLE quotations (
            rowid INTEGER PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,                  -- the segments' words joined by spaces
            norm TEXT NOT NULL,                  -- folded words, for misattribution look-ups
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            parent TEXT,
            speaker INTEGER REFERENCES entities(id),
            UNIQUE (article, id)
        )
        """,
        "CREATE INDEX quotations_norm ON quotations(norm)",
        "CREATE INDEX quotations_speaker ON quotations(speaker)",
        """
        CREATE TABLE claims (
            rowid INTEGER PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            speaker INTEGER REFERENCES entities(id),
            UNIQUE (article, id)
        )
        """,
        "CREATE INDEX claims_speaker ON claims(speaker)",
        """
        CREATE TABLE hops (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            item TEXT NOT NULL,                  -- a quotation or claim id of that article
            position INTEGER NOT NULL,           -- 0 = closest to the speaker
            entity INTEGER NOT NULL REFERENCES entities(id),
            cue TEXT,
            date TEXT,
            PRIMARY KEY (article, item, position)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX hops_entity ON hops(entity)",
        """
        CREATE TABLE mentions (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            article_entity TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            entity INTEGER NOT NULL REFERENCES entities(id),
            exact TEXT NOT NULL,
            PRIMARY KEY (article, article_entity, span_start, span_end)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX mentions_entity ON mentions(entity)",
        # External-content full-text indexes, kept in step by triggers.
        """
        CREATE VIRTUAL TABLE quotation_fts USING fts5(
            text, content='quotations', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER quotations_ai AFTER INSERT ON quotations BEGIN
            INSERT INTO quotation_fts(rowid, text) VALUES (new.rowid, new.text);
        END
        """,
        """
        CREATE TRIGGER quotations_ad AFTER DELETE ON quotations BEGIN
            INSERT INTO quotation_fts(quotation_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END
        """,
        """
        CREATE TRIGGER quotations_au AFTER UPDATE OF text ON quotations BEGIN
            INSERT INTO quotation_fts(quotation_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO quotation_fts(rowid, text) VALUES (new.rowid, new.text);
        END
        """,
        """
        CREATE VIRTUAL TABLE claim_fts USING fts5(
            text, content='claims', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_fts(rowid, text) VALUES (new.rowid, new.text);
        END
        """,
        """
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END
        """,
        """
        CREATE TRIGGER claims_au AFTER UPDATE OF text ON claims BEGIN
            INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO claim_fts(rowid, text) VALUES (new.rowid, new.text);
        END
        """,
        # Document frequencies per term: trace asks which words are rare.
        "CREATE VIRTUAL TABLE quotation_vocab USING fts5vocab(quotation_fts, 'row')",
        "CREATE VIRTUAL TABLE claim_vocab USING fts5vocab(claim_fts, 'row')",
    ),
)

# Version 2: the findings the checker reported for each article at ingest.
_V2: Final = Migration(
    "findings reported by the checker at ingest",
    (
        """
        CREATE TABLE findings (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            path TEXT NOT NULL,                  -- JSON path in the record document
            PRIMARY KEY (article, position)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX findings_code ON findings(code)",
    ),
)

#: Every schema step, oldest first; step ``n`` produces version ``n``.
MIGRATIONS: Final[tuple[Migration, ...]] = (_V1, _V2)
#: The version this library writes.
SCHEMA_VERSION: Final = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: str, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target`` in one transaction; return the version it had.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the
    explicit transaction here is the only one.  A database newer than this
    library is refused with :class:`~provenance.errors.StoreError`.
    """
    if not 0 <= target <= SCHEMA_VERSION:
        raise StoreError(f"no schema version {target}; this library knows 0..{SCHEMA_VERSION}", path=path)
    # IMMEDIATE takes the write lock first, so two processes opening the same
    # new file cannot both run the migration.
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"the database has schema version {found}, newer than this library's "
                f"{SCHEMA_VERSION}; upgrade provenance to open it",
                path=path,
            )
        for version in range(found + 1, target + 1):
            for statement in MIGRATIONS[version - 1].statements:
                conn.execute(statement)
        if target > found:
            # PRAGMA takes no bound parameters; ``target`` is our own checked int.
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found
