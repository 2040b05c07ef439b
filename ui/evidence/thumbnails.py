"""Previews of evidence files for the evidence list: a thumbnail of each picture, the number
of pages of each PDF.

Reading a photo or a PDF can take a while (and a hostile file is refused only after its
header is read), so previews are made on pool threads of their own and the list shows a
plain file icon until they arrive. Files are stored under their fingerprint and never change,
so a preview made once is good for the whole session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from core.database import Store
from core.evidence import evidence_files
from core.evidence_store import EvidenceFiles
from core.media_types import JPEG, PDF, PNG
from core.model import Evidence
from core.previews import ImageThumbnail, PreviewProblem, image_thumbnail, pdf_page_count
from ui.errors import show_error
from ui.tasks import run_in_background

THUMBNAIL_SIDE: Final = 96
"""Pixels of the thumbnails made: twice the size shown, for sharp pictures on HiDPI screens."""
PREVIEW_THREADS: Final = 2
"""Previews never take every pool thread: an import or an export runs beside them."""
PICTURE_TYPES: Final = frozenset({JPEG, PNG, "image/gif", "image/tiff", "image/webp"})


@dataclass(frozen=True, slots=True)
class Preview:
    """What is known of a file's contents: a thumbnail and the picture's size, or a PDF's
    page count, or why neither could be read."""

    thumbnail: QImage | None = None
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    problem: PreviewProblem | None = None


def has_preview(media_type: str) -> bool:
    return media_type == PDF or media_type in PICTURE_TYPES


def make_preview(path: Path, media_type: str) -> Preview:
    """Read one stored file (on a pool thread)."""
    if media_type == PDF:
        pages = pdf_page_count(path)
        if isinstance(pages, PreviewProblem):
            return Preview(problem=pages)
        return Preview(pages=pages)
    picture = image_thumbnail(path, max_side=THUMBNAIL_SIDE)
    if isinstance(picture, PreviewProblem):
        return Preview(problem=picture)
    return Preview(thumbnail=_as_qimage(picture), width=picture.width, height=picture.height)


def _as_qimage(picture: ImageThumbnail) -> QImage:
    image = QImage(
        picture.rgba,
        picture.thumbnail_width,
        picture.thumbnail_height,
        picture.thumbnail_width * 4,
        QImage.Format.Format_RGBA8888,
    )
    return image.copy()


def _centred_on_a_square(thumbnail: QImage) -> QPixmap:
    """A tall photo and a wide one take the same room in a list, so names line up."""
    side = max(thumbnail.width(), thumbnail.height())
    square = QPixmap(side, side)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((side - thumbnail.width()) // 2, (side - thumbnail.height()) // 2, thumbnail)
    painter.end()
    return square


class EvidencePreviews(QObject):
    """Previews of the open record's evidence files, made on demand and kept for the session.

    Signals:
        ready(str): the preview of the file with this SHA-256 is now known.
    """

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: EvidenceFiles | None = None
        self._previews: dict[str, Preview] = {}
        self._icons: dict[str, QIcon] = {}
        self._pending: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(PREVIEW_THREADS)

    def bind(self, store: Store) -> None:
        """Read files from this record's evidence folder."""
        self._files = evidence_files(store) if store.data_dir is not None else None

    def preview(self, evidence: Evidence) -> Preview | None:
        """The file's preview; None while it is being made, or when its type has none."""
        known = self._previews.get(evidence.sha256)
        if known is None:
            self._request(evidence)
        return known

    def thumbnail(self, evidence: Evidence) -> QIcon | None:
        """The picture's thumbnail as an icon for a list; None for other files."""
        icon = self._icons.get(evidence.sha256)
        if icon is not None:
            return icon
        preview = self.preview(evidence)
        if preview is None or preview.thumbnail is None:
            return None
        icon = QIcon(_centred_on_a_square(preview.thumbnail))
        self._icons[evidence.sha256] = icon
        return icon

    def is_busy(self) -> bool:
        return bool(self._pending)

    def _request(self, evidence: Evidence) -> None:
        sha256, media_type = evidence.sha256, evidence.media_type
        if self._files is None or sha256 in self._pending or not has_preview(media_type):
            return
        self._pending.add(sha256)
        path = self._files.path_for(sha256)
        run_in_background(
            lambda: make_preview(path, media_type),
            on_success=lambda preview: self._store(sha256, preview),
            on_failure=lambda error: self._give_up(sha256, error),
            parent=self,
            pool=self.pool,
        )

    def _store(self, sha256: str, preview: Preview) -> None:
        self._pending.discard(sha256)
        self._previews[sha256] = preview
        self.ready.emit(sha256)

    def _give_up(self, sha256: str, error: BaseException) -> None:
        self._store(sha256, Preview(problem=PreviewProblem.UNREADABLE))
        show_error(None, error)
