"""What a user does and reads in the window, as test helpers: clicking rows and headers,
reading a column down."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.record_table_view import RecordTableView


def column_texts(view: RecordTableView[object], column: int) -> list[str]:
    """What the user reads down one column, in the order the view shows it."""
    return [
        view.proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(view.proxy.rowCount())
    ]


def click_row(qtbot: QtBot, view: RecordTableView[object], row: int) -> None:
    rect = view.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_header(qtbot: QtBot, header: QHeaderView, column: int) -> None:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def widen_case_list(qtbot: QtBot, window: MainWindow) -> None:
    """Give the list of cases the room to show every column, as a user widening it would."""
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) > 1700)
    case_list = window.case_list
    total = sum(window.splitter.sizes())
    width = case_list.natural_width()
    window.splitter.setSizes([width, total - width])
    qtbot.waitUntil(
        lambda: not any(case_list.isColumnHidden(column) for column in case_list.cases.give_way)
    )
