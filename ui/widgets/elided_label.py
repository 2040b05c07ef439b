"""A label that never takes more than a few lines: what does not fit ends in "…", and the
whole text is on hover and read by screen readers.

The case summary shows long values (the parties, the desired outcome, the notes) this way, so
the summary stays a few lines high and the case's tabs keep the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_EMPTY = "—"
_NARROWEST_CHARACTERS = 8


class ElidedLabel(QLabel):
    """Plain text on at most `lines` lines, cut with "…" at the label's width.

    `text()` is what is shown; `full_text()` the whole. The text can be selected with the
    mouse (to copy a reference). The tooltip is the whole text when some is hidden, or the
    `details` given with it (e.g. one party a line).
    """

    def __init__(
        self, accessible_name: str, *, lines: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self._full = ""
        self._details = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(accessible_name)

    def show_value(self, text: str, *, details: str = "") -> None:
        """Show `text` (a dash when empty); `details` is the tooltip, else the whole text
        when it does not fit."""
        self._full = " ".join(text.split()) or _EMPTY
        self._details = details
        self.setAccessibleDescription(details or text.strip())
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _shown_lines(self, width: int) -> list[str]:
        """The lines shown at this width: as the text wraps, the last one cut with "…"."""
        metrics = QFontMetrics(self.font())
        if width <= 0:
            return [self._full]
        layout = QTextLayout(self._full, self.font())
        starts: list[tuple[int, int]] = []
        layout.beginLayout()
        while len(starts) <= self.lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append((line.textStart(), line.textLength()))
        layout.endLayout()
        shown = [self._full[start : start + length].strip() for start, length in starts]
        if len(shown) <= self.lines:
            return shown
        last_start = starts[self.lines - 1][0]
        last = metrics.elidedText(self._full[last_start:], Qt.TextElideMode.ElideRight, width)
        return [*shown[: self.lines - 1], last]

    def _elide(self) -> None:
        shown = self._shown_lines(self.contentsRect().width())
        text = "\n".join(shown)
        self.setText(text)
        hidden = text.replace("\n", " ") != self._full
        self.setToolTip(self._details or (self._full if hidden else ""))
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        count = max(1, len(self._shown_lines(inner)))
        return count * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * _NARROWEST_CHARACTERS
        return QSize(width, self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._elide()
