"""The hits of a search across every case: where the words were found, and the words around.

The snippet comes in two forms: plain text (what a screen reader says, what the tooltip
shows) and, under `MARKED_SNIPPET_ROLE`, rich text with the matched words in bold.
"""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt

from core.search import HitKind, SearchHit
from ui.models.record_table_model import AnyIndex, RecordTableModel, SortValue
from ui.models.sort_values import text_value

MARKED_SNIPPET_ROLE: Final = Qt.ItemDataRole.UserRole + 1
_KIND_ORDER = {kind: position for position, kind in enumerate(HitKind)}
_START, _END = "\ue000", "\ue001"
"""Private-use characters standing for the marks until the text is escaped for rich text."""


class SearchColumn(IntEnum):
    CASE = 0
    KIND = 1
    FOUND = 2


def hit_kind_label(kind: HitKind) -> str:
    return {
        HitKind.CASE: QCoreApplication.translate("SearchResults", "Case"),
        HitKind.INTERACTION: QCoreApplication.translate("SearchResults", "Interaction"),
        HitKind.PROMISE: QCoreApplication.translate("SearchResults", "Promise"),
        HitKind.EVIDENCE: QCoreApplication.translate("SearchResults", "Evidence"),
        HitKind.PARTY: QCoreApplication.translate("SearchResults", "Party"),
    }[kind]


def marked_snippet(hit: SearchHit) -> str:
    """The snippet as rich text, the matched words in bold and everything else escaped."""
    escaped = html.escape(hit.highlighted(_START, _END))
    return escaped.replace(_START, "<b>").replace(_END, "</b>")


class SearchResultsModel(RecordTableModel[SearchHit]):
    """Rows of `core.search.SearchHit`, best match first."""

    Column = SearchColumn

    def header(self, column: int) -> str:
        match column:
            case SearchColumn.CASE:
                return self.tr("Case")
            case SearchColumn.KIND:
                return self.tr("In")
            case _:
                return self.tr("Found")

    def display(self, record: SearchHit, column: int) -> str:
        match column:
            case SearchColumn.CASE:
                return record.case_title
            case SearchColumn.KIND:
                return hit_kind_label(record.kind)
            case _:
                return record.plain_snippet

    def sort_value(self, record: SearchHit, column: int) -> SortValue:
        match column:
            case SearchColumn.CASE:
                return text_value(record.case_title)
            case SearchColumn.KIND:
                return _KIND_ORDER[record.kind]
            case _:
                return text_value(record.plain_snippet)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == MARKED_SNIPPET_ROLE:
            valid = index.isValid() and index.row() < self.rowCount()
            if not valid or index.column() != SearchColumn.FOUND:
                return None
            return marked_snippet(self.record_at(index.row()))
        return super().data(index, role)
