"""A record replaced by a restore is kept aside whole: the evidence files it names stay in the
evidence folder, even when the restored record no longer uses them."""

from __future__ import annotations

from pathlib import Path

from core.backups.catalog import SET_ASIDE_PREFIX
from core.backups.making import create_backup
from core.backups.restore import restore_backup
from core.database import Store
from core.evidence import attach_evidence, collect_unreferenced_files
from core.evidence_store import EvidenceFiles
from tests.factories import make_case


def test_evidence_added_after_the_backup_outlives_the_restore(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        case = make_case(store)
        create_backup(store)
        source = data_dir.parent / "receipt.pdf"
        source.write_bytes(b"%PDF-1.4 receipt added after the backup")
        later = attach_evidence(store, case_id=case.id, source=source).evidence

    result = restore_backup(data_dir)

    assert result.set_aside[0].name.startswith(SET_ASIDE_PREFIX)
    files = EvidenceFiles(data_dir / "evidence")
    with Store.open(data_dir) as store:
        assert collect_unreferenced_files(store, candidates={later.sha256}) == set()
        assert files.contains(later.sha256)
        for path in result.set_aside:
            path.unlink()
        assert collect_unreferenced_files(store, candidates={later.sha256}) == {later.sha256}
    assert not files.contains(later.sha256)
