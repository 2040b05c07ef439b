"""Email import: `.eml` files become interactions of a case, with the message and its files
as evidence. docs/email-import.md describes the rules for users.

What callers use:
- `import_email` / `import_email_bytes` / `import_emails` (files and folders, oldest first):
  read, store and record in one call, on the caller's thread.
- For an undoable import in the app, the same in steps: `read_email_file` (or `parse_email`)
  and `ingest_email` off the window's thread, then `record_email` on it, in one transaction.
- `find_duplicate` says whether a case already holds a message.

Modules: charsets (guessing what a message does not say), headers (guarded header access),
parts (the MIME tree), parsing (a file into a `ParsedMail`), party_matching (the directory),
importing (evidence and rows), folders (many files at once).
"""

from __future__ import annotations

from core.mail.folders import email_files, import_emails
from core.mail.importing import (
    IngestedMail,
    MailImport,
    find_duplicate,
    import_email,
    import_email_bytes,
    import_parsed,
    ingest_email,
    record_email,
)
from core.mail.parsing import ParsedMail, parse_email, read_email_file
from core.mail.party_matching import MatchRule, PartyMatch
from core.mail.problems import MailWarning, NotAnEmailError

__all__ = [
    "IngestedMail",
    "MailImport",
    "MailWarning",
    "MatchRule",
    "NotAnEmailError",
    "ParsedMail",
    "PartyMatch",
    "email_files",
    "find_duplicate",
    "import_email",
    "import_email_bytes",
    "import_emails",
    "import_parsed",
    "ingest_email",
    "parse_email",
    "read_email_file",
    "record_email",
]
