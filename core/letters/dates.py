"""Dates and times as a letter writes them: "26 novembre 2026", "26 November 2026",
"November 26, 2026"; "19 h 10", "19:10", "7:10 PM"."""

from __future__ import annotations

import datetime as dt
from typing import Final

from core.model import Jurisdiction, Language

_FRENCH_MONTHS: Final = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_ENGLISH_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: dt.date, language: Language, jurisdiction: Jurisdiction) -> str:
    if language is Language.FR:
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {_FRENCH_MONTHS[day.month - 1]} {day.year}"
    month = _ENGLISH_MONTHS[day.month - 1]
    if jurisdiction is Jurisdiction.US:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


def clock_time(time: dt.time, language: Language, jurisdiction: Jurisdiction) -> str:
    if language is Language.FR:
        return f"{time.hour} h {time.minute:02d}"
    if jurisdiction is Jurisdiction.US:
        hour = time.hour % 12 or 12
        return f"{hour}:{time.minute:02d} {'AM' if time.hour < 12 else 'PM'}"
    return f"{time.hour:02d}:{time.minute:02d}"
