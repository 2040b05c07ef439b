"""The promise ledger as a person reads it: each promise with the interaction it was made in,
and the story of one promise from the day it was made to what came of it.

The promises table holds ids; people read summaries and dates. `ledger_interactions` reads
only the interactions promises were made in, so a case with thousands of calls does not read
them all to show a handful of promises.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.database import Store
from core.evidence import get_evidence
from core.interactions import get_interaction, interaction_from_row
from core.model import Evidence, Interaction, Party, Promise, PromiseEvent, PromiseStatus
from core.parties import get_party
from core.promises import get_promise, promise_history
from core.rows import fetch_all

_INTERACTION_COLUMNS = (
    "i.id, i.case_id, i.occurred_at, i.channel, i.direction, i.party_id, i.person, i.summary, "
    "i.details, i.reference, i.duration_minutes"
)


def ledger_interactions(store: Store, case_id: int) -> dict[int, Interaction]:
    """The interactions the promises of a case were made in, by id."""
    rows = fetch_all(
        store.conn,
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions AS i "
        "WHERE i.id IN (SELECT interaction_id FROM promises WHERE case_id = ?)",
        [case_id],
    )
    return {row["id"]: interaction_from_row(row) for row in rows}


@dataclass(frozen=True, slots=True)
class PromiseStep:
    """One step in the life of a promise: made (the first), then each change of status.

    `day` is when it happened as far as the record tells: the day the promise was made, the
    day it was settled (for its current status), the day of the interaction that showed it,
    or else the day the step was recorded.
    """

    status: PromiseStatus
    day: dt.date
    recorded_at: str
    note: str
    interaction: Interaction | None
    evidence: Evidence | None
    is_making: bool


@dataclass(frozen=True, slots=True)
class PromiseStory:
    promise: Promise
    maker: Party | None
    made_in: Interaction | None
    steps: list[PromiseStep]


def _recorded_day(recorded_at: str) -> dt.date:
    """The user's local day of a UTC timestamp the app wrote."""
    stamp = dt.datetime.fromisoformat(recorded_at)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone().date()


def _step(
    store: Store, promise: Promise, event: PromiseEvent, *, is_making: bool, is_current: bool
) -> PromiseStep:
    interaction = (
        None if event.interaction_id is None else get_interaction(store, event.interaction_id)
    )
    evidence = None if event.evidence_id is None else get_evidence(store, event.evidence_id)
    if is_making and promise.made_on is not None:
        day = promise.made_on
    elif is_current and promise.settled_on is not None:
        day = promise.settled_on
    elif interaction is not None:
        day = interaction.occurred.day
    else:
        day = _recorded_day(event.recorded_at)
    return PromiseStep(
        status=event.status,
        day=day,
        recorded_at=event.recorded_at,
        note=event.note,
        interaction=interaction,
        evidence=evidence,
        is_making=is_making,
    )


def promise_story(store: Store, promise_id: int) -> PromiseStory:
    """A promise, who made it and where, and every step of its history, oldest first."""
    promise = get_promise(store, promise_id)
    events = promise_history(store, promise_id)
    steps = [
        _step(
            store,
            promise,
            event,
            is_making=position == 0 and event.status is PromiseStatus.PENDING,
            is_current=position == len(events) - 1,
        )
        for position, event in enumerate(events)
    ]
    return PromiseStory(
        promise=promise,
        maker=None if promise.party_id is None else get_party(store, promise.party_id),
        made_in=(
            None
            if promise.interaction_id is None
            else get_interaction(store, promise.interaction_id)
        ),
        steps=steps,
    )
