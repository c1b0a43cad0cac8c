"""What the "Ký & xuất" panel does with the document: the digital signature, the verification
report, the Word draft, the trusted roots, the biên bản bổ sung.

A mixin of ``SignExportPanel``, kept apart so the panel module holds the widgets, the state and
the signers, this one the jobs. Every job runs through the panel's ``_run`` on a Workspace of
its own. The strings keep the panel's translation context (``SignExportPanel``), named
outright because a mixin's ``self.tr`` would be filed under another one.

A digital signature goes: the readiness list (nothing may block) → the .p12 file and its
password → a job opens the certificate and prepares the summary (the number it would take, the
pages, who signs, the holder) → the person confirms → a job issues and signs (or, on an issued
biên bản, adds the signature) → the verification report.
"""

from __future__ import annotations

from collections.abc import Callable
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

    from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
    from cchc_desktop.minutes.summary import SigningSummary


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
    previewReady: SignalInstance
    ask_p12: Callable[[], Path | None]
    ask_password: Callable[[Path], str | None]
    ask_docx_path: Callable[[], Path | None]
    confirm: Callable[[SigningSummary, Callable[[], None]], Any]

    if TYPE_CHECKING:

        @property
        def locked(self) -> bool: ...
        def issued(self) -> dict[str, Any] | None: ...
        def refresh(self) -> None: ...
        def refuse_if_blocked(self, *, content_only: bool = False) -> bool: ...
        def _run(
            self,
            work: Callable[[Workspace, Progress], Any],
            done: Callable[[Any], None],
            text: str,
        ) -> None: ...
        def _fail(self, message: str) -> None: ...
        def make_preview(self) -> None: ...

    def sign_digitally(self) -> None:
        """Ask for the .p12 file and its password, confirm the summary, then sign."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.certificates import describe
        from cchc_desktop.minutes.cosign import further_summary, ready_to_add_signature
        from cchc_desktop.minutes.issue import prepare_issue
        from cchc_desktop.minutes.signing import P12Signer

        inspection = self.inspection_id
        if inspection is None:
            return
        role = str(self.role_box.currentData())
        issued = self.issued()
        if issued is None and self.refuse_if_blocked():
            return
        p12 = self.ask_p12()
        if p12 is None:
            return
        password = self.ask_password(p12)
        if password is None:
            return

        def prepare(ws: Workspace, progress: Progress) -> tuple[P12Signer, SigningSummary]:
            signer = P12Signer.from_file(p12, password)  # a wrong password stops here
            holder = describe(signer.certificate).subject
            if issued is not None:
                record = register.get(ws, issued["id"])
                snapshot = ready_to_add_signature(ws, record)
                return signer, further_summary(snapshot, record, role, holder)
            return signer, prepare_issue(ws, inspection, role=role, holder=holder)

        def ask(prepared: tuple[P12Signer, SigningSummary]) -> None:
            signer, summary = prepared
            self.status.setText(
                QCoreApplication.translate("SignExportPanel", "Hãy xác nhận để ký.")
            )
            self.confirm(summary, lambda: self._sign_with(signer, role, issued))

        # The password lives only in these calls' closures: never stored or logged.
        self._run(
            prepare, ask, QCoreApplication.translate("SignExportPanel", "Đang chuẩn bị ký số…")
        )

    def _sign_with(self, signer: Any, role: str, issued: dict[str, Any] | None) -> None:
        from cchc_desktop.minutes.cosign import sign_minutes
        from cchc_desktop.minutes.issue import issue_minutes
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf

        inspection = self.inspection_id
        if inspection is None:
            return

        def work(ws: Workspace, progress: Progress) -> dict[str, Any]:
            if issued is not None:
                added = sign_minutes(ws, issued["id"], signer, role=role, progress=progress)
                record, pdf, warning = added.record, added.signed.pdf, added.warning
                outbox: Path | None = added.outbox
            else:
                made = issue_minutes(ws, inspection, signer=signer, role=role, progress=progress)
                record, pdf, warning = made.record, made.pdf, made.warning
                outbox = made.outbox
            report = verify_pdf(pdf, load_roots(ws.folder))
            return {
                "record": record,
                "pdf": pdf,
                "outbox": outbox,
                "warning": warning,
                "report": report.lines(),
            }

        def done(result: dict[str, Any]) -> None:
            self.minutes_id = result["record"]["id"]
            self.preview.set_pdf(result["pdf"])
            self.report.setPlainText("\n".join(result["report"]))
            text = QCoreApplication.translate(
                "SignExportPanel", "Đã ký số Biên bản số %1. Bản PDF đã ký ở hộp thư đi: %2"
            )
            text = text.replace("%1", result["record"]["doc_number"])
            text = text.replace("%2", str(result["outbox"]))
            if result["warning"]:
                text += "\n" + result["warning"]
            self.status.setText(text)
            self.refresh()
            self.signedDone.emit(result["record"])
            self.changed.emit()

        self._run(work, done, QCoreApplication.translate("SignExportPanel", "Đang ký số…"))

    def verify_current(self) -> None:
        """Show the verification report of the issued biên bản in the preview."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf

        minutes_id = self.minutes_id
        if minutes_id is None:
            return

        def work(ws: Workspace, progress: Progress) -> list[str]:
            record = register.get(ws, minutes_id)
            if record["paper"]:
                return []  # signed in ink: nothing digital to check
            return verify_pdf(ws.media.read(record["pdf_sha256"]), load_roots(ws.folder)).lines()

        self._run(
            work,
            lambda lines: self.report.setPlainText("\n".join(lines)),
            QCoreApplication.translate("SignExportPanel", "Đang kiểm tra chữ ký số…"),
        )

    def export_docx(self) -> None:
        """The draft as a Word file for last edits to the words (never a signature in it)."""
        from cchc_desktop.minutes.docx_export import write_docx
        from cchc_desktop.minutes.issue import draft_minutes

        inspection = self.inspection_id
        if inspection is None:
            return
        target = self.ask_docx_path()
        if target is None:
            return

        def work(ws: Workspace, progress: Progress) -> Path:
            write_docx(draft_minutes(ws, inspection).snapshot, target)
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
        """Unlock the issued inspection for a biên bản bổ sung (the issued one stays as it is)."""
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
        self.minutes_id = None
        self.report.clear()
        self.refresh()
        self.changed.emit()  # the inspection is editable again: the other tabs follow
        self.make_preview()
