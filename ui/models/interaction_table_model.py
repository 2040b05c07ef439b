"""The timeline of a case: every call, email, letter and visit, oldest first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt

from core.model import Channel, Direction, Interaction
from ui.formatting import format_moment
from ui.icons import channel_icon
from ui.labels import label
from ui.models.record_table_model import AnyIndex, RecordTableModel, SortValue
from ui.models.sort_values import moment_value, text_value

_CHANNEL_ORDER = {channel: position for position, channel in enumerate(Channel)}
_DIRECTION_ORDER = {direction: position for position, direction in enumerate(Direction)}


class InteractionColumn(IntEnum):
    WHEN = 0
    CHANNEL = 1
    DIRECTION = 2
    PARTY = 3
    PERSON = 4
    SUMMARY = 5


class InteractionTableModel(RecordTableModel[Interaction]):
    """Rows of `core.model.Interaction`; party ids are shown as the parties' names, and each
    channel has its icon, so a long timeline can be scanned for the calls or the letters."""

    Column = InteractionColumn
    elastic: ClassVar[frozenset[int]] = frozenset(
        {InteractionColumn.PARTY, InteractionColumn.PERSON}
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._party_names: Mapping[int, str] = {}

    def set_timeline(
        self, interactions: Iterable[Interaction], party_names: Mapping[int, str]
    ) -> None:
        self._party_names = dict(party_names)
        self.set_records(interactions)

    def party_name(self, record: Interaction) -> str:
        if record.party_id is None:
            return ""
        return self._party_names.get(record.party_id, "")

    def party_names(self) -> Mapping[int, str]:
        """The names of the parties this timeline was given, by id."""
        return self._party_names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == InteractionColumn.CHANNEL
            and index.row() < self.rowCount()
        ):
            return channel_icon(self.record_at(index.row()).channel)
        return super().data(index, role)

    def header(self, column: int) -> str:
        match column:
            case InteractionColumn.WHEN:
                return self.tr("Date")
            case InteractionColumn.CHANNEL:
                return self.tr("Channel")
            case InteractionColumn.DIRECTION:
                return self.tr("Direction")
            case InteractionColumn.PARTY:
                return self.tr("With")
            case InteractionColumn.PERSON:
                return self.tr("Person")
            case _:
                return self.tr("What happened")

    def display(self, record: Interaction, column: int) -> str:
        match column:
            case InteractionColumn.WHEN:
                return format_moment(record.occurred)
            case InteractionColumn.CHANNEL:
                return label(record.channel)
            case InteractionColumn.DIRECTION:
                return label(record.direction)
            case InteractionColumn.PARTY:
                return self.party_name(record)
            case InteractionColumn.PERSON:
                return record.person
            case _:
                return record.summary

    def sort_value(self, record: Interaction, column: int) -> SortValue:
        match column:
            case InteractionColumn.WHEN:
                return moment_value(record.occurred)
            case InteractionColumn.CHANNEL:
                return _CHANNEL_ORDER[record.channel]
            case InteractionColumn.DIRECTION:
                return _DIRECTION_ORDER[record.direction]
            case InteractionColumn.PARTY:
                return text_value(self.party_name(record))
            case InteractionColumn.PERSON:
                return text_value(record.person)
            case _:
                return text_value(record.summary)

    def tooltip(self, record: Interaction, column: int) -> str | None:
        if column == InteractionColumn.SUMMARY and record.details:
            return f"{record.summary}\n\n{record.details}"
        return super().tooltip(record, column)
