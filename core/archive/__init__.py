"""Case archives (`.recours`): a case, or every case, in one file that another computer can
import identically, and that is refused whole if it is damaged or hostile.

The desktop app and the command line call `export_cases` and `import_archive`; the format is
described in docs/archive-format.md.
"""

from __future__ import annotations

from core.archive.export import ExportReport, export_cases
from core.archive.format import ARCHIVE_EXTENSION, ArchiveError
from core.archive.importing import ImportedCase, ImportMode, ImportReport, import_archive

__all__ = [
    "ARCHIVE_EXTENSION",
    "ArchiveError",
    "ExportReport",
    "ImportMode",
    "ImportReport",
    "ImportedCase",
    "export_cases",
    "import_archive",
]
