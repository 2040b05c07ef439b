"""Whether a desktop window holds the data folder, read from its `QLockFile` without Qt.

The window writes `recours.lock` in the data folder: its process id on the first line (then
the program, the host and ids Qt uses). While the window runs, Qt also holds a system lock
on the file (`flock` on Unix). A lock file left by a crash has neither a live lock nor a
live process, and does not count.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Final

LOCK_FILENAME: Final = "recours.lock"


def _process_is_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        still_active = 259
        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == still_active
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _system_lock_is_held(path: Path) -> bool | None:
    """True when another open file holds the system lock, False when it is free, None when
    the platform or file system cannot tell."""
    if sys.platform == "win32":
        return None
    import fcntl

    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    else:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False
    finally:
        os.close(descriptor)


def window_holding(data_dir: Path) -> int | None:
    """The process id of the live Recours window using this data folder, or None."""
    path = data_dir / LOCK_FILENAME
    try:
        first_line = path.read_bytes().split(b"\n", 1)[0]
        pid = int(first_line.decode("ascii"))
    except (OSError, ValueError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    held = _system_lock_is_held(path)
    if held is None:
        held = _process_is_alive(pid)
    return pid if held else None
