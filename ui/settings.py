"""Where the interface keeps its preferences and window state (never case data).

A readable INI file per user (on Linux ~/.config/Recours/Recours.ini). Case data lives only in
the data folder's database, so copying that folder moves a whole record. The user's own
identity is a preference, not case data: each case keeps its own copy of the sender it writes
from, so changing the preference never rewrites a letter already sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, TypeVar

from PySide6.QtCore import QLocale, QSettings

from core.model import Jurisdiction, Language, Sender

ORGANISATION_NAME: Final = "Recours"
APPLICATION_NAME: Final = "Recours"
LAST_CASE_KEY: Final = "MainWindow/last_case"

_IDENTITY_NAME: Final = "identity/name"
_IDENTITY_ADDRESS: Final = "identity/postal_address"
_IDENTITY_EMAIL: Final = "identity/email"
_IDENTITY_PHONE: Final = "identity/phone"
_OWN_EMAILS: Final = "identity/own_emails"
_JURISDICTION: Final = "new_cases/jurisdiction"
_LETTER_LANGUAGE: Final = "new_cases/letter_language"
_INTERFACE_LANGUAGE: Final = "interface/language"
_OMBUDSMAN_WEEKS: Final = "deadlines/ombudsman_weeks"
_SOON_DAYS: Final = "deadlines/soon_days"
_LAST_NOTIFIED: Final = "deadlines/last_notified"

DEFAULT_OMBUDSMAN_WEEKS: Final = 8
DEFAULT_SOON_DAYS: Final = 7
OMBUDSMAN_WEEKS_RANGE: Final = (1, 26)
SOON_DAYS_RANGE: Final = (1, 60)

ChoiceT = TypeVar("ChoiceT", bound=StrEnum)


class InterfaceLanguage(StrEnum):
    """The language the window speaks: the system's, or one the user chose."""

    SYSTEM = "system"
    FR = "fr"
    EN = "en"


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the user told Recours about themselves and how they work."""

    identity: Sender = field(default_factory=Sender)
    own_emails: tuple[str, ...] = ()
    """The user's own addresses: mail from them is outgoing, mail to them incoming."""
    jurisdiction: Jurisdiction = Jurisdiction.FR
    letter_language: Language = Language.FR
    interface_language: InterfaceLanguage = InterfaceLanguage.SYSTEM
    ombudsman_weeks: int = DEFAULT_OMBUDSMAN_WEEKS
    """Weeks before a UK telecoms ombudsman can be asked (8 by law; Ofcom proposed 6)."""
    soon_days: int = DEFAULT_SOON_DAYS
    """How close a date is to need attention ("this week")."""


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        ORGANISATION_NAME,
        APPLICATION_NAME,
    )


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) else ""


def _choice(settings: QSettings, key: str, default: ChoiceT) -> ChoiceT:
    """A stored choice, or the default when nothing (or something unknown) is stored."""
    stored = _text(settings, key)
    for member in type(default):
        if member.value == stored:
            return member
    return default


def _number(settings: QSettings, key: str, default: int, bounds: tuple[int, int]) -> int:
    """A stored whole number within `bounds`, or the default."""
    stored = _text(settings, key).strip()
    if not stored.isdigit() or not bounds[0] <= int(stored) <= bounds[1]:
        return default
    return int(stored)


def _system_defaults() -> tuple[Jurisdiction, Language]:
    """Before the user says, new cases follow where the system says they live."""
    system = QLocale.system()
    if system.language() == QLocale.Language.French:
        return Jurisdiction.FR, Language.FR
    territory = system.territory()
    if territory == QLocale.Country.UnitedKingdom:
        return Jurisdiction.UK, Language.EN
    if territory == QLocale.Country.UnitedStates:
        return Jurisdiction.US, Language.EN
    return Jurisdiction.EU, Language.EN


def load_preferences(settings: QSettings) -> Preferences:
    jurisdiction, letter_language = _system_defaults()
    return Preferences(
        identity=Sender(
            name=_text(settings, _IDENTITY_NAME),
            postal_address=_text(settings, _IDENTITY_ADDRESS),
            email=_text(settings, _IDENTITY_EMAIL),
            phone=_text(settings, _IDENTITY_PHONE),
        ),
        own_emails=tuple(line for line in _text(settings, _OWN_EMAILS).splitlines() if line),
        jurisdiction=_choice(settings, _JURISDICTION, jurisdiction),
        letter_language=_choice(settings, _LETTER_LANGUAGE, letter_language),
        interface_language=_choice(settings, _INTERFACE_LANGUAGE, InterfaceLanguage.SYSTEM),
        ombudsman_weeks=_number(
            settings, _OMBUDSMAN_WEEKS, DEFAULT_OMBUDSMAN_WEEKS, OMBUDSMAN_WEEKS_RANGE
        ),
        soon_days=_number(settings, _SOON_DAYS, DEFAULT_SOON_DAYS, SOON_DAYS_RANGE),
    )


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Write every preference; the email addresses one per line (an INI list of one item
    would come back as a plain string)."""
    identity = preferences.identity
    settings.setValue(_IDENTITY_NAME, identity.name.strip())
    settings.setValue(_IDENTITY_ADDRESS, identity.postal_address.strip())
    settings.setValue(_IDENTITY_EMAIL, identity.email.strip())
    settings.setValue(_IDENTITY_PHONE, identity.phone.strip())
    settings.setValue(_OWN_EMAILS, "\n".join(preferences.own_emails))
    settings.setValue(_JURISDICTION, preferences.jurisdiction.value)
    settings.setValue(_LETTER_LANGUAGE, preferences.letter_language.value)
    settings.setValue(_INTERFACE_LANGUAGE, preferences.interface_language.value)
    settings.setValue(_OMBUDSMAN_WEEKS, str(preferences.ombudsman_weeks))
    settings.setValue(_SOON_DAYS, str(preferences.soon_days))
    settings.sync()


def load_last_notified(settings: QSettings) -> dt.date | None:
    """The day the user was last told what became due; None before the first time."""
    try:
        return dt.date.fromisoformat(_text(settings, _LAST_NOTIFIED))
    except ValueError:
        return None


def save_last_notified(settings: QSettings, day: dt.date) -> None:
    settings.setValue(_LAST_NOTIFIED, day.isoformat())
    settings.sync()
