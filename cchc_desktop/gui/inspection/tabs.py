"""The tabs of the inspection view: ONE registry list; a new tab is one more line in it.

A tab is a ``TabSpec``: a key (what ``InspectionView.show_tab`` takes), a Vietnamese title
(translated through the "InspectionTabs" context), and a factory ``factory(workspace, parent)``
returning a widget. The widget must have ``open_inspection(inspection_id: str) -> None``.
It may also have, and the view then uses them:

- ``changed`` — a Signal emitted after every change it stored (the view refreshes the
  progress and re-emits its own ``changed``);
- ``problem`` — a Signal(str) with a message for the lead when the core refused a change;
- ``set_undo_stack(stack: QUndoStack)`` — called once, before the first ``open_inspection``;
  the tab pushes a command for every change it stores, so Ctrl+Z undoes it;
- ``flush_pending()`` — store anything typed but not stored yet (called before another
  inspection opens, and when the view hides);
- ``focus_target(target: str, field: str)`` — put the cursor on one thing the tab shows (a
  criterion code, a finding or photo id; ``field`` says which of its fields), for
  ``InspectionView.go_to``;
- ``jumpRequested`` — a Signal(str, str, str) asking the view to ``go_to(tab, target, field)``
  (the readiness list of the minutes tab);
- ``tab_requested`` — a Signal(str) with another tab's key to bring to the front (the
  checklist's criterion on recommendations opens "previous").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

TabFactory = Callable[["Workspace", QWidget | None], QWidget]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # Vietnamese source text; shown through ``translated_title``
    factory: TabFactory
    # The modules the factory needs, loaded ahead by the window one per turn (the heavy ones
    # first, the factory's own last): together in one turn they held it over 100 ms.
    modules: tuple[str, ...] = ()

    @property
    def translated_title(self) -> str:
        """The title in the window's language, ready for ``QTabWidget.addTab``: a tab title
        has no mnemonic, so "&" is doubled to show as itself (else "Ký & xuất" loses it)."""
        return QCoreApplication.translate("InspectionTabs", self.title).replace("&", "&&")


def _checklist(workspace: Workspace, parent: QWidget | None) -> QWidget:
    from cchc_desktop.gui.inspection.checklist_editor import ChecklistEditor

    return ChecklistEditor(workspace, parent)


def _previous(workspace: Workspace, parent: QWidget | None) -> QWidget:
    from cchc_desktop.gui.inspection.previous_panel import PreviousPanel

    return PreviousPanel(workspace, parent)


def _findings(workspace: Workspace, parent: QWidget | None) -> QWidget:
    from cchc_desktop.gui.inspection.findings_editor import FindingsEditor

    return FindingsEditor(workspace, parent)


def _photos(workspace: Workspace, parent: QWidget | None) -> QWidget:
    from cchc_desktop.gui.gallery.widget import GalleryWidget

    return GalleryWidget(workspace, parent)


def _minutes(workspace: Workspace, parent: QWidget | None) -> QWidget:
    from cchc_desktop.gui.minutes.sign_panel import SignExportPanel

    return SignExportPanel(workspace, parent)


TABS: list[TabSpec] = [
    TabSpec(
        "checklist",
        str(QT_TRANSLATE_NOOP("InspectionTabs", "Bảng kiểm")),
        _checklist,
        ("cchc_desktop.gui.inspection.checklist_editor",),
    ),
    TabSpec(
        "previous",
        str(QT_TRANSLATE_NOOP("InspectionTabs", "Kiến nghị kỳ trước")),
        _previous,
        ("cchc_desktop.gui.inspection.previous_panel",),
    ),
    TabSpec(
        "findings",
        str(QT_TRANSLATE_NOOP("InspectionTabs", "Ưu điểm, tồn tại, kiến nghị")),
        _findings,
        ("cchc_desktop.gui.inspection.findings_editor",),
    ),
    TabSpec(
        "photos",
        str(QT_TRANSLATE_NOOP("InspectionTabs", "Ảnh minh chứng")),
        _photos,
        ("cchc_desktop.gui.gallery.widget",),
    ),
    TabSpec(
        "minutes",
        str(QT_TRANSLATE_NOOP("InspectionTabs", "Ký & xuất biên bản")),
        _minutes,
        (
            "cchc_desktop.minutes.readiness",
            "cchc_desktop.gui.minutes.pdf_preview",
            "cchc_desktop.gui.minutes.sign_panel",
        ),
    ),
]
