"""Files dragged from the file manager and dropped on a case or on an interaction.

Dropping is added to existing widgets (the list of cases, the case's summary, the timeline,
the evidence list) from outside, as an event filter on their viewports, so those widgets need
not know about files. Each drop place says what is under the cursor: a case row means that
case, a timeline row means that interaction (and its case), anywhere else in a case's area
means the case on show.

Only files of this computer are accepted, and always as a copy: a file manager offering to
move the file would otherwise delete the user's original once it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.record_table_view import RecordTableView

if TYPE_CHECKING:
    from ui.case.case_detail import CaseDetail
    from ui.case.case_list import CaseList

_HIGHLIGHT_FILL_ALPHA: Final = 40
_HIGHLIGHT_PEN_WIDTH: Final = 2


@dataclass(frozen=True, slots=True)
class DropTarget:
    """What dropped files are attached to: a case, and an interaction of it or none."""

    case_id: int
    interaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class DropSpot:
    """A place files can be dropped: what they would be attached to, and the area to light up."""

    target: DropTarget
    area: QRect


SpotFinder = Callable[[QPoint], DropSpot | None]
"""What a drop at this point of the viewport would attach to; None where nothing would."""


def local_files(mime: QMimeData) -> list[Path] | None:
    """The files a drag carries, when it carries files of this computer and nothing else."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return None
    return [Path(url.toLocalFile()) for url in urls]


def for_the_window(files: list[Path]) -> bool:
    """Case archives (`.recours`) are imported whole by the window
    (ui.record_safety.archive_actions), never attached: a drag of them passes through the drop
    places here, on to the window."""
    from core.archive import ARCHIVE_EXTENSION

    return all(path.suffix.lower() == ARCHIVE_EXTENSION for path in files)


class DropHighlight(QWidget):
    """The frame that shows where files would go: a row, or the whole area."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_over(self, area: QRect) -> None:
        self.setGeometry(area)
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self.palette().highlight().color()
        fill = QColor(colour)
        fill.setAlpha(_HIGHLIGHT_FILL_ALPHA)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, _HIGHLIGHT_PEN_WIDTH))
        painter.setBrush(fill)
        inset = _HIGHLIGHT_PEN_WIDTH // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(inset, inset, -inset, -inset), 4, 4)


class FileDropFilter(QObject):
    """Accepts files dropped on one widget (a view's viewport) and says where they went.

    Signals:
        files_dropped(list, DropTarget): local files were dropped on this target.
    """

    files_dropped = Signal(list, object)

    def __init__(self, widget: QWidget, find_spot: SpotFinder) -> None:
        super().__init__(widget)
        self.widget = widget
        self.find_spot = find_spot
        self.highlight = DropHighlight(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.widget:
            return False
        match event.type():
            case QEvent.Type.DragEnter:
                assert isinstance(event, QDragMoveEvent)
                self._follow(event)
                if not event.isAccepted() and self._carries_files(event):
                    # Over a gap (between case rows) on entering: keep following the drag,
                    # the next move may be over a row.
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                return True
            case QEvent.Type.DragMove:
                assert isinstance(event, QDragMoveEvent)
                self._follow(event)
                return True
            case QEvent.Type.DragLeave:
                self.highlight.hide()
                return True
            case QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                self._drop(event)
                return True
        return False

    @staticmethod
    def _carries_files(event: QDropEvent) -> bool:
        copying = bool(event.possibleActions() & Qt.DropAction.CopyAction)
        files = local_files(event.mimeData())
        return copying and files is not None and not for_the_window(files)

    def _spot(self, event: QDropEvent) -> DropSpot | None:
        if not self._carries_files(event):
            return None
        return self.find_spot(event.position().toPoint())

    def _follow(self, event: QDragMoveEvent) -> None:
        """Light up the place under the cursor and offer to copy there; refuse elsewhere."""
        spot = self._spot(event)
        if spot is None:
            self.highlight.hide()
            event.ignore()
            return
        self.highlight.show_over(spot.area)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def _drop(self, event: QDropEvent) -> None:
        self.highlight.hide()
        spot = self._spot(event)
        files = local_files(event.mimeData())
        if spot is None or files is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(files, spot.target)


def _row_area(view: RecordTableView[Any], row: int) -> QRect:
    top = view.rowViewportPosition(row)
    return QRect(0, top, view.viewport().width(), view.rowHeight(row))


def case_rows(view: RecordTableView[Any]) -> SpotFinder:
    """Drops on a row of the list of cases go to that case; between rows, nowhere."""

    def find(point: QPoint) -> DropSpot | None:
        index = view.indexAt(point)
        if not index.isValid():
            return None
        case_id: int = view.record_at_view_row(index.row()).id
        return DropSpot(DropTarget(case_id), _row_area(view, index.row()))

    return find


def interaction_rows(
    view: RecordTableView[Any], shown_case: Callable[[], int | None]
) -> SpotFinder:
    """Drops on a timeline row go to that interaction; elsewhere in the view, to the case."""
    whole_case = whole_area(view.viewport(), shown_case)

    def find(point: QPoint) -> DropSpot | None:
        index = view.indexAt(point)
        if not index.isValid():
            return whole_case(point)
        interaction = view.record_at_view_row(index.row())
        target = DropTarget(interaction.case_id, interaction.id)
        return DropSpot(target, _row_area(view, index.row()))

    return find


def whole_area(widget: QWidget, shown_case: Callable[[], int | None]) -> SpotFinder:
    """Drops anywhere on the widget go to the case on show (nowhere when none is)."""

    def find(_point: QPoint) -> DropSpot | None:
        case_id = shown_case()
        return None if case_id is None else DropSpot(DropTarget(case_id), widget.rect())

    return find


def install_evidence_drops(case_list: CaseList, case_detail: CaseDetail) -> None:
    """Let files be dropped on a case row, on the case's summary and on its timeline; the
    evidence tab takes them (saved emails imported, other files attached), as it takes those
    dropped on its own list."""
    evidence = case_detail.evidence

    def shown_case() -> int | None:
        return case_detail.case_id

    summary = case_detail.summary_scroll.viewport()
    timeline = case_detail.timeline.view
    for drop_filter in (
        FileDropFilter(case_list.viewport(), case_rows(case_list)),
        FileDropFilter(summary, whole_area(summary, shown_case)),
        FileDropFilter(timeline.viewport(), interaction_rows(timeline, shown_case)),
    ):
        drop_filter.files_dropped.connect(evidence.import_dropped)
