"""Reading rows as mappings, and the small conversions between SQLite text and Python values."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from core.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

Params = Sequence[Any] | Mapping[str, Any]


def fetch_all(conn: sqlite3.Connection, sql: str, params: Params = ()) -> list[sqlite3.Row]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return list(cursor.execute(sql, params))


def fetch_one(
    conn: sqlite3.Connection, sql: str, params: Params, *, missing: str, ident: object
) -> sqlite3.Row:
    """The single row the query names, or a NotFoundError saying which thing is missing."""
    rows = fetch_all(conn, sql, params)
    if not rows:
        raise NotFoundError(missing, id=ident)
    return rows[0]


def date_or_none(value: str | None) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value))


def iso_or_none(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def placeholders(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)


def insert_row(db: Database, table: str, record: Mapping[str, Any]) -> int:
    """Insert one row through sqlite-utils and return its id."""
    row_id = db.table(table).insert(dict(record)).last_pk
    if row_id is None:
        raise RuntimeError(f"no id came back from inserting into {table}")
    return int(row_id)
