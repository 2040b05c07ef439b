"""What the record shows, in the terms the legal rules speak of.

`resources/rules/*.toml` say when a ground applies ("an offer made by phone", "charges above
what was promised"); this module reads those facts off the case, so the grounds a letter cites
follow from what the user recorded, not from guesses at their wording.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from core.case_record import CaseRecord
from core.model import Channel, Direction, MoneyKind, PartyRole, PromiseStatus
from core.money import LOYALTY_POINTS, totals_by_kind
from core.rules import Ground, rules_for

if TYPE_CHECKING:
    from core.letters.options import LetterOptions

PHONE_OFFER: Final = "phone_offer"
CHARGES_ABOVE_PROMISE: Final = "charges_above_promise"
CARRIER: Final = "carrier"
DELIVERY: Final = "delivery"
BROKEN_PROMISES: Final = "broken_promises"
MONEY_TO_RECOVER: Final = "money_to_recover"
KNOWN_FACTS: Final = frozenset(
    {PHONE_OFFER, CHARGES_ABOVE_PROMISE, CARRIER, DELIVERY, BROKEN_PROMISES, MONEY_TO_RECOVER}
)
_WRITTEN_CHANNELS: Final = frozenset({Channel.LETTER, Channel.EMAIL, Channel.WEB})


def case_facts(record: CaseRecord) -> set[str]:
    facts: set[str] = set()
    made_in = {promise.interaction_id for promise in record.promises}
    for interaction in record.interactions:
        if (
            interaction.channel is Channel.PHONE
            and interaction.direction is Direction.INBOUND
            and interaction.id in made_in
        ):
            facts.add(PHONE_OFFER)
        if interaction.channel is Channel.DELIVERY:
            facts.add(DELIVERY)
    if any(involved.role is PartyRole.CARRIER for involved in record.parties):
        facts.add(CARRIER)
    if any(
        promise.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT)
        for promise in record.promises
    ):
        facts.add(BROKEN_PROMISES)
    kinds_present = {(line.amount.currency, line.kind) for line in record.money_lines}
    for currency, totals in totals_by_kind(record.money_lines).items():
        if (currency, MoneyKind.PROMISED) in kinds_present and (
            totals[MoneyKind.BILLED] > totals[MoneyKind.PROMISED]
        ):
            facts.add(CHARGES_ABOVE_PROMISE)
        overpaid = totals[MoneyKind.PAID] - totals[MoneyKind.PROMISED] - totals[MoneyKind.REFUNDED]
        if currency != LOYALTY_POINTS and (totals[MoneyKind.CLAIMED] > 0 or overpaid > 0):
            facts.add(MONEY_TO_RECOVER)
    return facts


def applicable_grounds(record: CaseRecord, options: LetterOptions) -> list[Ground]:
    """The legal grounds of the letter's law that the facts of the case call for."""
    facts = case_facts(record)
    return [
        ground
        for ground in rules_for(options.jurisdiction).grounds
        if ground.applies_to(facts, kind=options.kind.value, sector=record.case.sector)
    ]


def first_written_complaint(record: CaseRecord) -> dt.date | None:
    """The day the user first complained in writing (a letter, an email, a web form)."""
    written = [
        interaction.occurred.day
        for interaction in record.interactions
        if interaction.direction is Direction.OUTBOUND and interaction.channel in _WRITTEN_CHANNELS
    ]
    return min(written, default=None)
