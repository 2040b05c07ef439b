"""Dates, times, sizes and amounts written the way a reader of the interface language expects.

Dates spell the month ("1 Sep 2008", "1 sept. 2008") because "01/09/2008" reads differently on
each side of the Atlantic, and a dispute record must not be misread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from core.model import Moment, Money
from core.money import format_money
from ui.language import interface_language, interface_locale

_DAY_FORMAT = "d MMM yyyy"


def format_day(day: dt.date | None) -> str:
    if day is None:
        return ""
    return interface_locale().toString(QDate(day.year, day.month, day.day), _DAY_FORMAT)


def format_moment(moment: Moment | None) -> str:
    """A day, with its time of day when the record knows it."""
    if moment is None:
        return ""
    day = format_day(moment.day)
    if moment.time is None:
        return day
    time = QTime(moment.time.hour, moment.time.minute)
    clock = interface_locale().toString(time, QLocale.FormatType.ShortFormat)
    return f"{day}, {clock}"


def format_timestamp(utc_iso: str) -> str:
    """A moment the app recorded itself (UTC, ISO 8601), in the user's own time zone."""
    stamp = QDateTime.fromString(utc_iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return utc_iso
    local = stamp.toLocalTime()
    day = local.date()
    clock = interface_locale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{interface_locale().toString(day, _DAY_FORMAT)}, {clock}"


def format_size(size: int) -> str:
    """A file size in the units people see in their file manager (kB, MB)."""
    return interface_locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_amounts(amounts: Iterable[Money]) -> str:
    """Several amounts (one per currency) on one line, e.g. "€60.00, 8,600 points"."""
    lang = interface_language().value
    return ", ".join(format_money(amount, lang) for amount in amounts)
