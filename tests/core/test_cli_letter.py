"""`main.py letter`: the same PDF as the app, without Qt, from a script."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from pypdf import PdfReader

from tests.core.test_cli import FRENCH, fails_with_one_line, recours, succeeds


def text_of(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " "))


def test_the_demo_formal_notice_is_the_one_the_issue_asks_for(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert succeeds(data, "demo", "--lang", "fr").strip() == "1"
    notice = tmp_path / "notice.pdf"
    out = succeeds(
        data, "letter", "1", "--kind", "formal-notice", "--lang", "fr", "-o", str(notice)
    )
    assert str(notice) in out
    text = text_of(notice)
    assert "Mise en demeure" in text
    assert text.count("non tenu") == 0 and "L221-16" in text
    for amount in ("55,00 €", "5,00 €", "60,00 €"):
        assert amount in text
    deadline = dt.date.today() + dt.timedelta(days=8)
    assert f"au plus tard le {deadline.day}" in text
    assert "Médiateur des communications électroniques" in text
    titles = [item.title for item in PdfReader(notice).outline if not isinstance(item, list)]
    assert titles[1].startswith("Pièce n° 1 : Facture")
    assert titles[2].startswith("Pièce n° 2 : Photographie")


def test_language_and_law_default_to_the_case_and_can_be_chosen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(
        data,
        "new-case",
        "--title",
        "Late parcel",
        "--counterparty",
        "Shop Ltd",
        "--jurisdiction",
        "UK",
        "--lang",
        "en",
    )
    default = tmp_path / "default.pdf"
    succeeds(data, "letter", "1", "--kind", "complaint", "-o", str(default))
    assert "Re: Complaint" in text_of(default)
    french = tmp_path / "fr.pdf"
    succeeds(
        data,
        "letter",
        "1",
        "--kind",
        "complaint",
        "--lang",
        "fr",
        "--jurisdiction",
        "FR",
        "-o",
        str(french),
    )
    assert "Objet : Réclamation" in text_of(french)


def test_recording_a_letter_puts_it_on_the_case(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(data, "demo", "--lang", "en")
    out = succeeds(
        data,
        "letter",
        "1",
        "--kind",
        "complaint",
        "-o",
        str(tmp_path / "c.pdf"),
        "--record",
        "--tracking",
        "1A 234 567 8901 2",
    )
    assert out.strip().endswith("letter 1")
    case = json.loads(succeeds(data, "show", "1", "--json"))
    assert case["status"] == "awaiting_reply"
    sent = case["interactions"][-1]
    assert (sent["channel"], sent["direction"]) == ("letter", "outbound")
    assert sent["reference"] == "1A 234 567 8901 2"
    letter = case["evidence"][-1]
    assert letter["kind"] == "letter" and letter["media_type"] == "application/pdf"
    assert letter["interaction_id"] == sent["id"]


def test_warnings_go_to_stderr_and_the_letter_is_still_made(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(data, "new-case", "--title", "Colis", "--counterparty", "Boutique")
    result = recours(
        data, "letter", "1", "--kind", "complaint", "-o", str(tmp_path / "x.pdf"), lang=FRENCH
    )
    assert result.returncode == 0, result.stderr
    assert "Votre adresse postale manque" in result.stderr
    assert (tmp_path / "x.pdf").is_file()


def test_bad_requests_get_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert "There is no case 4" in fails_with_one_line(
        data, "letter", "4", "--kind", "complaint", "-o", str(tmp_path / "x.pdf")
    )
    refused = fails_with_one_line(data, "letter", "1", "--kind", "poem", "-o", "x.pdf")
    assert "poem" in refused and "formal-notice" in refused
    succeeds(data, "new-case", "--title", "T", "--counterparty", "C")
    missing_folder = tmp_path / "no" / "such" / "folder" / "x.pdf"
    line = fails_with_one_line(
        data, "letter", "1", "--kind", "complaint", "-o", str(missing_folder)
    )
    assert str(missing_folder.parent) in line and "No such file" in line


def test_the_ombudsman_weeks_chosen_give_the_day_the_letter_announces(tmp_path: Path) -> None:
    data = tmp_path / "data"
    succeeds(
        data,
        "new-case",
        "--title",
        "Broadband",
        "--counterparty",
        "Telco plc",
        "--jurisdiction",
        "UK",
        "--sector",
        "telecom",
        "--lang",
        "en",
    )
    succeeds(
        data,
        "log",
        "1",
        "--channel",
        "letter",
        "--direction",
        "out",
        "--at",
        "2026-11-26",
        "--summary",
        "Written complaint",
    )
    reminder = tmp_path / "reminder.pdf"
    succeeds(
        data,
        "letter",
        "1",
        "--kind",
        "reminder",
        "--date",
        "2026-12-10",
        "--ombudsman-weeks",
        "6",
        "-o",
        str(reminder),
    )
    assert "from 7 January 2027" in text_of(reminder)
