"""The deadlines part of the preferences: how long before a UK telecoms ombudsman can be
asked, and how close a date must be to need attention."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from core.deadlines import DeadlineSettings
from ui.settings import OMBUDSMAN_WEEKS_RANGE, SOON_DAYS_RANGE, Preferences


def deadline_settings(preferences: Preferences) -> DeadlineSettings:
    """The core's settings from the user's preferences."""
    return DeadlineSettings(
        ombudsman_weeks=preferences.ombudsman_weeks, soon_days=preferences.soon_days
    )


class DeadlinePreferences(QGroupBox):
    """Two numbers with their units and a word on where the defaults come from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deadlines"), parent)
        self.ombudsman_weeks = QSpinBox()
        self.ombudsman_weeks.setRange(*OMBUDSMAN_WEEKS_RANGE)
        self.ombudsman_weeks.setSuffix(self.tr(" weeks"))
        self.ombudsman_weeks.setAccessibleName(
            self.tr("Weeks before a UK telecoms ombudsman can be asked")
        )
        self.ombudsman_weeks.setToolTip(
            self.tr("8 weeks after your written complaint today; Ofcom proposed 6")
        )
        self.soon_days = QSpinBox()
        self.soon_days.setRange(*SOON_DAYS_RANGE)
        self.soon_days.setSuffix(self.tr(" days"))
        self.soon_days.setAccessibleName(self.tr("Days ahead that need attention"))
        self.soon_days.setToolTip(
            self.tr("A date this close shows under “Needs attention” (7: this week)")
        )
        hint = QLabel(
            self.tr(
                "United Kingdom: a telecoms ombudsman takes a complaint 8 weeks after you "
                "complained in writing (Ofcom proposed 6)."
            )
        )
        hint.setWordWrap(True)
        self.form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("UK telecoms &ombudsman after:"), self.ombudsman_weeks)
        form.addRow(hint)
        form.addRow(self.tr("Needs attention &within:"), self.soon_days)

    def fill(self, preferences: Preferences) -> None:
        self.ombudsman_weeks.setValue(preferences.ombudsman_weeks)
        self.soon_days.setValue(preferences.soon_days)
