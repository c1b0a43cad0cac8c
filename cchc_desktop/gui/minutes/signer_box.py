"""Parts of the "Ký & xuất" panel: one signer's box (name, post, handwritten signature), the
pad's dialog, and the questions the panel asks (files, password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.gui.minutes.signature_pad import SignaturePad


class SignatureDialog(QDialog):
    """The pad in a dialog: sign, undo, clear, then save."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pad = SignaturePad(self)
        undo = QPushButton(self.tr("Hoàn tác nét cuối"), self)
        undo.clicked.connect(self.pad.undo)
        clear = QPushButton(self.tr("Xóa"), self)
        clear.clicked.connect(self.pad.clear)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(undo)
        tools.addWidget(clear)
        tools.addStretch(1)
        tools.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pad, 1)
        layout.addLayout(tools)
        self.resize(640, 300)


class SignerBox(QGroupBox):
    """Name, post and handwritten signature of one role. Name and post are saved as typed
    (``typed(role, name, title)``; the panel stores them), never by a button."""

    typed = Signal(str, str, str)

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(SignerRole(role).label, parent)
        self.role = role
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Họ và tên"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Chức vụ"))
        for edit in (self.name, self.title_edit):
            edit.textEdited.connect(
                lambda _text: self.typed.emit(self.role, self.name.text(), self.title_edit.text())
            )
        self.image = QLabel(self.tr("(chưa có chữ ký tay)"), self)
        self.image.setMinimumHeight(48)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_sha: str | None = None
        self.pad_button = QPushButton(self.tr("Ký tay…"), self)
        self.scan_button = QPushButton(self.tr("Nhập ảnh chữ ký…"), self)
        buttons = QHBoxLayout()
        for button in (self.pad_button, self.scan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Họ tên"), self.name)
        form.addRow(self.tr("Chức vụ"), self.title_edit)
        form.addRow(self.tr("Chữ ký tay"), self.image)
        form.addRow(buttons)

    def show_image(self, data: bytes | None) -> None:
        if not data:
            self.image.setText(self.tr("(chưa có chữ ký tay)"))
            self.image.setPixmap(QPixmap())
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))

    def set_editable(self, editable: bool) -> None:
        for widget in (self.name, self.title_edit):
            widget.setReadOnly(not editable)
        for button in (self.pad_button, self.scan_button):
            button.setEnabled(editable)

    def focus_field(self, field: str) -> None:
        """Put the cursor where an item of the readiness list says to fix."""
        widget = {"title": self.title_edit, "image": self.pad_button}.get(field, self.name)
        widget.setFocus()


class Questions(QObject):
    """How the panel asks a person things, with Qt's own dialogs (tests answer instead)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def p12_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Chọn tệp chứng thư số"), "", self.tr("Chứng thư số (*.p12 *.pfx)")
        )
        return Path(path) if path else None

    def password(self, p12: Path) -> str | None:
        """Asked each time, shown as dots, never stored."""
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Mật khẩu chứng thư số"),
            self.tr("Mật khẩu của %1 (không được lưu lại):").replace("%1", p12.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def handwritten(self, name: str) -> bytes | None:
        dialog = SignatureDialog(self.tr("Chữ ký tay: %1").replace("%1", name), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.pad.is_empty():
            return None
        return dialog.pad.to_png()

    def scan_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Chọn ảnh chữ ký"), "", self.tr("Ảnh (*.png *.jpg *.jpeg)")
        )
        return Path(path) if path else None

    def scan_files(self) -> list[Path]:
        """The paper-signed copy: a scanned PDF, or photos of its pages (several at once)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Chọn bản quét biên bản đã ký"),
            "",
            self.tr("Bản quét (*.pdf *.jpg *.jpeg *.png *.webp *.heic)"),
        )
        return [Path(p) for p in paths]

    def pdf_target(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Lưu biên bản để in"), suggested, self.tr("PDF (*.pdf)")
        )
        return Path(path) if path else None

    def docx_target(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Lưu bản nháp Word"), "bien-ban.docx", self.tr("Word (*.docx)")
        )
        return Path(path) if path else None
