"""The current time, in the two forms the record uses."""

from __future__ import annotations

import datetime as dt


def utc_timestamp() -> str:
    """When a row was written: UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def local_now() -> dt.datetime:
    """The user's wall-clock time: what they mean by "just now"."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def today() -> dt.date:
    return dt.date.today()
