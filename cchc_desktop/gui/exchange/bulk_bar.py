"""The conflicts view's bulk bar: every open conflict of one package or of one inspection,
settled with one choice ("Giải quyết 15 xung đột của gói … : Giữ bản trong máy này")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.exchange import bulk
from cchc_desktop.store.workspace import Workspace


class BulkBar(QWidget):
    """A scope (a package, an inspection) with its count, and the two choices."""

    chosen = Signal(object, str, object)  # conflict ids, "mine" or "theirs", the scope

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope_label = QLabel(self.tr("Giải quyết &hàng loạt:"))
        self.scopes = QComboBox()
        self.scopes.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scopes.setMinimumContentsLength(30)
        self.scope_label.setBuddy(self.scopes)
        self.scopes.currentIndexChanged.connect(self._chosen_scope)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # names from packages, never HTML
        self.count.setWordWrap(True)
        self.mine = QPushButton(self.tr("Giữ tất cả bản trong &máy này"))
        self.theirs = QPushButton(self.tr("Lấy tất cả bản trong &gói"))
        self.mine.clicked.connect(lambda: self._choose("mine"))
        self.theirs.clicked.connect(lambda: self._choose("theirs"))
        # Two lines: the scope (a long package or unit name) has the width to itself.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scopes, 1)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.mine)
        bottom.addWidget(self.theirs)
        layout.addLayout(bottom)

    def refresh(self, ws: Workspace) -> None:
        """The packages, then the inspections, that have open conflicts (kept where it was)."""
        previous = self.current_scope()
        self.scopes.blockSignals(True)
        self.scopes.clear()
        entries: list[tuple[list[str], dict[str, str]]] = [
            (ids, bulk.package_scope(package)) for package, ids in bulk.open_by_package(ws)
        ]
        entries += [
            (ids, bulk.inspection_scope(ws, inspection))
            for inspection, _label, ids in bulk.open_by_inspection(ws)
        ]
        for ids, scope in entries:
            label = scope["label"][:1].upper() + scope["label"][1:]
            text = self.tr("{scope} — {count} xung đột").format(scope=label, count=len(ids))
            self.scopes.addItem(text, (ids, scope))
        self.scopes.blockSignals(False)
        keep = next(
            (
                i
                for i, (_ids, scope) in enumerate(entries)
                if previous is not None and scope["id"] == previous["id"]
            ),
            0,
        )
        self.scopes.setCurrentIndex(keep if entries else -1)
        self._chosen_scope()
        self.setVisible(bool(entries))

    def current_scope(self) -> dict[str, str] | None:
        data = self.scopes.currentData()
        return data[1] if data else None

    def select(self, scope_id: str) -> bool:
        """Choose the scope with this id (a package's or an inspection's); False if absent."""
        for index in range(self.scopes.count()):
            if self.scopes.itemData(index)[1]["id"] == scope_id:
                self.scopes.setCurrentIndex(index)
                return True
        return False

    def _chosen_scope(self) -> None:
        data: Any = self.scopes.currentData()
        for button in (self.mine, self.theirs):
            button.setEnabled(bool(data))
        if not data:
            self.count.clear()
            return
        ids, scope = data
        self.count.setText(
            self.tr("Giải quyết {count} xung đột của {scope}:").format(
                count=len(ids), scope=scope["label"]
            )
        )

    def _choose(self, keep: str) -> None:
        data: Any = self.scopes.currentData()
        if data:
            ids, scope = data
            self.chosen.emit(list(ids), keep, scope)
