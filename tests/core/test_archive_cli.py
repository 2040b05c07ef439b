"""`main.py export` and `main.py import-case` end to end, in a subprocess, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_archive_support import Snapshot, comparable, folder_state
from tests.core.test_cli import FRENCH, fails_with_one_line, succeeds


def evidence_files(state: Snapshot) -> dict[str, str]:
    """The evidence files of a folder's state (the command line may also take its daily
    backup of the database beside them, which is not the import's doing)."""
    return {path: sha256 for path, sha256 in state[1].items() if path.startswith("evidence/")}


def shown(data_dir: Path, case_id: str) -> dict[str, object]:
    return comparable(json.loads(succeeds(data_dir, "show", case_id, "--json")))


def test_a_case_moves_to_another_computer_through_the_command_line(tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    case_id = succeeds(here, "demo", "--lang", "fr").strip()
    archive = tmp_path / "dossier.recours"

    said = succeeds(here, "export", case_id, "-o", str(archive))
    new_ids = succeeds(there, "import-case", str(archive)).split()

    assert said.startswith("1 case exported to ") and str(archive) in said
    assert len(new_ids) == 1
    assert shown(there, new_ids[0]) == shown(here, case_id)
    assert "OK" in succeeds(there, "check")


def test_every_case_exports_and_a_second_restore_is_refused_unless_replacing(
    tmp_path: Path,
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    first = succeeds(here, "demo", "--lang", "fr").strip()
    second = succeeds(here, "demo", "--lang", "en").strip()
    archive = tmp_path / "tout.recours"

    said = succeeds(here, "export", "--all", "-o", str(archive), lang=FRENCH)
    restored = succeeds(there, "import-case", str(archive), "--restore").split()
    before = folder_state(there)
    refusal = fails_with_one_line(there, "import-case", str(archive), "--restore")
    after = folder_state(there)
    replaced = succeeds(there, "import-case", str(archive), "--replace").split()

    assert said.startswith("2 dossiers exportés dans ")
    assert len(restored) == 2
    assert "is already here" in refusal and "Nothing was imported" in refusal
    assert after[0] == before[0]
    assert evidence_files(after) == evidence_files(before)
    assert len(replaced) == 2
    listed = json.loads(succeeds(there, "cases", "--json"))
    assert [case["id"] for case in listed] == [int(case_id) for case_id in replaced]
    assert shown(there, replaced[0]) == shown(here, first)
    assert shown(there, replaced[1]) == shown(here, second)


def test_a_file_that_is_not_an_archive_is_refused_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "facture.recours"
    fake.write_bytes(b"%PDF-1.4 not an archive at all")

    english = fails_with_one_line(tmp_path / "data", "import-case", str(fake))
    french = fails_with_one_line(tmp_path / "data", "import-case", str(fake), lang=FRENCH)

    assert "is not a Recours archive" in english
    assert "n’est pas une archive Recours" in french
    assert succeeds(tmp_path / "data", "cases", "--json").strip() == "[]"


def test_export_needs_a_case_or_all_and_a_case_that_exists(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(data, "demo", "--lang", "en")
    target = str(tmp_path / "a.recours")

    neither = fails_with_one_line(data, "export", "-o", target)
    both = fails_with_one_line(data, "export", "1", "--all", "-o", target)
    unknown = fails_with_one_line(data, "export", "7", "-o", target)
    no_folder = fails_with_one_line(data, "export", "1", "-o", str(tmp_path / "nowhere" / "a"))

    assert neither == both == "Say which cases to export, or export them all."
    assert unknown == "There is no case 7."
    assert "does not exist" in no_folder
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]
