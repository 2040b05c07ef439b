"""Links between the rows of one case.

A promise, a piece of evidence or a money line may point to an interaction, evidence or
promise of its own case only: a letter built from a case must never cite another dispute's
call or invoice. The foreign keys of the schema say only that the row exists; this says
whose it is.
"""

from __future__ import annotations

from typing import Final

from core.database import Store
from core.errors import InvalidInputError

_LINKED_TABLES: Final = (
    ("interactions", "error.interaction_not_found", "error.other_case_interaction"),
    ("evidence", "error.evidence_not_found", "error.other_case_evidence"),
    ("promises", "error.promise_not_found", "error.other_case_promise"),
)


def require_links_in_case(
    store: Store,
    case_id: int,
    *,
    interaction_id: int | None = None,
    evidence_id: int | None = None,
    promise_id: int | None = None,
) -> None:
    """Refuse a link to a row that does not exist or that belongs to another case, saying
    which (InvalidInputError: the link given is what is wrong). None means no link."""
    links = (interaction_id, evidence_id, promise_id)
    for (table, missing, elsewhere), linked in zip(_LINKED_TABLES, links, strict=True):
        if linked is None:
            continue
        row = store.conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", [linked]).fetchone()
        if row is None:
            raise InvalidInputError(missing, id=linked)
        if row[0] != case_id:
            raise InvalidInputError(elsewhere, id=linked)
