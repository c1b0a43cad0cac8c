"""In biên bản: many biên bản in one print job, or one combined copy for a print shop.

Choose a plan, tick the inspections (every signed one is ticked at the start; "Chọn tất cả đã
ký" ticks them again), then "In…" (Qt's print dialog: printer, copies, duplex) sends them in
the list's order as one job, or "Xuất gộp PDF…" writes them into one PDF with every page
stamped BẢN SAO (``minutes.copies``). Both run in the background with progress and Hủy
(``PrintRunner``); the dialog never closes under a running job. ``ask_printer``, ``ask_path``
and ``open_url`` are replaceable, so tests print to a PDF file without a system dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import UserError
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.minutes.print_document import Document
from cchc_desktop.gui.minutes.print_runner import PrintRunner
from cchc_desktop.gui.pages.list_parts import PLAN_NUMBER_ROLE, fill_plan_combo
from cchc_desktop.minutes.batch import BatchItem, batch_items, refuse_without_minutes

COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Ngày"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Biên bản số"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Tình trạng"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Số trang"),
)


class BatchPrintDialog(QDialog):
    """The plan's inspections with their biên bản, ticked to print or export together."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, plan_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(tr("In biên bản"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ask_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.ask_path: Callable[[Path], Path | None] = self._ask_path
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.items: list[BatchItem] = []
        self.path: Path | None = None  # the combined copy last written

        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("printPlanCombo")
        fill_plan_combo(self.plan_combo, ctx.ws, everything=tr("Tất cả kế hoạch"))
        if plan_id:
            self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(plan_id)))
        self._build_table()
        self.signed_button = QPushButton(tr("Chọn tất cả &đã ký"))
        self.signed_button.setObjectName("tickSigned")
        self.all_button = QPushButton(tr("Chọn &tất cả"))
        self.all_button.setObjectName("tickAll")
        self.none_button = QPushButton(tr("&Bỏ chọn"))
        self.none_button.setObjectName("tickNone")
        self.summary = QLabel()
        self.summary.setObjectName("printSummary")
        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.runner = PrintRunner(self)
        buttons = self._build_buttons()

        form = QFormLayout()
        plan_label = QLabel(tr("&Kế hoạch:"))
        plan_label.setBuddy(self.plan_combo)
        form.addRow(plan_label, self.plan_combo)
        ticks = QHBoxLayout()
        for widget in (self.signed_button, self.all_button, self.none_button):
            ticks.addWidget(widget)
        ticks.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.message)
        layout.addWidget(self.runner)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._connect()
        self.reload()
        self.table.setFocus()

    def _build_table(self) -> None:
        """The inspections of the plan, one row each, ticked to print."""
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr(c) if c else "" for c in COLUMNS])
        self.table = QTableView()
        self.table.setObjectName("printTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _build_buttons(self) -> QDialogButtonBox:
        """Print, export one combined PDF, open it, close."""
        self.print_button = QPushButton(tr("&In…"))
        self.print_button.setObjectName("printChosen")
        self.print_button.setDefault(True)
        self.export_button = QPushButton(tr("Xuất gộp &PDF…"))
        self.export_button.setObjectName("exportCombined")
        self.export_button.setToolTip(
            tr("Một tệp PDF gồm các biên bản đã chọn, mỗi trang đóng dấu «BẢN SAO», để mang đi in")
        )
        self.open_button = QPushButton(tr("&Mở tệp"))
        self.open_button.setObjectName("openCombined")
        self.close_button = QPushButton(tr("Đó&ng"))
        self.close_button.setObjectName("closePrint")
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.hide()
        return buttons

    def _connect(self) -> None:
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.itemChanged.connect(lambda _item: self._count())
        self.signed_button.clicked.connect(lambda: self.tick(lambda i: i.complete))
        self.all_button.clicked.connect(lambda: self.tick(lambda i: i.has_minutes))
        self.none_button.clicked.connect(lambda: self.tick(lambda _i: False))
        self.print_button.clicked.connect(self.print_chosen)
        self.export_button.clicked.connect(self.export_combined)
        self.open_button.clicked.connect(self.open_file)
        self.close_button.clicked.connect(self.reject)
        self.runner.finished.connect(self._finished)

    # -- the list -------------------------------------------------------------------------

    def plan_id(self) -> str | None:
        value = self.plan_combo.currentData()
        return str(value) if value else None

    def reload(self) -> None:
        """The plan's inspections with their biên bản; every signed one ticked."""
        self.items = batch_items(self.ctx.ws, plan=self.plan_id()) if self.ctx.ready else []
        self.model.removeRows(0, self.model.rowCount())
        for item in self.items:
            tick = QStandardItem()
            tick.setCheckable(item.has_minutes)
            tick.setEnabled(item.has_minutes)
            tick.setCheckState(Qt.CheckState.Checked if item.complete else Qt.CheckState.Unchecked)
            tick.setData(item.inspection_id, Qt.ItemDataRole.UserRole)
            cells = [
                item.unit_name,
                dmy(item.date),
                item.doc_number if item.has_minutes else "",
                item.state,
                str(item.page_count) if item.has_minutes else "",
            ]
            row = [tick, *(QStandardItem(text) for text in cells)]
            for cell in row[1:]:
                cell.setEnabled(item.has_minutes)
            self.model.appendRow(row)
        self._count()

    def tick(self, wanted: Callable[[BatchItem], bool]) -> None:
        for row, item in enumerate(self.items):
            cell = self.model.item(row, 0)
            if cell.isCheckable():
                state = Qt.CheckState.Checked if wanted(item) else Qt.CheckState.Unchecked
                cell.setCheckState(state)

    def chosen(self) -> list[BatchItem]:
        """The ticked items, in the list's order (the order they print in)."""
        return [
            item
            for row, item in enumerate(self.items)
            if self.model.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        chosen = self.chosen()
        pages = sum(item.page_count for item in chosen)
        self.summary.setText(
            tr("Đã chọn {count} biên bản, {pages} trang")
            .replace("{count}", str(len(chosen)))
            .replace("{pages}", str(pages))
        )
        idle = not self.runner.busy
        self.print_button.setEnabled(idle and bool(chosen))
        self.export_button.setEnabled(idle and bool(chosen))

    # -- the jobs -------------------------------------------------------------------------

    def _checked_choice(self) -> list[BatchItem] | None:
        chosen = self.chosen()
        try:
            refuse_without_minutes(chosen)
        except UserError as refused:
            self.message.setText(refused.message)
            return None
        return chosen

    def print_chosen(self) -> None:
        """Qt's print dialog, then the ticked biên bản in order as one job."""
        chosen = self._checked_choice()
        if chosen is None or self.runner.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(tr("Biên bản kiểm tra CCHC"))
        if not self.ask_printer(printer):
            return
        root = self.ctx.data_dir

        def documents() -> list[Document]:
            from cchc_desktop.minutes.batch import read_documents
            from cchc_desktop.store.workspace import Workspace

            with Workspace.open(root) as ws:
                return [Document(item.title, pdf) for item, pdf in read_documents(ws, chosen)]

        self._busy(True)
        self.runner.start(printer, documents)

    def export_combined(self) -> None:
        """One PDF of the ticked biên bản, every page stamped BẢN SAO."""
        from cchc_desktop.reports.export import suggested_name

        chosen = self._checked_choice()
        if chosen is None or self.runner.busy:
            return
        number = self.plan_combo.itemData(self.plan_combo.currentIndex(), PLAN_NUMBER_ROLE)
        name = suggested_name(number, ".pdf").replace("bao-cao-", "bien-ban-ban-sao-", 1)
        path = self.ask_path(_documents_folder() / name)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        root = self.ctx.data_dir

        def work(progress: Any) -> tuple[Path, int]:
            from cchc_desktop.minutes.copies import write_combined_copy
            from cchc_desktop.store.workspace import Workspace

            with Workspace.open(root) as ws:
                return path, write_combined_copy(ws, chosen, path, progress=progress)

        def said(result: tuple[Path, int]) -> str:
            self.path = result[0]
            return (
                tr("Đã xuất {pages} trang (bản sao) vào:\n{path}")
                .replace("{pages}", str(result[1]))
                .replace("{path}", str(result[0]))
            )

        self._busy(True)
        self.runner.run(
            work,
            said,
            tr("Đang ghép biên bản…"),
            tr("Đã dừng; không có tệp nào được ghi."),
        )

    def _finished(self, ok: bool, message: str) -> None:
        self._busy(False)
        self.message.setText(message)
        self.open_button.setVisible(ok and self.path is not None and self.path.exists())

    def _busy(self, busy: bool) -> None:
        self.message.setText("")
        if busy:
            self.path = None
        for widget in (self.plan_combo, self.table, self.signed_button, self.all_button,
                       self.none_button):  # fmt: skip
            widget.setEnabled(not busy)
        self.close_button.setText(tr("&Dừng") if busy else tr("Đó&ng"))
        if busy:
            self.open_button.hide()
        self._count()

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("In biên bản"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Lưu bản gộp"), str(suggested), tr("Tệp PDF (*.pdf)")
        )
        return Path(name) if name else None

    def open_file(self) -> None:
        if self.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.path)))

    def reject(self) -> None:
        # Esc or "Dừng" while a job runs stops it; the dialog stays to say how it ended.
        if self.runner.busy:
            self.runner.cancel()
            return
        super().reject()


def _documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()
