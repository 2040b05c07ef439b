"""Undo and redo for any change to the record, recorded by SQLite itself.

Temporary triggers on this connection write, for every row inserted, updated or deleted, the
SQL statement that reverses it (the technique of sqlite.org/undoredo.html). A user action is
the range of statements written while it ran; undoing it runs them backwards, and that run
writes the statements that redo it. Cascaded deletes, links set to NULL, parties created on
the fly and search indexes are all covered without each action knowing its own inverse.

The triggers are TEMP: they exist only on the connection that installed them (the window's),
so command-line writes are not journaled. Evidence files are not rows: an action that drops
evidence keeps its file (`keep_files=True`) so an undo finds it again, and unreferenced files
are collected when the app closes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from core.database import Store
from core.errors import RecoursError

JOURNALED_TABLES: Final = (
    "parties",
    "cases",
    "case_parties",
    "case_references",
    "interactions",
    "evidence",
    "promises",
    "promise_events",
    "money_lines",
    "letters",
)
_LOG_TABLE: Final = "recours_undo_log"


class HistoryConflictError(RecoursError):
    """The rows an undo or redo would restore were changed elsewhere since (the command line)."""

    default_message_id = "error.undo_conflict"


@dataclass(frozen=True, slots=True)
class Step:
    """The statements that reverse one action: log entries `first` to `last`, inclusive."""

    first: int
    last: int

    @property
    def is_empty(self) -> bool:
        return self.last < self.first


class UndoLog:
    """Records reversing statements on one connection; turns them into undo and redo steps."""

    def __init__(self, store: Store) -> None:
        self._conn = store.conn
        self._store = store
        self._install()

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self._conn.execute(f"PRAGMA main.table_info({table})")]

    def _install(self) -> None:
        self._conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_LOG_TABLE} "
            "(seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)"
        )
        for table in JOURNALED_TABLES:
            columns = self._columns(table)
            values = " || ',' || ".join(f"quote(old.{column})" for column in columns)
            assignments = " || ',' || ".join(
                f"'{column}=' || quote(old.{column})" for column in columns
            )
            column_list = ", ".join(columns)
            self._conn.executescript(
                f"""
                CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.{table}
                BEGIN
                    INSERT INTO {_LOG_TABLE} (statement)
                    VALUES ('DELETE FROM main.{table} WHERE rowid=' || new.rowid);
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.{table}
                BEGIN
                    INSERT INTO {_LOG_TABLE} (statement)
                    VALUES ('UPDATE main.{table} SET ' || {assignments}
                        || ' WHERE rowid=' || old.rowid);
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete AFTER DELETE ON main.{table}
                BEGIN
                    INSERT INTO {_LOG_TABLE} (statement)
                    VALUES ('INSERT INTO main.{table} (rowid, {column_list}) VALUES ('
                        || old.rowid || ',' || {values} || ')');
                END;
                """
            )

    def _last_seq(self) -> int:
        return int(
            self._conn.execute(f"SELECT coalesce(max(seq), 0) FROM {_LOG_TABLE}").fetchone()[0]
        )

    @contextmanager
    def recording(self) -> Iterator[list[Step]]:
        """Wrap one user action; afterwards the list holds its `Step` (empty on failure)."""
        recorded: list[Step] = []
        before = self._last_seq()
        yield recorded
        recorded.append(Step(before + 1, self._last_seq()))

    def replay(self, step: Step) -> Step:
        """Run a step's statements, newest first, as one transaction; return the reverse step.

        Foreign keys are checked at commit, not statement by statement, because a cascade is
        logged child by child and its reversal must be allowed to restore them in any order.
        """
        statements = self._conn.execute(
            f"SELECT statement FROM {_LOG_TABLE} WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
            [step.first, step.last],
        ).fetchall()
        before = self._last_seq()
        try:
            with self._store.write():
                self._conn.execute("PRAGMA defer_foreign_keys = ON")
                for (statement,) in statements:
                    self._conn.execute(statement)
                self._conn.execute(
                    f"DELETE FROM {_LOG_TABLE} WHERE seq BETWEEN ? AND ?", [step.first, step.last]
                )
        except sqlite3.IntegrityError as error:
            raise HistoryConflictError("error.undo_conflict") from error
        return Step(before + 1, self._last_seq())

    def retain(self, steps: Iterable[Step]) -> None:
        """Drop every statement outside these steps: the history nobody can reach any more."""
        kept = [step for step in steps if not step.is_empty]
        if not kept:
            self._conn.execute(f"DELETE FROM {_LOG_TABLE}")
            return
        outside = " AND ".join("NOT (seq BETWEEN ? AND ?)" for _ in kept)
        bounds = [bound for step in kept for bound in (step.first, step.last)]
        self._conn.execute(f"DELETE FROM {_LOG_TABLE} WHERE {outside}", bounds)


def journaled_tables_match_schema(conn: sqlite3.Connection) -> bool:
    """Whether every table of the record is journaled (a new table must be added above)."""
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name != '_sqlite_migrations'"
        )
    }
    return tables == set(JOURNALED_TABLES)
