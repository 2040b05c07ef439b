"""The form to open a new case or edit one: what the dispute is, with whom, and who writes.

Saving is one edit of the record (one Undo step): the case, its other parties, its
references, and any name typed that the directory did not know yet. A refused save (an empty
title, a reference without a label) is said inside the form, which stays open with
everything typed.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.cases import create_case, get_case, list_references, save_case, set_references
from core.database import Store
from core.errors import InvalidInputError, RecoursError
from core.model import Jurisdiction, Language, Party, PartyRole, Sector
from core.parties import case_parties, link_party, list_parties, unlink_party
from ui.case.party_dialog import open_party_dialog
from ui.errors import describe_problem
from ui.focus import chain_tab_order
from ui.labels import label
from ui.record_change import Part, RecordChange
from ui.settings import Preferences, load_preferences
from ui.widgets.party_picker import PartyPicker, offer_details_button, with_details_beside
from ui.widgets.party_roles_editor import (
    PartyRolesEditor,
    reoffer_keeping_choice,
    resolve_involved,
)
from ui.widgets.problem_label import ProblemLabel
from ui.widgets.references_editor import ReferencesEditor
from ui.widgets.sender_form import SenderForm
from ui.window_state import WindowState
from ui.workspace import Workspace

_CHANGED_PARTS = Part.CASE | Part.DIRECTORY
_SCREEN_SHARE = 0.9


def _choices(combo: QComboBox, values: type[StrEnum]) -> None:
    for value in values:
        combo.addItem(label(value), value.value)


def _select(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(combo.findData(value.value))


def _text_box(accessible_name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(accessible_name)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CaseEditor(QDialog):
    """New case when `case_id` is None, otherwise that case's details.

    Signals:
        saved(int): the case was written (its id); the dialog then closes.
    """

    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        *,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = case_id
        self.preferences: Preferences = load_preferences(settings)
        self.window_state = WindowState("CaseEditor", settings)
        self.setWindowTitle(self.tr("New Case") if case_id is None else self.tr("Edit Case"))
        self.setSizeGripEnabled(True)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Phone sold as free, then billed"))
        self.counterparty = PartyPicker(accessible_name=self.tr("Company"))
        self.counterparty.setToolTip(
            self.tr("The company the dispute is with; a new name joins the directory")
        )
        self.company_details = QPushButton(self.tr("Contact Det&ails…"))
        self.company_details.setAutoDefault(False)
        self.company_details.setAccessibleName(self.tr("Contact details of the company"))
        self.company_details.clicked.connect(self._edit_company_details)
        self.counterparty.editTextChanged.connect(self._offer_company_details)
        self.desired_outcome = _text_box(self.tr("Desired outcome"), 3)
        self.desired_outcome.setMaximumHeight(self.desired_outcome.fontMetrics().lineSpacing() * 6)
        self.desired_outcome.setPlaceholderText(self.tr("What would settle it for you"))
        self.jurisdiction = QComboBox()
        _choices(self.jurisdiction, Jurisdiction)
        self.jurisdiction.setAccessibleName(self.tr("Jurisdiction"))
        self.language = QComboBox()
        _choices(self.language, Language)
        self.language.setAccessibleName(self.tr("Language of letters"))
        self.sector = QComboBox()
        _choices(self.sector, Sector)
        self.sector.setAccessibleName(self.tr("Sector"))
        self.notes = _text_box(self.tr("Notes"), 4)

        case_form = QFormLayout()
        case_form.addRow(self.tr("&Title:"), self.title)
        company_caption = QLabel(self.tr("&Company:"))
        company_caption.setBuddy(self.counterparty)
        case_form.addRow(
            company_caption, with_details_beside(self.counterparty, self.company_details)
        )
        case_form.addRow(self.tr("Desired &outcome:"), self.desired_outcome)
        case_form.addRow(self.tr("&Jurisdiction:"), self.jurisdiction)
        case_form.addRow(self.tr("Letters &in:"), self.language)
        case_form.addRow(self.tr("S&ector:"), self.sector)
        case_form.addRow(self.tr("&Notes:"), self.notes)
        case_group = QGroupBox(self.tr("The Case"))
        case_group.setLayout(case_form)

        self.parties = PartyRolesEditor()
        self.parties.details_requested.connect(self._edit_party_details)
        parties_group = self._group(self.tr("Other Parties"), self.parties)
        self.references = ReferencesEditor()
        references_group = self._group(self.tr("References"), self.references)

        self.sender_form = SenderForm()
        self.use_my_details = QPushButton(self.tr("&Use My Own Details"))
        self.use_my_details.setAutoDefault(False)
        self.use_my_details.setAccessibleName(self.tr("Use my own details"))
        self.use_my_details.clicked.connect(self._use_my_details)
        if self.preferences.identity.is_empty():
            self.use_my_details.setEnabled(False)
            self.use_my_details.setToolTip(self.tr("Set your details in the Preferences first"))
        else:
            self.use_my_details.setToolTip(self.tr("Fill in your details from the Preferences"))
        sender_box = QWidget()
        sender_layout = QVBoxLayout(sender_box)
        sender_layout.setContentsMargins(0, 0, 0, 0)
        sender_hint = QLabel(
            self.tr(
                "Letters of this case go out under this name. Acting for someone else? "
                "Put their details here."
            )
        )
        sender_hint.setWordWrap(True)
        sender_layout.addWidget(sender_hint)
        sender_layout.addWidget(self.sender_form)
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_my_details)
        sender_layout.addLayout(use_row)
        sender_group = self._group(self.tr("Letters Sent From"), sender_box)

        left = QVBoxLayout()
        left.addWidget(case_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(parties_group)
        right.addWidget(references_group)
        right.addWidget(sender_group)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        content.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area = scroll

        self.problem = ProblemLabel()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save the case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel, changing nothing")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.parties.rows_changed.connect(self._order_tabs)
        self.references.rows_changed.connect(self._order_tabs)
        self._fill()
        self._offer_company_details()
        self._order_tabs()
        self._sized = self.window_state.restore(self, {})
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the fields once they are laid out (their sizes are only known then): never
        narrower than they need, and tall enough not to scroll when the screen allows."""
        content = self.form_area.widget()
        if content is not None:
            scrollbar = self.form_area.verticalScrollBar().sizeHint().width()
            self.form_area.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
            if not self._sized:
                self._sized = True
                self._use_default_size(content.sizeHint())
        super().showEvent(event)

    def _use_default_size(self, content: QSize) -> None:
        chrome = self.sizeHint() - self.form_area.sizeHint()
        wanted = QSize(
            content.width()
            + self.form_area.verticalScrollBar().sizeHint().width()
            + chrome.width(),
            content.height() + chrome.height(),
        )
        screen = self.screen().availableSize() * _SCREEN_SHARE
        self.resize(wanted.boundedTo(screen).expandedTo(self.minimumSizeHint()))

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(widget)
        return group

    def _fill(self) -> None:
        """Show the case as it is, or a new case with the user's defaults."""
        store = self.workspace.store
        directory = list_parties(store)
        self.parties.set_directory(directory)
        if self.case_id is None:
            self.counterparty.set_parties(directory)
            _select(self.jurisdiction, self.preferences.jurisdiction)
            _select(self.language, self.preferences.letter_language)
            _select(self.sector, Sector.OTHER)
            self.sender_form.set_identity(self.preferences.identity)
            return
        case = get_case(store, self.case_id)
        self.title.setText(case.title)
        self.counterparty.set_parties(directory, current=case.counterparty_id)
        self.desired_outcome.setPlainText(case.desired_outcome)
        _select(self.jurisdiction, case.jurisdiction)
        _select(self.language, case.language)
        _select(self.sector, case.sector)
        self.notes.setPlainText(case.notes)
        self.sender_form.set_identity(case.sender)
        self.parties.set_involved(
            (involved.party.id, involved.role)
            for involved in case_parties(store, self.case_id)
            if involved.role is not PartyRole.COUNTERPARTY
        )
        self.references.set_references(list_references(store, self.case_id))

    def _order_tabs(self) -> None:
        sender = self.sender_form
        chain_tab_order(
            [
                self.title,
                self.counterparty,
                self.company_details,
                self.desired_outcome,
                self.jurisdiction,
                self.language,
                self.sector,
                self.notes,
                *self.parties.focus_chain(),
                *self.references.focus_chain(),
                sender.name,
                sender.postal_address,
                sender.email,
                sender.phone,
                self.use_my_details,
                *self.buttons.buttons(),
            ]
        )

    def _offer_company_details(self) -> None:
        """The company's details can be given once it is in the directory; a new name joins
        it when the case is saved."""
        offer_details_button(
            self.counterparty,
            self.company_details,
            known_tip=self.tr(
                "The postal address, email, phone and website of {name}, for letters"
            ),
            empty_tip=self.tr("Choose the company first"),
        )

    def _edit_company_details(self) -> None:
        party_id = self.counterparty.choice().party_id
        if party_id is not None:
            self._edit_party_details(party_id)

    def _edit_party_details(self, party_id: int) -> None:
        dialog = open_party_dialog(self.workspace, party_id, parent=self)
        if dialog is not None:
            dialog.saved.connect(self._show_renamed)

    def _show_renamed(self, _party: Party) -> None:
        """Offer the directory as saved, so a renamed party is still the one chosen."""
        directory = list_parties(self.workspace.store)
        reoffer_keeping_choice(self.counterparty, directory)
        self.parties.offer_directory(directory)
        self._offer_company_details()

    def _use_my_details(self) -> None:
        self.sender_form.set_identity(self.preferences.identity)

    def accept(self) -> None:
        """Save, then close; a refusal is shown in the form, which stays open."""
        if self.counterparty.choice().is_empty:
            self._show_problem(self.tr("Say which company the dispute is with."), self.counterparty)
            return
        try:
            case_id = self.workspace.perform(
                self.tr("Create a case") if self.case_id is None else self.tr("Edit the case"),
                self._save,
                RecordChange(_CHANGED_PARTS, case_id=self.case_id),
            )
        except RecoursError as error:
            self._show_problem(describe_problem(error) or "", self._field_at_fault(error))
            return
        self.case_id = case_id
        self.saved.emit(case_id)
        super().accept()

    def _save(self, store: Store) -> int:
        """Write the case, its parties and references (one transaction); the case's id."""
        counterparty_id = self.counterparty.choice().resolve(store)
        if counterparty_id is None:
            raise InvalidInputError("error.empty_name")
        if self.case_id is None:
            case = create_case(store, title=self.title.text(), counterparty=counterparty_id)
        else:
            case = get_case(store, self.case_id)
        case = save_case(
            store,
            dataclasses.replace(
                case,
                title=self.title.text(),
                counterparty_id=counterparty_id,
                jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
                language=Language(self.language.currentData()),
                sector=Sector(self.sector.currentData()),
                desired_outcome=self.desired_outcome.toPlainText().strip(),
                notes=self.notes.toPlainText().strip(),
                sender=self.sender_form.identity(),
            ),
        )
        wanted = resolve_involved(store, self.parties.choices())
        current: set[tuple[int, PartyRole]] = {
            (involved.party.id, involved.role)
            for involved in case_parties(store, case.id)
            if involved.role is not PartyRole.COUNTERPARTY
        }
        for party_id, role in current - wanted:
            unlink_party(store, case_id=case.id, party_id=party_id, role=role)
        for party_id, role in wanted - current:
            link_party(store, case_id=case.id, party_id=party_id, role=role)
        set_references(store, case.id, self.references.references())
        return case.id

    def _field_at_fault(self, error: RecoursError) -> QWidget | None:
        if error.message_id == "error.empty_label":
            unlabelled = [
                fields.label for fields in self.references.fields() if not fields.label.text()
            ]
            return unlabelled[0] if unlabelled else None
        return {"error.empty_title": self.title, "error.empty_name": self.counterparty}.get(
            error.message_id
        )

    def _show_problem(self, sentence: str, field: QWidget | None) -> None:
        self.problem.setText(sentence)
        self.problem.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self.window_state.save(self, {})
        super().done(result)
