"""How much a case holds, so that deleting it can say what would go with it."""

from __future__ import annotations

from dataclasses import dataclass

from core.cases import get_case
from core.database import Store


@dataclass(frozen=True, slots=True)
class CaseContents:
    """The number of rows of each kind that belong to one case."""

    interactions: int
    promises: int
    evidence: int
    money_lines: int

    def is_empty(self) -> bool:
        return not any((self.interactions, self.promises, self.evidence, self.money_lines))


def count_case_contents(store: Store, *, case_id: int) -> CaseContents:
    """Count a case's interactions, promises, evidence files and money lines in one read,
    without loading them (a case may hold thousands of interactions)."""
    get_case(store, case_id)
    row = store.conn.execute(
        """
        SELECT
            (SELECT count(*) FROM interactions WHERE case_id = :case_id),
            (SELECT count(*) FROM promises WHERE case_id = :case_id),
            (SELECT count(*) FROM evidence WHERE case_id = :case_id),
            (SELECT count(*) FROM money_lines WHERE case_id = :case_id)
        """,
        {"case_id": case_id},
    ).fetchone()
    return CaseContents(interactions=row[0], promises=row[1], evidence=row[2], money_lines=row[3])
