"""The identity a letter is sent from: name, postal address, email and phone.

The same four fields serve the user's own identity in the preferences and the identity of
each case (an advocate writes for several clients).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from core.model import Sender

_ADDRESS_LINES = 4


class SenderForm(QWidget):
    """Four labelled fields; `identity()` reads them back as a `core.model.Sender`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Sender's name"))
        self.postal_address = QPlainTextEdit()
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setAccessibleName(self.tr("Sender's postal address"))
        self.postal_address.setPlaceholderText(self.tr("Street, postcode and town, on lines"))
        line_height = self.postal_address.fontMetrics().lineSpacing()
        margins = self.postal_address.contentsMargins()
        self.postal_address.setFixedHeight(
            line_height * _ADDRESS_LINES
            + 2 * int(self.postal_address.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Sender's email address"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Sender's phone number"))

        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("Postal a&ddress:"), self.postal_address)
        form.addRow(self.tr("Emai&l:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)

    def set_identity(self, sender: Sender) -> None:
        self.name.setText(sender.name)
        self.postal_address.setPlainText(sender.postal_address)
        self.email.setText(sender.email)
        self.phone.setText(sender.phone)

    def identity(self) -> Sender:
        return Sender(
            name=self.name.text().strip(),
            postal_address=self.postal_address.toPlainText().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
        )
