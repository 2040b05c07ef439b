"""The record of a dispute as plain values: what the database holds, without the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from core.errors import InvalidInputError

ChoiceT = TypeVar("ChoiceT", bound=StrEnum)


class CaseStatus(StrEnum):
    OPEN = "open"
    AWAITING_REPLY = "awaiting_reply"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Jurisdiction(StrEnum):
    FR = "FR"
    UK = "UK"
    US = "US"
    EU = "EU"


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class Sector(StrEnum):
    TELECOM = "telecom"
    ENERGY = "energy"
    BANK = "bank"
    INSURANCE = "insurance"
    RETAIL = "retail"
    TRANSPORT = "transport"
    OTHER = "other"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    CHAT = "chat"
    SMS = "sms"
    DELIVERY = "delivery"
    WEB = "web"
    OTHER = "other"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    IN_PERSON = "in_person"


class PartyKind(StrEnum):
    COMPANY = "company"
    DEPARTMENT = "department"
    PERSON = "person"
    MEDIATOR = "mediator"
    REGULATOR = "regulator"
    COURT = "court"
    OTHER = "other"


class PartyRole(StrEnum):
    COUNTERPARTY = "counterparty"
    SELLER = "seller"
    SALES = "sales"
    CARRIER = "carrier"
    CUSTOMER_SERVICE = "customer_service"
    COMPLAINTS = "complaints"
    AGENT = "agent"
    MEDIATOR = "mediator"
    REGULATOR = "regulator"
    OTHER = "other"


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"
    PARTLY_KEPT = "partly_kept"
    WITHDRAWN = "withdrawn"


class EvidenceKind(StrEnum):
    INVOICE = "invoice"
    RECEIPT = "receipt"
    PHOTO = "photo"
    EMAIL = "email"
    LETTER = "letter"
    CONTRACT = "contract"
    SCREENSHOT = "screenshot"
    OTHER = "other"


class MoneyKind(StrEnum):
    PROMISED = "promised"
    BILLED = "billed"
    PAID = "paid"
    REFUNDED = "refunded"
    CLAIMED = "claimed"


def parse_choice(enum: type[ChoiceT], value: str, *, field_name: str) -> ChoiceT:
    """Accept an enum value as typed by a person: any case, hyphens for underscores."""
    if isinstance(value, enum):
        return value
    normalised = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    for member in enum:
        if member.value.lower() == normalised:
            return member
    raise InvalidInputError(
        "error.bad_choice",
        field=field_name,
        value=value,
        choices=", ".join(member.value.replace("_", "-") for member in enum),
    )


@dataclass(frozen=True, slots=True, order=True)
class Moment:
    """When something happened: a day, and the time of day when it is known."""

    day: dt.date
    time: dt.time | None = None

    @classmethod
    def parse(cls, text: str) -> Moment:
        """Read "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (a space works in place of the T)."""
        cleaned = text.strip().replace(" ", "T", 1)
        try:
            if "T" in cleaned:
                stamp = dt.datetime.fromisoformat(cleaned)
                return cls(stamp.date(), dt.time(stamp.hour, stamp.minute))
            return cls(dt.date.fromisoformat(cleaned))
        except ValueError:
            raise InvalidInputError("error.bad_date", value=text) from None

    @classmethod
    def of(cls, stamp: dt.datetime) -> Moment:
        return cls(stamp.date(), dt.time(stamp.hour, stamp.minute))

    def iso(self) -> str:
        if self.time is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.time.hour:02d}:{self.time.minute:02d}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in the smallest unit of its currency (cents for EUR), never a float."""

    minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class Sender:
    """Who a case's letters are sent from: the user, or the client an advocate acts for."""

    name: str = ""
    postal_address: str = ""
    email: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.postal_address, self.email, self.phone))


@dataclass(frozen=True, slots=True)
class Party:
    id: int
    name: str
    kind: PartyKind
    organisation_id: int | None = None
    postal_address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CaseParty:
    """A party from the directory and the role it plays in one case."""

    party: Party
    role: PartyRole


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference the company knows the case by: customer number, order, invoice, ticket."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    title: str
    counterparty_id: int
    status: CaseStatus
    jurisdiction: Jurisdiction
    language: Language
    sector: Sector
    desired_outcome: str
    notes: str
    sender: Sender
    created_at: str
    updated_at: str
    closed_at: str | None = None


@dataclass(frozen=True, slots=True)
class Interaction:
    id: int
    case_id: int
    occurred: Moment
    channel: Channel
    direction: Direction
    summary: str
    party_id: int | None = None
    person: str = ""
    details: str = ""
    reference: str = ""
    duration_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Promise:
    id: int
    case_id: int
    text: str
    status: PromiseStatus
    interaction_id: int | None = None
    party_id: int | None = None
    person: str = ""
    made_on: dt.date | None = None
    due_on: dt.date | None = None
    settled_on: dt.date | None = None
    settled_by_interaction_id: int | None = None
    settled_by_evidence_id: int | None = None
    settlement_note: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.status is PromiseStatus.PENDING
            and self.due_on is not None
            and (self.due_on < today)
        )


@dataclass(frozen=True, slots=True)
class PromiseEvent:
    """One step in the life of a promise: made, then kept, broken, or changed."""

    id: int
    promise_id: int
    recorded_at: str
    status: PromiseStatus
    note: str = ""
    interaction_id: int | None = None
    evidence_id: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    id: int
    case_id: int
    sha256: str
    original_name: str
    media_type: str
    size: int
    added_at: str
    kind: EvidenceKind
    interaction_id: int | None = None
    description: str = ""
    document_date: dt.date | None = None
    amount: Money | None = None
    extracted_text: str = ""


@dataclass(frozen=True, slots=True)
class MoneyLine:
    id: int
    case_id: int
    kind: MoneyKind
    amount: Money
    label: str = ""
    occurred_on: dt.date | None = None
    interaction_id: int | None = None
    evidence_id: int | None = None
    promise_id: int | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the list of cases: what a person scanning their disputes needs to see.

    `next_due` is the next pending promise's due date; `next_reply_due` the next reply a
    letter of the register awaits; `replies_overdue` counts letters whose reply is late.
    `signed_by` is the name the case's letters are signed with: the user, or the person an
    advocate acts for.
    """

    id: int
    title: str
    status: CaseStatus
    counterparty: str
    promises_total: int
    promises_broken: int
    promises_overdue: int
    in_dispute: tuple[Money, ...] = field(default_factory=tuple)
    last_interaction: Moment | None = None
    next_due: dt.date | None = None
    replies_overdue: int = 0
    next_reply_due: dt.date | None = None
    updated_at: str = ""
    signed_by: str = ""
