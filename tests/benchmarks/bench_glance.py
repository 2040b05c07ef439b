"""The case at a glance on a case with 10,000 interactions: computing the chart, drawing it
in the tab (a path of markers per lane and direction), zooming, painting and exporting it
as a PNG must stay well under a second.

Builds a case of 100 and one of 10,000 interactions (a promise made in one in twenty, kept
or broken a week later) through the core, opens each in the real tab (offscreen, after a
warm-up run) and prints the best of three timings for each step, with the ratio.

    uv run python -m tests.benchmarks.bench_glance
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from core.database import Store
from core.model import PromiseStatus
from core.promises import list_promises, settle_promise
from core.timeline_chart import case_chart
from tests.benchmarks.bench_timeline import build_case
from tests.benchmarks.window_timing import best_of_three, compare_sizes
from ui.glance.glance_tab import GlanceTab
from ui.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


def settle_all(store: Store, case_id: int) -> None:
    """Every promise settled a week after it was made: every other one broken, the rest
    kept (promises left open all run to today, each on its own row)."""
    with store.write():
        for number, promise in enumerate(list_promises(store, case_id)):
            if promise.made_on is not None:
                settle_promise(
                    store,
                    promise_id=promise.id,
                    status=PromiseStatus.BROKEN if number % 2 else PromiseStatus.KEPT,
                    on=promise.made_on + dt.timedelta(days=7),
                )


def measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        case_id = build_case(store, count)
        settle_all(store, case_id)
        workspace = Workspace(store)
        tab = GlanceTab()
        tab.bind(workspace)
        tab.resize(1200, 800)
        tab.show()
        app.processEvents()

        def chart() -> None:
            case_chart(store, case_id, today=TODAY)

        def show() -> None:
            tab.case_id = None
            tab.show_case(case_id)

        def zoom() -> None:
            tab.chart_view.zoom_by(2.0)
            tab.chart_view.zoom_by(0.5)

        def paint() -> None:
            view = tab.chart_view
            image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            view.render(painter)
            painter.end()

        def export() -> None:
            tab.scene.render_png(2.0)

        timings = {
            "chart": best_of_three(app, chart),
            "show": best_of_three(app, show),
            "zoom": best_of_three(app, zoom),
            "paint": best_of_three(app, paint),
            "export": best_of_three(app, export),
        }
        assert tab.scene.interaction_count() == count
        tab.deleteLater()
        app.processEvents()
        return timings


def main() -> None:
    compare_sizes(
        measure,
        {
            "chart": "read the case, its letters and steps; compute the chart (core)",
            "show": "the same, then build and lay out every item in the tab",
            "zoom": "zoom in twice as far, then back",
            "paint": "paint the whole visible chart once",
            "export": "render the whole chart to a PNG at 2x",
        },
    )


if __name__ == "__main__":
    main()
