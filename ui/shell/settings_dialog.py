"""Preferences: who the user is on letters, defaults for new cases, the interface language,
and the user's own email addresses."""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.model import Jurisdiction, Language
from ui.focus import chain_tab_order
from ui.labels import label
from ui.next_steps.preferences_group import DeadlinePreferences
from ui.palette import alert_text
from ui.settings import InterfaceLanguage, Preferences, load_preferences, save_preferences
from ui.widgets.form_columns import align_label_columns
from ui.widgets.sender_form import SenderForm

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _select(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(combo.findData(value.value))


class PreferencesDialog(QDialog):
    """Edits the preferences kept in QSettings; Save writes them, Cancel forgets."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.preferences = load_preferences(settings)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

        self.identity = SenderForm()
        identity_hint = QLabel(
            self.tr(
                "Your details as they appear on your letters. New cases start with them; "
                "a case kept for someone else can carry theirs."
            )
        )
        identity_hint.setWordWrap(True)
        identity_group = QGroupBox(self.tr("You"))
        identity_layout = QVBoxLayout(identity_group)
        identity_layout.addWidget(identity_hint)
        identity_layout.addWidget(self.identity)

        self.own_emails = QPlainTextEdit()
        self.own_emails.setTabChangesFocus(True)
        self.own_emails.setAccessibleName(self.tr("Your email addresses"))
        self.own_emails.setPlaceholderText(self.tr("One address per line"))
        self.own_emails.setFixedHeight(self.own_emails.fontMetrics().lineSpacing() * 3 + 14)
        self.own_emails.setToolTip(
            self.tr("Mail from these addresses is yours (outgoing); mail to them is incoming")
        )
        emails_label = QLabel(self.tr("&All the email addresses you write from:"))
        emails_label.setBuddy(self.own_emails)
        identity_layout.addWidget(emails_label)
        identity_layout.addWidget(self.own_emails)

        self.jurisdiction = QComboBox()
        for jurisdiction in Jurisdiction:
            self.jurisdiction.addItem(label(jurisdiction), jurisdiction.value)
        self.jurisdiction.setAccessibleName(self.tr("Default jurisdiction"))
        self.letter_language = QComboBox()
        for language in Language:
            self.letter_language.addItem(label(language), language.value)
        self.letter_language.setAccessibleName(self.tr("Default language of letters"))
        new_cases_group = QGroupBox(self.tr("New Cases"))
        new_cases_form = QFormLayout(new_cases_group)
        new_cases_form.addRow(self.tr("&Jurisdiction:"), self.jurisdiction)
        new_cases_form.addRow(self.tr("Letters &in:"), self.letter_language)

        self.interface_language = QComboBox()
        self.interface_language.addItem(self.tr("System language"), InterfaceLanguage.SYSTEM)
        self.interface_language.addItem("Français", InterfaceLanguage.FR)
        self.interface_language.addItem("English", InterfaceLanguage.EN)
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        self.restart_notice = QLabel(
            self.tr("The new language applies the next time Recours starts.")
        )
        self.restart_notice.setWordWrap(True)
        self.restart_notice.hide()
        interface_group = QGroupBox(self.tr("Interface"))
        interface_form = QFormLayout(interface_group)
        interface_form.addRow(self.tr("Lan&guage:"), self.interface_language)
        interface_form.addRow(self.restart_notice)
        self.deadlines = DeadlinePreferences()

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet(f"color: {alert_text().name()}; font-weight: bold;")
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        save_button.setAccessibleName(self.tr("Save the preferences"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel, changing nothing")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(identity_group)
        layout.addWidget(new_cases_group)
        layout.addWidget(interface_group)
        layout.addWidget(self.deadlines)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        align_label_columns(self.identity.form, new_cases_form, interface_form, self.deadlines.form)
        self._fill(self.preferences)
        self.interface_language.currentIndexChanged.connect(self._notice_restart)
        chain_tab_order(
            [
                self.identity.name,
                self.identity.postal_address,
                self.identity.email,
                self.identity.phone,
                self.own_emails,
                self.jurisdiction,
                self.letter_language,
                self.interface_language,
                self.deadlines.ombudsman_weeks,
                self.deadlines.soon_days,
                *self.buttons.buttons(),
            ]
        )
        self.identity.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, preferences: Preferences) -> None:
        self.identity.set_identity(preferences.identity)
        self.own_emails.setPlainText("\n".join(preferences.own_emails))
        _select(self.jurisdiction, preferences.jurisdiction)
        _select(self.letter_language, preferences.letter_language)
        _select(self.interface_language, preferences.interface_language)
        self.deadlines.fill(preferences)

    def _notice_restart(self) -> None:
        changed = self.chosen_interface_language() != self.preferences.interface_language
        self.restart_notice.setVisible(changed)

    def chosen_interface_language(self) -> InterfaceLanguage:
        return InterfaceLanguage(self.interface_language.currentData())

    def _emails(self) -> tuple[str, ...] | None:
        """The addresses typed, one per line; None (and the problem shown) if one is not an
        email address."""
        addresses = [line.strip() for line in self.own_emails.toPlainText().splitlines()]
        addresses = [address for address in addresses if address]
        for address in addresses:
            if not _EMAIL.match(address):
                self.problem.setText(
                    self.tr("“{address}” is not an email address.").format(address=address)
                )
                self.problem.show()
                self.own_emails.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        return tuple(dict.fromkeys(addresses))

    def accept(self) -> None:
        emails = self._emails()
        if emails is None:
            return
        self.preferences = Preferences(
            identity=self.identity.identity(),
            own_emails=emails,
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
            letter_language=Language(self.letter_language.currentData()),
            interface_language=self.chosen_interface_language(),
            ombudsman_weeks=self.deadlines.ombudsman_weeks.value(),
            soon_days=self.deadlines.soon_days.value(),
        )
        save_preferences(self.settings, self.preferences)
        super().accept()
