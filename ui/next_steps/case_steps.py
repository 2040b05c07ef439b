"""The "Next steps" of the case on show, in its summary: each step in a few words with its
day (the whole sentence on hover, or all of them with "Show details"), overdue ones in words
and colour, rules not yet checked by a lawyer marked with an asterisk whose tooltip names the
source, and a link to the promise or letter concerned.

A case has a handful of steps, so they are one rich-text label rather than a list.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCursor, QHelpEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from core.database import Store
from core.deadlines import DeadlineSettings, NextStep, Severity, case_next_steps
from ui.formatting import format_day
from ui.language import interface_language
from ui.next_steps.day import system_day
from ui.next_steps.wording import (
    UNVERIFIED_MARK,
    days_late,
    is_unverified,
    sentence,
    step_title,
    unverified_note,
    when_text,
)
from ui.palette import alert_text

PROMISE_LINK: Final = "promise"
LETTER_LINK: Final = "letter"
SOURCE_LINK: Final = "source"
DETAILS_LINK: Final = "details"
SHORT_STEPS: Final = 3
"""The short form shows the first steps (overdue first, then by date); the rest with the
details."""
_TITLE_SHOWN: Final = 60
"""A step's title in the short form is cut at this many characters (a long promise)."""


class CaseNextSteps(QLabel):
    """What the case asks of the user next, from `core.deadlines.case_next_steps`.

    `read_day` and `read_settings` say which day it is and what the user set; the window
    points them at its own.

    Signals:
        record_chosen(str, int): a "promise" or "letter" link was followed, with its id.
    """

    record_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_day: Callable[[], dt.date] = system_day
        self.read_settings: Callable[[], DeadlineSettings] = DeadlineSettings
        self.steps: list[NextStep] = []
        self.detailed = False
        self._today = system_day()
        self._hovered_link = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Next steps"))
        self.linkActivated.connect(self._follow)
        self.linkHovered.connect(self._explain)

    def show_case(self, store: Store, case_id: int) -> None:
        """Read the case's steps as of today and show them."""
        self._today = self.read_day()
        self.steps = case_next_steps(
            store, case_id, today=self._today, settings=self.read_settings()
        )
        self._show()

    def set_detailed(self, detailed: bool) -> None:
        """Each step in its whole sentence, or in a few words (the default)."""
        self.detailed = detailed
        self._show()

    def _show(self) -> None:
        self.setText(self._html())
        self.setAccessibleDescription(self.plain_text())

    def plain_text(self) -> str:
        """The steps as a screen reader says them: each on its line, then the sources of the
        rules marked with an asterisk."""
        if not self.steps:
            return self._nothing_due()
        lang = interface_language().value
        lines = [
            self._labelled(step, lang) + (f" {UNVERIFIED_MARK}" if is_unverified(step) else "")
            for step in self.steps
        ]
        lines += [f"{UNVERIFIED_MARK} {unverified_note(step)}" for step in self._unverified()]
        return "\n".join(lines)

    def source_note(self, link: str) -> str:
        """The tooltip of an asterisk link ("source:2"); empty for any other link."""
        kind, _, position = link.partition(":")
        if kind != SOURCE_LINK or not position.isdigit() or int(position) >= len(self.steps):
            return ""
        return unverified_note(self.steps[int(position)])

    def _nothing_due(self) -> str:
        return self.tr("Nothing is due in this case.")

    def _unverified(self) -> list[NextStep]:
        return [step for step in self.steps if is_unverified(step)]

    def _html(self) -> str:
        if not self.steps:
            return html.escape(self._nothing_due())
        lang = interface_language().value
        lines = []
        shown = self.steps if self.detailed else self.steps[:SHORT_STEPS]
        for position, step in enumerate(shown):
            said = sentence(step) if self.detailed else self._short(step)
            line = f"{self._severity_html(step, lang)} {html.escape(said)}"
            if is_unverified(step):
                line += f' <a href="{SOURCE_LINK}:{position}">{UNVERIFIED_MARK}</a>'
            if step.promise_id is not None:
                line += f' <a href="{PROMISE_LINK}:{step.promise_id}">{self._see_promise()}</a>'
            elif step.letter_id is not None:
                line += f' <a href="{LETTER_LINK}:{step.letter_id}">{self._see_letter()}</a>'
            lines.append(line)
        if self.detailed:
            toggle = self.tr("Show less")
        elif len(shown) < len(self.steps):
            toggle = self.tr("Show all {count}").format(count=len(self.steps))
        else:
            toggle = self.tr("Show details")
        toggle_link = f'<a href="{DETAILS_LINK}:">{html.escape(toggle)}</a>'
        if any(is_unverified(step) for step in shown):
            note = self.tr(
                "{mark} Not yet checked by a lawyer: point at the asterisk to see the source."
            ).format(mark=UNVERIFIED_MARK)
            lines.append(f"<small>{html.escape(note)}</small> &nbsp; {toggle_link}")
        else:
            lines[-1] += f" &nbsp; {toggle_link}"
        return "<br/>".join(lines)

    def _short(self, step: NextStep) -> str:
        """The step in a few words and its day: "Last day to withdraw — 30 Nov 2026"."""
        title = step_title(step, marked=False)
        if len(title) > _TITLE_SHOWN:
            title = title[:_TITLE_SHOWN].rstrip() + "…"
        if step.date is None:
            return title
        if days_late(step, self._today) and step.severity is not Severity.OVERDUE:
            day = when_text(step, self._today)
        else:
            day = format_day(step.date)
        return self.tr("{title} — {day}").format(title=title, day=day)

    def _labelled(self, step: NextStep, lang: str) -> str:
        """ "This week: Send a written complaint", as one line of plain text."""
        return self.tr("{severity}: {sentence}").format(
            severity=step.severity_label(lang), sentence=sentence(step)
        )

    def _severity_html(self, step: NextStep, lang: str) -> str:
        word = html.escape(self.tr("{severity}:").format(severity=step.severity_label(lang)))
        if step.severity is Severity.OVERDUE:
            return f'<b style="color: {alert_text().name()}">{word}</b>'
        if step.severity is Severity.THIS_WEEK:
            return f"<b>{word}</b>"
        return word

    def _see_promise(self) -> str:
        return html.escape(self.tr("See the promise"))

    def _see_letter(self) -> str:
        return html.escape(self.tr("See the letter"))

    def _follow(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if kind == DETAILS_LINK:
            self.set_detailed(not self.detailed)
        elif kind in (PROMISE_LINK, LETTER_LINK) and ident.isdigit():
            self.record_chosen.emit(kind, int(ident))

    def _explain(self, link: str) -> None:
        self._hovered_link = link
        note = self.source_note(link)
        if note:
            QToolTip.showText(QCursor.pos(), note, self)
        else:
            QToolTip.hideText()

    def event(self, event: QEvent) -> bool:
        """On hover: the source of the asterisk pointed at, or else, while the steps are
        short, each of them in its whole sentence."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            note = self.source_note(self._hovered_link)
            if note:
                QToolTip.showText(event.globalPos(), note, self)
            elif not self.detailed and self.steps and not self._hovered_link:
                QToolTip.showText(event.globalPos(), self._sentences(), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _sentences(self) -> str:
        lang = interface_language().value
        return "\n".join(self._labelled(step, lang) for step in self.steps)
