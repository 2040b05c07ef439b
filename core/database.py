"""Opening the database: one connection per thread, set up the same way every time.

Reads use the plain `sqlite3` connection; writes go through sqlite-utils, which is imported
only when the first write (or a pending migration) needs it, so the window and read-only
commands never wait for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

from core.errors import DatabaseError, database_error_from

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_VERSION: Final = 5
BUSY_TIMEOUT_SECONDS: Final = 10.0
DATABASE_FILENAME: Final = "recours.db"


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the settings every Recours connection needs.

    Autocommit at the driver level: a transaction is open only inside `Store.write()`.
    Foreign keys on (SQLite leaves them off per connection), WAL so a command-line write
    can run beside the open window, FULL sync because this is evidence.
    """
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=True,
        )
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as error:
        known = database_error_from(error, path)
        if known is None:
            raise
        raise known from error
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


class Store:
    """The case record of one data folder: the database connection and the evidence files.

    Create one per thread with `Store.open()`; never share it between threads.
    """

    def __init__(self, conn: sqlite3.Connection, data_dir: Path | None) -> None:
        self.conn = conn
        self.data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (creating if needed) a data folder's database and bring its schema up to date."""
        store = cls(connect(data_dir / DATABASE_FILENAME), data_dir)
        store.ensure_schema()
        return store

    @classmethod
    def in_memory(cls) -> Store:
        """A throwaway record with no evidence folder, for tests and previews."""
        store = cls(connect(":memory:"), None)
        store.ensure_schema()
        return store

    @property
    def path(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / DATABASE_FILENAME

    @property
    def evidence_dir(self) -> Path:
        if self.data_dir is None:
            raise DatabaseError("error.no_evidence_folder")
        return self.data_dir / "evidence"

    @cached_property
    def utils(self) -> Database:
        """The sqlite-utils view of the same connection, for writes and migrations."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def ensure_schema(self) -> None:
        try:
            version = schema_version(self.conn)
        except sqlite3.Error as error:
            raise DatabaseError("error.database_damaged", path=self.path) from error
        if version > SCHEMA_VERSION:
            raise DatabaseError("error.database_too_new", path=self.path)
        if version < SCHEMA_VERSION:
            if version > 0 and self.data_dir is not None:
                from core.backups.making import back_up_before_migration

                back_up_before_migration(self)
            from core.migrations import apply_pending

            apply_pending(self.utils)

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction for a change of several rows: all of it is saved, or none.

        Takes the write lock at once (BEGIN IMMEDIATE), so a second process waits for its
        turn instead of failing half-way. Nested calls become savepoints.
        """
        db = self.utils
        if self.conn.in_transaction:
            with db.atomic():
                yield db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            with db.atomic():
                yield db
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            known = database_error_from(error, self.path)
            if known is None:
                raise
            raise known from error
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
