"""The trust step: the secretary compares the sending laptop's fingerprint, group by group.

The 12 groups of 5 digits are read aloud over the phone (or the digits pasted from a message);
the laptop is trusted only once they are said to match, and never when a typed fingerprint
differs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.exchange.preview_panel import ERROR_COLOUR, OK_COLOUR
from cchc_desktop.store import fingerprint
from cchc_desktop.store.keys import PublicIdentity


class TrustDialog(QDialog):
    """Shows the package's laptop and its digits; Trust once they are compared."""

    def __init__(self, device: PublicIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.setObjectName("trustDialog")
        self.setWindowTitle(self.tr("Tin cậy máy gửi gói"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Gói được ký bởi máy {label}, máy này chưa tin cậy. Hãy gọi cho người giữ máy "
                "đó, nhờ họ mở Cài đặt › Dữ liệu trên máy (hoặc chạy «cchc devices self») và "
                "đọc to vân tay. So từng nhóm với các số dưới đây:"
            ).replace("{label}", device.label)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the name came in the package
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.digits = QLabel(fingerprint.shown(device.public_key, per_line=4))
        self.digits.setObjectName("fingerprintDigits")
        # Larger than the text around (digits are of one width: the groups stand in columns).
        font = self.digits.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.digits.setFont(font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digits.setAccessibleName(
            self.tr("Vân tay: {digits}").replace("{digits}", device.digits)
        )
        layout.addWidget(self.digits)
        typed_label = QLabel(self.tr("Hoặc &dán vân tay họ gửi (dấu cách, gạch ngang không sao):"))
        typed_label.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.typed.setPlaceholderText("12345 67890 …")
        typed_label.setBuddy(self.typed)
        layout.addWidget(typed_label)
        layout.addWidget(self.typed)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.hide()
        layout.addWidget(self.verdict)
        self.compared = QCheckBox(self.tr("Tôi đã &so đủ 12 nhóm số và tất cả đều khớp"))
        self.compared.setObjectName("comparedCheck")
        layout.addWidget(self.compared)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trust_button.setText(self.tr("&Tin cậy máy này"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._update)
        self.compared.toggled.connect(self._update)
        self._update()
        self.typed.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def typed_matches(self) -> bool | None:
        """Whether the typed fingerprint is the package's: None when nothing (or no
        fingerprint) is typed."""
        text = self.typed.text()
        if not text.strip():
            return None
        try:
            return fingerprint.matches(text, self.device.public_key)
        except UserError:
            return None

    def _update(self) -> None:
        text = self.typed.text()
        matched = self.typed_matches()
        if not text.strip():
            self.verdict.hide()
        elif matched is None:
            try:
                fingerprint.check_typed(text)
                message = ""
            except UserError as exc:
                message = exc.message
            self._say(message, ERROR_COLOUR)
        elif matched:
            self._say(self.tr("✓ Khớp cả 12 nhóm số."), OK_COLOUR)
        else:
            self._say(self._differences(text), ERROR_COLOUR)
        # A typed fingerprint decides; otherwise the person's word that the groups match.
        self.trust_button.setEnabled(
            bool(matched) or (not text.strip() and self.compared.isChecked())
        )

    def _differences(self, text: str) -> str:
        wanted = fingerprint.groups(self.device.public_key)
        typed = fingerprint.typed_digits(text)
        if typed is None:  # the SHA256: form: there are no groups to point at
            return self.tr("✗ Không khớp. Đừng tin cậy máy này; hãy hỏi lại người gửi.")
        differing = [
            str(index + 1)
            for index, group in enumerate(wanted)
            if typed[index * fingerprint.GROUP : (index + 1) * fingerprint.GROUP] != group
        ]
        return self.tr(
            "✗ Không khớp ở nhóm {groups}. Đừng tin cậy máy này; hãy hỏi lại người gửi."
        ).replace("{groups}", ", ".join(differing))

    def _say(self, text: str, colour: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour}")
        self.verdict.setVisible(bool(text))
