"""The "Xuất gói đồng bộ" dialog: which inspections, and where the package goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.store.inspections import list_inspections
from cchc_desktop.store.workspace import Workspace


class ExportDialog(QDialog):
    """Choose inspections (or all) and a destination; ``chosen`` carries the decision."""

    chosen = Signal(object, bool, object)  # ids, everything, target path or None (outbox)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất gói đồng bộ"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chọn các cuộc kiểm tra cần gửi:")))
        self.all_box = QCheckBox(self.tr("Tất cả dữ liệu của máy này"))
        layout.addWidget(self.all_box)
        self.list = QListWidget()
        for row in list_inspections(ws):
            text = f"{dmy(row['date'])}  {row['unit_name']}  ({row['plan_number']}, {row['answered']}/{row['total']})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.all_box.toggled.connect(lambda on: self.list.setEnabled(not on))

        self.to_outbox = QRadioButton(
            self.tr("Vào hộp thư đi ({folder})").format(folder=ws.folder.outbox_dir)
        )
        self.to_file = QRadioButton(self.tr("Vào tệp:"))
        self.to_outbox.setChecked(True)
        layout.addWidget(self.to_outbox)
        line = QHBoxLayout()
        line.addWidget(self.to_file)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("ví dụ: E:/goi-dong-bo.cchc"))
        line.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        line.addWidget(browse)
        layout.addLayout(line)
        self.path_edit.textEdited.connect(lambda _t: self.to_file.setChecked(True))

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Xuất gói"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def check(self, inspection_id: str) -> None:
        """Tick one inspection (the window's "export this one" and the tests use it)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == inspection_id:
                item.setCheckState(Qt.CheckState.Checked)

    def selected_ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu gói"),
            "",
            self.tr("Gói CCHC (*.cchc)"),
        )
        if name:
            self.path_edit.setText(name)
            self.to_file.setChecked(True)

    def _accept(self) -> None:
        everything = self.all_box.isChecked()
        ids = self.selected_ids()
        if not everything and not ids:
            self.error.setText(self.tr("Hãy chọn ít nhất một cuộc kiểm tra."))
            return
        target = None
        if self.to_file.isChecked():
            text = self.path_edit.text().strip()
            if not text:
                self.error.setText(self.tr("Hãy ghi đường dẫn tệp đích."))
                return
            target = Path(text)
        self.chosen.emit(ids, everything, target)
        self.accept()
