"""Beside the criterion about carrying out recommendations: the summary of the "Kiến nghị kỳ
trước" tab, offered as the criterion's note, so the answer and the evidence agree.

Shown only on that criterion (``domain.previous.is_followup_criterion``, found by its words in
both templates). It reads the store each time it is shown: the tab may have changed a status
a moment ago.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.domain.previous import is_followup_criterion, summary, summary_vi
from cchc_desktop.gui.theme import set_role
from cchc_desktop.store.previous import previous_recommendations
from cchc_desktop.store.workspace import Workspace


class PreviousSummaryBox(QFrame):
    """ "5 kiến nghị: 3 đã hoàn thành, 1 đang thực hiện, 1 chưa thực hiện", two buttons."""

    use_as_note = Signal(str)  # the Vietnamese summary, for the criterion's note
    open_list = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previousSummaryBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ws = workspace
        self.inspection_id: str | None = None
        self._read_only = False
        self._note = ""

        title = QLabel(self.tr("Kiến nghị kỳ trước:"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.text = QLabel()
        self.text.setObjectName("previousSummaryText")
        self.text.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setObjectName("previousSummaryWaiting")
        self.waiting.setWordWrap(True)
        set_role(self.waiting, "error")
        self.note_button = QPushButton(self.tr("Đưa vào ghi ch&ú"))
        self.note_button.setObjectName("previousToNote")
        self.note_button.setToolTip(
            self.tr("Ghi dòng tóm tắt này vào ghi chú của tiêu chí (thay dòng tóm tắt cũ)")
        )
        self.list_button = QPushButton(self.tr("Xem &danh sách"))
        self.list_button.setObjectName("previousOpenList")
        self.list_button.setToolTip(self.tr("Mở thẻ «Kiến nghị kỳ trước» để xem và ghi từng cái"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.list_button)
        buttons.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(heading)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        self.note_button.clicked.connect(lambda: self.use_as_note.emit(self._note))
        self.list_button.clicked.connect(self.open_list)
        self.hide()

    def open_inspection(self, inspection_id: str, *, read_only: bool) -> None:
        self.inspection_id = inspection_id
        self._read_only = read_only

    def show_for(self, row: dict[str, Any] | None) -> None:
        """Show the box when ``row`` (a checklist row) is the criterion on recommendations."""
        wanted = row is not None and self.inspection_id is not None
        wanted = wanted and is_followup_criterion(row["text"] if row else "")
        self.setVisible(wanted)
        if wanted:
            self.refresh()

    def refresh(self) -> None:
        """Read the recommendations again and say what the tab holds now."""
        if self.inspection_id is None:
            return
        rows = previous_recommendations(self.ws, self.inspection_id)
        statuses = [r["status"] for r in rows]
        self._note = summary_vi(statuses)
        self.text.setText(summary(statuses))
        waiting = sum(1 for r in rows if not r["checked"])
        self.waiting.setVisible(bool(waiting))
        self.waiting.setText(
            self.tr("⚠ %n kiến nghị chưa được xem xét trong cuộc kiểm tra này.", "", waiting)
        )
        self.note_button.setEnabled(not self._read_only)
        self.list_button.setVisible(bool(rows))

    def showEvent(self, event: QShowEvent) -> None:
        # Back from the tab where the statuses were set: show what they are now.
        self.refresh()
        super().showEvent(event)
