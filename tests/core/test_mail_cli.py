"""`main.py import-email` end to end, in a subprocess, as a user or a script runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_cli import ENGLISH, FRENCH, clean_environment, fails_with_one_line, recours

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
ME = "camille.martin@courriel.example"
WINTER_IN_PARIS = "CET-1"


def run(data_dir: Path, *args: str, lang: str = ENGLISH, **extra_env: str) -> Any:
    env = clean_environment(lang) | {"TZ": WINTER_IN_PARIS} | extra_env
    result: subprocess.CompletedProcess[str] = recours(data_dir, *args, env=env)
    assert "Traceback" not in result.stderr
    return result


def interaction_lines(stdout: str) -> list[tuple[int, str]]:
    pairs = []
    for line in stdout.splitlines():
        word, number, path = line.split(" ", 2)
        assert word == "interaction"
        pairs.append((int(number), path))
    return pairs


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    created = run(data_dir, "new-case", "--title", "Box", "--counterparty", "TelecomPlus")
    assert created.stdout == "1\n", created.stderr
    return data_dir


def shown(data_dir: Path) -> dict[str, Any]:
    result = run(data_dir, "show", "1", "--json")
    assert result.returncode == 0, result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def test_files_import_oldest_first_print_their_interaction_and_a_second_time_are_skipped(
    case_dir: Path,
) -> None:
    files = [str(CORPUS / "01-plain.eml"), str(CORPUS / "14-outbound.eml")]
    first = run(case_dir, "import-email", "1", *files, "--me", ME)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    assert interaction_lines(first.stdout) == [(1, files[1]), (2, files[0])]
    record = shown(case_dir)
    assert [
        (item["occurred_at"], item["direction"], item["summary"]) for item in record["interactions"]
    ] == [
        ("2026-02-02T21:12", "outbound", "Réclamation – box jamais activée"),
        ("2026-02-03T09:15", "inbound", "Votre demande n° 4521 : activation de la box"),
    ]
    assert [item["original_name"] for item in record["evidence"]] == [
        "14-outbound.eml",
        "01-plain.eml",
    ]
    again = run(case_dir, "import-email", "1", *files, "--me", ME)
    assert again.returncode == 0
    assert interaction_lines(again.stdout) == [(1, files[1]), (2, files[0])]
    assert again.stderr.splitlines() == [
        f"{files[1]} was already imported (interaction 1); it was skipped.",
        f"{files[0]} was already imported (interaction 2); it was skipped.",
    ]
    assert len(shown(case_dir)["interactions"]) == 2


def test_a_folder_with_a_bad_file_imports_the_rest_warns_in_french_and_exits_1(
    case_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    shutil.copytree(CORPUS, folder)
    result = run(case_dir, "import-email", "1", str(folder), lang=FRENCH)
    assert result.returncode == 1
    assert len(interaction_lines(result.stdout)) == 18
    errors = result.stderr.splitlines()
    assert errors[0].startswith("Aucune de vos adresses n’a été donnée")
    assert f"{folder / 'not-an-email.eml'} : not-an-email.eml n’est pas un courriel." in (
        result.stderr
    )
    assert f"{folder / '16-broken.eml'} : Le message est mal formé" in result.stderr
    assert f"{folder / '13-winmail.eml'} : winmail.dat est une pièce jointe Outlook" in (
        result.stderr
    )
    directions = {item["direction"] for item in shown(case_dir)["interactions"]}
    assert directions == {"inbound"}
    file_lines = [line for line in errors[1:] if line.strip()]
    assert all(line.startswith(str(folder)) for line in file_lines), file_lines


def test_own_addresses_come_from_the_environment_when_no_me_is_given(case_dir: Path) -> None:
    result = run(
        case_dir,
        "import-email",
        "1",
        str(CORPUS / "05-forwarded.eml"),
        RECOURS_MY_ADDRESSES=f"someone@else.example, {ME.upper()}",
    )
    assert result.returncode == 0, result.stderr
    [interaction] = shown(case_dir)["interactions"]
    assert interaction["direction"] == "outbound"
    assert interaction["person"] == "Médiateur des communications"


def test_words_inside_an_attached_pdf_are_searchable_right_after_the_import(
    case_dir: Path,
) -> None:
    assert "Nothing found" in run(case_dir, "search", "quintessence").stdout
    result = run(case_dir, "import-email", "1", str(CORPUS / "04-alternative-with-pdf.eml"))
    assert result.returncode == 0, result.stderr
    hits = json.loads(run(case_dir, "search", "quintessence", "--json").stdout)
    assert [(hit["kind"], hit["item_id"]) for hit in hits] == [("evidence", 2)]
    assert "[quintessence]" in hits[0]["highlighted"]


def test_an_unknown_case_or_a_missing_file_fails_in_one_line(
    case_dir: Path, tmp_path: Path
) -> None:
    assert fails_with_one_line(
        case_dir, "import-email", "7", str(CORPUS / "01-plain.eml"), "--me", ME
    ) == ("There is no case 7.")
    missing = run(case_dir, "import-email", "1", str(tmp_path / "absent.eml"), "--me", ME)
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert missing.stderr.strip().endswith("does not exist (any more).")


def test_the_help_shows_the_command_and_its_me_option(tmp_path: Path) -> None:
    top = run(tmp_path / "data", "--help")
    assert "import-email" in top.stdout
    own = run(tmp_path / "data", "import-email", "--help")
    assert own.returncode == 0
    assert "--me ADDRESS" in own.stdout
    assert "RECOURS_MY_ADDRESSES" in own.stdout
