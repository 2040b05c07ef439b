"""What can go wrong that the user should hear about, as opposed to bugs.

Every `RecoursError` carries a message id and its parameters; the words come from the message
catalogue in the user's language (`core.i18n`). Anything else that escapes is a bug: the
interfaces show it with its details and keep running.
"""

from __future__ import annotations

import errno
import sqlite3

from core.i18n import FALLBACK_LANGUAGE, translate


class RecoursError(Exception):
    """A problem caused by the input or the environment, with a message for the user."""

    default_message_id = "error.generic"

    def __init__(self, message_id: str | None = None, /, **params: object) -> None:
        self.message_id = message_id or self.default_message_id
        self.params = params
        super().__init__(self.describe(FALLBACK_LANGUAGE))

    def describe(self, lang: str) -> str:
        return translate(self.message_id, lang, **self.params)


class NotFoundError(RecoursError):
    """A case, party, interaction, promise or evidence id that does not exist."""

    default_message_id = "error.not_found"


class InvalidInputError(RecoursError):
    """A value the user gave that cannot be accepted (empty title, unknown channel...)."""

    default_message_id = "error.invalid_input"


class EvidenceFileError(RecoursError):
    """A file that cannot be taken in as evidence (missing, a folder, unreadable, empty)."""

    default_message_id = "error.evidence_unreadable"


class StorageError(RecoursError):
    """The disk refused a write or read: full, read-only, locked, failing."""

    default_message_id = "error.storage"


class DatabaseError(RecoursError):
    """The database file is damaged, from a newer Recours, or not a Recours database."""

    default_message_id = "error.database_damaged"


class DataFolderError(RecoursError):
    """The data folder cannot be created, used or locked."""

    default_message_id = "error.data_folder"


class OperationCancelled(RecoursError):
    """The user stopped a long operation; nothing was changed."""

    default_message_id = "error.cancelled"


def storage_error_from(error: OSError, path: object) -> StorageError:
    """Turn an OSError from the disk into a message that says what happened, in plain words."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("error.disk_full", path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("error.permission_denied", path=path)
    return StorageError("error.storage", path=path, reason=error.strerror or str(error))


def database_error_from(error: sqlite3.Error, path: object) -> RecoursError | None:
    """What the environment caused, as a message; None when the error is a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_FULL,):
        return StorageError("error.disk_full", path=path)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StorageError("error.database_busy", path=path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseError("error.database_damaged", path=path)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return StorageError("error.permission_denied", path=path)
    if code == sqlite3.SQLITE_IOERR or (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR):
        return StorageError("error.storage", path=path, reason=str(error))
    return None
