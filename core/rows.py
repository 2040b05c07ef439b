"""Reading rows as mappings, and the small conversions between SQLite text and Python values."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar

from core.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

Params = Sequence[Any] | Mapping[str, Any]
ValueT = TypeVar("ValueT", int, str)

LISTED_VALUES_PER_QUERY: Final = 500
"""SQLite caps the parameters of one statement (32,766 in most builds, 999 in older ones): a
list of ids or fingerprints longer than this is sent a slice at a time."""


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


def in_batches(values: Iterable[ValueT]) -> Iterator[list[ValueT]]:
    """The distinct values, sorted, in slices small enough for one `IN (...)` each."""
    ordered = sorted(set(values))
    for start in range(0, len(ordered), LISTED_VALUES_PER_QUERY):
        yield ordered[start : start + LISTED_VALUES_PER_QUERY]


def insert_row(db: Database, table: str, record: Mapping[str, Any]) -> int:
    """Insert one row through sqlite-utils and return its id."""
    row_id = db.table(table).insert(dict(record)).last_pk
    if row_id is None:
        raise RuntimeError(f"no id came back from inserting into {table}")
    return int(row_id)
