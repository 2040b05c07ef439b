"""The selected interaction in full, under the timeline: what was said, and what hangs off it
(promises made in it, promises it settled, files attached to it).

One read-only text pane rather than a form: it scrolls, its words can be selected and copied
into a letter, and a screen reader reads it as one document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from html import escape

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from core.filenames import display_name
from core.interaction_links import InteractionLinks
from core.model import Interaction, Promise, PromiseStatus
from ui.formatting import format_day, format_moment
from ui.labels import label
from ui.palette import alert_text, kept_text


def _text(value: str) -> str:
    """User text made safe for the pane, its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _coloured(text: str, colour: QColor | None) -> str:
    if colour is None:
        return escape(text)
    return f'<span style="color:{colour.name()}">{escape(text)}</span>'


class InteractionDetail(QTextBrowser):
    """Shows one interaction (`show_interaction`) or a sentence saying there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Selected interaction"))
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def show_nothing(self, sentence: str) -> None:
        """No interaction is selected: say what there is instead."""
        self.setHtml(f"<p>{escape(sentence)}</p>")

    def show_interaction(
        self,
        interaction: Interaction,
        links: InteractionLinks,
        party_names: Mapping[int, str],
        today: dt.date,
    ) -> None:
        parts = [f"<h3>{escape(interaction.summary)}</h3>", self._facts(interaction, party_names)]
        if interaction.details:
            parts.append(f"<p>{_text(interaction.details)}</p>")
        parts.append(
            self._promises(self.tr("Promises made in it"), links.made, today)
            + self._promises(self.tr("Promises it settled"), links.settled, today)
            + self._evidence(links)
        )
        if links.is_empty():
            parts.append(
                "<p><i>{}</i></p>".format(
                    escape(self.tr("No promise or evidence is linked to this interaction."))
                )
            )
        self.setHtml("".join(parts))

    def _facts(self, interaction: Interaction, party_names: Mapping[int, str]) -> str:
        rows = [
            (self.tr("When"), format_moment(interaction.occurred)),
            (
                self.tr("How"),
                self.tr("{channel}, {direction}").format(
                    channel=label(interaction.channel),
                    direction=label(interaction.direction).lower(),
                ),
            ),
        ]
        party = party_names.get(interaction.party_id, "") if interaction.party_id else ""
        if party:
            rows.append((self.tr("With"), party))
        if interaction.person:
            rows.append((self.tr("Person"), interaction.person))
        if interaction.reference:
            rows.append((self.tr("Reference"), interaction.reference))
        if interaction.duration_minutes is not None:
            rows.append(
                (
                    self.tr("Duration"),
                    self.tr("{minutes} min").format(minutes=interaction.duration_minutes),
                )
            )
        cells = "".join(
            f'<tr><td style="padding-right:12px"><b>{escape(name)}</b></td>'
            f"<td>{escape(value)}</td></tr>"
            for name, value in rows
        )
        return f"<table>{cells}</table>"

    def _promises(self, heading: str, promises: Iterable[Promise], today: dt.date) -> str:
        items = [self._promise(promise, today) for promise in promises]
        if not items:
            return ""
        return f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>"

    def _promise(self, promise: Promise, today: dt.date) -> str:
        status = label(promise.status)
        colour = None
        if promise.is_overdue(today):
            status = self.tr("Overdue")
            colour = alert_text()
        elif promise.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT):
            colour = alert_text()
        elif promise.status is PromiseStatus.KEPT:
            colour = kept_text()
        due = ""
        if promise.due_on is not None:
            due = " — " + escape(self.tr("due {day}").format(day=format_day(promise.due_on)))
        return f"<li>{escape(promise.text)}{due} — <b>{_coloured(status, colour)}</b></li>"

    def _evidence(self, links: InteractionLinks) -> str:
        if not links.evidence:
            return ""
        items = "".join(
            f"<li>{escape(display_name(item.original_name))} ({escape(label(item.kind))})</li>"
            for item in links.evidence
        )
        heading = escape(self.tr("Evidence"))
        return f"<h4>{heading}</h4><ul>{items}</ul>"
