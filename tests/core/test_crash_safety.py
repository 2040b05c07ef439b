"""Killed at any moment, the record loses nothing it had acknowledged and is never damaged.

A helper process (`serve`) loads Recours once, then for each round forks a writer that logs
interactions and promises, settles promises, attaches evidence files of all sizes and takes
backups, through the core functions, printing a line for each one only after it returned.
After a random delay the helper kills the writer with SIGKILL and hands the acknowledged
lines to the test, which checks the data folder as the next start of Recours would find it:
the database opens and passes `integrity_check` and `foreign_key_check`, every acknowledged
write is there, every stored file matches the fingerprint it is named by (a half-copied file
only ever sits in `evidence/.incoming`), every evidence row has its file, and every backup
under a real name is whole.

Forking from a loaded helper, rather than starting Python for each round, is what makes a
hundred and more kills cheap; the writers are still separate processes killed mid-write.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TextIO

import pytest

from core.backups.catalog import PARTIAL_PREFIX, backup_problem, backups_dir, list_backups
from core.database import DATABASE_FILENAME, Store
from core.datadir import prepare_data_dir
from core.evidence_store import INCOMING_DIRNAME

KILLS: Final = 120
REUSED_FOLDERS: Final = 4
FRESH_EVERY: Final = 8
SEED: Final = int(os.environ.get("RECOURS_CRASH_SEED", "20261126"))
REPO: Final = Path(__file__).resolve().parents[2]


def _ack(out: TextIO, *words: object) -> None:
    out.write(" ".join(str(word) for word in words) + "\n")


def _write_forever(data_dir: Path, seed: int, out: TextIO) -> None:
    """The writer: every kind of write the app makes, in a random order, until killed."""
    import datetime as dt

    from core.backups.making import create_backup, ensure_daily_backup
    from core.cases import create_case
    from core.evidence import attach_evidence
    from core.interactions import add_interaction
    from core.model import Channel, Direction, Moment, PromiseStatus
    from core.promises import add_promise, settle_promise

    rng = random.Random(seed)
    sources = data_dir.parent / f"sources-{data_dir.name}"
    sources.mkdir(exist_ok=True)
    with Store.open(data_dir) as store:
        ensure_daily_backup(store)
        row = store.conn.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()
        case_id = row[0] if row else create_case(store, title="Crash", counterparty="Opérateur").id
        _ack(out, "case", case_id)
        for number in range(1, 10**9):
            token = f"{seed}-{number}"
            choice = rng.random()
            if choice < 0.45:
                with store.write():
                    interaction = add_interaction(
                        store,
                        case_id=case_id,
                        occurred=Moment.parse("2026-10-01T10:30"),
                        channel=Channel.PHONE,
                        direction=Direction.OUTBOUND,
                        summary=f"Appel {token}",
                    )
                    promise = None
                    if rng.random() < 0.6:
                        promise = add_promise(
                            store,
                            case_id=case_id,
                            text=f"Rappeler {token}",
                            interaction_id=interaction.id,
                            due_on=dt.date(2026, 10, 10),
                        )
                _ack(out, "interaction", interaction.id, token)
                if promise is not None:
                    _ack(out, "promise", promise.id, interaction.id, token)
            elif choice < 0.8:
                size = rng.choice([1, 700, 40_000, 2_500_000]) + rng.randrange(100)
                source = sources / f"piece-{token}.bin"
                source.write_bytes(rng.randbytes(size))
                evidence = attach_evidence(store, case_id=case_id, source=source).evidence
                source.unlink()
                _ack(out, "evidence", evidence.id, evidence.sha256)
            elif choice < 0.95:
                pending = store.conn.execute(
                    "SELECT id FROM promises WHERE status = 'pending' ORDER BY random() LIMIT 1"
                ).fetchone()
                if pending is not None:
                    status = rng.choice([PromiseStatus.KEPT, PromiseStatus.BROKEN])
                    settle_promise(store, promise_id=pending[0], status=status)
                    _ack(out, "settled", pending[0], status.value)
            else:
                _ack(out, "backup", create_backup(store).path)


def _fork_and_kill(data_dir: Path, seed: int, delay: float) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            with os.fdopen(write_end, "w", buffering=1) as out:
                _write_forever(data_dir, seed, out)
        except BaseException:
            traceback.print_exc()
        os._exit(3)
    os.close(write_end)
    received = bytearray()
    deadline = time.monotonic() + delay
    while (remaining := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], remaining)
        if ready:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            received += chunk
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 1 << 16):
        received += chunk
    os.close(read_end)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return {"lines": received.decode("utf-8").splitlines(), "killed": killed}


def serve() -> None:
    """The helper process: one JSON request per line in, one JSON report per line out."""
    import sqlite_utils  # noqa: F401  (loaded once here, not in every writer)

    import core.backups.making
    import core.cases
    import core.evidence
    import core.interactions
    import core.promises  # noqa: F401

    for line in sys.stdin:
        request = json.loads(line)
        report = _fork_and_kill(Path(request["data_dir"]), request["seed"], request["delay"])
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()


@dataclass
class Expected:
    """What a data folder must hold: every write acknowledged in any earlier round."""

    interactions: dict[int, str] = field(default_factory=dict)
    promises: dict[int, tuple[int, str]] = field(default_factory=dict)
    evidence: dict[int, str] = field(default_factory=dict)
    settled: dict[int, str] = field(default_factory=dict)
    backups: set[str] = field(default_factory=set)
    whole_files: set[str] = field(default_factory=set)

    def take(self, lines: list[str]) -> int:
        for line in lines:
            kind, *words = line.split(" ")
            if kind == "interaction":
                self.interactions[int(words[0])] = words[1]
            elif kind == "promise":
                self.promises[int(words[0])] = (int(words[1]), words[2])
            elif kind == "evidence":
                self.evidence[int(words[0])] = words[1]
            elif kind == "settled":
                self.settled[int(words[0])] = words[1]
            elif kind == "backup":
                self.backups.add(words[0])
        return sum(1 for line in lines if not line.startswith("case "))


def _check_folder(data_dir: Path, expected: Expected) -> None:
    database = data_dir / DATABASE_FILENAME
    if not database.exists():
        assert not expected.interactions, "acknowledged writes but no database"
        return
    conn = sqlite3.connect(database)
    try:
        assert [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "interactions" not in tables:
            assert not expected.interactions
            return
        summaries = dict(conn.execute("SELECT id, summary FROM interactions").fetchall())
        promises = {
            row[0]: (row[1], row[2], row[3])
            for row in conn.execute("SELECT id, interaction_id, text, status FROM promises")
        }
        hashes = dict(conn.execute("SELECT id, sha256 FROM evidence").fetchall())
    finally:
        conn.close()
    for interaction_id, token in expected.interactions.items():
        assert summaries.get(interaction_id) == f"Appel {token}", interaction_id
    for promise_id, (interaction_id, token) in expected.promises.items():
        assert promises[promise_id][:2] == (interaction_id, f"Rappeler {token}")
    for promise_id, status in expected.settled.items():
        assert promises[promise_id][2] == status
    for evidence_id, sha256 in expected.evidence.items():
        assert hashes.get(evidence_id) == sha256, evidence_id
    with Store.open(data_dir):
        pass
    _check_stored_files(data_dir / "evidence", expected)
    missing = set(hashes.values()) - expected.whole_files
    assert not missing, f"evidence rows without their file: {missing}"
    _check_backups(data_dir, expected)


def _check_stored_files(evidence_dir: Path, expected: Expected) -> None:
    """Every file under a fingerprint name has that fingerprint: no half file is ever there."""
    for folder in evidence_dir.iterdir():
        if folder.name == INCOMING_DIRNAME:
            continue
        for stored in folder.iterdir():
            if stored.name in expected.whole_files:
                continue
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == stored.name
            expected.whole_files.add(stored.name)


def _check_backups(data_dir: Path, expected: Expected) -> None:
    """Acknowledged backups (taken by hand, so never rotated away) are there; every file with
    a backup's name is a whole backup; anything else is a partial file under its own prefix."""
    named = {str(backup.path) for backup in list_backups(data_dir)}
    assert expected.backups <= named
    for path in named:
        assert backup_problem(Path(path)) is None, path
    folder = backups_dir(data_dir)
    if folder.is_dir():
        strays = [
            entry.name
            for entry in folder.iterdir()
            if str(entry) not in named and not entry.name.startswith(PARTIAL_PREFIX)
        ]
        assert strays == []


@pytest.fixture
def killer() -> Iterator[subprocess.Popen[str]]:
    helper = subprocess.Popen(
        [sys.executable, "-c", "from tests.core.test_crash_safety import serve; serve()"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield helper
    _, errors = helper.communicate(timeout=60)
    assert helper.returncode == 0, errors


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")
def test_sigkill_at_random_points_loses_no_acknowledged_write(
    killer: subprocess.Popen[str], tmp_path: Path
) -> None:
    assert killer.stdin is not None and killer.stdout is not None
    rng = random.Random(SEED)
    expectations: dict[Path, Expected] = {}
    acknowledged = 0
    fresh = 0
    for round_number in range(KILLS):
        if round_number % FRESH_EVERY == FRESH_EVERY - 1:
            fresh += 1
            data_dir, delay = tmp_path / f"fresh-{fresh}", rng.uniform(0.0, 0.4)
        else:
            data_dir = tmp_path / f"reused-{round_number % REUSED_FOLDERS}"
            delay = rng.uniform(0.01, 0.25)
        prepare_data_dir(data_dir)
        request = {"data_dir": str(data_dir), "seed": SEED * 1000 + round_number, "delay": delay}
        killer.stdin.write(json.dumps(request) + "\n")
        killer.stdin.flush()
        report = json.loads(killer.stdout.readline())
        assert report["killed"], f"round {round_number}: the writer stopped on its own"
        expected = expectations.setdefault(data_dir, Expected())
        acknowledged += expected.take(report["lines"])
        _check_folder(data_dir, expected)
    evidence = sum(len(expected.evidence) for expected in expectations.values())
    assert acknowledged >= KILLS, "the writers should have had time to write"
    assert evidence >= KILLS // 5
    print(
        f"\ncrash test (seed {SEED}): {KILLS} SIGKILLs over {len(expectations)} data folders "
        f"({fresh} fresh); {acknowledged} acknowledged writes, {evidence} of them evidence "
        "files, all present, database whole after every kill"
    )
