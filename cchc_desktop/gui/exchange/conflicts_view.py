"""Conflicts side by side: field by field, differences highlighted; keep this laptop's version
("Trong máy này"), the package's ("Trong gói của «laptop»") or both; or settle every conflict
of a package or an inspection at once (the bulk bar). A choice of one side, one conflict or
many, is one step on the view's undo stack (Ctrl+Z, and "Hoàn tác" in the message bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QUndoStack
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

from cchc_desktop.domain.dates import stored_dmy_hm
from cchc_desktop.domain.devices import device_label
from cchc_desktop.domain.text import printable
from cchc_desktop.errors import UserError
from cchc_desktop.exchange import bulk, conflicts
from cchc_desktop.exchange.report import table_label
from cchc_desktop.exchange.trust import list_devices
from cchc_desktop.gui.exchange import fields
from cchc_desktop.gui.exchange.bulk_bar import BulkBar
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.gui.message_bar import MessageBar
from cchc_desktop.store.workspace import Workspace

DIFF = QColor("#fff3c4")


class ConflictsView(QWidget):
    """Open conflicts on the left; the chosen one compared on the right."""

    resolved = Signal(str, str)  # a conflict's (or a decision's) id, a table it changed
    countChanged = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.current: dict[str, Any] | None = None
        self.devices: dict[str, str] = {}  # device id → how the window names it
        self.undo_stack = QUndoStack(self)
        self.messages = MessageBar()
        self.bulk = BulkBar()
        self.bulk.chosen.connect(self.resolve_many)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a record's name and its fields, whole
        # Room for "Câu trả lời D2 (Xã Mông Ân," on a line at any text size: the splitter
        # otherwise gives the comparison everything and wraps the list word by word.
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * 26)
        self.list.currentItemChanged.connect(self._show)
        splitter.addWidget(self.list)
        right = QWidget()
        layout = QVBoxLayout(right)
        self.title = QLabel(self.tr("Không có xung đột nào."))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names from a package, never HTML
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trường"),
                self.tr("Trong máy này\n(đang dùng)"),
                self.tr("Trong gói"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Giữ bản trong máy này"))
        self.keep_theirs = QPushButton(self.tr("Lấy bản trong gói"))
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
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.messages)
        outer.addWidget(self.bulk)
        outer.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts again (after a merge or a decision)."""
        items = conflicts.list_conflicts(self.ws)
        self.devices = {d["id"]: device_label(d["name"], d["id"]) for d in list_devices(self.ws)}
        self.devices[self.ws.device_id] = self.tr("máy này")
        self.bulk.refresh(self.ws)
        self.list.clear()
        for item in items:
            differing = [fields.label(item["table"], name) or name for name in item["fields"][:3]]
            entry = QListWidgetItem(f"{self._record(item)} — " + ", ".join(differing))
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
            header = self.table.horizontalHeaderItem(2)
            if header is not None:
                header.setText(self.tr("Trong gói"))
            return
        self.keep_both.setEnabled(item["keep_both"] != "none")
        self.keep_both.setToolTip(
            {
                "texts": self.tr(
                    "Giữ bản trong máy này và nối thêm phần chữ của bản trong gói bên dưới, có "
                    "dòng ghi nguồn."
                ),
                "copy": self.tr(
                    "Giữ bản trong máy này; bản trong gói thành một bản ghi mới bên cạnh."
                ),
            }.get(item["keep_both"], self.tr("Loại dữ liệu này chỉ giữ được một trong hai bản."))
        )
        mine, theirs = item["mine"], item["theirs"][0]
        table = item["table"]
        where = self.theirs_label(theirs)
        header = self.table.horizontalHeaderItem(2)
        if header is not None:  # the laptop's name on a line of its own: it can be long
            header.setText(self.theirs_label(theirs, header=True))
        self.title.setText(
            self.tr(
                "{record}\nTrong máy này (đang dùng): sửa lúc {mine_time} trên {mine_device}. "
                "{where}: sửa lúc {theirs_time} trên {theirs_device}."
            ).format(
                record=self._record(item),
                where=where,
                mine_time=stored_dmy_hm(mine["updated_at"]),
                mine_device=self._device(mine["device_id"]),
                theirs_time=stored_dmy_hm(theirs["updated_at"]),
                theirs_device=self._device(theirs["device_id"]),
            )
        )
        # What differs first: that is what the person has to decide about. Of the rest, the
        # columns a person can judge (not ids or hashes), for context.
        names = [n for n in item["fields"] if n != "id"]
        names += [n for n in mine["values"] if n not in item["fields"] and fields.label(table, n)]
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [
                fields.label(table, name) or name,
                self._value(table, name, mine["values"].get(name)),
                self._value(table, name, theirs["values"].get(name)),
            ]
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

    def theirs_label(self, side: dict[str, Any], *, header: bool = False) -> str:
        """Where the other version is: the package of a named laptop (or, rarely, this laptop's
        own earlier edit, when the one shown is another laptop's signed biên bản)."""
        if side.get("here"):
            return self.tr("Bản khác trong máy này")
        if header:
            # The label's short id on a line of its own: the column stays as narrow as before.
            laptop = str(side["from"]).replace("» (", "»\n(")
            return self.tr("Trong gói của\n{laptop}").format(laptop=laptop)
        return self.tr("Trong gói của {laptop}").format(laptop=side["from"])

    def _record(self, item: dict[str, Any]) -> str:
        """Which record: its kind, what names it, and the inspection it belongs to."""
        values = item["mine"]["values"]
        kind = table_label(item["table"])
        parts = [kind[:1].upper() + kind[1:], fields.naming_value(values)]
        inspection = values.get("inspection_id")
        # Not when the inspection is what differs: then naming one of them would mislead.
        if inspection and item["table"] != "inspections" and "inspection_id" not in item["fields"]:
            parts.append(f"({self._inspection(inspection)})")
        return printable(" ".join(p for p in parts if p) or item["record_id"][:8])

    def _value(self, table: str, column: str, value: Any) -> str:
        if column == "inspection_id" and value:
            return self._inspection(str(value))
        return fields.value_text(table, column, value)

    def _inspection(self, inspection_id: str) -> str:
        """An inspection as a person knows it: the unit and the day."""
        return bulk.inspection_label(self.ws, inspection_id)

    def _device(self, device_id: Any) -> str:
        return self.devices.get(str(device_id), printable(str(device_id)[:8]))

    def differing_rows(self) -> list[str]:
        """The field names shown highlighted (what a person sees as different)."""
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.background().color() == DIFF:
                found.append(cell.text())
        return found

    def resolve(self, keep: str) -> None:
        """The chosen conflict: this laptop's version, the package's (undoable), or both."""
        item = self.current
        if item is None:
            return
        if keep in ("mine", "theirs"):
            scope = {"kind": "chosen", "id": item["id"], "label": self._record(item)}
            self.resolve_many([item["id"]], keep, scope, one=True)
            return
        try:
            done = conflicts.resolve(self.ws, item["id"], keep)  # type: ignore[arg-type]
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.messages.clear()
        self.resolved.emit(done["id"], done["table"])
        self.refresh()

    def resolve_many(
        self, ids: list[str], keep: str, scope: dict[str, str], *, one: bool = False
    ) -> None:
        """One choice for these conflicts, in one transaction; said with its counts, and one
        step on the undo stack."""
        state: dict[str, Any] = {}
        decision = self._decide(ids, keep, scope, state, one=one)
        if decision is None or not decision.resolved:
            return
        text = self.tr("Giải quyết {count} xung đột của {scope}").format(
            count=len(decision.resolved), scope=scope["label"]
        )
        self.undo_stack.push(
            StoredChange(
                text,
                redo=lambda: self._decide(ids, keep, scope, state, one=one) is not None,
                undo=lambda: self._undo(state),
            )
        )

    def _decide(
        self,
        ids: list[str],
        keep: str,
        scope: dict[str, str],
        state: dict[str, Any],
        *,
        one: bool = False,
    ) -> bulk.Decision | None:
        try:
            decision = bulk.resolve_all(self.ws, ids, keep, scope)
        except UserError as exc:
            self.messages.show_error(exc.message)
            return None
        state["decision"] = decision.id
        if one and decision.skipped:  # one conflict: said beside its buttons, as before
            self.error.setText(decision.skipped[0]["reason"])
            return None
        self._said(decision)
        for table in sorted({item["table"] for item in decision.resolved}):
            self.resolved.emit(decision.id, table)
        self.refresh()
        return decision

    def _said(self, decision: bulk.Decision) -> None:
        words = {
            "mine": self.tr("giữ bản trong máy này"),
            "theirs": self.tr("lấy bản trong gói"),
        }[decision.keep]
        text = self.tr("Đã giải quyết {count} xung đột của {scope}: {choice}.").format(
            count=len(decision.resolved), scope=decision.scope["label"], choice=words
        )
        for reason, count in decision.reasons().items():
            text += " " + self.tr("Bỏ qua {count}: {reason}.").format(count=count, reason=reason)
        self.messages.show_success(
            text,
            next_step=self.tr("Ctrl+Z để hoàn tác."),
            action=(self.tr("Hoàn tác"), self.undo_stack.undo),
        )

    def _undo(self, state: dict[str, Any]) -> bool:
        try:
            decision = bulk.undo(self.ws, state["decision"])
        except UserError as exc:
            self.messages.show_error(exc.message)
            return False
        self.messages.show_info(
            self.tr("Đã hoàn tác: {count} xung đột của {scope} lại chờ quyết định.").format(
                count=len(decision.resolved), scope=decision.scope["label"]
            )
        )
        for table in sorted({item["table"] for item in decision.resolved}):
            self.resolved.emit(decision.id, table)
        self.refresh()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Z / Ctrl+Y here when no window's Edit menu took them (the page on its own)."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)
