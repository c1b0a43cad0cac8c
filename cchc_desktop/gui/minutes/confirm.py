"""The question before any signature: the summary of what is about to happen, to confirm.

Which biên bản and its number, how many pages, who signs in which role, the certificate's
holder for a digital signature, and whether the inspection locks afterwards — the lines of
``minutes.summary.SigningSummary``, the same the CLI prints. Opened window-modal with
``open()`` (no nested event loop); ``then`` runs only on "Ký"/"Phát hành".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from cchc_desktop.minutes.summary import DIGITAL, PAPER, SigningSummary


class ConfirmSigning(QMessageBox):
    def __init__(self, summary: SigningSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        titles = {
            DIGITAL: (self.tr("Xác nhận ký số"), self.tr("&Ký số")),
            PAPER: (self.tr("Xác nhận phát hành để ký giấy"), self.tr("&Phát hành")),
        }
        title, go = titles.get(summary.how, (self.tr("Xác nhận chữ ký tay"), self.tr("&Ký tay")))
        self.setWindowTitle(title)
        self.setIcon(QMessageBox.Icon.Question)
        lines = summary.lines()
        self.setText(lines[0])
        self.setInformativeText("\n".join(lines[1:]))
        self.go_button = self.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)  # Enter alone never signs
        self.setEscapeButton(self.cancel_button)


def confirm_signing(
    parent: QWidget, summary: SigningSummary, then: Callable[[], None]
) -> ConfirmSigning:
    """Show the summary; ``then()`` when the person confirms."""
    dialog = ConfirmSigning(summary, parent)

    def answered(_result: int) -> None:
        if dialog.clickedButton() is dialog.go_button:
            then()
        dialog.deleteLater()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
