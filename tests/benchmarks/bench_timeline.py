"""The timeline tab on a case with 10,000 interactions: loading the case, sorting by a column,
filtering by channel and party, and selecting a row (which reads its promises and evidence)
must stay instant, since the tab holds models only and no widget per row.

Builds a case of 100 and one of 10,000 interactions through the core, opens each in the real
tab (offscreen, after a warm-up run that loads fonts and icons) and prints the best of three
timings for each step, with the ratio.

    uv run python -m tests.benchmarks.bench_timeline
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.cases import create_case
from core.database import Store
from core.interactions import add_interaction
from core.model import Channel, Direction, Moment
from core.parties import find_or_add_party
from core.promises import add_promise
from tests.benchmarks.window_timing import best_of_three, compare_sizes
from ui.models.interaction_table_model import InteractionColumn
from ui.timeline.timeline_tab import TimelineTab
from ui.workspace import Workspace

PARTIES = ("Orange", "Chronopost", "Orange customer service", "La Poste", "Médiateur")
CHANNELS = tuple(Channel)
PROMISE_EVERY = 20


def build_case(store: Store, count: int) -> int:
    """A case of `count` interactions over several channels and parties, with a promise made
    in one interaction in twenty; written in one transaction."""
    first = dt.date(2020, 1, 1)
    with store.write():
        case = create_case(store, title=f"{count} interactions", counterparty="Orange")
        party_ids = [find_or_add_party(store, name=name).id for name in PARTIES]
        for number in range(count):
            logged = add_interaction(
                store,
                case_id=case.id,
                occurred=Moment(
                    first + dt.timedelta(days=number % 2500), dt.time(9 + number % 9, number % 60)
                ),
                channel=CHANNELS[number % len(CHANNELS)],
                direction=Direction.OUTBOUND,
                party_id=party_ids[number % len(party_ids)],
                person=f"Agent {number % 37}",
                summary=f"Contact {number} about the invoice and the parcel",
                details="What was said, at some length. " * 5,
            )
            if number % PROMISE_EVERY == 0:
                add_promise(store, case_id=case.id, text="Call back", interaction_id=logged.id)
    return case.id


def measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        case_id = build_case(store, count)
        workspace = Workspace(store)
        tab = TimelineTab()
        tab.bind(workspace)
        tab.resize(1200, 800)
        tab.show()
        app.processEvents()

        def load() -> None:
            tab.case_id = None
            tab.show_case(case_id)

        def sort() -> None:
            tab.view.sortByColumn(InteractionColumn.SUMMARY, Qt.SortOrder.AscendingOrder)
            tab.view.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.AscendingOrder)

        def filter_rows() -> None:
            bar = tab.filter_bar
            bar.channel.setCurrentIndex(bar.channel.findData(Channel.EMAIL.value))
            bar.party.setCurrentIndex(bar.party.findText("La Poste"))
            bar.clear()

        def select() -> None:
            for row in (0, tab.proxy.rowCount() // 2, tab.proxy.rowCount() - 1):
                tab.view.select_view_row(row)

        timings = {
            "load": best_of_three(app, load),
            "sort": best_of_three(app, sort),
            "filter": best_of_three(app, filter_rows),
            "select": best_of_three(app, select),
        }
        assert tab.model.rowCount() == count
        tab.deleteLater()
        app.processEvents()
        return timings


def main() -> None:
    compare_sizes(
        measure,
        {
            "load": "read the case and show it",
            "sort": "sort by summary, then by date",
            "filter": "one channel, one party, then all",
            "select": "select three rows, each shown in full",
        },
    )


if __name__ == "__main__":
    main()
