"""Next steps and deadlines on dated scenarios: `today` is always passed in, never read."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from core.case_record import load_case_record
from core.cases import create_case, set_case_status
from core.database import Store
from core.deadlines import (
    DeadlineSettings,
    NextStep,
    Period,
    Severity,
    StepKind,
    attention,
    case_next_steps,
    daily_notice,
    new_since,
    next_steps,
    notice_due,
)
from core.deadlines.steps import KNOWN_WEEK_SETTINGS
from core.demo import create_demo_case
from core.i18n import catalog
from core.interactions import add_interaction
from core.letters.compose import build_draft
from core.letters.facts import KNOWN_FACTS
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.letters.register import Letter, record_letter, update_sending
from core.letters.service import make_letter
from core.model import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    Jurisdiction,
    Language,
    Moment,
    Money,
    MoneyKind,
    PartyKind,
    PartyRole,
    PromiseStatus,
    Sector,
)
from core.money_lines import add_money_line
from core.parties import add_party, link_party
from core.promises import add_promise, settle_promise
from core.rules import BodyKind, rules_for
from tests.core.test_cli import FRENCH, fails_with_one_line, succeeds

TODAY = dt.date(2026, 3, 14)
DAY = dt.timedelta(days=1)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def open_case(
    store: Store,
    *,
    law: Jurisdiction = Jurisdiction.FR,
    sector: Sector = Sector.TELECOM,
    title: str = "Box never connected",
) -> Case:
    return create_case(
        store,
        title=title,
        counterparty="Operator",
        jurisdiction=law,
        language=Language.EN,
        sector=sector,
    )


def write(
    store: Store,
    case: Case,
    on: dt.date,
    *,
    direction: Direction = Direction.OUTBOUND,
    channel: Channel = Channel.LETTER,
) -> None:
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment(on),
        channel=channel,
        direction=direction,
        summary="Written complaint" if direction is Direction.OUTBOUND else "Their answer",
    )


def steps_of(
    store: Store, case: Case, today: dt.date, settings: DeadlineSettings | None = None
) -> list[NextStep]:
    return case_next_steps(store, case.id, today=today, settings=settings)


def dates(steps: list[NextStep]) -> dict[StepKind, dt.date | None]:
    return {step.kind: step.date for step in steps}


def texts(steps: list[NextStep], lang: str) -> list[str]:
    return [step.describe(lang) for step in steps]


# The rules as data


@pytest.mark.parametrize("law", list(Jurisdiction))
def test_every_deadline_has_a_source_a_review_status_and_its_words(law: Jurisdiction) -> None:
    rules = rules_for(law)
    for deadline in rules.deadlines:
        assert deadline.source and deadline.review in ("checked", "unverified"), deadline.id
        assert deadline.counts_from and deadline.requires <= KNOWN_FACTS, deadline.id
        assert deadline.months or deadline.weeks or deadline.days, deadline.id
        for lang in ("en", "fr"):
            assert f"due.rule.{law.value}.{deadline.id}" in catalog(lang), (lang, deadline.id)
    for body in rules.escalations:
        assert not body.weeks_setting or body.weeks_setting in KNOWN_WEEK_SETTINGS
        if body.kind in (BodyKind.MEDIATOR, BodyKind.OMBUDSMAN) and (
            body.after_months or body.after_weeks
        ):
            for lang in ("en", "fr"):
                assert f"due.body.{law.value}.{body.id}" in catalog(lang), (lang, body.id)


def test_both_languages_have_the_same_due_messages_and_placeholders() -> None:
    english = {key: text for key, text in catalog("en").items() if key.startswith("due.")}
    french = {key: text for key, text in catalog("fr").items() if key.startswith("due.")}
    assert english.keys() == french.keys()
    for key, text in english.items():
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", french[key])), key
    for kind in StepKind:
        assert f"due.step.{kind.value}" in english
    for severity in Severity:
        assert f"due.severity.{severity.value}" in english


def test_the_sectors_deadlines_are_the_ones_the_issue_names() -> None:
    france = {d.id: d for d in rules_for(Jurisdiction.FR).deadlines_for(Sector.TELECOM)}
    assert france["telecom_consumer_relations"].months == 1
    bank = {d.id: d for d in rules_for(Jurisdiction.FR).deadlines_for(Sector.BANK)}
    assert bank["bank_answer"].months == 2 and "telecom_consumer_relations" not in bank
    us = {d.id: d for d in rules_for(Jurisdiction.US).deadlines_for(Sector.RETAIL)}
    assert us["card_billing_error_60_days"].days == 60
    assert us["chargeback_120_days"].days == 120
    uk = {d.id: d for d in rules_for(Jurisdiction.UK).deadlines_for(Sector.RETAIL)}
    assert uk["right_to_reject_30_days"].days == 30
    eu = {d.id: d for d in rules_for(Jurisdiction.EU).deadlines_for(Sector.RETAIL)}
    assert eu["withdrawal_14_days"].days == 14


# The demo case and the telecom mediator


def test_the_demo_case_asks_for_a_written_complaint_first(store: Store) -> None:
    case = create_demo_case(store, lang=Language.EN, today=TODAY)
    steps = steps_of(store, case, TODAY)
    [needed] = [step for step in steps if step.kind is StepKind.WRITTEN_COMPLAINT_NEEDED]
    assert needed.body_id == "telecom_mediator" and needed.date is None
    assert needed.period == Period(months=2) and needed.limit == Period(months=12)
    assert needed.severity is Severity.THIS_WEEK
    english = needed.describe("en")
    assert english.startswith("No written complaint has been sent yet")
    assert "Electronic Communications Mediator" in english
    assert "2 months after it" in english and "1 year after it" in english
    french = needed.describe("fr")
    assert "Aucune réclamation écrite" in french and "2 mois" in french and "1 an" in french
    assert not any(step.kind is StepKind.ESCALATION_OPENS for step in steps)


def test_the_demo_parcel_collected_at_the_depot_starts_the_withdrawal_period(store: Store) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    steps = steps_of(store, case, TODAY)
    [withdrawal] = [step for step in steps if step.kind is StepKind.WITHDRAWAL_ENDS]
    assert withdrawal.start == TODAY - 10 * DAY
    assert withdrawal.date == TODAY + 4 * DAY
    assert withdrawal.rule_id == "withdrawal_14_days" and withdrawal.review == "unverified"
    assert "18 mars 2026" in withdrawal.describe("fr")
    assert not any(step.kind is StepKind.DELIVERY_DUE for step in steps)


def test_a_recorded_complaint_letter_gives_the_mediators_exact_dates(
    store: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.EN, today=TODAY)
    sent = day("2026-03-16")
    options = LetterOptions(
        kind=LetterKind.COMPLAINT,
        language=Language.EN,
        jurisdiction=Jurisdiction.FR,
        letter_date=sent,
        sending_mode=SendingMode.REGISTERED,
    )
    rendered = make_letter(store, case_id=case.id, options=options, destination=tmp_path / "c.pdf")
    letter = record_letter(
        store,
        draft=rendered.draft,
        options=options,
        edits={},
        pdf=rendered.path,
        recipient_party_id=None,
    )
    steps = steps_of(store, case, sent)
    assert dates(steps) == {
        StepKind.WITHDRAWAL_ENDS: TODAY + 4 * DAY,
        StepKind.REPLY_DUE: sent + 30 * DAY,
        StepKind.NEXT_LEVEL_OPENS: day("2026-04-16"),
        StepKind.ESCALATION_OPENS: day("2026-05-16"),
        StepKind.ESCALATION_LAST_DAY: day("2027-03-16"),
    }
    text = " ".join(texts(steps, "en"))
    assert "From 16 May 2026, you can refer the case to the Electronic Communications" in text
    assert "Last day to refer the case to the Electronic Communications Mediator" in text
    assert "16 March 2027, 1 year after your written complaint of 16 March 2026" in text
    french = " ".join(texts(steps, "fr"))
    assert "À partir du 16 mai 2026, vous pourrez saisir le Médiateur" in french

    later = steps_of(store, case, day("2026-04-20"))
    [overdue] = [step for step in later if step.kind is StepKind.REPLY_OVERDUE]
    assert overdue.letter_id == letter.id and overdue.severity is Severity.OVERDUE
    assert "was due by 15 April 2026" in overdue.describe("en")
    update_sending(
        store,
        letter.id,
        tracking_number="",
        posted_on=sent,
        receipt_returned_on=None,
        unclaimed=False,
        reply_received_on=day("2026-04-18"),
    )
    assert not any(
        step.kind is StepKind.REPLY_OVERDUE for step in steps_of(store, case, day("2026-04-20"))
    )


def test_once_the_mediator_is_open_the_last_day_remains(store: Store) -> None:
    case = create_demo_case(store, lang=Language.EN, today=TODAY)
    write(store, case, day("2026-03-16"))
    steps = steps_of(store, case, day("2026-06-01"))
    kinds = {step.kind: step for step in steps}
    assert kinds[StepKind.ESCALATION_OPEN].severity is Severity.INFO
    assert kinds[StepKind.ESCALATION_OPEN].date == day("2026-05-16")
    assert kinds[StepKind.ESCALATION_LAST_DAY].severity is Severity.LATER
    near_the_end = steps_of(store, case, day("2027-03-01"))
    [last] = [step for step in near_the_end if step.kind is StepKind.ESCALATION_LAST_DAY]
    assert last.severity is Severity.THIS_WEEK
    assert not any(
        step.kind is StepKind.ESCALATION_LAST_DAY
        for step in steps_of(store, case, day("2027-03-17"))
    )


def test_a_referral_to_the_mediator_ends_the_escalation_steps(store: Store) -> None:
    case = open_case(store)
    write(store, case, day("2026-01-05"))
    mediator = add_party(store, name="Médiateur des communications", kind=PartyKind.MEDIATOR)
    link_party(store, case_id=case.id, party_id=mediator.id, role=PartyRole.MEDIATOR)
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment(day("2026-03-10")),
        channel=Channel.WEB,
        direction=Direction.OUTBOUND,
        summary="Referral",
        party_id=mediator.id,
    )
    kinds = {step.kind for step in steps_of(store, case, TODAY)}
    assert not kinds & {
        StepKind.ESCALATION_OPEN,
        StepKind.ESCALATION_LAST_DAY,
        StepKind.NEXT_LEVEL_OPEN,
    }


# Month ends and leap years


@pytest.mark.parametrize(
    ("complaint", "next_level", "opens", "last_day"),
    [
        ("2027-01-31", "2027-02-28", "2027-03-31", "2028-01-31"),
        ("2027-12-31", "2028-01-31", "2028-02-29", "2028-12-31"),
        ("2028-01-31", "2028-02-29", "2028-03-31", "2029-01-31"),
        ("2028-02-29", "2028-03-29", "2028-04-29", "2029-02-28"),
        ("2026-08-31", "2026-09-30", "2026-10-31", "2027-08-31"),
    ],
)
def test_months_are_calendar_months_ending_on_the_last_day(
    store: Store, complaint: str, next_level: str, opens: str, last_day: str
) -> None:
    case = open_case(store)
    write(store, case, day(complaint))
    found = dates(steps_of(store, case, day(complaint)))
    assert found[StepKind.NEXT_LEVEL_OPENS] == day(next_level)
    assert found[StepKind.ESCALATION_OPENS] == day(opens)
    assert found[StepKind.ESCALATION_LAST_DAY] == day(last_day)


# The UK ombudsman's weeks, a setting


def test_the_uk_telecoms_ombudsman_opens_after_eight_weeks_or_the_weeks_set(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.UK)
    write(store, case, day("2026-11-26"))
    default = dates(steps_of(store, case, day("2026-11-26")))
    assert default[StepKind.ESCALATION_OPENS] == day("2027-01-21")
    assert default[StepKind.ESCALATION_LAST_DAY] == day("2027-11-26")
    six = steps_of(store, case, day("2026-11-26"), DeadlineSettings(ombudsman_weeks=6))
    [opens] = [step for step in six if step.kind is StepKind.ESCALATION_OPENS]
    assert opens.date == day("2027-01-07")
    assert "6 weeks after your written complaint of 26 November 2026" in opens.describe("en")
    assert "6 semaines après" in opens.describe("fr")


def test_a_letter_announces_the_ombudsman_on_the_day_the_weeks_set_give(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.UK)
    write(store, case, day("2026-11-26"))
    record = load_case_record(store, case.id)

    def next_steps_text(settings: DeadlineSettings | None) -> str:
        options = LetterOptions(
            kind=LetterKind.REMINDER,
            language=Language.EN,
            jurisdiction=Jurisdiction.UK,
            letter_date=day("2026-12-10"),
            deadline_settings=settings,
        )
        draft = build_draft(record, options)
        return " ".join(block.text for block in draft.blocks if block.key.startswith("next."))

    assert "from 21 January 2027" in next_steps_text(None)
    assert "from 7 January 2027" in next_steps_text(DeadlineSettings(ombudsman_weeks=6))


def test_the_weeks_setting_leaves_other_ombudsmen_alone(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.UK, sector=Sector.ENERGY)
    write(store, case, day("2026-11-26"))
    steps = steps_of(store, case, day("2026-11-26"), DeadlineSettings(ombudsman_weeks=6))
    assert dates(steps)[StepKind.ESCALATION_OPENS] == day("2027-01-21")


# Promises and replies


def test_a_promise_one_day_late_is_overdue(store: Store) -> None:
    case = open_case(store)
    promise = add_promise(
        store, case_id=case.id, text="Call back", made_on=day("2026-03-10"), due_on=TODAY - DAY
    )
    on_the_day = [s for s in steps_of(store, case, TODAY - DAY) if s.promise_id == promise.id]
    assert [(s.kind, s.severity) for s in on_the_day] == [
        (StepKind.PROMISE_DUE, Severity.THIS_WEEK)
    ]
    [late] = [s for s in steps_of(store, case, TODAY) if s.promise_id == promise.id]
    assert late.kind is StepKind.PROMISE_OVERDUE and late.severity is Severity.OVERDUE
    assert late.attention_from == TODAY
    assert (
        late.describe("en") == "Promise “Call back” was due on 13 March 2026 and is still pending."
    )
    assert late.describe("fr") == (
        "L’engagement « Call back » était dû le 13 mars 2026 et reste en attente."
    )
    settle_promise(store, promise_id=promise.id, status=PromiseStatus.KEPT, on=TODAY)
    assert not [s for s in steps_of(store, case, TODAY) if s.promise_id == promise.id]


def _letter(case: Case, *, sent: dt.date, due: dt.date | None, reply: dt.date | None) -> Letter:
    return Letter(
        id=7,
        case_id=case.id,
        kind=LetterKind.FORMAL_NOTICE,
        language=Language.EN,
        jurisdiction=case.jurisdiction,
        letter_date=sent,
        subject="Formal notice",
        sending_mode=SendingMode.REGISTERED,
        options={},
        edits={},
        reply_due_on=due,
        reply_received_on=reply,
    )


def test_a_reply_not_received_by_its_day_is_overdue(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.US, sector=Sector.OTHER)
    record = load_case_record(store, case.id, today=TODAY)
    waiting = _letter(case, sent=day("2026-03-01"), due=day("2026-03-11"), reply=None)
    [step] = [s for s in next_steps(record, [waiting], today=TODAY) if s.letter_id == 7]
    assert step.kind is StepKind.REPLY_OVERDUE and step.date == day("2026-03-11")
    assert "March 11, 2026" in step.describe("en")
    answered = _letter(case, sent=day("2026-03-01"), due=day("2026-03-11"), reply=TODAY)
    assert not [s for s in next_steps(record, [answered], today=TODAY) if s.letter_id == 7]
    soon = _letter(case, sent=day("2026-03-10"), due=day("2026-03-20"), reply=None)
    [coming] = [s for s in next_steps(record, [soon], today=TODAY) if s.letter_id == 7]
    assert (coming.kind, coming.severity) == (StepKind.REPLY_DUE, Severity.THIS_WEEK)


# The other deadlines of the law


def test_a_bank_owes_an_answer_within_two_months(store: Store) -> None:
    case = open_case(store, sector=Sector.BANK)
    write(store, case, day("2026-01-10"))
    [answer] = [s for s in steps_of(store, case, TODAY) if s.rule_id == "bank_answer"]
    assert (answer.kind, answer.date) == (StepKind.ANSWER_OVERDUE, day("2026-03-10"))
    assert "ACPR" in answer.describe("en")
    write(store, case, day("2026-03-12"), direction=Direction.INBOUND, channel=Channel.EMAIL)
    assert not [s for s in steps_of(store, case, TODAY) if s.rule_id == "bank_answer"]


def test_goods_sent_by_a_carrier_are_due_within_thirty_days_until_delivered(store: Store) -> None:
    case = open_case(store, sector=Sector.RETAIL)
    carrier = add_party(store, name="Parcel Express")
    link_party(store, case_id=case.id, party_id=carrier.id, role=PartyRole.CARRIER)
    add_money_line(
        store,
        case_id=case.id,
        kind=MoneyKind.PAID,
        amount=Money(4999, "EUR"),
        occurred_on=day("2026-02-01"),
    )
    found = {s.rule_id: s for s in steps_of(store, case, TODAY)}
    assert found["delivery_30_days"].kind is StepKind.DELIVERY_OVERDUE
    assert found["delivery_30_days"].date == day("2026-03-03")
    assert "withdrawal_14_days" not in found
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment(day("2026-03-12")),
        channel=Channel.DELIVERY,
        direction=Direction.INBOUND,
        summary="Delivered",
    )
    found = {s.rule_id: s for s in steps_of(store, case, TODAY)}
    assert "delivery_30_days" not in found
    assert found["withdrawal_14_days"].kind is StepKind.WITHDRAWAL_ENDS
    assert found["withdrawal_14_days"].date == day("2026-03-26")


def test_us_card_limits_count_from_the_charge(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.US, sector=Sector.RETAIL)
    add_money_line(
        store,
        case_id=case.id,
        kind=MoneyKind.BILLED,
        amount=Money(6000, "USD"),
        occurred_on=day("2026-02-01"),
    )
    found = {s.rule_id: s for s in steps_of(store, case, TODAY)}
    assert found["card_billing_error_60_days"].date == day("2026-04-02")
    assert found["card_billing_error_60_days"].severity is Severity.THIS_WEEK
    assert found["chargeback_120_days"].date == day("2026-06-01")
    assert found["chargeback_120_days"].severity is Severity.LATER
    assert "billing-error notice" in found["card_billing_error_60_days"].describe("en")


def test_the_financial_ombudsman_closes_six_months_after_the_answer(store: Store) -> None:
    case = open_case(store, law=Jurisdiction.UK, sector=Sector.BANK)
    write(store, case, day("2025-08-31"))
    write(store, case, day("2025-09-30"), direction=Direction.INBOUND)
    [limit] = [
        s for s in steps_of(store, case, TODAY) if s.rule_id == "financial_ombudsman_six_months"
    ]
    assert (limit.kind, limit.date) == (StepKind.LIMITATION_CLOSE, day("2026-03-30"))
    assert limit.severity is Severity.THIS_WEEK


def test_a_finished_case_asks_nothing(store: Store) -> None:
    case = open_case(store)
    add_promise(store, case_id=case.id, text="Refund", due_on=TODAY - DAY)
    set_case_status(store, case.id, CaseStatus.RESOLVED)
    assert steps_of(store, case, TODAY) == []


def test_every_step_reads_as_a_whole_sentence_in_both_languages(store: Store) -> None:
    case = create_demo_case(store, lang=Language.EN, today=TODAY)
    write(store, case, day("2026-03-16"))
    add_promise(store, case_id=case.id, text="Refund", due_on=TODAY - DAY)
    for law in Jurisdiction:
        for sector in Sector:
            other = open_case(store, law=law, sector=sector, title=f"{law} {sector}")
            add_money_line(
                store,
                case_id=other.id,
                kind=MoneyKind.PAID,
                amount=Money(100, "EUR"),
                occurred_on=TODAY - 3 * DAY,
            )
    steps = [s for d in (TODAY, TODAY + 40 * DAY) for s in attention(store, today=d)]
    assert {s.kind for s in steps} >= {StepKind.PROMISE_OVERDUE, StepKind.WITHDRAWAL_ENDS}
    for step in steps:
        for lang in ("en", "fr"):
            sentence = step.describe(lang)
            assert "{" not in sentence and "due." not in sentence, sentence
            assert sentence[0].isupper() and sentence.endswith("."), sentence


# Across cases


def test_attention_lists_what_is_overdue_first_then_by_date(store: Store) -> None:
    soon = open_case(store, sector=Sector.OTHER, title="Soon")
    late = open_case(store, sector=Sector.OTHER, title="Late")
    calm = open_case(store, sector=Sector.OTHER, title="Calm")
    for case in (soon, late, calm):
        write(store, case, day("2026-03-01"))
    add_promise(store, case_id=soon.id, text="Repair", due_on=TODAY + 2 * DAY)
    add_promise(store, case_id=soon.id, text="Visit", due_on=TODAY + 5 * DAY)
    add_promise(store, case_id=late.id, text="Refund", due_on=TODAY - 3 * DAY)
    add_promise(store, case_id=calm.id, text="Letter", due_on=TODAY + 20 * DAY)
    add_promise(store, case_id=calm.id, text="Credit", due_on=TODAY + 1 * DAY)
    listed = attention(store, today=TODAY)
    assert [(s.case_id, s.detail) for s in listed] == [
        (late.id, "Refund"),
        (calm.id, "Credit"),
        (soon.id, "Repair"),
        (soon.id, "Visit"),
    ]
    assert [s.severity for s in listed] == [Severity.OVERDUE] + [Severity.THIS_WEEK] * 3
    wider = attention(store, today=TODAY, within_days=30)
    assert (calm.id, "Letter") in [(s.case_id, s.detail) for s in wider]


# The daily notice


def test_the_notice_is_given_at_most_once_a_day() -> None:
    assert notice_due(None, TODAY)
    assert notice_due(TODAY - DAY, TODAY)
    assert not notice_due(TODAY, TODAY)
    assert not notice_due(TODAY + DAY, TODAY)


def test_the_daily_notice_tells_only_what_became_due_since(store: Store) -> None:
    case = open_case(store, sector=Sector.OTHER)
    write(store, case, day("2026-03-01"))
    add_promise(store, case_id=case.id, text="Old", due_on=TODAY - 5 * DAY)
    add_promise(store, case_id=case.id, text="New", due_on=TODAY - DAY)
    add_promise(store, case_id=case.id, text="Entering the week", due_on=TODAY + 7 * DAY)
    add_promise(store, case_id=case.id, text="Far", due_on=TODAY + 30 * DAY)
    steps = attention(store, today=TODAY)
    first = daily_notice(steps, last_notified=None, today=TODAY)
    assert {s.detail for s in first} == {"Old", "New", "Entering the week"}
    since_yesterday = daily_notice(steps, last_notified=TODAY - DAY, today=TODAY)
    assert {s.detail for s in since_yesterday} == {"New", "Entering the week"}
    assert daily_notice(steps, last_notified=TODAY, today=TODAY) == []
    assert new_since(steps, TODAY) == []


# The command line


def _fill(data_dir: Path, lang: Language) -> None:
    with Store.open(data_dir) as store:
        demo = create_demo_case(store, lang=lang, today=TODAY)
        add_promise(store, case_id=demo.id, text="Call back", due_on=TODAY - DAY)
        other = open_case(store, sector=Sector.OTHER, title="Quiet case")
        write(store, other, TODAY - 10 * DAY)
        add_promise(store, case_id=other.id, text="Credit note", due_on=TODAY + 60 * DAY)


def test_due_prints_this_week_grouped_by_case_in_english(data_dir: Path) -> None:
    _fill(data_dir, Language.EN)
    out = succeeds(data_dir, "due", "--as-of", TODAY.isoformat())
    lines = out.splitlines()
    assert lines[0].startswith("Case 1: ")
    assert lines[1] == (
        "  Overdue: Promise “Call back” was due on 13 March 2026 and is still pending."
    )
    assert "This week: No written complaint has been sent yet" in out
    assert "18 March 2026" in out and "Quiet case" not in out
    assert out.rstrip().endswith("not yet checked against the text of the law.")
    everything = succeeds(data_dir, "due", "--all", "--as-of", TODAY.isoformat())
    assert "Case 2: Quiet case (Operator)" in everything
    assert "Later: Promise “Credit note” falls due on 13 May 2026." in everything


def test_due_speaks_french(data_dir: Path) -> None:
    _fill(data_dir, Language.FR)
    out = succeeds(data_dir, "due", "--as-of", "14/03/2026", lang=FRENCH)
    assert out.startswith("Dossier 1 : ")
    assert "  En retard : L’engagement « Call back » était dû le 13 mars 2026" in out
    assert "Cette semaine : Aucune réclamation écrite n’a encore été envoyée" in out


def test_due_json_has_the_documented_shape(data_dir: Path) -> None:
    _fill(data_dir, Language.EN)
    data = json.loads(succeeds(data_dir, "due", "--json", "--as-of", TODAY.isoformat()))
    assert data["format"] == "recours.due/1"
    assert (data["today"], data["within_days"]) == ("2026-03-14", 7)
    [case] = data["cases"]
    assert set(case) == {"id", "title", "counterparty", "steps"}
    assert case["counterparty"] == "Orange"
    first = case["steps"][0]
    assert set(first) == {
        "kind",
        "severity",
        "date",
        "start",
        "attention_from",
        "promise_id",
        "letter_id",
        "body_id",
        "rule_id",
        "source",
        "review",
        "text",
    }
    assert (first["kind"], first["severity"], first["date"]) == (
        "promise_overdue",
        "overdue",
        "2026-03-13",
    )
    kinds = [step["kind"] for step in case["steps"]]
    assert kinds == ["promise_overdue", "written_complaint_needed", "withdrawal_ends"]
    everything = json.loads(succeeds(data_dir, "due", "--json", "--all", "--as-of", "2026-03-14"))
    assert everything["within_days"] is None and len(everything["cases"]) == 2


def test_due_with_nothing_to_do_and_with_a_bad_option(data_dir: Path) -> None:
    assert succeeds(data_dir, "due").strip() == "Nothing needs your attention this week."
    assert succeeds(data_dir, "due", "--all").strip() == "No case in progress has anything due."
    assert json.loads(succeeds(data_dir, "due", "--json"))["cases"] == []
    assert "not a number of weeks" in fails_with_one_line(
        data_dir, "due", "--ombudsman-weeks", "six"
    )
