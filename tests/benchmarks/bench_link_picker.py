"""The interaction picker of the promise and money forms on a case with 10,000 interactions:
filling it and opening its list must stay instant (captions are made only when shown, and the
list drops down instead of first measuring every caption).

Prints the seconds taken for 100 and for 10,000 interactions, and their ratio.

    uv run python -m tests.benchmarks.bench_link_picker
"""

from __future__ import annotations

import datetime as dt
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from core.model import Channel, Direction, Interaction, Moment
from ui.widgets.link_picker import LinkPicker, interaction_caption, interactions_newest_first


def interactions(count: int) -> list[Interaction]:
    first = dt.date(2020, 1, 1)
    return [
        Interaction(
            id=number,
            case_id=1,
            occurred=Moment(first + dt.timedelta(days=number % 2000), dt.time(10, number % 60)),
            channel=Channel.PHONE,
            direction=Direction.INBOUND,
            summary=f"Call {number} about the invoice and the parcel",
        )
        for number in range(1, count + 1)
    ]


def measure(app: QApplication, count: int) -> tuple[float, float]:
    records = interactions(count)
    start = time.perf_counter()
    picker = LinkPicker(accessible_name="Shown in interaction")
    picker.set_choices(interactions_newest_first(records), interaction_caption, current=1)
    picker.show()
    app.processEvents()
    filled = time.perf_counter() - start
    start = time.perf_counter()
    picker.showPopup()
    app.processEvents()
    picker.hidePopup()
    opened = time.perf_counter() - start
    picker.deleteLater()
    return filled, opened


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    small = measure(app, 100)
    large = measure(app, 10_000)
    for name, baseline, value in zip(("fill", "open list"), small, large, strict=True):
        print(
            f"{name}: {baseline * 1000:.1f} ms for 100, {value * 1000:.1f} ms for 10,000 "
            f"(ratio {value / baseline:.1f})"
        )


if __name__ == "__main__":
    main()
