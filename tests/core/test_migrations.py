"""The schema: each migration once and in order, upgrades keep data, the rules are enforced."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.database import DATABASE_FILENAME, SCHEMA_VERSION, Store, connect
from core.errors import DatabaseError
from core.migrations import MIGRATION_SET, migrations
from core.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Jurisdiction,
    Language,
    MoneyKind,
    PartyKind,
    PartyRole,
    PromiseStatus,
    Sector,
)
from core.search import search


def applied_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id", [MIGRATION_SET]
    )
    return [row[0] for row in rows]


def test_a_new_database_gets_every_migration_once_in_order(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        first = applied_names(store.conn)
    with Store.open(data_dir) as store:
        second = applied_names(store.conn)
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    registered = [migration.name for migration in migrations._migrations]
    assert first == registered
    assert second == registered
    assert first == sorted(first)
    assert version == SCHEMA_VERSION == len(registered)


def test_a_database_from_the_first_schema_upgrades_with_its_data(data_dir: Path) -> None:
    conn = connect(data_dir / DATABASE_FILENAME)
    old = Database(conn, execute_plugins=False)
    migrations.apply(old, stop_before="0002_full_text_search")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.execute(
        "INSERT INTO parties (name, kind, created_at) VALUES ('Opérateur Télécom', 'company', 'x')"
    )
    conn.execute(
        "INSERT INTO cases (title, counterparty_id, created_at, updated_at) "
        "VALUES ('Réclamation facture', 1, 'x', 'x')"
    )
    conn.execute(
        "INSERT INTO interactions (case_id, occurred_at, channel, direction, summary, created_at) "
        "VALUES (1, '2026-01-05', 'phone', 'outbound', 'Appel, promesse de rappel', 'x')"
    )
    conn.close()

    with Store.open(data_dir) as store:
        assert applied_names(store.conn) == [m.name for m in migrations._migrations]
        title = store.conn.execute("SELECT title FROM cases WHERE id = 1").fetchone()[0]
        assert title == "Réclamation facture"
        assert {hit.kind.value for hit in search(store, "reclamation")} == {"case"}
        assert [hit.item_id for hit in search(store, "promesse")] == [1]


def test_cases_kept_before_the_client_search_are_found_by_their_clients_name(
    data_dir: Path,
) -> None:
    conn = connect(data_dir / DATABASE_FILENAME)
    old = Database(conn, execute_plugins=False)
    migrations.apply(old, stop_before="0005_search_by_client")
    conn.execute("INSERT INTO parties (name, kind, created_at) VALUES ('Darty', 'company', 'x')")
    conn.execute(
        "INSERT INTO cases (title, counterparty_id, sender_name, created_at, updated_at) "
        "VALUES ('Frigo en panne', 1, 'Amélie Durand', 'x', 'x')"
    )
    conn.close()

    with Store.open(data_dir) as store:
        assert [hit.case_id for hit in search(store, "amelie durand")] == [1]
        assert [hit.case_id for hit in search(store, "frigo")] == [1]


def test_a_database_from_a_newer_recours_is_refused_untouched(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = (data_dir / DATABASE_FILENAME).read_bytes()
    with pytest.raises(DatabaseError) as raised:
        Store.open(data_dir)
    assert raised.value.message_id == "error.database_too_new"
    assert "newer version" in str(raised.value)
    assert (data_dir / DATABASE_FILENAME).read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported(data_dir: Path) -> None:
    (data_dir / DATABASE_FILENAME).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError) as raised:
        Store.open(data_dir)
    assert raised.value.message_id == "error.database_damaged"


def test_every_connection_enforces_foreign_keys_and_uses_wal(store: Store) -> None:
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.conn.execute(
            "INSERT INTO interactions (case_id, occurred_at, channel, direction, summary, "
            "created_at) VALUES (999, '2026-01-01', 'phone', 'inbound', 'orphan', 'x')"
        )
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    ("table", "column", "enum"),
    [
        ("cases", "status", CaseStatus),
        ("cases", "jurisdiction", Jurisdiction),
        ("cases", "language", Language),
        ("cases", "sector", Sector),
        ("parties", "kind", PartyKind),
        ("interactions", "channel", Channel),
        ("interactions", "direction", Direction),
        ("promises", "status", PromiseStatus),
        ("evidence", "kind", EvidenceKind),
        ("money_lines", "kind", MoneyKind),
    ],
)
def test_the_schema_accepts_every_value_the_code_knows_and_nothing_else(
    store: Store, table: str, column: str, enum: type
) -> None:
    schema = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    for member in enum:
        assert f"'{member.value}'" in schema
    assert "'not-a-value'" not in schema


def test_party_roles_in_the_schema_match_the_code(store: Store) -> None:
    schema = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'case_parties'"
    ).fetchone()[0]
    for role in PartyRole:
        if role is not PartyRole.COUNTERPARTY:
            assert f"'{role.value}'" in schema
