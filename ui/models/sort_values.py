"""Sort values for dates and moments: whole numbers, so the proxy compares them as numbers.

Text such as "2008-09-01T18:30" would go through locale-aware string comparison, which may
ignore punctuation; a count of minutes cannot be misordered.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from core.model import Moment

MISSING = -1
"""The sort value of an empty date: before every real one."""

_MINUTES_PER_DAY = 24 * 60


def day_value(day: dt.date | None) -> int:
    return MISSING if day is None else day.toordinal()


def moment_value(moment: Moment | None) -> int:
    """Minutes since year 1; a day without a time of day sorts at its start."""
    if moment is None:
        return MISSING
    minutes = 0 if moment.time is None else moment.time.hour * 60 + moment.time.minute
    return moment.day.toordinal() * _MINUTES_PER_DAY + minutes


def timestamp_value(iso: str) -> int:
    """Seconds since the epoch of a timestamp the app wrote (ISO 8601 with its offset)."""
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except ValueError:
        return MISSING
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return int(stamp.timestamp())


def text_value(text: str) -> str:
    """Text as a reader alphabetises it: "Électricité" beside "electricity", not after "z".

    Plain ASCII has no accents to drop: it skips the character-by-character pass, which
    made sorting 10,000 summaries take a quarter of a second.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
