"""First start: the user names this laptop ("Máy đoàn 1 – Nguyễn Văn An").

Laptops installed from one image share a hostname, so the secretary receiving their packages
could not tell them apart. The dialog asks once, when the data folder's laptop has no name
given by a person; Enter saves, Escape ("Để sau") leaves it for the next start or Cài đặt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.devices import MAX_NAME_LENGTH, name_problem, suggested_name
from cchc_desktop.domain.text import clean, printable
from cchc_desktop.errors import UserError, pick
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.theme import set_role


class DeviceNameDialog(QDialog):
    """Who uses this laptop and what to call it; the name follows the person's name until
    the name itself is edited."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deviceNameDialog")
        self.setWindowTitle(tr("Đặt tên cho máy này"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        device = ctx.ws.device
        intro = QLabel(
            tr(
                "Tên máy giúp thư ký phân biệt các máy khi nhận gói dữ liệu: các máy cài từ một "
                "bản thường có cùng tên máy tính (máy này là «{hostname}»). Bạn có thể đổi tên "
                "sau trong Cài đặt."
            ).replace("{hostname}", printable(device.hostname) or "?")
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        self.person_edit = QLineEdit(ctx.settings.user_name)
        self.person_edit.setObjectName("personEdit")
        self.person_edit.setPlaceholderText(tr("Ví dụ: Nguyễn Văn An"))
        self.name_edit = QLineEdit(device.name or suggested_name(ctx.settings.user_name))
        self.name_edit.setObjectName("deviceNameEdit")
        self.name_edit.setPlaceholderText(tr("Ví dụ: Máy đoàn 1 – Nguyễn Văn An"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)  # room to see "too long" said
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        set_role(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        form = QFormLayout()
        person_label = QLabel(tr("&Họ tên người dùng:"))
        person_label.setBuddy(self.person_edit)
        name_label = QLabel(tr("&Tên máy:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(person_label, self.person_edit)
        form.addRow(name_label, self.name_edit)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        hint = QLabel(tr("Nên ghi số đoàn và tên người dùng, ví dụ «Máy đoàn 1 – Nguyễn Văn An»."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # The suggestion follows the person's name until the name is typed by hand.
        self._name_typed = bool(device.name)
        self.person_edit.textEdited.connect(self._person_changed)
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.textChanged.connect(self._revalidate)
        self._revalidate()
        first = self.name_edit if self.person_edit.text() else self.person_edit
        first.setFocus()
        if first is self.name_edit:
            self.name_edit.selectAll()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 62)

    def _build_buttons(self) -> None:
        """Save the name, or leave it for later."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("&Lưu tên máy"))
        self.save_button.setDefault(True)
        self.later_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.later_button.setText(tr("Để &sau"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _person_changed(self, text: str) -> None:
        if not self._name_typed:
            self.name_edit.setText(suggested_name(text))

    def _name_edited(self, _text: str) -> None:
        self._name_typed = True

    def _problem(self) -> tuple[str, str] | None:
        return name_problem(self.name_edit.text(), self.ctx.ws.device.hostname)

    def _revalidate(self) -> None:
        problem = self._problem()
        self.save_button.setEnabled(problem is None)
        # An empty field at the start needs no scolding; the disabled button says enough.
        shown = problem is not None and bool(self.name_edit.text().strip())
        self.problem.setText(pick(*problem) if shown and problem else "")
        self.problem.setVisible(shown)
        self.name_edit.setProperty("invalid", shown)

    def accept(self) -> None:
        """Save the name (and the person's name in the settings); stay open on a refusal."""
        try:
            self.ctx.rename_device(self.name_edit.text())
        except UserError as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return
        person = clean(self.person_edit.text())
        if person and person != self.ctx.settings.user_name:
            self.ctx.update_settings(user_name=person)
            self.ctx.ws.actor = person  # the audit log names who makes changes from now on
        super().accept()
