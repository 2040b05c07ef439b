"""The one folder where a user's Recours data lives, decided once at start-up.

Order of precedence: `--data-dir DIR`, then the `RECOURS_DATA_DIR` environment variable,
then the per-user default of the platform (e.g. ~/.local/share/Recours on Linux).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from core.errors import DataFolderError

APP_NAME: Final = "Recours"
DATA_DIR_VARIABLE: Final = "RECOURS_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def resolve_data_dir(
    option: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None
) -> Path:
    """Which data folder to use, from the command line, the environment or the default."""
    env = os.environ if environ is None else environ
    chosen = option or env.get(DATA_DIR_VARIABLE) or None
    if chosen is None:
        return default_data_dir()
    return Path(chosen).expanduser().absolute()


def prepare_data_dir(path: Path) -> Path:
    """Create the folder if needed, private to the user (0700 on POSIX); refuse a non-folder.

    A folder that already exists keeps its permissions: it may be one the user chose and shares
    on purpose. What Recours creates inside it is private.
    """
    if path.exists() and not path.is_dir():
        raise DataFolderError("error.data_folder_not_folder", path=path)
    try:
        if not path.exists():
            path.mkdir(mode=0o700, parents=True)
            if os.name == "posix":
                path.chmod(stat.S_IRWXU)
        (path / "evidence").mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise DataFolderError(
            "error.data_folder_unusable", path=path, reason=error.strerror
        ) from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError("error.data_folder_unusable", path=path, reason="read-only")
    return path
