"""Recours: `main.py` starts the desktop app; `main.py COMMAND ...` works headless.

Kept thin on purpose: the command line lives in core/cli, the app in ui/. Qt is imported
only when the desktop app is what was asked for.
"""

from __future__ import annotations

import sys
from pathlib import Path

from core.cli import run


def start_gui(data_dir: Path) -> int:
    from ui.shell.app import run_gui

    return run_gui(data_dir)


def main(argv: list[str] | None = None) -> int:
    """The `recours` entry point: the data folder is resolved once inside `run`."""
    return run(sys.argv[1:] if argv is None else argv, start_gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
