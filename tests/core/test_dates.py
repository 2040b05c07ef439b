"""Dates as people type them: exact days, relative delays, moments with a time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.dates import add_months, parse_day, parse_due_date, parse_moment
from core.errors import InvalidInputError
from core.model import Moment

TODAY = dt.date(2026, 3, 14)
NOW = dt.datetime(2026, 3, 14, 9, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-20", dt.date(2026, 3, 20)),
        (" 2026-3-5 ", dt.date(2026, 3, 5)),
        ("20/03/2026", dt.date(2026, 3, 20)),
        ("5/3/2026", dt.date(2026, 3, 5)),
        ("20.03.2026", dt.date(2026, 3, 20)),
        ("today", TODAY),
        ("Today", TODAY),
        ("aujourd'hui", TODAY),
        ("Aujourd’hui", TODAY),
        ("tomorrow", dt.date(2026, 3, 15)),
        ("demain", dt.date(2026, 3, 15)),
        ("après-demain", dt.date(2026, 3, 16)),
        ("yesterday", dt.date(2026, 3, 13)),
        ("hier", dt.date(2026, 3, 13)),
        ("in 3 days", dt.date(2026, 3, 17)),
        ("In  3  Days", dt.date(2026, 3, 17)),
        ("in 1 day", dt.date(2026, 3, 15)),
        ("dans 3 jours", dt.date(2026, 3, 17)),
        ("dans un jour", dt.date(2026, 3, 15)),
        ("in a week", dt.date(2026, 3, 21)),
        ("in 2 weeks", dt.date(2026, 3, 28)),
        ("dans 2 semaines", dt.date(2026, 3, 28)),
        ("dans une semaine", dt.date(2026, 3, 21)),
        ("in 1 month", dt.date(2026, 4, 14)),
        ("dans 2 mois", dt.date(2026, 5, 14)),
        ("in a year", dt.date(2027, 3, 14)),
        ("dans un an", dt.date(2027, 3, 14)),
        ("+10 days", dt.date(2026, 3, 24)),
        ("3 days ago", dt.date(2026, 3, 11)),
        ("il y a 2 semaines", dt.date(2026, 2, 28)),
        ("in 0 days", TODAY),
    ],
)
def test_due_dates_people_type(text: str, expected: dt.date) -> None:
    assert parse_due_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 30), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 10, 31), 4, dt.date(2027, 2, 28)),
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2028, 2, 29), 48, dt.date(2032, 2, 29)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),
    ],
)
def test_calendar_months_end_on_the_last_day_of_a_shorter_month(
    start: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(start, months) == expected


def test_a_month_from_the_end_of_january_is_the_end_of_february() -> None:
    assert parse_due_date("in 1 month", today=dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
    assert parse_due_date("dans 1 mois", today=dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)


def test_a_year_from_a_leap_day_is_the_28th_of_february() -> None:
    assert parse_due_date("in 1 year", today=dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)


def test_days_and_weeks_cross_month_and_year_ends() -> None:
    assert parse_due_date("in 3 days", today=dt.date(2026, 12, 30)) == dt.date(2027, 1, 2)
    assert parse_due_date("in 1 week", today=dt.date(2028, 2, 25)) == dt.date(2028, 3, 3)
    assert parse_due_date("tomorrow", today=dt.date(2028, 2, 28)) == dt.date(2028, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "soon",
        "2026-02-30",
        "2027-02-29",
        "31/04/2026",
        "2026-13-01",
        "14/03/26",
        "in days",
        "in -3 days",
        "in 3 fortnights",
        "in 3",
        "3 days",
        "dans 3 jours demain",
        "in 99999 years",
        "9999-12-31 plus",
        "2026-03-14 09:30",
    ],
)
def test_anything_else_is_refused_with_the_date_message(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_due_date(text, today=TODAY)
    assert caught.value.message_id == "error.bad_date"
    assert caught.value.params == {"value": text}


def test_a_delay_past_the_last_representable_day_is_a_bad_date() -> None:
    with pytest.raises(InvalidInputError):
        parse_due_date("in 3 days", today=dt.date(9999, 12, 30))
    with pytest.raises(InvalidInputError):
        parse_due_date("dans 1 mois", today=dt.date(9999, 12, 15))


def test_the_refusal_names_the_value_in_the_users_language() -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_due_date("bientôt", today=TODAY)
    assert "bientôt" in caught.value.describe("fr")
    assert "n’est pas une date" in caught.value.describe("fr")
    assert "is not a date" in caught.value.describe("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", Moment(TODAY, dt.time(9, 30))),
        ("Maintenant", Moment(TODAY, dt.time(9, 30))),
        ("2026-03-10", Moment(dt.date(2026, 3, 10))),
        ("2026-03-10 14:05", Moment(dt.date(2026, 3, 10), dt.time(14, 5))),
        ("2026-03-10T14:05", Moment(dt.date(2026, 3, 10), dt.time(14, 5))),
        ("2026-03-10T14:05:59", Moment(dt.date(2026, 3, 10), dt.time(14, 5))),
        ("2026-03-10 8:05", Moment(dt.date(2026, 3, 10), dt.time(8, 5))),
        ("10/03/2026 14h05", Moment(dt.date(2026, 3, 10), dt.time(14, 5))),
        ("10/03/2026 à 14h05", Moment(dt.date(2026, 3, 10), dt.time(14, 5))),
        ("today", Moment(TODAY)),
        ("yesterday 18:00", Moment(dt.date(2026, 3, 13), dt.time(18, 0))),
        ("hier à 18h00", Moment(dt.date(2026, 3, 13), dt.time(18, 0))),
        ("today at 07:45", Moment(TODAY, dt.time(7, 45))),
        ("3 days ago", Moment(dt.date(2026, 3, 11))),
    ],
)
def test_moments_people_type(text: str, expected: Moment) -> None:
    assert parse_moment(text, now=NOW) == expected


@pytest.mark.parametrize(
    "text",
    ["", "later", "2026-03-10 25:00", "2026-03-10 14:60", "2026-03-10 14", "now 10:00", "14:05"],
)
def test_bad_moments_are_refused_with_the_date_message(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_moment(text, now=NOW)
    assert caught.value.message_id == "error.bad_date"


def test_a_moment_with_a_time_round_trips_through_its_iso_form() -> None:
    moment = parse_moment("2026-03-10 14:05", now=NOW)
    assert Moment.parse(moment.iso()) == moment


@given(st.dates())
def test_every_iso_day_reads_back(day: dt.date) -> None:
    assert parse_due_date(day.isoformat(), today=TODAY) == day
    assert parse_due_date(day.strftime("%d/%m/") + f"{day.year:04d}", today=TODAY) == day


@given(st.dates(max_value=dt.date(9000, 1, 1)), st.integers(min_value=0, max_value=1200))
def test_adding_months_keeps_the_day_or_ends_the_month(day: dt.date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or (later.day < day.day and (later + dt.timedelta(1)).day == 1)


@given(st.text())
def test_arbitrary_text_never_raises_anything_but_a_bad_date(text: str) -> None:
    for parse in (
        lambda: parse_due_date(text, today=TODAY),
        lambda: parse_day(text, today=dt.date.max),
        lambda: parse_moment(text, now=NOW),
    ):
        try:
            parse()
        except InvalidInputError as error:
            assert error.message_id == "error.bad_date"


@given(
    st.from_regex(
        r"(in|dans|\+) ?[0-9]{1,7} ?(days?|jours?|weeks?|semaines?|months?|mois|years?|ans?)",
        fullmatch=True,
    ),
    st.dates(),
)
def test_relative_delays_never_crash_near_the_ends_of_the_calendar(
    text: str, today: dt.date
) -> None:
    try:
        result = parse_due_date(text, today=today)
    except InvalidInputError as error:
        assert error.message_id == "error.bad_date"
    else:
        assert result >= today
