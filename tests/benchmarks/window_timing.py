"""Timing the steps of a window part: the best of a few runs, events included (the first run
pays for caches a person would not wait on twice), on a small and a large case."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from ui.qt_compat import protect_singletons_from_release


def best_of_three(app: QApplication, step: Callable[[], None]) -> float:
    """The shortest of three runs of `step`, each followed by the events it posted."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        step()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return min(times)


Measure = Callable[[QApplication, int], dict[str, float]]
"""Times each step of a window part on a case of the given size, by the step's name."""


def compare_sizes(measure: Measure, explained: dict[str, str]) -> None:
    """Print each step's time for 100 and 10,000 rows and their ratio, in the order of
    `explained` (the step's name and what it does), after a warm-up run."""
    protect_singletons_from_release()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    measure(app, 100)
    small = measure(app, 100)
    large = measure(app, 10_000)
    for step, what in explained.items():
        print(
            f"{step:>6}: {small[step] * 1000:7.1f} ms for 100, "
            f"{large[step] * 1000:7.1f} ms for 10,000 (ratio {large[step] / small[step]:5.1f})"
            f"  [{what}]"
        )
