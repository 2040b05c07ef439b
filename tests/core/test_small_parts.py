"""File types, file names, the data folder and the message catalogues."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.datadir import DATA_DIR_VARIABLE, prepare_data_dir, resolve_data_dir
from core.errors import DataFolderError
from core.filenames import display_name, safe_filename
from core.i18n import catalog, language_from_environment, translate
from core.media_types import extension_for, sniff_media_type

EMAIL_HEAD = (
    b"Return-Path: <service@orange.example>\r\nFrom: Orange <service@orange.example>\r\n"
    b"To: client@example.org\r\nSubject: Votre commande\r\n\r\nBonjour"
)


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "scan", "application/pdf"),
        (b"\xff\xd8\xff\xe1\x00\x18Exif", "IMG_0001.HEIC", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "capture.png", "image/png"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "IMG_1.HEIC", "image/heic"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x.webp", "image/webp"),
        (EMAIL_HEAD, "message.eml", "message/rfc822"),
        (b"<!DOCTYPE html><html><body>Facture</body></html>", "f.htm", "text/html"),
        ("Reçu n° 42 : 60 €".encode(), "note.txt", "text/plain"),
        ("Reçu n° 42".encode("cp1252"), "note.txt", "text/plain"),
        (
            b"PK\x03\x04\x14\x00",
            "contrat.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (b"PK\x03\x04\x14\x00", "archive.pdf", "application/zip"),
        (b"MZ\x90\x00", "facture.pdf", "application/vnd.microsoft.portable-executable"),
        (b"\x00\x01\x02\x03\x04", "data.bin", "application/octet-stream"),
    ],
)
def test_the_type_comes_from_the_content(head: bytes, name: str, expected: str) -> None:
    assert sniff_media_type(head, name) == expected


def test_a_utf8_character_cut_at_the_end_of_the_sample_is_still_text() -> None:
    sample = ("é" * 10).encode()[:-1]
    assert sniff_media_type(sample, "") == "text/plain"


def test_known_types_have_an_extension() -> None:
    assert extension_for("application/pdf") == ".pdf"
    assert extension_for("message/rfc822") == ".eml"
    assert extension_for("application/x-unknown") == ""


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("facture\u202efdp.exe", "facture fdp.exe"),
        ("Cafe\u0301.pdf", "Café.pdf"),
        ("line\nbreak\x00.txt", "line break .txt"),
        ("   ", "document"),
    ],
)
def test_names_are_cleaned_for_display(raw: str, shown: str) -> None:
    assert display_name(raw) == shown


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("CON.txt", "_CON.txt"),
        ("a/b\\c:d?.pdf", "a_b_c_d_.pdf"),
        ("facture. ", "facture"),
        ("..", "document"),
    ],
)
def test_names_are_made_safe_for_every_system(raw: str, safe: str) -> None:
    assert safe_filename(raw) == safe


@given(st.text())
def test_any_name_becomes_a_short_safe_single_path_part(raw: str) -> None:
    name = safe_filename(raw)
    assert name and len(name) <= 180
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f\u202a-\u202e\u2066-\u2069]', name)
    assert name not in (".", "..")
    assert name.split(".", 1)[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_the_data_folder_comes_from_the_option_then_the_environment(tmp_path: Path) -> None:
    env = {DATA_DIR_VARIABLE: str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "from-env"
    assert resolve_data_dir(None, {}).name == "Recours"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    folder = prepare_data_dir(tmp_path / "deep" / "Recours")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "evidence").is_dir()


def test_a_file_in_place_of_the_data_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "Recours").write_text("not a folder")
    with pytest.raises(DataFolderError) as raised:
        prepare_data_dir(tmp_path / "Recours")
    assert "not a folder" in str(raised.value)


def test_both_catalogues_have_the_same_messages() -> None:
    assert catalog("fr").keys() == catalog("en").keys()
    for key in catalog("en"):
        assert set(re.findall(r"{(\w+)}", catalog("fr")[key])) == set(
            re.findall(r"{(\w+)}", catalog("en")[key])
        ), key


def test_every_message_the_core_names_is_in_the_catalogues() -> None:
    """A message id missing from the catalogue reaches the user as the id itself. Ids said
    with a count ("cli.check.problems") have a singular and a plural form; the public mail
    domains of party matching ("mail.com") are not message ids."""
    core = Path(__file__).resolve().parents[2] / "core"
    sections = "error|cli|demo|archive|backup|due|chart|mail"
    used = {
        match
        for path in core.rglob("*.py")
        if path.name != "party_matching.py"
        for match in re.findall(
            rf'"((?:{sections})\.[a-z0-9_.]*[a-z0-9_])"', path.read_text(encoding="utf-8")
        )
    }
    known = catalog("en").keys()
    assert len(used) > 100
    missing = {key for key in used if key not in known and f"{key}.one" not in known}
    assert missing == set()


def test_messages_follow_the_language_and_fall_back_to_english() -> None:
    assert translate("error.case_not_found", "fr", id=7) == "Il n’y a pas de dossier 7."
    assert translate("error.case_not_found", "de", id=7) == "There is no case 7."
    assert language_from_environment({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert language_from_environment({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR"}) == "en"
    assert language_from_environment({}) == "en"
