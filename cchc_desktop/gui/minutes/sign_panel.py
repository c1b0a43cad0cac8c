"""The "Ký & xuất" panel: signers, handwritten signatures, the preview, the digital signature,
the verification report, and the biên bản bổ sung of a signed inspection (the jobs on the
document itself are in ``document_jobs``).

Every file, image, PDF and signing job runs in a worker that opens its own Workspace on the
same data folder; the panel itself only reads the database and names signers. The .p12
password is asked each time, handed to the worker and dropped: never stored, never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import UserError, read_named_file
from cchc_desktop.gui import workers
from cchc_desktop.gui.minutes.document_jobs import DocumentJobs
from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
from cchc_desktop.gui.minutes.signer_box import Questions, SignerBox
from cchc_desktop.progress import Progress
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.workspace import Workspace

ROLES = ("dai_dien_don_vi", "truong_doan", "thu_ky")


class SignExportPanel(DocumentJobs, QWidget):
    """Sign and export an inspection's minutes; plug in as a tab with ``open_inspection``."""

    minutesReady = Signal(str)  # the minutes record shown in the preview
    signedDone = Signal(object)  # the register record after a digital signature
    failed = Signal(str)  # a message for a person
    busyChanged = Signal(bool)
    # For the inspection view: something was stored (a signer, a signature, a supplement).
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id: str | None = None
        self.minutes_id: str | None = None
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
        self.ask_docx_path: Callable[[], Path | None] = questions.docx_target
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.boxes = {role: SignerBox(role, self) for role in ROLES}
        for role, box in self.boxes.items():
            box.save_button.clicked.connect(lambda _c=False, r=role: self.save_signer(r))
            box.pad_button.clicked.connect(lambda _c=False, r=role: self.sign_by_hand(r))
            box.scan_button.clicked.connect(lambda _c=False, r=role: self.import_scan(r))
        self.preview_button = QPushButton(self.tr("Cập nhật bản xem trước"), self)
        self.preview_button.clicked.connect(self.make_preview)
        self.role_box = QComboBox(self)
        for role in ROLES:
            self.role_box.addItem(SignerRole(role).label, role)
        self.role_box.setCurrentIndex(ROLES.index("truong_doan"))
        self.sign_button = QPushButton(self.tr("Ký số…"), self)
        self.sign_button.clicked.connect(self.sign_digitally)
        self.docx_button = QPushButton(self.tr("Xuất bản nháp Word…"), self)
        self.docx_button.clicked.connect(self.export_docx)
        self.roots_button = QPushButton(self.tr("Chứng thư gốc tin cậy…"), self)
        self.roots_button.clicked.connect(self.manage_trusted_roots)
        self.supplement_button = QPushButton(self.tr("Lập biên bản bổ sung"), self)
        self.supplement_button.clicked.connect(self.start_supplement)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Kết quả kiểm tra chữ ký số sẽ hiện ở đây."))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        signing = QHBoxLayout()
        signing.addWidget(QLabel(self.tr("Ký với vai trò"), self))
        signing.addWidget(self.role_box, 1)
        signing.addWidget(self.sign_button)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.addWidget(self.banner)
        for box in self.boxes.values():
            column.addWidget(box)
        column.addWidget(self.preview_button)
        column.addLayout(signing)
        column.addWidget(self.docx_button)
        column.addWidget(self.roots_button)
        column.addWidget(self.supplement_button)
        column.addWidget(self.report, 1)
        column.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(side.sizeHint().width() + 24)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- state ------------------------------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection: its signers, and its latest minutes once the panel is on screen.

        Making the draft gives the minutes their document number, so it waits until the lead
        actually opens this tab: merely opening an inspection must not take a number.
        """
        self.inspection_id = inspection_id
        self.report.clear()
        self.refresh()
        self._stale = True
        if self.isVisible():
            self._show_minutes()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self.inspection_id is not None:
            self._show_minutes()

    def _show_minutes(self) -> None:
        from cchc_desktop.minutes import register

        assert self.inspection_id is not None
        self._stale = False
        latest = register.latest(self.ws, self.inspection_id)
        if self.locked and latest is not None:
            self.minutes_id = latest["id"]
            # The file is read by the preview's worker, not here on the window's thread.
            self.preview.set_pdf(self.ws.media.blob_path(latest["pdf_sha256"]))
            self.verify_current()
        else:
            self.make_preview()

    def closeEvent(self, event: Any) -> None:
        self.preview.clear()
        super().closeEvent(event)

    @property
    def locked(self) -> bool:
        from cchc_desktop.store import records

        if self.inspection_id is None:
            return False
        row = records.get(self.ws, "inspections", self.inspection_id)
        return row is not None and row["status"] == STATUS_SIGNED

    def refresh(self) -> None:
        """Signers and buttons as the database has them now (unsaved typing is replaced)."""
        from cchc_desktop.store.signers import signers_of

        if self.inspection_id is None:
            return
        named = {s["role"]: s for s in signers_of(self.ws, self.inspection_id)}
        for role, member in self._team_stand_ins().items():
            named.setdefault(role, {**member, "image_sha256": None})
        for role, box in self.boxes.items():
            row = named.get(role)
            box.name.setText(row["name"] if row else "")
            box.title_edit.setText(row["title"] if row else "")
            box.name.setCursorPosition(0)
            box.title_edit.setCursorPosition(0)  # a long post shows its beginning
            box.image_sha = row["image_sha256"] if row else None
            sha = box.image_sha
            box.show_image(self.ws.media.read(sha) if sha and self.ws.media.has(sha) else None)
        self.update_buttons()

    def _team_stand_ins(self) -> dict[str, dict[str, Any]]:
        """The team members the document names for roles nobody was named for yet."""
        from cchc_desktop.minutes.collect import stand_ins
        from cchc_desktop.store import records
        from cchc_desktop.store.plans import team_members

        row = records.get(self.ws, "inspections", self.inspection_id or "")
        if row is None or not row["team_id"]:
            return {}
        return stand_ins(team_members(self.ws, row["team_id"]))

    def update_buttons(self) -> None:
        """What can be done now: nothing while a job runs; no edits once signed."""
        if self.inspection_id is None:
            return
        locked = self.locked
        for box in self.boxes.values():
            box.set_editable(not locked and not self._busy)
        self.banner.setText(
            self.tr(
                "Biên bản đã ký: nội dung cuộc kiểm tra đã khóa. Muốn thay đổi, hãy lập biên "
                "bản bổ sung."
            )
            if locked
            else self.tr("Bản nháp: xem lại từng trang, hai bên ký tay, rồi trưởng đoàn ký số.")
        )
        self.preview_button.setEnabled(not locked and not self._busy)
        self.supplement_button.setVisible(locked)
        self.supplement_button.setEnabled(not self._busy)
        self.sign_button.setEnabled(not self._busy)
        self.docx_button.setEnabled(not self._busy and self.minutes_id is not None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
        self.busyChanged.emit(busy)

    def _run(
        self, work: Callable[[Workspace, Progress], Any], done: Callable[[Any], None], text: str
    ) -> None:
        """Run a job on its own Workspace in the background; the panel waits, the window doesn't."""
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

        workers.start(job, on_result=finished, on_error=self._fail)

    def _fail(self, message: str) -> None:
        if not isValid(self) or self.ws.closed:
            return
        self._set_busy(False)
        self.status.setText(message)
        self.failed.emit(message)

    # -- signers ----------------------------------------------------------------------------

    def save_signer(self, role: str, image_sha: str | None = None) -> bool:
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
        self.status.setText(self.tr("Đã lưu người ký."))
        self.refresh()
        return True

    def _store_image(self, role: str, read: Callable[[], bytes], name: str = "") -> None:
        from cchc_desktop.minutes.signature_image import prepare

        def work(ws: Workspace, progress: Progress) -> str:
            return ws.media.put_bytes(prepare(read(), name))

        def done(sha: str) -> None:
            if self.save_signer(role, image_sha=sha):
                self.make_preview()

        self._run(work, done, self.tr("Đang xử lý ảnh chữ ký…"))

    def sign_by_hand(self, role: str) -> None:
        """The pad for this role's signer; the signature goes into the preview."""
        if not self.boxes[role].name.text().strip():
            self._fail(self.tr("Hãy nhập họ tên người ký trước khi ký tay."))
            return
        if not self.save_signer(role):
            return
        png = self.capture_signature(role)
        if png:
            self._store_image(role, lambda: png)

    def import_scan(self, role: str) -> None:
        """A scanned signature: the paper becomes transparent and the ink blue."""
        if not self.boxes[role].name.text().strip():
            self._fail(self.tr("Hãy nhập họ tên người ký trước khi nhập ảnh chữ ký."))
            return
        if not self.save_signer(role):
            return
        path = self.ask_scan()
        if path is not None:
            self._store_image(role, lambda: read_named_file(path), path.name)

    # -- the draft ---------------------------------------------------------------------------

    def make_preview(self) -> None:
        """Make the draft from the inspection as it is now and show it."""
        from cchc_desktop.minutes.issue import make_minutes

        inspection = self.inspection_id
        if inspection is None:
            return

        def work(ws: Workspace, progress: Progress) -> tuple[str, bytes, int]:
            made = make_minutes(ws, inspection, progress)
            return made.minutes_id, made.result.pdf, made.result.page_count

        def done(result: tuple[str, bytes, int]) -> None:
            self.minutes_id, pdf, pages = result
            self.preview.set_pdf(pdf)
            self.status.setText(self.tr("Bản xem trước: %n trang.", "", pages))
            self.refresh()
            self.minutesReady.emit(self.minutes_id)

        self._run(work, done, self.tr("Đang lập biên bản…"))
