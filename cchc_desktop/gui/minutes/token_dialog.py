""" "Ký bằng USB token": the tokens found on this computer with their certificates, and the
PIN asked in a dialog of its own.

The tokens are looked for in the background (each known CA's PKCS#11 library present here,
and the one set in the settings), with no PIN: a token shows its certificates to anyone. Each
certificate shows its holder (and the CCCD/MST the CA wrote), its issuer and its validity; a
CA's certificate on the token is shown but cannot be chosen. The PIN dialog hands the PIN on
once and empties its field: the PIN is never stored, logged or shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cchc_desktop.errors import UserError
from cchc_desktop.gui import workers
from cchc_desktop.gui.theme import set_role
from cchc_desktop.minutes.identity import names_match
from cchc_desktop.minutes.tokens import TokenCertificate, TokenInfo
from cchc_desktop.progress import Progress
from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class TokenChoice:
    token: TokenInfo
    certificate: TokenCertificate


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else iso


class TokenDialog(QDialog):
    """Choose the certificate to sign with; ``chosen`` carries it."""

    chosen = Signal(object)  # TokenChoice
    listed = Signal(int)  # how many tokens the last search found

    def __init__(self, ws: Workspace, printed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.printed = printed  # the name printed for the role: shown against each holder
        self.tokens: list[TokenInfo] = []
        # Injectable for tests: how the dialog asks for another PKCS#11 library.
        self.ask_module_file: Callable[[], Path | None] = self._ask_module_file
        self.setWindowTitle(self.tr("Ký bằng USB token"))
        self.intro = QLabel(
            self.tr("Cắm USB token rồi chọn chứng thư để ký cho «%1».").replace("%1", printed)
            if printed
            else self.tr("Cắm USB token rồi chọn chứng thư để ký."),
            self,
        )
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Người giữ chứng thư"),
                self.tr("Cấp bởi"),
                self.tr("Hiệu lực"),
                self.tr("Đối chiếu tên"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.itemSelectionChanged.connect(self._update)
        self.tree.itemActivated.connect(lambda _i, _c: self.choose())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Tìm lại"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.module_button = QPushButton(self.tr("Thư viện &khác…"), self)
        self.module_button.clicked.connect(self.choose_module)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Ký…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.module_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(860, 380)
        self._update()

    # -- finding tokens ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Look for tokens in the background (the PKCS#11 libraries can be slow to start)."""
        from cchc_desktop.minutes.token_modules import find_modules
        from cchc_desktop.minutes.tokens import list_tokens

        extra = self.ws.settings().pkcs11_module
        self.status.setText(self.tr("Đang tìm USB token…"))
        self.refresh_button.setEnabled(False)

        def work(progress: Progress) -> tuple[list[TokenInfo], list[str], int]:
            modules = find_modules(extra)
            found: list[TokenInfo] = []
            problems: list[str] = []
            for module in modules:
                try:
                    found.extend(list_tokens(module.path))
                except UserError as exc:  # one vendor's broken library hides no other token
                    problems.append(exc.message)
            return found, problems, len(modules)

        workers.start(work, on_result=self._show, on_error=self._failed)

    def _failed(self, message: str) -> None:
        if isValid(self):
            self.refresh_button.setEnabled(True)
            self.status.setText(message)
            self.listed.emit(0)

    def _show(self, result: tuple[list[TokenInfo], list[str], int]) -> None:
        if not isValid(self):
            return
        self.tokens, problems, modules = result
        self.refresh_button.setEnabled(True)
        self.tree.clear()
        for token in self.tokens:
            top = QTreeWidgetItem(
                [
                    self.tr("Token «%1» (%2)")
                    .replace("%1", token.label)
                    .replace("%2", f"{token.manufacturer} {token.model}".strip())
                ]
            )
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            top.setToolTip(0, token.module)
            self.tree.addTopLevelItem(top)
            for cert in token.certificates:
                top.addChild(self._certificate_item(token, cert))
            top.setExpanded(True)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        first = next(
            (c for t in self.tokens for c in t.signing_certificates()), None
        )  # fmt: skip
        if first is not None:
            self._select(first)
        if self.tokens:
            text = self.tr("Tìm thấy %n USB token.", "", len(self.tokens))
        elif modules:
            text = self.tr("Không thấy USB token nào. Hãy cắm token rồi bấm «Tìm lại».")
        else:
            text = self.tr(
                "Máy này chưa có phần mềm USB token của CA nào. Hãy cài phần mềm đi kèm token, "
                "hoặc chọn «Thư viện khác…»."
            )
        self.status.setText("\n".join([text, *problems]))
        self._update()
        self.listed.emit(len(self.tokens))

    def _certificate_item(self, token: TokenInfo, cert: TokenCertificate) -> QTreeWidgetItem:
        holder = cert.holder.name
        if cert.holder.identifiers:
            holder += f" ({cert.holder.identifier_text()})"
        valid = f"{_dmy(cert.info.not_before)} – {_dmy(cert.info.not_after)}"
        if not cert.has_key:
            match = self.tr("chứng thư của CA")
        elif not self.printed:
            match = ""
        elif names_match(self.printed, cert.holder):
            match = self.tr("khớp")
        else:
            match = self.tr("KHÔNG KHỚP")
        item = QTreeWidgetItem([holder, cert.info.issuer, valid, match])
        item.setData(0, Qt.ItemDataRole.UserRole, TokenChoice(token, cert))
        if not cert.has_key:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setDisabled(True)
        return item

    def _select(self, wanted: TokenCertificate) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in range(top.childCount() if top is not None else 0):
                item = top.child(row) if top is not None else None
                choice = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
                if item is not None and choice is not None and choice.certificate == wanted:
                    self.tree.setCurrentItem(item)
                    return

    def current(self) -> TokenChoice | None:
        item = self.tree.currentItem()
        choice = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return choice if isinstance(choice, TokenChoice) and choice.certificate.has_key else None

    def _update(self) -> None:
        self.sign_button.setEnabled(self.current() is not None)

    def choose(self) -> None:
        choice = self.current()
        if choice is None:
            return
        self.accept()
        self.chosen.emit(choice)

    # -- another library ---------------------------------------------------------------------

    def choose_module(self) -> None:
        """Point at a PKCS#11 library the known list does not have; kept in the settings."""
        import dataclasses

        path = self.ask_module_file()
        if path is None:
            return
        settings_file = self.ws.folder.settings_file
        settings = dataclasses.replace(self.ws.settings(), pkcs11_module=str(path))
        settings.save(settings_file)
        self.refresh()

    def _ask_module_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn thư viện PKCS#11 của USB token"),
            "",
            self.tr("Thư viện PKCS#11 (*.dll *.so *.so.* *.dylib)"),
        )
        return Path(path) if path else None


class PinDialog(QDialog):
    """The token's PIN, typed as dots; handed on once (``pin_entered``) and forgotten."""

    pin_entered = Signal(str)

    def __init__(self, token: TokenInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mã PIN của USB token"))
        label = QLabel(
            self.tr("Nhập mã PIN của token «%1» (không được lưu lại):").replace("%1", token.label),
            self,
        )
        label.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_role(self.warning, "error")
        tries = {
            "final": self.tr("Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa."),
            "low": self.tr("Token báo còn ít lần thử trước khi bị khóa."),
            "locked": self.tr("Token đã bị khóa: hãy liên hệ CA để mở khóa."),
        }.get(token.pin_state, "")
        self.warning.setText(tries)
        self.warning.setVisible(bool(tries))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ký số"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.pin)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.pin.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text)
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.resize(420, 150)

    def accept(self) -> None:
        pin = self.pin.text()
        if not pin:
            return
        self.pin.clear()  # the widget keeps nothing once the PIN is handed on
        super().accept()
        self.pin_entered.emit(pin)

    def reject(self) -> None:
        self.pin.clear()
        super().reject()
