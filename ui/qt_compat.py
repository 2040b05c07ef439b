"""Working around a defect of the Qt bindings that would otherwise crash the app.

PySide6 6.12.0 on Python 3.11 gives back references it never took: one to `None` each time a
Qt call returns nothing to Python (`QLineEdit.setText`, `QComboBox.addItem`, a model's empty
`data()`...), one to `True` each time a signal is emitted from Python. Python 3.12 and later
never free these objects, so they do not notice; Python 3.11 counts them down and, a few
thousand calls later, aborts ("Fatal Python error: none_dealloc", "bool_dealloc"). Until the
bindings are fixed, each of them is given a reserve of references that no session can use up.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Final

REFERENCE_RESERVE: Final = 1 << 40
_SINGLETONS_RELEASED_BY_THE_BINDINGS: Final = (None, True, False)


@cache
def protect_singletons_from_release() -> None:
    """Give `None`, `True` and `False` the reserve, once; nothing to do on Python 3.12+."""
    if sys.version_info >= (3, 12):
        return
    for singleton in _SINGLETONS_RELEASED_BY_THE_BINDINGS:
        reference_count = ctypes.c_ssize_t.from_address(id(singleton))
        reference_count.value += REFERENCE_RESERVE
