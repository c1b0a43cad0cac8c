"""What every record dialog does: load its form, check fields as the user types (a Vietnamese
message under the field, Save disabled until all is well), and on Save call the core, showing
its refusal (a UserError) without closing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.forms import Form, load_form
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.theme import set_role

Check = Callable[[], str | None]


class _Field:
    def __init__(self, widget: QWidget, label: QLabel, check: Check) -> None:
        self.widget = widget
        self.label = label
        self.check = check
        self.touched = False


class RecordDialog(QDialog):
    """A form dialog over ``ui/<form>.ui``; subclasses add fields and implement ``save``."""

    # The id of the record created or edited, once stored.
    saved = Signal(str)
    table = ""  # the table ``ctx.notify`` names after a save

    def __init__(self, ctx: AppContext, parent: QWidget | None, form: str, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.setObjectName(form)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form: Form = load_form(form, self)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        set_role(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("&Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.widget)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fields: list[_Field] = []

    # -- checking as the user types ---------------------------------------------------------

    def check(self, widget: QWidget, label: QLabel, check: Check) -> None:
        """Check ``widget`` with ``check`` whenever it changes; ``label`` shows the message."""
        set_role(label, "error")
        label.setWordWrap(True)
        # A wrapped label in a form keeps to its shortest line unless it may grow.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._show_row(label, False)
        field = _Field(widget, label, check)
        self._fields.append(field)

        def changed(*_args: object) -> None:
            field.touched = True
            self.revalidate()

        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QTableWidget):
            widget.itemChanged.connect(changed)
            widget.model().rowsRemoved.connect(changed)

    def revalidate(self) -> bool:
        """Show the message of every touched field in error; enable Save only if none."""
        valid = True
        for field in self._fields:
            message = field.check()
            if message:
                valid = False
            shown = message if field.touched else None
            field.label.setText(shown or "")
            self._show_row(field.label, bool(shown))
            field.widget.setProperty("invalid", bool(shown))
            field.widget.setAccessibleDescription(shown or "")
        self.save_button.setEnabled(valid)
        self.problem.hide()
        return valid

    def _show_row(self, label: QLabel, visible: bool) -> None:
        """Show or hide a message; its whole form row goes, spacing included, when hidden."""
        for layout in self.form.widget.findChildren(QFormLayout):
            position: Any = layout.getWidgetPosition(label)
            row = int(position[0])
            if row >= 0:
                layout.setRowVisible(row, visible)
                return
        label.setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        # About ninety characters wide, whatever the text size: long Vietnamese names fit.
        width = self.fontMetrics().averageCharWidth() * 90
        if self.width() < width:
            self.resize(width, self.height())
        super().showEvent(event)

    def problems(self) -> list[str]:
        """The messages of every field now in error (touched or not)."""
        return [message for field in self._fields if (message := field.check())]

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> str:
        """Store the record through the core; return its id (raise UserError if refused)."""
        raise NotImplementedError

    def accept(self) -> None:
        for field in self._fields:
            field.touched = True
        if not self.revalidate():
            return
        try:
            self.record_id = self.save()
        except UserError as refused:
            self.problem.setText(refused.message)
            self.problem.show()
            return
        self.ctx.notify(self.table)
        self.saved.emit(self.record_id)
        super().accept()
