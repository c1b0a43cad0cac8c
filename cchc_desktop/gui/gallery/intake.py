"""Where photos come into the gallery: dropped or pasted files and folders, a copied picture,
the file dialog, the webcam and a phone (``phone_dialog.PhoneDialog``); each batch shows
placeholders at once, a progress bar counting what is left with Cancel, and a summary naming
every refused file; a phone's photos show one by one as the laptop stores them.

A mixin of ``GalleryWidget``: the widget module holds the widgets and what is shown, this one
the imports (``importer.ImportRunner`` runs them off the GUI thread).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cchc_desktop.gui.gallery import capture
from cchc_desktop.photos.ingest import ImportResult, Item, collect_files

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

    from cchc_desktop.gui.gallery.importer import ImportRunner
    from cchc_desktop.gui.gallery.model import PhotoModel
    from cchc_desktop.gui.gallery.phone_dialog import PhoneDialog
    from cchc_desktop.phone.network import LocalAddress
    from cchc_desktop.store.workspace import Workspace


class GalleryIntake:
    """The imports; the widget provides the model, the progress widgets and ``_say``."""

    model: PhotoModel
    progress: QProgressBar
    progress_label: QLabel
    cancel_button: QPushButton
    changed: Any  # Signal()
    importFinished: Any  # Signal(object)
    _runner: ImportRunner
    _keys: dict[int, int]  # batch index → placeholder key
    _scratch: Path | None  # pasted pictures and webcam shots wait here until imported
    _ws: Workspace
    # The networks the phone dialog offers (None: the laptop's own; the tests give 127.0.0.1).
    phone_addresses: list[LocalAddress] | None = None
    phone_dialog: PhoneDialog | None = None

    def import_files(self, paths: list[str]) -> bool:
        """Import files and folders into the shown inspection (and criterion, when filtered).

        Placeholders appear at once; each fills in as its file is done. False when busy.
        """
        inspection_id = self.model.inspection_id
        if inspection_id is None or not paths:
            return False
        if self._runner.busy:
            self._say(self.tr("Đang nhập ảnh; hãy đợi xong hoặc bấm Hủy."))
            return False
        files = [str(p) for p in collect_files(paths)]
        if not files:
            self._say(self.tr("Không có tệp ảnh nào trong những gì vừa thả vào."))
            return False
        keys = self.model.add_pending([Path(f).name for f in files])
        self._keys = dict(enumerate(keys))
        self._say("")
        self._set_busy(True, len(files))
        self._runner.start(inspection_id, files, self.model.criterion or None)
        return True

    def _item_settled(self, item: Item) -> None:
        key = self._keys.pop(item.index, None)
        if key is not None:
            self.model.settle_pending(key, item.photo_id if item.status == "added" else None)
        if item.status == "added":
            self.changed.emit()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        left = total - done
        self.progress_label.setText(
            self.tr("Còn {left}/{total} ảnh").format(left=left, total=total)
        )

    def _finish(self, result: ImportResult | None, message: str) -> None:
        self._keys.clear()
        self.model.clear_pending()
        if result is None:
            self.model.reload()
        self._set_busy(False)
        self._say(message)
        self._cleanup_scratch()
        self.changed.emit()
        self.importFinished.emit(result)

    def cancel_import(self) -> None:
        if self._runner.busy:
            self._runner.cancel()
            self.cancel_button.setEnabled(False)

    def _set_busy(self, busy: bool, total: int = 0) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)
            self.progress_label.setText(
                self.tr("Còn {left}/{total} ảnh").format(left=total, total=total)
            )

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._as_widget(),
            self.tr("Chọn ảnh minh chứng"),
            "",
            self.tr("Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif);;Mọi tệp (*)"),
        )
        if files:
            self.import_files(files)

    def paste(self) -> None:
        """Paste copied files (their paths) or a copied picture (saved as PNG, then imported)."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime else []
        if paths:
            self.import_files(paths)
            return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._say(self.tr("Bộ nhớ tạm không có ảnh hay tệp ảnh nào để dán."))
            return
        import datetime as dt

        target = self._scratch_dir() / f"anh-dan-{dt.datetime.now():%Y%m%d-%H%M%S}.png"
        if not image.save(str(target)):  # the format follows the suffix
            self._say(self.tr("Không lưu được ảnh vừa dán."))
            return
        self.import_files([str(target)])

    def capture_webcam(self) -> None:
        reason = capture.unavailable_reason()
        if reason is not None:
            self._say(reason)
            return
        dialog = capture.CaptureDialog(self._scratch_dir(), self._as_widget())  # pragma: no cover
        if dialog.exec() and dialog.saved is not None:  # pragma: no cover
            self.import_files([str(dialog.saved)])

    def receive_from_phone(self, criterion: str | None = None) -> PhoneDialog | None:
        """Open "Nhận ảnh từ điện thoại" for the shown inspection; ``criterion`` (else the
        criterion shown) is chosen in advance on the phone. Photos appear as they arrive."""
        from cchc_desktop.gui.gallery.phone_dialog import PhoneDialog

        inspection_id = self.model.inspection_id
        if inspection_id is None:
            return None
        code = criterion if criterion is not None else (self.model.criterion or None)
        dialog = PhoneDialog(
            self._ws, inspection_id, code, self._as_widget(), addresses=self.phone_addresses
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.photoStored.connect(self._phone_photo)
        self.phone_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "phone_dialog", None))
        dialog.open()  # window-modal: the gallery behind it fills in as photos arrive
        return dialog

    def _phone_photo(self, photo_id: str) -> None:
        self.model.show_new(photo_id)
        self.changed.emit()

    def _as_widget(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None  # dialogs open over the gallery

    def _scratch_dir(self) -> Path:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="cchc-anh-"))
        return self._scratch

    def _cleanup_scratch(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    # --- drag and drop onto the gallery -----------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # What the widget provides, for mypy. Kept last in the class: lupdate loses the class (and
    # files this class's tr() strings under no context, where self.tr never looks) when an
    # `if` block comes before the methods.
    if TYPE_CHECKING:

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
        def _say(self, text: str) -> None: ...
