"""Working around a defect of the Qt bindings that would otherwise crash the app.

PySide6 6.12.0 on Python 3.11 gives back a reference to `None` that it never took, each time a
Qt call returns nothing to Python (`QLineEdit.setText`, `QComboBox.addItem`, a model's empty
`data()`...). Python 3.12 and later never free `None`, so they do not notice; Python 3.11
counts it down and, a few thousand calls later, aborts with "Fatal Python error:
none_dealloc". Until the bindings are fixed, `None` is given a reserve of references large
enough that no session can use it up.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Final

NONE_REFERENCE_RESERVE: Final = 1 << 40


@cache
def protect_none_from_release() -> None:
    """Give `None` the reserve of references, once; nothing to do on Python 3.12 and later."""
    if sys.version_info >= (3, 12):
        return
    reference_count = ctypes.c_ssize_t.from_address(id(None))
    reference_count.value += NONE_REFERENCE_RESERVE
