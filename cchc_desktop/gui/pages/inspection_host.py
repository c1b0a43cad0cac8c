"""The open inspection: a slim bar (back to the list) over the inspection view.

THE SEAM for the inspection view (checklist editor + findings), built in
``cchc_desktop/gui/inspection/view.py``::

    class InspectionView(QWidget):
        changed = Signal()                  # an answer, note or finding was saved
        def __init__(self, workspace, parent=None): ...   # the GUI thread's Workspace
        def open_inspection(self, inspection_id: str) -> None: ...
        def show_tab(self, key: str) -> None: ...         # "checklist", "findings", …

When that module is missing, a read-only placeholder (header and progress from
``store.detail.show_inspection``) stands in. ``changed`` makes the inspections list refresh
its progress columns.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.page import Page

VIEW_MODULE = "cchc_desktop.gui.inspection.view"


def inspection_view_class() -> type[Any] | None:
    """The real inspection view if it is installed, else None (a bug inside it is raised)."""
    try:
        module = importlib.import_module(VIEW_MODULE)
    except ModuleNotFoundError as missing:
        if missing.name in (VIEW_MODULE, VIEW_MODULE.rpartition(".")[0]):
            return None
        raise
    view: type[Any] = module.InspectionView
    return view


class InspectionHost(Page):
    """Hosts the inspection view; Alt+Left (or the button) goes back to the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.inspection_id: str | None = None
        self.back_button = QPushButton(tr("← Danh sách cuộc kiểm tra"))
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(tr("Quay lại danh sách (Alt+←)"))
        self.back_button.clicked.connect(self.back)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        view_class = inspection_view_class()
        if view_class is not None:
            self.view: Any = view_class(ctx.ws, self)
        else:
            self.view = InspectionPlaceholder(ctx, self)
        self.view.setObjectName("inspectionView")
        self.view.changed.connect(lambda: ctx.notify("answers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def open_inspection(self, inspection_id: str) -> None:
        self.inspection_id = inspection_id
        self.view.open_inspection(inspection_id)
        self.view.setFocus()

    def show_tab(self, key: str) -> None:
        show = getattr(self.view, "show_tab", None)
        if callable(show):
            show(key)

    def back(self) -> None:
        window: Any = self.window()
        listing = window.show_page("inspections")
        if self.inspection_id:
            listing.select(self.inspection_id)
        listing.table.setFocus()


class InspectionPlaceholder(QWidget):
    """Read-only stand-in until the inspection view lands: header, progress, answers."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("inspectionTitle")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("inspectionProgress")
        self.progress.setProperty("role", "subheading")
        self.details = QFormLayout()
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.answers = QTreeWidget()
        self.answers.setObjectName("answersTree")
        self.answers.setAccessibleName(tr("Bảng kiểm"))
        self.answers.setHeaderLabels([tr("Tiêu chí"), tr("Kết quả"), tr("Ghi chú")])
        self.answers.setAlternatingRowColors(True)
        self.answers.setWordWrap(True)
        note = QLabel(tr("Trình chỉnh sửa bảng kiểm sẽ hiện ở đây; trang này chỉ để xem."))
        note.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.answers, 1)
        layout.addWidget(note)
        self.setFocusProxy(self.answers)

    def open_inspection(self, inspection_id: str) -> None:
        from cchc_desktop.domain.dates import dmy
        from cchc_desktop.store.detail import show_inspection

        detail = show_inspection(self.ctx.ws, inspection_id)
        unit, plan, progress = detail["unit"], detail["plan"], detail["progress"]
        self.title.setText(f"{unit['name']} – {dmy(detail['date'])}")
        while self.details.rowCount():
            self.details.removeRow(0)
        leader = ""
        if detail["team"]:
            leader = next(
                (
                    f"{m['name']}, {m['title']}" if m["title"] else m["name"]
                    for m in detail["team"]["members"]
                    if m["role"] == "truong_doan"
                ),
                "",
            )
        rows = (
            (tr("Kế hoạch:"), f"{plan['number']} – {plan['title']}"),
            (tr("Trưởng đoàn:"), leader or tr("(chưa chọn đoàn)")),
            (tr("Địa điểm:"), detail["place"]),
            (tr("Bảng kiểm:"), f"{detail['template']['title']} (v{detail['template']['version']})"),
        )
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            # Wrapped labels in a form shrink to their shortest line unless told to expand.
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(label, field)
        self.progress.setText(
            tr("Đã trả lời {answered}/{total} · Không đạt {not_met} · Thiếu ghi chú {missing}")
            .replace("{answered}", str(progress["answered"]))
            .replace("{total}", str(progress["total"]))
            .replace("{not_met}", str(progress["khong_dat"]))
            .replace("{missing}", str(progress["missing_notes"]))
        )
        self.answers.clear()
        areas: dict[str, QTreeWidgetItem] = {}
        for item in detail["checklist"]:
            area = areas.get(item["area"])
            if area is None:
                area = areas[item["area"]] = QTreeWidgetItem(
                    self.answers, [f"{item['area']}. {item['area_title']}"]
                )
                area.setFirstColumnSpanned(True)
            QTreeWidgetItem(
                area, [f"{item['code']} {item['text']}", item["result_label"], item["note"]]
            )
        self.answers.expandAll()
        self.answers.resizeColumnToContents(1)
        self.answers.setColumnWidth(0, max(420, self.width() // 2))
