"""Logging a call, an email, a visit... while it is fresh, from the keyboard, in under a minute;
and correcting one later in the same form.

Everything the form holds is saved as one edit (`Workspace.perform`): the interaction, the
promises made in it and a party typed for the first time, so one Undo takes all of it back.
A date that is not one, or an empty summary, is said in the form, which keeps what was typed.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.cases import get_case
from core.clock import local_now
from core.database import Store
from core.errors import InvalidInputError, RecoursError
from core.interaction_links import interaction_links
from core.model import Channel, Direction, Interaction, Moment
from core.parties import list_parties
from ui.icons import channel_icon
from ui.labels import label
from ui.language import interface_language
from ui.palette import alert_text
from ui.timeline.interaction_edits import edit_interaction, log_interaction
from ui.timeline.moment_input import MomentInput
from ui.timeline.promise_rows import PromiseDraft, PromiseRowError, PromiseRows
from ui.widgets.party_picker import PartyPicker
from ui.workspace import Workspace

DEFAULT_DIRECTION = {
    Channel.PHONE: Direction.OUTBOUND,
    Channel.EMAIL: Direction.INBOUND,
    Channel.LETTER: Direction.INBOUND,
    Channel.VISIT: Direction.IN_PERSON,
    Channel.CHAT: Direction.OUTBOUND,
    Channel.SMS: Direction.INBOUND,
    Channel.DELIVERY: Direction.IN_PERSON,
    Channel.WEB: Direction.OUTBOUND,
    Channel.OTHER: Direction.OUTBOUND,
}
"""What usually happens on each channel: the user calls, chats and fills in web forms; emails,
letters and texts are usually the company's; visits and deliveries happen face to face."""

_LONGEST_CALL_MINUTES = 24 * 60
_COMFORTABLE_WIDTH = 720


class InteractionDialog(QDialog):
    """The form to log an interaction of case `case_id`, or to edit `interaction`.

    Opens with the channel chosen (a letter picks another: P phone, E email...), the date
    and time set to now, the case's counterparty as the party. Enter in a line saves,
    Ctrl+Enter saves from anywhere, Esc cancels (asking first when something was typed).

    Signals:
        saved(object): the `Interaction` as saved; the dialog then closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        *,
        interaction: Interaction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = case_id
        self.original = interaction
        self._direction_chosen = interaction is not None
        store = workspace.store
        self.setWindowTitle(
            self.tr("Log an interaction") if interaction is None else self.tr("Edit an interaction")
        )
        self.setAccessibleName(self.windowTitle())
        self._make_fields()
        self._lay_out()
        self._fill(store, interaction)
        self._initial = self._snapshot()

    def _make_fields(self) -> None:
        self.when = MomentInput(accessible_name=self.tr("When"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.setToolTip(self.tr("Type the first letter of a channel to choose it"))
        for channel in Channel:
            self.channel.addItem(channel_icon(channel), label(channel), channel.value)
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        for direction in Direction:
            self.direction.addItem(label(direction), direction.value)
        self.party = PartyPicker(accessible_name=self.tr("With (party)"))
        party_line = self.party.lineEdit()
        if party_line is not None:
            party_line.setPlaceholderText(self.tr("Company, department or person"))
            party_line.setAccessibleName(self.party.accessibleName())
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Person spoken to"))
        self.person.setPlaceholderText(self.tr("Name or agent number"))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("What happened, in one line (required)"))
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setPlaceholderText(self.tr("What was said, word for word where it matters"))
        self.details.setTabChangesFocus(True)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("Ticket, file or letter number"))
        self.duration = QSpinBox()
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setRange(0, _LONGEST_CALL_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.promises = PromiseRows()
        self.promises_note = QLabel()
        self.promises_note.setWordWrap(True)
        self.promises_note.setAccessibleName(self.tr("Promises"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setStyleSheet(f"color: {alert_text().name()}")
        self.message.hide()
        self.keys_hint = QLabel(
            self.tr("Enter saves, Ctrl+Enter too from the details; Esc cancels.")
        )
        self.keys_hint.setAccessibleName(self.tr("Keys"))
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Enter from any field)"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.channel.currentIndexChanged.connect(self._channel_chosen)
        self.direction.activated.connect(self._direction_picked)
        self.when.moment_changed.connect(self._moment_changed)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._field(grid, 0, 0, self.tr("&When:"), self.when, span=3)
        self._field(grid, 1, 0, self.tr("C&hannel:"), self.channel)
        self._field(grid, 1, 2, self.tr("&Direction:"), self.direction)
        self._field(grid, 2, 0, self.tr("W&ith:"), self.party)
        self._field(grid, 2, 2, self.tr("&Person:"), self.person)
        self._field(grid, 3, 0, self.tr("&Summary:"), self.summary, span=3)
        self._field(grid, 4, 0, self.tr("De&tails:"), self.details, span=3)
        self._field(grid, 5, 0, self.tr("&Reference:"), self.reference)
        self._field(grid, 5, 2, self.tr("D&uration:"), self.duration)
        if self.original is None:
            self._field(grid, 6, 0, self.tr("Pro&mises made:"), self.promises, span=3)
        else:
            self.promises.hide()
            grid.addWidget(self.promises_note, 6, 1, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        chain: list[QWidget] = [
            self.when.line,
            self.channel,
            self.direction,
            self.party,
            self.person,
            self.summary,
            self.details,
            self.reference,
            self.duration,
        ]
        if self.original is None:
            chain += [self.promises.first_field(), self.promises.last_field()]
        chain += [self.save_button, self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        hint = self.sizeHint()
        self.resize(max(hint.width(), _COMFORTABLE_WIDTH), hint.height())

    @staticmethod
    def _field(
        grid: QGridLayout, row: int, column: int, caption: str, field: QWidget, *, span: int = 1
    ) -> None:
        name = QLabel(caption)
        name.setBuddy(field)
        alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if isinstance(field, (QPlainTextEdit, PromiseRows)):
            alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        grid.addWidget(name, row, column, alignment)
        grid.addWidget(field, row, column + 1, 1, span)

    def _fill(self, store: Store, interaction: Interaction | None) -> None:
        parties = list_parties(store)
        if interaction is None:
            self.when.set_moment(Moment.of(local_now()))
            self.party.set_parties(parties, current=get_case(store, self.case_id).counterparty_id)
            self._channel_chosen()
            self.channel.setFocus()
            return
        self.when.set_moment(interaction.occurred)
        self.channel.setCurrentIndex(self.channel.findData(interaction.channel.value))
        self.direction.setCurrentIndex(self.direction.findData(interaction.direction.value))
        self.party.set_parties(parties, current=interaction.party_id)
        self.person.setText(interaction.person)
        self.summary.setText(interaction.summary)
        self.details.setPlainText(interaction.details)
        self.reference.setText(interaction.reference)
        self.duration.setValue(interaction.duration_minutes or 0)
        made = len(interaction_links(store, interaction.id).made)
        self.promises_note.setText(
            self.tr(
                "Promises made in this interaction ({count}) are changed in the Promises "
                "tab, not here."
            ).format(count=made)
            if made
            else self.tr("Promises are recorded and changed in the Promises tab, not here.")
        )
        self.summary.setFocus()
        self.summary.selectAll()

    def chosen_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def chosen_direction(self) -> Direction:
        return Direction(self.direction.currentData())

    def _channel_chosen(self) -> None:
        """Follow the channel with its usual direction until the user picks one."""
        if not self._direction_chosen:
            usual = DEFAULT_DIRECTION[self.chosen_channel()]
            self.direction.setCurrentIndex(self.direction.findData(usual.value))

    def _direction_picked(self) -> None:
        self._direction_chosen = True

    def _moment_changed(self, moment: Moment | None) -> None:
        if moment is not None:
            self.promises.set_reference(moment.day)

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.when.text(),
            self.channel.currentIndex(),
            self.direction.currentIndex(),
            self.party.currentText(),
            self.person.text(),
            self.summary.text(),
            self.details.toPlainText(),
            self.reference.text(),
            self.duration.value(),
            self.promises.has_input(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Cancel; when something was typed, only once the user agrees to lose it."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard what you typed in this form?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def show_problem(self, error: RecoursError, field: QWidget | None = None) -> None:
        """Say what is wrong in the form, and put the cursor where it can be fixed."""
        self.message.setText(error.describe(interface_language().value))
        self.message.show()
        if field is not None:
            field.setFocus()

    def save(self) -> None:
        """Save the form as one undoable edit and close; or say what is wrong and stay open."""
        self.message.hide()
        try:
            moment = self.when.moment()
        except InvalidInputError as error:
            self.show_problem(error, self.when)
            return
        if not " ".join(self.summary.text().split()):
            self.show_problem(InvalidInputError("error.empty_summary"), self.summary)
            return
        self.promises.set_reference(moment.day)
        try:
            drafts = self.promises.drafts() if self.original is None else []
        except PromiseRowError as problem:
            self.show_problem(problem.error, problem.field)
            return
        try:
            saved = self._perform(moment, drafts)
        except RecoursError as error:
            self.show_problem(error)
            return
        self.saved.emit(saved)
        self.accept()

    def _perform(self, moment: Moment, drafts: list[PromiseDraft]) -> Interaction:
        typed = Interaction(
            id=0 if self.original is None else self.original.id,
            case_id=self.case_id,
            occurred=moment,
            channel=self.chosen_channel(),
            direction=self.chosen_direction(),
            person=self.person.text(),
            summary=self.summary.text(),
            details=self.details.toPlainText(),
            reference=self.reference.text(),
            duration_minutes=self.duration.value() or None,
        )
        if self.original is not None:
            return edit_interaction(self.workspace, typed, self.party.choice())
        return log_interaction(self.workspace, typed, self.party.choice(), drafts)
