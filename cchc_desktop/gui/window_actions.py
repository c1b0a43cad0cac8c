"""Menus, toolbar and keyboard shortcuts of the main window (one place lists them all; the
About box and the README show the same table).

Built before the first frame, so written without touching the ``Qt`` namespace or QStyle
(creating their Python enums costs more than the rest of the menus); the icons and the
toolbar's text-beside-icon style come with ``give_icons``, once the first page is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.pages import PAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

    from cchc_desktop.gui.main_window import MainWindow

# (shortcut, what it does) as the About box lists them.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("QCoreApplication", "Cuộc kiểm tra mới")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("QCoreApplication", "Tìm kiếm trong trang đang mở")),
    (
        f"Ctrl+1 … Ctrl+{sum(1 for spec in PAGES if spec.in_sidebar)}",
        QT_TRANSLATE_NOOP("QCoreApplication", "Chuyển trang (Kế hoạch … Cài đặt)"),
    ),
    (
        "Ctrl+R",
        QT_TRANSLATE_NOOP("QCoreApplication", "Lập báo cáo kết quả kiểm tra (PDF, DOCX, XLSX)"),
    ),
    ("Ctrl+P", QT_TRANSLATE_NOOP("QCoreApplication", "In nhiều biên bản, xuất bản gộp PDF")),
    ("Enter", QT_TRANSLATE_NOOP("QCoreApplication", "Mở cuộc kiểm tra đang chọn")),
    ("Alt+←", QT_TRANSLATE_NOOP("QCoreApplication", "Quay lại danh sách cuộc kiểm tra")),
    (
        "Ctrl+= / Ctrl+- / Ctrl+0",
        QT_TRANSLATE_NOOP("QCoreApplication", "Chữ to hơn / nhỏ hơn / mặc định"),
    ),
    ("Ctrl+Shift+H", QT_TRANSLATE_NOOP("QCoreApplication", "Bật/tắt chế độ tương phản cao")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("QCoreApplication", "Mở gói dữ liệu (.cchc)")),
    ("F1", QT_TRANSLATE_NOOP("QCoreApplication", "Giới thiệu và phím tắt")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("QCoreApplication", "Thoát")),
)

# Standard icons (QStyle.StandardPixmap names) of the actions that show one.
ACTION_ICONS = {
    "new_inspection": "SP_FileDialogNewFolder",
    "open_package": "SP_DialogOpenButton",
    "search": "SP_FileDialogContentsView",
    "about": "SP_DialogHelpButton",
}


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Create the menus and the toolbar; return the actions by name (tests trigger them)."""
    action = _ActionMaker(window)
    _create_actions(window, action)
    actions = action.actions
    bar = window.menuBar()
    _file_menu(bar, actions)
    _edit_menu(window, bar, actions)
    _view_menu(window, bar, action)
    help_menu = bar.addMenu(tr("Trợ &giúp"))
    help_menu.addAction(actions["about"])
    _toolbar(window, actions)
    return actions


class _ActionMaker:
    """Makes the window's actions, each named ``action-<name>`` and kept by its name."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}

    def __call__(
        self,
        name: str,
        text: str,
        keys: tuple[str, ...] = (),
        slot: Callable[..., Any] | None = None,
    ) -> QAction:
        item = QAction(self.window)  # (text, parent) would make PySide build the QIcon type too
        item.setText(text)
        item.setObjectName(f"action-{name}")
        if keys:
            item.setShortcuts([QKeySequence(key) for key in keys])
            item.setToolTip(f"{text.replace('&', '')} ({keys[0]})")
        if slot is not None:
            item.triggered.connect(slot)
        self.actions[name] = item
        return item


def _create_actions(window: MainWindow, action: _ActionMaker) -> None:
    """The actions of the menus and the toolbar (the pages' own are made with the View menu)."""
    new = action("new_inspection", tr("Cuộc kiểm tra &mới…"), ("Ctrl+N",), window.new_inspection)
    action("open_package", tr("Mở &gói dữ liệu…"), ("Ctrl+O",), lambda: _choose_package(window))
    action("report", tr("Lập &báo cáo…"), ("Ctrl+R",), lambda _c=False: window.make_report())
    action(
        "print_minutes",
        tr("&In biên bản…"),
        ("Ctrl+P",),
        lambda _c=False: window.print_minutes(),
    )
    action("quit", tr("&Thoát"), ("Ctrl+Q",), window.close)
    search = action("search", tr("&Tìm kiếm"), ("Ctrl+F",), window.focus_search)
    action("add_plan", tr("Thêm &kế hoạch…"), slot=lambda: _page_call(window, "plans", "add_plan"))
    action(
        "add_team", tr("Thêm đ&oàn kiểm tra…"), slot=lambda: _page_call(window, "plans", "add_team")
    )
    action("add_unit", tr("Thêm đơn &vị…"), slot=lambda: _page_call(window, "units", "add_unit"))
    bigger = action(
        "text_bigger",
        tr("Chữ to hơn (A+)"),
        ("Ctrl+=", "Ctrl++"),
        lambda: window.change_text_scale(+1),
    )
    smaller = action(
        "text_smaller", tr("Chữ nhỏ hơn (A−)"), ("Ctrl+-",), lambda: window.change_text_scale(-1)
    )
    normal = action(
        "text_normal", tr("Cỡ chữ mặc định (A)"), ("Ctrl+0",), lambda: window.change_text_scale(0)
    )
    contrast = action("high_contrast", tr("Tương phản &cao"), ("Ctrl+Shift+H",))
    contrast.setCheckable(True)
    contrast.setChecked(window.ctx.settings.high_contrast)
    contrast.toggled.connect(lambda on: window.apply_look(high_contrast=on))
    action("about", tr("&Giới thiệu và phím tắt"), ("F1",), lambda: _about(window))
    # Short labels on the toolbar; the menus keep the full wording.
    bigger.setIconText("A+")
    smaller.setIconText("A−")
    normal.setIconText("A")
    contrast.setIconText(tr("Tương phản cao"))
    new.setIconText(tr("Cuộc kiểm tra mới"))
    search.setIconText(tr("Tìm kiếm"))


def _file_menu(bar: QMenuBar, actions: dict[str, QAction]) -> None:
    file_menu = bar.addMenu(tr("&Tệp"))
    file_menu.addActions([actions["new_inspection"], actions["open_package"]])
    file_menu.addSeparator()
    file_menu.addActions([actions["report"], actions["print_minutes"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])


def _edit_menu(window: MainWindow, bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Undo and redo (of the page shown), search, and adding plans, teams and units."""
    edit_menu = bar.addMenu(tr("&Chỉnh sửa"))
    undo = window.undo_group.createUndoAction(window, tr("&Hoàn tác"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    undo.setObjectName("action-undo")
    redo = window.undo_group.createRedoAction(window, tr("&Làm lại"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.setObjectName("action-redo")
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["search"])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["add_plan"], actions["add_team"], actions["add_unit"]])


def _view_menu(window: MainWindow, bar: QMenuBar, action: _ActionMaker) -> None:
    """A page per Ctrl+digit, then the text size and the contrast."""
    view_menu = bar.addMenu(tr("&Xem"))
    for position, spec in enumerate(s for s in PAGES if s.in_sidebar):
        go = action(
            f"page_{spec.key}",
            tr(spec.title),
            (f"Ctrl+{position + 1}",),
            lambda _checked=False, p=position: window.show_page_at(p),
        )
        view_menu.addAction(go)
    view_menu.addSeparator()
    actions = action.actions
    view_menu.addActions(
        [actions[name] for name in ("text_bigger", "text_smaller", "text_normal", "high_contrast")]
    )


def _toolbar(window: MainWindow, actions: dict[str, QAction]) -> None:
    toolbar = QToolBar(tr("Thanh công cụ"), window)
    toolbar.setObjectName("toolbar")
    toolbar.setMovable(False)
    toolbar.addActions([actions["new_inspection"], actions["search"]])
    toolbar.addSeparator()
    toolbar.addActions(
        [actions[name] for name in ("text_smaller", "text_normal", "text_bigger", "high_contrast")]
    )
    window.addToolBar(toolbar)


def give_icons(window: MainWindow) -> None:
    """Icons for the app, the actions and the navigation, text beside them on the toolbar."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QApplication, QStyle

    from cchc_desktop.gui.app import set_window_icon

    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_window_icon(app)
    style = window.style()
    for name, icon in ACTION_ICONS.items():
        window.actions_by_name[name].setIcon(
            style.standardIcon(getattr(QStyle.StandardPixmap, icon))
        )
    sidebar = [spec for spec in PAGES if spec.in_sidebar]
    for row, spec in enumerate(sidebar):
        pixmap = getattr(QStyle.StandardPixmap, spec.icon, QStyle.StandardPixmap.SP_FileIcon)
        window.navigation.item(row).setIcon(style.standardIcon(pixmap))
    toolbar = window.findChild(QToolBar, "toolbar")
    if toolbar is not None:
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def _page_call(window: MainWindow, key: str, method: str) -> None:
    page = window.show_page(key)
    getattr(page, method)()


def _choose_package(window: MainWindow) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, tr("Mở gói dữ liệu"))
    dialog.setNameFilter(tr("Gói dữ liệu CCHC (*.cchc)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: window.open_package(Path(name)))
    dialog.open()


def _about(window: MainWindow) -> None:
    from cchc_desktop.gui.dialogs.about_dialog import AboutDialog

    AboutDialog(window, SHORTCUTS).open()
