"""Importing a mailbox export: folders searched, messages oldest first, bad files reported."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from core.cases import create_case
from core.database import Store
from core.errors import EvidenceFileError
from core.interactions import list_interactions
from core.mail import NotAnEmailError, email_files, import_emails
from core.model import Case, Language

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))
OLD_FILE_TIME = dt.datetime(2025, 12, 1, 12, 0, tzinfo=PARIS_WINTER).timestamp()
OWN = ("camille.martin@courriel.example",)
CORPUS_MESSAGES = 18
CORPUS_FILES = CORPUS_MESSAGES + 1


@pytest.fixture
def case(store: Store) -> Case:
    return create_case(store, title="Box", counterparty="TelecomPlus", language=Language.FR)


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    """The corpus as a mail program exports it: subfolders, hidden companions, other files."""
    root = tmp_path / "Boîte de réception"
    names = sorted(path.name for path in CORPUS.glob("*.eml"))
    for index, name in enumerate(names):
        folder = root if index % 2 else root / "2026" / "février"
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / name
        shutil.copyfile(CORPUS / name, copy)
        os.utime(copy, (OLD_FILE_TIME, OLD_FILE_TIME))
    (root / "._01-plain.eml").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    hidden = root / ".Trash"
    hidden.mkdir()
    shutil.copyfile(CORPUS / "01-plain.eml", hidden / "deleted.eml")
    (root / "notes.txt").write_text("pas un courriel")
    (root / "UPPER.EML").write_bytes((CORPUS / "18-public-mailbox.eml").read_bytes())
    return root


def test_a_folder_gives_its_eml_files_including_subfolders_but_not_hidden_ones(
    mailbox: Path,
) -> None:
    found = email_files(mailbox)
    assert len(found) == CORPUS_FILES + 1
    assert all(not part.startswith(".") for path in found for part in path.parts[-2:])
    assert mailbox / "UPPER.EML" in found


def test_a_folder_imports_oldest_first_and_one_bad_file_does_not_stop_the_rest(
    store: Store, case: Case, mailbox: Path
) -> None:
    progress: list[tuple[int, int]] = []
    results = import_emails(
        store,
        case_id=case.id,
        sources=[mailbox],
        own_addresses=OWN,
        progress=lambda done, total: progress.append((done, total)),
        zone=PARIS_WINTER,
    )
    total = CORPUS_FILES + 1
    assert progress == [(done, total) for done in range(1, total + 1)]
    failures = [result for result in results if result.error is not None]
    assert [(result.source, type(result.error)) for result in failures] == [
        ("not-an-email.eml", NotAnEmailError)
    ]
    imported = [result for result in results if result.imported]
    duplicates = [result for result in results if result.duplicate]
    assert len(imported) == CORPUS_MESSAGES
    assert [result.source for result in duplicates] == ["UPPER.EML"]
    moments = [result.interaction.occurred for result in imported if result.interaction]
    assert moments == sorted(moments)
    assert imported[0].source == "16-broken.eml"
    assert imported[1].source == "14-outbound.eml"
    ids = [result.interaction.id for result in imported if result.interaction]
    assert ids == sorted(ids)
    assert len(list_interactions(store, case.id)) == CORPUS_MESSAGES
    assert all(result.path is not None and result.path.is_file() for result in results)


def test_files_and_folders_mix_and_each_problem_is_its_own_result(
    store: Store, case: Case, tmp_path: Path
) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    results = import_emails(
        store,
        case_id=case.id,
        sources=[CORPUS / "03-html-only.eml", empty, tmp_path / "absent.eml"],
        own_addresses=OWN,
    )
    by_source = {result.source: result for result in results}
    assert by_source["03-html-only.eml"].imported
    assert by_source["vide"].error is not None
    assert by_source["vide"].error.message_id == "mail.empty_folder"
    assert isinstance(by_source["absent.eml"].error, EvidenceFileError)


def test_cancelling_stops_before_the_next_message_and_keeps_those_done(
    store: Store, case: Case, mailbox: Path
) -> None:
    def after_three() -> bool:
        return len(list_interactions(store, case.id)) >= 3

    results = import_emails(
        store, case_id=case.id, sources=[mailbox], own_addresses=OWN, should_cancel=after_three
    )
    assert len([result for result in results if result.imported]) == 3
    assert len(results) < CORPUS_FILES
    assert len(list_interactions(store, case.id)) == 3
