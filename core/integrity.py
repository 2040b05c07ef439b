"""Checking that the record is whole: the database file, its links, and every evidence file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from core.database import Store
from core.evidence import EvidenceProblem, verify_evidence
from core.evidence_store import CancelCheck


class DatabaseProblemKind(StrEnum):
    INTEGRITY = "integrity"
    FOREIGN_KEY = "foreign_key"


@dataclass(frozen=True, slots=True)
class DatabaseProblem:
    kind: DatabaseProblemKind
    detail: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    database: list[DatabaseProblem]
    evidence: list[EvidenceProblem]

    @property
    def ok(self) -> bool:
        return not self.database and not self.evidence


def check_database(conn: sqlite3.Connection, *, quick: bool = False) -> list[DatabaseProblem]:
    """SQLite's own integrity check (or the quicker one) and the foreign-key check."""
    pragma = "quick_check" if quick else "integrity_check"
    problems = [
        DatabaseProblem(DatabaseProblemKind.INTEGRITY, row[0])
        for row in conn.execute(f"PRAGMA {pragma}")
        if row[0] != "ok"
    ]
    problems += [
        DatabaseProblem(
            DatabaseProblemKind.FOREIGN_KEY,
            f"{table} row {rowid} refers to a missing {parent} row",
        )
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems


def check_store(store: Store, *, should_cancel: CancelCheck | None = None) -> CheckReport:
    """Everything `main.py check` reports: database integrity, links, evidence fingerprints."""
    return CheckReport(
        database=check_database(store.conn),
        evidence=verify_evidence(store, should_cancel=should_cancel),
    )
