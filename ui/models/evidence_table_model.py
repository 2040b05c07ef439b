"""The evidence of a case: each file with what proves it unaltered, its SHA-256 fingerprint."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QMimeDatabase, QObject
from PySide6.QtGui import QFont, QFontDatabase

from core.model import Evidence, EvidenceKind
from ui.formatting import format_size, format_timestamp
from ui.labels import label
from ui.language import interface_locale
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import text_value, timestamp_value

_KIND_ORDER = {kind: position for position, kind in enumerate(EvidenceKind)}


class EvidenceColumn(IntEnum):
    NAME = 0
    KIND = 1
    TYPE = 2
    SIZE = 3
    ADDED = 4
    FINGERPRINT = 5


class EvidenceTableModel(RecordTableModel[Evidence]):
    """Rows of `core.model.Evidence`. The fingerprint is shown in full, in a fixed-width font,
    so it can be compared character by character with the output of `sha256sum`."""

    Column = EvidenceColumn
    right_aligned: ClassVar[frozenset[int]] = frozenset({EvidenceColumn.SIZE})
    elastic: ClassVar[frozenset[int]] = frozenset({EvidenceColumn.TYPE, EvidenceColumn.FINGERPRINT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mime_types = QMimeDatabase()

    def type_description(self, record: Evidence) -> str:
        """ "PDF document" rather than "application/pdf", when Qt knows the type."""
        mime = self._mime_types.mimeTypeForName(record.media_type)
        comment = mime.comment() if mime.isValid() else ""
        if not comment:
            return record.media_type
        return comment[:1].upper() + comment[1:]

    def header(self, column: int) -> str:
        match column:
            case EvidenceColumn.NAME:
                return self.tr("File")
            case EvidenceColumn.KIND:
                return self.tr("Kind")
            case EvidenceColumn.TYPE:
                return self.tr("Type")
            case EvidenceColumn.SIZE:
                return self.tr("Size")
            case EvidenceColumn.ADDED:
                return self.tr("Added")
            case _:
                return self.tr("SHA-256 fingerprint")

    def display(self, record: Evidence, column: int) -> str:
        match column:
            case EvidenceColumn.NAME:
                return record.original_name
            case EvidenceColumn.KIND:
                return label(record.kind)
            case EvidenceColumn.TYPE:
                return self.type_description(record)
            case EvidenceColumn.SIZE:
                return format_size(record.size)
            case EvidenceColumn.ADDED:
                return format_timestamp(record.added_at)
            case _:
                return record.sha256

    def sort_value(self, record: Evidence, column: int) -> SortValue:
        match column:
            case EvidenceColumn.NAME:
                return text_value(record.original_name)
            case EvidenceColumn.KIND:
                return _KIND_ORDER[record.kind]
            case EvidenceColumn.TYPE:
                return text_value(self.type_description(record))
            case EvidenceColumn.SIZE:
                return record.size
            case EvidenceColumn.ADDED:
                return timestamp_value(record.added_at)
            case _:
                return record.sha256

    def tooltip(self, record: Evidence, column: int) -> str | None:
        if column == EvidenceColumn.NAME and record.description:
            return f"{record.original_name}\n{record.description}"
        if column == EvidenceColumn.TYPE:
            return record.media_type
        if column == EvidenceColumn.SIZE:
            return self.tr("{size} bytes").format(size=interface_locale().toString(record.size))
        return super().tooltip(record, column)

    def font(self, record: Evidence, column: int) -> QFont | None:
        if column == EvidenceColumn.FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None
