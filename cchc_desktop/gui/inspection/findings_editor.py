"""The findings editor: ưu điểm, tồn tại hạn chế and kiến nghị as lists, one finding at hand.

Like the checklist, nothing waits for a Save button: a new line is stored as soon as it has
text, texts 400 ms after the last keystroke (and when the field is left), every other field
at once; every change is an undoable command that writes through the core again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.findings import FindingKind
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.draft_dialog import DraftDialog
from cchc_desktop.gui.inspection.finding_panel import FindingPanel
from cchc_desktop.gui.inspection.findings_actions import FindingActions
from cchc_desktop.gui.inspection.findings_model import FindingsModel, FRole
from cchc_desktop.gui.inspection.findings_tree import FindingsTree
from cchc_desktop.gui.inspection.tab_editor import TabEditor, key_hint, side_by_side
from cchc_desktop.store.detail import checklist
from cchc_desktop.store.findings import (
    add_finding,
    findings_of,
    update_finding,
)
from cchc_desktop.store.workspace import Workspace

_NEW = "new:"


DRAFT_KEY = "Ctrl+Shift+D"


class FindingsEditor(FindingActions, TabEditor):
    """The "Ưu điểm, tồn tại, kiến nghị" tab (``changed`` and ``problem``: see ``TabEditor``;
    ``notice(kind, text)`` for good news)."""

    notice = Signal(str, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, _store_text_directly, parent)
        self.setObjectName("findingsEditor")
        self.draft_dialog: DraftDialog | None = None
        self._syncing = False
        self._switching = False

        self.model = FindingsModel(self)
        self.tree = FindingsTree()
        self.tree.setModel(self.model)
        self.tree.setup_columns()
        self.panel = FindingPanel()

        toolbar = self._build_toolbar()

        hint = key_hint(
            self.tr(
                "Phím: Insert Thêm · Enter Sửa nội dung · Esc Về danh sách · Delete Xóa · "
                "Alt+↑/↓ Đổi thứ tự · Ctrl+Shift+D Soạn từ bảng kiểm · Ctrl+Z Hoàn tác"
            )
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(toolbar)
        layout.addWidget(side_by_side(left, self.panel, [760, 500]), 1)
        self.setFocusProxy(self.tree)
        self._connect()

    def _build_toolbar(self) -> QHBoxLayout:
        """Add a finding of each kind, draft from the checklist (Ctrl+Shift+D), move, delete."""
        self.add_buttons: dict[str, QPushButton] = {}
        toolbar = QHBoxLayout()
        for kind in FindingKind:
            button = QPushButton(self.tr("+ %1").replace("%1", kind.label))
            button.setObjectName(f"add_{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind.value: self.add_new(k))
            toolbar.addWidget(button)
            self.add_buttons[kind.value] = button
        self.draft_button = QPushButton(self.tr("Soạn từ bảng kiểm…"))
        self.draft_button.setObjectName("draftButton")
        self.draft_button.setToolTip(
            self.tr(
                "Đề xuất các dòng tồn tại từ tiêu chí Không đạt, Đạt một phần và ghi chú (%1)"
            ).replace("%1", DRAFT_KEY)
        )
        self.draft_button.clicked.connect(self.draft_from_checklist)
        draft = QShortcut(QKeySequence(DRAFT_KEY), self)
        draft.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        draft.activated.connect(self.draft_from_checklist)
        toolbar.addWidget(self.draft_button)
        toolbar.addStretch(1)
        self.up_button = QPushButton(self.tr("↑ Lên"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("↓ Xuống"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.delete_button.setObjectName("deleteFinding")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.up_button, self.down_button, self.delete_button):
            toolbar.addWidget(button)
        return toolbar

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.add_key.connect(lambda: self.add_new(self._current_kind()))
        self.tree.delete_key.connect(self.delete_current)
        self.tree.move_key.connect(self.move_current)
        self.tree.edit_key.connect(self._edit_requested)
        self.tree.undo_key.connect(self._undo_requested)
        self.tree.redo_key.connect(self._redo_requested)
        self.panel.text_edited.connect(self._text_typed)
        self.panel.responsible_edited.connect(self._responsible_typed)
        self.panel.field_changed.connect(self._field_changed)
        self.panel.responsible.editingFinished.connect(self._flush_soon)
        self.panel.text.focus_left.connect(self._flush_soon)
        self.panel.text.escape_pressed.connect(self._back_to_list)

    # -- the seam the view uses -----------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection's findings, on the first of them."""
        inspection = self._open(inspection_id)
        for button in (
            *self.add_buttons.values(),
            self.draft_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            button.setEnabled(not self.read_only)
        self.panel.set_read_only(self.read_only)
        self.panel.set_criteria(
            [
                (row["code"], row["text"])
                for row in checklist(self.ws, inspection_id, inspection["template_id"])
            ]
        )
        self.model.load(findings_of(self.ws, inspection_id))
        self.tree.expandAll()
        self.panel.show_finding(None)
        first = self.model.index(0, 0, self.model.index(0, 0))
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def flush_pending(self) -> None:
        """Store every text typed but not yet stored (the debounce is cut short)."""
        self._text_timer.stop()
        for key, text in self._pending.take_all():
            field, _, target = key.partition(":")
            if target.startswith(_NEW):
                self._create(target[len(_NEW) :], text)
            elif field == "text" and not clean_multiline(text):
                self.problem.emit(
                    self.tr(
                        "Nội dung nhận xét không được để trống; muốn bỏ dòng này, hãy nhấn Xóa."
                    )
                )
            else:
                self._edit(target, {field: text}, merge=True)

    def _flush_soon(self) -> None:
        """Store typed text once the event that took the focus away is handled: a click on the
        list then lands on the row the lead aimed at, before a stored line moves the rows."""
        QTimer.singleShot(0, self, self.flush_pending)

    # -- selection ------------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self.panel.finding_id

    def select(self, finding_id: str) -> None:
        index = self.model.finding_index(finding_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def focus_target(self, finding_id: str, field: str = "") -> None:
        """Show a finding with the cursor on the field to fix (responsible party, deadline)."""
        self.select(finding_id)
        widget = {
            "responsible": self.panel.responsible,
            "deadline": self.panel.has_deadline,
        }.get(field, self.panel.text)
        widget.setFocus()

    def _current_kind(self) -> str:
        kind = self.tree.currentIndex().data(FRole.KIND)
        return str(kind) if kind else FindingKind.TON_TAI.value

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        target = self.model.finding(current)
        target_id = target["id"] if target else None
        kind = current.data(FRole.KIND) if current.isValid() else None
        # Storing what was typed may rebuild a list (a new line joins it): remember where the
        # lead clicked by identity, and go there once the store is done.
        self._switching = True
        try:
            self.flush_pending()
        finally:
            self._switching = False
        if target_id is not None:
            index = self.model.finding_index(target_id)
        else:
            index = self.model.group_index(str(kind)) if kind else QModelIndex()
        if index.isValid() and self.tree.currentIndex() != index:
            self._syncing = True
            try:
                self.tree.setCurrentIndex(index)
            finally:
                self._syncing = False
        self.panel.show_finding(self.model.finding(index) if index.isValid() else None)

    def _edit_requested(self) -> None:
        if self.panel.finding_id is None:
            self.add_new(self._current_kind())
        else:
            self.panel.focus_text()

    def _back_to_list(self) -> None:
        self.flush_pending()
        self.tree.setFocus()

    # -- changes --------------------------------------------------------------------------

    def add_new(self, kind: str) -> None:
        """Start a new finding of ``kind``: the text field waits; it is stored once it has text."""
        if self.inspection_id is None or self._refused():
            return
        self.flush_pending()
        self.tree.setCurrentIndex(self.model.group_index(kind))
        self.panel.show_new(kind)
        self.panel.focus_text()

    def _attempt(self, work: Callable[[], object], *, select: str | None = "") -> bool:
        """Run one core write; on success show what is stored (and select ``select``)."""
        try:
            work()
        except UserError as exc:
            self.problem.emit(exc.message)
            self._reload(self.current_id())
            return False
        self._reload(self.current_id() if select == "" else select)
        self.changed.emit()
        return True

    def _reload(self, keep: str | None) -> None:
        """Bring the lists in line with the store and keep the lead's place."""
        if self.inspection_id is None:
            return
        self._syncing = True
        try:
            self.model.sync(findings_of(self.ws, self.inspection_id))
            self.tree.expandAll()
        finally:
            self._syncing = False
        if keep is None or self._switching:
            return
        index = self.model.finding_index(keep)
        if not index.isValid():
            return
        if self.tree.currentIndex() != index:
            self._syncing = True
            try:
                self.select(keep)
            finally:
                self._syncing = False
        row = self.model.finding(index)
        typed = clean_multiline(self.panel.text.toPlainText())
        shown = row is not None and (
            self.panel.finding_id == keep or self.panel.new_kind == row["kind"]
        )
        same = shown and row is not None and typed == row["text"]
        self.panel.show_finding(row, keep_text=same)

    def _text_typed(self, text: str) -> None:
        target = self.panel.finding_id or f"{_NEW}{self.panel.new_kind}"
        self._typed(f"text:{target}", text)

    def _responsible_typed(self, text: str) -> None:
        if self.panel.finding_id is not None:
            self._typed(f"responsible:{self.panel.finding_id}", text)

    def _field_changed(self, name: str, value: object) -> None:
        finding_id = self.panel.finding_id
        if finding_id is None:
            # A new line: its text, when typed, is stored now, with this field beside it.
            self.flush_pending()
            return
        self.flush_pending()
        self._edit(finding_id, {name: value})


def _store_text_directly(ws: Workspace, inspection_id: str, key: str, text: str) -> None:
    """The last-resort save of a typed text (see PendingTexts.save_all_quietly)."""
    field, _, target = key.partition(":")
    if target.startswith(_NEW):
        if clean_multiline(text):
            add_finding(ws, inspection_id, kind=target[len(_NEW) :], text=text)
    elif field == "text":
        if clean_multiline(text):
            update_finding(ws, target, text=text)
    else:
        update_finding(ws, target, responsible=text)
