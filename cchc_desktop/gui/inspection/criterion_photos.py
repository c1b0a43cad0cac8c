"""The photos of the current criterion, in its panel: small thumbnails and the ways to add one
(button, drop on the panel, paste), without going to the gallery tab.

The import runs off the GUI thread through the gallery's ``ImportRunner`` (the same workers,
refusals and duplicates), loaded on first use; thumbnails are read by a worker. The gallery
tab stays the place for the whole set (captions, order, the minutes); double-clicking a
thumbnail opens it there on this criterion.

``buttons`` is the row of buttons beside the thumbnails: one more may be added to it (the
phone's photos), and the row keeps room for it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from cchc_desktop.gui import workers
from cchc_desktop.photos import library
from cchc_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    # The import machinery (worker processes, the gallery's modules) loads on first use: the
    # checklist tab opens without it, so opening an inspection does not wait for it.
    from cchc_desktop.gui.gallery.importer import ImportRunner
    from cchc_desktop.photos.ingest import ImportResult

THUMB = QSize(56, 42)
ADD_KEY = "Ctrl+Shift+A"


class CriterionPhotos(QWidget):
    """``show_criterion(inspection_id, code)``; ``import_files(paths)``, ``paste()``.

    Signals: ``changed`` once photos were added, ``finished(kind, text)`` with what to tell the
    lead ("success" or "error"), ``open_gallery(code)`` on a double-click.
    """

    changed = Signal()
    finished = Signal(str, str)
    open_gallery = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterionPhotos")
        self.ws = workspace
        self.inspection_id: str | None = None
        self.code: str | None = None
        self.read_only = False
        self._importing_for: str | None = None
        self._scratch: Path | None = None
        self._runner_: ImportRunner | None = None

        self.title = QLabel()
        self.title.setObjectName("criterionPhotosTitle")
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("criterionThumbs")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setSpacing(2)
        self.thumbs.setFixedHeight(THUMB.height() + 10)
        self.thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.thumbs.setToolTip(self.tr("Nhấp đúp để xem trong thẻ Ảnh minh chứng"))
        self.thumbs.itemDoubleClicked.connect(lambda _item: self._to_gallery())
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.add_button.setObjectName("addCriterionPhoto")
        self.add_button.setToolTip(
            self.tr(
                "Thêm ảnh cho tiêu chí này (%1); cũng có thể thả tệp vào đây hoặc dán Ctrl+V"
            ).replace("%1", ADD_KEY)
        )
        self.add_button.clicked.connect(self.choose_files)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setObjectName("cancelCriterionPhoto")
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        # The buttons after the thumbnails; another may join them (the phone's photos): the
        # row leaves room for one more at 1366 px and 130 % text.
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.cancel_button)

        # One row: "Ảnh (n)", the thumbnails (when there are any), the buttons.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.thumbs, 1)
        self._gap = layout.count()
        layout.addStretch(0)
        layout.addLayout(self.buttons)
        self._layout = layout
        self._show_title(0)

    def _cancel(self) -> None:
        if self._runner_ is not None:
            self._runner_.cancel()

    @property
    def _busy(self) -> bool:
        return self._runner_ is not None and self._runner_.busy

    @property
    def _runner(self) -> ImportRunner:
        if self._runner_ is None:
            from cchc_desktop.gui.gallery.importer import ImportRunner

            runner = ImportRunner(self.ws.folder.root, self)
            runner.progressed.connect(self._progressed)
            runner.finished.connect(self._imported)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(runner.cancel)
            self._runner_ = runner
        return self._runner_

    # -- what is shown ----------------------------------------------------------------------

    def show_criterion(self, inspection_id: str | None, code: str | None) -> None:
        """The photos of criterion ``code`` (None: no criterion chosen)."""
        self.inspection_id, self.code = inspection_id, code
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._sync_enabled()

    def reload(self) -> None:
        """Read this criterion's photos again (one small indexed query)."""
        self.thumbs.clear()
        photos = (
            library.photos_of(self.ws, self.inspection_id, criterion=self.code)
            if self.inspection_id and self.code
            else []
        )
        wanted = []
        for photo in photos:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, photo["sha256"])
            item.setToolTip(photo["caption"] or photo["filename"])
            item.setSizeHint(THUMB + QSize(4, 4))
            self.thumbs.addItem(item)
            wanted.append((photo["sha256"], str(library.thumbnail_path(self.ws, photo))))
        if wanted:
            self._read_thumbnails(wanted)
        self._show_title(len(photos))
        self._sync_enabled()

    def count(self) -> int:
        return self.thumbs.count()

    def _show_title(self, count: int) -> None:
        self.title.setText(self.tr("Ảnh (%1)").replace("%1", str(count)))
        self.title.setToolTip(self.tr("Ảnh minh chứng của tiêu chí này"))
        shown = count > 0
        self.thumbs.setVisible(shown)
        # Without thumbnails the buttons keep to the right, where they stand with them.
        self._layout.setStretch(self._gap, 0 if shown else 1)

    def _sync_enabled(self) -> None:
        self.add_button.setEnabled(bool(self.code) and not self.read_only and not self._busy)

    def _read_thumbnails(self, wanted: list[tuple[str, str]]) -> None:
        """Read the stored thumbnails off the GUI thread (QImage may be made there)."""
        shown_for = (self.inspection_id, self.code)

        def read(_progress: object) -> list[tuple[str, QImage]]:
            return [(sha, QImage(path)) for sha, path in wanted]

        def arrived(images: list[tuple[str, QImage]]) -> None:
            if not shiboken6.isValid(self) or (self.inspection_id, self.code) != shown_for:
                return  # gone, or another criterion is shown by now
            for sha, image in images:
                if not image.isNull():
                    self._thumbnail_loaded(sha, image)

        workers.start(read, on_result=arrived)

    def _thumbnail_loaded(self, sha256: str, image: QImage) -> None:
        scaled = QPixmap.fromImage(image).scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        for row in range(self.thumbs.count()):
            item = self.thumbs.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == sha256:
                item.setIcon(QIcon(scaled))

    def _to_gallery(self) -> None:
        if self.code:
            self.open_gallery.emit(self.code)

    # -- adding ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self.add_button.isEnabled():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn ảnh cho tiêu chí %1").replace("%1", self.code or ""),
            "",
            self.tr("Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif);;Mọi tệp (*)"),
        )
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> bool:
        """Add files (or folders) to the current criterion, off the GUI thread."""
        if not (self.inspection_id and self.code) or self.read_only or not paths:
            return False
        if self._busy:
            self.finished.emit("error", self.tr("Đang thêm ảnh; hãy đợi xong hoặc bấm Hủy."))
            return False
        from cchc_desktop.photos.ingest import collect_files

        files = [str(p) for p in collect_files(paths)]
        if not files:
            self.finished.emit("error", self.tr("Không có tệp ảnh nào trong những gì vừa thả vào."))
            return False
        self._importing_for = self.code
        self._runner.start(self.inspection_id, files, self.code)
        self.cancel_button.show()
        self.title.setText(self.tr("Đang thêm %1 ảnh…").replace("%1", str(len(files))))
        self._sync_enabled()
        return True

    def paste(self) -> None:
        """Copied photo files, or a copied picture (saved as PNG first), to this criterion."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime else []
        if paths:
            self.import_files(paths)
            return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.finished.emit("error", self.tr("Bộ nhớ tạm không có ảnh hay tệp ảnh nào để dán."))
            return
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="cchc-anh-"))
        target = self._scratch / f"anh-dan-{dt.datetime.now():%Y%m%d-%H%M%S}.png"
        if not image.save(str(target)):
            self.finished.emit("error", self.tr("Không lưu được ảnh vừa dán."))
            return
        self.import_files([str(target)])

    def _progressed(self, done: int, total: int) -> None:
        self.title.setText(
            self.tr("Đang thêm ảnh: còn %1/%2")
            .replace("%1", str(total - done))
            .replace("%2", str(total))
        )

    def _imported(self, result: ImportResult | None, message: str) -> None:
        code = self._importing_for or ""
        self._importing_for = None
        self.cancel_button.hide()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        self.reload()
        if result is not None and result.added:
            self.changed.emit()
        if result is None or result.refused or not result.added:
            self.finished.emit("error", message)
        else:
            self.finished.emit(
                "success",
                self.tr("Tiêu chí %1: %2").replace("%1", code).replace("%2", message)
                + " "
                + self.tr("Chú thích và thứ tự ảnh: thẻ Ảnh minh chứng."),
            )
