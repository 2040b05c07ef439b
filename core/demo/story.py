"""The demo case: the "free" iPhone 3G of the seed story, recorded as a user would record it.

Everything goes through the same core functions as the app and the command line, so the demo
also shows that the record can hold a real dispute. Dates count back from `today`, so the
deadlines of a fresh demo are live. The wording comes from `resources/demo/<lang>.toml`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Final

from core.cases import create_case, get_case, set_references
from core.clock import today as current_day
from core.database import Store
from core.demo.exhibits import (
    EURO,
    LOYALTY_POINTS_SPENT,
    PHONE_PRICE_CENTS,
    SHIPPING_CENTS,
    attach_demo_files,
)
from core.demo.texts import DemoTexts, demo_texts
from core.interactions import add_interaction
from core.model import (
    Case,
    Channel,
    Direction,
    Evidence,
    Interaction,
    Jurisdiction,
    Language,
    Moment,
    Money,
    MoneyKind,
    Party,
    PartyKind,
    PartyRole,
    Promise,
    PromiseStatus,
    Reference,
    Sector,
    Sender,
)
from core.money import LOYALTY_POINTS
from core.money_lines import add_money_line
from core.parties import add_party, find_party, link_party, save_party
from core.promises import add_promise, settle_promise

DELIVERY_DAYS: Final = 3


@dataclass(frozen=True, slots=True)
class _PartyPart:
    """A party of the story: its key in the wording, what it is, and its role in the case."""

    key: str
    kind: PartyKind
    role: PartyRole
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class _Step:
    """One interaction of the story, dated relative to the day the demo is created."""

    key: str
    days_ago: int
    at: dt.time
    channel: Channel
    direction: Direction
    party: str
    duration_minutes: int | None = None


_PARTIES: Final = (
    _PartyPart("orange", PartyKind.COMPANY, PartyRole.COUNTERPARTY),
    _PartyPart("telesales_agent", PartyKind.PERSON, PartyRole.SALES, "orange"),
    _PartyPart("customer_service", PartyKind.DEPARTMENT, PartyRole.CUSTOMER_SERVICE, "orange"),
    _PartyPart("complaints", PartyKind.DEPARTMENT, PartyRole.COMPLAINTS, "orange"),
    _PartyPart("chronopost", PartyKind.COMPANY, PartyRole.CARRIER),
    _PartyPart("depot", PartyKind.DEPARTMENT, PartyRole.CARRIER, "chronopost"),
)

_TIMELINE: Final = (
    _Step("shop_local", 36, dt.time(11, 0), Channel.VISIT, Direction.IN_PERSON, "orange"),
    _Step("shop_concorde", 33, dt.time(18, 30), Channel.VISIT, Direction.IN_PERSON, "orange"),
    _Step("shop_other", 29, dt.time(13, 15), Channel.VISIT, Direction.IN_PERSON, "orange"),
    _Step(
        "sales_call", 14, dt.time(19, 10), Channel.PHONE, Direction.INBOUND, "telesales_agent", 12
    ),
    _Step("carrier_call", 12, dt.time(10, 20), Channel.PHONE, Direction.INBOUND, "chronopost", 4),
    _Step("depot_visit", 10, dt.time(8, 40), Channel.VISIT, Direction.IN_PERSON, "depot"),
    _Step(
        "customer_service_call",
        4,
        dt.time(12, 30),
        Channel.PHONE,
        Direction.OUTBOUND,
        "customer_service",
        11,
    ),
    _Step("transfer", 4, dt.time(12, 41), Channel.PHONE, Direction.OUTBOUND, "complaints", 9),
)


def create_demo_case(store: Store, *, lang: Language, today: dt.date | None = None) -> Case:
    """Record the whole Orange / Chronopost story as a new case, in `lang`.

    Parties already in the directory (Orange from an earlier demo or a real case) are reused.
    It is one transaction: failing or killed midway, it leaves no half-made case and no new
    directory entry (the exhibit files it stored, if any, go with the next sweep).
    """
    texts = demo_texts(lang)
    day_zero = today or current_day()
    with store.write():
        parties = _directory_entries(store, texts)
        case = create_case(
            store,
            title=texts["case.title"],
            counterparty=parties["orange"].id,
            jurisdiction=Jurisdiction.FR,
            language=lang,
            sector=Sector.TELECOM,
            desired_outcome=texts["case.desired_outcome"],
            notes=texts["case.notes"],
            sender=_sender(texts),
        )
        _record_story(store, case, texts, parties, day_zero)
    return get_case(store, case.id)


def _record_story(
    store: Store, case: Case, texts: DemoTexts, parties: dict[str, Party], day_zero: dt.date
) -> None:
    for part in _PARTIES:
        if part.role is not PartyRole.COUNTERPARTY:
            link_party(store, case_id=case.id, party_id=parties[part.key].id, role=part.role)
    set_references(
        store,
        case.id,
        [
            Reference(texts[f"references.{name}_label"], texts[f"references.{name}_value"])
            for name in ("customer", "order", "invoice")
        ],
    )
    steps = {
        step.key: add_interaction(
            store,
            case_id=case.id,
            occurred=_moment(day_zero, step),
            channel=step.channel,
            direction=step.direction,
            party_id=parties[step.party].id,
            person=texts[f"interactions.{step.key}.person"],
            summary=texts[f"interactions.{step.key}.summary"],
            details=texts[f"interactions.{step.key}.details"],
            duration_minutes=step.duration_minutes,
        )
        for step in _TIMELINE
    }
    invoice = attach_demo_files(
        store,
        case,
        texts,
        parties,
        depot_visit=steps["depot_visit"],
        invoice_date=steps["sales_call"].occurred.day + dt.timedelta(days=1),
    )
    promises = _record_promises(store, case, texts, steps, invoice)
    _record_money(store, case, texts, steps, invoice, free_promise=promises["free"])


def _moment(day_zero: dt.date, step: _Step) -> Moment:
    return Moment(day_zero - dt.timedelta(days=step.days_ago), step.at)


def _sender(texts: DemoTexts) -> Sender:
    return Sender(
        name=texts["sender.name"],
        postal_address=texts["sender.postal_address"],
        email=texts["sender.email"],
        phone=texts["sender.phone"],
    )


def _directory_entries(store: Store, texts: DemoTexts) -> dict[str, Party]:
    """The parties of the story, found in the directory by name, or added to it."""
    entries: dict[str, Party] = {}
    for part in _PARTIES:
        organisation = entries[part.organisation].id if part.organisation else None
        entries[part.key] = _directory_entry(store, texts, part, organisation)
    return entries


def _directory_entry(
    store: Store, texts: DemoTexts, part: _PartyPart, organisation_id: int | None
) -> Party:
    """One party: an existing entry keeps what the user typed, only its blanks are filled in."""
    name = texts[f"parties.{part.key}.name"]
    address = texts.optional(f"parties.{part.key}.postal_address")
    phone = texts.optional(f"parties.{part.key}.phone")
    existing = find_party(store, name)
    if existing is None:
        return add_party(
            store,
            name=name,
            kind=part.kind,
            organisation_id=organisation_id,
            postal_address=address,
            phone=phone,
        )
    completed = replace(
        existing,
        postal_address=existing.postal_address or address,
        phone=existing.phone or phone,
    )
    return existing if completed == existing else save_party(store, completed)


def _record_promises(
    store: Store,
    case: Case,
    texts: DemoTexts,
    steps: dict[str, Interaction],
    invoice: Evidence,
) -> dict[str, Promise]:
    """The three promises, each settled as broken by what showed it."""
    sales_call = steps["sales_call"]
    service_call = steps["customer_service_call"]
    made = {
        "free": add_promise(
            store, case_id=case.id, text=texts["promises.free.text"], interaction_id=sales_call.id
        ),
        "home_delivery": add_promise(
            store,
            case_id=case.id,
            text=texts["promises.home_delivery.text"],
            interaction_id=sales_call.id,
            due_on=sales_call.occurred.day + dt.timedelta(days=DELIVERY_DAYS),
        ),
        "transfer": add_promise(
            store,
            case_id=case.id,
            text=texts["promises.transfer.text"],
            interaction_id=service_call.id,
            due_on=service_call.occurred.day,
        ),
    }
    broken_by = {
        "free": (steps["depot_visit"], invoice.id),
        "home_delivery": (steps["carrier_call"], None),
        "transfer": (steps["transfer"], None),
    }
    for key, promise in made.items():
        interaction, evidence_id = broken_by[key]
        settle_promise(
            store,
            promise_id=promise.id,
            status=PromiseStatus.BROKEN,
            by_interaction_id=interaction.id,
            by_evidence_id=evidence_id,
            note=texts[f"promises.{key}.settled"],
        )
    return made


def _record_money(
    store: Store,
    case: Case,
    texts: DemoTexts,
    steps: dict[str, Interaction],
    invoice: Evidence,
    *,
    free_promise: Promise,
) -> None:
    """Nothing announced, 8,600 points taken, 55 € + 5 € billed: 60 € in dispute."""
    sales_call = steps["sales_call"]
    depot_visit = steps["depot_visit"]
    add_money_line(
        store,
        case_id=case.id,
        kind=MoneyKind.PROMISED,
        amount=Money(0, EURO),
        label=texts["money.announced"],
        occurred_on=sales_call.occurred.day,
        interaction_id=sales_call.id,
        promise_id=free_promise.id,
    )
    add_money_line(
        store,
        case_id=case.id,
        kind=MoneyKind.PAID,
        amount=Money(LOYALTY_POINTS_SPENT, LOYALTY_POINTS),
        label=texts["money.points"],
        occurred_on=sales_call.occurred.day,
        interaction_id=sales_call.id,
    )
    for key, cents in (("phone", PHONE_PRICE_CENTS), ("shipping", SHIPPING_CENTS)):
        add_money_line(
            store,
            case_id=case.id,
            kind=MoneyKind.BILLED,
            amount=Money(cents, EURO),
            label=texts[f"money.{key}"],
            occurred_on=invoice.document_date,
            interaction_id=depot_visit.id,
            evidence_id=invoice.id,
        )
