"""What the list pages share: a search field for Ctrl+F, and for the long lists (inspections,
recommendations) a plan filter and rows read in the background that follow changes made
elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.rows import Row, RowsModel
from cchc_desktop.gui.page import Page
from cchc_desktop.gui.pages.list_parts import SearchField, fill_plan_combo

if TYPE_CHECKING:
    from cchc_desktop.store.reading import Read
    from cchc_desktop.store.workspace import Workspace


class ListPage(Page):
    """A page around one list; its ``search`` field takes Ctrl+F."""

    search: SearchField

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True


Model = TypeVar("Model", bound=RowsModel)


class BackgroundListPage(ListPage, Generic[Model]):
    """A long list read in the background (the newest request wins), with a plan filter.

    Changes to the tables in ``WATCHED`` re-read it at once when the page is shown, otherwise
    when it is next shown; a change to the plans refills the plan filter first. A subclass
    builds ``model``, ``table`` (through ``proxy``) and ``search``, and says what to read
    (``query``) and what to do once the rows are shown (``rows_shown``).
    """

    loaded = Signal()
    WATCHED: frozenset[str] = frozenset()

    model: Model
    table: QTableView
    count_label: QLabel  # under the list: how many rows, or that they could not be read

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, plan_width: int) -> None:
        super().__init__(ctx, parent)
        self.loaded_once = False
        # A read has ended, its rows shown or its problem told (a damaged file): what waits
        # for a quiet window (screenshots, tests) goes on.
        self.settled = False
        self._generation = 0
        self._stale = True
        # The rows shown were read at once, before the folder was ready (``read_at_once``),
        # and nothing has been written since.
        self._read_early = False
        self.plan_filter = QComboBox()
        self.plan_filter.setObjectName("planFilter")
        self.plan_filter.setAccessibleName(tr("Lọc theo kế hoạch"))
        self.plan_filter.setMinimumContentsLength(plan_width)
        self.plan_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_label = QLabel(tr("&Kế hoạch:"))
        self.plan_label.setBuddy(self.plan_filter)

    def watch(self) -> None:
        """Start following the workspace and its changes (call once the widgets exist)."""
        self.ctx.workspace_ready.connect(self.fill_plans)
        self.ctx.data_changed.connect(self._data_changed)
        if self.ctx.ready:
            self.fill_plans()

    def _read_at_once(self) -> None:
        """While the folder is being prepared: the rows at once, drawn with the page, when the
        folder needs no preparation and the read is short (a team lead's folder)."""
        query = self.first_query()
        rows = self.ctx.read_at_once(query) if query is not None else None
        if rows is not None:
            self._stale = False
            self._read_early = True
            self._arrived(self._generation, rows)

    # -- what a subclass provides -----------------------------------------------------------

    def query(self) -> Callable[[Workspace], list[Row]]:
        """The read to run in the background, on its own workspace."""
        raise NotImplementedError

    def read_failed(self) -> None:
        """The newest read failed (the window has told why): say the list is not shown, where
        its count goes, rather than "loading" for ever."""
        self.count_label.setText(tr("Không đọc được danh sách (xem thông báo lỗi)."))

    def first_query(self) -> Read[list[Row] | None] | None:
        """The read of the list as it first shows, on the folder opened only to read (None:
        the list waits for the folder to be ready; the read answering None: it was too long,
        the list is read in the background)."""
        return None

    def filtered(self) -> bool:
        """Whether a filter or a search narrows the list now."""
        raise NotImplementedError

    def rows_shown(self) -> None:
        """The new rows are in the model, sorted as the header says, the selection kept."""

    def selected_id(self) -> str | None:
        raise NotImplementedError

    def select(self, record_id: str) -> bool:
        raise NotImplementedError

    def select_first(self) -> None:
        raise NotImplementedError

    def plans_filled(self) -> None:
        """The plan filter was filled again (before the list is read)."""

    # -- shared -----------------------------------------------------------------------------

    def current_plan(self) -> str | None:
        """The plan the list is filtered by (None: all plans)."""
        value = self.plan_filter.currentData()
        return str(value) if value else None

    def report_plan(self) -> str | None:
        """The plan "Lập báo cáo…" proposes from this page: the list's filter."""
        return self.current_plan()

    def fill_plans(self) -> None:
        fill_plan_combo(self.plan_filter, self.ctx.ws, everything=tr("Tất cả kế hoạch"))
        self.plans_filled()
        if self._read_early and self.current_plan() is None:
            # The folder is ready now; what was read at once is what it holds (its preparation
            # had nothing to do, and a write since would have said so through data_changed).
            self._read_early = False
            self.rows_shown()
            return
        self.reload()

    def reload(self) -> None:
        """Read the list again in the background (the newest request wins)."""
        if not self.ctx.ready:
            return
        self._stale = False
        self._read_early = False
        self._generation += 1
        generation = self._generation
        self.ctx.read(
            self.query(),
            lambda rows: self._arrived(generation, rows),
            on_failed=lambda: self._not_read(generation),
        )

    def _arrived(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        selected = self.selected_id()
        header = self.table.horizontalHeader()
        self.model.set_rows(rows)
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.filtered():
            self.model.fetch_all()  # a filter looks at every row, not only the fetched ones
        if not (selected and self.select(selected)):
            self.select_first()
        self.rows_shown()
        self.loaded_once = True
        self.settled = True
        self.loaded.emit()

    def _not_read(self, generation: int) -> None:
        if generation == self._generation:
            self.settled = True
            self.read_failed()

    def _data_changed(self, table: str) -> None:
        self._read_early = False
        if table == "plans":
            if self.ctx.ready:
                self.fill_plans()
        elif table in self.WATCHED:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def activate(self) -> None:
        if not self.ctx.ready and not self.loaded_once:
            self._read_at_once()
        elif self._stale and self.ctx.ready:
            self.reload()

    def _window(self) -> Any:
        return self.window()
