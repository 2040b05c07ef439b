"""Full-text search across every case: titles, interactions, promises, evidence and parties.

The indexes fold case and accents ("reclamation" finds "Réclamation"). What the user types is
never passed to FTS5 as query syntax: each word becomes a quoted prefix term, so quotes,
dashes, stars or parentheses are just text.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from core.database import Store
from core.rows import fetch_all

DEFAULT_LIMIT: Final = 100
_WORD = re.compile(r"\w+", re.UNICODE)
_MARK_START: Final = "\x02"
_MARK_END: Final = "\x03"


class HitKind(StrEnum):
    CASE = "case"
    INTERACTION = "interaction"
    PROMISE = "promise"
    EVIDENCE = "evidence"
    PARTY = "party"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place where the words were found, and the case it belongs to."""

    kind: HitKind
    item_id: int
    case_id: int
    case_title: str
    snippet: str
    rank: float

    def highlighted(self, start: str, end: str) -> str:
        """The snippet with the matched words wrapped in `start`/`end` (e.g. "[", "]")."""
        return self.snippet.replace(_MARK_START, start).replace(_MARK_END, end)

    @property
    def plain_snippet(self) -> str:
        return self.highlighted("", "")


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a person typed: every word must appear, as a word prefix."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


_QUERIES: Final = {
    HitKind.CASE: """
        SELECT c.id AS item_id, c.id AS case_id, c.title AS case_title,
            snippet(cases_fts, -1, :a, :b, '…', 12) AS snippet, cases_fts.rank AS rank
        FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
        WHERE cases_fts MATCH :query
    """,
    HitKind.INTERACTION: """
        SELECT i.id AS item_id, i.case_id, c.title AS case_title,
            snippet(interactions_fts, -1, :a, :b, '…', 12) AS snippet,
            interactions_fts.rank AS rank
        FROM interactions_fts JOIN interactions i ON i.rowid = interactions_fts.rowid
        JOIN cases c ON c.id = i.case_id
        WHERE interactions_fts MATCH :query
    """,
    HitKind.PROMISE: """
        SELECT p.id AS item_id, p.case_id, c.title AS case_title,
            snippet(promises_fts, -1, :a, :b, '…', 12) AS snippet, promises_fts.rank AS rank
        FROM promises_fts JOIN promises p ON p.rowid = promises_fts.rowid
        JOIN cases c ON c.id = p.case_id
        WHERE promises_fts MATCH :query
    """,
    HitKind.EVIDENCE: """
        SELECT e.id AS item_id, e.case_id, c.title AS case_title,
            snippet(evidence_fts, -1, :a, :b, '…', 12) AS snippet, evidence_fts.rank AS rank
        FROM evidence_fts JOIN evidence e ON e.rowid = evidence_fts.rowid
        JOIN cases c ON c.id = e.case_id
        WHERE evidence_fts MATCH :query
    """,
    HitKind.PARTY: """
        SELECT p.id AS item_id, c.id AS case_id, c.title AS case_title,
            snippet(parties_fts, -1, :a, :b, '…', 12) AS snippet, parties_fts.rank AS rank
        FROM parties_fts JOIN parties p ON p.rowid = parties_fts.rowid
        JOIN cases c ON c.counterparty_id = p.id
            OR c.id IN (SELECT case_id FROM case_parties WHERE party_id = p.id)
        WHERE parties_fts MATCH :query
    """,
}


def search(store: Store, text: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Everything that matches `text`, best matches first. Empty or wordless text finds nothing."""
    query = fts_query(text)
    if query is None:
        return []
    hits: list[SearchHit] = []
    params = {"query": query, "a": _MARK_START, "b": _MARK_END}
    for kind, sql in _QUERIES.items():
        hits.extend(
            _hit(kind, row) for row in fetch_all(store.conn, f"{sql} LIMIT {int(limit)}", params)
        )
    hits.sort(key=lambda hit: (hit.rank, hit.case_id, hit.kind, hit.item_id))
    return hits[:limit]


def _hit(kind: HitKind, row: sqlite3.Row) -> SearchHit:
    return SearchHit(
        kind=kind,
        item_id=row["item_id"],
        case_id=row["case_id"],
        case_title=row["case_title"],
        snippet=" ".join(str(row["snippet"] or "").split()),
        rank=float(row["rank"]),
    )
