"""The letters tab: the register of letters sent for the case, and the way to write a new one.

With no letter yet, the tab says what a letter is built from and how its reply is followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.clock import today
from core.letters.kinds import LetterKind
from core.letters.register import Letter, list_letters
from ui.case.case_tab import CaseTab
from ui.letters.letter_table_model import LetterColumn, LetterTableModel
from ui.letters.letter_window import LetterWindow
from ui.letters.sending_dialog import SendingDialog
from ui.record_change import Part
from ui.record_table_view import RecordTableView
from ui.settings import app_settings, load_preferences

_EMPTY_TEXT_WIDTH = 560
"""The explanation shown in place of an empty list keeps to lines short enough to read."""


class LettersTab(CaseTab):
    part = Part.LETTERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LetterTableModel()
        self.view: RecordTableView[Letter] = RecordTableView(
            self.model, accessible_name=self.tr("Letters sent"), stretch_column=LetterColumn.REPLY
        )
        self.view.sortByColumn(LetterColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.windows: list[LetterWindow] = []

        self.write_action = QAction(self.tr("&Write a Letter…"), self)
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.write_action.setStatusTip(
            self.tr("A complaint, a reminder, a formal notice... built from this case")
        )
        self.write_action.triggered.connect(lambda: self.write_letter())
        self.sending_action = QAction(self.tr("Sending and &Reply…"), self)
        self.sending_action.setStatusTip(
            self.tr("When the selected letter was posted, its receipt, and the reply")
        )
        self.sending_action.triggered.connect(self.edit_sending)
        self.again_action = QAction(self.tr("Open Letter &Again…"), self)
        self.again_action.setStatusTip(
            self.tr("Open the selected letter in the letter window, to print or change it")
        )
        self.again_action.triggered.connect(self.open_again)

        write = QToolButton()
        write.setDefaultAction(self.write_action)
        write.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        write.setAccessibleName(self.tr("Write a letter"))
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addStretch(1)
        top.addWidget(write)

        self.empty = QLabel(
            self.tr(
                "No letter yet.\n\nWrite a Letter… builds a complaint, a reminder or a formal "
                "notice from this case: what happened, the promises broken, what you ask for "
                "and the law that applies. Once it is posted, record it as sent: the case "
                "then follows the reply it is owed."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setMaximumWidth(_EMPTY_TEXT_WIDTH)
        self.empty.setAccessibleName(self.tr("No letter yet"))
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addWidget(self.empty)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.sending_action, self.again_action])
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.view.doubleClicked.connect(self.edit_sending)
        self._enable()

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        self.model.today = today()
        self.model.set_records(list_letters(self.workspace.store, self.case_id))

    def title(self) -> str:
        return self.tr("Letters ({count})").format(count=self.model.rowCount())

    def case_actions(self) -> list[QAction]:
        return [self.write_action, self.sending_action, self.again_action]

    def reload(self) -> None:
        super().reload()
        has_letters = self.model.rowCount() > 0 or self.case_id is None
        self.pages.setCurrentIndex(0 if has_letters else 1)
        self._enable()

    def _enable(self) -> None:
        self.write_action.setEnabled(self.case_id is not None)
        chosen = self.view.current_record() is not None
        self.sending_action.setEnabled(chosen)
        self.again_action.setEnabled(chosen)

    def write_letter(
        self, kind: LetterKind = LetterKind.COMPLAINT, again: Letter | None = None
    ) -> LetterWindow | None:
        if self.workspace is None or self.case_id is None:
            return None
        settings = app_settings()
        identity = load_preferences(settings).identity
        window = LetterWindow(
            self.workspace,
            self.case_id,
            settings=settings,
            default_sender=None if identity.is_empty() else identity,
            kind=kind,
            again=again,
            parent=self.window(),
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(
            lambda: self.windows.remove(window) if window in self.windows else None
        )
        self.windows.append(window)
        window.show()
        return window

    def open_again(self) -> None:
        letter = self.view.current_record()
        if letter is not None:
            self.write_letter(letter.kind, again=letter)

    def edit_sending(self) -> None:
        letter = self.view.current_record()
        if letter is None or self.workspace is None:
            return
        SendingDialog(self.workspace, letter, self).open()
