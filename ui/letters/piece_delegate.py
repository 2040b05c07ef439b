"""How a piece of the letter reads in the composer's list: what it is, in small bold type,
over the start of its text, so the eye finds "Subject" or "Fact" at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_LINE_SEPARATOR = "\u2028"
"""What Qt turns a model's line break into when it fills the item's style option."""
_PADDING = 4
_LINE_GAP = 1
_NARROWEST_IN_CHARACTERS = 12
"""A row asks for little width: the list gives it the whole width and its text is elided."""


class PieceDelegate(QStyledItemDelegate):
    """Paints a "label\\ntext" row as a bold caption line over an elided text line."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        caption, _, text = item.text.replace(_LINE_SEPARATOR, "\n").partition("\n")
        item.text = ""
        style = item.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        area = item.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        caption_font = self._caption_font(item.font)
        caption_metrics = QFontMetrics(caption_font)
        painter.setFont(caption_font)
        caption_rect = QRect(area.left(), area.top(), area.width(), caption_metrics.height())
        painter.drawText(
            caption_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            caption_metrics.elidedText(caption, Qt.TextElideMode.ElideRight, area.width()),
        )
        text_metrics = QFontMetrics(item.font)
        painter.setFont(item.font)
        text_rect = QRect(
            area.left(),
            caption_rect.bottom() + 1 + _LINE_GAP,
            area.width(),
            text_metrics.height(),
        )
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text_metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width()),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        caption = QFontMetrics(self._caption_font(option.font)).height()
        text = QFontMetrics(option.font)
        width = text.averageCharWidth() * _NARROWEST_IN_CHARACTERS
        return QSize(width, caption + _LINE_GAP + text.height() + 2 * _PADDING)

    @staticmethod
    def _caption_font(font: QFont) -> QFont:
        caption = QFont(font)
        caption.setBold(True)
        caption.setPointSizeF(font.pointSizeF() * 0.9)
        return caption
