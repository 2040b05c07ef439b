"""How a file is drawn in the evidence list: its thumbnail, its name, and under the name what
the file is ("PDF document · 3 pages · 44.8 kB"), the way a file manager shows details.

Two lines in one cell keep the list narrow enough to sit beside the list of cases while still
saying everything about each file; the facts also have their own sortable columns in the
model.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.evidence_table_model import FACTS_ROLE

_FACTS_FONT_SCALE: Final = 0.9
_LINE_GAP: Final = 2
_PADDING: Final = 6


class FileCellDelegate(QStyledItemDelegate):
    """Thumbnail, then the name (cut in the middle, so "facture…2149.pdf" keeps its end) over
    the file's facts in a smaller, quieter font."""

    def _facts_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * _FACTS_FONT_SCALE, 6.0))
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        name = cell.text
        facts = str(index.data(FACTS_ROLE) or "")
        cell.text = ""
        widget: QWidget | None = cell.widget
        style = QApplication.style() if widget is None else widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        text_area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if cell.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        name_colour = cell.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        facts_colour = (
            name_colour
            if selected
            else cell.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        name_metrics = QFontMetrics(cell.font)
        facts_font = self._facts_font(cell)
        facts_metrics = QFontMetrics(facts_font)
        block = name_metrics.height() + _LINE_GAP + facts_metrics.height()
        top = text_area.top() + max(0, (text_area.height() - block) // 2)
        width = text_area.width()
        painter.save()
        painter.setClipRect(text_area)
        painter.setFont(cell.font)
        painter.setPen(name_colour)
        painter.drawText(
            QRect(text_area.left(), top, width, name_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width),
        )
        painter.setFont(facts_font)
        painter.setPen(facts_colour)
        painter.drawText(
            QRect(
                text_area.left(),
                top + name_metrics.height() + _LINE_GAP,
                width,
                facts_metrics.height(),
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            facts_metrics.elidedText(facts, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        facts = str(index.data(FACTS_ROLE) or "")
        facts_metrics = QFontMetrics(self._facts_font(cell))
        lines = QFontMetrics(cell.font).height() + _LINE_GAP + facts_metrics.height()
        icon = 0 if cell.icon.isNull() else cell.decorationSize.width() + _PADDING
        width = max(hint.width(), icon + facts_metrics.horizontalAdvance(facts) + 2 * _PADDING)
        return QSize(width, max(hint.height(), lines + _PADDING))
