"""The money lines of a case: what was promised, billed, paid, refunded and claimed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from core.case_links import require_links_in_case
from core.cases import get_case, touch_case
from core.clock import utc_timestamp
from core.database import Store
from core.model import Money, MoneyKind, MoneyLine
from core.money import normalise_currency
from core.rows import date_or_none, fetch_all, fetch_one, insert_row, iso_or_none

_COLUMNS = (
    "id, case_id, kind, label, amount_minor, currency, occurred_on, interaction_id, evidence_id, "
    "promise_id"
)


def money_line_from_row(row: sqlite3.Row) -> MoneyLine:
    return MoneyLine(
        id=row["id"],
        case_id=row["case_id"],
        kind=MoneyKind(row["kind"]),
        amount=Money(row["amount_minor"], row["currency"]),
        label=row["label"],
        occurred_on=date_or_none(row["occurred_on"]),
        interaction_id=row["interaction_id"],
        evidence_id=row["evidence_id"],
        promise_id=row["promise_id"],
    )


def _fields(line: MoneyLine) -> dict[str, object]:
    return {
        "kind": line.kind.value,
        "label": line.label.strip(),
        "amount_minor": line.amount.minor,
        "currency": normalise_currency(line.amount.currency),
        "occurred_on": iso_or_none(line.occurred_on),
        "interaction_id": line.interaction_id,
        "evidence_id": line.evidence_id,
        "promise_id": line.promise_id,
    }


def get_money_line(store: Store, line_id: int) -> MoneyLine:
    row = fetch_one(
        store.conn,
        f"SELECT {_COLUMNS} FROM money_lines WHERE id = ?",
        [line_id],
        missing="error.money_line_not_found",
        ident=line_id,
    )
    return money_line_from_row(row)


def list_money_lines(store: Store, case_id: int) -> list[MoneyLine]:
    rows = fetch_all(
        store.conn,
        f"SELECT {_COLUMNS} FROM money_lines WHERE case_id = ? "
        "ORDER BY coalesce(occurred_on, ''), id",
        [case_id],
    )
    return [money_line_from_row(row) for row in rows]


def money_lines_by_case(store: Store) -> dict[int, list[MoneyLine]]:
    grouped: dict[int, list[MoneyLine]] = defaultdict(list)
    for row in fetch_all(store.conn, f"SELECT {_COLUMNS} FROM money_lines ORDER BY id"):
        line = money_line_from_row(row)
        grouped[line.case_id].append(line)
    return dict(grouped)


def add_money_line(
    store: Store,
    *,
    case_id: int,
    kind: MoneyKind,
    amount: Money,
    label: str = "",
    occurred_on: dt.date | None = None,
    interaction_id: int | None = None,
    evidence_id: int | None = None,
    promise_id: int | None = None,
) -> MoneyLine:
    get_case(store, case_id)
    draft = MoneyLine(
        id=0,
        case_id=case_id,
        kind=kind,
        amount=amount,
        label=label,
        occurred_on=occurred_on,
        interaction_id=interaction_id,
        evidence_id=evidence_id,
        promise_id=promise_id,
    )
    require_links_in_case(
        store,
        case_id,
        interaction_id=interaction_id,
        evidence_id=evidence_id,
        promise_id=promise_id,
    )
    record = _fields(draft) | {"case_id": case_id, "created_at": utc_timestamp()}
    with store.write() as db:
        line_id = insert_row(db, "money_lines", record)
        touch_case(store, case_id)
    return get_money_line(store, line_id)


def save_money_line(store: Store, line: MoneyLine) -> MoneyLine:
    current = get_money_line(store, line.id)
    require_links_in_case(
        store,
        current.case_id,
        interaction_id=line.interaction_id,
        evidence_id=line.evidence_id,
        promise_id=line.promise_id,
    )
    with store.write() as db:
        db.table("money_lines").update(line.id, _fields(line))
        touch_case(store, current.case_id)
    return get_money_line(store, line.id)


def delete_money_line(store: Store, line_id: int) -> MoneyLine:
    """Remove a line and return it, so an undo can put it back."""
    line = get_money_line(store, line_id)
    with store.write() as db:
        db.execute("DELETE FROM money_lines WHERE id = ?", [line_id])
        touch_case(store, line.case_id)
    return line
