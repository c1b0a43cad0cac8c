"""About CCHC Desktop: the version, the data folder, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop import __version__
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.theme import set_role


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, shortcuts: tuple[tuple[str, str], ...]) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("Giới thiệu CCHC Desktop"))
        layout = QVBoxLayout(self)
        title = QLabel(tr("CCHC Desktop, phiên bản {version}").replace("{version}", __version__))
        set_role(title, "heading")
        title.setObjectName("aboutVersion")
        layout.addWidget(title)
        text = QLabel(
            tr(
                "Ứng dụng cho đoàn kiểm tra công tác cải cách hành chính: bảng kiểm, ảnh minh "
                "chứng, biên bản, gói dữ liệu đồng bộ. Làm việc không cần mạng; mọi câu trả lời "
                "được lưu ngay khi nhập."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        heading = QLabel(tr("Phím tắt"))
        set_role(heading, "subheading")
        layout.addWidget(heading)
        table = QTableWidget(len(shortcuts), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([tr("Phím"), tr("Việc")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(tr(what)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumWidth(560)
        table.setMinimumHeight(
            table.verticalHeader().length() + table.horizontalHeader().height() + 4
        )
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
