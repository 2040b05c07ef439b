"""Dates and moments as people type them, in French or English.

The command line and the desktop forms both take "2026-03-14", "14/03/2026", "today",
"demain", "in 3 days" or "dans 2 semaines", so the rules live here once. Anything that is
not a date raises `InvalidInputError("error.bad_date")`, never another exception: what a
person types must not be able to crash the app.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Final

from core.errors import InvalidInputError
from core.model import Moment

_NOW_WORDS: Final = frozenset({"now", "maintenant"})
_DAY_WORDS: Final = {
    "today": 0,
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "tomorrow": 1,
    "demain": 1,
    "yesterday": -1,
    "hier": -1,
    "apres-demain": 2,
    "apres demain": 2,
    "day after tomorrow": 2,
    "avant-hier": -2,
    "avant hier": -2,
    "day before yesterday": -2,
}
_NUMBER_WORDS: Final = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1}
_UNITS: Final = {
    "day": "days",
    "days": "days",
    "jour": "days",
    "jours": "days",
    "week": "weeks",
    "weeks": "weeks",
    "semaine": "weeks",
    "semaines": "weeks",
    "month": "months",
    "months": "months",
    "mois": "months",
    "year": "years",
    "years": "years",
    "an": "years",
    "ans": "years",
    "annee": "years",
    "annees": "years",
}
_COUNT = r"(?P<count>\d{1,6}|a|an|one|un|une)"
_UNIT = r"(?P<unit>[a-z]+)"
_AHEAD = (
    re.compile(rf"(?:in|dans) {_COUNT} {_UNIT}"),
    re.compile(rf"\+ ?{_COUNT} ?{_UNIT}"),
)
_BEHIND = (
    re.compile(rf"{_COUNT} {_UNIT} ago"),
    re.compile(rf"il y a {_COUNT} {_UNIT}"),
)
_ISO_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})")
_TIME = r"(?P<hour>\d{1,2})(?::|h)(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
_WITH_TIME = re.compile(rf"(?P<day_text>.+?)(?:t| | at | a )(?:at |a )?{_TIME}")


def _normalise(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: "Aujourd’hui" matches."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.replace("\u2019", "'").replace("\u02bc", "'").split())


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, or the month's last day when it is shorter.

    31 January plus one month is 28 (or 29) February; 29 February plus twelve months is
    28 February.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month_index = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError("date out of range")
    month = month_index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift(day: dt.date, count: int, unit: str) -> dt.date:
    if unit == "days":
        return day + dt.timedelta(days=count)
    if unit == "weeks":
        return day + dt.timedelta(weeks=count)
    if unit == "months":
        return add_months(day, count)
    return add_months(day, 12 * count)


def _relative_day(cleaned: str, today: dt.date) -> dt.date | None:
    if cleaned in _DAY_WORDS:
        return today + dt.timedelta(days=_DAY_WORDS[cleaned])
    for patterns, sign in ((_AHEAD, 1), (_BEHIND, -1)):
        for pattern in patterns:
            match = pattern.fullmatch(cleaned)
            if match is None or match["unit"] not in _UNITS:
                continue
            count_text = match["count"]
            count = _NUMBER_WORDS.get(count_text) or int(count_text)
            return _shift(today, sign * count, _UNITS[match["unit"]])
    return None


def _calendar_day(cleaned: str) -> dt.date | None:
    for pattern in (_ISO_DAY, _DAY_FIRST):
        match = pattern.fullmatch(cleaned)
        if match is not None:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    return None


def _day(cleaned: str, today: dt.date) -> dt.date | None:
    """The day `cleaned` names; None when it names none; ValueError or OverflowError when the
    numbers are out of range."""
    return _calendar_day(cleaned) or _relative_day(cleaned, today)


def parse_day(text: str, *, today: dt.date) -> dt.date:
    """A day written as 2026-03-14, 14/03/2026, today, demain, in 3 days, il y a 2 semaines..."""
    cleaned = _normalise(text)
    try:
        day = _day(cleaned, today)
    except (ValueError, OverflowError):
        day = None
    if day is None:
        raise InvalidInputError("error.bad_date", value=text)
    return day


def parse_due_date(text: str, *, today: dt.date) -> dt.date:
    """When a promise falls due: an exact day, or a delay counted from `today`.

    Calendar months and years: "in 1 month" from 31 January is the last day of February.
    """
    return parse_day(text, today=today)


def parse_moment(text: str, *, now: dt.datetime) -> Moment:
    """When something happened: "now", a day ("2026-03-14", "yesterday"), or a day and a time
    ("2026-03-14 09:30", "2026-03-14T09:30", "14/03/2026 9h30", "today at 14:05")."""
    cleaned = _normalise(text)
    if cleaned in _NOW_WORDS:
        return Moment.of(now)
    today = now.date()
    try:
        day = _day(cleaned, today)
        if day is not None:
            return Moment(day)
        match = _WITH_TIME.fullmatch(cleaned)
        if match is not None:
            day = _day(match["day_text"].strip(), today)
            if day is not None:
                return Moment(day, dt.time(int(match["hour"]), int(match["minute"])))
    except (ValueError, OverflowError):
        pass
    raise InvalidInputError("error.bad_date", value=text)
