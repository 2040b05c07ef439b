"""What a screen reader announces: every control that takes the keyboard focus needs a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for a widget (its accessible name, or what Qt
    derives from its text or its label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name)


def unnamed_controls(form: QWidget) -> list[str]:
    """The visible controls of `form` that the keyboard reaches and nothing names.

    Parts of a control that forward their focus to it (a combo box's line) are announced
    with the control; they are skipped.
    """
    unnamed = []
    for widget in form.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(form):
            continue
        if widget.focusProxy() is not None:
            continue
        if not widget.accessibleName() or not spoken_name(widget):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed
