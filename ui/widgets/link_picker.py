"""Choosing one record of the case to link to (the interaction a promise was made in, the
evidence that shows it was broken), or none, from a list that reads like the record.

Interactions and evidence are offered most recent first: what settles a promise is usually
what just happened.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from core.model import Evidence, Interaction, Promise
from ui.formatting import format_day, format_moment
from ui.labels import label

_CAPTION_LENGTH = 90
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole


def _shortened(text: str) -> str:
    return text if len(text) <= _CAPTION_LENGTH else text[: _CAPTION_LENGTH - 1] + "…"


def interaction_caption(interaction: Interaction) -> str:
    """ "12 Nov 2026, 19:10 · Phone · Call from an Orange telesales agent…"."""
    return " · ".join(
        (
            format_moment(interaction.occurred),
            label(interaction.channel),
            _shortened(interaction.summary),
        )
    )


def evidence_caption(evidence: Evidence) -> str:
    """ "13 Nov 2026 · Invoice · orange-invoice-FAC-7730-2149.pdf"."""
    parts = [label(evidence.kind), evidence.original_name]
    if evidence.document_date is not None:
        parts.insert(0, format_day(evidence.document_date))
    return " · ".join(parts)


def promise_caption(promise: Promise) -> str:
    return _shortened(promise.text)


def interactions_newest_first(interactions: Iterable[Interaction]) -> list[Interaction]:
    return sorted(interactions, key=lambda item: (item.occurred, item.id), reverse=True)


def evidence_newest_first(evidence: Iterable[Evidence]) -> list[Evidence]:
    """By the document's own date when known, else the day it was added."""
    return sorted(
        evidence,
        key=lambda item: (
            item.document_date.isoformat() if item.document_date else item.added_at[:10],
            item.id,
        ),
        reverse=True,
    )


class LinkPicker(QComboBox):
    """A list of records by caption, the first entry meaning "none"; `current_id` is the
    chosen record's id, or None."""

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str = "", none_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.none_text = none_text or QCoreApplication.translate("LinkPicker", "(none)")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        self.setMaxVisibleItems(15)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def set_choices(self, choices: Iterable[tuple[int, str]], *, current: int | None) -> None:
        """Offer these (id, caption) pairs after "none"; select `current`."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.none_text, None)
        for record_id, caption in choices:
            self.addItem(caption, record_id)
            self.setItemData(self.count() - 1, caption, _TOOLTIP_ROLE)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def current_id(self) -> int | None:
        value = self.currentData()
        return value if isinstance(value, int) else None

    def select_id(self, record_id: int | None) -> None:
        index = self.findData(record_id) if record_id is not None else 0
        self.setCurrentIndex(max(index, 0))
