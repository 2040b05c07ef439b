"""A record with several disputes in different states, for the dashboard and shell tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.cases import create_case, set_case_status
from core.clock import today
from core.database import Store
from core.interactions import add_interaction
from core.model import CaseStatus, Channel, Direction, Moment
from core.promises import add_promise

OVERDUE_DAYS = 5
DUE_IN_DAYS = 10


def fill_several_cases(data_dir: Path) -> dict[str, int]:
    """Four cases; their ids by a short name.

    - boiler (Électricité de France, open): a promise overdue by five days, another later;
    - fibre (Free, awaiting reply): a promise due in ten days;
    - parcel (Chronopost, closed): nothing pending;
    - refund (Darty, escalated): a promise due today.
    """
    now = today()
    with Store.open(data_dir) as store:
        boiler = create_case(
            store, title="Chaudière jamais réparée", counterparty="Électricité de France"
        )
        fibre = create_case(store, title="Fibre never connected", counterparty="Free")
        parcel = create_case(store, title="Parcel left in the rain", counterparty="Chronopost")
        refund = create_case(store, title="Refund for a broken fridge", counterparty="Darty")
        call = add_interaction(
            store,
            case_id=boiler.id,
            occurred=Moment.of(dt.datetime.combine(now - dt.timedelta(days=20), dt.time(9, 30))),
            channel=Channel.PHONE,
            direction=Direction.OUTBOUND,
            summary="Technician visit promised",
        )
        add_promise(
            store,
            case_id=boiler.id,
            text="A technician comes",
            interaction_id=call.id,
            due_on=now - dt.timedelta(days=OVERDUE_DAYS),
        )
        add_promise(
            store,
            case_id=boiler.id,
            text="A written quote",
            interaction_id=call.id,
            due_on=now + dt.timedelta(days=30),
        )
        add_promise(
            store,
            case_id=fibre.id,
            text="Line activated",
            due_on=now + dt.timedelta(days=DUE_IN_DAYS),
        )
        add_promise(store, case_id=refund.id, text="Refund sent", due_on=now)
        set_case_status(store, fibre.id, CaseStatus.AWAITING_REPLY)
        set_case_status(store, parcel.id, CaseStatus.CLOSED)
        set_case_status(store, refund.id, CaseStatus.ESCALATED)
    return {"boiler": boiler.id, "fibre": fibre.id, "parcel": parcel.id, "refund": refund.id}
