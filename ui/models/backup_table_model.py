"""The backups of a data folder, newest first: when each was taken, why, and its size."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from core.backups.catalog import Backup, BackupReason, list_backups
from ui.formatting import format_size, format_timestamp
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import timestamp_value


@dataclass(frozen=True, slots=True)
class ListedBackup:
    """A backup with its size read once, when the list was made (-1: it could not be read)."""

    backup: Backup
    size: int


def listed_backups(data_dir: Path) -> list[ListedBackup]:
    """The backups of the data folder, newest first, each with its size."""
    listed = []
    for backup in list_backups(data_dir):
        try:
            size = backup.size
        except OSError:
            size = -1
        listed.append(ListedBackup(backup, size))
    return listed


def reason_label(reason: BackupReason) -> str:
    return {
        BackupReason.DAILY: QCoreApplication.translate("Backups", "Daily"),
        BackupReason.MIGRATION: QCoreApplication.translate("Backups", "Before an update"),
        BackupReason.MANUAL: QCoreApplication.translate("Backups", "By hand"),
    }[reason]


def taken_label(backup: Backup) -> str:
    """When the backup was taken, in the user's time zone."""
    return format_timestamp(backup.created.isoformat())


class BackupColumn(IntEnum):
    TAKEN = 0
    REASON = 1
    SIZE = 2


class BackupTableModel(RecordTableModel[ListedBackup]):
    """Rows of `ListedBackup`; the file name shows on hover, for matching `recours backup
    --list` or the folder itself."""

    Column = BackupColumn
    right_aligned: ClassVar[frozenset[int]] = frozenset({BackupColumn.SIZE})

    def header(self, column: int) -> str:
        return {
            BackupColumn.TAKEN: QCoreApplication.translate("Backups", "Taken"),
            BackupColumn.REASON: QCoreApplication.translate("Backups", "Why"),
            BackupColumn.SIZE: QCoreApplication.translate("Backups", "Size"),
        }[BackupColumn(column)]

    def display(self, record: ListedBackup, column: int) -> str:
        match BackupColumn(column):
            case BackupColumn.TAKEN:
                return taken_label(record.backup)
            case BackupColumn.REASON:
                return reason_label(record.backup.reason)
            case BackupColumn.SIZE:
                return "" if record.size < 0 else format_size(record.size)

    def sort_value(self, record: ListedBackup, column: int) -> SortValue:
        match BackupColumn(column):
            case BackupColumn.TAKEN:
                return timestamp_value(record.backup.created.isoformat())
            case BackupColumn.REASON:
                return reason_label(record.backup.reason).casefold()
            case BackupColumn.SIZE:
                return record.size

    def tooltip(self, record: ListedBackup, column: int) -> str | None:
        return str(record.backup.path)
