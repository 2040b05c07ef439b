"""The evidence of a case: each file with what proves it unaltered, its SHA-256 fingerprint."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QMimeDatabase, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from core.model import Evidence, EvidenceKind
from core.previews import PreviewProblem
from ui.evidence.thumbnails import EvidencePreviews, Preview, has_preview
from ui.formatting import format_amounts, format_day, format_size, format_timestamp
from ui.labels import label
from ui.language import interface_locale
from ui.models.record_table_model import AnyIndex, RecordTableModel, SortValue
from ui.models.sort_values import MISSING, day_value, text_value, timestamp_value

_KIND_ORDER = {kind: position for position, kind in enumerate(EvidenceKind)}
_SECONDS_PER_DAY = 24 * 60 * 60
_EPOCH_DAY = 719_163
"""`date(1970, 1, 1).toordinal()`: added timestamps count from it, document dates from year 1."""
_QT_NAMES = {
    "application/vnd.microsoft.portable-executable": "application/x-ms-dos-executable",
    "text/x-script": "application/x-shellscript",
}
"""Types the core names by their registered name, which Qt's database knows by another."""
FACTS_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole
"""The role of the line shown under a file's name (type, pages, size); screen readers read it."""


def describe_media_type(media_type: str) -> str:
    """ "PDF document" rather than "application/pdf", when Qt knows the type."""
    mime = QMimeDatabase().mimeTypeForName(_QT_NAMES.get(media_type, media_type))
    comment = mime.comment() if mime.isValid() else ""
    if not comment:
        return media_type
    return comment[:1].upper() + comment[1:]


class EvidenceColumn(IntEnum):
    NAME = 0
    KIND = 1
    DATE = 2
    AMOUNT = 3
    TYPE = 4
    CONTENTS = 5
    SIZE = 6
    ADDED = 7
    FINGERPRINT = 8


class EvidenceTableModel(RecordTableModel[Evidence]):
    """Rows of `core.model.Evidence`. The fingerprint is shown in full, in a fixed-width font,
    so it can be compared character by character with the output of `sha256sum`.

    With `previews` set, pictures show a thumbnail beside their name and PDFs their number
    of pages; the rows update as previews arrive from their threads. Sorting by date puts
    undated files at the day they were added, as the record lists them.
    """

    Column = EvidenceColumn
    right_aligned: ClassVar[frozenset[int]] = frozenset(
        {EvidenceColumn.SIZE, EvidenceColumn.AMOUNT}
    )
    elastic: ClassVar[frozenset[int]] = frozenset({EvidenceColumn.TYPE, EvidenceColumn.FINGERPRINT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.previews: EvidencePreviews | None = None
        self._file_icon: QIcon | None = None

    def show_previews(self, previews: EvidencePreviews) -> None:
        self.previews = previews
        previews.ready.connect(self._preview_ready)

    def _preview_ready(self, sha256: str) -> None:
        self._sort_keys.pop(EvidenceColumn.CONTENTS, None)
        for row, record in enumerate(self._records):
            if record.sha256 == sha256:
                self.dataChanged.emit(
                    self.index(row, EvidenceColumn.NAME), self.index(row, EvidenceColumn.CONTENTS)
                )

    def _preview(self, record: Evidence) -> Preview | None:
        if self.previews is None or not has_preview(record.media_type):
            return None
        return self.previews.preview(record)

    def type_description(self, record: Evidence) -> str:
        return describe_media_type(record.media_type)

    def contents(self, record: Evidence) -> str:
        """ "3 pages" for a PDF, "3024 × 4032" for a picture, or why it cannot say."""
        preview = self._preview(record)
        if preview is None:
            return ""
        match preview.problem:
            case PreviewProblem.ENCRYPTED:
                return self.tr("Password-protected")
            case PreviewProblem.TOO_LARGE:
                return self.tr("Too large to preview")
            case PreviewProblem.UNREADABLE:
                return self.tr("Cannot be read")
        if preview.pages == 1:
            return self.tr("1 page")
        if preview.pages is not None:
            return self.tr("{count} pages").format(count=preview.pages)
        if preview.width is not None and preview.height is not None:
            return self.tr("{width} × {height} pixels").format(
                width=preview.width, height=preview.height
            )
        return ""

    def header(self, column: int) -> str:
        match column:
            case EvidenceColumn.NAME:
                return self.tr("File")
            case EvidenceColumn.KIND:
                return self.tr("Kind")
            case EvidenceColumn.DATE:
                return self.tr("Dated")
            case EvidenceColumn.AMOUNT:
                return self.tr("Amount")
            case EvidenceColumn.TYPE:
                return self.tr("Type")
            case EvidenceColumn.CONTENTS:
                return self.tr("Contents")
            case EvidenceColumn.SIZE:
                return self.tr("Size")
            case EvidenceColumn.ADDED:
                return self.tr("Added")
            case _:
                return self.tr("SHA-256 fingerprint")

    def header_tooltip(self, column: int) -> str | None:
        match column:
            case EvidenceColumn.DATE:
                return self.tr("The date written on the document")
            case EvidenceColumn.ADDED:
                return self.tr("When the file was added to the case")
            case EvidenceColumn.FINGERPRINT:
                return self.tr(
                    "Changes if a single byte of the file changes: it shows the file is the one "
                    "you added"
                )
        return None

    def display(self, record: Evidence, column: int) -> str:
        match column:
            case EvidenceColumn.NAME:
                return record.original_name
            case EvidenceColumn.KIND:
                return label(record.kind)
            case EvidenceColumn.DATE:
                return format_day(record.document_date)
            case EvidenceColumn.AMOUNT:
                return "" if record.amount is None else format_amounts([record.amount])
            case EvidenceColumn.TYPE:
                return self.type_description(record)
            case EvidenceColumn.CONTENTS:
                return self.contents(record)
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
            case EvidenceColumn.DATE:
                added = _EPOCH_DAY + timestamp_value(record.added_at) // _SECONDS_PER_DAY
                return day_value(record.document_date) if record.document_date else added
            case EvidenceColumn.AMOUNT:
                return MISSING if record.amount is None else record.amount.minor
            case EvidenceColumn.TYPE:
                return text_value(self.type_description(record))
            case EvidenceColumn.CONTENTS:
                preview = self._preview(record)
                return MISSING if preview is None or preview.pages is None else preview.pages
            case EvidenceColumn.SIZE:
                return record.size
            case EvidenceColumn.ADDED:
                return timestamp_value(record.added_at)
            case _:
                return record.sha256

    def file_facts(self, record: Evidence) -> str:
        """The line under a file's name: "PDF document · 3 pages · 44.8 kB"."""
        facts = (self.type_description(record), self.contents(record), format_size(record.size))
        return " · ".join(fact for fact in facts if fact)

    def tooltip(self, record: Evidence, column: int) -> str | None:
        if column == EvidenceColumn.NAME:
            lines = [record.original_name, self.file_facts(record)]
            lines.append(self.tr("Added {stamp}").format(stamp=format_timestamp(record.added_at)))
            if record.description:
                lines.append(record.description)
            return "\n".join(lines)
        if column == EvidenceColumn.TYPE:
            return record.media_type
        if column == EvidenceColumn.SIZE:
            return self.tr("{size} bytes").format(size=interface_locale().toString(record.size))
        return super().tooltip(record, column)

    def font(self, record: Evidence, column: int) -> QFont | None:
        if column == EvidenceColumn.FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None

    def decoration(self, record: Evidence) -> QIcon:
        """The thumbnail of a picture; a plain file icon for anything else or until it comes."""
        if self.previews is not None and has_preview(record.media_type):
            thumbnail = self.previews.thumbnail(record)
            if thumbnail is not None:
                return thumbnail
        if self._file_icon is None:
            style = QApplication.style()
            self._file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return self._file_icon

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        naming = (
            index.isValid()
            and index.column() == EvidenceColumn.NAME
            and index.row() < len(self._records)
        )
        if naming and role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(self._records[index.row()])
        if naming and role == FACTS_ROLE:
            return self.file_facts(self._records[index.row()])
        return super().data(index, role)
