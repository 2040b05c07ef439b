"""The view of the chart: zoom with Ctrl and the wheel (on the day under the pointer), scroll,
a tooltip over every mark, and a click on an interaction, a promise or a letter to go to it.

Signals:
    activated(object): an interaction, promise or letter of the chart was clicked
        (a core.timeline_chart.ChartItem).
    zoomed(float): the zoom changed; pixels per day.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from core.timeline_chart.model import ChartItem, ItemKind
from ui.glance.scene import MAX_PIXELS_PER_DAY, ChartScene, Entry

ZOOM_STEP: Final = 1.25
_HIT_RADIUS: Final = 4.0
_CLICK_SLACK: Final = 4
_CLICKABLE: Final = frozenset({ItemKind.INTERACTION, ItemKind.PROMISE, ItemKind.LETTER})


class ChartView(QGraphicsView):
    activated = Signal(object)
    zoomed = Signal(float)

    def __init__(self, scene: ChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chart_scene = scene
        self.fitted = True
        self._pressed_at: QPoint | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.horizontalScrollBar().valueChanged.connect(self._pin)

    @property
    def pixels_per_day(self) -> float:
        return self.chart_scene.pixels_per_day

    def show_chart(self) -> None:
        """Lay out a chart just set on the scene: fitted to the width, or at the zoom the
        user chose, kept on the same day."""
        if self.fitted:
            self.fit()
        else:
            self.set_zoom(self.pixels_per_day, anchor=0)

    def fit(self) -> None:
        """The whole span in the width of the view."""
        self.fitted = True
        self._lay_out(self.chart_scene.fit_pixels_per_day(self.viewport().width()))
        self.horizontalScrollBar().setValue(0)
        self._pin()

    def zoom_by(self, factor: float, anchor: int | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day at `anchor` (viewport x; by default
        the middle) where it is."""
        self.fitted = False
        self.set_zoom(self.pixels_per_day * factor, anchor=anchor)

    def set_zoom(self, pixels_per_day: float, *, anchor: int | None = None) -> None:
        at = self.viewport().width() // 2 if anchor is None else anchor
        day = self.chart_scene.day_at(self.mapToScene(QPoint(at, 0)).x())
        smallest = self.chart_scene.fit_pixels_per_day(self.viewport().width())
        chosen = min(max(pixels_per_day, smallest), MAX_PIXELS_PER_DAY)
        self.fitted = self.fitted or chosen <= smallest
        self._lay_out(chosen)
        self.horizontalScrollBar().setValue(round(self.chart_scene.x_of(day) - at))
        self._pin()

    def can_zoom_in(self) -> bool:
        return self.chart_scene.chart is not None and self.pixels_per_day < MAX_PIXELS_PER_DAY

    def can_zoom_out(self) -> bool:
        return self.chart_scene.chart is not None and not self.fitted

    def _lay_out(self, pixels_per_day: float) -> None:
        self.chart_scene.layout(pixels_per_day, self.viewport().width())
        self.zoomed.emit(self.chart_scene.pixels_per_day)

    def _pin(self) -> None:
        self.chart_scene.pin(self.mapToScene(QPoint(0, 0)).x())

    def entry_at(self, position: QPoint) -> Entry | None:
        """What is drawn under a point of the viewport: a clickable mark first."""
        centre = self.mapToScene(position)
        area = QRectF(
            centre - QPointF(_HIT_RADIUS, _HIT_RADIUS), centre + QPointF(_HIT_RADIUS, _HIT_RADIUS)
        )
        found = self.chart_scene.entries_at(area)
        clickable = [entry for entry in found if _is_clickable(entry)]
        return next(iter(clickable or found), None)

    def view_point_of(self, entry_id: int) -> QPoint | None:
        """Where an entry's mark is in the viewport (for a click, or a test)."""
        rect = self.chart_scene.item_rect(entry_id)
        if rect is None:
            return None
        self.ensureVisible(rect, 20, 20)
        return self.mapFromScene(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if steps:
                self.zoom_by(ZOOM_STEP**steps, anchor=round(event.position().x()))
            event.accept()
            return
        if self.verticalScrollBar().maximum() == 0 and steps:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(steps * bar.singleStep() * 3))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        released = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (released - pressed).manhattanLength() <= _CLICK_SLACK
        ):
            entry = self.entry_at(released)
            if entry is not None and _is_clickable(entry):
                self.activated.emit(entry)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not None and _is_clickable(entry):
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry_at(event.pos())
            if entry is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), entry.tooltip, self.viewport())
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.chart_scene.chart is None:
            return
        if self.fitted:
            self.fit()
        else:
            self.set_zoom(self.pixels_per_day, anchor=0)


def _is_clickable(entry: Entry) -> bool:
    return isinstance(entry, ChartItem) and entry.kind in _CLICKABLE
