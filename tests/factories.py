"""Small builders for tests: a case with an interaction and a promise, in one line."""

from __future__ import annotations

import datetime as dt

from core.cases import create_case
from core.database import Store
from core.interactions import add_interaction
from core.model import Case, Channel, Direction, Interaction, Moment


def make_case(
    store: Store, *, title: str = "Colis jamais livré", counterparty: str = "Orange"
) -> Case:
    return create_case(store, title=title, counterparty=counterparty)


def make_interaction(
    store: Store,
    case: Case,
    *,
    when: str = "2026-10-01T10:30",
    summary: str = "Appel au service client",
    channel: Channel = Channel.PHONE,
    direction: Direction = Direction.OUTBOUND,
) -> Interaction:
    return add_interaction(
        store,
        case_id=case.id,
        occurred=Moment.parse(when),
        channel=channel,
        direction=direction,
        summary=summary,
    )


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
