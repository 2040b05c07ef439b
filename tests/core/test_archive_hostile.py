"""Hostile and broken archives: each is refused with its own translated message, and the data
folder it was imported into is left exactly as it was, rows and files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from core.archive import ArchiveError, ImportMode, export_cases, import_archive, zip_reading
from core.archive.format import MANIFEST_NAME, MAX_SHORT_TEXT, evidence_member
from core.database import Store
from core.datadir import prepare_data_dir
from core.demo import create_demo_case
from core.evidence import attach_evidence
from core.model import Language
from tests.core.test_archive_support import (
    central_entries,
    folder_state,
    manifest_of,
    patched,
    read_members,
    relisted,
    with_case_data,
    with_manifest,
    write_archive,
)
from tests.factories import make_case

TODAY = dt.date(2026, 11, 20)


@dataclass(frozen=True)
class Source:
    """A valid archive of the demo case, and its members to break."""

    archive: Path
    members: dict[str, bytes]
    evidence: list[str]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    folder = tmp_path_factory.mktemp("source")
    with Store.open(prepare_data_dir(folder / "data")) as store:
        case = create_demo_case(store, lang=Language.FR, today=TODAY)
        archive = export_cases(store, case_ids=[case.id], destination=folder / "demo.recours")
    members = read_members(archive.destination)
    evidence = [name for name in members if name.startswith("evidence/")]
    return Source(archive.destination, members, evidence)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder every hostile archive is imported into: a case and a file already."""
    folder = tmp_path_factory.mktemp("target")
    data_dir = prepare_data_dir(folder / "data")
    with Store.open(data_dir) as store:
        case = make_case(store, title="Box jamais livrée", counterparty="Free")
        scan = folder / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 a scan\n")
        attach_evidence(store, case_id=case.id, source=scan)
    return data_dir


def refuse(
    target: Path, archive: Path, *message_ids: str, mode: ImportMode = ImportMode.NEW
) -> None:
    before = folder_state(target)
    with Store.open(target) as store, pytest.raises(ArchiveError) as refused:
        import_archive(store, source=archive, mode=mode)
    error = refused.value
    assert error.message_id in message_ids, error.describe("en")
    english, french = error.describe("en"), error.describe("fr")
    assert english != french
    assert "{" not in english + french
    assert "\n" not in english + french
    assert folder_state(target) == before


Builder = Callable[[Source, Path], Path]


def extra(name: str, raw: bytes = b"boom") -> Builder:
    def build(source: Source, folder: Path) -> Path:
        return write_archive(folder / "a.recours", [*source.members.items(), (name, raw)])

    return build


def case_data(change: Callable[[dict[str, Any]], object]) -> Builder:
    def build(source: Source, folder: Path) -> Path:
        return write_archive(folder / "a.recours", with_case_data(source.members, change))

    return build


def manifest(change: Callable[[dict[str, Any]], object]) -> Builder:
    def build(source: Source, folder: Path) -> Path:
        return write_archive(folder / "a.recours", with_manifest(source.members, change))

    return build


def set_path(*path: str | int, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


def delete_key(*path: str | int) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return change


def symlink(source: Source, folder: Path) -> Path:
    """An evidence member that is a link to a system file, under its proper name."""
    link = zipfile.ZipInfo(source.evidence[0])
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    members: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        (name, raw) for name, raw in source.members.items() if name != source.evidence[0]
    ]
    return write_archive(folder / "a.recours", [*members, (link, b"/etc/passwd")])


def folder_entry(source: Source, folder: Path) -> Path:
    return write_archive(folder / "a.recours", [*source.members.items(), ("cases/", b"")])


def duplicated(source: Source, folder: Path) -> Path:
    return write_archive(
        folder / "a.recours",
        [*source.members.items(), ("cases/1.json", source.members["cases/1.json"])],
    )


def zip_bomb(source: Source, folder: Path) -> Path:
    zeros = bytes(20 * 1024 * 1024)
    members = dict(source.members)
    members[evidence_member(hashlib.sha256(zeros).hexdigest())] = zeros
    members[MANIFEST_NAME] = json.dumps(relisted(manifest_of(members), members)).encode()
    return write_archive(folder / "a.recours", members)


def too_many_members(source: Source, folder: Path) -> Path:
    fillers = [(f"evidence/{number:064x}", b"x") for number in range(10_001)]
    return write_archive(folder / "a.recours", [*source.members.items(), *fillers])


def fingerprint_lie(source: Source, folder: Path) -> Path:
    members = dict(source.members)
    name = source.evidence[-1]
    members[name] = members[name][::-1]
    return write_archive(folder / "a.recours", members)


def case_data_altered(source: Source, folder: Path) -> Path:
    members = dict(source.members)
    members["cases/1.json"] = members["cases/1.json"].replace(b'"open"', b'"shut"')
    return write_archive(folder / "a.recours", members)


def member_missing(source: Source, folder: Path) -> Path:
    members = {name: raw for name, raw in source.members.items() if name != source.evidence[0]}
    return write_archive(folder / "a.recours", members)


def member_unused(source: Source, folder: Path) -> Path:
    members = dict(source.members)
    stray = b"%PDF-1.4 nobody's"
    members[evidence_member(hashlib.sha256(stray).hexdigest())] = stray
    members[MANIFEST_NAME] = json.dumps(relisted(manifest_of(members), members)).encode()
    return write_archive(folder / "a.recours", members)


def without_manifest(source: Source, folder: Path) -> Path:
    members = {name: raw for name, raw in source.members.items() if name != MANIFEST_NAME}
    return write_archive(folder / "a.recours", members)


def replaced_manifest(raw: bytes) -> Builder:
    def build(source: Source, folder: Path) -> Path:
        return write_archive(folder / "a.recours", source.members | {MANIFEST_NAME: raw})

    return build


def replaced_case_data(raw: bytes) -> Builder:
    def build(source: Source, folder: Path) -> Path:
        members = source.members | {"cases/1.json": raw}
        members[MANIFEST_NAME] = json.dumps(relisted(manifest_of(members), members)).encode()
        return write_archive(folder / "a.recours", members, compression=zipfile.ZIP_STORED)

    return build


def two_cases_disagreeing(source: Source, folder: Path) -> Path:
    members = dict(source.members)
    data = json.loads(members["cases/1.json"])
    data["directory"][0]["name"] = "Someone else"
    members["cases/2.json"] = json.dumps(data).encode()
    manifest_data = relisted(manifest_of(members), members)
    manifest_data["cases"].append(manifest_data["cases"][0] | {"data": "cases/2.json"})
    members[MANIFEST_NAME] = json.dumps(manifest_data).encode()
    return write_archive(folder / "a.recours", members)


def bzip2_member(source: Source, folder: Path) -> Path:
    return write_archive(folder / "a.recours", source.members, compression=zipfile.ZIP_BZIP2)


def raw_bytes(change: Callable[[bytes, Source], bytes]) -> Builder:
    def build(source: Source, folder: Path) -> Path:
        target = folder / "a.recours"
        target.write_bytes(change(source.archive.read_bytes(), source))
        return target

    return build


def encrypted_flag(raw: bytes, source: Source) -> bytes:
    entry = central_entries(raw)[source.evidence[0]]
    flags = int.from_bytes(raw[entry + 8 : entry + 10], "little")
    return patched(raw, entry + 8, "<H", flags | 0x1)


def overlapping(raw: bytes, source: Source) -> bytes:
    entries = central_entries(raw)
    first = int.from_bytes(
        raw[entries[source.evidence[0]] + 42 : entries[source.evidence[0]] + 46], "little"
    )
    return patched(raw, entries[source.evidence[1]] + 42, "<I", first)


def sizes_understated(raw: bytes, source: Source) -> bytes:
    """An evidence member claims (in both headers) to be 100 bytes shorter than it is."""
    name = source.evidence[0]
    entry = central_entries(raw)[name]
    size = int.from_bytes(raw[entry + 24 : entry + 28], "little")
    offset = int.from_bytes(raw[entry + 42 : entry + 46], "little")
    for position in (entry + 24, offset + 22):
        raw = patched(raw, position, "<I", size - 100)
    return raw


def end_record_inflated(raw: bytes, source: Source) -> bytes:
    position = raw.rfind(b"PK\x05\x06")
    return patched(raw, position + 12, "<I", 2**31)


def truncated(raw: bytes, source: Source) -> bytes:
    return raw[: len(raw) // 2]


CASES: list[tuple[str, Builder, tuple[str, ...]]] = [
    ("parent folder", extra("../outside.txt"), ("archive.unsafe_name",)),
    ("parent inside a path", extra("evidence/../../outside"), ("archive.unsafe_name",)),
    ("absolute path", extra("/tmp/recours-evil"), ("archive.unsafe_name",)),
    ("windows parent", extra("..\\outside.txt"), ("archive.unsafe_name",)),
    ("drive letter", extra("C:/Windows/evil.exe"), ("archive.unsafe_name",)),
    ("unknown name", extra("notes.txt"), ("archive.unexpected_member",)),
    ("member not in manifest", extra("evidence/" + "ab" * 32), ("archive.unexpected_member",)),
    ("symbolic link", symlink, ("archive.link_member",)),
    ("folder entry", folder_entry, ("archive.not_a_file_member",)),
    ("duplicate name", duplicated, ("archive.duplicate_member",)),
    ("zip bomb", zip_bomb, ("archive.compression_ratio",)),
    ("too many members", too_many_members, ("archive.too_many_members",)),
    ("fingerprint lie", fingerprint_lie, ("archive.fingerprint_mismatch",)),
    ("case data altered", case_data_altered, ("archive.fingerprint_mismatch",)),
    ("member missing", member_missing, ("archive.missing_member",)),
    ("member nobody uses", member_unused, ("archive.unused_member",)),
    ("no manifest", without_manifest, ("archive.no_manifest",)),
    ("manifest not json", replaced_manifest(b"{not json"), ("archive.bad_json",)),
    ("manifest not utf-8", replaced_manifest(b'{"format": "\xff"}'), ("archive.bad_json",)),
    (
        "manifest of another program",
        manifest(set_path("format", value="x")),
        ("archive.not_recours",),
    ),
    ("newer manifest", manifest(set_path("version", value=2)), ("archive.newer_version",)),
    (
        "newer manifest, other fields",
        replaced_manifest(b'{"format": "recours.archive", "version": 7, "members": 3}'),
        ("archive.newer_version",),
    ),
    ("version not a number", manifest(set_path("version", value="1")), ("archive.data_type",)),
    ("members not a list", manifest(set_path("members", value={})), ("archive.data_type",)),
    (
        "manifest size lie",
        manifest(set_path("members", 0, "size", value=3)),
        ("archive.size_mismatch",),
    ),
    (
        "manifest fingerprint lie",
        manifest(set_path("members", 0, "sha256", value="0" * 64)),
        ("archive.fingerprint_mismatch",),
    ),
    ("no case", manifest(set_path("cases", value=[])), ("archive.no_cases",)),
    (
        "manifest title lie",
        manifest(set_path("cases", 0, "title", value="Autre")),
        ("archive.manifest_mismatch",),
    ),
    ("encrypted member", raw_bytes(encrypted_flag), ("archive.encrypted_member",)),
    ("bzip2 member", bzip2_member, ("archive.unsupported_compression",)),
    ("overlapping members", raw_bytes(overlapping), ("archive.overlapping_members",)),
    (
        "declared sizes understated",
        raw_bytes(sizes_understated),
        ("archive.size_mismatch", "archive.damaged_member", "archive.fingerprint_mismatch"),
    ),
    ("central directory inflated", raw_bytes(end_record_inflated), ("archive.too_many_members",)),
    ("truncated", raw_bytes(truncated), ("archive.not_zip",)),
    ("not a zip", raw_bytes(lambda raw, source: b"%PDF-1.4 " + raw[:100]), ("archive.not_zip",)),
    ("empty file", raw_bytes(lambda raw, source: b""), ("archive.not_zip",)),
    ("case data not json", replaced_case_data(b"[1, 2"), ("archive.bad_json",)),
    (
        "case data nested deep",
        replaced_case_data(b"[" * 100_000 + b"]" * 100_000),
        ("archive.bad_json",),
    ),
    (
        "case data repeated key",
        replaced_case_data(b'{"format": 1, "format": 2}'),
        ("archive.bad_json",),
    ),
    ("case data NaN", replaced_case_data(b'{"format": NaN}'), ("archive.bad_json",)),
    ("case data a list", replaced_case_data(b"[]"), ("archive.data_type",)),
    (
        "case format unknown",
        case_data(set_path("format", value="recours.case/9")),
        ("archive.data_choice",),
    ),
    (
        "party not in the archive",
        case_data(set_path("interactions", 0, "party_id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "settled by a missing interaction",
        case_data(set_path("promises", 0, "settled_by_interaction_id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "history of a missing file",
        case_data(set_path("promises", 0, "history", 0, "evidence_id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "money for a missing promise",
        case_data(set_path("money", "lines", 0, "promise_id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "organisation not in the archive",
        case_data(set_path("directory", 1, "organisation_id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "counterparty not in the archive",
        case_data(set_path("counterparty", "id", value=999_999)),
        ("archive.data_reference",),
    ),
    (
        "moment not a date",
        case_data(set_path("interactions", 0, "occurred_at", value="yesterday")),
        ("archive.data_date",),
    ),
    (
        "day that does not exist",
        case_data(set_path("promises", 0, "due_on", value="2026-02-30")),
        ("archive.data_date",),
    ),
    (
        "day in another form",
        case_data(set_path("promises", 0, "made_on", value="20260214")),
        ("archive.data_date",),
    ),
    (
        "timestamp not a date",
        case_data(set_path("created_at", value="now")),
        ("archive.data_date",),
    ),
    (
        "unknown channel",
        case_data(set_path("interactions", 0, "channel", value="pigeon")),
        ("archive.data_choice",),
    ),
    ("unknown status", case_data(set_path("status", value="won")), ("archive.data_choice",)),
    (
        "unknown role",
        case_data(set_path("parties", 1, "role", value="boss")),
        ("archive.data_choice",),
    ),
    (
        "oversized string",
        case_data(set_path("interactions", 0, "summary", value="x" * (MAX_SHORT_TEXT + 1))),
        ("archive.data_too_long",),
    ),
    (
        "size as text",
        case_data(set_path("evidence", 0, "size", value="12")),
        ("archive.data_type",),
    ),
    (
        "duration as a boolean",
        case_data(set_path("interactions", 0, "duration_minutes", value=True)),
        ("archive.data_type",),
    ),
    (
        "amount out of range",
        case_data(set_path("money", "lines", 0, "amount", "minor", value=2**70)),
        ("archive.data_range",),
    ),
    ("null character", case_data(set_path("notes", value="a\x00b")), ("archive.data_type",)),
    ("title missing", case_data(delete_key("title")), ("archive.data_missing",)),
    ("title blank", case_data(set_path("title", value="   ")), ("archive.data_missing",)),
    (
        "letter without its fields",
        case_data(set_path("letters", value=[{"id": 1}])),
        ("archive.data_missing",),
    ),
    (
        "interaction listed twice",
        case_data(lambda data: data["interactions"].append(data["interactions"][0])),
        ("archive.data_duplicate",),
    ),
    (
        "evidence size lie",
        case_data(set_path("evidence", 0, "size", value=5)),
        ("archive.size_mismatch",),
    ),
    ("a party described two ways", two_cases_disagreeing, ("archive.data_conflict",)),
]


@pytest.mark.parametrize(
    ("builder", "message_ids"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_a_hostile_archive_is_refused_and_nothing_is_written(
    source: Source, target: Path, tmp_path: Path, builder: Builder, message_ids: tuple[str, ...]
) -> None:
    refuse(target, builder(source, tmp_path), *message_ids)


def test_a_hostile_archive_is_refused_when_restoring_too(
    source: Source, target: Path, tmp_path: Path
) -> None:
    refuse(
        target,
        fingerprint_lie(source, tmp_path),
        "archive.fingerprint_mismatch",
        mode=ImportMode.RESTORE,
    )


@pytest.mark.parametrize(
    ("limit", "value", "message_id"),
    [
        ("MAX_EVIDENCE_BYTES", 40_000, "archive.member_too_large"),
        ("MAX_TOTAL_BYTES", 100_000, "archive.too_large"),
        ("MAX_MEMBERS", 3, "archive.too_many_members"),
    ],
)
def test_the_size_and_count_caps_hold(
    source: Source,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    limit: str,
    value: int,
    message_id: str,
) -> None:
    monkeypatch.setattr(zip_reading, limit, value)
    refuse(target, source.archive, message_id)


def test_the_source_must_be_an_archive_file(target: Path, tmp_path: Path) -> None:
    refuse(target, tmp_path, "archive.not_a_file")
    refuse(target, tmp_path / "absent.recours", "archive.not_found")


def test_the_untouched_archive_imports_so_each_refusal_is_its_own(
    source: Source, tmp_path: Path
) -> None:
    rebuilt = write_archive(tmp_path / "rebuilt.recours", source.members)
    with Store.open(prepare_data_dir(tmp_path / "data")) as store:
        imported = import_archive(store, source=rebuilt)
    assert len(imported.cases) == 1


def test_names_quoted_in_messages_are_made_harmless(
    source: Source, target: Path, tmp_path: Path
) -> None:
    for number, name in enumerate(["facture\u202efdp.exe", "CON", "é" * 500, "a\nb"]):
        archive = extra(name)(source, tmp_path)
        with Store.open(target) as store, pytest.raises(ArchiveError) as refused:
            import_archive(store, source=archive)
        message = refused.value.describe("en")
        assert "\u202e" not in message and "\n" not in message, number
        assert len(message) < 400
