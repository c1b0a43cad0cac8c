"""The "Ký bằng USB token…" path of the "Ký & xuất" panel: choose a certificate on a token,
confirm signing on someone's behalf when the holder is not the printed person, type the PIN,
then sign through the panel's one signing job (``DocumentJobs.sign_with``), so every check of
the .p12 path applies to tokens too.

A mixin of ``SignExportPanel``; its dialogs are kept as attributes while open, so a test can
drive them like a person would. The strings keep the panel's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from cchc_desktop.gui.minutes.token_dialog import PinDialog, TokenChoice, TokenDialog
from cchc_desktop.minutes.identity import names_match

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QWidget

    from cchc_desktop.gui.minutes.signer_box import SignerBox
    from cchc_desktop.minutes.signing import DocumentSigner
    from cchc_desktop.store.workspace import Workspace


class TokenJobs:
    """Sign with a USB token; the panel provides the widgets and ``sign_with``."""

    ws: Workspace
    inspection_id: str | None
    role_box: QComboBox
    boxes: dict[str, SignerBox]
    token_dialog: TokenDialog | None = None
    pin_dialog: PinDialog | None = None

    if TYPE_CHECKING:

        def sign_with(
            self,
            open_signer: Callable[[], AbstractContextManager[DocumentSigner]],
            role: str,
            on_behalf: str | None = None,
        ) -> None: ...
        def ask_on_behalf(self, printed: str, holder: str, then: Callable[[str], None]) -> None: ...

    def sign_with_token(self) -> TokenDialog | None:
        """Show the tokens found; choosing a certificate leads on to the PIN."""
        if self.inspection_id is None:
            return None
        role = str(self.role_box.currentData())
        printed = self.boxes[role].name.text().strip()
        dialog = TokenDialog(self.ws, printed, cast("QWidget", self))
        dialog.chosen.connect(lambda choice: self._token_chosen(choice, role, printed))
        self.token_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        dialog.refresh()
        return dialog

    def _token_chosen(self, choice: TokenChoice, role: str, printed: str) -> None:
        holder = choice.certificate.holder
        if printed and not names_match(printed, holder):
            # Before the PIN: nobody types a PIN for a signature they would not make.
            self.ask_on_behalf(
                printed, holder.name, lambda reason: self._ask_pin(choice, role, reason)
            )
        else:
            self._ask_pin(choice, role, None)

    def _ask_pin(self, choice: TokenChoice, role: str, on_behalf: str | None) -> None:
        from cchc_desktop.minutes.tokens import TokenSigner

        module = Path(choice.token.module)
        label = choice.token.label
        cert = choice.certificate.id_hex or choice.certificate.label

        def sign(pin: str | None) -> None:
            # The PIN lives only in this closure while the job runs: never stored or logged.
            self.sign_with(lambda: TokenSigner.open(module, label, cert, pin), role, on_behalf)

        if choice.token.pin_pad:
            sign(None)  # typed on the token's own keypad
            return
        dialog = PinDialog(choice.token, cast("QWidget", self))
        dialog.pin_entered.connect(sign)
        self.pin_dialog = dialog
        dialog.open()
