"""Writing a letter's draft from the case record, the rules of its country and the words of
its language: the body here, section by section (facts, promises, money, the law, what is
asked, what comes next), around the head and foot core.letters.head writes.

Nothing a letter needs ever stops it: what is missing becomes a warning, and a visible blank
where the user must fill it in by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from core.case_record import CaseRecord
from core.i18n import translate
from core.letters.dates import clock_time, long_date
from core.letters.draft import Block, BlockKind, Enclosure, LetterDraft, LetterWarning
from core.letters.facts import first_written_complaint
from core.letters.head import LetterHead, letter_sender
from core.letters.kinds import LetterKind
from core.letters.options import LetterOptions, Selection, default_selection, evidence_of
from core.letters.register import Letter
from core.letters.wording import Wording, wording_for
from core.model import (
    Direction,
    Interaction,
    Money,
    MoneyKind,
    Promise,
    PromiseStatus,
)
from core.money import amount_in_dispute, format_money
from core.rules import BodyKind, JurisdictionRules, rules_for
from core.timeline_chart.build import letter_chart
from core.timeline_chart.model import TimelineChart


class _Composer:
    """Builds one draft; each method writes one part of the letter."""

    def __init__(
        self, record: CaseRecord, options: LetterOptions, letters: Sequence[Letter] = ()
    ) -> None:
        self.record = record
        self.options = options
        self.letters = letters
        self.chart: TimelineChart | None = None
        self.rules: JurisdictionRules = rules_for(options.jurisdiction)
        self.words: Wording = wording_for(options.language, options.jurisdiction)
        self.selection: Selection = default_selection(record, options)
        self.warnings: list[LetterWarning] = []
        self.blocks: list[Block] = []
        evidence_by_id = {item.id: item for item in record.evidence}
        chosen = [evidence_by_id[i] for i in self.selection.evidence_ids if i in evidence_by_id]
        self.enclosure_numbers = {item.id: number for number, item in enumerate(chosen, start=1)}
        self.chosen_evidence = chosen
        self.head = LetterHead(
            record=record,
            options=options,
            rules=self.rules,
            words=self.words,
            sender=letter_sender(record, options),
            call=self.interaction(self.selection.call_interaction_id),
            warnings=self.warnings,
        )

    def date(self, day: dt.date) -> str:
        return long_date(day, self.options.language, self.options.jurisdiction)

    def money(self, amount: Money) -> str:
        return format_money(amount, self.options.language.value)

    def warn(self, message_id: str, **params: object) -> None:
        self.warnings.append(LetterWarning(message_id, params))

    def add(
        self,
        key: str,
        kind: BlockKind,
        text: str = "",
        *,
        heading: str = "",
        rows: tuple[tuple[str, ...], ...] = (),
        total: bool = False,
    ) -> None:
        self.blocks.append(Block(key, kind, text, heading=heading, rows=rows, total=total))

    def heading(self, section: str) -> None:
        self.add(f"heading.{section}", BlockKind.HEADING, self.words(f"sections.{section}"))

    def paragraph(self, key: str, text: str) -> None:
        self.add(key, BlockKind.PARAGRAPH, text)

    def compose(self) -> LetterDraft:
        case = self.record.case
        kind = self.options.kind
        reply_days = self.rules.reply_days.get(kind.value, 0)
        reply_due = self.options.letter_date + dt.timedelta(days=reply_days) if reply_days else None
        if kind is LetterKind.CALL_CONFIRMATION:
            self.write_call_confirmation(reply_days, reply_due)
        elif kind is LetterKind.MEDIATOR_REFERRAL:
            self.write_mediator_referral()
        else:
            self.write_claim(reply_days, reply_due)
        head = self.head
        sender = head.sender_block()
        subject = head.subject_text()
        return LetterDraft(
            case_id=case.id,
            kind=kind,
            language=self.options.language,
            jurisdiction=self.options.jurisdiction,
            letter_date=self.options.letter_date,
            paper=self.rules.paper,
            sender=sender,
            recipient=head.recipient_block(),
            place_and_date=head.place_and_date(),
            sending=head.sending_line(),
            subject=self.words("letter.subject", subject=subject),
            subject_text=subject,
            references=head.references_line(),
            salutation=self.words("letter.salutation"),
            blocks=tuple(self.blocks),
            closing=self.words("letter.closing"),
            signature=head.signature(),
            enclosures=tuple(
                Enclosure(self.enclosure_numbers[item.id], item.id, head.enclosure_title(item))
                for item in self.chosen_evidence
            ),
            reply_due=reply_due,
            footer_reference=head.footer_reference(),
            author=head.sender.name,
            title=f"{subject} — {case.title}",
            blank_pattern=self.words.blank_pattern().pattern,
            warnings=tuple(self.warnings),
            chart=self.chart,
        )

    def write_claim(self, reply_days: int, reply_due: dt.date | None) -> None:
        kind = self.options.kind
        title = self.record.case.title
        if kind is LetterKind.REMINDER:
            previous = self.previous_letter_day()
            intro = (
                self.words("kind.reminder.intro", title=title, previous=self.date(previous))
                if previous is not None
                else self.words("kind.reminder.intro_no_previous", title=title)
            )
        else:
            intro = self.words(f"kind.{kind.value}.intro", title=title)
        self.paragraph("intro", intro)
        self.write_facts()
        self.write_promises()
        self.write_money()
        self.write_grounds()
        self.write_demand(reply_days, reply_due, formal=kind is LetterKind.FORMAL_NOTICE)
        self.write_next_steps()
        self.paragraph("amicable", self.words("amicable.offer"))

    def write_mediator_referral(self) -> None:
        counterparty = self.record.counterparty.name
        self.paragraph(
            "intro", self.words("kind.mediator_referral.intro", title=self.record.case.title)
        )
        self.paragraph("mediator.intro", self.words("mediator.intro", company=counterparty))
        complaint_day = first_written_complaint(self.record)
        self.paragraph(
            "mediator.complaint_date",
            self.words("mediator.complaint_date", date=self.date(complaint_day))
            if complaint_day is not None
            else self.words("mediator.no_complaint_date"),
        )
        self.paragraph("mediator.ask", self.words("mediator.ask"))
        self.write_facts()
        self.write_chart()
        self.write_promises()
        self.write_money()
        self.write_grounds()
        self.heading("demand")
        self.write_outcome()

    def write_call_confirmation(self, reply_days: int, reply_due: dt.date | None) -> None:
        call = self.interaction(self.selection.call_interaction_id)
        self.paragraph(
            "intro", self.words("kind.call_confirmation.intro", title=self.record.case.title)
        )
        if call is None:
            self.warn("letter.no_call")
            call_day = self.options.letter_date
        else:
            call_day = call.occurred.day
        self.write_facts()
        self.heading("call")
        self.paragraph("call.intro", self.words("call.intro", date=self.date(call_day)))
        for promise in self.chosen_promises():
            due = f" ({self.date(promise.due_on)})" if promise.due_on else ""
            self.add(f"call.promise.{promise.id}", BlockKind.QUOTE, f"{promise.text}{due}")
        if reply_due is not None:
            self.paragraph(
                "call.ask",
                self.words("call.ask", days=reply_days, deadline=self.date(reply_due)),
            )

    def write_facts(self) -> None:
        chosen = [i for i in self.record.interactions if i.id in self.selection.interaction_ids]
        if not chosen:
            self.warn("letter.no_facts")
            return
        self.heading("facts")
        self.paragraph("facts.intro", self.words("facts.intro"))
        for interaction in chosen:
            self.add(
                f"fact.{interaction.id}",
                BlockKind.FACT,
                self.fact_text(interaction),
                heading=self.fact_heading(interaction),
            )

    def fact_heading(self, interaction: Interaction) -> str:
        day = self.date(interaction.occurred.day)
        when = day
        if interaction.occurred.time is not None:
            clock = clock_time(
                interaction.occurred.time, self.options.language, self.options.jurisdiction
            )
            when = self.words("facts.when_with_time", date=day, time=clock)
        channel = self.words(f"channel.{interaction.channel.value}_{interaction.direction.value}")
        who = ", ".join(
            part for part in (self.party_name(interaction.party_id), interaction.person) if part
        )
        if interaction.duration_minutes:
            channel = (
                f"{channel} {self.words('facts.duration', minutes=interaction.duration_minutes)}"
            )
        if who:
            return self.words("facts.heading_with", when=when, channel=channel, **{"with": who})
        return self.words("facts.heading", when=when, channel=channel)

    def fact_text(self, interaction: Interaction) -> str:
        summary = interaction.summary.rstrip()
        if summary and summary[-1] not in ".!?…":
            summary += "."
        return f"{summary} {interaction.details.strip()}".strip()

    def write_chart(self) -> None:
        """The case at a glance, for a reader who meets it for the first time (a mediator)."""
        language = self.options.language
        self.chart = letter_chart(
            self.record,
            self.letters,
            language=language,
            jurisdiction=self.options.jurisdiction,
            letter_date=self.options.letter_date,
            settings=self.options.deadline_settings,
        )
        if self.chart is not None:
            self.add(
                "chart",
                BlockKind.CHART,
                translate("chart.letter.caption", language.value),
                heading=translate("chart.letter.heading", language.value),
            )

    def chosen_promises(self) -> list[Promise]:
        return [p for p in self.record.promises if p.id in self.selection.promise_ids]

    def write_promises(self) -> None:
        promises = self.chosen_promises()
        if not promises:
            return
        words = self.words
        self.heading("promises")
        self.paragraph("promises.intro", words("promises.intro"))
        header = tuple(
            words(f"promises.header_{name}")
            for name in ("made", "by", "what", "due", "outcome", "enclosure")
        )
        rows = [header]
        for promise in promises:
            maker = ", ".join(
                part for part in (self.party_name(promise.party_id), promise.person) if part
            )
            enclosures = [
                str(self.enclosure_numbers[evidence_id])
                for evidence_id in evidence_of(self.record, promise)
                if evidence_id in self.enclosure_numbers
            ]
            rows.append(
                (
                    self.date(promise.made_on) if promise.made_on else words("promises.no_due"),
                    maker,
                    promise.text,
                    self.date(promise.due_on) if promise.due_on else words("promises.no_due"),
                    self.outcome(promise),
                    ", ".join(enclosures),
                )
            )
        self.add("promises.table", BlockKind.TABLE, rows=tuple(rows))

    def outcome(self, promise: Promise) -> str:
        note = promise.settlement_note.strip()
        if promise.status is PromiseStatus.PARTLY_KEPT:
            return self.words("promises.partly_kept", note=note) if note else note
        if note:
            return note
        return self.words("promises.outcome_unknown")

    def write_money(self) -> None:
        lines = self.record.money_lines
        if not lines:
            return
        words = self.words
        self.heading("money")
        self.paragraph("money.intro", words("money.intro"))
        rows = [
            (words("money.header_kind"), words("money.header_item"), words("money.header_amount"))
        ]
        for line in lines:
            label = line.label
            if line.kind is MoneyKind.PROMISED and line.amount.minor == 0 and not label:
                label = words("money.nothing_announced")
            rows.append((words(f"money.{line.kind.value}"), label, self.money(line.amount)))
        disputed = amount_in_dispute(lines)
        if disputed:
            rows.append(
                (
                    words("money.in_dispute"),
                    "",
                    " + ".join(self.money(amount) for amount in disputed),
                )
            )
        self.add("money.table", BlockKind.TABLE, rows=tuple(rows), total=bool(disputed))

    def write_grounds(self) -> None:
        by_id = {ground.id: ground for ground in self.rules.grounds}
        grounds = [
            by_id[ground_id] for ground_id in self.selection.ground_ids if ground_id in by_id
        ]
        if not grounds:
            return
        self.heading("legal")
        for ground in grounds:
            self.paragraph(f"ground.{ground.id}", self.words(f"grounds.{ground.id}"))

    def write_outcome(self) -> None:
        outcome = self.record.case.desired_outcome.strip()
        if outcome:
            self.paragraph("demand.outcome", self.words("demand.outcome"))
            self.add("demand.what", BlockKind.QUOTE, outcome)
        else:
            self.warn("letter.no_outcome")
            self.paragraph("demand.outcome", self.words("demand.no_outcome"))
        disputed = amount_in_dispute(self.record.money_lines)
        if disputed:
            amount = " + ".join(self.money(item) for item in disputed)
            self.paragraph("demand.amount", self.words("demand.amount", amount=amount))

    def write_demand(self, reply_days: int, reply_due: dt.date | None, *, formal: bool) -> None:
        self.heading("demand")
        self.write_outcome()
        if reply_due is not None:
            key = "demand.deadline_formal" if formal else "demand.deadline"
            self.paragraph(
                "demand.deadline", self.words(key, days=reply_days, deadline=self.date(reply_due))
            )

    def write_next_steps(self) -> None:
        bodies = self.rules.escalations_for(self.record.case.sector)
        if not bodies:
            return
        self.heading("next_steps")
        complained = first_written_complaint(self.record) or self.options.letter_date
        for body in bodies:
            name = self.words(f"bodies.{body.id}")
            key = f"next.{body.id}"
            if body.kind is BodyKind.REGULATOR:
                self.paragraph(
                    key, self.words("next_steps.regulator", name=name, website=body.website)
                )
            elif body.kind is BodyKind.COURT:
                self.paragraph(key, self.words("next_steps.court", name=name))
            else:
                settings = self.options.deadline_settings
                weeks = None if settings is None else settings.waiting_weeks(body)
                opens = body.opens_on(complained, weeks=weeks)
                closes = body.closes_on(complained)
                limit = (
                    ""
                    if closes is None
                    else self.words("next_steps.limit", limit=self.date(closes))
                )
                if opens > self.options.letter_date:
                    text = self.words(
                        "next_steps.body",
                        name=name,
                        website=body.website,
                        eligible_from=self.date(opens),
                        limit=limit,
                    )
                else:
                    text = self.words("next_steps.body_now", name=name, website=body.website)
                self.paragraph(key, text)

    def interaction(self, interaction_id: int | None) -> Interaction | None:
        return next((i for i in self.record.interactions if i.id == interaction_id), None)

    def party_name(self, party_id: int | None) -> str:
        party = self.record.party(party_id)
        return "" if party is None else party.name

    def previous_letter_day(self) -> dt.date | None:
        written = [
            item.occurred.day
            for item in self.record.interactions
            if item.direction is Direction.OUTBOUND
            and item.occurred.day <= self.options.letter_date
            and item.channel.value in ("letter", "email")
        ]
        return max(written, default=None)


def build_draft(
    record: CaseRecord, options: LetterOptions, *, letters: Sequence[Letter] = ()
) -> LetterDraft:
    """The letter `options` asks for, written from `record`: ready to edit, then to print.
    `letters` are the case's letters sent before (their replies show on a referral's chart)."""
    return _Composer(record, options, letters).compose()
