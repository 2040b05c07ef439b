"""Search across every case from the toolbar: results appear under the field as you type.

The results float over the window as a child widget, not a separate popup window, so the
keyboard stays in the field: Down and Up move through the hits, Enter opens the one
highlighted (or the best), Escape closes the list, then clears the field.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import RecoursError
from core.search import SearchHit, search
from ui.models.search_results_model import MARKED_SNIPPET_ROLE, SearchColumn, SearchResultsModel
from ui.workspace import Workspace

TYPING_PAUSE_MS: Final = 150
"""Search once the typing pauses, not at every key."""
RESULT_LIMIT: Final = 50
_VISIBLE_ROWS: Final = 10
_RESULTS_WIDTH: Final = 720
_TYPICAL_CHARACTERS: Final = 40


class MarkedSnippetDelegate(QStyledItemDelegate):
    """Draws the snippet with the matched words in bold."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marked = index.data(MARKED_SNIPPET_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(marked)
        text_rect = option.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.translate(
            text_rect.left(), text_rect.top() + (text_rect.height() - document.size().height()) / 2
        )
        painter.setClipRect(QRect(QPoint(0, 0), text_rect.size()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResults(QFrame):
    """The list of hits floating under the search field, or a sentence when none."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = SearchResultsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(SearchColumn.FOUND, MarkedSnippetDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(SearchColumn.CASE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchColumn.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchColumn.FOUND, QHeaderView.ResizeMode.Stretch)
        self.nothing = QLabel()
        self.nothing.setMargin(8)
        self.nothing.setAccessibleName(self.tr("No search result"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.view)
        layout.addWidget(self.nothing)
        self.hide()

    def show_hits(self, hits: list[SearchHit], text: str) -> None:
        self.model.set_records(hits)
        self.view.setVisible(bool(hits))
        self.nothing.setVisible(not hits)
        self.nothing.setText(self.tr("Nothing found for “{text}”.").format(text=text))
        if hits:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setColumnWidth(SearchColumn.CASE, _RESULTS_WIDTH // 4)

    def current_hit(self) -> SearchHit | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.model.rowCount():
            return None
        return self.model.record_at(index.row())

    def move_current(self, offset: int) -> None:
        """Highlight the hit `offset` rows down (negative: up), stopping at the ends."""
        rows = self.model.rowCount()
        if not rows:
            return
        row = min(max(self.view.currentIndex().row() + offset, 0), rows - 1)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def preferred_height(self) -> int:
        if not self.model.rowCount():
            return self.nothing.sizeHint().height() + 2
        rows = min(self.model.rowCount(), _VISIBLE_ROWS)
        header = self.view.horizontalHeader().sizeHint().height()
        return header + rows * self.view.verticalHeader().defaultSectionSize() + 6


class SearchBar(QLineEdit):
    """The toolbar's search field over every case.

    Signals:
        hit_chosen(object): the user chose this `core.search.SearchHit`.
    """

    hit_chosen = Signal(object)

    def __init__(self, overlay_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setPlaceholderText(self.tr("Search all cases"))
        self.setAccessibleName(self.tr("Search all cases"))
        self.setToolTip(self.tr("Words found in any case: titles, interactions, promises, files"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 20))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.results = SearchResults(overlay_parent)
        self.results.view.clicked.connect(self._choose_row)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._pause.start())
        self.textChanged.connect(self._hide_when_empty)
        overlay_parent.installEventFilter(self)

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def sizeHint(self) -> QSize:
        """Room for a few words; a narrow window makes it narrower."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("x" * _TYPICAL_CHARACTERS), hint.height())

    def run_search(self) -> None:
        """Search now for what is typed and show the hits under the field."""
        self._pause.stop()
        text = self.text().strip()
        if self.workspace is None or not text:
            self.results.hide()
            return
        try:
            hits = search(self.workspace.store, text, limit=RESULT_LIMIT)
        except RecoursError:
            hits = []
        self.results.show_hits(hits, text)
        self._place_results()
        self.results.show()
        self.results.raise_()

    def _place_results(self) -> None:
        """Under the field, as wide as the hits need, inside the window."""
        overlay = self.results.parentWidget()
        if overlay is None:
            return
        below = self.mapTo(overlay, QPoint(0, self.height()))
        width = min(max(self.width(), _RESULTS_WIDTH), overlay.width() - 8)
        left = min(below.x(), overlay.width() - width - 4)
        height = min(self.results.preferred_height(), overlay.height() - below.y() - 4)
        self.results.setGeometry(QRect(QPoint(max(left, 4), below.y()), QSize(width, height)))

    def _hide_when_empty(self, text: str) -> None:
        if not text.strip():
            self._pause.stop()
            self.results.hide()

    def _choose_row(self, index: QModelIndex) -> None:
        self.results.view.setCurrentIndex(index)
        self.choose_current()

    def choose_current(self) -> None:
        """Open the highlighted hit (the best one unless the user moved)."""
        if self._pause.isActive():
            self.run_search()
        hit = self.results.current_hit() if self.results.isVisible() else None
        if hit is None:
            return
        self.results.hide()
        self.hit_chosen.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.results.isVisible():
                self.run_search()
                return
            page = key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
            down = key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            self.results.move_current((_VISIBLE_ROWS if page else 1) * (1 if down else -1))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_current()
            return
        if key == Qt.Key.Key_Escape and (self.results.isVisible() or self.text()):
            if self.results.isVisible():
                self.results.hide()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Close the hits when the user goes elsewhere (a click on a hit keeps the focus
        here: the list never takes it)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the hits under the field when the window is resized."""
        if event.type() == QEvent.Type.Resize and self.results.isVisible():
            self._place_results()
        return super().eventFilter(watched, event)
