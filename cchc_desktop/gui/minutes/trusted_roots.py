"""The list of trusted root certificates, managed in the window (the same list as
`cchc minutes trust add|list|remove`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.trust import add_root, list_roots, remove_root
from cchc_desktop.store.datafolder import DataFolder


class TrustedRootsDialog(QDialog):
    """Add and remove the CA certificates against which signatures count as trusted."""

    changed = Signal()

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Chứng thư gốc tin cậy"))
        # Injectable for tests: how the dialog asks for a certificate file.
        self.ask_file: Callable[[], Path | None] = self._ask_file
        self.explain = QLabel(
            self.tr(
                "Chữ ký số được coi là tin cậy khi chứng thư của người ký dẫn tới một chứng "
                "thư gốc trong danh sách này (ví dụ chứng thư gốc của Ban Cơ yếu Chính phủ, "
                "VNPT-CA, Viettel-CA)."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Thêm…"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Bỏ"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in list_roots(self.folder):
            item = QListWidgetItem(
                self.tr("%1 — hết hạn %2")
                .replace("%1", info.subject)
                .replace("%2", info.not_after[:10])
            )
            item.setData(Qt.ItemDataRole.UserRole, info.fingerprint)
            item.setToolTip(f"SHA-256: {info.fingerprint}")
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def add(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        try:
            added = add_root(self.folder, path)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(
            self.tr("Đã thêm: %1").replace("%1", ", ".join(a.subject for a in added))
        )
        self.reload()
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        info = remove_root(self.folder, str(item.data(Qt.ItemDataRole.UserRole)))
        self.status.setText(self.tr("Đã bỏ: %1").replace("%1", info.subject))
        self.reload()
        self.changed.emit()

    def _ask_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn chứng thư gốc"),
            "",
            self.tr("Chứng thư (*.pem *.cer *.crt *.der)"),
        )
        return Path(path) if path else None
