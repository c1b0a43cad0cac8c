"""The Exchange page: export, drop zone, watched inbox, verification and preview, merge with
progress and cancel, the report, and the conflicts to settle.

Every file and merge job runs in a worker (gui.workers) on its own Workspace; the page's own
workspace only reads, trusts a device, or records a person's decision on a conflict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import pick
from cchc_desktop.exchange import inbox, trust
from cchc_desktop.exchange.merge import merge_file, merge_verified
from cchc_desktop.exchange.report import OUTCOMES, MergeReport, outcome_label, table_label
from cchc_desktop.exchange.verify import Verified, verify_package
from cchc_desktop.gui import workers
from cchc_desktop.gui.exchange.conflicts_view import ConflictsView
from cchc_desktop.gui.exchange.drop_zone import DropZone
from cchc_desktop.gui.exchange.export_dialog import ExportDialog
from cchc_desktop.progress import Progress
from cchc_desktop.store.workspace import Workspace

RESCAN_MS = 30_000  # network shares do not always tell a watcher; look again now and then


class ExchangePage(QWidget):
    """Standalone page; the main window puts it in its page registry."""

    previewReady = Signal(object)  # the dry-run MergeReport of the package on show
    merged = Signal(object)  # the MergeReport of a merge
    exported = Signal(object)  # the ExportResult
    failed = Signal(str)
    # A table whose records a merge or a settled conflict changed (for the window's lists).
    dataChanged = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.root = workspace.folder.root
        self.auto_open = True
        self.verified: Verified | None = None
        self.from_inbox = False
        self.queue: list[Path] = []
        self.task: workers.Task | None = None
        self._build()
        self.watcher = QFileSystemWatcher(self)
        workspace.folder.inbox_dir.mkdir(parents=True, exist_ok=True)
        self.watcher.addPath(str(workspace.folder.inbox_dir))
        self.watcher.directoryChanged.connect(lambda _p: self.refresh_inbox())
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.refresh_inbox)
        self.rescan.start()
        self.refresh_inbox()

    # ----- layout -----
    def _build(self) -> None:
        self.tabs = QTabWidget()
        receive = QWidget()
        layout = QVBoxLayout(receive)
        bar = QHBoxLayout()
        self.export_button = QPushButton(pick("Xuất gói đồng bộ…", "Export sync package…"))
        self.export_button.clicked.connect(self.show_export_dialog)
        self.open_button = QPushButton(pick("Mở gói…", "Open package…"))
        self.open_button.clicked.connect(self._choose_file)
        bar.addWidget(self.export_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.drop_zone = DropZone()
        self.drop_zone.dropped.connect(self.open_packages)
        layout.addWidget(self.drop_zone)

        middle = QHBoxLayout()
        inbox_box = QGroupBox(pick("Hộp thư đến", "Inbox"))
        inbox_layout = QVBoxLayout(inbox_box)
        self.inbox_label = QLabel(str(self.ws.folder.inbox_dir))
        self.inbox_label.setWordWrap(True)
        inbox_layout.addWidget(self.inbox_label)
        self.inbox_list = QListWidget()
        self.inbox_list.itemActivated.connect(self._open_inbox_item)
        inbox_layout.addWidget(self.inbox_list)
        middle.addWidget(inbox_box, 1)

        preview = QGroupBox(pick("Kiểm tra và xem trước", "Verification and preview"))
        preview_layout = QVBoxLayout(preview)
        self.status = QLabel(pick("Chưa mở gói nào.", "No package open."))
        self.status.setWordWrap(True)
        preview_layout.addWidget(self.status)
        trust_row = QHBoxLayout()
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(pick("Tin cậy thiết bị này", "Trust this device"))
        self.trust_button.clicked.connect(self.trust_device)
        self.trust_button.hide()
        trust_row.addWidget(self.fingerprint, 1)
        trust_row.addWidget(self.trust_button)
        preview_layout.addLayout(trust_row)
        self.counts = QTableWidget(0, 1 + len(OUTCOMES))
        self.counts.setHorizontalHeaderLabels(
            [pick("Loại", "Kind"), *(outcome_label(o) for o in OUTCOMES)]
        )
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview_layout.addWidget(self.counts, 1)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(pick("Gộp vào cơ sở dữ liệu", "Merge into the database"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(pick("Dừng", "Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        preview_layout.addLayout(actions)
        middle.addWidget(preview, 2)
        layout.addLayout(middle, 1)

        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(
            pick("Báo cáo các lần gộp hiện ở đây.", "Merge reports appear here.")
        )
        self.report.setMaximumHeight(150)
        layout.addWidget(self.report)
        self.tabs.addTab(receive, pick("Nhận và gộp gói", "Receive and merge"))

        self.conflicts = ConflictsView(self.ws)
        self.conflicts.countChanged.connect(self._conflict_count)
        self.conflicts.resolved.connect(lambda _id, table: self.dataChanged.emit(table))
        self.tabs.addTab(self.conflicts, "")
        self._conflict_count(self.conflicts.list.count())
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def _conflict_count(self, count: int) -> None:
        self.tabs.setTabText(1, pick(f"Xung đột ({count})", f"Conflicts ({count})"))

    # ----- inbox -----
    def refresh_inbox(self) -> None:
        """List the packages waiting in the inbox; open the first when nothing else is on."""
        waiting = inbox.pending(self.ws)
        current = self.verified.path if self.verified is not None else None
        self.inbox_list.clear()
        for path in waiting:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.inbox_list.addItem(item)
        if self.auto_open and waiting and self.task is None and current is None:
            self.open_package(waiting[0], from_inbox=True)

    def _open_inbox_item(self, item: QListWidgetItem) -> None:
        self.open_package(Path(item.data(Qt.ItemDataRole.UserRole)), from_inbox=True)

    def _choose_file(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            pick("Mở gói", "Open packages"),
            "",
            pick("Gói CCHC (*.cchc)", "CCHC packages (*.cchc)"),
        )
        self.open_packages([Path(n) for n in names])

    def open_packages(self, paths: list[Path]) -> None:
        """Open the first now; the others follow, one after another, as each is merged."""
        if not paths:
            return
        self.queue.extend(paths[1:])
        self.open_package(paths[0])

    # ----- verify and preview -----
    def open_package(self, path: Path, *, from_inbox: bool = False) -> None:
        """Verify a package in the background and show what merging it would do."""
        if self.task is not None:
            self.queue.append(path)
            return
        self._discard()
        self.from_inbox = from_inbox
        self.status.setText(pick(f"Đang kiểm tra {path.name}…", f"Checking {path.name}…"))
        self.status.setStyleSheet("")
        self.counts.setRowCount(0)
        self.fingerprint.clear()
        self.trust_button.hide()
        root = self.root

        # Nothing is staged for a preview: the package stays where it is while a person looks
        # at it, and the merge reads it again, refusing it if it is no longer what was shown.
        def work(progress: Progress) -> tuple[Verified, MergeReport]:
            with Workspace.open(root) as ws:
                verified = verify_package(ws, path, progress=progress)
                return verified, merge_verified(ws, verified, dry_run=True, progress=progress)

        def stopped() -> None:
            self._discard()
            self._stopped()

        self._run(work, self._previewed, lambda message: self._refused(path, message), stopped)

    def _previewed(self, result: tuple[Verified, MergeReport]) -> None:
        self.verified, report = result
        summary = self.verified.summary()
        self.status.setStyleSheet("color: #1b5e20")
        self.status.setText(
            pick(
                f"✓ {self.verified.path.name}: nguyên vẹn, chữ ký hợp lệ. Tạo lúc "
                f"{summary['created_at']} trên máy «{summary['device_name']}».",
                f"✓ {self.verified.path.name}: intact, signature valid. Made {summary['created_at']} "
                f"on '{summary['device_name']}'.",
            )
        )
        self._show_trust()
        self._show_counts(report)
        self.previewReady.emit(report)

    def _show_trust(self) -> None:
        assert self.verified is not None
        fp = self.verified.device.fingerprint
        if self.verified.trust == "new":
            self.fingerprint.setText(
                pick(
                    f"Thiết bị MỚI «{self.verified.device.name}». Vân tay: {fp}\nHãy đối chiếu với "
                    "vân tay hiện trên máy gửi trước khi tin cậy.",
                    f"NEW device '{self.verified.device.name}'. Fingerprint: {fp}\nCompare it with "
                    "the one the sending laptop shows before trusting it.",
                )
            )
            self.fingerprint.setStyleSheet("color: #8a4b00")
            self.trust_button.show()
            self.merge_button.setEnabled(False)
        else:
            self.fingerprint.setText(
                pick(f"Thiết bị tin cậy. Vân tay: {fp}", f"Trusted device. Fingerprint: {fp}")
            )
            self.fingerprint.setStyleSheet("")
            self.trust_button.hide()
            self.merge_button.setEnabled(True)

    def _show_counts(self, report: MergeReport) -> None:
        rows = [(name, row) for name, row in report.tables.items() if any(row.values())]
        self.counts.setRowCount(len(rows))
        for index, (name, row) in enumerate(rows):
            self.counts.setItem(index, 0, QTableWidgetItem(table_label(name)))
            for column, outcome in enumerate(OUTCOMES, start=1):
                cell = QTableWidgetItem(str(row[outcome]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(index, column, cell)

    def preview_counts(self) -> dict[str, dict[str, int]]:
        """What the preview table shows, by kind label (for tests and screen readers)."""
        shown: dict[str, dict[str, int]] = {}
        for row in range(self.counts.rowCount()):
            label = self.counts.item(row, 0).text()  # type: ignore[union-attr]
            shown[label] = {
                outcome: int(self.counts.item(row, column).text())  # type: ignore[union-attr]
                for column, outcome in enumerate(OUTCOMES, start=1)
            }
        return shown

    def trust_device(self) -> None:
        """The secretary accepts the new device's fingerprint (like SSH's first connection)."""
        if self.verified is None:
            return
        trust.accept(self.ws, self.verified.device)
        self.verified.trust = "trusted"
        self._show_trust()

    def _refused(self, path: Path, message: str) -> None:
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(message)
        if self.from_inbox and path.exists():
            inbox.mark_refused(self.ws, path, message)
            self.refresh_inbox()
        self.failed.emit(message)

    # ----- merge -----
    def merge(self) -> None:
        """Merge the package on show, in the background; the report follows."""
        verified = self.verified
        if verified is None or verified.trust == "new" or self.task is not None:
            return
        root = self.root

        def work(progress: Progress) -> MergeReport:
            with Workspace.open(root) as ws:
                return merge_file(
                    ws, verified.path, expected_id=verified.package_id, progress=progress
                )

        self._run(work, self._merged, self._merge_failed, self._stopped)

    def _merged(self, report: MergeReport) -> None:
        verified = self.verified
        self._discard()
        if verified is not None and self.from_inbox and verified.path.exists():
            inbox.mark_done(self.ws, verified.path)
        self.report.appendPlainText("\n".join(report.lines()))
        self.status.setText(pick("Đã gộp xong.", "Merged."))
        self._show_counts(report)
        self.conflicts.refresh()
        for table, outcomes in report.tables.items():
            if outcomes["added"] or outcomes["updated"] or outcomes["conflicts"]:
                self.dataChanged.emit(table)
        self.merged.emit(report)
        self._next()

    def _merge_failed(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(message)
        self.failed.emit(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # ----- export -----
    def show_export_dialog(self) -> ExportDialog:
        """Open the export dialog (not modal: the tests and the window keep control)."""
        dialog = ExportDialog(self.ws, self)
        dialog.chosen.connect(self.export)
        dialog.open()
        return dialog

    def export(self, ids: list[str], everything: bool, target: Path | None) -> None:
        from cchc_desktop.exchange.export import export_package

        if self.task is not None:
            return
        root = self.root

        def work(progress: Progress) -> Any:
            with Workspace.open(root) as ws:
                return export_package(
                    ws, ids, everything=everything, target=target, progress=progress
                )

        def done(result: Any) -> None:
            self.report.appendPlainText(
                pick(
                    f"Đã xuất gói {result.path} ({result.size:,} byte).",
                    f"Exported {result.path} ({result.size:,} bytes).",
                )
            )
            self.exported.emit(result)

        def failed(message: str) -> None:
            self.report.appendPlainText(message)
            self.failed.emit(message)

        def stopped() -> None:
            self.report.appendPlainText(
                pick(
                    "Đã dừng xuất gói; không có tệp nào được ghi.",
                    "Export stopped; no file was written.",
                )
            )

        self._run(work, done, failed, stopped)

    # ----- background plumbing -----
    def _stopped(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            pick("Đã dừng; dữ liệu không thay đổi.", "Stopped; nothing was changed.")
        )

    def _busy(self, busy: bool) -> None:
        """One job at a time: while one runs, nothing else can be started."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.merge_button.setEnabled(
            not busy and self.verified is not None and self.verified.trust != "new"
        )

    def _run(self, work: Any, on_result: Any, on_error: Any, on_cancelled: Any) -> None:
        self._busy(True)

        def finished() -> None:
            self.task = None
            self._busy(False)

        def result(value: Any) -> None:
            finished()
            on_result(value)

        def error(message: str) -> None:
            finished()
            on_error(message)

        def cancelled() -> None:
            finished()
            on_cancelled()

        def progress(done: int, total: int, text: str) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(f"%p% {text}")

        def crashed(text: str) -> None:
            finished()
            workers._report_crash(text)

        self.task = workers.start(
            work,
            on_result=result,
            on_error=error,
            on_progress=progress,
            on_cancelled=cancelled,
            on_crash=crashed,
        )

    def _next(self) -> None:
        if self.queue:
            self.open_package(self.queue.pop(0))
        else:
            self.refresh_inbox()

    def _discard(self) -> None:
        self.verified = None
        self.merge_button.setEnabled(False)
