"""Conflicts side by side: field by field, differences highlighted, keep mine/theirs/both."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.errors import UserError
from cchc_desktop.exchange import conflicts
from cchc_desktop.exchange.report import table_label
from cchc_desktop.store.workspace import Workspace

DIFF = QColor("#fff3c4")


def _text(value: Any) -> str:
    return "∅" if value is None else str(value)


class ConflictsView(QWidget):
    """Open conflicts on the left; the chosen one compared on the right."""

    resolved = Signal(str, str)  # conflict id, the table of the record it changed
    countChanged = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.current: dict[str, Any] | None = None
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        splitter.addWidget(self.list)
        right = QWidget()
        layout = QVBoxLayout(right)
        self.title = QLabel(self.tr("Không có xung đột nào."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trường"),
                self.tr("Bản của tôi (đang dùng)"),
                self.tr("Bản của họ"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Giữ bản của tôi"))
        self.keep_theirs = QPushButton(self.tr("Giữ bản của họ"))
        self.keep_both = QPushButton(self.tr("Giữ cả hai"))
        for button, keep in (
            (self.keep_mine, "mine"),
            (self.keep_theirs, "theirs"),
            (self.keep_both, "both"),
        ):
            button.clicked.connect(lambda _c=False, k=keep: self.resolve(k))
            button.setEnabled(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        items = conflicts.list_conflicts(self.ws)
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(
                f"{table_label(item['table'])} {item['record_id'][:8]} — "
                + ", ".join(item["fields"][:3])
            )
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.list.addItem(entry)
        if items:
            self.list.setCurrentRow(0)
        else:
            self._show(None)
        self.countChanged.emit(len(items))

    def _show(self, entry: QListWidgetItem | None, _previous: object = None) -> None:
        self.error.clear()
        item = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        self.current = item
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            button.setEnabled(item is not None)
        self.table.setRowCount(0)
        if item is None:
            self.title.setText(self.tr("Không có xung đột nào."))
            return
        self.keep_both.setEnabled(item["keep_both"] != "none")
        mine, theirs = item["mine"], item["theirs"][0]
        self.title.setText(
            self.tr(
                "{record}: bản của tôi sửa lúc {mine_time} trên {mine_device}; bản của họ sửa lúc "
                "{theirs_time} trên {theirs_device}."
            ).format(
                record=f"{table_label(item['table'])} {item['record_id'][:8]}",
                mine_time=dmy(str(mine["updated_at"])[:10]),
                mine_device=str(mine["device_id"])[:8],
                theirs_time=dmy(str(theirs["updated_at"])[:10]),
                theirs_device=str(theirs["device_id"])[:8],
            )
        )
        # The fields that differ first: that is what the person has to decide about.
        names = [n for n in mine["values"] if n != "id"]
        names.sort(key=lambda n: n not in item["fields"])
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [name, _text(mine["values"].get(name)), _text(theirs["values"].get(name))]
            differs = name in item["fields"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if differs:
                    cell.setBackground(QBrush(DIFF))
                    if column == 0:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def differing_rows(self) -> list[str]:
        """The field names shown highlighted (what a person sees as different)."""
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.background().color() == DIFF:
                found.append(cell.text())
        return found

    def resolve(self, keep: str) -> None:
        if self.current is None:
            return
        try:
            done = conflicts.resolve(self.ws, self.current["id"], keep)  # type: ignore[arg-type]
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.resolved.emit(done["id"], done["table"])
        self.refresh()
