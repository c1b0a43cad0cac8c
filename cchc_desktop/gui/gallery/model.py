"""The gallery's list model: photo records read in pages, thumbnails filled in by a worker,
and placeholders for files still being imported."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPen, QPixmap

from cchc_desktop.gui.gallery.thumbs import ThumbnailLoader
from cchc_desktop.photos import library
from cchc_desktop.photos.derive import THUMB_EDGE
from cchc_desktop.store.rows import PhotoRow
from cchc_desktop.store.workspace import Workspace

PAGE = 60
ID_MIME = "application/x-cchc-photo-ids"
IdRole = Qt.ItemDataRole.UserRole + 1
PendingRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Pending:
    """A file being imported: shown at once, replaced when it is settled."""

    key: int
    filename: str


@dataclass
class _State:
    rows: list[PhotoRow] = field(default_factory=list)  # every photo of the filter
    fetched: int = 0  # how many of them the view has asked for
    pending: list[Pending] = field(default_factory=list)


# The roles that show a field of the photo's row as it is.
_FIELD_OF_ROLE: dict[int, Literal["caption", "id"]] = {
    Qt.ItemDataRole.EditRole: "caption",
    IdRole: "id",
}


def _left_out_look(role: int) -> Any:
    """Grey italic: how a photo left out of the minutes looks in the gallery."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor("#888888")
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setItalic(True)
        return font
    return None


def _placeholder(text: str, colour: str) -> QImage:
    image = QImage(THUMB_EDGE, THUMB_EDGE * 3 // 4, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#555")))
    font = QFont()
    font.setPointSize(11)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


class PhotoModel(QAbstractListModel):
    """Rows: the photos of one inspection (optionally one criterion) in order, then pending files.

    Records are read once per ``load`` (small rows) and handed to the view a page at a time
    (``canFetchMore``/``fetchMore``); thumbnails are read by ``ThumbnailLoader`` when a row is
    first painted, and the row is refreshed when its picture arrives.
    """

    thumbnailReady = Signal(str)  # photo id
    filesDropped = Signal(list)  # local paths dropped on the view
    reordered = Signal(list)  # photo ids in their new order

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._state = _State()
        self._thumbs: dict[str, QImage] = {}
        # Icons (made on the GUI thread) scale to the view's icon size; a bare QImage would not.
        self._icons: dict[str, QIcon] = {}
        self._loader = ThumbnailLoader(self)
        self._loader.loaded.connect(self._thumbnail_loaded)
        self._waiting = QIcon(QPixmap.fromImage(_placeholder(self.tr("Đang mở…"), "#e8e8e8")))
        self._processing = QIcon(QPixmap.fromImage(_placeholder(self.tr("Đang xử lý…"), "#fff4d6")))
        self.inspection_id: str | None = None
        self.criterion: str | None = None

    # --- loading -----------------------------------------------------------------------
    def load(self, inspection_id: str | None, criterion: str | None = None) -> None:
        """Show the photos of an inspection (``criterion``: None all, "" general, or a code)."""
        self.beginResetModel()
        rows = (
            library.photos_of(self._ws, inspection_id, criterion=criterion) if inspection_id else []
        )
        # Files being imported stay shown through a change of filter, not of inspection: they
        # belong to the inspection they were dropped on.
        same = inspection_id == self.inspection_id
        pending = self._state.pending if same else []
        self._state = _State(rows=rows, fetched=min(PAGE, len(rows)), pending=pending)
        self.inspection_id = inspection_id
        self.criterion = criterion
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.inspection_id, self.criterion)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._state.fetched < len(self._state.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = self._state.fetched
        count = min(PAGE, len(self._state.rows) - start)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        self._state.fetched += count
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._state.fetched + len(self._state.pending)

    # --- reading -----------------------------------------------------------------------
    def photo(self, row: int) -> PhotoRow | None:
        if 0 <= row < self._state.fetched:
            return self._state.rows[row]
        return None

    def photo_ids(self) -> list[str]:
        return [r["id"] for r in self._state.rows]

    def row_of(self, photo_id: str) -> int:
        for index, row in enumerate(self._state.rows[: self._state.fetched]):
            if row["id"] == photo_id:
                return index
        return -1

    def thumbnails_ready(self) -> bool:
        """Every fetched photo shows its real thumbnail and no import is pending."""
        return not self._state.pending and all(
            r["sha256"] in self._thumbs for r in self._state.rows[: self._state.fetched]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = index.row()
        if row >= self._state.fetched:
            return self._pending_data(self._state.pending[row - self._state.fetched], role)
        return self._photo_data(self._state.rows[row], role)

    def _pending_data(self, pending: Pending, role: int) -> Any:
        """A photo still being imported: its file name, the processing picture."""
        if role == Qt.ItemDataRole.DisplayRole:
            return pending.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self._processing
        if role == PendingRole:
            return True
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}: đang xử lý").format(name=pending.filename)
        return None

    def _photo_data(self, photo: PhotoRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(photo)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(photo)
        if role == PendingRole:
            return False
        if role in _FIELD_OF_ROLE:
            return photo[_FIELD_OF_ROLE[role]]
        return None if photo["include_in_minutes"] else _left_out_look(role)

    def _label(self, photo: PhotoRow) -> str:
        text = photo["caption"] or photo["filename"]
        if photo["criterion_code"]:
            text = f"[{photo['criterion_code']}] {text}"
        if not photo["include_in_minutes"]:
            text += " " + self.tr("(không vào biên bản)")
        return str(text)

    def _icon(self, photo: PhotoRow) -> Any:
        """The photo's thumbnail, or the waiting picture while the loader fetches it."""
        icon = self._icons.get(photo["sha256"])
        if icon is None:
            self._loader.request(photo["sha256"], library.thumbnail_path(self._ws, photo))
            return self._waiting
        return icon

    def _tooltip(self, photo: PhotoRow) -> str:
        # The caption in full: under the thumbnail it is cut after two lines.
        lines = [photo["caption"], photo["filename"]] if photo["caption"] else [photo["filename"]]
        if photo["criterion_code"]:
            lines.append(self.tr("Tiêu chí {code}").format(code=photo["criterion_code"]))
        if not photo["include_in_minutes"]:
            lines.append(self.tr("Không đưa vào biên bản"))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if index.row() >= self._state.fetched:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            base
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # --- writing -----------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Editing a cell edits the caption (through the core, like every change)."""
        photo = self.photo(index.row()) if index.isValid() else None
        if photo is None or role != Qt.ItemDataRole.EditRole:
            return False
        library.update_photo(self._ws, photo["id"], caption=str(value))
        self.refresh_photo(photo["id"])
        return True

    def refresh_photo(self, photo_id: str) -> None:
        """Read one photo's record again after an edit and repaint it."""
        for position, row in enumerate(self._state.rows):
            if row["id"] == photo_id:
                fresh = library.get_photo(self._ws, photo_id)
                self._state.rows[position] = fresh
                if position < self._state.fetched:
                    index = self.index(position)
                    self.dataChanged.emit(index, index)
                return

    def thumbnail(self, photo_id: str) -> QImage | None:
        """The loaded thumbnail of a photo (None while it is still being read)."""
        for row in self._state.rows:
            if row["id"] == photo_id:
                return self._thumbs.get(row["sha256"])
        return None

    def _thumbnail_loaded(self, sha: str, image: QImage) -> None:
        self._thumbs[sha] = image
        self._icons[sha] = QIcon(QPixmap.fromImage(image))
        for position, row in enumerate(self._state.rows[: self._state.fetched]):
            if row["sha256"] == sha:
                index = self.index(position)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
                self.thumbnailReady.emit(row["id"])

    # --- imports in progress -------------------------------------------------------------
    def add_pending(self, names: list[str]) -> list[int]:
        """Show placeholders for files being imported; returns their keys."""
        if not names:
            return []
        start = self.rowCount()
        first_key = max((p.key for p in self._state.pending), default=-1) + 1
        entries = [Pending(first_key + i, name) for i, name in enumerate(names)]
        self.beginInsertRows(QModelIndex(), start, start + len(entries) - 1)
        self._state.pending.extend(entries)
        self.endInsertRows()
        return [e.key for e in entries]

    def settle_pending(self, key: int, photo_id: str | None) -> None:
        """A file is done: drop its placeholder and, if it became a new photo, show it."""
        for offset, pending in enumerate(self._state.pending):
            if pending.key == key:
                row = self._state.fetched + offset
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._state.pending[offset]
                self.endRemoveRows()
                break
        if photo_id is not None:
            self.show_new(photo_id)

    def show_new(self, photo_id: str) -> None:
        """A photo just stored (an import, the phone): show it in its place, if it belongs to
        what is shown and is not shown already."""
        if self.inspection_id is None:
            return
        if any(r["id"] == photo_id for r in self._state.rows):
            return
        fresh = library.get_photo(self._ws, photo_id)
        if fresh["inspection_id"] != self.inspection_id:
            return  # another inspection was opened while the import ran
        if self.criterion is not None and (fresh["criterion_code"] or "") != self.criterion:
            return
        positions = [r["position"] for r in self._state.rows]
        where = bisect.bisect_right(positions, fresh["position"])
        if where > self._state.fetched:
            self._state.rows.insert(where, fresh)  # beyond what the view has: no row yet
            return
        self.beginInsertRows(QModelIndex(), where, where)
        self._state.rows.insert(where, fresh)
        self._state.fetched += 1
        self.endInsertRows()

    def clear_pending(self) -> None:
        if not self._state.pending:
            return
        first = self._state.fetched
        self.beginRemoveRows(QModelIndex(), first, first + len(self._state.pending) - 1)
        self._state.pending.clear()
        self.endRemoveRows()

    # --- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ID_MIME, "text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        ids = [self.photo(i.row())["id"] for i in indexes if self.photo(i.row())]  # type: ignore[index]
        mime = QMimeData()
        mime.setData(ID_MIME, QByteArray("\n".join(ids).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(ID_MIME) or any(u.isLocalFile() for u in data.urls())

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(ID_MIME):
            moved = bytes(data.data(ID_MIME).data()).decode().split("\n")
            target = parent.row() if parent.isValid() else row
            if target < 0:
                target = self._state.fetched
            order = [i for i in self.photo_ids() if i not in moved]
            before = self.photo_ids()[:target]
            insert_at = len([i for i in before if i not in moved])
            order[insert_at:insert_at] = [i for i in self.photo_ids() if i in moved]
            if order != self.photo_ids():
                self.reordered.emit(order)
            return False  # the view must not delete the dragged rows; reload shows the order
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths)
        return bool(paths)
