"""Forms that sit one under the other (the groups of a dialog) read as one when their field
names take the same width: every field then starts at the same place."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget


def align_label_columns(*forms: QFormLayout) -> None:
    """Give the field names of these forms the width of the widest of them."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)
