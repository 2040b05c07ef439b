"""The app survives a long session despite the bindings' extra releases (ui/qt_compat.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SESSION = textwrap.dedent(
    """
    import os
    import sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit
    if sys.argv[1] == "protected":
        from ui.qt_compat import protect_singletons_from_release
        protect_singletons_from_release()

    class Emitter(QObject):
        changed = Signal(int)

    app = QApplication([])
    field, emitter = QLineEdit(), Emitter()
    emitter.changed.connect(lambda value: None)
    for number in range(30_000):
        field.setText("a")
        emitter.changed.emit(number)
    print("survived")
    """
)


def run_session(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SESSION, mode],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_long_session_survives_once_none_is_protected() -> None:
    result = run_session("protected")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="Python 3.12 never frees None")
def test_the_bindings_still_need_the_protection() -> None:
    """When this fails, the bindings are fixed and ui/qt_compat.py can go."""
    result = run_session("unprotected")
    assert result.returncode != 0
    assert "none_dealloc" in result.stderr or "bool_dealloc" in result.stderr
