"""The "Kiến nghị kỳ trước" tab: what earlier inspections asked of this unit (or of the units
it was formed from), reviewed during the visit.

The list is ``store.previous.previous_recommendations``, newest inspection first. The lead
sets each one's status (1 · 2 · 3, or the buttons) and writes the evidence seen; both are
stored at once through ``review_previous`` (the note 400 ms after the last key, or when the
field is left), marking the recommendation as looked at in this inspection. Every change is
an undoable command on the view's stack. A signed inspection shows the review read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.domain.previous import summary
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.gui.inspection.note_edit import NoteEdit
from cchc_desktop.gui.inspection.previous_list import PreviousList, PreviousModel
from cchc_desktop.gui.inspection.result_style import WARNING_CSS, key_button, restyle
from cchc_desktop.gui.inspection.tab_editor import TabEditor, key_hint, side_by_side
from cchc_desktop.gui.models.followups import STATUS_TITLES, STATUSES
from cchc_desktop.gui.models.rows import ROW_ROLE
from cchc_desktop.gui.theme import set_role
from cchc_desktop.store.previous import (
    Review,
    predecessors,
    previous_recommendations,
    restore_review,
    review_previous,
)
from cchc_desktop.store.workspace import Workspace

# Each status wears the colours of the result it matches: not done red, under way amber, done green.
_LOOK_OF = {
    FollowUpStatus.CHUA_THUC_HIEN.value: Result.KHONG_DAT,
    FollowUpStatus.DANG_THUC_HIEN.value: Result.DAT_MOT_PHAN,
    FollowUpStatus.DA_HOAN_THANH.value: Result.DAT,
}


class PreviousPanel(TabEditor):
    """The tab (``changed`` and ``problem``: see ``TabEditor``)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, _store_note_directly, parent)
        self.setObjectName("previousPanel")
        self._build_heading()
        self._build_list()
        detail = self._build_detail()
        left = self._build_left()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        sides = side_by_side(left, detail, [700, 460])
        # On a short screen the recommendation's facts scroll inside their frame; its status
        # buttons and evidence note come first and stay in sight.
        frame = sides.widget(1)
        assert frame is not None
        frame.setObjectName("previousDetailsFrame")
        layout.addWidget(sides, 1)
        self.setFocusProxy(self.list)
        self._connect()
        self._loading = False
        self._show_row(None)

    def _build_heading(self) -> None:
        """The inspection the recommendations come from, the count, a warning when needed."""
        self.heading = QLabel()
        self.heading.setObjectName("previousHeading")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("previousSummary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.warning = QLabel()
        self.warning.setObjectName("previousWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_CSS)
        self.warning.hide()

    def _build_list(self) -> None:
        self.model = PreviousModel(self)
        self.list = PreviousList()
        self.list.setModel(self.model)
        self.list.setup_columns()
        self.empty = QLabel()
        self.empty.setObjectName("previousEmpty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.empty.hide()

    def _build_detail(self) -> QWidget:
        """The recommendation chosen: its text and facts, status buttons, evidence note."""
        self.text = QLabel()
        self.text.setObjectName("previousText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.text.font())
        big.setBold(True)
        self.text.setFont(big)
        self.facts = QLabel()
        self.facts.setObjectName("previousFacts")
        self.facts.setWordWrap(True)
        set_role(self.facts, "hint")
        self.late = QLabel()
        self.late.setObjectName("previousLate")
        set_role(self.late, "error")
        grid = self._build_status_buttons()
        self.note = NoteEdit()
        self.note.setObjectName("previousNote")
        self.note.setPlaceholderText(
            self.tr("Minh chứng đã xem: văn bản, số liệu, nơi đã kiểm tra… (Enter để bắt đầu ghi)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note.setMaximumHeight(140)
        note_label = QLabel(self.tr("&Minh chứng đã xem"))
        note_label.setBuddy(self.note)
        self.seen = QLabel()
        self.seen.setObjectName("previousSeen")
        self.seen.setWordWrap(True)
        set_role(self.seen, "hint")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 8, 12, 8)
        detail_layout.addWidget(self.text)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.late)
        detail_layout.addSpacing(4)
        detail_layout.addLayout(grid)
        detail_layout.addWidget(note_label)
        detail_layout.addWidget(self.note)
        detail_layout.addWidget(self.seen)
        detail_layout.addStretch(1)
        return detail

    def _build_status_buttons(self) -> QGridLayout:
        """One checkable button per follow-up status, two by two, keys 1–3."""
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for place, status in enumerate(STATUSES):
            button = key_button(
                status.key,
                self.tr(STATUS_TITLES[status.value]),
                _LOOK_OF[status.value],
                self.tr("Phím %1").replace("%1", status.key),
                height=36,
            )
            button.setObjectName(f"status_{status.value}")
            button.clicked.connect(lambda _c=False, s=status.value: self.set_status(s))
            grid.addWidget(button, place // 2, place % 2)
            self.buttons[status.value] = button
        return grid

    def _build_left(self) -> QWidget:
        """The list of recommendations, its empty text and the keys."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(
            key_hint(
                self.tr(
                    "Phím: 1 Chưa thực hiện · 2 Đang thực hiện · 3 Đã hoàn thành · ↑↓ Chuyển · "
                    "Enter Ghi minh chứng · Esc Về danh sách · Ctrl+Z Hoàn tác"
                )
            )
        )
        return left

    def _connect(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.status_key.connect(lambda n: self.set_status(FollowUpStatus.by_key(str(n)).value))
        self.list.note_key.connect(self.focus_note)
        self.list.undo_key.connect(self._undo_requested)
        self.list.redo_key.connect(self._redo_requested)
        self.note.textChanged.connect(self._note_typed)
        self.note.focus_left.connect(self.flush_pending)
        self.note.escape_pressed.connect(self.back_to_list)

    # -- the seam the view uses -----------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection's previous recommendations, the first not yet looked at chosen."""
        inspection = self._open(inspection_id)
        names = [p["name"] for p in predecessors(self.ws, inspection["unit_id"])]
        if names:
            self.heading.setText(
                self.tr(
                    "Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này và các đơn vị "
                    "hợp thành: %1."
                ).replace("%1", ", ".join(names))
            )
        else:
            self.heading.setText(
                self.tr("Kiến nghị của các đoàn kiểm tra trước đối với đơn vị này.")
            )
        rows = previous_recommendations(self.ws, inspection_id)
        self.model.set_rows(rows)
        self.model.fetch_all()
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "Chưa có kiến nghị nào của đoàn kiểm tra trước đối với đơn vị này. Nếu đơn vị "
                "chưa được kiểm tra lần nào, tiêu chí về thực hiện kiến nghị ghi «Không áp dụng»."
            )
        )
        self._show_counts()
        first = next((n for n, r in enumerate(rows) if not r["checked"]), 0 if rows else None)
        if first is None:
            self._show_row(None)
        else:
            self.select(rows[first]["id"])

    def flush_pending(self) -> None:
        """Store a note typed but not yet stored (the debounce is cut short)."""
        self._text_timer.stop()
        for finding_id, text in self._pending.take_all():
            self._store_note(finding_id, text)

    # -- choosing -------------------------------------------------------------------------

    def current_row(self) -> dict[str, Any] | None:
        row = self.list.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, dict) else None

    def select(self, finding_id: str) -> None:
        number = self.model.row_of(finding_id)
        if number is None:
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(number, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def focus_target(self, finding_id: str, _field: str = "") -> None:
        """The recommendation chosen and the list focused (a link of the readiness list)."""
        self.select(finding_id)
        self.list.setFocus()

    def focus_note(self) -> None:
        if self.current_row() is not None and not self.read_only:
            self.note.setFocus()
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def back_to_list(self) -> None:
        self.flush_pending()
        self.list.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_pending()
        self._show_row(current.data(ROW_ROLE) if current.isValid() else None)

    # -- changes --------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Give the current recommendation a status, seen in this inspection."""
        row = self.current_row()
        if row is None or self._refused():
            return
        self.flush_pending()
        label = self.tr(STATUS_TITLES[status])
        self._change(
            row, {"status": status}, self.tr("Kiến nghị kỳ trước: %1").replace("%1", label)
        )

    def _note_typed(self) -> None:
        row = self.current_row()
        if self._loading or row is None or self.read_only:
            return
        self._typed(row["id"], self.note.toPlainText())

    def _store_note(self, finding_id: str, text: str) -> None:
        number = self.model.row_of(finding_id)
        if number is None:
            return
        row = self.model.row(number)
        if clean_multiline(text) == row["status_note"] and row["checked"]:
            return
        self._change(
            row,
            {"note": text},
            self.tr("Kiến nghị kỳ trước: minh chứng"),
            merge_key=("previous-note", finding_id),
        )

    def _change(
        self, row: dict[str, Any], values: dict[str, str], text: str, *, merge_key: Any = None
    ) -> None:
        """Store a review now; then record how to undo it (the review it replaced)."""
        assert self.inspection_id is not None
        inspection_id, finding_id = self.inspection_id, row["id"]
        before = Review.of(row)
        try:
            stored = review_previous(self.ws, inspection_id, finding_id, **values)
        except UserError as exc:
            self.problem.emit(exc.message)
            return
        after = Review.of(stored)
        self._apply(stored)
        if self._undo is not None:
            self._undo.push(
                StoredChange(
                    text,
                    redo=lambda: self._restore(inspection_id, finding_id, after),
                    undo=lambda: self._restore(inspection_id, finding_id, before),
                    merge_key=merge_key,
                )
            )

    def _restore(self, inspection_id: str, finding_id: str, review: Review) -> bool:
        try:
            restore_review(self.ws, inspection_id, finding_id, review)
        except UserError as exc:
            self.problem.emit(exc.message)
            return False
        if inspection_id == self.inspection_id:
            stored = next(
                r for r in previous_recommendations(self.ws, inspection_id) if r["id"] == finding_id
            )
            self._apply(stored)
        return True

    def _apply(self, stored: dict[str, Any]) -> None:
        """Show a review just stored: its row, the panel if it is current, the counts."""
        number = self.model.row_of(stored["id"])
        if number is None:
            return
        self.model.replace_row(number, stored)
        current = self.current_row()
        if current is not None and current["id"] == stored["id"]:
            typed = clean_multiline(self.note.toPlainText())
            self._show_row(stored, keep_note=typed == stored["status_note"])
        self._show_counts()
        self.changed.emit()

    def _refused(self) -> bool:
        return self._refused_when_signed(
            self.tr("Biên bản đã ký: kết quả xem xét kiến nghị kỳ trước chỉ để xem.")
        )

    # -- showing --------------------------------------------------------------------------

    def _show_counts(self) -> None:
        rows = self.model.rows()
        self.summary.setText(summary(r["status"] for r in rows))
        waiting = sum(1 for r in rows if not r["checked"])
        self.warning.setVisible(bool(waiting) and not self.read_only)
        self.warning.setText(
            self.tr("⚠ %n kiến nghị chưa được xem xét trong cuộc kiểm tra này.", "", waiting)
        )

    def _show_row(self, row: dict[str, Any] | None, *, keep_note: bool = False) -> None:
        self._loading = True
        try:
            editable = row is not None and not self.read_only
            for value, button in self.buttons.items():
                button.setChecked(row is not None and row["checked"] and row["status"] == value)
                button.setEnabled(editable)
            self.note.setReadOnly(not editable)
            if row is None:
                self.text.setText(self.tr("Chọn một kiến nghị trong danh sách."))
                for label in (self.facts, self.late, self.seen):
                    label.clear()
                self.note.clear()
                return
            self.text.setText(row["text"])
            self.facts.setText(self._facts(row))
            self.late.setText(self.tr("⚠ Đã quá thời hạn") if row["overdue"] else "")
            self.late.setVisible(bool(row["overdue"]))
            if not keep_note and self.note.toPlainText() != row["status_note"]:
                self.note.setPlainText(row["status_note"])
            self._show_seen(row)
        finally:
            self._loading = False

    def _show_seen(self, row: dict[str, Any]) -> None:
        if row["checked"]:
            text = self.tr("✓ Đã xem xét trong cuộc kiểm tra này: %1.").replace(
                "%1", self.tr(STATUS_TITLES[row["status"]]).lower()
            )
            restyle(self.seen, "")
        else:
            text = self.tr(
                "Chưa xem xét trong cuộc kiểm tra này. Theo dõi hiện ghi: %1. Chọn tình trạng "
                "đã thấy (1 · 2 · 3), kể cả khi không đổi."
            ).replace("%1", self.tr(STATUS_TITLES[row["status"]]).lower())
            restyle(self.seen, WARNING_CSS)
        self.seen.setText(text)

    def _facts(self, row: dict[str, Any]) -> str:
        """Where and when it was made (one line), who answers for it and by when (another)."""
        made = (
            self.tr("biên bản số %1 ngày %2").replace("%1", row["doc_number"])
            if row["doc_number"]
            else self.tr("kiểm tra ngày %2")
        ).replace("%2", dmy(row["date"]))
        deadline = dmy(row["deadline"]) if row["deadline"] else self.tr("không có")
        return "\n".join(
            (
                f"{row['unit']} · {made} · {row['plan_number']}",
                self.tr("Trách nhiệm: %1").replace("%1", row["responsible"] or "—")
                + " · "
                + self.tr("Thời hạn: %1").replace("%1", deadline),
            )
        )


def _store_note_directly(ws: Workspace, inspection_id: str, finding_id: str, text: str) -> None:
    review_previous(ws, inspection_id, finding_id, note=text)
