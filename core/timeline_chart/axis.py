"""The time axis: from the first day to the last with a margin, graduated in days, weeks,
months or years depending on the span and the room the renderer has.

Ticks fall on round days (the 1st of a month, a Monday, the 1st of January) so that a
chart zoomed in keeps the graduations it had, with more between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

from core.dates import add_months
from core.i18n import translate
from core.model import Jurisdiction, Language
from core.timeline_chart.model import Axis, Tick, TickUnit

MOST_TICKS: Final = 12
"""The labels a chart as wide as a letter's text holds without crowding."""
_MARGIN_SHARE: Final = 0.04
_STEPS: Final = (
    (TickUnit.DAY, 1),
    (TickUnit.DAY, 2),
    (TickUnit.DAY, 3),
    (TickUnit.WEEK, 1),
    (TickUnit.WEEK, 2),
    (TickUnit.MONTH, 1),
    (TickUnit.MONTH, 2),
    (TickUnit.MONTH, 3),
    (TickUnit.MONTH, 6),
    (TickUnit.YEAR, 1),
    (TickUnit.YEAR, 2),
    (TickUnit.YEAR, 5),
    (TickUnit.YEAR, 10),
    (TickUnit.YEAR, 25),
    (TickUnit.YEAR, 50),
    (TickUnit.YEAR, 100),
)
_UNIT_DAYS: Final = {
    TickUnit.DAY: 1.0,
    TickUnit.WEEK: 7.0,
    TickUnit.MONTH: 30.44,
    TickUnit.YEAR: 365.25,
}


def make_axis(
    days: Iterable[dt.date],
    *,
    language: Language,
    jurisdiction: Jurisdiction,
    most_ticks: int = MOST_TICKS,
) -> Axis:
    """An axis covering `days` (at least one) with a margin of a day, or 4 % of the span,
    on each side."""
    chosen = list(days)
    earliest, latest = min(chosen), max(chosen)
    margin = dt.timedelta(days=max(1, round((latest - earliest).days * _MARGIN_SHARE)))
    first, last = earliest - margin, latest + margin
    unit, step = choose_step((last - first).days + 1, most_ticks)
    ticks = axis_ticks(first, last, unit, step, language=language, jurisdiction=jurisdiction)
    return Axis(first=first, last=last, unit=unit, step=step, ticks=ticks)


def choose_step(length_days: float, most_ticks: int) -> tuple[TickUnit, int]:
    """The finest graduation that puts at most `most_ticks` labels on the span."""
    for unit, step in _STEPS:
        if length_days / (_UNIT_DAYS[unit] * step) <= max(most_ticks, 1):
            return unit, step
    return _STEPS[-1]


def _tick_days(first: dt.date, last: dt.date, unit: TickUnit, step: int) -> list[dt.date]:
    if unit is TickUnit.DAY:
        start = first + dt.timedelta(days=(-first.toordinal()) % step)
        return _every(start, last, dt.timedelta(days=step))
    if unit is TickUnit.WEEK:
        monday = first + dt.timedelta(days=(-first.weekday()) % 7)
        if (monday.toordinal() // 7) % step:
            monday += dt.timedelta(days=7)
        return _every(monday, last, dt.timedelta(days=7 * step))
    if unit is TickUnit.MONTH:
        month = dt.date(first.year, first.month, 1)
        if month < first:
            month = add_months(month, 1)
        while (month.month - 1) % step:
            month = add_months(month, 1)
        days = []
        while month <= last:
            days.append(month)
            month = add_months(month, step)
        return days
    year = first.year if (first.month, first.day) == (1, 1) else first.year + 1
    year += (-year) % step
    return [dt.date(number, 1, 1) for number in range(year, last.year + 1, step)]


def _every(start: dt.date, last: dt.date, gap: dt.timedelta) -> list[dt.date]:
    days = []
    while start <= last:
        days.append(start)
        start += gap
    return days


def axis_ticks(
    first: dt.date,
    last: dt.date,
    unit: TickUnit,
    step: int,
    *,
    language: Language,
    jurisdiction: Jurisdiction,
) -> tuple[Tick, ...]:
    """The graduations between `first` and `last`, labelled in `language`; the year is
    written on the first label and wherever a new year begins."""
    months = translate("chart.months", language.value).split()
    ticks: list[Tick] = []
    previous_year: int | None = None
    for day in _tick_days(first, last, unit, step):
        with_year = previous_year != day.year
        previous_year = day.year
        ticks.append(
            Tick(
                x=float((day - first).days),
                day=day,
                label=_tick_label(day, unit, months, with_year, language, jurisdiction),
            )
        )
    return tuple(ticks)


def _tick_label(
    day: dt.date,
    unit: TickUnit,
    months: list[str],
    with_year: bool,
    language: Language,
    jurisdiction: Jurisdiction,
) -> str:
    lang = language.value
    if unit is TickUnit.YEAR:
        return str(day.year)
    month = months[day.month - 1]
    if unit is TickUnit.MONTH:
        key = "chart.tick.month_year" if with_year else "chart.tick.month"
        return translate(key, lang, month=month, year=day.year)
    order = "_us" if jurisdiction is Jurisdiction.US and language is Language.EN else ""
    key = f"chart.tick.day_year{order}" if with_year else f"chart.tick.day{order}"
    return translate(key, lang, day=day.day, month=month, year=day.year)
