"""Lập báo cáo…: the consolidated report of a plan (or of every inspection) as a PDF (Mẫu 1.4),
its Word copy or an XLSX workbook, issued by the body chosen here (the plan's issuer by
default), written in the background, then offered to open.

The same core job as `cchc report` (``reports.export.write_report``) runs on a worker with its
own Workspace; the dialog shows the steps, can stop before anything is written, and never
closes under a running job. ``ask_path`` and ``open_url`` are replaceable, so tests choose the
file and watch "Mở tệp" without a system dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.dialogs.report_issuer import IssuerFields
from cchc_desktop.gui.forms import load_form
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.pages.list_parts import PLAN_NUMBER_ROLE, fill_plan_combo
from cchc_desktop.gui.theme import set_role
from cchc_desktop.reports.export import suggested_name

# The folder the last report went to, offered again for the next one (this session).
_last_folder: list[Path] = []


def default_folder() -> Path:
    """Where a report goes unless the user chooses: the last folder used, else Documents."""
    if _last_folder:
        return _last_folder[0]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class ReportDialog(QDialog):
    """Choose plan, format and file; "Lập báo cáo" writes it; "Mở tệp" opens it."""

    # The file just written (tests and the window may listen).
    written = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, plan_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportDialog")
        self.setWindowTitle(tr("Lập báo cáo kết quả kiểm tra"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ask_path: Callable[[Path], Path | None] = self._ask_path
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.task: Any = None
        self.path: Path | None = None  # the file last written
        self._suggested = True  # the file name follows plan and format until the user types one
        self._confirmed: Path | None = None  # a file the user agreed to replace

        self.form = load_form("report_dialog", self)
        f = self.form
        set_role(f.fileError, "error")
        f.fileError.setWordWrap(True)
        f.fileError.hide()
        fill_plan_combo(f.planCombo, ctx.ws, everything=tr("Tất cả kế hoạch (mọi cuộc kiểm tra)"))
        if plan_id:
            f.planCombo.setCurrentIndex(max(0, f.planCombo.findData(plan_id)))
        self.issuer = IssuerFields(ctx, f)
        self.issuer.set_plan(self.plan_id())

        self._build_progress()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(f.widget)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._suggest()
        f.planCombo.currentIndexChanged.connect(lambda _i: self._plan_chosen())
        for radio in (f.pdfRadio, f.docxRadio, f.xlsxRadio):
            radio.toggled.connect(self._format_toggled)
        f.fileEdit.textEdited.connect(self._typed)
        f.browseButton.clicked.connect(self.browse)
        self.create_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        f.planCombo.setFocus()

    def _build_progress(self) -> None:
        """Busy while the report is written; the steps and the outcome in words."""
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy: the steps are said in words below it
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

    def _build_buttons(self) -> None:
        """Write the report; open it or its folder once written; close."""
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(tr("&Lập báo cáo"))
        self.create_button.setObjectName("createReport")
        self.create_button.setDefault(True)
        self.open_button = QPushButton(tr("&Mở tệp"))
        self.open_button.setObjectName("openReport")
        self.folder_button = QPushButton(tr("Mở &thư mục"))
        self.folder_button.setObjectName("openReportFolder")
        self.close_button = QPushButton(tr("Đó&ng"))
        self.close_button.setObjectName("closeReport")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_button, self.folder_button):
            # Hidden after adding: the button box shows what it is given.
            button.setAutoDefault(False)
            button.hide()

    # -- choices --------------------------------------------------------------------------

    def plan_id(self) -> str | None:
        value = self.form.planCombo.currentData()
        return str(value) if value else None

    def suffix(self) -> str:
        f = self.form
        return ".pdf" if f.pdfRadio.isChecked() else ".docx" if f.docxRadio.isChecked() else ".xlsx"

    def _plan_chosen(self) -> None:
        self.issuer.set_plan(self.plan_id())
        self._suggest()

    def target(self) -> Path | None:
        """The file the report will be written to, with the chosen format's extension."""
        text = self.form.fileEdit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = default_folder() / path
        if path.suffix.lower() != self.suffix():
            path = (
                path.with_suffix(self.suffix()) if path.suffix else Path(f"{path}{self.suffix()}")
            )
        return path

    def set_target(self, path: Path) -> None:
        """Write into ``path`` (the format follows its extension when it names one)."""
        radios = {".pdf": "pdfRadio", ".docx": "docxRadio", ".xlsx": "xlsxRadio"}
        if path.suffix.lower() in radios:
            getattr(self.form, radios[path.suffix.lower()]).setChecked(True)
        self._suggested = False
        self.form.fileEdit.setText(str(path))
        self._problem("")

    def _suggest(self) -> None:
        if not self._suggested:
            return
        combo = self.form.planCombo
        number = combo.itemData(combo.currentIndex(), PLAN_NUMBER_ROLE)
        current = self.form.fileEdit.text().strip()
        folder = Path(current).parent if current else default_folder()
        self.form.fileEdit.setText(str(folder / suggested_name(number, self.suffix())))

    def _format_toggled(self, on: bool) -> None:
        if on:  # the radio turned on (the one turned off says nothing)
            self._format_chosen()

    def _format_chosen(self) -> None:
        if self._suggested:
            self._suggest()
        else:
            path = self.target()
            if path is not None:
                self.form.fileEdit.setText(str(path))

    def _typed(self, _text: str) -> None:
        self._suggested = False
        self._confirmed = None
        self._problem("")

    def browse(self) -> None:
        """Choose the file (a save dialog, which asks before replacing one)."""
        chosen = self.ask_path(self.target() or default_folder())
        if chosen is not None:
            self.set_target(chosen)
            self._confirmed = self.target()

    def _ask_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Lưu báo cáo"),
            str(suggested),
            {
                ".pdf": tr("Báo cáo PDF (*.pdf)"),
                ".docx": tr("Văn bản Word (*.docx)"),
            }.get(self.suffix(), tr("Bảng tính Excel (*.xlsx)")),
        )
        return Path(name) if name else None

    # -- the job --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.task is not None

    def write(self) -> None:
        """Write the report in the background (asks once before replacing a typed file)."""
        if self.busy:
            return
        path = self.target()
        if self.issuer.problem():
            self._problem(self.issuer.problem())
            return
        if path is None:
            self._problem(tr("Hãy chọn tệp để lưu báo cáo."))
            return
        if path.is_dir():
            self._problem(
                tr("«{path}» là một thư mục; hãy ghi cả tên tệp.").replace("{path}", str(path))
            )
            return
        if path.exists() and path != self._confirmed:
            self._confirmed = path
            self._problem(
                tr("Tệp «{name}» đã có. Nhấn «Lập báo cáo» lần nữa để ghi đè.").replace(
                    "{name}", path.name
                )
            )
            return
        self.form.fileEdit.setText(str(path))
        self._problem("")
        from cchc_desktop.reports.export import write_report
        from cchc_desktop.store.workspace import Workspace

        root, settings, plan = self.ctx.data_dir, self.ctx.settings, self.plan_id()
        issuing = self.issuer.issuing()

        def work(progress: Any) -> tuple[Path, int, int]:
            with Workspace.open(root) as ws:
                data = write_report(
                    ws, path, plan=plan, settings=settings, issuing=issuing, progress=progress
                )
            return path, len(data.units), len(data.recommendations)

        self._set_busy(True)
        self.status.setText(tr("Đang lập báo cáo…"))
        self.task = self.ctx.run(
            work,
            on_result=self._while_alive(self._done),
            on_error=self._while_alive(self._failed),
            on_progress=self._while_alive(self._step),
            on_cancelled=self._while_alive(
                lambda: self._failed(tr("Đã dừng; không có tệp nào được ghi."))
            ),
        )

    def _while_alive(self, slot: Callable[..., None]) -> Callable[..., None]:
        """``slot``, skipped if the dialog is gone (the window closed while the job ran)."""

        def call(*args: Any) -> None:
            if isValid(self):
                slot(*args)

        return call

    def _step(self, _done: int, _total: int, text: str) -> None:
        if text:
            self.status.setText(text)

    def _done(self, result: tuple[Path, int, int]) -> None:
        path, units, recommendations = result
        self._set_busy(False)
        self.path = path
        _last_folder[:] = [path.parent]
        self._suggested = False
        self._confirmed = path  # making it again replaces it without asking twice
        self.status.setText(
            tr("Đã lưu báo cáo ({units} đơn vị, {recs} kiến nghị) vào:\n{path}")
            .replace("{units}", str(units))
            .replace("{recs}", str(recommendations))
            .replace("{path}", str(path))
        )
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setFocus()
        self.written.emit(path)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.hide()
        self._problem(message)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.status.show()
        for widget in (self.form.widget, self.create_button, self.open_button, self.folder_button):
            widget.setEnabled(not busy)
        self.close_button.setText(tr("&Hủy") if busy else tr("Đó&ng"))
        if busy:
            self.open_button.hide()
            self.folder_button.hide()

    def _problem(self, text: str) -> None:
        self.form.fileError.setText(text)
        self.form.fileError.setVisible(bool(text))

    def open_file(self) -> None:
        """Open the written report in the system's viewer (PDF reader, spreadsheet)."""
        if self.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.path.parent)))

    def reject(self) -> None:
        # Esc or "Hủy" while the job runs stops it (nothing is written); the dialog stays.
        if self.busy:
            self.task.cancel()
            return
        super().reject()
