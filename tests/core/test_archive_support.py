"""Helpers for the archive tests: the state of a data folder, ids made comparable across two
folders, and archives rebuilt member by member (then broken on purpose)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import struct
import warnings
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from core.archive.format import MANIFEST_NAME

DATABASE_FILES = ("recours.db", "recours.db-wal", "recours.db-shm")
Snapshot = tuple[dict[str, list[str]], dict[str, str]]


def folder_state(data_dir: Path) -> Snapshot:
    """Every row of every table, and every file of the data folder (but the database's own)
    with its fingerprint: equal before and after means nothing at all was written."""
    conn = sqlite3.connect(data_dir / "recours.db")
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows = {
            table: sorted(repr(row) for row in conn.execute(f"SELECT * FROM [{table}]"))
            for table in tables
        }
    finally:
        conn.close()
    files = {
        str(path.relative_to(data_dir)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in data_dir.rglob("*")
        if path.is_file() and path.name not in DATABASE_FILES
    }
    return rows, files


def comparable(data: Mapping[str, Any]) -> dict[str, Any]:
    """A case's JSON with every id replaced by what it stands for (a party's name, an
    interaction's moment and summary, a file's fingerprint, a promise's words), so two copies
    of one case in two data folders compare equal exactly when they say the same."""
    listed_parties = list(data.get("directory", [])) + list(data["parties"])
    parties = {party["id"]: party["name"] for party in [data["counterparty"], *listed_parties]}
    interactions = {
        item["id"]: f"{item['occurred_at']} {item['summary']}" for item in data["interactions"]
    }
    evidence = {item["id"]: item["sha256"] for item in data["evidence"]}
    promises = {item["id"]: item["text"] for item in data["promises"]}
    meaning: dict[str, dict[int, str]] = {
        "party_id": parties,
        "organisation_id": parties,
        "recipient_party_id": parties,
        "interaction_id": interactions,
        "settled_by_interaction_id": interactions,
        "call_interaction_id": interactions,
        "interaction_ids": interactions,
        "evidence_id": evidence,
        "settled_by_evidence_id": evidence,
        "evidence_ids": evidence,
        "promise_id": promises,
        "promise_ids": promises,
    }

    def edit_key(key: str) -> str:
        for prefix, mapping in (("fact", interactions), ("call.promise", promises)):
            match = re.fullmatch(re.escape(prefix) + r"\.([0-9]+)(.*)", key)
            if match is not None:
                return f"{prefix}.<{mapping[int(match.group(1))]}>{match.group(2)}"
        return key

    def walk(value: Any, key: str = "") -> Any:
        if key in meaning and value is not None:
            mapping = meaning[key]
            return [mapping[item] for item in value] if isinstance(value, list) else mapping[value]
        if key == "edits":
            return {edit_key(name): text for name, text in value.items()}
        if isinstance(value, dict):
            return {name: walk(item, name) for name, item in value.items() if name != "id"}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    result: dict[str, Any] = walk(data)
    if "directory" in result:
        result["directory"] = sorted(result["directory"], key=lambda party: party["name"])
    return result


def read_members(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def manifest_of(members: Mapping[str, bytes]) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(members[MANIFEST_NAME])
    return manifest


def relisted(manifest: dict[str, Any], members: Mapping[str, bytes]) -> dict[str, Any]:
    """The manifest with its member list made true again for `members`."""
    listed = [
        {"path": name, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
        for name, raw in members.items()
        if name != MANIFEST_NAME
    ]
    return manifest | {"members": listed}


def write_archive(
    target: Path,
    members: Mapping[str, bytes] | list[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A zip holding exactly these members (names repeated if asked), as given."""
    entries = list(members.items()) if isinstance(members, Mapping) else members
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(target, "w", compression=compression) as archive:
            for name, raw in entries:
                archive.writestr(name, raw)
    return target


def with_case_data(
    members: Mapping[str, bytes], change: Callable[[dict[str, Any]], object]
) -> dict[str, bytes]:
    """The members with `change` applied to the first case's JSON, manifest made true again."""
    changed = dict(members)
    data = json.loads(changed["cases/1.json"])
    change(data)
    changed["cases/1.json"] = json.dumps(data, ensure_ascii=False).encode()
    manifest = relisted(manifest_of(changed), changed)
    changed[MANIFEST_NAME] = json.dumps(manifest).encode()
    return changed


def with_manifest(
    members: Mapping[str, bytes], change: Callable[[dict[str, Any]], object]
) -> dict[str, bytes]:
    changed = dict(members)
    manifest = manifest_of(changed)
    change(manifest)
    changed[MANIFEST_NAME] = json.dumps(manifest).encode()
    return changed


def central_entries(raw: bytes) -> dict[str, int]:
    """Where each member's central directory entry starts in a zip's bytes."""
    found: dict[str, int] = {}
    position = raw.find(b"PK\x01\x02")
    while position >= 0:
        name_length, extra_length = struct.unpack_from("<HH", raw, position + 28)
        name = raw[position + 46 : position + 46 + name_length].decode("utf-8")
        found[name] = position
        position = raw.find(b"PK\x01\x02", position + 46 + name_length + extra_length)
    return found


def patched(raw: bytes, position: int, form: str, value: int) -> bytes:
    patch = struct.pack(form, value)
    return raw[:position] + patch + raw[position + len(patch) :]
