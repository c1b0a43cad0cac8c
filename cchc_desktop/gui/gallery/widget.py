"""The photo gallery of an inspection: thumbnails, the filter by criterion, and the chosen
photo's caption, criterion, minutes flag and stamp beside them. Photos come in through
``intake.py`` (drop, paste, dialog, webcam; progress and Cancel) and are changed through
``actions.py`` (each change undoable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.gallery.actions import GalleryActions
from cchc_desktop.gui.gallery.details import PhotoDetails
from cchc_desktop.gui.gallery.importer import ImportRunner
from cchc_desktop.gui.gallery.intake import GalleryIntake
from cchc_desktop.gui.gallery.model import PhotoModel
from cchc_desktop.gui.inspection.frames import scroll_frame
from cchc_desktop.photos import library
from cchc_desktop.store.rows import PhotoRow
from cchc_desktop.store.workspace import Workspace

ALL = None  # the filter showing every photo of the inspection
ICON = QSize(192, 144)  # a thumbnail in the list (the stored ones are 256 px on the long edge)


class _Cell(QStyledItemDelegate):
    """Every cell the same size: the thumbnail's box and two lines of caption at the view's
    text size (the window's A+/A− change it). With uniform item sizes Qt measures the last
    row alone, so a portrait photo there would otherwise make every cell narrow."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = 2 * option.fontMetrics.lineSpacing()
        return QSize(ICON.width() + 12, ICON.height() + lines + 12)


class GalleryWidget(GalleryActions, GalleryIntake, QWidget):
    """``open_inspection(id)`` shows its photos; ``set_criterion(code | "" | None)`` filters
    (and is where dropped files go); ``changed`` fires after any stored change."""

    changed = Signal()
    importFinished = Signal(object)  # the ImportResult, or None when cancelled or failed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._keys: dict[int, int] = {}  # batch index → placeholder key
        # The gallery's own until the inspection view hands it the shared one.
        self._undo = QUndoStack(self)
        self._undo.indexChanged.connect(self._sync_undo_button)
        self._deleted: QUndoCommand | None = None
        self._scratch: Path | None = None
        self.setAcceptDrops(True)
        self.model = PhotoModel(workspace, self)
        self.model.filesDropped.connect(self.import_files)
        self.model.reordered.connect(self._reorder)
        self.model.thumbnailReady.connect(self._thumbnail_arrived)
        self._runner = ImportRunner(workspace.folder.root, self)
        self._runner.settled.connect(self._item_settled)
        self._runner.progressed.connect(self._import_progress)
        self._runner.finished.connect(self._finish)
        # Closing the window ends the event loop, not this widget (a tab gets no closeEvent):
        # stop an import then, keeping the photos already done, so the app can wait for it.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_import)
        self._build()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self._build_view()
        splitter.addWidget(self.view)
        self.details = PhotoDetails()
        self.details.edited.connect(self._edit)
        self.details.viewRequested.connect(self.view_current)
        self.details.deleteRequested.connect(self.delete_selected)
        # In a scroll frame of its own: on a short screen the panel scrolls, not the whole tab,
        # so the import's progress and messages under the thumbnails stay in sight.
        side = scroll_frame(self.details)
        side.setObjectName("photoDetailsFrame")  # its facts may scroll; its actions come first
        # As wide as its fields and check boxes need at the text size (at 130 % the check
        # boxes' words would otherwise run under the scroll bar).
        side.setMinimumWidth(
            max(
                320,
                self.details.minimumSizeHint().width()
                + side.verticalScrollBar().sizeHint().width(),
            )
        )
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        layout.addWidget(splitter, 1)

        status = self._build_status()
        layout.addLayout(status)
        self._set_busy(False)
        self.undo_button.hide()

        for keys, slot in (
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Ctrl+Left"), lambda: self.move_current(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_current(1)),
            (QKeySequence("Ctrl+Right"), lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_bar(self) -> QHBoxLayout:
        """The filter and the ways to add photos."""
        bar = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setMinimumContentsLength(24)
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        bar.addWidget(QLabel(self.tr("Hiện:")))
        bar.addWidget(self.filter, 1)
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(self.tr("Dán ảnh"))
        self.paste_button.setToolTip(self.tr("Dán ảnh hoặc tệp ảnh đã sao chép (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        self.webcam_button = QPushButton(self.tr("Chụp từ webcam"))
        self.webcam_button.clicked.connect(self.capture_webcam)
        self.phone_button = QPushButton(self.tr("Nhận ảnh từ điện thoại…"))
        self.phone_button.setObjectName("phoneButton")
        self.phone_button.setToolTip(
            self.tr(
                "Mã QR cho điện thoại cùng mạng Wi-Fi: chụp hoặc chọn ảnh trên điện thoại, "
                "ảnh vào thẳng cuộc kiểm tra này, không cần Internet"
            )
        )
        self.phone_button.clicked.connect(lambda _checked=False: self.receive_from_phone())
        for button in (self.add_button, self.paste_button, self.webcam_button, self.phone_button):
            bar.addWidget(button)
        return bar

    def _build_view(self) -> None:
        """The thumbnails: editable captions, dragged to reorder."""
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(8)
        self.view.setIconSize(ICON)
        self.view.setItemDelegate(_Cell(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.view.doubleClicked.connect(lambda _index: self.view_current())

    def _build_status(self) -> QHBoxLayout:
        """The import's progress and cancel, messages, undo of a deletion."""
        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.undo_button = QPushButton(self.tr("Hoàn tác xóa"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.progress_label)
        status.addWidget(self.progress, 1)
        status.addWidget(self.cancel_button)
        status.addWidget(self.message, 2)
        status.addWidget(self.undo_button)
        return status

    # --- what is shown -------------------------------------------------------------------
    def open_inspection(self, inspection_id: str | None) -> None:
        """Show the photos of ``inspection_id`` (None: nothing)."""
        criteria = library.criteria_of(self._ws, inspection_id) if inspection_id else []
        self.details.set_criteria(criteria)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Tất cả ảnh của cuộc kiểm tra"), ALL)
        self.filter.addItem(self.tr("Ảnh chung (không thuộc tiêu chí)"), library.GENERAL)
        for row in criteria:
            text = row["text"] if len(row["text"]) <= 70 else row["text"][:67] + "…"
            self.filter.addItem(f"{row['code']} — {text}", row["code"])
        self.filter.blockSignals(False)
        self._deleted = None
        self.undo_button.hide()
        self.model.load(inspection_id, ALL)
        self._show_current()

    def refresh_photos(self) -> None:
        """Read the photos again (another tab added some), keeping the filter."""
        if self.model.inspection_id is not None:
            self.model.reload()
            self._show_current()

    def set_criterion(self, code: str | None) -> None:
        """Show one criterion's photos (``""``: the inspection's own, None: all)."""
        if code:  # spelled as the checklist does ("d8" is D8), or refused as the core refuses
            code = library.criterion_code(self._ws, self.model.inspection_id or "", code)
        # Choosing the filter loads its photos (_filter_chosen); the same one is shown already.
        self.filter.setCurrentIndex(max(self.filter.findData(code), 0))

    def _filter_chosen(self, _index: int) -> None:
        self.model.load(self.model.inspection_id, self.filter.currentData())
        self._show_current()

    def current_photo(self) -> PhotoRow | None:
        index = self.view.currentIndex()
        return self.model.photo(index.row()) if index.isValid() else None

    def select_photo(self, photo_id: str) -> None:
        row = self.model.row_of(photo_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def focus_target(self, photo_id: str, field: str = "") -> None:
        """Show a photo (all photos listed) with the cursor on its caption or criterion."""
        self.set_criterion(None)
        if photo_id:
            self.select_photo(photo_id)
        target = {"caption": self.details.caption, "criterion": self.details.criterion}
        (target.get(field) or self.view).setFocus()

    def _show_current(self) -> None:
        photo = self.current_photo()
        self.details.show_photo(photo)
        self.details.set_preview(self.model.thumbnail(photo["id"]) if photo else None)

    def _thumbnail_arrived(self, photo_id: str) -> None:
        photo = self.current_photo()
        if photo is not None and photo["id"] == photo_id:
            self.details.set_preview(self.model.thumbnail(photo_id))

    # --- looking ------------------------------------------------------------------------
    def view_current(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        from cchc_desktop.gui.gallery.viewer import PhotoViewer

        self.viewer = PhotoViewer(self._ws, photo, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()  # window-modal, never blocks the event loop

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def flush_pending(self) -> None:
        """Store a caption typed but not yet confirmed (another inspection opens, the view hides)."""
        self.details.flush()

    def closeEvent(self, event: Any) -> None:
        self.cancel_import()
        self.model.clear_pending()
        super().closeEvent(event)
