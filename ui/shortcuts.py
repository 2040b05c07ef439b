"""Standard shortcuts, with the usual keys where the platform theme defines none.

Qt takes standard keys from the desktop's platform theme; a bare X11 session or the
offscreen platform has no Quit or Preferences key at all, so the keys most desktops use
stand in for them.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QAction, QKeySequence

_USUAL_KEYS: Final = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
}


def standard_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    bindings = QKeySequence.keyBindings(key)
    usual = _USUAL_KEYS.get(key)
    if not bindings and usual is not None:
        return [QKeySequence(usual)]
    return list(bindings)


def set_standard_shortcut(action: QAction, key: QKeySequence.StandardKey) -> None:
    action.setShortcuts(standard_keys(key))
