"""InspectionView: the screen a team lead works in all day — the seam the main window uses.

    view = InspectionView(workspace, parent)
    view.open_inspection(inspection_id)
    view.show_tab("checklist")            # "previous", "findings", "photos", "minutes": tabs.TABS
    view.changed.connect(...)             # after every stored change
    stack = view.undo_stack()             # wire Edit > Undo/Redo to it

The view registers no keyboard shortcut of its own for Ctrl+Z/Ctrl+Y: the window's Edit
actions take them. When no window action does (the view on its own, in tests), the lists
handle the keys themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.icons import lock_pixmap
from cchc_desktop.gui.inspection.frames import scroll_frame
from cchc_desktop.gui.inspection.header import InspectionHeader
from cchc_desktop.gui.inspection.tabs import TABS
from cchc_desktop.gui.message_bar import Kind, MessageBar
from cchc_desktop.store import inspections
from cchc_desktop.store.detail import checklist, progress, show_inspection
from cchc_desktop.store.workspace import Workspace


class SignedBanner(QWidget):
    """ "The minutes are signed": a padlock (drawn, not a glyph) and the words, in blue."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#signedBanner { background: #dbeafe; border: 1px solid #93c5fd; border-radius: 4px; }"
            " QLabel { color: #1e3a8a; font-weight: 600; }"
        )
        self.icon = QLabel()
        self.icon.setPixmap(lock_pixmap(self.fontMetrics().height()))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class InspectionView(QWidget):
    """Header with progress, a banner when the minutes are signed, and the registered tabs."""

    changed = Signal()
    # A tab's widget was made (its key): hosts adjust it (e.g. to the settings).
    tab_built = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionView")
        self.ws = workspace
        self.inspection_id: str | None = None
        self._template_id: str | None = None
        self._undo = QUndoStack(self)

        self.header = InspectionHeader()
        self.signed_banner = SignedBanner(
            self.tr(
                "Biên bản của cuộc kiểm tra này đã phát hành (đã ký): mọi nội dung chỉ để xem. "
                "Muốn thay đổi, hãy lập biên bản bổ sung."
            )
        )
        self.signed_banner.hide()

        # Where every result of an action in a tab shows (errors, success and the next step):
        # the top of the view, under the header, in sight at any window size.
        self.message_bar = MessageBar()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectionTabs")
        self.tabs.setDocumentMode(True)
        # A tab's widget is built the first time it is needed (shown, or asked for through
        # ``tab``): opening the first inspection builds only the tab in front, and the window
        # does not freeze while every tab's modules load and its widgets are made.
        self._tabs: dict[str, QWidget] = {}
        self._shown_in: dict[str, str | None] = {}  # the inspection each built tab shows
        self._pages: dict[str, QScrollArea] = {}
        for spec in TABS:
            page = scroll_frame()
            self._pages[spec.key] = page
            self.tabs.addTab(page, spec.translated_title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        for widget in (self.signed_banner, self.message_bar):
            wrapper = QHBoxLayout()
            wrapper.setContentsMargins(12, 0, 12, 0)
            wrapper.addWidget(widget)
            layout.addLayout(wrapper)
        layout.addWidget(self.tabs, 1)
        # A message belongs to the tab it came from: another tab starts with none.
        self.tabs.currentChanged.connect(self._current_tab_changed)

    def _build(self, key: str) -> QWidget:
        """The widget of tab ``key``, made now if it is not yet (and shown the open inspection)."""
        widget = self._tabs.get(key)
        if widget is not None:
            return widget
        spec = next(s for s in TABS if s.key == key)
        page = self._pages[key]
        widget = spec.factory(self.ws, page)
        if hasattr(widget, "set_undo_stack"):
            widget.set_undo_stack(self._undo)
        for name, slot in (
            ("changed", self._tab_changed),
            ("problem", self.show_problem),
            ("notice", self._notice),
            ("gallery_requested", self._show_photos_of),
            ("tab_requested", self.show_tab),
            ("jumpRequested", self.go_to),
            ("phonePhotosRequested", self._photos_from_phone),
        ):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(slot)
        page.setWidget(widget)
        page.setFocusProxy(widget)
        self._tabs[key] = widget
        self._shown_in[key] = None
        self.tab_built.emit(key)
        return widget

    def _ready(self, key: str) -> QWidget:
        """Tab ``key`` built and showing the open inspection: a tab out of sight is brought up
        to date when it is next shown (or asked for), not each time another inspection opens."""
        widget = self._build(key)
        if self.inspection_id is not None and self._shown_in[key] != self.inspection_id:
            self._shown_in[key] = self.inspection_id
            widget.open_inspection(self.inspection_id)  # type: ignore[attr-defined]
        return widget

    def _photos_from_phone(self, criterion: str) -> None:
        """A criterion's "Ảnh từ điện thoại…": the gallery's phone dialog on that criterion."""
        self._ready("photos").receive_from_phone(criterion)  # type: ignore[attr-defined]

    def _current_tab_changed(self, _index: int) -> None:
        self.message_bar.clear()
        self._ready(self.current_tab_key())

    # -- the seam ---------------------------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show one inspection: header, progress and the tab in front (the others when they
        are shown); undo starts afresh."""
        self.flush_pending()
        try:
            detail = show_inspection(self.ws, inspection_id)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self.inspection_id = detail["id"]
        self._template_id = detail["template"]["id"]
        self._undo.clear()
        self.message_bar.clear()
        self.header.show_inspection(detail)
        self.header.show_progress(progress(detail["checklist"]))
        self.signed_banner.setVisible(inspections.is_signed(detail))
        # Opening (again) reads afresh: every tab is out of date until it is shown.
        self._shown_in = dict.fromkeys(self._shown_in)
        self._ready(self.current_tab_key())
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front by its registry key ("checklist", "findings", …)."""
        if key not in self._pages:
            raise KeyError(f"no inspection tab {key!r}; known: {', '.join(self._pages)}")
        self.tabs.setCurrentWidget(self._pages[key])
        self._ready(key).setFocus()

    def go_to(self, key: str, target: str, field: str = "") -> None:
        """Show a tab with the cursor on one thing in it (a criterion's note, a finding's
        deadline, a photo's caption): where an item of the readiness list is fixed."""
        self.show_tab(key)
        focus = getattr(self._tabs[key], "focus_target", None)
        if focus is not None:
            focus(target, field)

    def undo_stack(self) -> QUndoStack:
        """Every stored change of this view as an undoable command (for Edit > Undo/Redo)."""
        return self._undo

    # -- more for the shell and the tests ---------------------------------------------------

    def tab(self, key: str) -> QWidget:
        """The widget of tab ``key`` (made now if it was not yet)."""
        if key not in self._pages:
            raise KeyError(f"no inspection tab {key!r}; known: {', '.join(self._pages)}")
        return self._ready(key)

    def code_of(self, key: str) -> tuple[str, ...]:
        """The modules tab ``key`` needs, to load ahead one at a time (``preload``)."""
        return next(s for s in TABS if s.key == key).modules

    def preload(self, module: str) -> None:
        """Load one module a tab needs ahead of need: a piece of work of its own (loading
        and building a tab in a single turn held the window over 100 ms)."""
        import importlib

        importlib.import_module(module)

    def prebuild(self, key: str) -> None:
        """Make tab ``key``'s widget ahead of need (it opens the inspection when shown)."""
        self._build(key)

    def built_tab(self, key: str) -> QWidget | None:
        """The widget of tab ``key`` if it is made already (None: not yet)."""
        return self._tabs.get(key)

    def current_tab_key(self) -> str:
        current = self.tabs.currentWidget()
        return next(key for key, page in self._pages.items() if page is current)

    def flush_pending(self) -> None:
        """Store anything typed and not stored yet (call before closing the workspace)."""
        for widget in self._tabs.values():
            flush = getattr(widget, "flush_pending", None)
            if flush is not None:
                flush()

    def show_problem(self, text: str) -> None:
        """Say what went wrong in the view itself (never a blocking dialog)."""
        self.message_bar.show_error(text)

    def show_success(self, text: str, next_step: str = "") -> None:
        """Say what was done, and what comes next, at the top of the view."""
        self.message_bar.show_success(text, next_step=next_step)

    def refresh_progress(self) -> None:
        """Re-read the counts from the store (a fraction of a millisecond: criteria are cached)."""
        if self.inspection_id is None or self._template_id is None:
            return
        self.header.show_progress(
            progress(checklist(self.ws, self.inspection_id, self._template_id))
        )

    def is_signed(self) -> bool:
        if self.inspection_id is None:
            return False
        row = inspections.find_inspection(self.ws, self.inspection_id)
        return row is not None and inspections.is_signed(row)

    # -- internals ------------------------------------------------------------------------

    def _notice(self, kind: str, text: str) -> None:
        """A tab's news that is not a problem: ``kind`` "success" or "info"."""
        if kind == "success":
            self.message_bar.show_success(text)
        else:
            self.message_bar.show_info(text)

    def _show_photos_of(self, code: str) -> None:
        """The gallery tab, on one criterion's photos."""
        self.show_tab("photos")
        chooser = getattr(self.tab("photos"), "set_criterion", None)
        if chooser is not None:
            chooser(code)

    def _tab_changed(self) -> None:
        # A change went through: whatever refused the last one no longer stands.
        if self.message_bar.kind is Kind.ERROR:
            self.message_bar.clear()
        self.refresh_progress()
        # Photos added or changed in one tab show in the others (counts, thumbnails); a tab
        # not up to date reads everything when next shown anyway.
        for key, widget in self._tabs.items():
            refresh = getattr(widget, "refresh_photos", None)
            up_to_date = self._shown_in[key] == self.inspection_id
            if widget is not self.sender() and refresh is not None and up_to_date:
                refresh()
        signed = self.is_signed()
        if signed != self.signed_banner.isVisible() and self.inspection_id is not None:
            # Signing (in the minutes tab) locks the inspection: the other tabs become
            # read-only at once; the tab that signed keeps what it shows.
            self.signed_banner.setVisible(signed)
            sender = self.sender()
            for key, widget in self._tabs.items():
                if widget is not sender:
                    self._shown_in[key] = None  # opened again, read-only, when next shown
            self._ready(self.current_tab_key())
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached only when no window action took the keys (see the module docstring).
        if event.matches(QKeySequence.StandardKey.Undo):
            self.flush_pending()
            self._undo.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self._undo.redo()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_pending()
        super().hideEvent(event)
