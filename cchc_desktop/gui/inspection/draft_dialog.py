""" "Soạn từ bảng kiểm": the proposed tồn tại lines, for the lead to tick and edit.

Nothing is stored here: the dialog only says which lines the lead accepted, as edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.inspection.result_style import LOOKS
from cchc_desktop.store.drafting import Proposal


class DraftDialog(QDialog):
    """One row per criterion not (fully) met: a tick, the criterion, the line proposed."""

    def __init__(self, proposals: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setWindowTitle(self.tr("Soạn tồn tại, hạn chế từ bảng kiểm"))
        self.resize(900, 520)
        self.proposals = proposals

        intro = QLabel(
            self.tr(
                "Các tiêu chí Không đạt và Đạt một phần, với ghi chú của đoàn. Đánh dấu những dòng "
                "muốn thêm vào mục Tồn tại, hạn chế; nhấn đúp vào nội dung để sửa trước khi thêm."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(proposals), 2)
        self.table.setObjectName("draftTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tiêu chí"), self.tr("Dòng tồn tại đề xuất")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill_rows(proposals)
        self.table.resizeRowsToContents()
        self.table.itemChanged.connect(self._update_button)

        select_all = QPushButton(self.tr("Chọn tất cả"))
        select_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        select_none = QPushButton(self.tr("Bỏ chọn tất cả"))
        select_none.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("draftAccept")
        cancel = self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("draftCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row_layout = QHBoxLayout()
        row_layout.addWidget(select_all)
        row_layout.addWidget(select_none)
        row_layout.addStretch(1)
        row_layout.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_layout)
        self._update_button()

    def _fill_rows(self, proposals: list[Proposal]) -> None:
        """A row per proposal: ticked unless already drafted, the line editable."""
        for row, proposal in enumerate(proposals):
            label = f"{proposal.code} · {proposal.result_label}"
            if proposal.already_drafted:
                label += self.tr(" (đã có)")
            pick = QTableWidgetItem(label)
            pick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            pick.setCheckState(
                Qt.CheckState.Unchecked if proposal.already_drafted else Qt.CheckState.Checked
            )
            pick.setToolTip(proposal.criterion_text)
            look = LOOKS[proposal.result]
            pick.setForeground(QColor(look.ink))
            self.table.setItem(row, 0, pick)
            line = QTableWidgetItem(proposal.text)
            line.setToolTip(proposal.criterion_text)
            self.table.setItem(row, 1, line)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.table.rowCount()):
            self._item(row, 0).setCheckState(state)

    def _update_button(self, *_args: object) -> None:
        count = len(self.accepted_lines())
        self.add_button.setText(self.tr("Thêm %1 dòng vào Tồn tại").replace("%1", str(count)))
        self.add_button.setEnabled(count > 0)

    def set_checked(self, code: str, checked: bool) -> None:
        """Tick or untick the line of one criterion (as a click on its box does)."""
        for row, proposal in enumerate(self.proposals):
            if proposal.code == code:
                self._item(row, 0).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )

    def set_text(self, code: str, text: str) -> None:
        """Edit the proposed line of one criterion (as typing into its cell does)."""
        for row, proposal in enumerate(self.proposals):
            if proposal.code == code:
                self._item(row, 1).setText(text)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def accepted_lines(self) -> list[tuple[str, str]]:
        """(criterion code, line as edited) of every ticked row with some text, in order."""
        lines = []
        for row, proposal in enumerate(self.proposals):
            pick, line = self.table.item(row, 0), self.table.item(row, 1)
            if pick is None or line is None:
                continue
            if pick.checkState() == Qt.CheckState.Checked and line.text().strip():
                lines.append((proposal.code, line.text()))
        return lines
