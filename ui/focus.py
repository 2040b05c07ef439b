"""Keyboard order in forms: Tab visits the controls in the order a person reads them."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Make Tab go from each widget to the next, in this order."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
