"""Looking at one photo closely: zoom to fit, 100 %, the mouse wheel, and its EXIF facts.

The print copy shows at once; the original, decoded off the GUI thread with its orientation
applied, replaces it so that 100 % means the camera's own pixels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui import workers
from cchc_desktop.gui.gallery.details import describe
from cchc_desktop.gui.i18n import tr
from cchc_desktop.photos import library
from cchc_desktop.photos.derive import PRINT_KIND
from cchc_desktop.progress import Progress
from cchc_desktop.store.rows import PhotoRow
from cchc_desktop.store.workspace import Workspace

# An original above this is shown reduced: a 100 MP frame would need 400 MB as a QImage.
MAX_VIEW_PIXELS = 40_000_000


def decode_original(path: str, progress: Progress) -> QImage:
    """The original, right way up, in sRGB, as a QImage (run in a worker)."""
    from PIL import Image

    from cchc_desktop.photos.derive import to_srgb, upright
    from cchc_desktop.photos.exif import read_facts
    from cchc_desktop.photos.probe import open_checked

    progress.check()
    with open_checked(Path(path)) as image:
        oriented = "original_orientation" in image.info or image.format == "HEIF"
        orientation = read_facts(image).orientation
        if image.width * image.height > MAX_VIEW_PIXELS:
            image.thumbnail((6000, 6000), Image.Resampling.BICUBIC)
        image.load()
        picture = to_srgb(image)
        if not oriented:
            picture = upright(picture, orientation)
        picture.load()
    progress.check()
    data = picture.tobytes("raw", "RGB")
    qimage = QImage(
        data, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888
    )
    return qimage.copy()  # own the pixels: ``data`` goes away with this function


class ZoomView(QGraphicsView):
    """A picture that fits the window until the user zooms (wheel, buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitting = True

    def set_image(self, image: QImage) -> None:
        """Show ``image``, keeping the zoom relative to the picture's size."""
        old_width = self._item.pixmap().width() or image.width()
        self._item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self._item.boundingRect())
        if self.fitting:
            self.fit()
        else:
            factor = old_width / max(1, image.width())
            self.scale(factor, factor)

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()

    def zoom_by(self, factor: float) -> None:
        self.fitting = False
        if 0.02 < self.zoom() * factor < 16:
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class PhotoViewer(QDialog):
    """A window on one photo; ``original_loaded`` tells tests (and the title) when 100 % is real."""

    def __init__(
        self, workspace: Workspace, photo: PhotoRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo["caption"] or photo["filename"])
        self.resize(1100, 760)
        self.original_loaded = False
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.view = ZoomView(self)
        left.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Vừa khung"), self.view.fit),
            (self.tr("100%"), self.view.actual_size),
            (self.tr("Phóng to"), lambda: self.view.zoom_by(1.25)),
            (self.tr("Thu nhỏ"), lambda: self.view.zoom_by(0.8)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        facts = QFormLayout()
        if photo["caption"]:
            caption = QLabel(photo["caption"])
            caption.setWordWrap(True)
            facts.addRow(self.tr("Chú thích"), caption)
        if photo["criterion_code"]:
            facts.addRow(self.tr("Tiêu chí"), QLabel(photo["criterion_code"]))
        for label, value in describe(photo):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(tr(label), shown)
        side = QWidget()
        side.setLayout(facts)
        side.setMaximumWidth(320)
        layout.addWidget(side)
        # At once, the plain print copy as it lies on disk: nothing is made (or stamped) here on
        # the GUI thread; the original, decoded by a worker, takes its place.
        quick = QImage(str(workspace.media.derived_path(photo["sha256"], PRINT_KIND)))
        if not quick.isNull():
            self.view.set_image(quick)
        original = str(library.original_path(workspace, photo))
        self._task = workers.start(
            lambda progress: decode_original(original, progress),
            on_result=self._original_ready,
            on_error=lambda _message: None,  # the print copy stays; nothing to alarm about
        )

    def _original_ready(self, image: QImage) -> None:
        if not shiboken6.isValid(self) or image.isNull():
            return
        self.view.set_image(image)
        self.original_loaded = True

    def done(self, result: int) -> None:
        self._task.cancel()
        super().done(result)
