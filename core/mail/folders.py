"""Importing many messages at once, as a mailbox export gives them.

Folders are searched, subfolders included, for `.eml` files (hidden files and folders, such
as macOS "._" companions, left out). Messages are imported oldest first by their Date
header, so the timeline and the directory fill in the order things happened. Each message
is its own transaction: a file that cannot be read is reported and the others go on.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import math
import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Final

from core.cases import get_case
from core.database import Store
from core.errors import InvalidInputError, OperationCancelled, RecoursError
from core.evidence_store import CancelCheck
from core.filenames import name_from_path
from core.mail.headers import HEADER_ERRORS, message_date
from core.mail.importing import MailImport, import_email

EMAIL_SUFFIX: Final = ".eml"
HEADER_PEEK_BYTES: Final = 64 * 1024

MailProgress = Callable[[int, int], None]


def email_files(folder: Path) -> list[Path]:
    """The `.eml` files under a folder, hidden ones left out, in name order."""
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found.extend(
            Path(root) / name
            for name in names
            if not name.startswith(".") and name.lower().endswith(EMAIL_SUFFIX)
        )
    return sorted(found)


def _written_at(path: Path) -> float:
    """When a message was written, by its Date header, else its file's date; for sorting."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_PEEK_BYTES)
        stamp = message_date(BytesHeaderParser(policy=email.policy.default).parsebytes(head))
        if stamp is not None:
            return stamp.timestamp()
        return path.stat().st_mtime
    except (OSError, OverflowError, *HEADER_ERRORS):
        return math.inf


def import_emails(
    store: Store,
    *,
    case_id: int,
    sources: Iterable[Path],
    own_addresses: Collection[str],
    progress: MailProgress | None = None,
    should_cancel: CancelCheck | None = None,
    zone: dt.tzinfo | None = None,
) -> list[MailImport]:
    """Import files and folders of messages into a case; one result per message.

    A file that fails has a result with its `error`; so has a folder without any `.eml`.
    `progress(done, total)` follows each message. When `should_cancel` says so, the import
    stops before the next message (those done stay done) and the list ends there.
    """
    get_case(store, case_id)
    results: list[MailImport] = []
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = email_files(source)
            if not found:
                error = InvalidInputError("mail.empty_folder", folder=source)
                results.append(MailImport(name_from_path(source), path=source, error=error))
            files.extend(found)
        else:
            files.append(source)
    ordered = sorted(dict.fromkeys(files), key=lambda path: (_written_at(path), str(path)))
    for done, path in enumerate(ordered, start=1):
        if should_cancel is not None and should_cancel():
            break
        try:
            result = import_email(
                store,
                case_id=case_id,
                source=path,
                own_addresses=own_addresses,
                zone=zone,
                should_cancel=should_cancel,
            )
        except OperationCancelled:
            break
        except RecoursError as error:
            result = MailImport(name_from_path(path), error=error)
        results.append(replace(result, path=path))
        if progress is not None:
            progress(done, len(ordered))
    return results
