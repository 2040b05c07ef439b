"""The ledger as people read it: the interaction a promise was made in, and its story."""

from __future__ import annotations

from core.database import Store
from core.demo import create_demo_case
from core.model import Language, PromiseStatus
from core.promise_ledger import ledger_interactions, promise_story
from core.promises import add_promise, settle_promise
from tests.factories import day, make_case, make_interaction


def test_only_the_interactions_promises_were_made_in_are_read(store: Store) -> None:
    case = make_case(store)
    quiet = make_interaction(store, case, summary="Nothing promised")
    call = make_interaction(store, case, when="2026-10-02T09:00", summary="Refund promised")
    add_promise(store, case_id=case.id, text="Refund in a week", interaction_id=call.id)
    add_promise(store, case_id=case.id, text="From the contract")

    found = ledger_interactions(store, case.id)

    assert list(found) == [call.id]
    assert found[call.id].summary == "Refund promised"
    assert quiet.id not in found


def test_the_story_dates_each_step_by_when_it_happened(store: Store) -> None:
    case = make_case(store)
    call = make_interaction(store, case, when="2026-10-01T10:30", summary="Refund promised")
    visit = make_interaction(store, case, when="2026-10-09T16:00", summary="Shop visit")
    promise = add_promise(store, case_id=case.id, text="Refund in a week", interaction_id=call.id)
    settle_promise(
        store,
        promise_id=promise.id,
        status=PromiseStatus.BROKEN,
        by_interaction_id=visit.id,
        note="No refund yet",
    )
    settle_promise(
        store, promise_id=promise.id, status=PromiseStatus.PARTLY_KEPT, on=day("2026-10-20")
    )

    story = promise_story(store, promise.id)

    assert story.made_in is not None and story.made_in.id == call.id
    assert [(step.status, step.day) for step in story.steps] == [
        (PromiseStatus.PENDING, day("2026-10-01")),
        (PromiseStatus.BROKEN, day("2026-10-09")),
        (PromiseStatus.PARTLY_KEPT, day("2026-10-20")),
    ]
    assert [step.is_making for step in story.steps] == [True, False, False]
    assert story.steps[1].note == "No refund yet"
    assert story.steps[1].interaction is not None and story.steps[1].interaction.id == visit.id


def test_the_demo_promise_story_names_its_maker_and_its_evidence(store: Store) -> None:
    create_demo_case(store, lang=Language.EN, today=day("2026-11-26"))

    story = promise_story(store, 1)

    assert story.maker is not None and "Orange" in story.maker.name
    assert story.steps[-1].status is PromiseStatus.BROKEN
    assert story.steps[-1].day == day("2026-11-16")
    assert story.steps[-1].evidence is not None
    assert story.steps[-1].evidence.original_name.endswith(".pdf")
