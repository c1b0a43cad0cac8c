"""What the "Ký & xuất" panel does with the made document: the digital signature, the
verification report, the Word draft, the trusted roots, the biên bản bổ sung.

A mixin of ``SignExportPanel``, kept apart so the panel module holds the widgets, the state and
the signers, this one the jobs. Every job runs through the panel's ``_run`` on a Workspace of
its own. The strings keep the panel's translation context (``SignExportPanel``), named
outright because a mixin's ``self.tr`` would be filed under another one.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from cchc_desktop.errors import UserError
from cchc_desktop.gui.minutes.trusted_roots import TrustedRootsDialog
from cchc_desktop.progress import Progress
from cchc_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

    from cchc_desktop.gui.minutes.on_behalf import OnBehalfDialog
    from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
    from cchc_desktop.minutes.signing import DocumentSigner


class DocumentJobs:
    """The jobs; the panel provides the widgets, the state and the job runner."""

    ws: Workspace
    inspection_id: str | None
    minutes_id: str | None
    preview: PdfPreview
    report: QPlainTextEdit
    status: QLabel
    role_box: QComboBox
    signedDone: SignalInstance
    changed: SignalInstance
    ask_p12: Callable[[], Path | None]
    ask_password: Callable[[Path], str | None]
    ask_docx_path: Callable[[], Path | None]
    on_behalf_dialog: OnBehalfDialog | None

    if TYPE_CHECKING:

        @property
        def locked(self) -> bool: ...
        def refresh(self) -> None: ...
        def _run(
            self,
            work: Callable[[Workspace, Progress], Any],
            done: Callable[[Any], None],
            text: str,
        ) -> None: ...
        def _fail(self, message: str) -> None: ...
        def make_preview(self) -> None: ...

    def sign_digitally(self) -> None:
        """Ask for the .p12 file and its password, then sign in the background."""
        from cchc_desktop.minutes.signing import P12Signer

        if self.inspection_id is None:
            return
        role = str(self.role_box.currentData())
        p12 = self.ask_p12()
        if p12 is None:
            return
        password = self.ask_password(p12)
        if password is None:
            return
        # The password lives only in this closure while the job (and a confirmation to sign
        # on someone's behalf) runs: never stored or logged.
        self.sign_with(lambda: nullcontext(P12Signer.from_file(p12, password)), role)

    def sign_with(
        self,
        open_signer: Callable[[], AbstractContextManager[DocumentSigner]],
        role: str,
        on_behalf: str | None = None,
    ) -> None:
        """The one signing job of the panel, whoever holds the key (.p12 file, USB token).

        The signer is opened first (a wrong password or PIN, a pulled token stop there);
        the draft is made and signed as one transaction, so a refusal while signing takes
        nothing. A certificate of someone other than the printed person asks for an explicit
        on-behalf confirmation with its reason, then signs again with it.
        """
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.identity import NameMismatch
        from cchc_desktop.minutes.issue import make_minutes, sign_minutes
        from cchc_desktop.minutes.revocation import load_crls
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf
        from cchc_desktop.store.connection import transaction

        inspection = self.inspection_id
        if inspection is None:
            return
        locked = self.locked

        def work(ws: Workspace, progress: Progress) -> dict[str, Any]:
            with open_signer() as signer:
                try:
                    with transaction(ws.db):
                        if locked:
                            latest = register.latest(ws, inspection)
                            assert latest is not None
                            minutes_id = latest["id"]
                        else:
                            minutes_id = make_minutes(ws, inspection, progress).minutes_id
                        done = sign_minutes(
                            ws, minutes_id, signer, role=role, progress=progress,
                            on_behalf=on_behalf,
                        )  # fmt: skip
                except NameMismatch as exc:
                    return {"mismatch": (exc.printed, exc.holder.name, exc.message)}
            roots, crls = load_roots(ws.folder), load_crls(ws.folder)
            return {
                "record": done.record,
                "pdf": done.signed.pdf,
                "outbox": done.outbox,
                "warning": done.warning,
                "report": verify_pdf(done.signed.pdf, roots, crls).lines(),
            }

        def finished(result: dict[str, Any]) -> None:
            if "mismatch" in result:
                printed, holder, message = result["mismatch"]
                self.status.setText(message)
                self.ask_on_behalf(
                    printed, holder, lambda reason: self.sign_with(open_signer, role, reason)
                )
                return
            self.minutes_id = result["record"]["id"]
            self.preview.set_pdf(result["pdf"])
            self.report.setPlainText("\n".join(result["report"]))
            text = QCoreApplication.translate(
                "SignExportPanel", "Đã ký số. Bản PDF đã ký ở hộp thư đi: %1"
            ).replace("%1", str(result["outbox"]))
            if result["warning"]:
                text += "\n" + result["warning"]
            self.status.setText(text)
            self.refresh()
            self.signedDone.emit(result["record"])
            self.changed.emit()

        self._run(work, finished, QCoreApplication.translate("SignExportPanel", "Đang ký số…"))

    def ask_on_behalf(self, printed: str, holder: str, then: Callable[[str], None]) -> None:
        """The explicit confirmation to sign for ``printed`` with ``holder``'s certificate."""
        from cchc_desktop.gui.minutes.on_behalf import OnBehalfDialog

        dialog = OnBehalfDialog(printed, holder, cast("QWidget", self))
        dialog.confirmed.connect(then)
        self.on_behalf_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop

    def verify_current(self) -> None:
        """Show the verification report of the minutes in the preview."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.revocation import load_crls
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf

        minutes_id = self.minutes_id
        if minutes_id is None:
            return

        def work(ws: Workspace, progress: Progress) -> list[str]:
            record = register.get(ws, minutes_id)
            pdf = ws.media.read(record["pdf_sha256"])
            return verify_pdf(pdf, load_roots(ws.folder), load_crls(ws.folder)).lines()

        self._run(
            work,
            lambda lines: self.report.setPlainText("\n".join(lines)),
            QCoreApplication.translate("SignExportPanel", "Đang kiểm tra chữ ký số…"),
        )

    def export_docx(self) -> None:
        """The unsigned draft as a Word file, for last edits."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.docx_export import write_docx
        from cchc_desktop.minutes.issue import images, stored_snapshot

        minutes_id = self.minutes_id
        if minutes_id is None:
            return
        target = self.ask_docx_path()
        if target is None:
            return

        def work(ws: Workspace, progress: Progress) -> Path:
            write_docx(stored_snapshot(ws, register.get(ws, minutes_id)), images(ws), target)
            return target

        self._run(
            work,
            lambda path: self.status.setText(
                QCoreApplication.translate("SignExportPanel", "Đã xuất: %1").replace(
                    "%1", str(path)
                )
            ),
            QCoreApplication.translate("SignExportPanel", "Đang xuất bản Word…"),
        )

    def manage_trusted_roots(self) -> TrustedRootsDialog:
        """The trusted-roots list; the report of the minutes shown is redone when it changes."""
        dialog = TrustedRootsDialog(self.ws.folder, cast("QWidget", self))
        dialog.changed.connect(self.verify_current)
        dialog.open()  # window-modal, does not block the event loop
        return dialog

    def start_supplement(self) -> None:
        """Unlock the signed inspection for a biên bản bổ sung (the signed one stays as it is)."""
        from cchc_desktop.minutes.supplement import reopen

        if self.inspection_id is None:
            return
        try:
            signed = reopen(self.ws, self.inspection_id)
        except UserError as exc:
            self._fail(exc.message)
            return
        self.status.setText(
            QCoreApplication.translate(
                "SignExportPanel", "Đã mở lại để lập biên bản bổ sung cho Biên bản số %1."
            ).replace("%1", str(signed["doc_number"]))
        )
        self.report.clear()
        self.refresh()
        self.changed.emit()  # the inspection is editable again: the other tabs follow
        self.make_preview()
