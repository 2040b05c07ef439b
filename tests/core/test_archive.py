"""Case archives: a case exported on one computer comes back identical on another, evidence
streamed and verified, and a failed export or import leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import stat
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.archive import ArchiveError, ImportMode, export_cases, import_archive
from core.archive import export as export_module
from core.archive import importing as importing_module
from core.archive.case_data import archive_case_json
from core.archive.format import MANIFEST_NAME, evidence_member
from core.case_record import case_record_json, load_case_record
from core.cases import list_cases
from core.database import Store
from core.datadir import prepare_data_dir
from core.demo import create_demo_case
from core.errors import InvalidInputError, OperationCancelled, StorageError
from core.evidence import attach_evidence, evidence_files, evidence_path, verify_evidence
from core.evidence_store import CHUNK_SIZE, EvidenceFiles
from core.integrity import check_database
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.letters.register import Letter, list_letters, record_letter, update_sending
from core.letters.service import letter_draft
from core.model import Jurisdiction, Language
from core.parties import add_party, list_parties
from tests.core.test_archive_support import (
    comparable,
    folder_state,
    read_members,
    write_archive,
)
from tests.factories import make_case

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def other_dir(tmp_path: Path) -> Path:
    """A second data folder: the other computer."""
    return prepare_data_dir(tmp_path / "other")


@pytest.fixture
def other(other_dir: Path) -> Iterator[Store]:
    with Store.open(other_dir) as opened:
        yield opened


def record_a_letter(store: Store, case_id: int, scratch: Path) -> Letter:
    """A complaint sent by registered post, with the user's edits of a fact and a promise."""
    record = load_case_record(store, case_id, today=TODAY)
    first, second = record.interactions[0], record.interactions[1]
    promise = record.promises[0]
    options = LetterOptions(
        kind=LetterKind.COMPLAINT,
        language=Language.FR,
        jurisdiction=Jurisdiction.FR,
        letter_date=TODAY,
        sending_mode=SendingMode.REGISTERED,
        tracking_number="1A 234 567 8901 2",
        recipient_party_id=record.case.counterparty_id,
        interaction_ids=(first.id, second.id),
        promise_ids=(promise.id,),
        evidence_ids=tuple(item.id for item in record.evidence),
        call_interaction_id=second.id,
    )
    edits = {
        f"fact.{first.id}": "Le 1er octobre, j’ai appelé le service client.",
        f"fact.{first.id}.heading": "1er octobre",
        f"call.promise.{promise.id}": "Vous aviez promis le remboursement.",
        "closing": "Bien à vous,",
    }
    pdf = scratch / "courrier.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a letter\n%%EOF\n")
    letter = record_letter(
        store,
        draft=letter_draft(record, options, edits),
        options=options,
        edits=edits,
        pdf=pdf,
        recipient_party_id=record.case.counterparty_id,
    )
    return update_sending(
        store,
        letter.id,
        tracking_number="1A 234 567 8901 2",
        posted_on=TODAY,
        receipt_returned_on=TODAY + dt.timedelta(days=2),
        unclaimed=False,
        reply_received_on=None,
    )


def whole_case(store: Store, case_id: int) -> dict[str, Any]:
    return comparable(archive_case_json(store, case_id, today=TODAY)[0])


def shown_case(store: Store, case_id: int) -> dict[str, Any]:
    return comparable(case_record_json(load_case_record(store, case_id, today=TODAY)))


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_demo_case_comes_back_identical_on_another_computer(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    record_a_letter(store, case.id, tmp_path)
    archive = tmp_path / "dossier.recours"

    exported = export_cases(store, case_ids=[case.id], destination=archive)
    imported = import_archive(other, source=archive)

    assert [entry.id for entry in exported.cases] == [case.id]
    assert exported.evidence_files == 3
    assert exported.archive_bytes == archive.stat().st_size
    (copy,) = imported.cases
    assert copy.title == case.title
    assert imported.parties_created == len(list_parties(store))
    assert shown_case(other, copy.case_id) == shown_case(store, case.id)
    assert whole_case(other, copy.case_id) == whole_case(store, case.id)
    assert verify_evidence(other) == []
    assert check_database(other.conn) == []
    assert [item.sha256 for item in load_case_record(other, copy.case_id).evidence] == [
        item.sha256 for item in load_case_record(store, case.id).evidence
    ]


def test_the_letters_register_keeps_its_options_edits_and_sending(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    sent = record_a_letter(store, case.id, tmp_path)
    export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")

    (copy,) = import_archive(other, source=tmp_path / "a.recours").cases

    (letter,) = list_letters(other, copy.case_id)
    interactions = load_case_record(other, copy.case_id).interactions
    assert letter.receipt_returned_on == sent.receipt_returned_on
    assert letter.options["interaction_ids"] == [item.id for item in interactions[:2]]
    assert letter.options["call_interaction_id"] == interactions[1].id
    assert f"fact.{interactions[0].id}.heading" in letter.edits
    assert letter.edits["closing"] == "Bien à vous,"


def test_a_letter_edit_of_a_fact_deleted_since_is_left_behind(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    sent = record_a_letter(store, case.id, tmp_path)
    store.conn.execute(
        "UPDATE letters SET edits_json = ? WHERE id = ?", ['{"fact.999999": "gone"}', sent.id]
    )
    export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")

    (copy,) = import_archive(other, source=tmp_path / "a.recours").cases

    assert list_letters(other, copy.case_id)[0].edits == {}


def test_every_case_travels_together_sharing_parties_and_files(
    store: Store, other: Store, tmp_path: Path
) -> None:
    french = create_demo_case(store, lang=Language.FR, today=TODAY)
    english = create_demo_case(store, lang=Language.EN, today=TODAY)
    invoice = load_case_record(store, french.id).evidence[0]
    small = make_case(store, title="Facture en double", counterparty="Orange")
    copy_of_invoice = tmp_path / "facture.pdf"
    shutil.copyfile(evidence_path(store, invoice), copy_of_invoice)
    attach_evidence(store, case_id=small.id, source=copy_of_invoice)
    archive = tmp_path / "tout.recours"

    exported = export_cases(store, all_cases=True, destination=archive)
    imported = import_archive(other, source=archive)

    unique_files = {
        item.sha256
        for case in list_cases(store)
        for item in load_case_record(store, case.id).evidence
    }
    assert exported.evidence_files == len(unique_files)
    assert sum(name.startswith("evidence/") for name in read_members(archive)) == len(unique_files)
    assert [case.archive_id for case in imported.cases] == [french.id, english.id, small.id]
    assert len(list_parties(other)) == len(list_parties(store))
    for original, copy in zip(list_cases(store), imported.cases, strict=True):
        assert whole_case(other, copy.case_id) == whole_case(store, original.id)
    assert verify_evidence(other) == []


def test_parties_already_in_the_directory_are_used_not_duplicated(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")
    known = add_party(other, name="ORANGE", email="service.client@orange.example")

    imported = import_archive(other, source=tmp_path / "a.recours")

    copy = load_case_record(other, imported.cases[0].case_id)
    assert copy.counterparty == known
    assert imported.parties_matched == 1
    assert len(list_parties(other)) == len(list_parties(store))
    organisations = {party.organisation_id for party in list_parties(other)} - {None}
    assert known.id in organisations


def test_importing_as_new_twice_keeps_both_under_distinct_titles(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.EN, today=TODAY)
    export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")

    first = import_archive(other, source=tmp_path / "a.recours").cases[0]
    second = import_archive(other, source=tmp_path / "a.recours").cases[0]

    assert first.title == case.title
    assert second.title == f"{case.title} (2)"
    assert whole_case(other, second.case_id) | {"title": case.title} == whole_case(store, case.id)
    assert len(list_parties(other)) == len(list_parties(store))


def test_restoring_refuses_a_case_already_here_unless_asked_to_replace_it(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    archive = tmp_path / "a.recours"
    export_cases(store, case_ids=[case.id], destination=archive)
    before = folder_state(data_dir)

    with pytest.raises(ArchiveError) as refused:
        import_archive(store, source=archive, mode=ImportMode.RESTORE)

    assert refused.value.message_id == "archive.case_present"
    assert str(case.id) in refused.value.describe("fr")
    assert folder_state(data_dir) == before
    replaced = import_archive(store, source=archive, mode=ImportMode.RESTORE, replace=True)
    (copy,) = replaced.cases
    assert copy.replaced_case_id == case.id
    assert copy.title == case.title
    assert [item.id for item in list_cases(store)] == [copy.case_id]
    assert verify_evidence(store) == []
    assert folder_state(data_dir)[1] == before[1]


def test_cases_opened_in_the_same_second_are_each_replaced_by_their_own_copy(
    store: Store, tmp_path: Path
) -> None:
    """A script can open several cases against one company within a second: restoring them
    must replace each once, not one twice and leave the other beside its copy."""
    titles = ("Box jamais activée", "Ligne coupée", "Facture en double")
    opened = [make_case(store, title=title) for title in titles]
    with store.write() as db:
        db.execute("UPDATE cases SET created_at = '2026-01-05T10:00:00+00:00'")
    archive = tmp_path / "tout.recours"
    export_cases(store, all_cases=True, destination=archive)
    with store.write() as db:
        db.execute("UPDATE cases SET title = 'Renommé ici' WHERE id = ?", [opened[1].id])

    with pytest.raises(ArchiveError):
        import_archive(store, source=archive, mode=ImportMode.RESTORE)
    report = import_archive(store, source=archive, mode=ImportMode.RESTORE, replace=True)

    replaced = sorted((copy.replaced_case_id, copy.title) for copy in report.cases)
    assert replaced == [(case.id, case.title) for case in opened]
    assert sorted(case.title for case in list_cases(store)) == sorted(titles)


def test_restoring_into_an_empty_folder_is_an_import(
    store: Store, other: Store, tmp_path: Path
) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")

    restored = import_archive(other, source=tmp_path / "a.recours", mode=ImportMode.RESTORE)

    assert whole_case(other, restored.cases[0].case_id) == whole_case(store, case.id)


def test_an_altered_evidence_file_is_not_exported(store: Store, tmp_path: Path) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    invoice = load_case_record(store, case.id).evidence[0]
    stored = evidence_path(store, invoice)
    stored.chmod(stat.S_IRUSR | stat.S_IWUSR)
    stored.write_bytes(stored.read_bytes().replace(b"60", b"06"))
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(ArchiveError) as refused:
        export_cases(store, case_ids=[case.id], destination=folder / "a.recours")

    assert refused.value.message_id == "archive.evidence_altered"
    assert str(invoice.id) in refused.value.describe("en")
    assert files_in(folder) == []


def test_a_missing_evidence_file_is_not_exported(store: Store, tmp_path: Path) -> None:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    for item in load_case_record(store, case.id).evidence:
        evidence_files(store).remove(item.sha256)
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(ArchiveError) as refused:
        export_cases(store, case_ids=[case.id], destination=folder / "a.recours")

    assert refused.value.message_id == "archive.evidence_missing"
    assert refused.value.params["count"] == 2
    assert files_in(folder) == []


def test_exporting_asks_for_cases_and_refuses_an_empty_record(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        export_cases(store, destination=tmp_path / "a.recours")
    with pytest.raises(ArchiveError) as refused:
        export_cases(store, all_cases=True, destination=tmp_path / "a.recours")
    assert refused.value.message_id == "archive.nothing_to_export"
    assert files_in(tmp_path) == ["data"]


def test_exporting_over_an_older_archive_replaces_it_whole(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    target = tmp_path / "a.recours"
    target.write_bytes(b"an older archive")

    export_cases(store, case_ids=[case.id], destination=target)

    assert MANIFEST_NAME in read_members(target)
    assert files_in(tmp_path) == ["a.recours", "data"]


def big_file(path: Path, megabytes: int) -> Path:
    block = os.urandom(CHUNK_SIZE)
    with path.open("wb") as handle:
        for index in range(megabytes):
            handle.write(index.to_bytes(4, "big") + block[4:])
    return path


@pytest.mark.slow
@pytest.mark.parametrize("megabytes", [8, 48])
def test_export_and_import_stream_large_files_in_constant_memory(
    store: Store, other: Store, tmp_path: Path, megabytes: int
) -> None:
    case = make_case(store)
    source = big_file(tmp_path / "relevés.bin", megabytes)
    attach_evidence(store, case_id=case.id, source=source)
    archive = tmp_path / "big.recours"

    tracemalloc.start()
    try:
        export_cases(store, case_ids=[case.id], destination=archive)
        _, export_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        imported = import_archive(other, source=archive)
        _, import_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert export_peak < 3 * CHUNK_SIZE, f"export peak {export_peak} for {megabytes} MB"
    assert import_peak < 3 * CHUNK_SIZE, f"import peak {import_peak} for {megabytes} MB"
    assert verify_evidence(other) == []
    assert (
        load_case_record(other, imported.cases[0].case_id).evidence[0].size == source.stat().st_size
    )


class FillsUp:
    """A file that refuses to grow past `room` bytes, as a full disk does."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle = handle
        self.room = room
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self.handle.write(data))

    def __enter__(self) -> FillsUp:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def test_a_disk_filling_up_during_export_leaves_no_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(store)
    attach_evidence(store, case_id=case.id, source=big_file(tmp_path / "scan.bin", 3))
    folder = tmp_path / "out"
    folder.mkdir()
    opened = export_module.open_temporary
    monkeypatch.setattr(
        export_module, "open_temporary", lambda descriptor: FillsUp(opened(descriptor), CHUNK_SIZE)
    )

    with pytest.raises(StorageError) as refused:
        export_cases(store, case_ids=[case.id], destination=folder / "a.recours")

    assert refused.value.message_id == "error.disk_full"
    assert files_in(folder) == []


def test_an_export_that_cannot_fit_is_refused_before_writing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(store)
    attach_evidence(store, case_id=case.id, source=big_file(tmp_path / "scan.bin", 2))
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        export_module.shutil, "disk_usage", lambda path: usage._replace(free=CHUNK_SIZE)
    )

    with pytest.raises(StorageError) as refused:
        export_cases(store, case_ids=[case.id], destination=tmp_path / "a.recours")

    assert refused.value.message_id == "error.disk_full"
    assert files_in(tmp_path) == ["data", "scan.bin"]


def test_a_cancelled_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    attach_evidence(store, case_id=case.id, source=big_file(tmp_path / "scan.bin", 4))
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int]] = []

    with pytest.raises(OperationCancelled):
        export_cases(
            store,
            case_ids=[case.id],
            destination=folder / "a.recours",
            progress=lambda done, total: seen.append((done, total)),
            should_cancel=lambda: len(seen) >= 2,
        )

    assert files_in(folder) == []
    assert seen[1][0] > seen[0][0]


@pytest.fixture
def demo_archive(store: Store, tmp_path: Path) -> Path:
    case = create_demo_case(store, lang=Language.FR, today=TODAY)
    return export_cases(
        store, case_ids=[case.id], destination=tmp_path / "demo.recours"
    ).destination


def test_an_import_reports_its_progress_to_the_end(other: Store, demo_archive: Path) -> None:
    seen: list[tuple[int, int]] = []

    import_archive(
        other, source=demo_archive, progress=lambda done, total: seen.append((done, total))
    )

    assert seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_cancelled_import_leaves_nothing(
    other: Store, other_dir: Path, demo_archive: Path
) -> None:
    make_case(other, title="Déjà là")
    before = folder_state(other_dir)
    seen: list[int] = []

    with pytest.raises(OperationCancelled):
        import_archive(
            other,
            source=demo_archive,
            progress=lambda done, total: seen.append(done),
            should_cancel=lambda: len(seen) >= 1,
        )

    assert folder_state(other_dir) == before


def test_an_import_that_cannot_fit_is_refused_before_copying(
    other: Store, other_dir: Path, demo_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = folder_state(other_dir)
    usage = shutil.disk_usage(other_dir)
    monkeypatch.setattr(
        importing_module.shutil, "disk_usage", lambda path: usage._replace(free=CHUNK_SIZE)
    )

    with pytest.raises(StorageError) as refused:
        import_archive(other, source=demo_archive)

    assert refused.value.message_id == "error.disk_full"
    assert folder_state(other_dir) == before


def test_a_disk_filling_up_during_import_takes_back_the_files_already_copied(
    other: Store, other_dir: Path, demo_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = folder_state(other_dir)
    ingest = EvidenceFiles.ingest_stream
    copied: list[str] = []

    def fills_up(self: EvidenceFiles, *args: Any, **kwargs: Any) -> Any:
        if copied:
            raise StorageError("error.disk_full", path=self.root)
        stored = ingest(self, *args, **kwargs)
        copied.append(stored.sha256)
        return stored

    monkeypatch.setattr(EvidenceFiles, "ingest_stream", fills_up)

    with pytest.raises(StorageError):
        import_archive(other, source=demo_archive)

    assert copied
    assert folder_state(other_dir) == before


def test_a_file_already_in_the_store_stays_when_an_import_fails(
    store: Store, other: Store, other_dir: Path, demo_archive: Path, tmp_path: Path
) -> None:
    invoice = load_case_record(store, 1).evidence[0]
    kept = tmp_path / "facture.pdf"
    shutil.copyfile(evidence_path(store, invoice), kept)
    attach_evidence(other, case_id=make_case(other).id, source=kept)
    broken = tmp_path / "broken.recours"
    members = read_members(demo_archive)
    members[evidence_member(invoice.sha256)] = b"%PDF" + b"x" * (invoice.size - 4)
    write_archive(broken, members)
    before = folder_state(other_dir)

    with pytest.raises(ArchiveError):
        import_archive(other, source=broken)

    assert folder_state(other_dir) == before
    assert verify_evidence(other) == []
