"""What an email import tells the user at the end, in one plain report.

How many messages came in, how many the case already had (skipped), which files could not be
imported and why, and what each message's import had to guess or work around (a malformed
header, a missing date...), in the interface language. When the user has not said which
addresses are theirs, every message was taken as received: the report says so once, and
where to set the addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.mail import MailImport
from ui.errors import describe_problem
from ui.language import interface_language

_DETAILS_LINES: Final = 14


@dataclass(frozen=True, slots=True)
class EmailImportReport:
    """What became of the messages of one drop or one choice in the file dialog."""

    case_id: int
    results: tuple[MailImport, ...] = ()
    directions_guessed: bool = False
    cancelled: bool = False
    case_title: str = ""

    @property
    def imported(self) -> list[MailImport]:
        return [result for result in self.results if result.imported]

    @property
    def duplicates(self) -> list[MailImport]:
        return [result for result in self.results if result.duplicate]

    @property
    def failed(self) -> list[MailImport]:
        return [result for result in self.results if result.interaction is None]

    def interaction_ids(self) -> list[int]:
        """The interactions to show afterwards: the new ones, else those the case had."""
        shown = self.imported or self.duplicates
        return [result.interaction.id for result in shown if result.interaction is not None]

    def has_details(self) -> bool:
        return bool(
            self.duplicates or self.failed or any(result.warnings for result in self.imported)
        )


def headline(report: EmailImportReport, *, with_directions: bool = False) -> str:
    """One sentence with the counts ("2 emails imported into “…”, 1 already in the case
    (skipped)."); with the note on directions when asked and they were guessed."""
    count = len(report.imported)
    if count == 0:
        pieces = [QCoreApplication.translate("EmailImportReport", "No email imported")]
    elif count == 1:
        pieces = [
            QCoreApplication.translate(
                "EmailImportReport", "1 email imported into “{case}”"
            ).format(case=report.case_title)
        ]
    else:
        pieces = [
            QCoreApplication.translate(
                "EmailImportReport", "{count} emails imported into “{case}”"
            ).format(count=count, case=report.case_title)
        ]
    skipped = len(report.duplicates)
    if skipped == 1:
        pieces.append(
            QCoreApplication.translate("EmailImportReport", "1 already in the case (skipped)")
        )
    elif skipped > 1:
        pieces.append(
            QCoreApplication.translate(
                "EmailImportReport", "{count} already in the case (skipped)"
            ).format(count=skipped)
        )
    failed = len(report.failed)
    if failed == 1:
        pieces.append(QCoreApplication.translate("EmailImportReport", "1 file not imported"))
    elif failed > 1:
        pieces.append(
            QCoreApplication.translate("EmailImportReport", "{count} files not imported").format(
                count=failed
            )
        )
    sentence = ", ".join(pieces) + "."
    if with_directions and report.directions_guessed and count:
        sentence += " " + QCoreApplication.translate(
            "EmailImportReport",
            "Directions were guessed as incoming: add your addresses in Edit › Preferences.",
        )
    return sentence


def directions_note() -> str:
    return QCoreApplication.translate(
        "EmailImportReport",
        "Your own email addresses are not set, so every message was taken as received. "
        "Add them in Edit › Preferences, under “All the email addresses you write from”: "
        "the next imports will tell the messages you sent. Correct the direction of those "
        "already imported with Edit Interaction.",
    )


def _titled(result: MailImport) -> str:
    """The file's name, and the subject under which it is in the timeline."""
    if result.interaction is None or not result.interaction.summary:
        return result.source
    return QCoreApplication.translate("EmailImportReport", "{name} — “{summary}”").format(
        name=result.source, summary=result.interaction.summary
    )


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def _section(heading: str, items: list[str]) -> str:
    """A heading over a list; `items` are already HTML."""
    return f"<p><b>{escape(heading)}</b></p>{_items(items)}"


def details_html(report: EmailImportReport) -> str:
    """The files not imported and why, the warnings of each message, the skipped messages:
    headings over lists, so a long sentence wraps under its own bullet."""
    lang = interface_language().value
    sections: list[str] = []
    if report.failed:
        heading = QCoreApplication.translate("EmailImportReport", "Not imported:")
        reasons = [
            (describe_problem(result.error) if result.error is not None else None) or result.source
            for result in report.failed
        ]
        sections.append(_section(heading, [escape(reason) for reason in reasons]))
    warned = [result for result in report.imported if result.warnings]
    if warned:
        heading = QCoreApplication.translate("EmailImportReport", "Imported with warnings:")
        entries = [
            escape(_titled(result))
            + _items([escape(warning.describe(lang)) for warning in result.warnings])
            for result in warned
        ]
        sections.append(_section(heading, entries))
    if report.duplicates:
        heading = QCoreApplication.translate("EmailImportReport", "Already in the case, skipped:")
        sections.append(
            _section(heading, [escape(_titled(result)) for result in report.duplicates])
        )
    return "".join(sections)


class EmailImportReportDialog(QDialog):
    """The report at the end of an email import: counts first, then the details to read."""

    def __init__(self, report: EmailImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Email Import"))
        self.setAccessibleName(self.tr("Email import report"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        self.summary = QLabel(headline(report))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.setAccessibleName(self.tr("What was imported"))

        self.directions = QLabel(directions_note())
        self.directions.setWordWrap(True)
        self.directions.setTextFormat(Qt.TextFormat.PlainText)
        self.directions.setAccessibleName(self.tr("Directions guessed"))
        self.directions.setVisible(report.directions_guessed and bool(report.imported))

        self.details = QTextBrowser()
        self.details.setHtml(details_html(report))
        self.details.setAccessibleName(self.tr("Details of the import"))
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * _DETAILS_LINES)
        self.details.setVisible(report.has_details())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setDefault(True)
        ok_button.setAccessibleName(self.tr("Close the report"))
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.directions)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
