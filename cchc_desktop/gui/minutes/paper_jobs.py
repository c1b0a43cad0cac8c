"""The paper path of the "Ký & xuất" panel: "Phát hành để ký giấy…" and "Nhận bản đã ký…".

A mixin of ``SignExportPanel`` (see ``document_jobs`` for why the strings name the panel's
translation context). Issuing for paper checks the readiness list, shows the summary to
confirm, asks where to save the PDF, then takes the number and locks the inspection in one job;
the final PDF is shown to print. Once both sides signed it, the scan (a PDF, or photos of the
pages) is recorded as the official copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cchc_desktop.progress import Progress
from cchc_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
    from cchc_desktop.minutes.summary import SigningSummary


class PaperJobs:
    """The paper path's jobs; the panel provides the widgets, the state and the job runner."""

    ws: Workspace
    inspection_id: str | None
    minutes_id: str | None
    preview: PdfPreview
    status: QLabel
    changed: SignalInstance
    previewReady: SignalInstance
    ask_pdf_path: Callable[[str], Path | None]
    ask_scans: Callable[[], list[Path]]
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

    def issue_for_paper(self) -> None:
        """Readiness, the summary to confirm, where to save: then the final PDF to print."""
        from cchc_desktop.minutes.issue import prepare_issue

        inspection = self.inspection_id
        if inspection is None or self.refuse_if_blocked():
            return

        def prepare(ws: Workspace, progress: Progress) -> SigningSummary:
            return prepare_issue(ws, inspection, paper=True)

        def ask(summary: SigningSummary) -> None:
            self.status.setText(
                QCoreApplication.translate("SignExportPanel", "Hãy xác nhận để phát hành.")
            )
            self.confirm(summary, lambda: self._choose_and_issue(summary))

        self._run(
            prepare, ask, QCoreApplication.translate("SignExportPanel", "Đang chuẩn bị phát hành…")
        )

    def _choose_and_issue(self, summary: SigningSummary) -> None:
        from cchc_desktop.minutes.issue import issue_minutes

        inspection = self.inspection_id
        if inspection is None:
            return
        suggested = "bien-ban-" + summary.doc_number.split("/")[0] + ".pdf"
        target = self.ask_pdf_path(suggested)
        if target is None:
            self.status.setText(
                QCoreApplication.translate(
                    "SignExportPanel", "Chưa phát hành: chưa chọn nơi lưu tệp."
                )
            )
            return

        def work(ws: Workspace, progress: Progress) -> dict[str, Any]:
            made = issue_minutes(ws, inspection, paper=True, output=target, progress=progress)
            return {"record": made.record, "pdf": made.pdf}

        def done(result: dict[str, Any]) -> None:
            record = result["record"]
            self.minutes_id = record["id"]
            self.preview.set_pdf(result["pdf"])
            self.previewReady.emit(int(record["page_count"]))
            self.status.setText(
                QCoreApplication.translate(
                    "SignExportPanel",
                    "Đã phát hành Biên bản số %1 để ký giấy: %2. In (nút In… trên bản xem trước), "
                    "hai bên ký, rồi bấm «Nhận bản đã ký…».",
                )
                .replace("%1", record["doc_number"])
                .replace("%2", str(target))
            )
            self.refresh()
            self.changed.emit()  # the inspection is locked: the other tabs follow

        self._run(work, done, QCoreApplication.translate("SignExportPanel", "Đang phát hành…"))

    def receive_signed(self) -> None:
        """The scanned signed copy (a PDF, or photos of its pages) becomes the official one."""
        from cchc_desktop.minutes.paper import attach_signed

        inspection = self.inspection_id
        if inspection is None:
            return
        scans = self.ask_scans()
        if not scans:
            return

        def work(ws: Workspace, progress: Progress) -> dict[str, Any]:
            attached = attach_signed(ws, inspection, scans)
            return {
                "record": attached.record,
                "pdf": ws.media.read(attached.record["scan_sha256"]),
                "outbox": attached.outbox,
            }

        def done(result: dict[str, Any]) -> None:
            record = result["record"]
            self.preview.set_pdf(result["pdf"])
            self.previewReady.emit(int(record["scan_pages"]))
            self.status.setText(
                QCoreApplication.translate(
                    "SignExportPanel",
                    "Đã nhận bản giấy đã ký (bản quét) của Biên bản số %1: %2 trang. Bản lưu: %3",
                )
                .replace("%1", record["doc_number"])
                .replace("%2", str(record["scan_pages"]))
                .replace("%3", str(result["outbox"]))
            )
            self.refresh()
            self.changed.emit()

        self._run(work, done, QCoreApplication.translate("SignExportPanel", "Đang nhận bản đã ký…"))
