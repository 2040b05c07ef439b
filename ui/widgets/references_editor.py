"""The references a company knows a case by (customer number, order, invoice...), as label
and value pairs in the order the user wants them on letters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from core.model import Reference
from ui.widgets.rows_editor import RowFields, RowsEditor


def usual_labels() -> list[str]:
    """Labels offered as the user types one; any other label is fine too."""
    return [
        QCoreApplication.translate("ReferencesEditor", "Customer number"),
        QCoreApplication.translate("ReferencesEditor", "Contract number"),
        QCoreApplication.translate("ReferencesEditor", "Order number"),
        QCoreApplication.translate("ReferencesEditor", "Invoice number"),
        QCoreApplication.translate("ReferencesEditor", "Line number"),
        QCoreApplication.translate("ReferencesEditor", "Ticket number"),
        QCoreApplication.translate("ReferencesEditor", "Tracking number"),
        QCoreApplication.translate("ReferencesEditor", "Complaint number"),
    ]


class ReferenceFields(RowFields):
    def __init__(self) -> None:
        self.label = QLineEdit()
        self.label.setAccessibleName(
            QCoreApplication.translate("ReferencesEditor", "Reference label")
        )
        self.label.setPlaceholderText(
            QCoreApplication.translate("ReferencesEditor", "e.g. Customer number")
        )
        completer = QCompleter(usual_labels(), self.label)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.label.setCompleter(completer)
        self.value = QLineEdit()
        self.value.setAccessibleName(
            QCoreApplication.translate("ReferencesEditor", "Reference value")
        )

    def widgets(self) -> Sequence[QWidget]:
        return (self.label, self.value)

    def reference(self) -> Reference:
        return Reference(self.label.text(), self.value.text())


class ReferencesEditor(RowsEditor[ReferenceFields]):
    """Rows of label and value, in order; empty rows are dropped by the core on save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Label"), self.tr("Value")],
            add_text=self.tr("Add &Reference"),
            add_accessible_name=self.tr("Add a reference"),
            reorderable=True,
            parent=parent,
        )

    def make_fields(self) -> ReferenceFields:
        return ReferenceFields()

    def set_references(self, references: Iterable[Reference]) -> None:
        self.clear_rows()
        for reference in references:
            fields = self.add_row()
            fields.label.setText(reference.label)
            fields.value.setText(reference.value)

    def references(self) -> list[Reference]:
        return [fields.reference() for fields in self.fields()]
