"""The signers of the "Ký & xuất" panel: storing a signer, and a handwritten signature drawn on
the pad or imported from a scan.

A mixin of ``SignExportPanel`` (see ``document_jobs`` for why the strings name the panel's
translation context). A handwritten signature agrees to what the biên bản says, so it waits
until nothing in the content blocks (names and posts may still be missing: they are set at any
time), and the person confirms the summary first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cchc_desktop.errors import UserError, read_named_file
from cchc_desktop.minutes.summary import SigningSummary
from cchc_desktop.progress import Progress
from cchc_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from cchc_desktop.gui.minutes.signer_box import SignerBox


class SignerJobs:
    """Signers and handwriting; the panel provides the widgets, the state and the job runner."""

    ws: Workspace
    inspection_id: str | None
    boxes: dict[str, SignerBox]
    status: QLabel
    changed: SignalInstance
    draft_pages: int
    capture_signature: Callable[[str], bytes | None]
    ask_scan: Callable[[], Path | None]
    confirm: Callable[[SigningSummary, Callable[[], None]], Any]

    if TYPE_CHECKING:

        def refresh(self) -> None: ...
        def refuse_if_blocked(self, *, content_only: bool = False) -> bool: ...
        def _run(
            self,
            work: Callable[[Workspace, Progress], Any],
            done: Callable[[Any], None],
            text: str,
        ) -> None: ...
        def _fail(self, message: str) -> None: ...

    def save_signer(self, role: str, image_sha: str | None = None) -> bool:
        """Store a signer as the box shows it (with ``image_sha``, its new handwriting)."""
        from cchc_desktop.store.signers import set_signer

        box = self.boxes[role]
        if self.inspection_id is None:
            return False
        try:
            set_signer(
                self.ws,
                self.inspection_id,
                role=role,
                name=box.name.text(),
                title=box.title_edit.text(),
                image_sha256=image_sha if image_sha is not None else box.image_sha,
            )
        except UserError as exc:
            self._fail(exc.message)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _store_image(self, role: str, read: Callable[[], bytes], name: str = "") -> None:
        from cchc_desktop.minutes.signature_image import prepare

        def work(ws: Workspace, progress: Progress) -> str:
            return ws.media.put_bytes(prepare(read(), name))

        def done(sha: str) -> None:
            if self.save_signer(role, image_sha=sha):
                self.status.setText(
                    QCoreApplication.translate("SignExportPanel", "Đã lưu chữ ký tay.")
                )

        self._run(
            work, done, QCoreApplication.translate("SignExportPanel", "Đang xử lý ảnh chữ ký…")
        )

    def _handwriting(self, role: str, then: Callable[[], None]) -> None:
        """The checks before a handwritten signature, then its confirmation, then ``then``."""
        from cchc_desktop.minutes.summary import HANDWRITTEN, Party

        box = self.boxes[role]
        if not box.name.text().strip():
            self._fail(
                QCoreApplication.translate(
                    "SignExportPanel", "Hãy nhập họ tên người ký trước khi ký tay."
                )
            )
            box.name.setFocus()
            return
        if self.refuse_if_blocked(content_only=True):
            return
        summary = SigningSummary(
            HANDWRITTEN, "", self._revision(), self.draft_pages,
            (Party(role, box.name.text().strip(), box.title_edit.text().strip()),),
            issues=False,
        )  # fmt: skip
        self.confirm(summary, then)

    def _revision(self) -> int:
        from cchc_desktop.minutes import register

        latest = register.latest(self.ws, self.inspection_id or "")
        if latest is None:
            return 1
        return int(latest["revision_no"]) + (1 if latest["signed"] else 0)

    def sign_by_hand(self, role: str) -> None:
        """The pad for this role's signer, after the list and the confirmation."""

        def capture() -> None:
            png = self.capture_signature(role)
            if png:
                self._store_image(role, lambda: png)

        self._handwriting(role, capture)

    def import_scan(self, role: str) -> None:
        """A scanned signature: the paper becomes transparent and the ink blue."""

        def choose() -> None:
            path = self.ask_scan()
            if path is not None:
                self._store_image(role, lambda: read_named_file(path), path.name)

        self._handwriting(role, choose)
