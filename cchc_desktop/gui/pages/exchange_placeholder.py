"""Trao đổi: a placeholder until the exchange page (export, verify, merge) lands.

It already keeps the ``open_package(path)`` hook the window calls for a ``.cchc`` file given
on the command line or chosen in the File menu; the exchange page will show its merge
preview there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.page import Page


class ExchangePlaceholder(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.package: Path | None = None
        title = QLabel(tr("Trao đổi dữ liệu"))
        title.setProperty("role", "heading")
        text = QLabel(
            tr(
                "Xuất gói dữ liệu để đồng bộ, kiểm tra gói nhận được và gộp gói từ các máy khác "
                "sẽ có ở trang này trong phiên bản sau. Hiện có thể dùng lệnh cchc export, "
                "cchc verify và cchc merge."
            )
        )
        text.setWordWrap(True)
        self.package_label = QLabel()
        self.package_label.setObjectName("packageLabel")
        self.package_label.setWordWrap(True)
        self.package_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.package_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.package_label)
        layout.addStretch(1)

    def open_package(self, path: Path) -> None:
        """Remember the package and say which one it is (the merge preview comes later)."""
        self.package = path
        self.package_label.setText(
            tr("Gói dữ liệu được mở: {name}\nTrang gộp sẽ cho xem trước nội dung gói này.").replace(
                "{name}", path.name
            )
        )
        self.package_label.setToolTip(str(path))
        self.package_label.show()
