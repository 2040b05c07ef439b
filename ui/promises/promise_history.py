"""The story of the selected promise, told beside the ledger: who made it, in which
interaction, by when, then each change of status with its day, note and what showed it.

This is what a letter will say happened; the user should be able to read it as such.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.model import Interaction, PromiseStatus
from core.promise_ledger import PromiseStep, PromiseStory
from ui.formatting import format_day, format_moment, format_timestamp
from ui.labels import label
from ui.palette import alert_text, kept_text


def _coloured(text: str, colour: QColor | None) -> str:
    if colour is None:
        return f"<b>{escape(text)}</b>"
    return f'<b style="color:{colour.name()}">{escape(text)}</b>'


def _status_colour(status: PromiseStatus) -> QColor | None:
    if status is PromiseStatus.BROKEN:
        return alert_text()
    if status is PromiseStatus.KEPT:
        return kept_text()
    return None


class PromiseHistoryPanel(QTextBrowser):
    """Read-only, selectable text: the story of one promise, or why there is none to tell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History of the selected promise"))
        self.setOpenLinks(False)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

    def show_nothing(self, sentence: str) -> None:
        self.setHtml(f"<p>{escape(sentence)}</p>")

    def show_story(self, story: PromiseStory, today: dt.date) -> None:
        promise = story.promise
        quoted = self.tr("“{text}”").format(text=promise.text)
        paragraphs = [f"<p><b>{escape(quoted)}</b></p>"]
        facts = []
        maker = ", ".join(
            part for part in (story.maker.name if story.maker else "", promise.person) if part
        )
        if maker:
            facts.append(self.tr("Made by {maker}").format(maker=escape(maker)))
        if story.made_in is not None:
            facts.append(
                self.tr("Made in: {interaction}").format(
                    interaction=self._interaction_text(story.made_in)
                )
            )
        else:
            facts.append(escape(self.tr("Not made in a logged interaction")))
        if promise.due_on is not None:
            due = self.tr("Due {day}").format(day=format_day(promise.due_on))
            if promise.is_overdue(today):
                days = (today - promise.due_on).days
                overdue = (
                    self.tr("overdue by 1 day")
                    if days == 1
                    else self.tr("overdue by {count} days").format(count=days)
                )
                due = f"{escape(due)}, {_coloured(overdue, alert_text())}"
            else:
                due = escape(due)
            facts.append(due)
        else:
            facts.append(escape(self.tr("No due date")))
        paragraphs.append("<p>" + "<br/>".join(facts) + "</p>")
        rows = "".join(self._step_row(step) for step in story.steps)
        day = escape(self.tr("Day"))
        happened = escape(self.tr("What happened"))
        paragraphs.append(
            f'<table cellspacing="0" cellpadding="3"><tr><th align="left">{day}</th>'
            f'<th align="left">{happened}</th></tr>{rows}</table>'
        )
        self.setHtml("".join(paragraphs))

    def _interaction_text(self, interaction: Interaction) -> str:
        return escape(
            f"{interaction.summary} ({label(interaction.channel)}, "
            f"{format_moment(interaction.occurred)})"
        )

    def _step_row(self, step: PromiseStep) -> str:
        if step.is_making:
            what = _coloured(self.tr("Made"), None)
        elif step.status is PromiseStatus.PENDING:
            what = _coloured(self.tr("Pending again"), None)
        else:
            what = _coloured(label(step.status), _status_colour(step.status))
        lines = [what]
        if step.note:
            lines.append(escape(step.note).replace("\n", "<br/>"))
        if step.interaction is not None and not step.is_making:
            lines.append(
                self.tr("Shown in: {interaction}").format(
                    interaction=self._interaction_text(step.interaction)
                )
            )
        if step.evidence is not None:
            lines.append(
                self.tr("Evidence: {name}").format(name=escape(step.evidence.original_name))
            )
        recorded = escape(
            self.tr("recorded {moment}").format(moment=format_timestamp(step.recorded_at))
        )
        lines.append(f'<span style="color:gray">{recorded}</span>')
        return (
            f'<tr><td valign="top">{escape(format_day(step.day))}</td>'
            f'<td valign="top">{"<br/>".join(lines)}</td></tr>'
        )
