"""The command line of Recours: `main.py [--data-dir DIR] COMMAND ...`.

`run` decides the data folder once, then either starts the desktop app through the
`start_gui` it is given (the core never imports Qt) or runs a headless command. It is also
where failures become exit codes: 0 on success, 1 and one line on stderr for anything the
user can fix, 2 and a traceback for a bug.
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from core.cli.console import Console
from core.cli.parser import GUI_COMMAND, UsageError, describe_usage_error, parse_command_line
from core.database import DATABASE_FILENAME, Store
from core.datadir import prepare_data_dir, resolve_data_dir
from core.errors import RecoursError, database_error_from
from core.i18n import language_from_environment

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_BUG = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

StartGui = Callable[[Path], int]


def run(argv: Sequence[str], *, start_gui: StartGui, prog: str | None = None) -> int:
    """Run one command line and return its exit code: failures are reported, never raised."""
    _tolerate_unencodable_output()
    _quiet_file_readers()
    console = Console(language_from_environment())
    try:
        return _run(argv, console, start_gui, prog)
    except UsageError as error:
        console.warn(describe_usage_error(error, console.lang))
        return EXIT_USER_ERROR
    except RecoursError as error:
        message = error.describe(console.lang)
        if error.message_id == "error.database_damaged":
            message += " " + console.text("backup.restore_hint")
        console.warn(message)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        console.warn(console.text("cli.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception:
        console.warn(console.text("cli.bug"))
        console.err.write(traceback.format_exc())
        return EXIT_BUG


def _run(argv: Sequence[str], console: Console, start_gui: StartGui, prog: str | None) -> int:
    try:
        args = parse_command_line(argv, prog)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else EXIT_OK
    data_dir = prepare_data_dir(resolve_data_dir(args.data_dir))
    if args.command in (None, GUI_COMMAND):
        return start_gui(data_dir)
    from core.cli.backup_commands import (
        FOLDER_COMMANDS,
        READ_ONLY_COMMANDS,
        take_daily_backup,
        warn_about_storage,
    )
    from core.cli.commands import COMMANDS

    writes = args.command not in READ_ONLY_COMMANDS
    if writes:
        warn_about_storage(data_dir, console)
    if args.command in FOLDER_COMMANDS:
        return FOLDER_COMMANDS[args.command](args, data_dir, console)
    try:
        with Store.open(data_dir) as store:
            if writes:
                take_daily_backup(store, console)
            return COMMANDS[args.command](args, store, console)
    except sqlite3.Error as error:
        known = database_error_from(error, data_dir / DATABASE_FILENAME)
        if known is None:
            raise
        raise known from error


def _tolerate_unencodable_output() -> None:
    """A console that cannot show "€" or a narrow space gets "?" rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _quiet_file_readers() -> None:
    """The libraries that read PDFs and images log what they find damaged; Recours says it in
    its own words (one line per file), so their notes stay off the terminal."""
    for name in ("pypdf", "PIL"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _silence_stdout() -> None:
    """After the reader of a pipe went away, let Python's exit flush into nowhere."""
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
