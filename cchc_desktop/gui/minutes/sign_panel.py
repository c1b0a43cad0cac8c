"""The "Ký & xuất" panel: is the biên bản ready (the list, first), what it records besides the
checklist (times, conclusion, the unit's opinion), who signs, the preview, and the ways to
issue it — "Ký số…" (a .p12/.pfx file) or "Ký bằng USB token…", or "Phát hành để ký giấy…"
then "Nhận bản đã ký…" — with the Word draft, the verification report and the biên bản bổ sung
of an issued one.

The jobs on the document are mixins: ``document_jobs`` (the one digital signing job, whoever
holds the key; verification, Word, trusted roots, supplement), ``token_jobs`` (choosing a
certificate on a USB token and its PIN) and ``paper_jobs`` (the paper path). Every file, PDF and signing job
runs in a worker on its own Workspace; what the panel itself does on the window's thread is
reading the database and storing typed fields. Looking at the tab takes no number: the preview
is a draft ("Số: …/BB-ĐKT", DỰ THẢO) made from the inspection as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cchc_desktop.domain.roles import SignerRole, stand_ins
from cchc_desktop.gui import workers
from cchc_desktop.gui.minutes.confirm import confirm_signing
from cchc_desktop.gui.minutes.document_jobs import DocumentJobs
from cchc_desktop.gui.minutes.paper_jobs import PaperJobs
from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
from cchc_desktop.gui.minutes.readiness_links import ReadinessLinks
from cchc_desktop.gui.minutes.readiness_list import ReadinessList
from cchc_desktop.gui.minutes.record_fields import RecordFields
from cchc_desktop.gui.minutes.signer_box import Questions, SignerBox
from cchc_desktop.gui.minutes.signer_jobs import SignerJobs
from cchc_desktop.gui.minutes.token_jobs import TokenJobs
from cchc_desktop.minutes.readiness import Readiness
from cchc_desktop.minutes.summary import SigningSummary
from cchc_desktop.progress import Progress
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.workspace import Workspace

ROLES = ("dai_dien_don_vi", "truong_doan", "thu_ky")
PREVIEW_DELAY_MS = 1500  # a new draft after the last stored change of this tab


class SignExportPanel(
    ReadinessLinks, SignerJobs, TokenJobs, DocumentJobs, PaperJobs, QWidget
):  # fmt: skip
    """Sign and export an inspection's minutes; plug in as a tab with ``open_inspection``."""

    previewReady = Signal(int)  # the pages of the PDF now shown (a draft or the issued one)
    signedDone = Signal(object)  # the register record after a digital signature
    failed = Signal(str)  # a message for a person
    busyChanged = Signal(bool)
    # For the inspection view: something was stored (a field, a signer, a signature…).
    changed = Signal()
    # For the inspection view: show this tab and put the cursor on this field.
    jumpRequested = Signal(str, str, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id: str | None = None
        self.minutes_id: str | None = None  # the issued record shown, None for a draft
        self.readiness: Readiness | None = None
        self.draft_pages = 0
        self._busy = False
        self._stale = False  # an inspection was opened while the panel was hidden
        # How the panel asks things; tests replace these so no dialog ever blocks.
        questions = Questions(self)
        self.ask_p12: Callable[[], Path | None] = questions.p12_file
        self.ask_password: Callable[[Path], str | None] = questions.password
        self.capture_signature: Callable[[str], bytes | None] = lambda role: questions.handwritten(
            self.boxes[role].name.text()
        )
        self.ask_scan: Callable[[], Path | None] = questions.scan_file
        self.ask_scans: Callable[[], list[Path]] = questions.scan_files
        self.ask_pdf_path: Callable[[str], Path | None] = questions.pdf_target
        self.ask_docx_path: Callable[[], Path | None] = questions.docx_target
        self.confirm: Callable[[SigningSummary, Callable[[], None]], Any] = lambda summary, then: (
            confirm_signing(self, summary, then)
        )
        self.on_behalf_dialog = None
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("minutesBanner")
        self.banner.setWordWrap(True)
        self.checklist = ReadinessList(self)
        self.checklist.jumpRequested.connect(self.go_to)
        lines = self.fontMetrics().lineSpacing()
        # Four lines: on a 768 px laptop at 130 % text the fields below keep room to be typed in.
        self.checklist.items.setMaximumHeight(lines * 4)
        actions = self._build_actions()
        self.status = QLabel(self)
        self.status.setObjectName("minutesStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_details()

        head = QWidget(self)
        top = QVBoxLayout(head)
        top.setContentsMargins(0, 0, 4, 0)
        top.addWidget(self.banner)
        top.addWidget(self.checklist)
        top.addLayout(actions)
        top.addWidget(self.status)
        # The list, the actions and the messages stay in sight; the fields below them scroll,
        # and the person may give them more room.
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(head)
        side.addWidget(self.details)
        side.setCollapsible(0, False)
        side.setStretchFactor(1, 1)
        # Room for the list and the buttons at 130 % text on a 1366 px screen; the preview
        # takes the rest (the fields scroll inside the column).
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview_if_open)

    def _build_actions(self) -> QGridLayout:
        """The signing role and the buttons: sign, token, paper, receive, supplement, more."""
        self.role_box = QComboBox(self)
        for role in ROLES:
            self.role_box.addItem(SignerRole(role).label, role)
        self.role_box.setCurrentIndex(ROLES.index("truong_doan"))
        self.role_box.setToolTip(self.tr("Ký số với vai trò"))
        self.sign_button = QPushButton(self.tr("Ký &số…"), self)
        self.sign_button.setToolTip(self.tr("Ký bằng tệp chứng thư số .p12/.pfx"))
        self.sign_button.clicked.connect(self.sign_digitally)
        self.token_button = QPushButton(self.tr("Ký bằng &USB token…"), self)
        self.token_button.clicked.connect(self.sign_with_token)
        self.paper_button = QPushButton(self.tr("&Phát hành để ký giấy…"), self)
        self.paper_button.clicked.connect(self.issue_for_paper)
        self.receive_button = QPushButton(self.tr("&Nhận bản đã ký…"), self)
        self.receive_button.clicked.connect(self.receive_signed)
        self.supplement_button = QPushButton(self.tr("Lập biên bản &bổ sung"), self)
        self.supplement_button.clicked.connect(self.start_supplement)
        self.more_button = QPushButton(self.tr("Khác"), self)
        more = QMenu(self.more_button)
        self.preview_action = more.addAction(self.tr("Cập nhật bản xem trước"))
        self.preview_action.triggered.connect(self.make_preview)
        self.docx_action = more.addAction(self.tr("Xuất bản nháp Word…"))
        self.docx_action.triggered.connect(self.export_docx)
        self.roots_action = more.addAction(self.tr("Chứng thư gốc tin cậy…"))
        self.roots_action.triggered.connect(self.manage_trusted_roots)
        self.more_button.setMenu(more)
        actions = QGridLayout()
        first = QHBoxLayout()
        first.addWidget(self.role_box, 1)
        first.addWidget(self.more_button)
        actions.addLayout(first, 0, 0, 1, 2)
        actions.addWidget(self.sign_button, 1, 0)
        actions.addWidget(self.token_button, 1, 1)
        actions.addWidget(self.paper_button, 2, 0)
        actions.addWidget(self.receive_button, 2, 1)
        actions.addWidget(self.supplement_button, 3, 0, 1, 2)
        return actions

    def _build_details(self) -> None:
        """The record's fields, a box per signer and the signature report, scrolling."""
        self.fields = RecordFields(self.ws, self)
        self.fields.stored.connect(self._field_stored)
        self.fields.problem.connect(self._fail)
        self.boxes = {role: SignerBox(role, self) for role in ROLES}
        for role, box in self.boxes.items():
            box.typed.connect(self.fields.typed_signer)
            box.pad_button.clicked.connect(lambda _c=False, r=role: self.sign_by_hand(r))
            box.scan_button.clicked.connect(lambda _c=False, r=role: self.import_scan(r))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Kết quả kiểm tra chữ ký số sẽ hiện ở đây."))
        self.report.setMinimumHeight(80)

        details = QWidget(self)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.fields)
        for box in self.boxes.values():
            column.addWidget(box)
        column.addWidget(self.report)
        column.addStretch(1)
        self.details = QScrollArea(self)
        # The record's fields and the signers scroll inside this frame on a small screen; the
        # readiness list's links bring each one into view (readiness_links.focus_target).
        self.details.setObjectName("minutesDetails")
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- state ------------------------------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection: readiness, fields and signers now; its document once the panel
        is on screen (a draft takes no number, but it is work worth doing only when seen)."""
        self.fields.flush()
        self.inspection_id = inspection_id
        self.minutes_id = None
        self.report.clear()
        self.status.clear()
        self.refresh()
        self._stale = True
        if self.isVisible():
            self._show_document()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.inspection_id is None:
            return
        self.refresh()  # the other tabs may have changed what the list says
        if self._stale or not self.locked:
            self._show_document()

    def hideEvent(self, event: Any) -> None:
        self.fields.flush()
        super().hideEvent(event)

    def flush_pending(self) -> None:
        """Store anything typed in the tab (the view calls it before closing)."""
        self.fields.flush()

    def _show_document(self) -> None:
        from cchc_desktop.minutes import register

        assert self.inspection_id is not None
        self._stale = False
        latest = register.latest(self.ws, self.inspection_id)
        if self.locked and latest is not None and latest["signed"]:
            self.minutes_id = latest["id"]
            shown = latest["scan_sha256"] or latest["pdf_sha256"]
            # The file is read by the preview's worker, not here on the window's thread.
            self.preview.set_pdf(self.ws.media.blob_path(shown))
            self.previewReady.emit(int(latest["page_count"]))
            if not latest["paper"]:
                self.verify_current()
        else:
            self.make_preview()

    def closeEvent(self, event: Any) -> None:
        self.preview.clear()
        super().closeEvent(event)

    @property
    def locked(self) -> bool:
        from cchc_desktop.store.inspections import find_inspection

        if self.inspection_id is None:
            return False
        row = find_inspection(self.ws, self.inspection_id)
        return row is not None and row["status"] == STATUS_SIGNED

    def issued(self) -> dict[str, Any] | None:
        """The issued record of a locked inspection (None while the biên bản is a draft)."""
        from cchc_desktop.minutes import register

        if self.inspection_id is None or not self.locked:
            return None
        latest = register.latest(self.ws, self.inspection_id)
        return latest if latest is not None and latest["signed"] else None

    def refresh(self) -> None:
        """Readiness, fields, signers and buttons as the database has them now."""
        from cchc_desktop.store.inspections import find_inspection
        from cchc_desktop.store.signers import signers_of

        if self.inspection_id is None:
            return
        row = find_inspection(self.ws, self.inspection_id)
        if row is None:
            return
        editable = row["status"] != STATUS_SIGNED
        self.fields.show_inspection(self.inspection_id, row, editable)
        named = {s["role"]: s for s in signers_of(self.ws, self.inspection_id)}
        for role, member in self._team_stand_ins(row).items():
            named.setdefault(role, {**member, "image_sha256": None})
        for role, box in self.boxes.items():
            signer = named.get(role)
            if box.name.hasFocus() or box.title_edit.hasFocus():
                continue  # the person is typing here: their text stays
            box.name.setText(signer["name"] if signer else "")
            box.title_edit.setText(signer["title"] if signer else "")
            box.name.setCursorPosition(0)
            box.title_edit.setCursorPosition(0)  # a long post shows its beginning
            box.image_sha = signer["image_sha256"] if signer else None
            sha = box.image_sha
            box.show_image(self.ws.media.read(sha) if sha and self.ws.media.has(sha) else None)
        self.refresh_readiness()
        self.update_buttons()

    def _team_stand_ins(self, row: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """The team members the document names for roles nobody was named for yet."""
        from cchc_desktop.store.plans import team_members

        if not row["team_id"]:
            return {}
        return stand_ins(team_members(self.ws, row["team_id"]))

    def update_buttons(self) -> None:
        """What can be done now: nothing while a job runs; what the biên bản's state allows."""
        if self.inspection_id is None:
            return
        issued = self.issued()
        open_ = issued is None and not self.locked
        for box in self.boxes.values():
            box.set_editable(open_ and not self._busy)
        digital = issued is not None and not issued["paper"]
        paper_waiting = issued is not None and issued["paper"] and not issued["scan_sha256"]
        if issued is None:
            banner = self.tr(
                "Dự thảo (chưa có số): số biên bản được cấp khi ký số hoặc phát hành để ký giấy."
            )
        elif digital:
            banner = self.tr(
                "Biên bản đã ký số: nội dung cuộc kiểm tra đã khóa. Bên còn lại ký số tiếp; "
                "muốn thay đổi, hãy lập biên bản bổ sung."
            )
        elif paper_waiting:
            banner = self.tr(
                "Đã phát hành để ký giấy: in, hai bên ký, rồi bấm «Nhận bản đã ký…». Nội dung "
                "đã khóa; muốn thay đổi, hãy lập biên bản bổ sung."
            )
        else:
            banner = self.tr(
                "Bản giấy đã ký (bản quét) là bản chính thức. Muốn thay đổi, hãy lập biên bản "
                "bổ sung."
            )
        self.banner.setText(banner)
        idle = not self._busy
        self.sign_button.setEnabled(idle and (open_ or digital))
        self.token_button.setEnabled(idle and (open_ or digital))
        self.role_box.setEnabled(idle and (open_ or digital))
        self.paper_button.setEnabled(idle and open_)
        self.receive_button.setEnabled(idle and paper_waiting)
        self.supplement_button.setVisible(issued is not None)
        self.supplement_button.setEnabled(idle)
        self.preview_action.setEnabled(idle and open_)
        self.docx_action.setEnabled(idle and open_)
        self.more_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
        self.busyChanged.emit(busy)

    def _run(
        self, work: Callable[[Workspace, Progress], Any], done: Callable[[Any], None], text: str
    ) -> None:
        """Run a job on its own Workspace in the background; the panel waits, the window doesn't."""
        self.fields.flush()  # a job reads the database: what was typed is in it first
        root = self.ws.folder.root
        self.status.setText(text)
        self._set_busy(True)

        def job(progress: Progress) -> Any:
            with Workspace.open(root) as ws:
                return work(ws, progress)

        def finished(result: Any) -> None:
            if not isValid(self) or self.ws.closed:
                return  # the panel or the data folder closed while the job ran: it is stored
            self._set_busy(False)
            done(result)

        workers.start(job, on_result=finished, on_error=self._fail, database=self.ws.folder.db_path)

    def _fail(self, message: str) -> None:
        if not isValid(self) or self.ws.closed:
            return
        if self._busy:
            self._set_busy(False)
        self.status.setText(message)
        self.failed.emit(message)

    def _field_stored(self) -> None:
        self.refresh_readiness()
        self.changed.emit()
        self._preview_timer.start()

    def _preview_if_open(self) -> None:
        if self.isVisible() and not self.locked and not self._busy:
            self.make_preview()

    # -- the draft ---------------------------------------------------------------------------

    def make_preview(self) -> None:
        """Make the draft from the inspection as it is now and show it (nothing is stored)."""
        inspection = self.inspection_id
        if inspection is None or self._busy:
            return

        def work(ws: Workspace, progress: Progress) -> tuple[bytes, int]:
            # Imported in the worker: the document machinery (ReportLab, the layout) is the
            # largest part of the tab's first show, and the window need not wait for it.
            from cchc_desktop.minutes.issue import draft_minutes

            draft = draft_minutes(ws, inspection, progress)
            return draft.result.pdf, draft.result.page_count

        def done(result: tuple[bytes, int]) -> None:
            pdf, pages = result
            self.minutes_id = None
            self.draft_pages = pages
            self.preview.set_pdf(pdf)
            self.status.setText(self.tr("Bản xem trước (dự thảo): %n trang.", "", pages))
            self.previewReady.emit(pages)

        self._run(work, done, self.tr("Đang lập dự thảo…"))
