"""The manifest of an archive: read strictly, version first, every listed member checked."""

from __future__ import annotations

from core.archive.fields import Field, parse_json
from core.archive.format import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    MANIFEST_NAME,
    MAX_EVIDENCE_BYTES,
    MAX_MEMBERS,
    ArchiveError,
    CaseEntry,
    Manifest,
    MemberEntry,
    evidence_member_hash,
    is_case_member,
    is_sha256,
    shown,
)

_APP_VERSION_LIMIT = 200


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest, or an ArchiveError saying what in it does not fit.

    The format name and version are read before anything else: a later version may mean
    other things by the same fields, so it is refused without looking further.
    """
    root = Field(parse_json(raw, member=MANIFEST_NAME), MANIFEST_NAME)
    format_name = root.get("format")
    if format_name.value != ARCHIVE_FORMAT:
        raise ArchiveError("archive.not_recours")
    version = root.get("version").integer(low=1)
    if version > ARCHIVE_VERSION:
        raise ArchiveError("archive.newer_version", version=version)
    members = _members(root.get("members"))
    cases = _cases(root.get("cases"), {member.path for member in members})
    return Manifest(
        version=version,
        created_at=root.get("created_at").stamp(),
        app_version=root.get("app_version").text(_APP_VERSION_LIMIT),
        cases=cases,
        members=members,
    )


def _members(listed: Field) -> tuple[MemberEntry, ...]:
    members: list[MemberEntry] = []
    seen: set[str] = set()
    for item in listed.items():
        if len(members) >= MAX_MEMBERS:
            raise ArchiveError("archive.too_many_members", limit=MAX_MEMBERS)
        path = item.get("path").text()
        if not is_case_member(path) and evidence_member_hash(path) is None:
            raise ArchiveError("archive.unexpected_member", name=shown(path))
        if path in seen:
            raise ArchiveError("archive.duplicate_member", name=shown(path))
        seen.add(path)
        sha256 = item.get("sha256").text()
        if not is_sha256(sha256):
            item.get("sha256").refuse("archive.data_type")
        named_after = evidence_member_hash(path)
        if named_after is not None and named_after != sha256:
            raise ArchiveError("archive.fingerprint_mismatch", name=shown(path))
        size = item.get("size").integer(low=1, high=MAX_EVIDENCE_BYTES)
        members.append(MemberEntry(path=path, size=size, sha256=sha256))
    return tuple(members)


def _cases(listed: Field, member_paths: set[str]) -> tuple[CaseEntry, ...]:
    cases: list[CaseEntry] = []
    data_paths: set[str] = set()
    for item in listed.items():
        data = item.get("data").text()
        if not is_case_member(data) or data not in member_paths:
            raise ArchiveError("archive.missing_member", name=shown(data))
        if data in data_paths:
            raise ArchiveError("archive.duplicate_member", name=shown(data))
        data_paths.add(data)
        cases.append(
            CaseEntry(
                id=item.get("id").identifier(),
                title=item.get("title").non_empty_text(),
                data=data,
            )
        )
    if not cases:
        raise ArchiveError("archive.no_cases")
    unused = sorted(
        path for path in member_paths if is_case_member(path) and path not in data_paths
    )
    if unused:
        raise ArchiveError("archive.unused_member", name=shown(unused[0]))
    return tuple(cases)
