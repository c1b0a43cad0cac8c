"""What the gallery does to stored photos: edit, reorder and delete them, each a core write
followed by its undo command.

The commands go on the inspection view's undo stack (``set_undo_stack``), which the window's
Edit ▸ Hoàn tác / Làm lại (Ctrl+Z, Ctrl+Y) act on; the gallery registers no Ctrl+Z of its own,
because two shortcuts on one key are both ambiguous and neither fires. "Hoàn tác xóa" undoes
the last delete while it is the last change.

A mixin of ``GalleryWidget``: the widget module holds the widgets and the imports, this one
the changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack

from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.photos import library

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView, QPushButton

    from cchc_desktop.gui.gallery.model import PhotoModel
    from cchc_desktop.store.rows import PhotoRow
    from cchc_desktop.store.workspace import Workspace


class GalleryActions:
    """The changes; the widget provides the model, the view, ``_say`` and ``_show_current``."""

    _ws: Workspace
    model: PhotoModel
    view: QListView
    undo_button: QPushButton
    changed: Any  # Signal()
    _undo: QUndoStack
    _deleted: QUndoCommand | None  # the last delete, for "Hoàn tác xóa"

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """Push every change onto ``stack`` (the inspection view's) instead of the gallery's own."""
        self._undo.indexChanged.disconnect(self._sync_undo_button)
        self._undo = stack
        stack.indexChanged.connect(self._sync_undo_button)
        self._sync_undo_button()

    # --- the side panel's edits ------------------------------------------------------------
    def _edit(self, photo_id: str, field: str, value: Any) -> None:
        """Caption, criterion, minutes flag or stamp, as the side panel changed it."""
        done: dict[str, tuple[Any, Any]] = {}
        if not self._attempt(
            lambda: done.update(library.update_photo(self._ws, photo_id, **{field: value}))
        ):
            return
        if not done:
            return
        ((old, new),) = done.values()
        self._push(
            self.tr("Sửa ảnh"),
            redo=lambda: self._store_edit(photo_id, field, new),
            undo=lambda: self._store_edit(photo_id, field, old),
        )
        self._show_edit(photo_id, field)

    def _store_edit(self, photo_id: str, field: str, value: Any) -> bool:
        if not self._attempt(lambda: library.update_photo(self._ws, photo_id, **{field: value})):
            return False
        self._show_edit(photo_id, field)
        self.select_photo(photo_id)
        return True

    def _show_edit(self, photo_id: str, field: str) -> None:
        if field == "criterion_code" and self.model.criterion is not None:
            self.model.reload()  # it may have left (or joined) the criterion shown
        else:
            self.model.refresh_photo(photo_id)
        self._show_current()
        self.changed.emit()

    # --- order ---------------------------------------------------------------------------
    def _reorder(self, ordered: list[str]) -> None:
        """The order a drag in the list asked for."""
        inspection_id = self.model.inspection_id
        if inspection_id is not None:
            self._store_order(lambda: library.reorder(self._ws, inspection_id, ordered))

    def move_current(self, offset: int) -> None:
        """Ctrl+arrows: the chosen photo ``offset`` places on, among those shown."""
        photo = self.current_photo()
        if photo is None:
            return
        criterion = self.model.criterion
        self._store_order(
            lambda: library.move(self._ws, photo["id"], offset, criterion=criterion),
            select=photo["id"],
        )

    def _store_order(self, work: Callable[[], object], select: str | None = None) -> None:
        inspection_id = self.model.inspection_id
        if inspection_id is None:
            return
        before = self._order(inspection_id)
        if not self._attempt(work):
            return
        after = self._order(inspection_id)
        if after == before:
            return
        self._push(
            self.tr("Đổi thứ tự ảnh"),
            redo=lambda: self._set_order(inspection_id, after, select),
            undo=lambda: self._set_order(inspection_id, before, select),
        )
        self._show_stored(select)

    def _order(self, inspection_id: str) -> list[str]:
        return [row["id"] for row in library.photos_of(self._ws, inspection_id)]

    def _set_order(self, inspection_id: str, order: list[str], select: str | None) -> bool:
        if not self._attempt(lambda: library.reorder(self._ws, inspection_id, order)):
            return False
        self._show_stored(select)
        return True

    # --- delete and its undo ---------------------------------------------------------------
    def delete_selected(self) -> None:
        """Delete the chosen photos (tombstones); "Hoàn tác xóa" or Ctrl+Z brings them back."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        photos = [p for p in (self.model.photo(r) for r in rows) if p is not None]
        if not photos:
            return
        ids = [p["id"] for p in photos]
        if not self._store_deleted(ids, restore=False):
            return
        self._deleted = self._push(
            self.tr("Xóa {n} ảnh").format(n=len(ids)),
            redo=lambda: self._store_deleted(ids, restore=False),
            undo=lambda: self._store_deleted(ids, restore=True),
        )
        self._sync_undo_button()

    def undo_delete(self) -> None:
        """The "Hoàn tác xóa" button: undo the last delete, if nothing was changed since."""
        if self._deleted is not None and self._last_command() is self._deleted:
            self._undo.undo()

    def _store_deleted(self, ids: list[str], *, restore: bool) -> bool:
        work = library.restore_photos if restore else library.delete_photos
        if not self._attempt(lambda: work(self._ws, ids)):
            return False
        self._show_stored(ids[0] if restore else None)
        if restore:
            self._say(self.tr("Đã khôi phục {n} ảnh.").format(n=len(ids)))
        else:
            self._say(self.tr("Đã xóa {n} ảnh khỏi cuộc kiểm tra.").format(n=len(ids)))
        return True

    def _last_command(self) -> QUndoCommand | None:
        index = self._undo.index()
        return self._undo.command(index - 1) if index > 0 else None

    def _sync_undo_button(self) -> None:
        if not shiboken6.isValid(self._undo):
            return  # the view and its stack are being taken down
        self.undo_button.setVisible(
            self._deleted is not None and self._last_command() is self._deleted
        )

    # --- shared ----------------------------------------------------------------------------
    def _attempt(self, work: Callable[[], object]) -> bool:
        """Run one core write; a person's problem (a signed inspection…) is shown, not raised."""
        try:
            work()
        except UserError as exc:
            self._say(exc.message)
            return False
        return True

    def _show_stored(self, select: str | None) -> None:
        """Show the store's order and content again after a change, ``select`` chosen."""
        self.model.reload()
        if select is not None:
            self.select_photo(select)
        self._show_current()
        self.changed.emit()

    def _push(
        self, text: str, *, redo: Callable[[], bool], undo: Callable[[], bool]
    ) -> StoredChange:
        command = StoredChange(text, redo=redo, undo=undo)
        self._undo.push(command)
        return command

    # What the widget provides, for mypy. Kept last in the class: lupdate loses the class (and
    # files this class's tr() strings under no context, where self.tr never looks) when an
    # `if` block comes before the methods.
    if TYPE_CHECKING:

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
        def _say(self, text: str) -> None: ...
        def _show_current(self) -> None: ...
        def select_photo(self, photo_id: str) -> None: ...
        def current_photo(self) -> PhotoRow | None: ...
