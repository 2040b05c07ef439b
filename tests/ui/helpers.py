"""What a user does and reads in the window, as test helpers: clicking rows and headers,
reading a column down, reading the words a window shows and whether any is left in English
where French was chosen, and finding shortcut letters that clash."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ui.record_table_view import RecordTableView
from ui.shell.main_window import MainWindow
from ui.translation import translations_dir

CATALOGUE = translations_dir() / "recours_fr.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")

Messages = dict[tuple[str, str], ET.Element]


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


def catalogue_messages(catalogue: Path) -> Messages:
    """Each message of a Qt catalogue by its context and English text."""
    found: Messages = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def french_translations() -> dict[str, str]:
    """Each English text of the interface with its French translation."""
    return {
        source: message.findtext("translation", "")
        for (_, source), message in catalogue_messages(CATALOGUE).items()
    }


def english_left(texts: list[str]) -> list[str]:
    """The texts shown that read as an English source with words of its own, its placeholders
    filled, whose French translation differs."""
    patterns = [
        re.compile(".+".join(re.escape(piece) for piece in PLACEHOLDER.split(source)))
        for source, text in french_translations().items()
        if source != text and any(char.isalpha() for char in PLACEHOLDER.sub("", source))
    ]
    return [text for text in texts if any(pattern.fullmatch(text) for pattern in patterns)]


def mnemonic_letter(text: str) -> str | None:
    """The shortcut letter a text marks with &, lower-cased ("&&" is a plain ampersand)."""
    found = MNEMONIC.search(text.replace("&&", "  "))
    return text[found.end()].casefold() if found else None


def shown_texts(top: QWidget) -> list[str]:
    """The words a person sees in a window: its title, labels, buttons, tabs, group titles."""
    texts = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
    return [text for text in texts if text]


def clashing_widget_mnemonics(top: QWidget) -> list[str]:
    """Visible labels and buttons of one window that share their shortcut letter."""
    by_letter: dict[str, list[str]] = {}
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        text = widget.text()
        letter = mnemonic_letter(text)
        if letter is not None and widget.isVisibleTo(top):
            by_letter.setdefault(letter, []).append(text)
    return [" / ".join(texts) for texts in by_letter.values() if len(texts) > 1]
