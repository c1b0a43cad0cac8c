"""The Exchange page: export, drop zone, watched inbox, verification and preview, merge with
progress and cancel, the report, and the conflicts to settle.

Every file and merge job runs in a worker (gui.workers) on its own Workspace; the page's own
workspace only reads, trusts a device, or records a person's decision on a conflict.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import describe_os_error
from cchc_desktop.exchange import inbox, retention, trust
from cchc_desktop.exchange.merge import merge_file, merge_verified
from cchc_desktop.exchange.remerge import merged_before
from cchc_desktop.exchange.report import MergeReport
from cchc_desktop.exchange.verify import Verified, verify_package
from cchc_desktop.gui import workers
from cchc_desktop.gui.exchange.conflicts_view import ConflictsView
from cchc_desktop.gui.exchange.drop_zone import DropZone
from cchc_desktop.gui.exchange.export_dialog import ExportDialog
from cchc_desktop.gui.exchange.preview_panel import PreviewPanel
from cchc_desktop.gui.exchange.received_minutes import show_received_minutes
from cchc_desktop.gui.exchange.trust_dialog import TrustDialog
from cchc_desktop.progress import Progress
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from cchc_desktop.store.workspace import Workspace

RESCAN_MS = 30_000  # network shares do not always tell a watcher; look again now and then
SWEEP_EVERY_S = 3600  # merged packages past their days in inbox/done go at most this often


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
        # Inbox packages refused this session that could not be moved to refused/: never
        # opened again by themselves, so they cannot hold up the packages behind them.
        self.set_aside: set[Path] = set()
        self.task: workers.Task | None = None
        self._build()
        self.watcher = QFileSystemWatcher(self)
        workspace.folder.inbox_dir.mkdir(parents=True, exist_ok=True)
        self.watcher.addPath(str(workspace.folder.inbox_dir))
        self.watcher.directoryChanged.connect(lambda _p: self.refresh_inbox())
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.refresh_inbox)
        self.rescan.timeout.connect(self.sweep_done)
        self.rescan.start()
        self._swept_at = 0.0
        self.sweep_done()
        self.refresh_inbox()

    # ----- layout -----
    def _build(self) -> None:
        self.tabs = QTabWidget()
        receive = QWidget()
        layout = QVBoxLayout(receive)
        bar = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Xuất gói đồng bộ…"))
        self.export_button.clicked.connect(self.show_export_dialog)
        self.open_button = QPushButton(self.tr("Mở gói…"))
        self.open_button.clicked.connect(self._choose_file)
        bar.addWidget(self.export_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        # What the secretary compares before trusting this laptop's packages.
        self.own_device = QLabel()
        self.own_device.setObjectName("ownDevice")
        self.own_device.setTextFormat(Qt.TextFormat.PlainText)
        self.own_device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_own_device()
        bar.addWidget(self.own_device)
        layout.addLayout(bar)
        self.drop_zone = DropZone()
        self.drop_zone.dropped.connect(self.open_packages)
        layout.addWidget(self.drop_zone)

        middle = QHBoxLayout()
        inbox_box = self._build_inbox()
        middle.addWidget(inbox_box, 1)

        self.preview = PreviewPanel()
        self.preview.trust_button.clicked.connect(self.trust_device)
        self.preview.merge_button.clicked.connect(self.merge)
        self.preview.cancel_button.clicked.connect(self.cancel)
        middle.addWidget(self.preview, 2)
        layout.addLayout(middle, 1)

        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Báo cáo các lần gộp hiện ở đây."))
        self.report.setMaximumHeight(150)
        layout.addWidget(self.report)
        self.tabs.addTab(receive, self.tr("Nhận và gộp gói"))

        self.conflicts = ConflictsView(self.ws)
        self.conflicts.countChanged.connect(self._conflict_count)
        self.conflicts.resolved.connect(lambda _id, table: self.dataChanged.emit(table))
        self.tabs.addTab(self.conflicts, "")
        self._conflict_count(self.conflicts.list.count())
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def _build_inbox(self) -> QGroupBox:
        """The inbox folder and the packages waiting in it."""
        inbox_box = QGroupBox(self.tr("Hộp thư đến"))
        inbox_layout = QVBoxLayout(inbox_box)
        self.inbox_label = QLabel(
            self.tr(
                "Gói được chép hay đồng bộ vào thư mục này sẽ tự mở ra để xem trước: {folder}"
            ).format(folder=self.ws.folder.inbox_dir)
        )
        self.inbox_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inbox_label.setWordWrap(True)
        inbox_layout.addWidget(self.inbox_label)
        self.inbox_list = QListWidget()
        self.inbox_list.itemActivated.connect(self._open_inbox_item)
        inbox_layout.addWidget(self.inbox_list)
        return inbox_box

    def show_own_device(self) -> None:
        """This laptop's label and fingerprint digits (again after it is renamed)."""
        me = own_identity(self.ws.folder)
        self.own_device.setText(
            self.tr("Máy này: {label}\nVân tay: {digits}")
            .replace("{label}", me.label)
            .replace("{digits}", me.digits)
        )

    def _conflict_count(self, count: int) -> None:
        self.tabs.setTabText(1, self.tr("Xung đột ({count})").format(count=count))

    # ----- inbox -----
    def refresh_inbox(self) -> None:
        """List the packages waiting in the inbox; open the first when nothing else is on."""
        waiting = inbox.pending(self.ws)
        current = self.verified.path if self.verified is not None else None
        self.inbox_list.clear()
        for path in waiting:
            item = QListWidgetItem(printable(path.name))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.inbox_list.addItem(item)
        ready = [path for path in waiting if path not in self.set_aside]
        if self.auto_open and ready and self.task is None and current is None:
            self.open_package(ready[0], from_inbox=True)

    def sweep_done(self) -> None:
        """Remove the merged packages kept longer than the settings say (at start, then at
        most once an hour as the inbox is rescanned)."""
        now = time.monotonic()
        if self._swept_at and now - self._swept_at < SWEEP_EVERY_S:
            return
        self._swept_at = now
        keep = self.ws.settings().inbox_done_days
        retention.sweep_done(self.ws.folder.inbox_dir / "done", keep)

    def _open_inbox_item(self, item: QListWidgetItem) -> None:
        self.open_package(Path(item.data(Qt.ItemDataRole.UserRole)), from_inbox=True)

    def _choose_file(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Mở gói"),
            "",
            self.tr("Gói CCHC (*.cchc)"),
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
        self.preview.checking(path.name)
        root = self.root

        # Nothing is staged for a preview: the package stays where it is while a person looks
        # at it, and the merge reads it again, refusing it if it is no longer what was shown.
        def work(progress: Progress) -> tuple[Verified | None, MergeReport]:
            with Workspace.open(root) as ws:
                earlier = merged_before(ws, path)  # the same package again: nothing to check
                if earlier is not None:
                    return None, earlier
                verified = verify_package(ws, path, progress=progress)
                return verified, merge_verified(ws, verified, dry_run=True, progress=progress)

        def stopped() -> None:
            self._discard()
            self.preview.show_stopped()

        def crashed(text: str) -> None:
            # A bug met while reading this file: reported like any crash, and the file is
            # refused all the same, so that the next rescan does not meet it again.
            workers._report_crash(text)
            self._refused(
                path,
                self.tr(
                    "Gói {name} bị từ chối: lỗi không lường trước khi đọc gói (chi tiết trong "
                    "thư mục logs). Dữ liệu không thay đổi."
                ).format(name=printable(path.name)),
            )

        self._run(
            work,
            lambda result: self._previewed(result, path),
            lambda message: self._refused(path, message),
            stopped,
            crashed,
        )

    def _previewed(self, result: tuple[Verified | None, MergeReport], path: Path) -> None:
        verified, report = result
        if verified is None:
            self._merged_before(report, path)
            return
        self.verified = verified
        self.preview.show_package(self.verified, report)
        self._update_buttons()
        self.previewReady.emit(report)

    def _merged_before(self, report: MergeReport, path: Path) -> None:
        """A package merged here before: said so, filed as done, and the next one follows."""
        message = "\n".join(report.lines())
        self.preview.show_merged_before(message)
        self.report.appendPlainText(message)
        if self.from_inbox and path.exists():
            try:
                inbox.mark_done(self.ws, path)
            except OSError as exc:
                self.set_aside.add(path)
                self.report.appendPlainText(describe_os_error(exc, path).message)
        self.merged.emit(report)
        self._next()

    def trust_device(self) -> TrustDialog | None:
        """The trust step: the secretary compares the new laptop's fingerprint group by group
        in a dialog (like SSH's first connection); accepted, the laptop is trusted."""
        verified = self.verified
        if verified is None or verified.trust != "new":
            return None
        dialog = TrustDialog(verified.device, self)
        dialog.accepted.connect(lambda: self._trusted(verified))
        dialog.open()
        return dialog

    def _trusted(self, verified: Verified) -> None:
        trust.accept(self.ws, verified.device)
        verified.trust = "trusted"
        if verified is self.verified:
            self.preview.show_trust(verified)
            self._update_buttons()

    def _refused(self, path: Path, message: str) -> None:
        """Say why; an inbox package goes to refused/ (once); the next package follows."""
        self.preview.show_problem(message)
        self.report.appendPlainText(message)
        if self.from_inbox and path.exists():
            try:
                inbox.mark_refused(self.ws, path, message)
            except OSError as exc:
                self.set_aside.add(path)
                self.report.appendPlainText(describe_os_error(exc, path).message)
        self.failed.emit(message)
        self._next()

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

        self._run(work, self._merged, self._merge_failed, self.preview.show_stopped)

    def _merged(self, report: MergeReport) -> None:
        verified = self.verified
        self._discard()
        if verified is not None and self.from_inbox and verified.path.exists():
            inbox.mark_done(self.ws, verified.path)
        self.report.appendPlainText(
            "\n".join(report.lines(conflicts_hint=self.tr("xem thẻ Xung đột")))
        )
        if verified is not None:  # the received biên bản, verified as the office gets them
            show_received_minutes(self.report, self.root, verified.records.get("minutes", []))
        self.preview.show_merged(report)
        self.conflicts.refresh()
        for table, outcomes in report.tables.items():
            if outcomes["added"] or outcomes["updated"] or outcomes["conflicts"]:
                self.dataChanged.emit(table)
        self.merged.emit(report)
        self._next()

    def _merge_failed(self, message: str) -> None:
        self.preview.show_problem(message)
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
                self.tr("Đã xuất gói {path} ({size} byte).").format(
                    path=result.path, size=f"{result.size:,}"
                )
            )
            self.exported.emit(result)

        def failed(message: str) -> None:
            self.report.appendPlainText(message)
            self.failed.emit(message)

        def stopped() -> None:
            self.report.appendPlainText(self.tr("Đã dừng xuất gói; không có tệp nào được ghi."))

        self._run(work, done, failed, stopped)

    # ----- background plumbing -----
    def _update_buttons(self) -> None:
        """One job at a time: while one runs, nothing else can be started."""
        busy = self.task is not None
        self.open_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.preview.set_busy(
            busy, mergeable=self.verified is not None and self.verified.trust != "new"
        )

    def _run(
        self,
        work: Any,
        on_result: Any,
        on_error: Any,
        on_cancelled: Any,
        on_crash: Any = None,
    ) -> None:
        def finished() -> None:
            self.task = None
            self._update_buttons()

        def result(value: Any) -> None:
            finished()
            on_result(value)

        def error(message: str) -> None:
            finished()
            on_error(message)

        def cancelled() -> None:
            finished()
            on_cancelled()

        def crashed(text: str) -> None:
            finished()
            (on_crash or workers._report_crash)(text)

        self.task = workers.start(
            work,
            database=DataFolder(self.root).db_path,
            on_result=result,
            on_error=error,
            on_progress=self.preview.show_progress,
            on_cancelled=cancelled,
            on_crash=crashed,
        )
        self._update_buttons()  # the outcome arrives through the event loop, after this

    def _next(self) -> None:
        if self.queue:
            self.open_package(self.queue.pop(0))
        else:
            self.refresh_inbox()

    def _discard(self) -> None:
        self.verified = None
        self.preview.merge_button.setEnabled(False)
