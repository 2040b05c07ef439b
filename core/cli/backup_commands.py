"""`backup` and `restore` on the command line, and what every writing command does first:
warn once if the data folder is on a network or synced folder, and take the day's backup.

`backup` prints the new backup's path alone, for scripts. `restore` works on the data folder
rather than an open record (the record may be too damaged to open) and refuses while a
desktop window holds the folder.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Final

from core.backups.catalog import Backup, BackupReason, backups_dir, list_backups
from core.backups.lock import window_holding
from core.backups.making import create_backup, ensure_daily_backup
from core.backups.restore import restore_backup
from core.cli.console import Console
from core.cli.render import Align, format_size, table
from core.database import Store
from core.errors import DataFolderError, InvalidInputError, RecoursError
from core.storage_location import storage_warnings

FolderCommand = Callable[[argparse.Namespace, Path, Console], int]

READ_ONLY_COMMANDS: Final = frozenset(
    {"cases", "show", "search", "check", "due", "export", "backup"}
)
"""Commands that change nothing in the record: no storage warning, no daily backup."""


def warn_about_storage(data_dir: Path, console: Console) -> None:
    for warning in storage_warnings(data_dir):
        console.warn(warning.describe(console.lang))


def take_daily_backup(store: Store, console: Console) -> None:
    """The day's backup before the first change of the day; a failure is said, not fatal."""
    try:
        ensure_daily_backup(store)
    except RecoursError as error:
        console.warn(console.text("backup.daily_failed", reason=error.describe(console.lang)))


def backup(args: argparse.Namespace, store: Store, console: Console) -> int:
    if not args.list:
        console.line(str(create_backup(store, reason=BackupReason.MANUAL).path))
        return 0
    if store.data_dir is None:
        return 0
    backups = list_backups(store.data_dir)
    if not backups:
        console.say("backup.list_empty")
        return 0
    headers = [console.text(f"backup.list.{column}") for column in ("when", "reason", "size")]
    headers.append(console.text("backup.list.file"))
    rows = [
        [
            item.created.astimezone().strftime("%Y-%m-%d %H:%M"),
            console.text(f"backup.reason.{item.reason.value}"),
            format_size(item.size, console.lang),
            item.name,
        ]
        for item in backups
    ]
    for line in table(headers, rows, [Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT]):
        console.line(line)
    return 0


def _named_backup(data_dir: Path, typed: str) -> Path:
    """A backup given as a file name from `backup --list`, or as a path to any backup file."""
    in_folder = backups_dir(data_dir) / typed
    if Path(typed).name == typed and in_folder.is_file():
        return in_folder
    given = Path(typed).expanduser()
    if given.is_file():
        return given.absolute()
    raise InvalidInputError("backup.not_found", value=typed)


def restore(args: argparse.Namespace, data_dir: Path, console: Console) -> int:
    holder = window_holding(data_dir)
    if holder is not None:
        raise DataFolderError("backup.folder_in_use", pid=holder)
    chosen = None if args.backup is None else _named_backup(data_dir, args.backup)
    result = restore_backup(data_dir, backup=chosen)
    name = result.backup.name if isinstance(result.backup, Backup) else str(result.backup)
    console.say("backup.restored", backup=name)
    if result.set_aside:
        console.say("backup.set_aside", path=result.set_aside[0])
    if result.missing_evidence:
        console.warn(console.count("backup.missing_evidence", result.missing_evidence))
    return 0


FOLDER_COMMANDS: Final[dict[str, FolderCommand]] = {"restore": restore}
"""Commands that work on the data folder without opening the record."""
