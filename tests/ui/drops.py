"""Dragging real files onto a widget the way a file manager does: enter, move, drop."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
"""What a file manager offers by default."""


@dataclass
class Answer:
    """How the widget answered the last event of a drag (the event keeps its data alive)."""

    mime: QMimeData
    event: QDragMoveEvent | QDropEvent

    def accepted(self) -> bool:
        return self.event.isAccepted()

    def action(self) -> Qt.DropAction:
        return self.event.dropAction()


def file_urls(paths: Iterable[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_over(
    widget: QWidget,
    point: QPoint,
    mime: QMimeData,
    actions: Qt.DropAction = COPY_OR_MOVE,
) -> Answer:
    """Enter the widget and move to `point`; the answer to the move."""
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    return Answer(mime, move)


def drop(
    widget: QWidget,
    point: QPoint,
    mime: QMimeData,
    actions: Qt.DropAction = COPY_OR_MOVE,
) -> Answer:
    """A whole drag and drop onto `point` of the widget; the answer to the drop."""
    drag_over(widget, point, mime, actions)
    dropped = QDropEvent(
        QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, dropped)
    return Answer(mime, dropped)


def drop_files(widget: QWidget, point: QPoint, paths: Iterable[Path]) -> Answer:
    return drop(widget, point, file_urls(paths))
