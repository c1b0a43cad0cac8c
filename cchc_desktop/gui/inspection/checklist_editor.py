"""The checklist editor: criteria grouped by area on the left, the current one on the right.

Every result and score is stored the moment it is given (``store.answers.set_answer``, one
small transaction through records and the audit log). Notes are stored as the lead types:
400 ms after the last keystroke, and at once when the note loses focus, another criterion is
chosen, the view hides or is destroyed — whatever comes first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.previous import note_with_summary
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.checklist_flow import ChecklistFlow
from cchc_desktop.gui.inspection.checklist_model import (
    ChecklistFilter,
    ChecklistModel,
    Role,
)
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.gui.inspection.criteria_tree import CriteriaTree
from cchc_desktop.gui.inspection.criterion_panel import CriterionPanel
from cchc_desktop.gui.inspection.criterion_photos import ADD_KEY, CriterionPhotos
from cchc_desktop.gui.inspection.note_suggestions import NoteHelper
from cchc_desktop.gui.inspection.previous_summary import PreviousSummaryBox
from cchc_desktop.gui.inspection.tab_editor import TabEditor, key_hint, side_by_side
from cchc_desktop.gui.theme import set_role
from cchc_desktop.photos import library
from cchc_desktop.store.answers import set_answer, stored_answer
from cchc_desktop.store.detail import checklist
from cchc_desktop.store.workspace import Workspace


class ChecklistEditor(ChecklistFlow, TabEditor):
    """The "Bảng kiểm" tab (``changed`` and ``problem``: see ``TabEditor``; ``notice(kind,
    text)`` for good news, ``gallery_requested(code)`` to see a criterion's photos there;
    ``phonePhotosRequested(code)``: the "Ảnh từ điện thoại…" button, which the view hands to
    the gallery; ``tab_requested(key)``: the criterion on recommendations opens "previous")."""

    notice = Signal(str, str)
    gallery_requested = Signal(str)
    phonePhotosRequested = Signal(str)
    tab_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, _store_note_directly, parent)
        self.setObjectName("checklistEditor")

        self.model = ChecklistModel(self)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = CriteriaTree()
        self.tree.setModel(self.proxy)
        self.tree.setup_columns()
        self.panel = CriterionPanel()
        self.previous_box = PreviousSummaryBox(workspace)
        # Answering moves on (the setting "advance_after_answer"; the host keeps this in step).
        self.advance_after_answer = True
        self.photos = CriterionPhotos(workspace)
        self.panel.attach_photos(self.photos)
        self.notes = NoteHelper(workspace, self.panel.note, self)
        self.panel.note_row.addWidget(self.notes.button)
        filter_row = self._build_filters()
        hint = self._key_hint()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.previous_box)  # in sight above the criterion, when shown
        right_layout.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(side_by_side(left, right, [760, 520]))
        self.setFocusProxy(self.tree)
        self._connect()

    def _build_filters(self) -> QHBoxLayout:
        """The filter buttons (Alt+1…4) and, at the right, whether the last change is saved."""
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        filter_row = QHBoxLayout()
        filter_row.setSpacing(4)
        tips = {
            "unmet": self.tr("Tiêu chí Không đạt hoặc Đạt một phần"),
            "missing_note": self.tr("Tiêu chí Không đạt, Đạt một phần chưa có ghi chú"),
        }
        for position, mode in enumerate(ChecklistFilter.MODES, start=1):
            button = QPushButton()
            keys = f"Alt+{position}"
            button.setToolTip(f"{tips[mode]} ({keys})" if mode in tips else keys)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda m=mode: self.set_filter(m))
            button.setObjectName(f"filter_{mode}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_filter(m))
            self.filters.addButton(button)
            self.filter_buttons[mode] = button
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filter_buttons["all"].setChecked(True)
        # "Đã lưu" at the top of the tab, beside the filters: in sight at any window height.
        self.saved = QLabel()
        self.saved.setObjectName("savedState")
        set_role(self.saved, "hint")
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filter_row.addWidget(self.saved)
        return filter_row

    def _key_hint(self) -> QWidget:
        return key_hint(
            self.tr(
                "Phím: 1–4 Trả lời · 0 Xóa · Enter Ghi chú · Ctrl+Enter Chưa trả lời · "
                "Ctrl+D Chép ghi chú · Ctrl+V Dán ảnh · Alt+1…4 Lọc · Ctrl+Z Hoàn tác"
            ),
            self.tr(
                "1 Đạt · 2 Đạt một phần · 3 Không đạt · 4 Không áp dụng · 0 Xóa kết quả\n"
                "↑↓ Chuyển tiêu chí · Enter Ghi chú · Esc, Enter (trong ghi chú) Về danh sách\n"
                "Ctrl+Enter Tiêu chí chưa trả lời · Ctrl+Space Gợi ý ghi chú · "
                "Ctrl+D Chép ghi chú vừa viết\n"
                "Ctrl+V Dán ảnh cho tiêu chí · Ctrl+Shift+A Thêm ảnh… · "
                "Alt+1…4 Bộ lọc · Ctrl+Z Hoàn tác"
            ),
        )

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.result_key.connect(lambda n: self.set_result(Result.by_key(str(n)).value))
        self.tree.clear_key.connect(lambda: self.set_result(None))
        self.tree.note_key.connect(self.focus_note)
        self.tree.next_unanswered_key.connect(self.next_unanswered)
        self.tree.undo_key.connect(self._undo_requested)
        self.tree.redo_key.connect(self._redo_requested)
        self.panel.result_clicked.connect(self.set_result)
        self.panel.score_edited.connect(self.set_score)
        self.panel.note_edited.connect(self._note_typed)
        self.panel.note.focus_left.connect(self.flush_pending)
        self.panel.note.escape_pressed.connect(self.back_to_list)
        self.panel.note.next_requested.connect(self._note_then_next)
        self.panel.phone_photos_requested.connect(self.phonePhotosRequested)
        self.previous_box.use_as_note.connect(self.use_previous_summary)
        self.previous_box.open_list.connect(lambda: self.tab_requested.emit("previous"))
        self.panel.note.return_pressed.connect(self._note_done)
        self.panel.note.suggest_requested.connect(self.notes.open)
        self.panel.note.repeat_requested.connect(self.notes.repeat_last)
        self.tree.suggest_key.connect(self.notes.open)
        self.tree.repeat_note_key.connect(self.notes.repeat_last)
        self.notes.nothing.connect(lambda text: self.notice.emit("info", text))
        self.tree.paste_key.connect(self.photos.paste)
        self.panel.files_dropped.connect(self.photos.import_files)
        self.photos.finished.connect(self._photos_finished)
        self.photos.changed.connect(self._photos_changed)
        self.photos.open_gallery.connect(self.gallery_requested)
        add_photo = QShortcut(QKeySequence(ADD_KEY), self)
        add_photo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_photo.activated.connect(self.photos.choose_files)
        self.model.dataChanged.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)

    # -- the seam the view uses -----------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection's checklist, on its first unanswered criterion."""
        inspection = self._open(inspection_id)
        self.panel.set_read_only(self.read_only)
        self.previous_box.open_inspection(inspection_id, read_only=self.read_only)
        self.photos.set_read_only(self.read_only)
        self.notes.last_written = ""
        self.model.load(checklist(self.ws, inspection_id, inspection["template_id"]))
        self.model.set_photo_counts(library.photo_counts(self.ws, inspection_id))
        self.proxy.set_mode(self.proxy.mode)
        self.tree.span_areas()
        self.tree.expandAll()
        self.saved.clear()
        rows = self.model.rows()
        first = next((r["code"] for r in rows if not r["result"]), None)
        if first is None and rows:
            first = rows[0]["code"]
        if first is not None:
            self.select(first)

    def flush_pending(self) -> None:
        """Store every note typed but not yet stored (the debounce is cut short)."""
        self._text_timer.stop()
        for code, text in self._pending.take_all():
            self._store_note(code, text)

    # -- selection ------------------------------------------------------------------------

    def current_code(self) -> str | None:
        return self.panel.code

    def select(self, code: str) -> None:
        """Make a criterion current (showing it in the list even when the filter hid it)."""
        source = self.model.criterion_index(code)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.set_filter("all")
            index = self.proxy.mapFromSource(source)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def focus_target(self, code: str, field: str = "") -> None:
        """Show a criterion with the cursor where it needs work: its note, or its result."""
        self.select(code)
        if field == "note":
            self.focus_note()
        else:
            self.tree.setFocus()

    def set_filter(self, mode: str) -> None:
        current = self.current_code()
        self.proxy.set_mode(mode)
        self.filter_buttons[mode].setChecked(True)
        self.tree.span_areas()
        self.tree.expandAll()
        if (
            current is not None
            and self.proxy.mapFromSource(self.model.criterion_index(current)).isValid()
        ):
            self.select(current)
        else:
            first = self.proxy.index(0, 0)
            if first.isValid() and self.proxy.rowCount(first) > 0:
                self.tree.setCurrentIndex(self.proxy.index(0, 0, first))
            else:
                self.panel.show_row(None)
                self.panel.text.setText(self.tr("Không có tiêu chí nào trong bộ lọc này."))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_pending()
        source = self.proxy.mapToSource(current)
        row = self.model.criterion(source)
        self.previous_box.show_for(row)
        self.photos.show_criterion(self.inspection_id, row["code"] if row else None)
        self.notes.show_criterion(self.inspection_id, row["code"] if row else None)
        if row is not None:
            self.panel.show_row(row)
            return
        if source.isValid():
            area = source.siblingAtColumn(0)
            total = self.model.rowCount(area)
            done = sum(
                1
                for i in range(total)
                if self.model.index(i, 0, area).data(Role.RESULT) is not None
            )
            self.panel.show_area(
                str(area.data(Role.CODE)), str(area.data(Role.AREA_TITLE)), done, total
            )
        else:
            self.panel.show_row(None)

    # -- changes --------------------------------------------------------------------------

    def set_result(self, result: str | None) -> None:
        """Give the current criterion a result (None clears it)."""
        code = self.current_code()
        if code is None or self._refused():
            return
        self.flush_pending()  # a note being typed is stored first, then shown as stored
        row = self.model.criterion(self.model.criterion_index(code))
        assert row is not None
        if row["result"] == result:
            return
        label = Result(result).label if result else self.tr("chưa trả lời")
        if self._change(code, {"result": result}, f"{code}: {label}"):
            self._after_answer(code)

    def set_score(self, score: float | None) -> None:
        code = self.current_code()
        if code is None or self._refused():
            return
        self.flush_pending()
        self._change(code, {"score": score}, self.tr("%1: điểm").replace("%1", code))

    def _note_typed(self, text: str) -> None:
        code = self.current_code()
        if code is None or self.read_only:
            return
        self._typed(code, text)
        self.saved.setText(self.tr("Đang ghi…"))

    def use_previous_summary(self, summary: str) -> None:
        """Write the previous recommendations' summary into the current criterion's note
        (replacing an earlier summary line; the lead's own words stay)."""
        code = self.current_code()
        if code is None or self._refused():
            return
        self.flush_pending()
        row = self.model.criterion(self.model.criterion_index(code))
        assert row is not None
        note = note_with_summary(row["note"] or "", summary)
        if note != (row["note"] or ""):
            self._change(code, {"note": note}, self.tr("%1: ghi chú").replace("%1", code))

    def _store_note(self, code: str, text: str) -> None:
        row = self.model.criterion(self.model.criterion_index(code))
        if row is None or clean_multiline(text) == (row["note"] or ""):
            self._show_saved()
            return
        self._change(
            code,
            {"note": text},
            self.tr("%1: ghi chú").replace("%1", code),
            merge_key=("note", code),
        )

    def _change(
        self, code: str, after: dict[str, Any], text: str, *, merge_key: Any = None
    ) -> bool:
        """Store a change now; then record how to undo it (the values it replaced)."""
        row = self.model.criterion(self.model.criterion_index(code))
        assert row is not None
        before = {name: row[name] for name in after}
        if not self._write(code, after):
            return False
        if after.get("note"):
            self.notes.last_written = clean_multiline(str(after["note"]))
        if self._undo is not None:
            self._undo.push(
                StoredChange(
                    text,
                    redo=lambda: self._write(code, after),
                    undo=lambda: self._write(code, before),
                    merge_key=merge_key,
                )
            )
        return True

    def _write(self, code: str, values: dict[str, Any]) -> bool:
        """Store values of one answer through the core and show what was stored."""
        assert self.inspection_id is not None
        arguments: dict[str, Any] = {}
        if "result" in values:
            arguments["result"] = values["result"]
        if "note" in values:
            arguments["note"] = values["note"] or ""
        if "score" in values:
            arguments["score"] = values["score"]
        try:
            set_answer(self.ws, self.inspection_id, code, **arguments)
        except UserError as exc:
            self.problem.emit(exc.message)
            self.panel.show_row(self.model.criterion(self.model.criterion_index(code)))
            return False
        stored = stored_answer(self.ws, self.inspection_id, code)
        assert stored is not None  # set_answer has just written it
        self.model.apply(
            code,
            {
                "result": stored["result"],
                "note": stored["note"],
                "score": stored["score"],
                "answered_at": stored["updated_at"],
            },
        )
        if code == self.current_code():
            row = self.model.criterion(self.model.criterion_index(code))
            typed = clean_multiline(self.panel.note.toPlainText())
            self.panel.show_row(row, keep_note=typed == (stored["note"] or ""))
        self._show_saved()
        self.changed.emit()
        return True

    def _show_saved(self) -> None:
        if not self._pending.has_any():
            self.saved.setText(
                self.tr("✓ Đã lưu lúc %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
            )

    def _refused(self) -> bool:
        return self._refused_when_signed(
            self.tr("Biên bản đã ký: bảng kiểm chỉ để xem, không sửa được.")
        )

    def _update_counts(self, *_args: object) -> None:
        counts = self.model.counts()
        labels = {
            "all": self.tr("Tất cả"),
            "unanswered": self.tr("Chưa trả lời"),
            "unmet": self.tr("Chưa đạt"),
            "missing_note": self.tr("Thiếu ghi chú"),
        }
        for mode, button in self.filter_buttons.items():
            button.setText(f"{labels[mode]} ({counts[mode]})")


def _store_note_directly(ws: Workspace, inspection_id: str, code: str, text: str) -> None:
    set_answer(ws, inspection_id, code, note=text)
