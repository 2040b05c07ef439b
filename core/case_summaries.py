"""The list of cases as a person scanning their disputes needs to see it."""

from __future__ import annotations

import datetime as dt

from core.clock import today as current_day
from core.database import Store
from core.model import CaseStatus, CaseSummary, Moment
from core.money import amount_in_dispute
from core.money_lines import money_lines_by_case
from core.rows import date_or_none, fetch_all


def list_case_summaries(store: Store, *, today: dt.date | None = None) -> list[CaseSummary]:
    """The list of cases with what a person scanning their disputes needs to see."""
    day = (today or current_day()).isoformat()
    rows = fetch_all(
        store.conn,
        """
        SELECT c.id, c.title, c.status, c.updated_at, c.sender_name, p.name AS counterparty,
            (SELECT count(*) FROM promises WHERE case_id = c.id) AS promises_total,
            (SELECT count(*) FROM promises
                WHERE case_id = c.id AND status = 'broken') AS promises_broken,
            (SELECT count(*) FROM promises
                WHERE case_id = c.id AND status = 'pending' AND due_on < :day) AS promises_overdue,
            (SELECT max(occurred_at) FROM interactions WHERE case_id = c.id) AS last_interaction,
            (SELECT min(due_on) FROM promises
                WHERE case_id = c.id AND status = 'pending' AND due_on IS NOT NULL) AS next_due,
            (SELECT count(*) FROM letters
                WHERE case_id = c.id AND reply_received_on IS NULL AND reply_due_on < :day)
                AS replies_overdue,
            (SELECT min(reply_due_on) FROM letters
                WHERE case_id = c.id AND reply_received_on IS NULL AND reply_due_on IS NOT NULL)
                AS next_reply_due
        FROM cases c JOIN parties p ON p.id = c.counterparty_id
        ORDER BY c.id
        """,
        {"day": day},
    )
    lines = money_lines_by_case(store)
    return [
        CaseSummary(
            id=row["id"],
            title=row["title"],
            status=CaseStatus(row["status"]),
            counterparty=row["counterparty"],
            promises_total=row["promises_total"],
            promises_broken=row["promises_broken"],
            promises_overdue=row["promises_overdue"],
            in_dispute=tuple(amount_in_dispute(lines.get(row["id"], []))),
            last_interaction=(
                Moment.parse(row["last_interaction"]) if row["last_interaction"] else None
            ),
            next_due=date_or_none(row["next_due"]),
            replies_overdue=row["replies_overdue"],
            next_reply_due=date_or_none(row["next_reply_due"]),
            updated_at=row["updated_at"],
            signed_by=row["sender_name"],
        )
        for row in rows
    ]
