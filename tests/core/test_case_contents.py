"""Counting what a case holds, before it is deleted."""

from __future__ import annotations

import pytest

from core.case_contents import CaseContents, count_case_contents
from core.database import Store
from core.demo import create_demo_case
from core.errors import NotFoundError
from core.model import Language
from core.promises import add_promise

from ..factories import make_case, make_interaction


def test_the_demo_case_holds_its_story(store: Store) -> None:
    case = create_demo_case(store, lang=Language.EN)
    contents = count_case_contents(store, case_id=case.id)
    assert contents.interactions >= 6
    assert contents.promises == 3
    assert contents.evidence == 2
    assert contents.money_lines > 0
    assert not contents.is_empty()


def test_each_case_counts_only_its_own_rows(store: Store) -> None:
    first = make_case(store, title="First")
    second = make_case(store, title="Second")
    interaction = make_interaction(store, first)
    add_promise(store, case_id=first.id, text="Refund", interaction_id=interaction.id)
    assert count_case_contents(store, case_id=first.id) == CaseContents(1, 1, 0, 0)
    assert count_case_contents(store, case_id=second.id).is_empty()


def test_an_unknown_case_is_reported(store: Store) -> None:
    with pytest.raises(NotFoundError):
        count_case_contents(store, case_id=42)
