"""The pieces of a letter the user can rewrite, as a list: what each is, and its text.

The generated text comes from the record; the user's edits are kept apart, by key, so that
changing the letter's options (a fact left out, another kind of letter) keeps every edit that
still applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from core.letters.draft import BlockKind, LetterDraft

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_PREVIEW_CHARACTERS = 90


@dataclass(frozen=True, slots=True)
class Piece:
    key: str
    label: str
    generated: str


class ParagraphModel(QAbstractListModel):
    """One row per editable piece: "Subject", "Fact: 12 Nov 2026 — call received", a cell of
    the promise table... Edited rows are shown in italics with a mark."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pieces: list[Piece] = []
        self._edits: dict[str, str] = {}

    def set_draft(self, draft: LetterDraft) -> None:
        """Show the pieces of a freshly built draft, keeping the user's edits by key."""
        self.beginResetModel()
        self._pieces = self._pieces_of(draft)
        self.endResetModel()

    def set_edits(self, edits: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._edits = dict(edits)
        self.endResetModel()

    def edits(self) -> dict[str, str]:
        """The user's edits that differ from the text the record gives today."""
        generated = {piece.key: piece.generated for piece in self._pieces}
        return {
            key: text
            for key, text in self._edits.items()
            if key not in generated or generated[key] != text
        }

    def piece(self, row: int) -> Piece:
        return self._pieces[row]

    def text(self, row: int) -> str:
        piece = self._pieces[row]
        return self._edits.get(piece.key, piece.generated)

    def is_edited(self, row: int) -> bool:
        piece = self._pieces[row]
        return piece.key in self._edits and self._edits[piece.key] != piece.generated

    def set_text(self, row: int, text: str) -> None:
        piece = self._pieces[row]
        if text == piece.generated:
            self._edits.pop(piece.key, None)
        else:
            self._edits[piece.key] = text
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def restore(self, row: int) -> None:
        self.set_text(row, self._pieces[row].generated)

    def row_of(self, key: str) -> int | None:
        for row, piece in enumerate(self._pieces):
            if piece.key == key:
                return row
        return None

    def _pieces_of(self, draft: LetterDraft) -> list[Piece]:
        pieces = [
            Piece("sender", self.tr("Sender"), draft.sender),
            Piece("recipient", self.tr("Recipient"), draft.recipient),
            Piece("place_and_date", self.tr("Place and date"), draft.place_and_date),
            Piece("sending", self.tr("How it is sent"), draft.sending),
            Piece("subject", self.tr("Subject"), draft.subject),
            Piece("references", self.tr("References"), draft.references),
            Piece("salutation", self.tr("Salutation"), draft.salutation),
        ]
        section = ""
        for block in draft.blocks:
            if block.kind is BlockKind.HEADING:
                section = block.text
                pieces.append(Piece(block.key, self.tr("Heading"), block.text))
            elif block.kind is BlockKind.FACT:
                pieces.append(
                    Piece(f"{block.key}.heading", self.tr("Fact, date line"), block.heading)
                )
                pieces.append(Piece(block.key, self.tr("Fact"), block.text))
            elif block.kind is BlockKind.TABLE:
                header = block.rows[0] if block.rows else ()
                for row_number, row in enumerate(block.rows[1:], start=1):
                    for column, cell in enumerate(row):
                        label = self.tr("{section}, line {row}: {column}").format(
                            section=section, row=row_number, column=header[column]
                        )
                        pieces.append(Piece(f"{block.key}.{row_number}.{column}", label, cell))
            else:
                pieces.append(Piece(block.key, section or self.tr("Paragraph"), block.text))
        pieces.append(Piece("closing", self.tr("Closing"), draft.closing))
        pieces.append(Piece("signature", self.tr("Signature"), draft.signature))
        pieces += [
            Piece(
                f"enclosure.{item.number}",
                self.tr("Enclosure {number}").format(number=item.number),
                item.title,
            )
            for item in draft.enclosures
        ]
        return pieces

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pieces)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pieces):
            return None
        row = index.row()
        piece = self._pieces[row]
        if role == Qt.ItemDataRole.DisplayRole:
            preview = " ".join(self.text(row).split())
            if len(preview) > _PREVIEW_CHARACTERS:
                preview = preview[: _PREVIEW_CHARACTERS - 1] + "…"
            mark = self.tr(" (edited)") if self.is_edited(row) else ""
            return f"{piece.label}{mark}\n{preview}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{piece}: {text}").format(piece=piece.label, text=self.text(row))
        if role == Qt.ItemDataRole.FontRole and self.is_edited(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None
