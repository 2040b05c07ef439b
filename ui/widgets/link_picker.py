"""Choosing one record of the case to link to (the interaction a promise was made in, the
evidence that shows it was broken), or none, from a list that reads like the record.

Interactions and evidence are offered most recent first: what settles a promise is usually
what just happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListView,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from core.model import Evidence, Interaction, Promise
from ui.formatting import format_day, format_moment
from ui.labels import label

_CAPTION_LENGTH = 90
_ROOT = QModelIndex()


class Linkable(Protocol):
    @property
    def id(self) -> int: ...


LinkableT = TypeVar("LinkableT", bound=Linkable)


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


class _Choices(QAbstractListModel):
    """ "None", then the records, each captioned only when first shown: a case with
    thousands of interactions opens its forms at once."""

    def __init__(self, none_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._records: Sequence[Linkable] = ()
        self._caption: Callable[[Any], str] = str
        self._captions: dict[int, str] = {}
        self._rows: dict[int, int] = {}

    def set_records(
        self, records: Sequence[LinkableT], caption: Callable[[LinkableT], str]
    ) -> None:
        self.beginResetModel()
        self._records = records
        self._caption = caption
        self._captions = {}
        self._rows = {record.id: row for row, record in enumerate(records, start=1)}
        self.endResetModel()

    def caption_at(self, row: int) -> str:
        if row == 0:
            return self._none_text
        caption = self._captions.get(row)
        if caption is None:
            caption = self._caption(self._records[row - 1])
            self._captions[row] = caption
        return caption

    def id_at(self, row: int) -> int | None:
        return self._records[row - 1].id if 0 < row <= len(self._records) else None

    def row_of(self, record_id: int | None) -> int:
        return 0 if record_id is None else self._rows.get(record_id, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records) + 1

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.caption_at(index.row())
        return None


class _DropDownStyle(QProxyStyle):
    """The application's style, except that combo boxes drop their list down instead of
    popping it over themselves: a popup is first sized to its widest entry, which for a
    case with 10,000 interactions means measuring 10,000 captions each time it opens."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_ComboBox_Popup:
            return 0
        return super().styleHint(hint, option, widget, return_data)


def _drop_down_style() -> QStyle | None:
    """One style for every picker, owned by the application so it outlives them."""
    app = QApplication.instance()
    if app is None:
        return None
    existing = app.findChild(_DropDownStyle)
    if existing is not None:
        return existing
    style = _DropDownStyle()
    style.setParent(app)
    return style


class LinkPicker(QComboBox):
    """A list of records by caption, the first entry meaning "none"; `current_id` is the
    chosen record's id, or None."""

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str = "", none_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.choices = _Choices(
            none_text or QCoreApplication.translate("LinkPicker", "(none)"), self
        )
        drop_down = _drop_down_style()
        if drop_down is not None:
            self.setStyle(drop_down)
        popup = QListView(self)
        popup.setUniformItemSizes(True)
        self.setView(popup)
        self.setModel(self.choices)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        self.setMaxVisibleItems(15)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def set_choices(
        self,
        records: Sequence[LinkableT],
        caption: Callable[[LinkableT], str],
        *,
        current: int | None,
    ) -> None:
        """Offer these records, in this order, after "none"; select the one whose id is
        `current`. Nothing is announced: this is the form being filled, not a choice."""
        self.blockSignals(True)
        self.choices.set_records(records, caption)
        self.setCurrentIndex(self.choices.row_of(current))
        self.blockSignals(False)

    def current_id(self) -> int | None:
        return self.choices.id_at(self.currentIndex())

    def select_id(self, record_id: int | None) -> None:
        self.setCurrentIndex(self.choices.row_of(record_id))
