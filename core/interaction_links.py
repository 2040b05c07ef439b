"""What hangs off one interaction: the promises made in it, those it settled, the evidence
filed with it.

The timeline shows these for the selected interaction; each read uses an index, so moving
through a case of 10,000 calls with the arrow keys never reads the whole case.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.database import Store
from core.evidence import get_evidence
from core.interactions import get_interaction
from core.model import Evidence, Promise
from core.promises import get_promise


@dataclass(frozen=True, slots=True)
class InteractionLinks:
    """The records that name one interaction."""

    made: tuple[Promise, ...]
    """Promises made in it, in the order they were recorded."""
    settled: tuple[Promise, ...]
    """Promises it showed kept, broken, partly kept or withdrawn."""
    evidence: tuple[Evidence, ...]
    """Files attached to it."""

    def is_empty(self) -> bool:
        return not (self.made or self.settled or self.evidence)


def _ids(store: Store, sql: str, interaction_id: int) -> list[int]:
    return [row[0] for row in store.conn.execute(sql, [interaction_id])]


def interaction_links(store: Store, interaction_id: int) -> InteractionLinks:
    """The promises and evidence that refer to an interaction (which must exist)."""
    get_interaction(store, interaction_id)
    made = _ids(
        store, "SELECT id FROM promises WHERE interaction_id = ? ORDER BY id", interaction_id
    )
    settled = _ids(
        store,
        "SELECT id FROM promises WHERE settled_by_interaction_id = ? ORDER BY id",
        interaction_id,
    )
    evidence = _ids(
        store, "SELECT id FROM evidence WHERE interaction_id = ? ORDER BY id", interaction_id
    )
    return InteractionLinks(
        made=tuple(get_promise(store, promise_id) for promise_id in made),
        settled=tuple(get_promise(store, promise_id) for promise_id in settled),
        evidence=tuple(get_evidence(store, evidence_id) for evidence_id in evidence),
    )
