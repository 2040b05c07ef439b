"""The days of a case that deadlines count from, read off the record and the letters sent.

The law counts from events ("the written complaint", "receipt of the goods", "the final
response"); the record holds interactions, letters and money. This module is the one place
that says which recorded thing stands for which event (docs/deadlines.md lists them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from core.case_record import CaseRecord
from core.letters.facts import first_written_complaint
from core.letters.kinds import LetterKind
from core.letters.register import Letter
from core.model import Channel, Direction, MoneyKind, PartyRole
from core.money import LOYALTY_POINTS
from core.rules import Anchor

_WRITTEN_CHANNELS: Final = frozenset({Channel.LETTER, Channel.EMAIL, Channel.WEB})
_REFERRAL_ROLES: Final = frozenset({PartyRole.MEDIATOR, PartyRole.REGULATOR})


@dataclass(frozen=True, slots=True)
class CaseDays:
    """The days of one case that deadlines count from; None when the record has none."""

    written_complaint: dt.date | None
    replies: tuple[dt.date, ...]
    payment: dt.date | None
    charge: dt.date | None
    delivery: dt.date | None
    referral: dt.date | None
    awaiting_delivery: bool = False

    def first_reply_since(self, day: dt.date) -> dt.date | None:
        return min((reply for reply in self.replies if reply >= day), default=None)

    def day(self, anchor: Anchor) -> dt.date | None:
        if anchor is Anchor.REPLY:
            if self.written_complaint is None:
                return None
            return self.first_reply_since(self.written_complaint)
        days: dict[Anchor, dt.date | None] = {
            Anchor.WRITTEN_COMPLAINT: self.written_complaint,
            Anchor.PAYMENT: self.payment,
            Anchor.CHARGE: self.charge,
            Anchor.DELIVERY: self.delivery,
            Anchor.REFERRAL: self.referral,
        }
        return days[anchor]

    def first_of(self, anchors: Sequence[Anchor]) -> dt.date | None:
        """The day of the first anchor the record holds, in the rule's order of preference.

        Goods on their way (a carrier involved, nothing delivered yet) have no delivery day
        yet: a rule that counts from the delivery waits for it rather than falling back.
        """
        for anchor in anchors:
            if anchor is Anchor.DELIVERY and self.awaiting_delivery:
                return None
            day = self.day(anchor)
            if day is not None:
                return day
        return None


def _earliest(days: Iterable[dt.date | None]) -> dt.date | None:
    return min((day for day in days if day is not None), default=None)


def case_days(record: CaseRecord, letters: Sequence[Letter]) -> CaseDays:
    """What the record says about each anchor.

    The written complaint is the first letter, email or web message sent (or the first
    letter of the register); a reply, any letter, email or web message received, or a reply
    noted in the register; the delivery, an interaction on the delivery channel or a visit
    to a party acting as carrier (collecting a parcel at the depot); the referral, a
    mediator referral letter or anything sent to a party acting as mediator or regulator.
    """
    roles: dict[int, set[PartyRole]] = {}
    for involved in record.parties:
        roles.setdefault(involved.party.id, set()).add(involved.role)

    def plays(party_id: int | None, wanted: frozenset[PartyRole]) -> bool:
        return party_id is not None and bool(roles.get(party_id, set()) & wanted)

    interactions = record.interactions
    replies = {
        item.occurred.day
        for item in interactions
        if item.direction is Direction.INBOUND and item.channel in _WRITTEN_CHANNELS
    }
    replies |= {letter.reply_received_on for letter in letters if letter.reply_received_on}
    deliveries = [
        item.occurred.day
        for item in interactions
        if item.channel is Channel.DELIVERY
        or (item.channel is Channel.VISIT and plays(item.party_id, frozenset({PartyRole.CARRIER})))
    ]
    referrals = [
        item.occurred.day
        for item in interactions
        if item.direction is Direction.OUTBOUND and plays(item.party_id, _REFERRAL_ROLES)
    ]
    referrals += [
        letter.letter_date for letter in letters if letter.kind is LetterKind.MEDIATOR_REFERRAL
    ]
    lines = record.money_lines
    return CaseDays(
        written_complaint=_earliest(
            [first_written_complaint(record), *(letter.letter_date for letter in letters)]
        ),
        replies=tuple(sorted(replies)),
        payment=_earliest(line.occurred_on for line in lines if line.kind is MoneyKind.PAID),
        charge=_earliest(
            line.occurred_on
            for line in lines
            if line.kind is MoneyKind.BILLED and line.amount.currency != LOYALTY_POINTS
        ),
        delivery=_earliest(deliveries),
        referral=_earliest(referrals),
        awaiting_delivery=not deliveries
        and any(PartyRole.CARRIER in held for held in roles.values()),
    )
