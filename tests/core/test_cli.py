"""Every command of `main.py` end to end, in a subprocess, as a user or a script runs it."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import main
from core import cli
from core.cli import commands
from core.cli.console import Console
from core.cli.render import Align, display_width, format_size, table
from core.integrity import DatabaseProblemKind
from core.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    MoneyKind,
    PartyKind,
    PartyRole,
    PromiseStatus,
    Sector,
)
from core.search import HitKind

REPO = Path(__file__).resolve().parents[2]
ENGLISH = "en_GB.UTF-8"
FRENCH = "fr_FR.UTF-8"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "RECOURS_DATA_DIR")


def clean_environment(lang: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _LOCALE_VARIABLES}
    env["LANG"] = lang
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def recours(
    data_dir: Path | None, *args: str, lang: str = ENGLISH, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `main.py [--data-dir DATA] ARGS...` the way a user does, and wait for it."""
    location = [] if data_dir is None else ["--data-dir", str(data_dir)]
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *location, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or clean_environment(lang),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def succeeds(data_dir: Path, *args: str, lang: str = ENGLISH) -> str:
    result = recours(data_dir, *args, lang=lang)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails_with_one_line(data_dir: Path | None, *args: str, lang: str = ENGLISH) -> str:
    """Exit 1, nothing but a single line on stderr; that line is returned."""
    result = recours(data_dir, *args, lang=lang)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n")
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr.strip()


def shown(data_dir: Path, case_id: int = 1) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(succeeds(data_dir, "show", str(case_id), "--json"))
    return record


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """A data folder with case 1 against Orange, where nothing has happened yet."""
    data_dir = tmp_path / "data"
    assert succeeds(
        data_dir, "new-case", "--title", "Colis facturé", "--counterparty", "Orange"
    ) == ("1\n")
    return data_dir


def test_new_case_prints_the_id_and_stores_what_was_given(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    out = succeeds(
        data_dir,
        "new-case",
        "--title",
        "Box never delivered",
        "--counterparty",
        "Acme Telecom",
        "--jurisdiction",
        "UK",
        "--lang",
        "en",
        "--sector",
        "telecom",
    )
    assert out == "1\n"
    assert succeeds(
        data_dir, "new-case", "--title", "Second", "--counterparty", "acme telecom"
    ) == ("2\n")
    first, second = shown(data_dir, 1), shown(data_dir, 2)
    assert (first["title"], first["jurisdiction"], first["language"], first["sector"]) == (
        "Box never delivered",
        "UK",
        "en",
        "telecom",
    )
    assert first["counterparty"]["name"] == "Acme Telecom"
    assert second["counterparty"]["id"] == first["counterparty"]["id"]


def test_a_new_case_is_written_in_the_users_language_unless_told(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    succeeds(data_dir, "new-case", "--title", "Un", "--counterparty", "Orange", lang=FRENCH)
    succeeds(data_dir, "new-case", "--title", "Two", "--counterparty", "Orange", lang=ENGLISH)
    assert shown(data_dir, 1)["language"] == "fr"
    assert shown(data_dir, 2)["language"] == "en"


def test_log_records_an_interaction_with_two_promises_and_show_json_has_them(
    case_dir: Path,
) -> None:
    out = succeeds(
        case_dir,
        "log",
        "1",
        "--channel",
        "phone",
        "--direction",
        "in",
        "--summary",
        "Offre de vente par téléphone",
        "--party",
        "Orange",
        "--person",
        "Télévendeur",
        "--promise",
        "Le téléphone est gratuit",
        "--promise",
        "Livraison à domicile",
        "--due",
        "in 3 days",
    )
    assert out.splitlines() == ["interaction 1", "promise 1", "promise 2"]
    record = shown(case_dir)
    [interaction] = record["interactions"]
    assert interaction["channel"] == "phone"
    assert interaction["direction"] == "inbound"
    assert interaction["person"] == "Télévendeur"
    assert interaction["party_id"] == record["counterparty"]["id"]
    free, delivery = record["promises"]
    made_on = dt.date.fromisoformat(interaction["occurred_at"][:10])
    assert free["text"] == "Le téléphone est gratuit"
    assert free["due_on"] is None
    assert delivery["text"] == "Livraison à domicile"
    assert delivery["due_on"] == (made_on + dt.timedelta(days=3)).isoformat()
    assert {free["status"], delivery["status"]} == {"pending"}
    assert free["interaction_id"] == delivery["interaction_id"] == interaction["id"]


def test_log_takes_every_detail_and_adds_an_unknown_party_to_the_directory(
    case_dir: Path,
) -> None:
    out = succeeds(
        case_dir,
        "log",
        "1",
        "--channel",
        "phone",
        "--at",
        "2008-09-03 10:15",
        "--summary",
        "Chronopost asks for the door code",
        "--party",
        "Chronopost",
        "--details",
        "Refused to deliver to a post office.",
        "--reference",
        "CP-42",
        "--duration",
        "4",
        "--promise",
        "Parcel kept 7 days at the depot",
        "--due",
        "10/09/2008",
    )
    assert out.splitlines() == ["interaction 1", "promise 1"]
    record = shown(case_dir)
    [interaction] = record["interactions"]
    assert interaction["occurred_at"] == "2008-09-03T10:15"
    assert interaction["direction"] == "outbound"
    assert (interaction["details"], interaction["reference"], interaction["duration_minutes"]) == (
        "Refused to deliver to a post office.",
        "CP-42",
        4,
    )
    chronopost = next(party for party in record["parties"] if party["name"] == "Chronopost")
    assert interaction["party_id"] == chronopost["id"]
    assert record["promises"][0]["due_on"] == "2008-09-10"
    assert record["promises"][0]["made_on"] == "2008-09-03"


def test_a_visit_is_in_person_unless_told_otherwise(case_dir: Path) -> None:
    succeeds(case_dir, "log", "1", "--channel", "visit", "--summary", "Depot", "--at", "now")
    assert shown(case_dir)["interactions"][0]["direction"] == "in_person"


def test_log_writes_nothing_when_a_promise_is_refused(case_dir: Path) -> None:
    message = fails_with_one_line(
        case_dir,
        "log",
        "1",
        "--channel",
        "phone",
        "--summary",
        "Call",
        "--at",
        "2026-03-14",
        "--party",
        "Brand new party",
        "--promise",
        "Refund",
        "--due",
        "2026-03-01",
    )
    assert "cannot fall due before it was made" in message
    record = shown(case_dir)
    assert record["interactions"] == []
    assert record["promises"] == []
    assert [party["name"] for party in record["parties"]] == ["Orange"]


def test_due_without_a_promise_before_it_is_a_user_error(case_dir: Path) -> None:
    message = fails_with_one_line(
        case_dir, "log", "1", "--channel", "phone", "--summary", "x", "--due", "tomorrow"
    )
    assert "--due" in message and "--promise" in message


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (["--at", "someday"], "“someday” is not a date", "« someday » n’est pas une date"),
        (["--channel", "pigeon"], "“pigeon” is not one of", "« pigeon » n’est pas l’une"),
        (["--direction", "sideways"], "in, out, in-person", "in, out, in-person"),
        (["--duration", "ten"], "not a number of minutes", "pas un nombre de minutes"),
    ],
)
def test_bad_values_are_one_line_in_the_users_language(
    case_dir: Path, args: list[str], english: str, french: str
) -> None:
    base = ["log", "1", "--summary", "x", "--channel", "phone"]
    assert english in fails_with_one_line(case_dir, *base, *args, lang=ENGLISH)
    assert french in fails_with_one_line(case_dir, *base, *args, lang=FRENCH)


def test_settle_changes_the_status_and_says_so(case_dir: Path) -> None:
    succeeds(case_dir, "log", "1", "--channel", "phone", "--summary", "Sale", "--promise", "Free")
    succeeds(case_dir, "log", "1", "--channel", "letter", "--summary", "Invoice of 60 €")
    out = succeeds(
        case_dir,
        "settle",
        "1",
        "--status",
        "broken",
        "--by",
        "2",
        "--note",
        "Billed 60 €",
        "--on",
        "2026-03-20",
    )
    assert "Promise 1" in out and "broken" in out and "2026-03-20" in out
    promise = shown(case_dir)["promises"][0]
    assert promise["status"] == "broken"
    assert promise["settled_by_interaction_id"] == 2
    assert promise["settlement_note"] == "Billed 60 €"
    assert promise["settled_on"] == "2026-03-20"
    assert [event["status"] for event in promise["history"]] == ["pending", "broken"]
    french = succeeds(case_dir, "settle", "1", "--status", "partly-kept", lang=FRENCH)
    assert "en partie tenu" in french
    assert shown(case_dir)["promises"][0]["status"] == "partly_kept"


def test_settle_refuses_an_unknown_promise_and_a_bad_status(case_dir: Path) -> None:
    assert fails_with_one_line(case_dir, "settle", "9", "--status", "kept") == (
        "There is no promise 9."
    )
    succeeds(case_dir, "log", "1", "--channel", "phone", "--summary", "Sale", "--promise", "Free")
    message = fails_with_one_line(case_dir, "settle", "1", "--status", "forgotten")
    assert "kept, broken, partly-kept, withdrawn" in message


def test_attach_stores_a_file_once_and_says_when_it_was_already_attached(
    case_dir: Path, tmp_path: Path
) -> None:
    invoice = tmp_path / "facture orange.pdf"
    invoice.write_bytes(b"%PDF-1.4\n% an invoice of 60 EUR\n")
    first = recours(case_dir, "attach", "1", str(invoice), "--kind", "invoice")
    assert first.returncode == 0
    assert first.stderr == ""
    [line] = first.stdout.splitlines()
    word, evidence_id, sha256, name = line.split(" ", 3)
    assert (word, evidence_id, name) == ("evidence", "1", str(invoice))
    stored = case_dir / "evidence" / sha256[:2] / sha256
    assert stored.read_bytes() == invoice.read_bytes()

    again = recours(case_dir, "attach", "1", str(invoice))
    assert again.returncode == 0
    assert again.stdout == first.stdout
    assert "already attached" in again.stderr
    evidence = shown(case_dir)["evidence"]
    assert len(evidence) == 1
    assert (evidence[0]["sha256"], evidence[0]["kind"]) == (sha256, "invoice")
    assert evidence[0]["original_name"] == "facture orange.pdf"
    assert len([path for path in (case_dir / "evidence").rglob("*") if path.is_file()]) == 1


def test_attach_links_files_to_an_interaction_with_a_description(
    case_dir: Path, tmp_path: Path
) -> None:
    succeeds(case_dir, "log", "1", "--channel", "delivery", "--summary", "Parcel")
    photo = tmp_path / "parcel.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    succeeds(case_dir, "attach", "1", str(photo), "--interaction", "1", "--description", "Huge box")
    [item] = shown(case_dir)["evidence"]
    assert (item["interaction_id"], item["description"]) == (1, "Huge box")


def test_a_missing_file_is_one_line_in_the_users_language(case_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pdf"
    english = fails_with_one_line(case_dir, "attach", "1", str(missing), lang=ENGLISH)
    assert english == f"The file {missing} does not exist (any more)."
    french = fails_with_one_line(case_dir, "attach", "1", str(missing), lang=FRENCH)
    assert french == f"Le fichier {missing} n’existe pas (ou plus)."
    assert shown(case_dir)["evidence"] == []


def test_files_before_a_failing_one_stay_attached_and_the_message_says_so(
    case_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("first proof", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.touch()
    result = recours(case_dir, "attach", "1", str(good), str(empty), str(tmp_path / "later.txt"))
    assert result.returncode == 1
    assert result.stdout.startswith("evidence 1 ")
    assert result.stderr.count("\n") == 1
    assert "is empty" in result.stderr and "The file before it was attached" in result.stderr
    assert [item["original_name"] for item in shown(case_dir)["evidence"]] == ["a.txt"]
    folder = fails_with_one_line(case_dir, "attach", "1", str(tmp_path), lang=FRENCH)
    assert "est un dossier" in folder


def test_show_prints_the_whole_case_for_a_person(case_dir: Path, tmp_path: Path) -> None:
    succeeds(
        case_dir,
        "log",
        "1",
        "--channel",
        "phone",
        "--direction",
        "in",
        "--at",
        "2008-09-01 10:00",
        "--summary",
        "Sales call",
        "--person",
        "Agent Smith",
        "--promise",
        "Delivered home within 3 days",
        "--due",
        "2008-09-04",
        "--promise",
        "Free of charge",
    )
    succeeds(case_dir, "settle", "2", "--status", "broken")
    proof = tmp_path / "invoice.pdf"
    proof.write_bytes(b"%PDF-1.4 invoice")
    succeeds(case_dir, "attach", "1", str(proof))
    english = succeeds(case_dir, "show", "1")
    for expected in (
        "Case 1: Colis facturé",
        "Counterparty: Orange",
        "2008-09-01 10:00  phone, incoming",
        "Agent Smith",
        "Promises: 2, 1 broken, 1 overdue",
        "[pending, overdue]  Delivered home within 3 days",
        "due 2008-09-04",
        "[broken]  Free of charge",
        "invoice.pdf",
        f"SHA-256 {shown(case_dir)['evidence'][0]['sha256']}",
        "In dispute: nothing stated",
    ):
        assert expected in english
    french = succeeds(case_dir, "show", "1", lang=FRENCH)
    for expected in ("Dossier 1 : Colis facturé", "téléphone, entrant", "[non tenu]", "Pièces (1)"):
        assert expected in french


def test_cases_lists_every_case_as_a_table_and_as_json(case_dir: Path) -> None:
    succeeds(case_dir, "new-case", "--title", "Électricité", "--counterparty", "EDF")
    succeeds(case_dir, "log", "1", "--channel", "phone", "--summary", "x", "--promise", "A")
    succeeds(case_dir, "log", "1", "--channel", "phone", "--summary", "y", "--promise", "B")
    succeeds(case_dir, "settle", "2", "--status", "broken")
    table = succeeds(case_dir, "cases").splitlines()
    assert table[0].split()[:2] == ["Case", "Status"]
    assert table[1].split()[:4] == ["1", "open", "Orange", "1/2"]
    assert table[2].split()[:4] == ["2", "open", "EDF", "0/0"]
    assert table[1].index("Orange") == table[2].index("EDF")
    french = succeeds(case_dir, "cases", lang=FRENCH).splitlines()
    assert french[0].startswith("N°") and "Partie adverse" in french[0] and "ouvert" in french[1]
    listed = json.loads(succeeds(case_dir, "cases", "--json"))
    assert [(item["id"], item["counterparty"]) for item in listed] == [(1, "Orange"), (2, "EDF")]
    assert (listed[0]["promises_total"], listed[0]["promises_broken"]) == (2, 1)
    assert listed[0]["in_dispute"] == []
    assert listed[1]["title"] == "Électricité"


def test_cases_in_an_empty_data_folder_says_how_to_start(tmp_path: Path) -> None:
    assert "new-case" in succeeds(tmp_path / "data", "cases")
    assert json.loads(succeeds(tmp_path / "data", "cases", "--json")) == []


def test_search_finds_words_with_and_without_accents(case_dir: Path) -> None:
    succeeds(
        case_dir,
        "log",
        "1",
        "--channel",
        "letter",
        "--summary",
        "Réclamation envoyée au service client",
    )
    for query in ("reclamation", "Réclamation", "RECLAM"):
        out = succeeds(case_dir, "search", query)
        assert "Case 1: Colis facturé" in out
        assert "interaction 1" in out
        assert "[Réclamation]" in out
    hits = json.loads(succeeds(case_dir, "search", "reclamation", "--json"))
    assert [(hit["case_id"], hit["kind"], hit["item_id"]) for hit in hits] == [
        (1, "interaction", 1)
    ]
    assert hits[0]["snippet"].startswith("Réclamation envoyée")
    assert "[Réclamation]" in hits[0]["highlighted"]
    assert "colis" in succeeds(case_dir, "search", "colis", "--json").casefold()
    assert "Nothing found" in succeeds(case_dir, "search", "zeppelin")
    assert json.loads(succeeds(case_dir, "search", "zeppelin", "--json")) == []


def test_check_is_ok_then_names_a_tampered_evidence_file(case_dir: Path, tmp_path: Path) -> None:
    proof = tmp_path / "facture.pdf"
    proof.write_bytes(b"%PDF-1.4 the real invoice")
    succeeds(case_dir, "attach", "1", str(proof))
    assert succeeds(case_dir, "check").startswith("OK")
    [item] = shown(case_dir)["evidence"]
    stored = case_dir / "evidence" / item["sha256"][:2] / item["sha256"]
    stored.chmod(stat.S_IRUSR | stat.S_IWUSR)
    stored.write_bytes(b"%PDF-1.4 a forged invoice")
    result = recours(case_dir, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Evidence 1 of case 1, facture.pdf" in result.stdout
    assert "altered" in result.stdout
    assert "1 problem found." in result.stdout
    stored.unlink()
    french = recours(case_dir, "check", lang=FRENCH)
    assert french.returncode == 1
    assert "Pièce 1 du dossier 1, facture.pdf : le fichier a disparu" in french.stdout


def test_check_waits_for_another_process_writing(case_dir: Path) -> None:
    holder_code = (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"UPDATE cases SET title = 'held' WHERE id = 1\")\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "conn.execute('COMMIT')\n"
        "print(time.time(), flush=True)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder_code, str(case_dir / "recours.db"), "1.5"],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert succeeds(case_dir, "check").startswith("OK")
        assert succeeds(case_dir, "new-case", "--title", "Later", "--counterparty", "X") == "2\n"
        finished = time.time()
        committed = float(holder.stdout.readline())
        assert holder.wait(timeout=30) == 0
    assert finished >= committed
    assert shown(case_dir, 1)["title"] == "held"


@pytest.mark.parametrize(
    "args",
    [
        ["show", "42"],
        ["show", "42", "--json"],
        ["log", "42", "--channel", "phone", "--summary", "x"],
    ],
)
def test_an_unknown_case_is_a_user_error(case_dir: Path, args: list[str]) -> None:
    assert fails_with_one_line(case_dir, *args) == "There is no case 42."
    assert fails_with_one_line(case_dir, *args, lang=FRENCH) == "Il n’y a pas de dossier 42."


def test_attach_to_an_unknown_case_is_a_user_error(case_dir: Path, tmp_path: Path) -> None:
    proof = tmp_path / "x.txt"
    proof.write_text("x", encoding="utf-8")
    assert fails_with_one_line(case_dir, "attach", "7", str(proof)) == "There is no case 7."


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (["frobnicate"], "COMMAND cannot be 'frobnicate'", "COMMAND ne peut pas valoir"),
        (["new-case", "--title", "x"], "missing --counterparty", "il manque --counterparty"),
        (["show"], "missing CASE", "il manque CASE"),
        (["show", "1", "--colour"], "unknown arguments: --colour", "arguments inconnus"),
        (["log", "1", "--summary"], "--summary needs a value", "--summary demande une valeur"),
    ],
)
def test_usage_errors_are_one_line_with_a_pointer_to_help(
    case_dir: Path, args: list[str], english: str, french: str
) -> None:
    message = fails_with_one_line(case_dir, *args)
    assert english in message
    assert message.endswith("--help”.")
    assert french in fails_with_one_line(case_dir, *args, lang=FRENCH)


def test_a_bad_id_says_what_an_id_looks_like(case_dir: Path) -> None:
    assert "“one” is not an id" in fails_with_one_line(case_dir, "show", "one")
    assert "« -3 » n’est pas un numéro" in fails_with_one_line(
        case_dir, "settle", "--status", "kept", "--", "-3", lang=FRENCH
    )
    assert "is not an id" in fails_with_one_line(case_dir, "show", "99999999999999999999")


def test_help_is_printed_and_exits_zero(tmp_path: Path) -> None:
    top = recours(tmp_path / "data", "--help")
    assert top.returncode == 0
    for command in ("demo", "cases", "show", "new-case", "log", "settle", "attach", "search"):
        assert command in top.stdout
    log_help = recours(tmp_path / "data", "log", "--help")
    assert log_help.returncode == 0
    assert "--promise" in log_help.stdout and "--due" in log_help.stdout


def test_the_data_folder_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    env = clean_environment(ENGLISH) | {"RECOURS_DATA_DIR": str(tmp_path / "from-env")}
    result = recours(None, "new-case", "--title", "T", "--counterparty", "C", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env" / "recours.db").is_file()
    assert recours(None, "cases", "--json", env=env).stdout.count('"id"') == 1


def test_a_data_folder_that_is_a_file_is_a_user_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert "is not a folder" in fails_with_one_line(not_a_folder, "cases")


def test_the_demo_case_has_its_three_broken_promises_and_60_euros_billed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert succeeds(data_dir, "demo", "--lang", "fr") == "1\n"
    record = shown(data_dir)
    assert record["counterparty"]["name"] == "Orange"
    assert record["language"] == "fr"
    assert record["summary"]["promises_broken"] == 3
    assert [promise["status"] for promise in record["promises"]].count("broken") == 3
    assert record["money"]["totals"]["EUR"]["billed"]["minor"] == 6000
    assert record["money"]["in_dispute"] == [
        {"minor": 6000, "currency": "EUR", "text": "60,00\u00a0€"}
    ]
    assert succeeds(data_dir, "check").startswith("OK")
    assert succeeds(data_dir, "demo") == "2\n"
    assert shown(data_dir, 2)["language"] == "en"


def test_a_bug_exits_2_with_its_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(*_: object) -> int:
        raise ZeroDivisionError("a genuine bug")

    monkeypatch.setitem(commands.COMMANDS, "cases", broken)
    code = cli.run(["--data-dir", str(tmp_path), "cases"], start_gui=pytest.fail)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("This is a bug in Recours")
    assert "Traceback" in err and "ZeroDivisionError: a genuine bug" in err


def test_no_command_or_gui_starts_the_desktop_app_on_the_data_folder(tmp_path: Path) -> None:
    started: list[Path] = []

    def start_gui(data_dir: Path) -> int:
        started.append(data_dir)
        return 0

    assert cli.run(["--data-dir", str(tmp_path / "a")], start_gui=start_gui) == 0
    assert cli.run(["--data-dir", str(tmp_path / "b"), "gui"], start_gui=start_gui) == 0
    assert cli.run(["gui", "--data-dir", str(tmp_path / "c")], start_gui=start_gui) == 0
    assert started == [tmp_path / "a", tmp_path / "b", tmp_path / "c"]
    assert all((folder / "evidence").is_dir() for folder in started)


def test_main_hands_the_desktop_app_the_resolved_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[Path] = []
    fake_app = ModuleType("ui.shell.app")

    def run_gui(data_dir: Path) -> int:
        started.append(data_dir)
        return 7

    fake_app.run_gui = run_gui  # type: ignore[attr-defined]  # a module made on the fly
    monkeypatch.setitem(sys.modules, "ui.shell.app", fake_app)
    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "env-data"))
    assert main.main([]) == 7
    assert started == [tmp_path / "env-data"]


def test_a_damaged_database_is_a_user_error(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "recours.db").write_bytes(b"this is not a database " * 200)
    for command in ("cases", "check"):
        assert "is damaged" in fails_with_one_line(data_dir, command)
    assert "est endommagé" in fails_with_one_line(data_dir, "show", "1", lang=FRENCH)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_fixed_choice_has_a_word_in_both_languages(lang: str) -> None:
    console = Console(lang)
    enums = (
        CaseStatus,
        Sector,
        Channel,
        Direction,
        PartyKind,
        PartyRole,
        PromiseStatus,
        EvidenceKind,
        MoneyKind,
        HitKind,
        DatabaseProblemKind,
    )
    for enum in enums:
        for member in enum:
            word = console.label(member)
            assert word and not word.startswith("cli."), (enum, member)


def test_tables_align_accented_and_wide_text() -> None:
    lines = table(
        ["Name", "N"],
        [["e\u0301te\u0301", "1"], ["日本", "22"], ["Orange\nSA", "3"]],
        [Align.LEFT, Align.RIGHT],
    )
    assert [display_width(line) for line in lines] == [13] * 4
    assert lines[3] == "Orange SA   3"


def test_file_sizes_read_naturally_in_each_language() -> None:
    assert format_size(812, "en") == "812\u00a0B"
    assert format_size(12_400, "en") == "12.4\u00a0KB"
    assert format_size(12_400, "fr") == "12,4\u00a0Ko"
    assert format_size(3_100_000_000, "en") == "3.1\u00a0GB"


def test_names_with_terminal_control_characters_are_shown_escaped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(data, "new-case", "--title", "T", "--counterparty", "C")
    hostile = tmp_path / "facture\x1b]2;owned\x07\u202egpj.pdf"
    hostile.write_bytes(b"%PDF-1.4 x")
    out = succeeds(data, "attach", "1", str(hostile))
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]2;owned\\x07\\u202egpj.pdf" in out
