"""The "Kiểm tra và xem trước" panel: what a package is, who made it, whether its laptop is
trusted, what merging it would do, and the merge button with its progress and Cancel.

It only shows; the page decides and runs the jobs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import stored_dmy_hm
from cchc_desktop.domain.text import printable
from cchc_desktop.exchange.report import OUTCOMES, MergeReport, Outcome, table_label
from cchc_desktop.exchange.verify import Verified

OK_COLOUR = "#1b5e20"
WARN_COLOUR = "#8a4b00"
ERROR_COLOUR = "#b00020"


class PreviewPanel(QGroupBox):
    """Status line, device and trust, the counts table, merge / progress / Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kiểm tra và xem trước"))
        layout = QVBoxLayout(self)
        # Plain text: a package's device name is shown here, and must not be read as HTML
        # (a "<br>✓ …" in a name would otherwise start a line of its own).
        self.status = QLabel(self.tr("Chưa mở gói nào."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        trust_row = QHBoxLayout()
        self.fingerprint = QLabel()
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Đối chiếu vân tay và tin cậy…"))
        self.trust_button.hide()
        trust_row.addWidget(self.fingerprint, 1)
        trust_row.addWidget(self.trust_button)
        layout.addLayout(trust_row)
        self.counts = QTableWidget(0, 1 + len(OUTCOMES))
        headers: dict[Outcome, str] = {
            "added": self.tr("Thêm"),
            "updated": self.tr("Cập nhật"),
            "skipped": self.tr("Bỏ qua"),
            "conflicts": self.tr("Xung đột"),
            "refused": self.tr("Từ chối"),
        }
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Loại dữ liệu"), *(headers[o] for o in OUTCOMES)]
        )
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.counts, 1)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Gộp vào cơ sở dữ liệu"))
        self.merge_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.hide()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        layout.addLayout(actions)

    def _say(self, text: str, colour: str = "") -> None:
        self.status.setStyleSheet(f"color: {colour}" if colour else "")
        self.status.setText(text)

    def checking(self, name: str) -> None:
        """A package is being checked: nothing of the previous one stays on show."""
        self._say(self.tr("Đang kiểm tra {name}…").format(name=printable(name)))
        self.counts.setRowCount(0)
        self.fingerprint.clear()
        self.trust_button.hide()

    def show_package(self, verified: Verified, report: MergeReport) -> None:
        """A package that passed every check, and what merging it would do."""
        text = (
            self.tr("✓ {name}: nguyên vẹn, chữ ký hợp lệ. Tạo lúc {time} trên máy {device}.")
            .replace("{name}", printable(verified.path.name))
            .replace("{time}", stored_dmy_hm(verified.created_at))
            .replace("{device}", verified.device.label)
        )
        if not report.changed:
            text += " " + self.tr("Không có gì mới: mọi bản ghi trong gói đã có trên máy này.")
        self._say(text, OK_COLOUR)
        self.show_trust(verified)
        self.show_counts(report)

    def show_trust(self, verified: Verified) -> None:
        digits = verified.device.digits
        if verified.trust == "new":
            self.fingerprint.setText(
                self.tr(
                    "Máy MỚI {device}. Vân tay: {fingerprint}. Hãy đọc to từng nhóm số với "
                    "người giữ máy gửi trước khi tin cậy."
                )
                .replace("{device}", verified.device.label)
                .replace("{fingerprint}", digits)
            )
            self.fingerprint.setStyleSheet(f"color: {WARN_COLOUR}")
            self.trust_button.show()
        else:
            self.fingerprint.setText(
                self.tr("Máy đã tin cậy. Vân tay: {fingerprint}").replace("{fingerprint}", digits)
            )
            self.fingerprint.setStyleSheet("")
            self.trust_button.hide()

    def show_counts(self, report: MergeReport) -> None:
        rows = [(name, row) for name, row in report.tables.items() if any(row.values())]
        self.counts.setRowCount(len(rows))
        for index, (name, row) in enumerate(rows):
            label = table_label(name)  # lower case, made for sentences: a cell starts a line
            self.counts.setItem(index, 0, QTableWidgetItem(label[:1].upper() + label[1:]))
            for column, outcome in enumerate(OUTCOMES, start=1):
                cell = QTableWidgetItem(str(row[outcome]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(index, column, cell)

    def counts_shown(self) -> dict[str, dict[str, int]]:
        """What the counts table shows, by kind label (for tests and screen readers)."""

        def cell(row: int, column: int) -> str:
            item = self.counts.item(row, column)
            return item.text() if item is not None else ""

        return {
            cell(row, 0): {
                outcome: int(cell(row, column)) for column, outcome in enumerate(OUTCOMES, start=1)
            }
            for row in range(self.counts.rowCount())
        }

    def show_merged(self, report: MergeReport) -> None:
        """What the merge did; the package and its device are no longer on show."""
        self._say(self.tr("Đã gộp xong {name}.").format(name=printable(report.package)))
        self.fingerprint.clear()
        self.trust_button.hide()
        self.show_counts(report)

    def show_merged_before(self, message: str) -> None:
        """A package this folder merged before: said plainly (not an error), nothing to do."""
        self._say(message)
        self.counts.setRowCount(0)
        self.fingerprint.clear()
        self.trust_button.hide()

    def show_problem(self, message: str) -> None:
        self._say(message, ERROR_COLOUR)

    def show_stopped(self) -> None:
        self._say(self.tr("Đã dừng; dữ liệu không thay đổi."))

    def set_busy(self, busy: bool, *, mergeable: bool) -> None:
        """While a job runs, its progress and Cancel; otherwise Merge when there is a package
        to merge from a trusted laptop."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.merge_button.setEnabled(not busy and mergeable)

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%p% {text}")
