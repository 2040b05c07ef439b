"""The words the interface shows for the record's fixed choices (status, channel, role...).

The database stores stable English identifiers; people read these labels, which go through
Qt's translation system so the French interface can translate them. Each label is a literal
`QCoreApplication.translate` call so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from core.letters.kinds import LetterKind, SendingMode
from core.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Jurisdiction,
    Language,
    MoneyKind,
    PartyRole,
    PromiseStatus,
    Sector,
)


def _case_status(value: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        CaseStatus.AWAITING_REPLY: QCoreApplication.translate("Labels", "Awaiting reply"),
        CaseStatus.ESCALATED: QCoreApplication.translate("Labels", "Escalated"),
        CaseStatus.RESOLVED: QCoreApplication.translate("Labels", "Resolved"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def _channel(value: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "Email"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Letter"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit"),
        Channel.CHAT: QCoreApplication.translate("Labels", "Chat"),
        Channel.SMS: QCoreApplication.translate("Labels", "SMS"),
        Channel.DELIVERY: QCoreApplication.translate("Labels", "Delivery"),
        Channel.WEB: QCoreApplication.translate("Labels", "Website"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def _direction(value: Direction) -> str:
    return {
        Direction.INBOUND: QCoreApplication.translate("Labels", "Incoming"),
        Direction.OUTBOUND: QCoreApplication.translate("Labels", "Outgoing"),
        Direction.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
    }[value]


def _party_role(value: PartyRole) -> str:
    return {
        PartyRole.COUNTERPARTY: QCoreApplication.translate("Labels", "Counterparty"),
        PartyRole.SELLER: QCoreApplication.translate("Labels", "Seller"),
        PartyRole.SALES: QCoreApplication.translate("Labels", "Sales"),
        PartyRole.CARRIER: QCoreApplication.translate("Labels", "Carrier"),
        PartyRole.CUSTOMER_SERVICE: QCoreApplication.translate("Labels", "Customer service"),
        PartyRole.COMPLAINTS: QCoreApplication.translate("Labels", "Complaints department"),
        PartyRole.AGENT: QCoreApplication.translate("Labels", "Agent"),
        PartyRole.MEDIATOR: QCoreApplication.translate("Labels", "Mediator"),
        PartyRole.REGULATOR: QCoreApplication.translate("Labels", "Regulator"),
        PartyRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def _promise_status(value: PromiseStatus) -> str:
    return {
        PromiseStatus.PENDING: QCoreApplication.translate("Labels", "Pending"),
        PromiseStatus.KEPT: QCoreApplication.translate("Labels", "Kept"),
        PromiseStatus.BROKEN: QCoreApplication.translate("Labels", "Broken"),
        PromiseStatus.PARTLY_KEPT: QCoreApplication.translate("Labels", "Partly kept"),
        PromiseStatus.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
    }[value]


def _evidence_kind(value: EvidenceKind) -> str:
    return {
        EvidenceKind.INVOICE: QCoreApplication.translate("Labels", "Invoice"),
        EvidenceKind.RECEIPT: QCoreApplication.translate("Labels", "Receipt"),
        EvidenceKind.PHOTO: QCoreApplication.translate("Labels", "Photo"),
        EvidenceKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        EvidenceKind.LETTER: QCoreApplication.translate("Labels", "Letter"),
        EvidenceKind.CONTRACT: QCoreApplication.translate("Labels", "Contract"),
        EvidenceKind.SCREENSHOT: QCoreApplication.translate("Labels", "Screenshot"),
        EvidenceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def _jurisdiction(value: Jurisdiction) -> str:
    return {
        Jurisdiction.FR: QCoreApplication.translate("Labels", "France"),
        Jurisdiction.UK: QCoreApplication.translate("Labels", "United Kingdom"),
        Jurisdiction.US: QCoreApplication.translate("Labels", "United States"),
        Jurisdiction.EU: QCoreApplication.translate("Labels", "European Union"),
    }[value]


def _sector(value: Sector) -> str:
    return {
        Sector.TELECOM: QCoreApplication.translate("Labels", "Telecoms"),
        Sector.ENERGY: QCoreApplication.translate("Labels", "Energy"),
        Sector.BANK: QCoreApplication.translate("Labels", "Banking"),
        Sector.INSURANCE: QCoreApplication.translate("Labels", "Insurance"),
        Sector.RETAIL: QCoreApplication.translate("Labels", "Retail"),
        Sector.TRANSPORT: QCoreApplication.translate("Labels", "Transport"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def _money_kind(value: MoneyKind) -> str:
    return {
        MoneyKind.PROMISED: QCoreApplication.translate("Labels", "Promised"),
        MoneyKind.BILLED: QCoreApplication.translate("Labels", "Billed"),
        MoneyKind.PAID: QCoreApplication.translate("Labels", "Paid"),
        MoneyKind.REFUNDED: QCoreApplication.translate("Labels", "Refunded"),
        MoneyKind.CLAIMED: QCoreApplication.translate("Labels", "Claimed"),
    }[value]


def _language(value: Language) -> str:
    return {
        Language.FR: QCoreApplication.translate("Labels", "French"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }[value]


def _letter_kind(value: LetterKind) -> str:
    return {
        LetterKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        LetterKind.REMINDER: QCoreApplication.translate("Labels", "Reminder"),
        LetterKind.FORMAL_NOTICE: QCoreApplication.translate("Labels", "Formal notice"),
        LetterKind.MEDIATOR_REFERRAL: QCoreApplication.translate(
            "Labels", "Referral to the mediator"
        ),
        LetterKind.CALL_CONFIRMATION: QCoreApplication.translate(
            "Labels", "Confirmation of a call"
        ),
    }[value]


def _sending_mode(value: SendingMode) -> str:
    return {
        SendingMode.REGISTERED: QCoreApplication.translate(
            "Labels", "Registered, receipt requested"
        ),
        SendingMode.ELECTRONIC_REGISTERED: QCoreApplication.translate(
            "Labels", "Electronic registered"
        ),
        SendingMode.TRACKED: QCoreApplication.translate("Labels", "Tracked"),
        SendingMode.ORDINARY_POST: QCoreApplication.translate("Labels", "Ordinary post"),
        SendingMode.EMAIL: QCoreApplication.translate("Labels", "Email"),
        SendingMode.HAND_DELIVERY: QCoreApplication.translate("Labels", "By hand"),
    }[value]


def label(value: StrEnum) -> str:
    """The translated word for one of the record's fixed choices."""
    match value:
        case CaseStatus():
            return _case_status(value)
        case Channel():
            return _channel(value)
        case Direction():
            return _direction(value)
        case PartyRole():
            return _party_role(value)
        case PromiseStatus():
            return _promise_status(value)
        case EvidenceKind():
            return _evidence_kind(value)
        case Jurisdiction():
            return _jurisdiction(value)
        case Sector():
            return _sector(value)
        case MoneyKind():
            return _money_kind(value)
        case Language():
            return _language(value)
        case LetterKind():
            return _letter_kind(value)
        case SendingMode():
            return _sending_mode(value)
    raise TypeError(f"no label for {type(value).__name__}")
