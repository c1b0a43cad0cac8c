"""The explicit confirmation before signing for someone else: whose name is printed, whose
certificate signs, and the reason, which goes into the signature and the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import clean
from cchc_desktop.minutes.identity import MIN_REASON


class OnBehalfDialog(QDialog):
    """Asks whether the holder signs on behalf of the printed person, and why."""

    confirmed = Signal(str)  # the reason

    def __init__(self, printed: str, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký thay?"))
        explain = QLabel(
            self.tr(
                "Biên bản ghi người ký là «%1», nhưng chứng thư số là của «%2». Chỉ ký khi "
                "được ủy quyền ký thay; lý do sẽ ghi vào chữ ký số và nhật ký, ai kiểm tra "
                "văn bản cũng thấy."
            )
            .replace("%1", printed)
            .replace("%2", holder),
            self,
        )
        explain.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Tôi ký thay «%1»").replace("%1", printed), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Lý do, VD: được ủy quyền theo Giấy ủy quyền số …/UQ ngày …")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ký thay"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.confirm)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.confirm.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(520, 200)

    def _update(self) -> None:
        ready = self.confirm.isChecked() and len(clean(self.reason.text())) >= MIN_REASON
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        reason = clean(self.reason.text())
        if not self.confirm.isChecked() or len(reason) < MIN_REASON:
            return
        super().accept()
        self.confirmed.emit(reason)
