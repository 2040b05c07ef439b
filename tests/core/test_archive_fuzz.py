"""Random damage to a valid archive: whatever the bytes, the manifest or the case data become,
an import either refuses with a RecoursError and writes nothing, or takes in a consistent case.
Nothing else may escape: no crash, no half-written record."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.archive import ArchiveError, export_cases, import_archive
from core.archive.case_data import archive_case_json
from core.archive.format import MANIFEST_NAME, MemberEntry
from core.archive.zip_reading import VerifiedMember
from core.database import Store
from core.datadir import prepare_data_dir
from core.errors import RecoursError
from core.evidence import attach_evidence, verify_evidence
from core.evidence_store import CHUNK_SIZE
from core.integrity import check_database
from core.interactions import add_interaction
from core.model import Channel, Direction, Moment, Money, MoneyKind, PromiseStatus
from core.money_lines import add_money_line
from core.promises import add_promise, settle_promise
from tests.core.test_archive_support import (
    comparable,
    folder_state,
    manifest_of,
    read_members,
    relisted,
    write_archive,
)
from tests.factories import make_case

DAY = dt.date(2026, 10, 1)
FUZZ_SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=6,
)


@dataclass(frozen=True)
class Fixture:
    archive: Path
    members: dict[str, bytes]
    original: dict[str, Any]
    template: Path


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fixture]:
    """A small case with a file, a settled promise and money, exported; and a data folder
    (already holding a case and a file) to copy for each import."""
    folder = tmp_path_factory.mktemp("fuzz")
    with Store.open(prepare_data_dir(folder / "source")) as store:
        case = make_case(store)
        call = add_interaction(
            store,
            case_id=case.id,
            occurred=Moment.parse("2026-10-01T10:30"),
            channel=Channel.PHONE,
            direction=Direction.OUTBOUND,
            summary="Appel au service client",
        )
        note = folder / "note.txt"
        note.write_text("Promis : remboursement sous 8 jours.\n", encoding="utf-8")
        evidence = attach_evidence(store, case_id=case.id, source=note, interaction_id=call.id)
        promise = add_promise(
            store, case_id=case.id, text="Rembourser 60 €", interaction_id=call.id
        )
        settle_promise(
            store,
            promise_id=promise.id,
            status=PromiseStatus.BROKEN,
            by_evidence_id=evidence.evidence.id,
        )
        add_money_line(
            store,
            case_id=case.id,
            kind=MoneyKind.BILLED,
            amount=Money(6000, "EUR"),
            promise_id=promise.id,
        )
        archive = export_cases(store, case_ids=[case.id], destination=folder / "case.recours")
        original = comparable(archive_case_json(store, case.id, today=DAY)[0])
    template = prepare_data_dir(folder / "template")
    with Store.open(template) as store:
        existing = make_case(store, title="Déjà là", counterparty="Free")
        scan = folder / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 a scan\n")
        attach_evidence(store, case_id=existing.id, source=scan)
    yield Fixture(archive.destination, read_members(archive.destination), original, template)


def import_into_a_copy(fixture: Fixture, archive: Path) -> dict[str, Any] | None:
    """Import into a fresh copy of the template; None when refused (with nothing written),
    else the imported case made comparable, after checking the record is consistent."""
    with tempfile.TemporaryDirectory(prefix="recours-fuzz-") as scratch:
        data_dir = Path(scratch) / "data"
        shutil.copytree(fixture.template, data_dir)
        before = folder_state(data_dir)
        with Store.open(data_dir) as store:
            try:
                report = import_archive(store, source=archive)
            except RecoursError:
                assert folder_state(data_dir) == before
                return None
            assert check_database(store.conn) == []
            assert verify_evidence(store) == []
            (imported,) = report.cases
            return comparable(archive_case_json(store, imported.case_id, today=DAY)[0])


@FUZZ_SETTINGS
@given(
    changes=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=8),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_damaged_bytes_are_refused_or_make_no_difference(
    fuzzed: Fixture,
    tmp_path_factory: pytest.TempPathFactory,
    changes: list[tuple[float, int]],
    cut: float | None,
) -> None:
    raw = bytearray(fuzzed.archive.read_bytes())
    for where, value in changes:
        raw[int(where * len(raw))] = value
    if cut is not None:
        raw = raw[: int(cut * len(raw))]
    archive = tmp_path_factory.mktemp("bytes") / "damaged.recours"
    archive.write_bytes(bytes(raw))

    imported = import_into_a_copy(fuzzed, archive)

    assert imported is None or imported == fuzzed.original


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: keys of objects, positions in lists."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for position, item in enumerate(value):
            found += paths_of(item, (*prefix, position))
    return found


def mutated(document: Any, data: st.DataObject) -> Any:
    """The document with one place replaced by a random value, or removed."""
    copy = json.loads(json.dumps(document))
    path = data.draw(st.sampled_from(paths_of(copy)[1:]))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(JSON_VALUES)
    return copy


@FUZZ_SETTINGS
@given(data=st.data())
def test_a_mangled_manifest_is_refused_or_makes_no_difference(
    fuzzed: Fixture, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    manifest = mutated(manifest_of(fuzzed.members), data)
    members = fuzzed.members | {MANIFEST_NAME: json.dumps(manifest).encode()}
    archive = write_archive(tmp_path_factory.mktemp("manifest") / "m.recours", members)

    imported = import_into_a_copy(fuzzed, archive)

    assert imported is None or imported == fuzzed.original


@FUZZ_SETTINGS
@given(data=st.data())
def test_mangled_case_data_is_refused_or_taken_in_consistently(
    fuzzed: Fixture, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    case_data = mutated(json.loads(fuzzed.members["cases/1.json"]), data)
    members = fuzzed.members | {"cases/1.json": json.dumps(case_data).encode()}
    members[MANIFEST_NAME] = json.dumps(relisted(manifest_of(members), members)).encode()
    archive = write_archive(tmp_path_factory.mktemp("case") / "c.recours", members)

    import_into_a_copy(fuzzed, archive)


def entry(size: int, content: bytes) -> MemberEntry:
    return MemberEntry(
        path="evidence/" + "a" * 64, size=size, sha256=hashlib.sha256(content).hexdigest()
    )


def test_a_member_is_cut_off_the_moment_it_outgrows_its_listed_size() -> None:
    """Declared sizes are never trusted: the bytes are counted as they come."""
    member = VerifiedMember(io.BytesIO(bytes(3 * CHUNK_SIZE)), entry(10, b""))
    with pytest.raises(ArchiveError) as refused:
        member.read(CHUNK_SIZE)
    assert refused.value.message_id == "archive.size_mismatch"


@pytest.mark.parametrize(
    ("content", "listed", "message_id"),
    [
        (b"short", entry(10, b"short"), "archive.size_mismatch"),
        (b"other", entry(5, b"right"), "archive.fingerprint_mismatch"),
    ],
)
def test_a_member_is_checked_when_it_ends(
    content: bytes, listed: MemberEntry, message_id: str
) -> None:
    member = VerifiedMember(io.BytesIO(content), listed)
    assert member.read(CHUNK_SIZE) == content
    with pytest.raises(ArchiveError) as refused:
        member.read(CHUNK_SIZE)
    assert refused.value.message_id == message_id
