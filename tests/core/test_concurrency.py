"""Two programs on one record: the window and a command-line script write at the same time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from core.database import Store
from core.interactions import list_interactions
from tests.factories import make_case

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from core.database import Store
    from core.interactions import add_interaction
    from core.model import Channel, Direction, Moment

    with Store.open(Path(sys.argv[1])) as store:
        for n in range(int(sys.argv[3])):
            add_interaction(
                store, case_id=1, occurred=Moment.parse("2026-10-01"), channel=Channel.EMAIL,
                direction=Direction.INBOUND, summary=f"{sys.argv[2]} {n}",
            )
    """
)


def test_concurrent_writers_wait_for_each_other_and_lose_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        make_case(store)
    root = Path(__file__).resolve().parents[2]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), name, "150"],
            cwd=root,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("window", "script")
    ]
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    with Store.open(data_dir) as store:
        summaries = {item.summary for item in list_interactions(store, 1)}
    assert len(summaries) == 300
    assert {"window 149", "script 149"} <= summaries


def test_a_reader_sees_committed_writes_while_a_writer_is_busy(data_dir: Path) -> None:
    with Store.open(data_dir) as writer_store, Store.open(data_dir) as reader_store:
        case = make_case(writer_store)
        writer_store.conn.execute("BEGIN IMMEDIATE")
        writer_store.conn.execute("UPDATE cases SET title = 'pas encore' WHERE id = ?", [case.id])
        title = reader_store.conn.execute("SELECT title FROM cases WHERE id = ?", [case.id])
        assert title.fetchone()[0] == case.title
        writer_store.conn.execute("COMMIT")
        title = reader_store.conn.execute("SELECT title FROM cases WHERE id = ?", [case.id])
        assert title.fetchone()[0] == "pas encore"
