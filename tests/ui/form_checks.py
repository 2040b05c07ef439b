"""Checks every form of the app should pass, as helpers for the tests of each dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QScrollBar, QWidget


def unnamed_controls(form: QWidget) -> list[str]:
    """The controls of `form` a screen reader would announce without a name: every widget
    that takes the focus needs an accessible name (parts of a control, such as a combo box's
    line or a text box's viewport, are announced with the control)."""
    unnamed = []
    for widget in form.findChildren(QWidget):
        parent = widget.parentWidget()
        if (
            widget.focusPolicy() == Qt.FocusPolicy.NoFocus
            or not widget.isVisibleTo(form)
            or isinstance(widget, QScrollBar)
            or isinstance(parent, (QComboBox, QAbstractScrollArea))
        ):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed
