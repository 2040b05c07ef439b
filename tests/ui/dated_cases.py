"""Two disputes on a fixed day, for the deadline views: one with a promise overdue, one
whose letter has had no reply in time. Both were complained about in writing, so every step
they ask for comes from the dates below, not from the day the test runs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from core.cases import create_case
from core.database import Store
from core.interactions import add_interaction
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.letters.register import Letter, record_letter
from core.letters.service import make_letter
from core.model import Channel, Direction, Jurisdiction, Language, Moment
from core.promises import add_promise

DAY: Final = dt.date(2026, 3, 20)
PROMISE_LATE_DAYS: Final = 5
REPLY_LATE_DAYS: Final = 3
QUOTE_IN_DAYS: Final = 4
REPLY_DAYS: Final = 30
"""A French complaint asks for an answer within 30 days."""


@dataclass(frozen=True, slots=True)
class DatedCases:
    boiler: int
    fibre: int
    promise_id: int
    letter: Letter


def send_letter(store: Store, case_id: int, *, sent: dt.date, scratch: Path) -> Letter:
    """A complaint made and recorded as the letters window does: PDF, interaction, register."""
    options = LetterOptions(
        kind=LetterKind.COMPLAINT,
        language=Language.EN,
        jurisdiction=Jurisdiction.FR,
        letter_date=sent,
        sending_mode=SendingMode.REGISTERED,
    )
    rendered = make_letter(store, case_id=case_id, options=options, destination=scratch)
    return record_letter(
        store,
        draft=rendered.draft,
        options=options,
        edits={},
        pdf=rendered.path,
        recipient_party_id=None,
    )


def fill_dated_cases(data_dir: Path, scratch: Path) -> DatedCases:
    """- boiler (Électricité de France): complained of by email; a technician promised for
      five days before `DAY`, still pending, and a quote promised for four days after;
    - fibre (Free): a complaint letter whose reply was due three days before `DAY`."""
    with Store.open(data_dir) as store:
        boiler = create_case(
            store, title="Chaudière jamais réparée", counterparty="Électricité de France"
        )
        email = add_interaction(
            store,
            case_id=boiler.id,
            occurred=Moment(DAY - dt.timedelta(days=20)),
            channel=Channel.EMAIL,
            direction=Direction.OUTBOUND,
            summary="Complaint about the boiler",
        )
        promise = add_promise(
            store,
            case_id=boiler.id,
            text="A technician comes",
            interaction_id=email.id,
            due_on=DAY - dt.timedelta(days=PROMISE_LATE_DAYS),
        )
        add_promise(
            store,
            case_id=boiler.id,
            text="A written quote",
            interaction_id=email.id,
            due_on=DAY + dt.timedelta(days=QUOTE_IN_DAYS),
        )
        fibre = create_case(store, title="Fibre never connected", counterparty="Free")
        sent = DAY - dt.timedelta(days=REPLY_DAYS + REPLY_LATE_DAYS)
        letter = send_letter(store, fibre.id, sent=sent, scratch=scratch)
    return DatedCases(boiler=boiler.id, fibre=fibre.id, promise_id=promise.id, letter=letter)
