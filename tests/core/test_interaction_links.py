"""What hangs off one interaction: promises made in it, promises it settled, files attached."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.database import Store
from core.errors import NotFoundError
from core.evidence import attach_evidence
from core.interaction_links import interaction_links
from core.model import PromiseStatus
from core.promises import add_promise, settle_promise
from tests.factories import make_case, make_interaction


def test_an_interaction_lists_what_was_promised_settled_and_filed_in_it(
    store: Store, tmp_path: Path
) -> None:
    case = make_case(store)
    first_call = make_interaction(store, case, when="2026-10-01T10:30")
    second_call = make_interaction(store, case, when="2026-10-08T09:00", summary="Relance")
    refund = add_promise(store, case_id=case.id, text="Refund", interaction_id=first_call.id)
    callback = add_promise(store, case_id=case.id, text="Call back", interaction_id=first_call.id)
    settle_promise(
        store, promise_id=refund.id, status=PromiseStatus.BROKEN, by_interaction_id=second_call.id
    )
    letter = tmp_path / "letter.txt"
    letter.write_text("Madame, Monsieur", encoding="utf-8")
    attach_evidence(store, case_id=case.id, source=letter, interaction_id=second_call.id)

    first = interaction_links(store, first_call.id)
    second = interaction_links(store, second_call.id)

    assert [p.text for p in first.made] == ["Refund", "Call back"]
    assert first.settled == () and first.evidence == ()
    assert second.made == ()
    assert [(p.id, p.status) for p in second.settled] == [(refund.id, PromiseStatus.BROKEN)]
    assert [e.original_name for e in second.evidence] == ["letter.txt"]
    assert not first.is_empty() and callback.id in {p.id for p in first.made}
    assert interaction_links(store, make_interaction(store, case).id).is_empty()


def test_a_missing_interaction_is_reported_not_read_as_empty(store: Store) -> None:
    with pytest.raises(NotFoundError):
        interaction_links(store, 404)
