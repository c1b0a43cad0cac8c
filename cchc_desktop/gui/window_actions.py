"""Menus, toolbar and keyboard shortcuts of the main window (one place lists them all; the
About box and the README show the same table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QStyle, QToolBar

from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.pages import PAGES

if TYPE_CHECKING:
    from cchc_desktop.gui.main_window import MainWindow

# (shortcut, what it does) as the About box lists them.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("QCoreApplication", "Cuộc kiểm tra mới")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("QCoreApplication", "Tìm kiếm trong trang đang mở")),
    ("Ctrl+1 … Ctrl+5", QT_TRANSLATE_NOOP("QCoreApplication", "Chuyển trang (Kế hoạch … Cài đặt)")),
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


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Create the menus and the toolbar; return the actions by name (tests trigger them)."""
    actions: dict[str, QAction] = {}
    style = window.style()

    def action(
        name: str,
        text: str,
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        slot: object = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        item = QAction(text, window)
        item.setObjectName(f"action-{name}")
        if icon is not None:
            item.setIcon(style.standardIcon(icon))
        if shortcuts:
            item.setShortcuts([QKeySequence(s) for s in shortcuts])
            item.setToolTip(
                f"{text} ({QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        if slot is not None:
            item.triggered.connect(slot)
        actions[name] = item
        return item

    sp = QStyle.StandardPixmap
    new = action(
        "new_inspection",
        tr("Cuộc kiểm tra &mới…"),
        [QKeySequence.StandardKey.New],
        window.new_inspection,
        sp.SP_FileDialogNewFolder,
    )
    open_package = action(
        "open_package",
        tr("Mở &gói dữ liệu…"),
        [QKeySequence.StandardKey.Open],
        lambda: _choose_package(window),
        sp.SP_DialogOpenButton,
    )
    quit_ = action("quit", tr("&Thoát"), [QKeySequence("Ctrl+Q")], window.close)
    search = action(
        "search",
        tr("&Tìm kiếm"),
        [QKeySequence.StandardKey.Find],
        window.focus_search,
        sp.SP_FileDialogContentsView,
    )
    add_plan = action(
        "add_plan", tr("Thêm &kế hoạch…"), None, lambda: _page_call(window, "plans", "add_plan")
    )
    add_team = action(
        "add_team",
        tr("Thêm đ&oàn kiểm tra…"),
        None,
        lambda: _page_call(window, "plans", "add_team"),
    )
    add_unit = action(
        "add_unit", tr("Thêm đơn &vị…"), None, lambda: _page_call(window, "units", "add_unit")
    )
    bigger = action(
        "text_bigger",
        tr("Chữ to hơn (A+)"),
        [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.StandardKey.ZoomIn],
        lambda: window.change_text_scale(+1),
    )
    smaller = action(
        "text_smaller",
        tr("Chữ nhỏ hơn (A−)"),
        [QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut],
        lambda: window.change_text_scale(-1),
    )
    normal = action(
        "text_normal",
        tr("Cỡ chữ mặc định (A)"),
        [QKeySequence("Ctrl+0")],
        lambda: window.change_text_scale(0),
    )
    contrast = action("high_contrast", tr("Tương phản &cao"), [QKeySequence("Ctrl+Shift+H")])
    contrast.setCheckable(True)
    contrast.setChecked(window.ctx.settings.high_contrast)
    contrast.toggled.connect(lambda on: window.apply_look(high_contrast=on))
    about = action(
        "about",
        tr("&Giới thiệu và phím tắt"),
        [QKeySequence.StandardKey.HelpContents, QKeySequence("F1")],
        lambda: _about(window),
        sp.SP_DialogHelpButton,
    )
    # Short labels on the toolbar; the menus keep the full wording.
    bigger.setIconText("A+")
    smaller.setIconText("A−")
    normal.setIconText("A")
    contrast.setIconText(tr("Tương phản cao"))
    new.setIconText(tr("Cuộc kiểm tra mới"))
    search.setIconText(tr("Tìm kiếm"))

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&Tệp"))
    file_menu.addActions([new, open_package])
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    edit_menu = bar.addMenu(tr("&Chỉnh sửa"))
    edit_menu.addAction(search)
    edit_menu.addSeparator()
    edit_menu.addActions([add_plan, add_team, add_unit])
    view_menu = bar.addMenu(tr("&Xem"))
    for position, spec in enumerate(s for s in PAGES if s.in_sidebar):
        go = action(
            f"page_{spec.key}",
            tr(spec.title),
            [QKeySequence(f"Ctrl+{position + 1}")],
            lambda _=False, p=position: window.show_page_at(p),
        )
        view_menu.addAction(go)
    view_menu.addSeparator()
    view_menu.addActions([bigger, smaller, normal, contrast])
    help_menu = bar.addMenu(tr("Trợ &giúp"))
    help_menu.addAction(about)

    toolbar = QToolBar(tr("Thanh công cụ"), window)
    toolbar.setObjectName("toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([new, search])
    toolbar.addSeparator()
    toolbar.addActions([smaller, normal, bigger, contrast])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return actions


def _page_call(window: MainWindow, key: str, method: str) -> None:
    page = window.show_page(key)
    getattr(page, method)()


def _choose_package(window: MainWindow) -> None:
    from pathlib import Path

    dialog = QFileDialog(window, tr("Mở gói dữ liệu"))
    dialog.setNameFilter(tr("Gói dữ liệu CCHC (*.cchc)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: window.open_package(Path(name)))
    dialog.open()


def _about(window: MainWindow) -> None:
    from cchc_desktop.gui.dialogs.about_dialog import AboutDialog

    AboutDialog(window, SHORTCUTS).open()
