"""The corpus entities in memory, for merging article entities without a query each.

:class:`EntityIndex` mirrors what merging reads from the ``entities`` and
``entity_names`` tables: each corpus entity's kind, external id and full-name
key, and every name key it is known by.  The store loads it from the database
when it first writes, updates it with every entity it creates or names, and
reloads it when another connection has changed the database (``PRAGMA
data_version``), when an article is replaced (its names are forgotten) and
after a rolled-back transaction.

The merge rules, in order: the same external id; the same full name (the
oldest compatible entity); the full name known as a name of exactly one
compatible entity; an alias that is exactly one compatible entity's full name.
Compatible: the same kind (or either unknown) and no conflicting external id.
"""

from __future__ import annotations

import sqlite3

from provenance._store_rows import PreparedEntity

__all__ = ["EntityIndex"]


class EntityIndex:
    """Corpus entities by external id and name key.  Load one with :meth:`load`."""

    def __init__(self) -> None:
        self._kind: dict[int, str] = {}
        self._external: dict[int, str | None] = {}
        self._by_external: dict[str, int] = {}
        self._by_full_name: dict[str, list[int]] = {}  # ids ascending
        self._by_name: dict[str, set[int]] = {}

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> EntityIndex:
        """The index of every corpus entity in the database ``conn`` reads."""
        index = cls()
        for entity_id, kind, name_key, external_id in conn.execute(
            "SELECT id, kind, name_key, external_id FROM entities ORDER BY id"
        ):
            index.add_entity(int(entity_id), str(kind), str(name_key), external_id)
        for key, entity_id in conn.execute("SELECT DISTINCT key, entity FROM entity_names"):
            index.add_names(int(entity_id), (str(key),))
        return index

    def __len__(self) -> int:
        return len(self._kind)

    def add_entity(self, entity_id: int, kind: str, name_key: str, external_id: str | None) -> None:
        """Record a corpus entity (ids only grow, so the full-name lists stay ascending)."""
        self._kind[entity_id] = kind
        self._external[entity_id] = external_id
        if external_id is not None:
            self._by_external[external_id] = entity_id
        self._by_full_name.setdefault(name_key, []).append(entity_id)

    def external_id(self, entity_id: int) -> str | None:
        """The external id of a corpus entity, if it has one."""
        return self._external.get(entity_id)

    def set_external_id(self, entity_id: int, external_id: str) -> None:
        """Give an entity that had none an external id (as the store's UPDATE does)."""
        if self._external.get(entity_id) is None:
            self._external[entity_id] = external_id
            self._by_external[external_id] = entity_id

    def add_names(self, entity_id: int, keys: tuple[str, ...]) -> None:
        """Record the name keys an entity is known by."""
        for key in keys:
            self._by_name.setdefault(key, set()).add(entity_id)

    def _compatible(self, entity_id: int, kind: str, external_id: str | None) -> bool:
        theirs = self._kind[entity_id]
        if theirs != kind and theirs != "unknown" and kind != "unknown":
            return False
        known = self._external[entity_id]
        return known is None or external_id is None or known == external_id

    def by_full_name(self, key: str, kind: str, external_id: str | None) -> list[int]:
        """Compatible entities whose full name key is ``key``, oldest first."""
        return [i for i in self._by_full_name.get(key, ()) if self._compatible(i, kind, external_id)]

    def named(self, key: str, kind: str, external_id: str | None) -> list[int]:
        """Compatible entities known by the name key ``key`` (full name or alias), oldest first."""
        return sorted(i for i in self._by_name.get(key, ()) if self._compatible(i, kind, external_id))

    def choose(self, entity: PreparedEntity) -> tuple[int | None, str, str | None]:
        """The corpus entity ``entity`` joins, the rule and the key that matched; None for a new one."""
        kind, external_id, name = entity.kind, entity.external_id, entity.name_key
        if external_id is not None and external_id in self._by_external:
            return self._by_external[external_id], "external_id", external_id
        if name:
            candidates = self.by_full_name(name, kind, external_id)
            if candidates:
                return candidates[0], "name", name
            candidates = self.named(name, kind, external_id)
            if len(candidates) == 1:
                return candidates[0], "alias", name
        for alias in entity.alias_keys:
            candidates = self.by_full_name(alias, kind, external_id)
            if len(candidates) == 1:
                return candidates[0], "alias", alias
        return None, "new", None
