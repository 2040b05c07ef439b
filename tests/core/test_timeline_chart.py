"""The case at a glance: the chart's data for the demo case and for long spans, and the chart
drawn into the mediator referral letter."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from core.case_record import load_case_record
from core.cases import create_case
from core.database import Store
from core.demo import create_demo_case
from core.interactions import add_interaction, list_interactions
from core.letters.kinds import LetterKind
from core.letters.options import LetterOptions
from core.letters.register import list_letters, record_letter
from core.letters.service import make_letter
from core.model import (
    Case,
    Channel,
    Direction,
    Jurisdiction,
    Language,
    Moment,
    PromiseStatus,
)
from core.promises import add_promise, list_promises, settle_promise
from core.timeline_chart import (
    ItemKind,
    LaneKind,
    MilestoneKind,
    State,
    Symbol,
    TickUnit,
    TimelineChart,
    case_chart,
)
from core.timeline_chart.axis import make_axis
from core.timeline_chart.drawing import chart_drawing
from core.timeline_chart.labels import fit_text, place_labels
from core.timeline_chart.style import hatch_segments
from tests.core.test_letters import embedded_fonts, pdf_text

TODAY = dt.date(2026, 3, 14)
DAY = dt.timedelta(days=1)


@pytest.fixture
def demo(store: Store) -> Case:
    return create_demo_case(store, lang=Language.EN, today=TODAY)


def chart_of(
    store: Store, case: Case, today: dt.date = TODAY, language: Language | None = None
) -> TimelineChart:
    chart = case_chart(store, case.id, today=today, language=language)
    assert chart is not None
    return chart


def record_complaint(store: Store, case: Case, sent: dt.date, folder: Path) -> None:
    options = LetterOptions(
        kind=LetterKind.COMPLAINT,
        language=Language.EN,
        jurisdiction=Jurisdiction.FR,
        letter_date=sent,
    )
    rendered = make_letter(store, case_id=case.id, options=options, destination=folder / "c.pdf")
    record_letter(
        store,
        draft=rendered.draft,
        options=options,
        edits={},
        pdf=rendered.path,
        recipient_party_id=None,
    )


def test_the_demo_has_a_lane_per_channel_used_and_a_marker_per_interaction(
    store: Store, demo: Case
) -> None:
    chart = chart_of(store, demo)
    assert [(lane.kind, lane.label) for lane in chart.lanes] == [
        (LaneKind.CHANNEL, "Phone"),
        (LaneKind.CHANNEL, "Visits"),
        (LaneKind.PROMISES, "Promises"),
    ]
    rows = {lane.channel: lane.first_row for lane in chart.lanes}
    interactions = list_interactions(store, demo.id)
    markers = [item for item in chart.items if item.kind is ItemKind.INTERACTION]
    assert sorted(item.record_id for item in markers) == sorted(item.id for item in interactions)
    by_id = {item.id: item for item in interactions}
    for marker in markers:
        interaction = by_id[marker.record_id]
        assert marker.row == rows[interaction.channel]
        assert marker.start == chart.axis.x_of(interaction.occurred.day, interaction.occurred.time)
    assert chart.axis.first < min(item.occurred.day for item in interactions)
    assert [entry.symbol for entry in chart.legend[:3]] == [
        Symbol.RECEIVED,
        Symbol.SENT,
        Symbol.IN_PERSON,
    ]


def test_the_demos_three_broken_promises_run_from_made_to_due(store: Store, demo: Case) -> None:
    chart = chart_of(store, demo)
    spans = {item.record_id: item for item in chart.items if item.kind is ItemKind.PROMISE}
    promises = list_promises(store, demo.id)
    assert len(spans) == 3
    promise_lane = next(lane for lane in chart.lanes if lane.kind is LaneKind.PROMISES)
    assert sorted(span.row for span in spans.values()) == [
        promise_lane.first_row + number for number in range(3)
    ]
    axis = chart.axis
    for promise in promises:
        span = spans[promise.id]
        assert promise.status is PromiseStatus.BROKEN and span.state is State.BROKEN
        assert promise.made_on is not None and promise.settled_on is not None
        assert axis.first + dt.timedelta(days=int(span.start)) == promise.made_on
        assert span.settled == axis.x_of(promise.settled_on)
        assert span.due == (None if promise.due_on is None else axis.x_of(promise.due_on))
        assert span.end >= span.start
        assert span.caption and span.label == promise.text
        assert "Broken on" in span.tooltip
    [delivery] = [p for p in promises if p.text.startswith("Home delivery within 3 days")]
    assert delivery.made_on is not None
    assert spans[delivery.id].due == axis.x_of(delivery.made_on + 3 * DAY)
    assert Symbol.BROKEN in {entry.symbol for entry in chart.legend}


def test_before_any_written_complaint_only_today_is_marked(store: Store, demo: Case) -> None:
    chart = chart_of(store, demo)
    assert [milestone.kind for milestone in chart.milestones] == [MilestoneKind.TODAY]
    assert chart.milestones[0].x == chart.axis.x_of(TODAY)


def test_a_recorded_complaint_brings_the_mediators_dates_and_the_reply_awaited(
    store: Store, demo: Case, tmp_path: Path
) -> None:
    sent = dt.date(2026, 3, 16)
    record_complaint(store, demo, sent, tmp_path)
    chart = chart_of(store, demo, today=sent)
    milestones = {milestone.kind: milestone for milestone in chart.milestones}
    opens = milestones[MilestoneKind.ESCALATION_OPENS]
    assert opens.day == dt.date(2026, 5, 16)
    assert opens.label == "Mediator from 16 May 2026"
    assert "Electronic Communications Mediator" in opens.tooltip
    last = milestones[MilestoneKind.ESCALATION_LAST_DAY]
    assert last.day == dt.date(2027, 3, 16) and last.beyond and last.x == chart.axis.length
    assert not opens.beyond and opens.x == chart.axis.x_of(opens.day)
    assert milestones[MilestoneKind.NEXT_LEVEL].day == dt.date(2026, 4, 16)
    [letter] = [item for item in chart.items if item.kind is ItemKind.LETTER]
    assert letter.state is State.AWAITED
    assert letter.due == chart.axis.x_of(sent + 30 * DAY) == chart.axis.x_of(sent) + 30
    assert chart.lanes[-1].kind is LaneKind.LETTERS and chart.lanes[-1].label == "Replies"
    assert any(lane.channel is Channel.LETTER for lane in chart.lanes)

    late = chart_of(store, demo, today=dt.date(2026, 4, 20))
    [overdue] = [item for item in late.items if item.kind is ItemKind.LETTER]
    assert overdue.state is State.UNANSWERED
    assert overdue.end == late.axis.x_of(dt.date(2026, 4, 20))


def case_with(store: Store, days: list[dt.date]) -> Case:
    """A case of emails received on `days`: no written complaint, so no escalation dates."""
    case = create_case(store, title="Long dispute", counterparty="Operator", language=Language.EN)
    for day in days:
        add_interaction(
            store,
            case_id=case.id,
            occurred=Moment(day),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            summary="Email",
        )
    return case


def test_a_span_of_months_is_graduated_in_months(store: Store) -> None:
    case = case_with(store, [dt.date(2025, 1, 10), dt.date(2025, 9, 20)])
    chart = chart_of(store, case, today=dt.date(2025, 9, 21))
    assert chart.axis.unit is TickUnit.MONTH
    assert all(tick.day.day == 1 for tick in chart.axis.ticks)
    assert 5 <= len(chart.axis.ticks) <= 12
    assert chart.axis.first == dt.date(2024, 12, 31)
    assert [tick.label for tick in chart.axis.ticks[:3]] == ["Jan 2025", "Feb", "Mar"]


def test_a_span_of_years_is_graduated_in_years(store: Store) -> None:
    case = case_with(store, [dt.date(2019, 5, 1), dt.date(2026, 2, 1)])
    chart = chart_of(store, case, today=dt.date(2026, 2, 2))
    assert chart.axis.unit is TickUnit.YEAR
    assert [tick.label for tick in chart.axis.ticks] == [str(year) for year in range(2020, 2027)]
    assert all((tick.day.month, tick.day.day) == (1, 1) for tick in chart.axis.ticks)
    for tick in chart.axis.ticks:
        assert tick.x == (tick.day - chart.axis.first).days


@pytest.mark.parametrize(
    ("last", "unit"),
    [
        (dt.date(2026, 1, 9), TickUnit.DAY),
        (dt.date(2026, 2, 20), TickUnit.WEEK),
        (dt.date(2027, 3, 1), TickUnit.MONTH),
        (dt.date(2033, 1, 1), TickUnit.YEAR),
    ],
)
def test_the_graduation_follows_the_span(last: dt.date, unit: TickUnit) -> None:
    axis = make_axis(
        [dt.date(2026, 1, 1), last], language=Language.FR, jurisdiction=Jurisdiction.FR
    )
    assert axis.unit is unit
    assert 2 <= len(axis.ticks) <= 12
    assert axis.first < dt.date(2026, 1, 1) and axis.last > last
    if unit is TickUnit.WEEK:
        assert all(tick.day.weekday() == 0 for tick in axis.ticks)


def test_french_words_and_dates(store: Store, demo: Case) -> None:
    chart = chart_of(store, demo, language=Language.FR)
    assert [lane.label for lane in chart.lanes] == ["Téléphone", "Visites", "Engagements"]
    months = ("janv.", "févr.", "mars", "oct.", "nov.", "déc.")
    assert all(any(month in tick.label for month in months) for tick in chart.axis.ticks)
    assert "engagement non tenu" in [entry.label for entry in chart.legend]
    assert chart.milestones[0].label == "Aujourd’hui"


def test_promises_pending_overdue_kept_and_partly_kept(store: Store) -> None:
    case = case_with(store, [TODAY - 20 * DAY])
    [call] = list_interactions(store, case.id)
    made = TODAY - 20 * DAY
    texts = ("Refund", "Call back", "Send the form", "Repair")
    promises = [
        add_promise(
            store,
            case_id=case.id,
            text=text,
            interaction_id=call.id,
            made_on=made,
            due_on=made + number * 5 * DAY,
        )
        for number, text in enumerate(texts, start=1)
    ]
    settle_promise(store, promise_id=promises[2].id, status=PromiseStatus.KEPT, on=TODAY - 3 * DAY)
    settle_promise(
        store, promise_id=promises[3].id, status=PromiseStatus.PARTLY_KEPT, on=TODAY - 1 * DAY
    )
    chart = chart_of(store, case)
    spans = {item.label: item for item in chart.items if item.kind is ItemKind.PROMISE}
    axis = chart.axis
    assert spans["Refund"].state is State.OVERDUE
    assert spans["Refund"].end == axis.x_of(TODAY)
    assert "Overdue since" in spans["Refund"].tooltip
    assert spans["Call back"].state is State.OVERDUE
    assert spans["Send the form"].state is State.KEPT
    assert spans["Send the form"].end == axis.x_of(TODAY - 3 * DAY)
    assert spans["Repair"].state is State.PARTLY_KEPT
    pending = add_promise(
        store, case_id=case.id, text="Later", made_on=TODAY, due_on=TODAY + 10 * DAY
    )
    later = chart_of(store, case)
    [span] = [item for item in later.items if item.record_id == pending.id]
    assert span.state is State.PENDING and span.end == later.axis.x_of(TODAY + 10 * DAY)


def test_many_promises_share_rows_without_overlapping(store: Store) -> None:
    case = case_with(store, [TODAY - 200 * DAY])
    for number in range(40):
        made = TODAY - 200 * DAY + number * 5 * DAY
        promise = add_promise(
            store, case_id=case.id, text=f"Promise {number}", made_on=made, due_on=made + 12 * DAY
        )
        settle_promise(
            store, promise_id=promise.id, status=PromiseStatus.BROKEN, on=made + 12 * DAY
        )
    chart = chart_of(store, case)
    lane = next(lane for lane in chart.lanes if lane.kind is LaneKind.PROMISES)
    spans = [item for item in chart.items if item.kind is ItemKind.PROMISE]
    assert len(spans) == 40 and 2 <= lane.rows < 10
    assert all(not span.caption for span in spans)
    for row in range(lane.first_row, lane.first_row + lane.rows):
        on_row = sorted((span.start, span.end) for span in spans if span.row == row)
        assert all(end < start for (_s, end), (start, _e) in itertools.pairwise(on_row))
    assert len({entry.id for entry in chart.entries()}) == len(chart.items) + len(chart.milestones)


def test_a_case_with_nothing_dated_has_no_chart(store: Store) -> None:
    case = create_case(store, title="Nothing yet", counterparty="Operator")
    assert case_chart(store, case.id, today=TODAY) is None


def test_labels_never_cover_each_other() -> None:
    anchors = [(100.0, 80.0), (110.0, 60.0), (300.0, 50.0), (395.0, 90.0)]
    placed = place_labels(anchors, right_edge=400.0)
    boxes = [
        (spot.line, spot.left, spot.left + width)
        for spot, (_x, width) in zip(placed, anchors, strict=True)
    ]
    for first in boxes:
        for second in boxes:
            if first is not second and first[0] == second[0]:
                assert first[2] <= second[1] or second[2] <= first[1]
    assert all(right <= 400.0 for _line, _left, right in boxes)
    assert placed[3].left < 395.0
    assert fit_text("A long caption", 5 * 4, lambda text: 4.0 * len(text)).endswith("…")
    assert fit_text("Short", 100, lambda text: 4.0 * len(text)) == "Short"


def test_hatching_stays_inside_its_bar() -> None:
    for rising in (True, False):
        segments = hatch_segments(10, 20, 60, 26, spacing=2.5, rising=rising)
        assert len(segments) > 10
        for x1, y1, x2, y2 in segments:
            assert all(10 <= x <= 60 for x in (x1, x2))
            assert all(20 <= y <= 26 for y in (y1, y2))
            assert (y2 > y1) is rising


def test_the_drawing_is_as_wide_as_asked_and_names_its_lanes(store: Store, demo: Case) -> None:
    drawing = chart_drawing(chart_of(store, demo), 400)
    assert drawing.width == 400
    texts = [node.text for node in drawing.contents if hasattr(node, "text")]
    assert {"Phone", "Visits", "Promises", "promise broken", "Today"} <= set(texts)


def referral(store: Store, case: Case, out: Path, lang: Language) -> Path:
    options = LetterOptions(
        kind=LetterKind.MEDIATOR_REFERRAL,
        language=lang,
        jurisdiction=Jurisdiction.FR,
        letter_date=dt.date(2026, 5, 20),
    )
    make_letter(store, case_id=case.id, options=options, destination=out)
    return out


def test_the_mediator_referral_shows_the_case_at_a_glance(
    store: Store, demo: Case, tmp_path: Path
) -> None:
    record_complaint(store, demo, dt.date(2026, 3, 16), tmp_path)
    path = referral(store, demo, tmp_path / "referral.pdf", Language.EN)
    text = pdf_text(path)
    assert "The case at a glance" in text
    for words in ("promise broken", "received", "in person", "due date", "Replies"):
        assert words in text
    assert "Mediator from 16 May 2026" in text and "This letter" in text
    assert text.index("The case at a glance") > text.index("The facts")
    assert all(embedded_fonts(path).values())
    letters = list_letters(store, demo.id)
    assert [letter.kind for letter in letters] == [LetterKind.COMPLAINT]


def test_the_french_referral_has_the_chart_in_french(
    store: Store, demo: Case, tmp_path: Path
) -> None:
    path = referral(store, demo, tmp_path / "saisine.pdf", Language.FR)
    text = pdf_text(path)
    assert "Le dossier en un coup d’œil" in text
    assert "engagement non tenu" in text and "Engagements" in text
    assert all(embedded_fonts(path).values())


@pytest.mark.parametrize("kind", [LetterKind.COMPLAINT, LetterKind.FORMAL_NOTICE])
def test_other_letters_have_no_chart(
    store: Store, demo: Case, tmp_path: Path, kind: LetterKind
) -> None:
    options = LetterOptions(
        kind=kind, language=Language.EN, jurisdiction=Jurisdiction.FR, letter_date=TODAY
    )
    rendered = make_letter(store, case_id=demo.id, options=options, destination=tmp_path / "l.pdf")
    assert rendered.draft.chart is None
    assert "The case at a glance" not in pdf_text(tmp_path / "l.pdf")


def test_the_referral_chart_is_the_case_on_the_letters_day(store: Store, demo: Case) -> None:
    record = load_case_record(store, demo.id, today=TODAY)
    from core.letters.compose import build_draft

    options = LetterOptions(
        kind=LetterKind.MEDIATOR_REFERRAL,
        language=Language.EN,
        jurisdiction=Jurisdiction.FR,
        letter_date=TODAY + 5 * DAY,
    )
    draft = build_draft(record, options)
    assert draft.chart is not None and draft.chart.today == TODAY + 5 * DAY
    [block] = [block for block in draft.blocks if block.key == "chart"]
    assert block.heading == "The case at a glance" and "Each mark" in block.text


def test_interactions_of_one_day_with_and_without_a_time_are_in_order(store: Store) -> None:
    case = case_with(store, [TODAY])
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment(TODAY, dt.time(9, 30)),
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        summary="Morning call",
    )
    chart = chart_of(store, case)
    points = [item for item in chart.items if item.kind is ItemKind.INTERACTION]
    assert [item.label for item in points] == ["Email", "Morning call"]
    assert points[1].start == chart.axis.x_of(TODAY) - 0.5 + 9.5 / 24
