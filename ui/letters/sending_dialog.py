"""The register of one letter: how it was sent, when the receipt came back, whether the
company answered. Proof of sending is what makes a letter count."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import RecoursError
from core.letters.register import Letter, update_sending
from ui.errors import describe_problem
from ui.formatting import format_day
from ui.labels import label
from ui.palette import alert_text
from ui.record_change import Part, RecordChange
from ui.widgets.date_input import DateInput
from ui.workspace import Workspace

_WIDTH_IN_CHARACTERS = 64


class SendingDialog(QDialog):
    """Edits the sending register of a letter; OK saves it as one undoable step."""

    def __init__(self, workspace: Workspace, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.letter = letter
        self.setWindowTitle(self.tr("Sending and Reply"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_IN_CHARACTERS)
        heading = QLabel(
            self.tr("{kind} of {date}, sent by {mode}").format(
                kind=label(letter.kind),
                date=format_day(letter.letter_date),
                mode=label(letter.sending_mode).lower(),
            )
        )
        heading.setWordWrap(True)
        self.tracking = QLineEdit(letter.tracking_number)
        self.tracking.setAccessibleName(self.tr("Tracking number"))
        self.posted = DateInput(accessible_name=self.tr("Posted on"))
        self.posted.set_date(letter.posted_on)
        self.receipt = DateInput(accessible_name=self.tr("Receipt returned on"))
        self.receipt.set_date(letter.receipt_returned_on)
        self.unclaimed = QCheckBox(self.tr("Returned unclaimed"))
        self.unclaimed.setChecked(letter.unclaimed)
        self.unclaimed.setAccessibleName(self.tr("Returned unclaimed"))
        self.reply = DateInput(accessible_name=self.tr("Reply received on"))
        self.reply.set_date(letter.reply_received_on)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {alert_text().name()}; font-weight: bold;")
        self.problem.hide()

        form = QFormLayout()
        for caption, field in (
            (self.tr("&Tracking number:"), self.tracking),
            (self.tr("&Posted on:"), self.posted),
            (self.tr("Receipt &returned on:"), self.receipt),
            ("", self.unclaimed),
            (self.tr("Reply received &on:"), self.reply),
        ):
            form.addRow(caption, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            posted, receipt, reply = self.posted.date(), self.receipt.date(), self.reply.date()
            letter_id = self.letter.id
            self.workspace.perform(
                self.tr("Update the sending of a letter"),
                lambda store: update_sending(
                    store,
                    letter_id,
                    tracking_number=self.tracking.text(),
                    posted_on=posted,
                    receipt_returned_on=receipt,
                    unclaimed=self.unclaimed.isChecked(),
                    reply_received_on=reply,
                ),
                RecordChange(Part.LETTERS | Part.TIMELINE, case_id=self.letter.case_id),
            )
        except RecoursError as error:
            self.problem.setText(describe_problem(error) or "")
            self.problem.show()
            return
        self.accept()
