"""What a letter is, and how it is sent."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    COMPLAINT = "complaint"
    REMINDER = "reminder"
    FORMAL_NOTICE = "formal_notice"
    MEDIATOR_REFERRAL = "mediator_referral"
    CALL_CONFIRMATION = "call_confirmation"


class SendingMode(StrEnum):
    """How a letter travels, worded per country ("LRAR", "Signed For", "Certified Mail")."""

    REGISTERED = "registered"
    ELECTRONIC_REGISTERED = "electronic_registered"
    TRACKED = "tracked"
    ORDINARY_POST = "ordinary_post"
    EMAIL = "email"
    HAND_DELIVERY = "hand_delivery"
