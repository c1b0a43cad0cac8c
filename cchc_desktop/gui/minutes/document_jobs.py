"""What the "Ký & xuất" panel does with the document: the digital signature, the verification
report, the Word draft, the trusted roots, the biên bản bổ sung.

A mixin of ``SignExportPanel``, kept apart so the panel module holds the widgets, the state and
the signers, this one the jobs. Every job runs through the panel's ``_run`` on a Workspace of
its own. The strings keep the panel's translation context (``SignExportPanel``), named
outright because a mixin's ``self.tr`` would be filed under another one.

A digital signature, whoever holds the key (a .p12/.pfx file here, a USB token through
``token_jobs``), goes: the readiness list (nothing may block) → the key's holder (the .p12 file
and its password; the certificate chosen on the token) → a job prepares the summary (the number
it would take, the pages, who signs, the holder) → the person confirms → when the holder is not
the person printed for the role, the on-behalf question and its reason → (the token's PIN) →
the one signing job (``sign_with``): it issues and signs in one transaction (or, on an issued
biên bản, adds the signature), so a refusal while signing takes nothing → the verification
report.
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
    from cchc_desktop.minutes.identity import Holder
    from cchc_desktop.minutes.signing import DocumentSigner
    from cchc_desktop.minutes.summary import SigningSummary

OpenSigner = Callable[[], AbstractContextManager["DocumentSigner"]]


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
    on_behalf_dialog: OnBehalfDialog | None

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
        from cchc_desktop.minutes.identity import holder_of
        from cchc_desktop.minutes.signing import P12Signer

        if self.inspection_id is None:
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
        opened: list[P12Signer] = []

        def holder() -> Holder:
            opened.append(P12Signer.from_file(p12, password))  # a wrong password stops here
            return holder_of(opened[0].certificate)

        # The password lives only in these closures: never stored or logged.
        self.prepare_signature(
            role, issued, holder,
            lambda reason: self.sign_with(lambda: nullcontext(opened[0]), role, reason),
        )  # fmt: skip

    def prepare_signature(
        self,
        role: str,
        issued: dict[str, Any] | None,
        holder: Callable[[], Holder],
        then: Callable[[str | None], None],
    ) -> None:
        """The summary to confirm (prepared in a job: ``holder()`` may open a file), then the
        on-behalf question when the holder is not the person printed for the role, then
        ``then(reason)`` (None when the names match)."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.cosign import further_summary, ready_to_add_signature
        from cchc_desktop.minutes.issue import prepare_issue

        inspection = self.inspection_id
        if inspection is None:
            return

        def prepare(ws: Workspace, progress: Progress) -> tuple[SigningSummary, Holder]:
            who = holder()
            if issued is not None:
                record = register.get(ws, issued["id"])
                snapshot = ready_to_add_signature(ws, record)
                return further_summary(snapshot, record, role, who.name), who
            return prepare_issue(ws, inspection, role=role, holder=who.name), who

        def ask(prepared: tuple[SigningSummary, Holder]) -> None:
            summary, who = prepared
            self.status.setText(
                QCoreApplication.translate("SignExportPanel", "Hãy xác nhận để ký.")
            )
            self.confirm(summary, lambda: self.confirm_identity(summary, role, who, then))

        self._run(
            prepare, ask, QCoreApplication.translate("SignExportPanel", "Đang chuẩn bị ký số…")
        )

    def confirm_identity(
        self, summary: SigningSummary, role: str, holder: Holder,
        then: Callable[[str | None], None],
    ) -> None:  # fmt: skip
        """``then(None)`` when the holder is the person printed for ``role``; else ask whether
        they sign on that person's behalf, and why (``then(reason)`` on yes)."""
        from cchc_desktop.minutes.identity import names_match

        printed = next((p.name for p in summary.parties if p.role == role), "")
        if printed and not names_match(printed, holder):
            self.status.setText(
                QCoreApplication.translate(
                    "SignExportPanel",
                    "Chứng thư số mang tên «%1», còn biên bản ghi «%2»: chỉ ký thay khi được ủy "
                    "quyền, và ghi rõ lý do.",
                )
                .replace("%1", holder.name)
                .replace("%2", printed)
            )
            self.ask_on_behalf(printed, holder.name, then)
        else:
            then(None)

    def sign_with(
        self,
        open_signer: OpenSigner,
        role: str,
        on_behalf: str | None = None,
    ) -> None:
        """The one signing job of the panel, whoever holds the key (.p12 file, USB token).

        The signer is opened first (a wrong password or PIN, a pulled token stop there); the
        biên bản is issued and signed as one transaction (or an issued one takes a further
        signature), so a refusal while signing takes nothing: no number, no row, no file. A
        certificate of someone other than the printed person that slipped past the question
        (a name stored in the PDF) asks it now, then signs again with the reason.
        """
        from cchc_desktop.minutes.cosign import sign_minutes
        from cchc_desktop.minutes.identity import NameMismatch
        from cchc_desktop.minutes.issue import issue_minutes
        from cchc_desktop.minutes.revocation import load_crls
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf

        inspection = self.inspection_id
        if inspection is None:
            return
        issued = self.issued()

        def work(ws: Workspace, progress: Progress) -> dict[str, Any]:
            with open_signer() as signer:
                try:
                    if issued is not None:
                        added = sign_minutes(ws, issued["id"], signer, role=role,
                                             progress=progress, on_behalf=on_behalf)  # fmt: skip
                        record, pdf, warning = added.record, added.signed.pdf, added.warning
                        outbox: Path | None = added.outbox
                    else:
                        made = issue_minutes(ws, inspection, signer=signer, role=role,
                                             progress=progress, on_behalf=on_behalf)  # fmt: skip
                        record, pdf, warning = made.record, made.pdf, made.warning
                        outbox = made.outbox
                except NameMismatch as exc:
                    return {"mismatch": (exc.printed, exc.holder.name, exc.message)}
            report = verify_pdf(pdf, load_roots(ws.folder), load_crls(ws.folder))
            return {
                "record": record,
                "pdf": pdf,
                "outbox": outbox,
                "warning": warning,
                "report": report.lines(),
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

        self._run(work, finished, QCoreApplication.translate("SignExportPanel", "Đang ký số…"))

    def ask_on_behalf(self, printed: str, holder: str, then: Callable[[str], None]) -> None:
        """The explicit confirmation to sign for ``printed`` with ``holder``'s certificate."""
        from cchc_desktop.gui.minutes.on_behalf import OnBehalfDialog

        dialog = OnBehalfDialog(printed, holder, cast("QWidget", self))
        dialog.confirmed.connect(then)
        self.on_behalf_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop

    def verify_current(self) -> None:
        """Show the verification report of the issued biên bản in the preview."""
        from cchc_desktop.minutes import register
        from cchc_desktop.minutes.revocation import load_crls
        from cchc_desktop.minutes.trust import load_roots
        from cchc_desktop.minutes.verify import verify_pdf

        minutes_id = self.minutes_id
        if minutes_id is None:
            return

        def work(ws: Workspace, progress: Progress) -> list[str]:
            record = register.get(ws, minutes_id)
            if record["paper"]:
                return []  # signed in ink: nothing digital to check
            pdf = ws.media.read(record["pdf_sha256"])
            return verify_pdf(pdf, load_roots(ws.folder), load_crls(ws.folder)).lines()

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
