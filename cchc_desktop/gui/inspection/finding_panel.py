"""The detail panel of one finding: its text, the criterion it comes from and, for a kiến nghị,
who must act, by when, and how far they have got."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.findings import FindingKind, FollowUpStatus
from cchc_desktop.gui.inspection.note_edit import NoteEdit
from cchc_desktop.gui.theme import set_role

_KIEN_NGHI = FindingKind.KIEN_NGHI.value


class FindingPanel(QWidget):
    """Shows one finding (or a new one being written) and reports edits; it stores nothing."""

    text_edited = Signal(str)
    responsible_edited = Signal(str)
    field_changed = Signal(str, object)  # "deadline" (ISO or None), "status", "criterion_code"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self._row: dict[str, Any] | None = None
        self.new_kind: str | None = None

        self.heading = QLabel()
        self.heading.setObjectName("findingHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")

        self.text = NoteEdit()
        self.text.setObjectName("findingText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        self.text.textChanged.connect(self._text_changed)

        self.criterion = QComboBox()
        self.criterion.setObjectName("findingCriterion")
        # As wide as the panel allows, not as its longest criterion (which made the panel
        # scroll sideways); the open list shows the criteria whole.
        self.criterion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.criterion.setMinimumContentsLength(16)
        self.criterion.currentIndexChanged.connect(self._criterion_changed)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("findingResponsible")
        self.responsible.setPlaceholderText(
            self.tr("Ví dụ: UBND xã; Trung tâm Phục vụ hành chính công xã")
        )
        self.responsible.textEdited.connect(self._responsible_changed)
        deadline_box = self._build_deadline()
        self.status = QComboBox()
        self.status.setObjectName("findingStatus")
        for status in FollowUpStatus:
            self.status.addItem(status.label, status.value)
        self.status.currentIndexChanged.connect(self._status_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tiêu chí liên quan"), self.criterion)
        self.recommendation_rows: list[tuple[str, QWidget]] = [
            (self.tr("Chịu trách nhiệm"), self.responsible),
            (self.tr("Thời hạn"), deadline_box),
            (self.tr("Tình trạng thực hiện"), self.status),
        ]
        for label, field in self.recommendation_rows:
            form.addRow(label, field)
        self.form = form

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("Nội dung")))
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_finding(None)

    def _build_deadline(self) -> QWidget:
        """Whether there is a deadline, and the date."""
        self.has_deadline = QCheckBox(self.tr("Có thời hạn"))
        self.has_deadline.setObjectName("findingHasDeadline")
        self.has_deadline.toggled.connect(self._deadline_changed)
        self.deadline = QDateEdit()
        self.deadline.setObjectName("findingDeadline")
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.deadline.setCalendarPopup(True)
        self.deadline.setKeyboardTracking(False)  # one save per finished date, not per digit
        self.deadline.dateChanged.connect(self._deadline_changed)
        deadline_box = QWidget()
        deadline_row = QHBoxLayout(deadline_box)
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        return deadline_box

    # -- showing --------------------------------------------------------------------------

    @property
    def finding_id(self) -> str | None:
        return self._row["id"] if self._row else None

    @property
    def kind(self) -> str | None:
        return self._row["kind"] if self._row else self.new_kind

    def set_criteria(self, criteria: list[tuple[str, str]]) -> None:
        """The criteria a finding may name: (code, text) in checklist order."""
        self._loading = True
        self.criterion.clear()
        self.criterion.addItem(self.tr("(không gắn tiêu chí)"), None)
        for code, text in criteria:
            short = text if len(text) <= 70 else text[:69] + "…"
            self.criterion.addItem(f"{code} – {short}", code)
        view = self.criterion.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self._loading = False

    def show_finding(self, row: dict[str, Any] | None, *, keep_text: bool = False) -> None:
        self._row = dict(row) if row else None
        self.new_kind = None
        self._loading = True
        try:
            if row is None:
                self.heading.setText(self.tr("Chưa chọn nhận xét"))
                self.hint.setText(
                    self.tr("Chọn một dòng bên trái, hoặc thêm ưu điểm, tồn tại, kiến nghị mới.")
                )
                self.text.clear()
                self._set_recommendation_visible(False)
                self._apply_enabled()
                return
            self.heading.setText(FindingKind(row["kind"]).label)
            self.hint.clear()
            if not keep_text:
                self.text.setPlainText(row["text"])
            self.criterion.setCurrentIndex(max(0, self.criterion.findData(row["criterion_code"])))
            recommendation = row["kind"] == _KIEN_NGHI
            self._set_recommendation_visible(recommendation)
            if recommendation:
                self.responsible.setText(row["responsible"] or "")
                self.has_deadline.setChecked(bool(row["deadline"]))
                if row["deadline"]:
                    self.deadline.setDate(QDate.fromString(row["deadline"], "yyyy-MM-dd"))
                else:
                    self.deadline.setDate(QDate.currentDate().addMonths(1))
                self.status.setCurrentIndex(max(0, self.status.findData(row["status"])))
            self._apply_enabled()
        finally:
            self._loading = False

    def show_new(self, kind: str) -> None:
        """An empty finding of ``kind``: stored as soon as it has some text."""
        self.show_finding(None)
        self.new_kind = kind
        self._loading = True
        self.heading.setText(self.tr("%1 mới").replace("%1", FindingKind(kind).label))
        self.hint.setText(
            self.tr("Gõ nội dung; dòng mới được lưu ngay khi có chữ. Esc để quay lại danh sách.")
        )
        self.text.clear()
        # Every field of the new line can be filled at once, before or after its text: they
        # go with the text when it is stored (fields never wait for the store, so Tab from the
        # text lands in "Chịu trách nhiệm", not on the button after a disabled field).
        recommendation = kind == _KIEN_NGHI
        self._set_recommendation_visible(recommendation)
        self.criterion.setCurrentIndex(0)
        self.responsible.clear()
        self.has_deadline.setChecked(False)
        self.deadline.setDate(QDate.currentDate().addMonths(1))
        self._loading = False
        self._apply_enabled()

    def new_values(self) -> dict[str, Any]:
        """What was filled in beside the text of a new line (for ``add_finding``)."""
        values: dict[str, Any] = {"criterion": self.criterion.currentData() or None}
        if self.new_kind == _KIEN_NGHI:
            values["responsible"] = self.responsible.text().strip()
            if self.has_deadline.isChecked():
                date = self.deadline.date()
                values["deadline"] = dt.date(date.year(), date.month(), date.day()).isoformat()
        return values

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_enabled()

    def _set_recommendation_visible(self, visible: bool) -> None:
        for _label, field in self.recommendation_rows:
            self.form.setRowVisible(field, visible)

    def _apply_enabled(self) -> None:
        exists = self._row is not None
        writable = not self._read_only
        line = exists or self.new_kind is not None
        self.text.setReadOnly(not (writable and line))
        self.criterion.setEnabled(writable and line)
        self.responsible.setEnabled(writable and line)
        self.has_deadline.setEnabled(writable and line)
        self.deadline.setEnabled(writable and line and self.has_deadline.isChecked())
        # The follow-up moves after signing too: it records what the unit did since.
        self.status.setEnabled(exists)

    # -- edits ----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if not self._loading and (self._row is not None or self.new_kind is not None):
            self.text_edited.emit(self.text.toPlainText())

    def _responsible_changed(self, text: str) -> None:
        if not self._loading and self._row is not None:
            self.responsible_edited.emit(text)

    def _deadline_changed(self, *_args: object) -> None:
        self.deadline.setEnabled(
            not self._read_only
            and (self._row is not None or self.new_kind is not None)
            and self.has_deadline.isChecked()
        )
        if self._loading or self._row is None:
            return
        value = None
        if self.has_deadline.isChecked():
            date = self.deadline.date()
            value = dt.date(date.year(), date.month(), date.day()).isoformat()
        self.field_changed.emit("deadline", value)

    def _status_changed(self, _index: int) -> None:
        if not self._loading and self._row is not None:
            self.field_changed.emit("status", self.status.currentData())

    def _criterion_changed(self, _index: int) -> None:
        if not self._loading and self._row is not None:
            self.field_changed.emit("criterion_code", self.criterion.currentData())

    def focus_text(self) -> None:
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
