"""Saying which day it is to the window, instead of the clock, for dated scenarios."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.next_steps import day as day_module


class SetDay:
    """The window's day; `to(day)` moves it (the window notices at its next check)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
        self.day = day
        monkeypatch.setattr(day_module, "system_day", lambda: self.day)

    def to(self, day: dt.date) -> None:
        self.day = day
