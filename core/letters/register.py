"""The register of letters sent: each letter made is recorded on its case as an outbound
interaction with the PDF as evidence, and tracked until its reply comes (or is overdue).

How it was sent matters as proof: the registered-letter number, the day it was posted, the
day the receipt came back, or that it was never claimed.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.cases import get_case, set_case_status, touch_case
from core.clock import utc_timestamp
from core.database import Store
from core.evidence import discard_new_files, evidence_files, record_evidence
from core.evidence_store import StoredFile
from core.interactions import add_interaction
from core.letters.draft import LetterDraft
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.model import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Jurisdiction,
    Language,
    Moment,
)
from core.rows import date_or_none, fetch_all, fetch_one, insert_row, iso_or_none

_COLUMNS = (
    "id, case_id, kind, language, jurisdiction, letter_date, subject, options_json, edits_json, "
    "interaction_id, evidence_id, reply_due_on, sending_mode, tracking_number, posted_on, "
    "receipt_returned_on, unclaimed, reply_received_on"
)


@dataclass(frozen=True, slots=True)
class Letter:
    id: int
    case_id: int
    kind: LetterKind
    language: Language
    jurisdiction: Jurisdiction
    letter_date: dt.date
    subject: str
    sending_mode: SendingMode
    options: Mapping[str, object]
    edits: Mapping[str, str]
    interaction_id: int | None = None
    evidence_id: int | None = None
    reply_due_on: dt.date | None = None
    tracking_number: str = ""
    posted_on: dt.date | None = None
    receipt_returned_on: dt.date | None = None
    unclaimed: bool = False
    reply_received_on: dt.date | None = None

    def reply_overdue(self, today: dt.date) -> bool:
        """Whether the company's answer was due before today and has not come."""
        return (
            self.reply_due_on is not None
            and self.reply_received_on is None
            and self.reply_due_on < today
        )


def letter_from_row(row: sqlite3.Row) -> Letter:
    return Letter(
        id=row["id"],
        case_id=row["case_id"],
        kind=LetterKind(row["kind"]),
        language=Language(row["language"]),
        jurisdiction=Jurisdiction(row["jurisdiction"]),
        letter_date=dt.date.fromisoformat(row["letter_date"]),
        subject=row["subject"],
        sending_mode=SendingMode(row["sending_mode"]),
        options=json.loads(row["options_json"]),
        edits=json.loads(row["edits_json"]),
        interaction_id=row["interaction_id"],
        evidence_id=row["evidence_id"],
        reply_due_on=date_or_none(row["reply_due_on"]),
        tracking_number=row["tracking_number"],
        posted_on=date_or_none(row["posted_on"]),
        receipt_returned_on=date_or_none(row["receipt_returned_on"]),
        unclaimed=bool(row["unclaimed"]),
        reply_received_on=date_or_none(row["reply_received_on"]),
    )


def options_json(options: LetterOptions) -> dict[str, object]:
    """What the user chose for a letter, to make it again the same way."""
    return {
        "kind": options.kind.value,
        "language": options.language.value,
        "jurisdiction": options.jurisdiction.value,
        "letter_date": options.letter_date.isoformat(),
        "sending_mode": options.sending_mode.value,
        "tracking_number": options.tracking_number,
        "recipient_party_id": options.recipient_party_id,
        "interaction_ids": options.interaction_ids,
        "promise_ids": options.promise_ids,
        "evidence_ids": options.evidence_ids,
        "ground_ids": options.ground_ids,
        "call_interaction_id": options.call_interaction_id,
    }


def get_letter(store: Store, letter_id: int) -> Letter:
    row = fetch_one(
        store.conn,
        f"SELECT {_COLUMNS} FROM letters WHERE id = ?",
        [letter_id],
        missing="error.letter_not_found",
        ident=letter_id,
    )
    return letter_from_row(row)


def list_letters(store: Store, case_id: int | None = None) -> list[Letter]:
    """The letters of a case (or of every case), oldest first."""
    where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
    rows = fetch_all(
        store.conn, f"SELECT {_COLUMNS} FROM letters {where} ORDER BY letter_date, id", params
    )
    return [letter_from_row(row) for row in rows]


def record_letter(
    store: Store,
    *,
    draft: LetterDraft,
    options: LetterOptions,
    edits: Mapping[str, str],
    pdf: Path,
    recipient_party_id: int | None,
) -> Letter:
    """Record a letter made for a case: the PDF becomes evidence, the sending an outbound
    interaction, and the case waits for the reply (or is escalated, for a referral)."""
    case = get_case(store, draft.case_id)
    stored = evidence_files(store).ingest(pdf)
    try:
        letter_id = _write_letter(store, case, draft, options, edits, stored, recipient_party_id)
    except BaseException:
        discard_new_files(store, [stored])
        raise
    return get_letter(store, letter_id)


def _write_letter(
    store: Store,
    case: Case,
    draft: LetterDraft,
    options: LetterOptions,
    edits: Mapping[str, str],
    stored: StoredFile,
    recipient_party_id: int | None,
) -> int:
    """Every row of a letter sent, in one transaction; the new letter's id."""
    subject = draft.subject_text
    channel = Channel.EMAIL if options.sending_mode is SendingMode.EMAIL else Channel.LETTER
    with store.write() as db:
        interaction = add_interaction(
            store,
            case_id=case.id,
            occurred=Moment(options.letter_date),
            channel=channel,
            direction=Direction.OUTBOUND,
            summary=subject,
            party_id=recipient_party_id if recipient_party_id is not None else case.counterparty_id,
            reference=options.tracking_number,
        )
        evidence = record_evidence(
            store,
            case_id=case.id,
            stored=stored,
            original_name=f"{options.letter_date.isoformat()} {subject}.pdf",
            interaction_id=interaction.id,
            kind=EvidenceKind.LETTER,
            document_date=options.letter_date,
        ).evidence
        letter_id = insert_row(
            db,
            "letters",
            {
                "case_id": case.id,
                "kind": options.kind.value,
                "language": options.language.value,
                "jurisdiction": options.jurisdiction.value,
                "letter_date": options.letter_date.isoformat(),
                "subject": subject,
                "options_json": json.dumps(options_json(options)),
                "edits_json": json.dumps(dict(edits), ensure_ascii=False),
                "interaction_id": interaction.id,
                "evidence_id": evidence.id,
                "reply_due_on": iso_or_none(draft.reply_due),
                "sending_mode": options.sending_mode.value,
                "tracking_number": options.tracking_number.strip(),
                "created_at": utc_timestamp(),
            },
        )
        waiting = (
            CaseStatus.ESCALATED
            if options.kind is LetterKind.MEDIATOR_REFERRAL
            else CaseStatus.AWAITING_REPLY
        )
        if case.status in (CaseStatus.OPEN, CaseStatus.AWAITING_REPLY):
            set_case_status(store, case.id, waiting)
    return letter_id


def update_sending(
    store: Store,
    letter_id: int,
    *,
    tracking_number: str,
    posted_on: dt.date | None,
    receipt_returned_on: dt.date | None,
    unclaimed: bool,
    reply_received_on: dt.date | None,
) -> Letter:
    """Keep the register of how a letter travelled, and whether its reply came."""
    letter = get_letter(store, letter_id)
    with store.write() as db:
        db.table("letters").update(
            letter_id,
            {
                "tracking_number": tracking_number.strip(),
                "posted_on": iso_or_none(posted_on),
                "receipt_returned_on": iso_or_none(receipt_returned_on),
                "unclaimed": int(unclaimed),
                "reply_received_on": iso_or_none(reply_received_on),
            },
        )
        if letter.interaction_id is not None and tracking_number.strip():
            db.table("interactions").update(
                letter.interaction_id, {"reference": tracking_number.strip()}
            )
        touch_case(store, letter.case_id)
    return get_letter(store, letter_id)
