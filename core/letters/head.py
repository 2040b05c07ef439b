"""The parts of a letter around its body: who writes to whom, where and when, how it is sent,
what it is about, which references the company knows the case by, and the footer of every page.

Nothing here stops a letter: a missing name or address becomes a visible blank to fill in by
hand, and a warning says so (core.letters.compose writes the body).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from core.case_record import CaseRecord
from core.letters.dates import long_date
from core.letters.draft import LetterWarning
from core.letters.kinds import LetterKind
from core.letters.options import LetterOptions
from core.letters.wording import Wording
from core.model import Evidence, Interaction, Party, Sender
from core.rules import BodyKind, Escalation, JurisdictionRules

_POSTCODE: Final = re.compile(r"^\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+")


def letter_sender(record: CaseRecord, options: LetterOptions) -> Sender:
    """Who signs: the case's own sender identity, else the user's from the preferences."""
    own = record.case.sender
    return own if not own.is_empty() else (options.default_sender or own)


@dataclass(slots=True)
class LetterHead:
    """Writes the head and foot of one letter; what is missing is added to `warnings`.

    `call` is the phone call a confirmation letter is about (its day is in the subject).
    """

    record: CaseRecord
    options: LetterOptions
    rules: JurisdictionRules
    words: Wording
    sender: Sender
    call: Interaction | None
    warnings: list[LetterWarning] = field(default_factory=list)

    def date(self, day: dt.date) -> str:
        return long_date(day, self.options.language, self.options.jurisdiction)

    def warn(self, message_id: str, *blanks: tuple[str, str], **params: object) -> None:
        """Note blanks left to fill in: each as (the editable text printing it, the blank)."""
        self.warnings.append(LetterWarning(message_id, params, blanks=blanks))

    def sender_block(self) -> str:
        sender = self.sender
        name_blank = self.words.blank("letter.blank_sender_name")
        lines = [sender.name or name_blank]
        if not sender.name:
            self.warn("letter.no_sender_name", ("sender", name_blank), ("signature", name_blank))
        if sender.postal_address.strip():
            lines += _lines(sender.postal_address)
        else:
            address_blank = self.words.blank("letter.blank_sender_address")
            lines.append(address_blank)
            place = ("place_and_date", self.words.blank("letter.blank_place"))
            self.warn("letter.no_sender_address", ("sender", address_blank), place)
        lines += [part for part in (sender.phone, sender.email) if part]
        return "\n".join(lines)

    def signature(self) -> str:
        return self.sender.name or self.words.blank("letter.blank_sender_name")

    def recipient_block(self) -> str:
        if self.options.kind is LetterKind.MEDIATOR_REFERRAL:
            body = self.referral_body()
            if body is not None:
                name = self.words(f"bodies.{body.id}")
                return f"{name[:1].upper()}{name[1:]}\n{body.website}"
        party = self.recipient()
        lines = [party.name]
        address = _lines(party.postal_address)
        if address and address[0].casefold() == party.name.casefold():
            address = address[1:]
        if address:
            lines += address
        else:
            blank = self.words.blank("letter.blank_recipient_address")
            lines.append(blank)
            self.warn("letter.no_recipient_address", ("recipient", blank), party=party.name)
        return "\n".join(lines)

    def recipient(self) -> Party:
        chosen = self.record.party(self.options.recipient_party_id)
        return chosen if chosen is not None else self.record.counterparty

    def referral_body(self) -> Escalation | None:
        """Who a referral goes to: the sector's mediator or ombudsman, else a regulator."""
        bodies = self.rules.escalations_for(self.record.case.sector)
        for kinds in ((BodyKind.MEDIATOR, BodyKind.OMBUDSMAN), (BodyKind.REGULATOR,)):
            for body in bodies:
                if body.kind in kinds:
                    return body
        return None

    def place_and_date(self) -> str:
        day = self.date(self.options.letter_date)
        if not self.rules.place_before_date:
            return self.words("letter.date_alone", date=day)
        place = _town(self.sender.postal_address) or self.words.blank("letter.blank_place")
        return self.words("letter.place_and_date", place=place, date=day)

    def sending_line(self) -> str:
        mode = self.options.sending_mode
        tracking = self.options.tracking_number.strip()
        blank = self.words.blank("letter.blank_tracking")
        line = self.words(f"sending.{mode.value}", tracking=tracking or blank)
        if not tracking and blank in line:
            self.warn("letter.no_tracking", ("sending", blank))
        return line

    def subject_text(self) -> str:
        day = self.call.occurred.day if self.call is not None else self.options.letter_date
        return self.words(f"kind.{self.options.kind.value}.subject", date=self.date(day))

    def references_line(self) -> str:
        references = [
            self.words("letter.customer_reference", label=ref.label, value=ref.value)
            for ref in self.record.references
            if ref.value
        ]
        if not references:
            return ""
        return self.words("letter.references", references=" · ".join(references))

    def footer_reference(self) -> str:
        """What every page's foot names: the sender and the first reference (or the case)."""
        first = next((ref for ref in self.record.references if ref.value), None)
        parts = [self.sender.name] if self.sender.name else []
        parts.append(
            f"{first.label} {first.value}" if first is not None else self.record.case.title
        )
        return " · ".join(parts)

    def enclosure_title(self, item: Evidence) -> str:
        kind = self.words(f"evidence.{item.kind.value}")
        if item.document_date is not None:
            return self.words(
                "evidence.title",
                kind=kind,
                date=self.date(item.document_date),
                name=item.original_name,
            )
        return self.words("evidence.title_undated", kind=kind, name=item.original_name)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _town(address: str) -> str:
    """The town of a postal address: the last line that starts with a postcode ("75011
    Paris"), without it; "" when no line does."""
    for line in reversed(_lines(address)):
        if _POSTCODE.match(line):
            return _POSTCODE.sub("", line).strip()
    return ""
