"""The letters tab: the register of letters sent for the case, and the way to write a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.clock import today
from core.letters.kinds import LetterKind
from core.letters.register import Letter, list_letters
from ui.case_tab import CaseTab
from ui.letters.letter_table_model import LetterColumn, LetterTableModel
from ui.letters.letter_window import LetterWindow
from ui.letters.sending_dialog import SendingDialog
from ui.record_change import Part
from ui.record_table_view import RecordTableView
from ui.settings import app_settings, load_preferences


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

        self.write_action = QAction(self.tr("&Write a letter…"), self)
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.write_action.setStatusTip(
            self.tr("A complaint, a reminder, a formal notice... built from this case")
        )
        self.write_action.triggered.connect(lambda: self.write_letter())
        self.sending_action = QAction(self.tr("Sending and &reply…"), self)
        self.sending_action.triggered.connect(self.edit_sending)
        self.again_action = QAction(self.tr("Open the letter &again"), self)
        self.again_action.triggered.connect(self.open_again)

        write = QPushButton(self.write_action.text())
        write.setAccessibleName(self.tr("Write a letter"))
        write.clicked.connect(self.write_action.trigger)
        sending = QPushButton(self.sending_action.text())
        sending.setAccessibleName(self.tr("Sending and reply"))
        sending.clicked.connect(self.sending_action.trigger)
        again = QPushButton(self.again_action.text())
        again.setAccessibleName(self.tr("Open the letter again"))
        again.clicked.connect(self.again_action.trigger)
        self.selection_buttons = (sending, again)
        buttons = QHBoxLayout()
        for button in (write, sending, again):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
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
        self._enable()

    def _enable(self) -> None:
        self.write_action.setEnabled(self.case_id is not None)
        chosen = self.view.current_record() is not None
        self.sending_action.setEnabled(chosen)
        self.again_action.setEnabled(chosen)
        for button in self.selection_buttons:
            button.setEnabled(chosen)

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
