"""The main window: navigation to the pages of the registry, menus and toolbar, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.page import Page
from cchc_desktop.gui.pages import FIRST_PAGE, PAGES, page_spec

if TYPE_CHECKING:
    # Only for annotations: building these Python types early would make their enums.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QPaintEvent


# The inspection page is built this long after the folder opens (once nothing runs).
WARM_UP_MS = 1500
WARM_UP_STEP_MS = 250

# The window's size at the first start, when the screen has room for it.
DEFAULT_SIZE = QSize(1280, 800)


def first_size(available: QSize | None) -> tuple[QSize, bool]:
    """The size of a first start on a screen with ``available`` room (above the taskbar), and
    whether to maximise: on a screen smaller than the default (a 1366×768 laptop has about
    1366×697) the window takes the whole of it instead of running off its edge."""
    if available is None or available.isEmpty():
        return QSize(DEFAULT_SIZE), False
    if available.width() < DEFAULT_SIZE.width() or available.height() < DEFAULT_SIZE.height():
        return DEFAULT_SIZE.boundedTo(available), True
    return QSize(DEFAULT_SIZE), False


class MainWindow(QMainWindow):
    """Sidebar + stacked pages. Pages are built the first time they are shown.

    The first frame holds the menus, toolbar, navigation and status bar; the start page
    follows on the next turn of the event loop (``first_painted``), with its list when that
    can be read at once; the icons and the data folder's preparation after the page is drawn
    (``start_page_drawn``). So the window is on screen as soon as Qt itself can draw one.
    Nothing here touches the ``Qt`` namespace or QStyle before that frame: PySide builds
    their Python enums on first use, which would cost more than the rest of the window.
    """

    page_changed = Signal(str)
    # The window's first frame is drawn: the page comes next.
    first_painted = Signal()
    # The start page's first frame is drawn (with its list when it could be read at once):
    # start the work that can wait (preparing the data folder).
    start_page_drawn = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self.current_key = ""
        self.setObjectName("mainWindow")
        self._painted = False
        self.setWindowTitle(tr("CCHC Desktop – Kiểm tra công tác cải cách hành chính"))
        self.setMinimumSize(QSize(960, 600))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(tr("Các trang"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self._sidebar_keys = [spec.key for spec in PAGES if spec.in_sidebar]
        for position, spec in enumerate(s for s in PAGES if s.in_sidebar):
            item = QListWidgetItem(tr(spec.title))
            item.setToolTip(f"{tr(spec.title)} (Ctrl+{position + 1})")
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._navigated)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        # Edit > Undo/Redo follow the stack of the page being worked in (the inspection view).
        self.undo_group = QUndoGroup(self)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        from cchc_desktop.gui.window_actions import build_actions

        self.actions_by_name = build_actions(self)
        self._build_status_bar()
        self._fit_sidebar()
        self.setTabOrder(self.navigation, self.stack)

        ctx.workspace_ready.connect(self._workspace_ready)
        ctx.device_changed.connect(self._show_device)
        # Whether a laptop nobody has named yet is asked for a name once its folder opens
        # (off for screenshots; entry.open_main_window decides).
        self.ask_device_name = False
        self.device_dialog: QDialog | None = None
        ctx.problem.connect(self.show_problem)
        ctx.settings_changed.connect(self._fit_sidebar)
        self._restore_geometry()
        start = ctx.settings.last_page or FIRST_PAGE
        self._start_page = start if start in self._sidebar_keys else FIRST_PAGE
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self._sidebar_keys.index(self._start_page))
        self.navigation.blockSignals(False)
        # Queued: whoever listens to first_painted hears it first; the page comes next.
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_frame))
        self.start_page_drawn.connect(self._after_start_page)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The next turn of the event loop: the frame is on screen by then.
            QTimer.singleShot(0, self.first_painted.emit)

    # -- pages ----------------------------------------------------------------------------

    def _after_first_frame(self) -> None:
        from PySide6.QtCore import Qt

        if self.current_key:  # a page was shown before the first frame (a package opened)
            QTimer.singleShot(0, self.start_page_drawn.emit)
        else:
            _AfterFirstPaint(self.show_page(self._start_page), self.start_page_drawn.emit)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _after_start_page(self) -> None:
        """The icons, once the start page and its list are on screen (QStyle's enums and the
        icon files are not needed for them)."""
        from cchc_desktop.gui.window_actions import give_icons

        give_icons(self)
        self._fit_sidebar()

    def page(self, key: str) -> Page:
        """The page of ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            module_name, _, class_name = page_spec(key).factory.partition(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.ctx, self.stack)
            page.setObjectName(f"page-{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> Page:
        """Bring a page to the front (building it if needed) and tell it it is visible."""
        page = self.page(key)
        # A page with undoable edits takes the group in activate(); the others have none.
        self.undo_group.setActiveStack(None)  # type: ignore[arg-type]  # Qt accepts nullptr
        focus = QApplication.focusWidget()
        focus_in_pages = focus is None or self.stack.isAncestorOf(focus)
        self.stack.setCurrentWidget(page)
        if focus_in_pages:
            # Keep the keyboard on the page's main list, not on whatever Qt picks next.
            page.setFocus()
        self.current_key = key
        if key in self._sidebar_keys:
            row = self._sidebar_keys.index(key)
            if self.navigation.currentRow() != row:
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(row)
                self.navigation.blockSignals(False)
        else:
            self.navigation.clearSelection()
        page.activate()
        self.page_changed.emit(key)
        return page

    def idle(self) -> bool:
        """The folder is open, nothing runs in the background and the inspections list (when
        built) is filled, or its problem told: what screenshots and the tests wait for."""
        listing = self.pages.get("inspections")
        return self.ctx.ready and self.ctx.pending == 0 and bool(getattr(listing, "settled", True))

    def show_page_at(self, position: int) -> None:
        """Ctrl+1…: the sidebar page at ``position`` (0-based)."""
        if 0 <= position < len(self._sidebar_keys):
            self.show_page(self._sidebar_keys[position]).setFocus()

    def _navigated(self, row: int) -> None:
        if 0 <= row < len(self._sidebar_keys):
            self.show_page(self._sidebar_keys[row])

    def focus_search(self) -> None:
        page = self.stack.currentWidget()
        if not (isinstance(page, Page) and page.focus_search()):
            self.show_page("inspections").focus_search()

    # -- inspections and packages -----------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> Page:
        """Show one inspection in the inspection view (or its placeholder)."""
        host = self.show_page("inspection")
        host.open_inspection(inspection_id)  # type: ignore[attr-defined]
        return host

    def new_inspection(self) -> None:
        """Ctrl+N: the new-inspection dialog; the created inspection opens at once."""
        if not self.ctx.ready:
            return
        from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog

        plan = None
        listing = self.pages.get("inspections")
        if listing is not None:
            plan = listing.current_plan()  # type: ignore[attr-defined]
        dialog = InspectionDialog(self.ctx, self, plan_id=plan)
        dialog.saved.connect(self.open_inspection)
        dialog.open()

    def make_report(self, plan_id: str | None = None) -> None:
        """Ctrl+R, "Lập báo cáo…": the report dialog, on ``plan_id`` or the plan the current
        page shows (the chosen plan, or a list's plan filter)."""
        if not self.ctx.ready:
            return
        from cchc_desktop.gui.dialogs.report_dialog import ReportDialog

        if plan_id is None:
            current = getattr(self.stack.currentWidget(), "report_plan", None)
            plan_id = current() if callable(current) else None
        ReportDialog(self.ctx, self, plan_id=plan_id).open()

    def print_minutes(self, plan_id: str | None = None) -> None:
        """Ctrl+P, "In biên bản…": many biên bản in one job, or one combined copy, from
        ``plan_id`` or the plan the current page shows."""
        if not self.ctx.ready:
            return
        from cchc_desktop.gui.dialogs.batch_print_dialog import BatchPrintDialog

        if plan_id is None:
            current = getattr(self.stack.currentWidget(), "report_plan", None)
            plan_id = current() if callable(current) else None
        BatchPrintDialog(self.ctx, self, plan_id=plan_id).open()

    def open_package(self, path: Path) -> None:
        """A ``.cchc`` package given on the command line or chosen in the File menu."""
        page = self.show_page("exchange")
        opener = getattr(page, "open_package", None)
        if callable(opener):
            opener(path)

    # -- text size, contrast ----------------------------------------------------------------

    def change_text_scale(self, step: int) -> None:
        """One step bigger (+1), smaller (-1), or back to normal (0)."""
        from cchc_desktop.settings import TEXT_SCALES

        current = TEXT_SCALES.index(self.ctx.settings.text_scale)
        scale = 100 if step == 0 else TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, current + step))]
        self.apply_look(text_scale=scale)

    def apply_look(self, **changes: object) -> None:
        """Change text size or contrast: applied to the whole app at once, remembered."""
        from cchc_desktop.gui.app import apply_settings

        self.ctx.update_settings(**changes)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_settings(app, self.ctx.settings)
        contrast = self.actions_by_name.get("high_contrast")
        if contrast is not None:
            contrast.setChecked(self.ctx.settings.high_contrast)

    def _fit_sidebar(self) -> None:
        width = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 24
        self.navigation.setFixedWidth(max(width, 150))

    # -- status, problems, geometry ---------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.folder_label = QLabel(
            tr("Thư mục dữ liệu: {path}").replace("{path}", str(self.ctx.data_dir))
        )
        self.folder_label.setObjectName("folderLabel")
        self.device_label = QLabel(tr("Máy này: đang mở…"))
        self.device_label.setObjectName("deviceLabel")
        bar.addPermanentWidget(self.folder_label, 1)
        bar.addPermanentWidget(self.device_label)
        if not self.ctx.folder.is_initialised():
            bar.showMessage(tr("Lần đầu sử dụng: đang tạo thư mục dữ liệu và dữ liệu mẫu…"))

    def _warm_up(self) -> None:
        """Build the inspection page and its checklist tab while the lead reads the list, one
        piece per turn of the event loop, so opening the first inspection is as quick as
        opening the next (building them on the click held the window for some 300 ms)."""
        if not self.ctx.ready or "inspection" in self.pages:
            return
        if self.ctx.pending:
            self.ctx.when_idle(lambda: QTimer.singleShot(WARM_UP_MS, self._warm_up))
            return
        host = self.page("inspection")
        view = getattr(host, "view", None)
        if view is None:
            return
        # The tabs a lead goes through first, then the style's polish of every widget (which
        # the first show would otherwise do), then the Ký & xuất tab (made on its first show it
        # held the window 150-250 ms). One piece per turn with a pause between — a tab's code,
        # then its widgets — so a key pressed meanwhile waits for one piece at most. A tab
        # reads the inspection only when it is shown.
        pieces: list[Callable[[], None]] = []
        for key in ("checklist", "findings", "photos", "minutes"):
            if key == "minutes":
                pieces.append(host.ensurePolished)
            pieces += [partial(view.preload, module) for module in view.code_of(key)]
            pieces.append(partial(view.prebuild, key))
        for position, piece in enumerate(pieces, start=1):
            QTimer.singleShot(position * WARM_UP_STEP_MS, view, piece)

    def _workspace_ready(self) -> None:
        # After the first list is read and drawn, when the window is idle.
        QTimer.singleShot(WARM_UP_MS, self._warm_up)
        self._show_device()
        if self.ask_device_name and not self.ctx.ws.device.name:
            # Once the first lists are read: the question does not hold them back, and the
            # window behind it shows the data already.
            self.ctx.when_idle(lambda: QTimer.singleShot(0, self._ask_if_unnamed))
        if self.ctx.demo_loaded:
            self.statusBar().showMessage(tr("Đã tạo dữ liệu mẫu (Lạng Sơn 2024 và 2026)."), 8000)
        else:
            self.statusBar().clearMessage()

    def _show_device(self) -> None:
        """This laptop as it is shown everywhere: its name and short id."""
        # (Not the key's fingerprint: reading the key loads the cryptography library, which
        # the first list need not wait for; Cài đặt and Trao đổi show it.)
        device = self.ctx.ws.device
        self.device_label.setText(tr("Máy này: {label}").replace("{label}", device.label))
        self.device_label.setToolTip(
            tr("Mã thiết bị: {id}. Tên máy và vân tay: Cài đặt › Dữ liệu trên máy.").replace(
                "{id}", device.device_id
            )
        )

    def _ask_if_unnamed(self) -> None:
        if self.ctx.ready and not self.ctx.ws.device.name and self.isVisible():
            self.ask_for_device_name()

    def ask_for_device_name(self) -> QDialog:
        """The first-start dialog naming this laptop (window-modal; Escape leaves it for later)."""
        from cchc_desktop.gui.dialogs.device_name_dialog import DeviceNameDialog

        if self.device_dialog is not None:
            return self.device_dialog
        dialog = DeviceNameDialog(self.ctx, self)
        self.device_dialog = dialog

        def closed() -> None:
            self.device_dialog = None

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def show_problem(self, message: str) -> None:
        """A person's problem met in the background: status bar, and a non-blocking box."""
        from PySide6.QtCore import Qt

        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("CCHC Desktop"), message, parent=self)
        box.setObjectName("problemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()

    def _restore_geometry(self) -> None:
        saved = self.ctx.settings.window_geometry
        if saved and self.ctx.persist_settings:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
            return
        screen = self.screen()
        size, maximise = first_size(screen.availableGeometry().size() if screen else None)
        self.resize(size)
        if maximise:
            from PySide6.QtCore import Qt

            self.setWindowState(Qt.WindowState.WindowMaximized)

    def fit_size(self, width: int, height: int) -> None:
        """An exact size (screenshots, tests): not maximised, whatever the screen."""
        if self.isMaximized():
            from PySide6.QtCore import Qt

            self.setWindowState(Qt.WindowState.WindowNoState)
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        for shown in self.pages.values():
            flush = getattr(shown, "flush_pending", None)
            if flush is not None:
                flush()  # a note still being typed is stored before the data folder closes
        if self.ctx.persist_settings:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            page = self.current_key if self.current_key in self._sidebar_keys else "inspections"
            self.ctx.update_settings(window_geometry=geometry, last_page=page)
        super().closeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # Focus the list of the current page once the window is up (keyboard use from the start).
        QTimer.singleShot(0, self._focus_current_page)

    def _focus_current_page(self) -> None:
        page = self.stack.currentWidget()
        if page is not None and QApplication.focusWidget() is None:
            page.setFocus()


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, on the turn of the event loop after ``widget`` is first painted
    (after the frame it is part of)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # after the first frame (179 enum members)

        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
