"""The strip under the follow-up list: the chosen kiến nghị in full, its facts, and the
controls that change its status (combo), undo it, and open its inspection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.followups import STATUS_TITLES, STATUSES, days_late
from cchc_desktop.gui.models.rows import Row
from cchc_desktop.gui.theme import set_role


class FollowupPanel(QFrame):
    """Shows one row of the follow-up list; ``status_chosen`` when the user picks a status."""

    status_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("followupText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("font-weight: 600;")
        self.facts = QLabel()
        self.facts.setObjectName("followupFacts")
        self.facts.setWordWrap(True)
        set_role(self.facts, "hint")
        self.evidence = QLabel()
        self.evidence.setObjectName("followupEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.hide()
        self.late = QLabel()
        self.late.setObjectName("followupLate")
        set_role(self.late, "error")
        self.late.setStyleSheet("font-weight: 600;")

        controls = self._build_controls()
        self.problem = QLabel()
        self.problem.setObjectName("followupProblem")
        set_role(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        facts = QHBoxLayout()
        facts.addWidget(self.facts, 1)
        facts.addWidget(self.late)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(facts)
        layout.addWidget(self.evidence)
        layout.addLayout(controls)
        layout.addWidget(self.problem)
        self.status.activated.connect(lambda _i: self.status_chosen.emit(self.status.currentData()))
        self.show_row(None)

    def _build_controls(self) -> QHBoxLayout:
        """The status to set (keys 1–3 on the list), undo, open the inspection."""
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.status.setAccessibleName(tr("Tình trạng thực hiện kiến nghị"))
        for number, status in enumerate(STATUSES, start=1):
            self.status.addItem(f"{number}. {tr(STATUS_TITLES[status.value])}", status.value)
        status_label = QLabel(tr("Cậ&p nhật tình trạng:"))
        status_label.setBuddy(self.status)
        keys = QLabel(tr("Phím 1 · 2 · 3 trên danh sách; Ctrl+Z hoàn tác"))
        set_role(keys, "hint")
        self.undo_button = QPushButton(tr("&Hoàn tác"))
        self.undo_button.setObjectName("undoStatus")
        self.undo_button.setToolTip(tr("Hoàn tác lần đổi tình trạng vừa rồi (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.open_button = QPushButton(tr("&Mở cuộc kiểm tra"))
        self.open_button.setObjectName("openFollowup")
        self.open_button.setToolTip(tr("Mở phần kiến nghị của cuộc kiểm tra (Enter)"))
        controls = QHBoxLayout()
        controls.addWidget(status_label)
        controls.addWidget(self.status)
        controls.addWidget(keys, 1)
        controls.addWidget(self.undo_button)
        controls.addWidget(self.open_button)
        return controls

    def show_row(self, row: Row | None) -> None:
        """Show a row (None: nothing chosen; the controls are disabled)."""
        for widget in (self.status, self.open_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.text.setText(tr("Chọn một kiến nghị để xem đầy đủ và cập nhật tình trạng."))
            self.facts.clear()
            self.late.clear()
            self.evidence.hide()
            return
        self.text.setText(row["text"])
        deadline = dmy(row["deadline"]) if row["deadline"] else tr("không có")
        parts = [
            row["unit_name"],
            row["plan_number"],
            tr("kiểm tra ngày {date}").replace("{date}", dmy(row["date"])),
            tr("Trách nhiệm: {who}").replace("{who}", row["responsible"] or "—"),
            tr("Thời hạn: {date}").replace("{date}", deadline),
        ]
        self.facts.setText(" · ".join(parts))
        if row["overdue"]:
            self.late.setText(tr("⚠ Quá hạn {n} ngày").replace("{n}", str(days_late(row))))
        else:
            self.late.clear()
        self.status.setCurrentIndex(max(0, self.status.findData(row["status"])))
        self.evidence.setText(evidence_text(row))
        self.evidence.setVisible(bool(row.get("status_note") or row.get("checked_on")))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def evidence_text(row: Row) -> str:
    """What a later inspection saw of it: "Đoàn kiểm tra ngày 04/12/2026 đã xem: …"."""
    note = row.get("status_note") or ""
    if row.get("checked_on"):
        seen = tr("Đoàn kiểm tra ngày {date} đã xem xét").replace("{date}", dmy(row["checked_on"]))
        return f"{seen}: {note}" if note else seen + "."
    return tr("Minh chứng: {note}").replace("{note}", note) if note else ""
