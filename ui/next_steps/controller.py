"""What keeps the window's deadlines up to date: the "needs attention" panel (read in the
background each time the list of cases is), the case's next steps, the daily notice, and
going from a step to its case, tab and row.

The day comes from one `DayWatch`, so a window left open overnight refreshes at midnight and
tests can say which day it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject

from core.case_summaries import list_case_summaries
from core.database import DATABASE_FILENAME, Store, connect
from core.datadir import APP_NAME
from core.deadlines import DeadlineSettings, NextStep, attention, daily_notice, notice_due
from core.errors import RecoursError
from ui.errors import describe_problem, show_error
from ui.next_steps.case_steps import LETTER_LINK, PROMISE_LINK
from ui.next_steps.day import DayWatch
from ui.next_steps.preferences_group import deadline_settings
from ui.next_steps.system_notice import SystemNotice
from ui.next_steps.wording import step_title, when_text
from ui.record_change import Part, RecordChange
from ui.settings import load_last_notified, load_preferences, save_last_notified
from ui.tasks import run_in_background
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

EXPANDED_KEY: Final = "NeedsAttention/expanded"
NOTICE_ITEMS: Final = 3
"""The notice names this many steps; the panel lists them all."""
_STEP_PARTS: Final = Part.PROMISES | Part.LETTERS | Part.TIMELINE
"""What the case's next steps read beyond what its summary reloads for (case, money,
parties)."""

Titles = dict[int, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class AttentionReading:
    """What needs attention on `day` within `within_days`, with each case's title and
    company by id."""

    day: dt.date
    within_days: int
    steps: list[NextStep]
    titles: Titles


def read_attention(store: Store, *, day: dt.date, settings: DeadlineSettings) -> AttentionReading:
    summaries = list_case_summaries(store, today=day)
    return AttentionReading(
        day=day,
        within_days=settings.soon_days,
        steps=attention(store, today=day, settings=settings, within_days=settings.soon_days),
        titles={summary.id: (summary.title, summary.counterparty) for summary in summaries},
    )


def _read_with_own_store(
    data_dir: Path, day: dt.date, settings: DeadlineSettings
) -> AttentionReading:
    """On a pool thread: its own connection to the record, never the window's. The window
    has already brought the schema up to date, so the connection only reads."""
    with Store(connect(data_dir / DATABASE_FILENAME), data_dir) as store:
        return read_attention(store, day=day, settings=settings)


class NextStepsController(QObject):
    """Ties the panel, the banner, the case's next steps and the system notice to the
    window's record and day."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.day = DayWatch(parent=self)
        self.panel = window.dashboard.attention
        self.banner = window.dashboard.notice_banner
        self.case_steps = window.case_detail.summary.next_steps
        self.system_notice = SystemNotice(self)
        self.reading: AttentionReading | None = None
        self._busy = False
        self._read_again = False

        self.case_steps.read_day = self.day.today
        self.case_steps.read_settings = self.deadline_settings
        self.case_steps.record_chosen.connect(self.open_record)
        self.panel.step_chosen.connect(self.go_to)
        self.panel.set_expanded(bool(window.settings.value(EXPANDED_KEY, True, type=bool)))
        self.panel.expanded_changed.connect(
            lambda expanded: window.settings.setValue(EXPANDED_KEY, expanded)
        )
        self.banner.show_requested.connect(self.reveal_panel)
        self.banner.dismissed.connect(self.system_notice.withdraw)
        self.system_notice.clicked.connect(self.reveal_panel)
        self.day.day_changed.connect(self._on_day_changed)

    def bind(self, workspace: Workspace) -> None:
        workspace.changed.connect(self._on_change)

    def deadline_settings(self) -> DeadlineSettings:
        return deadline_settings(load_preferences(self.window.settings))

    def refresh(self) -> None:
        """Read again what needs attention, off the main thread; a request made while a
        reading is under way starts one more when it ends."""
        workspace = self.window.workspace
        if workspace is None:
            return
        if self._busy:
            self._read_again = True
            return
        day, settings = self.day.today(), self.deadline_settings()
        data_dir = workspace.store.data_dir
        if data_dir is None:
            self._show_reading(read_attention(workspace.store, day=day, settings=settings))
            return
        self._busy = True
        run_in_background(
            lambda: _read_with_own_store(data_dir, day, settings),
            on_success=self._on_read,
            on_failure=self._on_failure,
            parent=self,
        )

    def settings_changed(self) -> None:
        """The preferences were saved: the horizon or a waiting period may be other."""
        self.refresh()
        self._show_case_steps()

    def _on_read(self, reading: AttentionReading) -> None:
        self._busy = False
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        self._show_reading(reading)

    def _on_failure(self, error: BaseException) -> None:
        self._busy = False
        sentence = describe_problem(error)
        if sentence is None:
            show_error(self.window, error)
            return
        self.panel.show_problem(sentence)

    def _show_reading(self, reading: AttentionReading) -> None:
        self.reading = reading
        self.panel.show_steps(
            reading.steps, reading.titles, today=reading.day, within_days=reading.within_days
        )
        self._tell_what_became_due(reading)

    def _tell_what_became_due(self, reading: AttentionReading) -> None:
        """At most once a day: what started needing attention since the user was last told."""
        settings = self.window.settings
        last = load_last_notified(settings)
        if not notice_due(last, reading.day):
            return
        news = daily_notice(reading.steps, last_notified=last, today=reading.day)
        save_last_notified(settings, reading.day)
        if news:
            self.show_notice(news, reading.titles)

    def show_notice(self, steps: list[NextStep], titles: Titles) -> None:
        """In the window (the banner and the status line) and, where there is one, through
        the system's notifications."""
        sentence = self.notice_text(steps, titles)
        self.banner.show_notice(sentence)
        self.window.statusBar().showMessage(sentence)
        lines = [
            self.tr("{what} — {case}, {when}").format(
                what=step_title(step, marked=False),
                case=titles.get(step.case_id, ("", ""))[0],
                when=when_text(step, self.day.today()),
            )
            for step in steps[:NOTICE_ITEMS]
        ]
        self.system_notice.show_message(
            self.tr("{app}: {count}").format(app=APP_NAME, count=self.count_text(len(steps))),
            "\n".join(lines),
        )

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 thing needs your attention")
        return self.tr("{count} things need your attention").format(count=count)

    def notice_text(self, steps: list[NextStep], titles: Titles) -> str:
        """ "3 things need your attention: Promise: A technician comes (Boiler); …"."""
        items = "; ".join(
            self.tr("{what} ({case})").format(
                what=step_title(step, marked=False), case=titles.get(step.case_id, ("", ""))[0]
            )
            for step in steps[:NOTICE_ITEMS]
        )
        more = len(steps) - NOTICE_ITEMS
        if more > 0:
            items = self.tr("{items} and {count} more").format(items=items, count=more)
        return self.tr("{count}: {items}").format(count=self.count_text(len(steps)), items=items)

    def reveal_panel(self) -> None:
        """Bring the window forward with the list of what needs attention in view."""
        self.banner.hide()
        self.system_notice.withdraw()
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.panel.reveal()

    def go_to(self, step: NextStep) -> None:
        """Select the step's case; a promise or a letter also opens its tab on its row."""
        self.window.reveal_case(step.case_id)
        if step.promise_id is not None:
            self.open_record(PROMISE_LINK, step.promise_id)
        elif step.letter_id is not None:
            self.open_record(LETTER_LINK, step.letter_id)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a promise or a letter of the case on show in its tab, selected."""
        detail = self.window.case_detail
        if detail.case_id is None:
            return
        detail.show_record(detail.promises if kind == PROMISE_LINK else detail.letters, record_id)

    def _on_change(self, change: RecordChange) -> None:
        shown = self.window.case_detail.case_id
        if shown is not None and change.touches(_STEP_PARTS, shown):
            self._show_case_steps()

    def _on_day_changed(self, _day: dt.date) -> None:
        self.window.reload_cases()
        self._show_case_steps()

    def _show_case_steps(self) -> None:
        workspace, shown = self.window.workspace, self.window.case_detail.case_id
        if workspace is None or shown is None:
            return
        try:
            self.case_steps.show_case(workspace.store, shown)
        except RecoursError as error:
            show_error(self.window, error)
