"""The "Xuất gói đồng bộ" dialog: which inspections, and where the package goes.

The inspections not yet sent (never in a package from this laptop, or changed since their last
one: exchange.sent) come first, the signed ones (biên bản issued) first among them; each row
says both. A search box filters by unit, plan or date, and "Chọn tất cả chưa gửi" ticks the
unsent ones shown. Keyboard: type to search, ↓ into the list, Space ticks, Alt+C selects the
unsent, Enter exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.text import matches, printable
from cchc_desktop.exchange.sent import states
from cchc_desktop.store.inspections import STATUS_SIGNED, list_inspections
from cchc_desktop.store.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "never", "changed" or "sent" (exchange.sent)
SIGNED_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class ExportDialog(QDialog):
    """Choose inspections (or all) and a destination; ``chosen`` carries the decision."""

    chosen = Signal(object, bool, object)  # ids, everything, target path or None (outbox)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất gói đồng bộ"))
        self.resize(780, 540)  # a row: date, unit, plan, answers and its states
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chọn các cuộc kiểm tra cần gửi:")))
        self.all_box = QCheckBox(self.tr("Tất cả dữ liệu của máy này"))
        layout.addWidget(self.all_box)
        tools = self._build_tools()
        layout.addLayout(tools)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long unit name wraps; its states stay in sight
        self.list.itemChanged.connect(lambda _item: self._count())
        for row in self._ordered(ws):
            self.list.addItem(self._item(row))
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.all_box.toggled.connect(self._all_toggled)
        self._count()

        self.to_outbox = QRadioButton(
            self.tr("Vào hộp thư đi ({folder})").format(folder=ws.folder.outbox_dir)
        )
        self.to_file = QRadioButton(self.tr("Vào tệp:"))
        self.to_outbox.setChecked(True)
        layout.addWidget(self.to_outbox)
        line = QHBoxLayout()
        line.addWidget(self.to_file)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("ví dụ: E:/goi-dong-bo.cchc"))
        line.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        line.addWidget(browse)
        layout.addLayout(line)
        self.path_edit.textEdited.connect(lambda _t: self.to_file.setChecked(True))

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Xuất gói"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.setFocus()  # type to find; ↓ into the list

    def _build_tools(self) -> QHBoxLayout:
        """Search the list; tick every inspection not sent yet."""
        tools = QHBoxLayout()
        find = QLabel(self.tr("&Tìm:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("đơn vị, số kế hoạch hoặc ngày (02/07/2024)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        find.setBuddy(self.search)
        self.select_unsent = QPushButton(self.tr("Chọn tất cả &chưa gửi"))
        self.select_unsent.setAutoDefault(False)
        self.select_unsent.clicked.connect(self.check_unsent)
        tools.addWidget(find)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.select_unsent)
        return tools

    def _ordered(self, ws: Workspace) -> list[dict[str, object]]:
        """Unsent first, signed first among them; otherwise by date and unit as listed."""
        sent = states(ws)
        rows = []
        for position, row in enumerate(list_inspections(ws)):
            state = sent.get(row["id"], "never")
            signed = row["status"] == STATUS_SIGNED
            rows.append(({**row, "state": state, "signed": signed}, position))
        rows.sort(key=lambda pair: (pair[0]["state"] == "sent", not pair[0]["signed"], pair[1]))
        return [row for row, _position in rows]

    def _item(self, row: dict[str, object]) -> QListWidgetItem:
        words = {
            "never": self.tr("Chưa gửi"),
            "changed": self.tr("Chưa gửi (đã sửa sau lần gửi trước)"),
            "sent": self.tr("Đã gửi"),
        }
        marks = [words[str(row["state"])]]
        if row["signed"]:
            marks.append(self.tr("Đã ký"))
        day, unit, plan = dmy(str(row["date"])), str(row["unit_name"]), str(row["plan_number"])
        text = f"{day}  {unit}  ({plan}, {row['answered']}/{row['total']}) — " + " · ".join(marks)
        item = QListWidgetItem(printable(text))
        item.setData(ID_ROLE, row["id"])
        item.setData(STATE_ROLE, row["state"])
        item.setData(SIGNED_ROLE, row["signed"])
        item.setData(
            SEARCH_ROLE, " ".join([day, unit, plan, str(row.get("unit_parent_name") or "")])
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if row["state"] != "sent":
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def rows_shown(self) -> list[str]:
        """The rows' texts as shown (hidden by the search left out), in order."""
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def _filter(self, text: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setHidden(not matches(text, item.data(SEARCH_ROLE)))
        self._count()

    def check_unsent(self) -> None:
        """Tick every unsent inspection the search shows."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if not item.isHidden() and item.data(STATE_ROLE) != "sent":
                item.setCheckState(Qt.CheckState.Checked)

    def _all_toggled(self, on: bool) -> None:
        for widget in (self.list, self.search, self.select_unsent):
            widget.setEnabled(not on)
        self._count()

    def _count(self) -> None:
        items = [self.list.item(i) for i in range(self.list.count())]
        unsent = sum(1 for item in items if item.data(STATE_ROLE) != "sent")
        signed = sum(1 for item in items if item.data(SIGNED_ROLE))
        chosen = len(self.selected_ids())
        self.summary.setText(
            self.tr(
                "{total} cuộc kiểm tra: {unsent} chưa gửi, {signed} đã ký. Đã chọn {chosen}."
            ).format(total=len(items), unsent=unsent, signed=signed, chosen=chosen)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ from the search box goes to the first row shown."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            for index in range(self.list.count()):
                if not self.list.item(index).isHidden():
                    self.list.setCurrentRow(index)
                    self.list.setFocus()
                    return True
        return super().eventFilter(watched, event)

    def check(self, inspection_id: str) -> None:
        """Tick one inspection (the window's "export this one" and the tests use it)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(ID_ROLE) == inspection_id:
                item.setCheckState(Qt.CheckState.Checked)

    def selected_ids(self) -> list[str]:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu gói"),
            "",
            self.tr("Gói CCHC (*.cchc)"),
        )
        if name:
            self.path_edit.setText(name)
            self.to_file.setChecked(True)

    def _accept(self) -> None:
        everything = self.all_box.isChecked()
        ids = self.selected_ids()
        if not everything and not ids:
            self.error.setText(self.tr("Hãy chọn ít nhất một cuộc kiểm tra."))
            return
        target = None
        if self.to_file.isChecked():
            text = self.path_edit.text().strip()
            if not text:
                self.error.setText(self.tr("Hãy ghi đường dẫn tệp đích."))
                return
            target = Path(text)
        self.chosen.emit(ids, everything, target)
        self.accept()
