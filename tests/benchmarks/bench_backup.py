"""Backups and the start-up check on a small and a large record.

The start-up check runs before every start and the daily check before every writing command,
so both must stay cheap as a record grows. Builds a record of 100 and of `--interactions N`
interactions (10,000 by default), then prints, for each, the time of the start-up check, of a
backup, of the daily check once today's backup exists, and of finding the latest good backup,
with the large record's ratio to the small one.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from core.backups.catalog import latest_good_backup
from core.backups.making import create_backup, ensure_daily_backup
from core.backups.restore import check_at_start
from core.cases import create_case
from core.database import Store
from core.datadir import prepare_data_dir
from core.interactions import add_interaction
from core.model import Channel, Direction, Moment


def build(data_dir: Path, interactions: int) -> None:
    with Store.open(prepare_data_dir(data_dir)) as store:
        case = create_case(store, title="Benchmark", counterparty="Opérateur")
        with store.write():
            for number in range(interactions):
                add_interaction(
                    store,
                    case_id=case.id,
                    occurred=Moment.parse("2026-10-01T10:30"),
                    channel=Channel.PHONE,
                    direction=Direction.OUTBOUND,
                    summary=f"Appel numéro {number}: toujours pas de remboursement",
                    details="Le conseiller promet un rappel sous 48 heures. " * 4,
                )


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """The best of `repeat` runs, in milliseconds (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def measure(data_dir: Path) -> dict[str, float]:
    with Store.open(data_dir) as store:
        results = {
            "start-up check": timed(lambda: check_at_start(data_dir)),
            "backup": timed(lambda: create_backup(store), repeat=3),
        }
        ensure_daily_backup(store)
        results["daily check"] = timed(lambda: ensure_daily_backup(store))
    results["latest good backup"] = timed(lambda: latest_good_backup(data_dir))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        build(base / "small", 100)
        build(base / "large", args.interactions)
        small, large = measure(base / "small"), measure(base / "large")
        size = (base / "large" / "recours.db").stat().st_size / 1e6
    print(f"{'':20} {'100':>10} {args.interactions:>10}  ratio   (large record: {size:.1f} MB)")
    for name in small:
        ratio = large[name] / small[name] if small[name] else float("nan")
        print(f"{name:20} {small[name]:8.1f}ms {large[name]:8.1f}ms  {ratio:5.1f}x")


if __name__ == "__main__":
    main()
