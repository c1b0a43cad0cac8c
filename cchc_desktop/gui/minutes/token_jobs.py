"""The "Ký bằng USB token…" path of the "Ký & xuất" panel: the readiness list first (nothing may
block), then a certificate chosen on a token, the summary confirmed, the question whether the
holder signs on the printed person's behalf (when the names differ), the PIN, and the panel's
one signing job (``DocumentJobs.sign_with``), so every check of the .p12 path applies to tokens
too. Nobody types a PIN for a signature they have not confirmed.

A mixin of ``SignExportPanel``; its dialogs are kept as attributes while open, so a test can
drive them like a person would. The strings keep the panel's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QWidget

    from cchc_desktop.gui.minutes.signer_box import SignerBox
    from cchc_desktop.gui.minutes.token_dialog import PinDialog, TokenChoice, TokenDialog
    from cchc_desktop.minutes.identity import Holder
    from cchc_desktop.minutes.signing import DocumentSigner
    from cchc_desktop.store.workspace import Workspace


class TokenJobs:
    """Sign with a USB token; the panel provides the widgets, the readiness list,
    ``prepare_signature`` and ``sign_with``."""

    ws: Workspace
    inspection_id: str | None
    role_box: QComboBox
    boxes: dict[str, SignerBox]
    token_dialog: TokenDialog | None = None
    pin_dialog: PinDialog | None = None

    if TYPE_CHECKING:

        def issued(self) -> dict[str, Any] | None: ...
        def refuse_if_blocked(self, *, content_only: bool = False) -> bool: ...
        def prepare_signature(
            self,
            role: str,
            issued: dict[str, Any] | None,
            holder: Callable[[], Holder],
            then: Callable[[str | None], None],
        ) -> None: ...
        def sign_with(
            self,
            open_signer: Callable[[], AbstractContextManager[DocumentSigner]],
            role: str,
            on_behalf: str | None = None,
        ) -> None: ...

    def sign_with_token(self) -> TokenDialog | None:
        """Show the tokens found; choosing a certificate leads on to the confirmation."""
        if self.inspection_id is None:
            return None
        issued = self.issued()
        if issued is None and self.refuse_if_blocked():
            return None
        # The token machinery (PKCS#11, the dialogs) loads when a token is asked for: most
        # biên bản are signed on paper or with a file, and the tab's first show stays quick.
        from cchc_desktop.gui.minutes.token_dialog import TokenDialog

        role = str(self.role_box.currentData())
        printed = self.boxes[role].name.text().strip()
        dialog = TokenDialog(self.ws, printed, cast("QWidget", self))
        dialog.chosen.connect(lambda choice: self._token_chosen(choice, role, issued))
        self.token_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        dialog.refresh()
        return dialog

    def _token_chosen(self, choice: TokenChoice, role: str, issued: dict[str, Any] | None) -> None:
        holder = choice.certificate.holder
        self.prepare_signature(
            role, issued, lambda: holder, lambda reason: self._ask_pin(choice, role, reason)
        )

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
        from cchc_desktop.gui.minutes.token_dialog import PinDialog

        dialog = PinDialog(choice.token, cast("QWidget", self))
        dialog.pin_entered.connect(sign)
        self.pin_dialog = dialog
        dialog.open()
