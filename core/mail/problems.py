"""What an email import tells the user afterwards: the message ids of `[mail]` and their values.

Kept as ids, not sentences, so the desktop app and the command line word them in the user's
language when they show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from core.errors import InvalidInputError
from core.i18n import translate


@dataclass(frozen=True, slots=True)
class MailWarning:
    """Something the import could not do as the message asked, and what it did instead."""

    message_id: str
    params: Mapping[str, object] = field(default_factory=dict)

    def describe(self, lang: str) -> str:
        return translate(self.message_id, lang, **self.params)


class NotAnEmailError(InvalidInputError):
    """A file given as an email that is not one (a PDF renamed .eml, an Outlook .msg...)."""

    default_message_id = "mail.not_email"
