"""Timing a step of the window: the best of a few runs, events included, since the first run
pays for caches a person would not wait on twice."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def best_of_three(app: QApplication, step: Callable[[], None]) -> float:
    """The shortest of three runs of `step`, each followed by the events it posted."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        step()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return min(times)
