"""Parts the list pages share: the search field, the table and tree views and their chosen
row, the progress cell, middle elision, the plan filter."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.inspections import PROGRESS_ROLE
from cchc_desktop.gui.models.rows import ID_ROLE, RowsModel
from cchc_desktop.gui.tooltips import plain_tooltip

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


# A content column is as wide as the widest of its first this many rows (as Qt's own
# "resize to contents" looks at a thousand).
MEASURED_ROWS = 1000
# The space Fusion (the app's one style, gui/app.py) leaves on each side of a cell's text:
# its PM_FocusFrameHMargin (2) + 1. Written here rather than asked of the style: asking
# builds QStyle's Python enums (~4 ms) before the first list could be drawn.
CELL_TEXT_MARGIN = 3
# No content column takes more than this share of the table's width (or its heading's width,
# if wider), and the widest are cut further when the columns would not fit beside the word
# columns' floors (``capped``): a code hundreds of characters long (a package may carry one)
# ends in "…", whole in the tooltip, instead of pushing the other columns out of sight.
CONTENT_SHARE_AT_MOST = 4

# Where a plan combo keeps each plan's number (its id is the item's data).
PLAN_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def fill_plan_combo(combo: QComboBox, ws: Workspace, *, everything: str | None = None) -> None:
    """Every plan as "number – title" (its id the item's data, its number under
    ``PLAN_NUMBER_ROLE``), after an "every plan" choice named ``everything`` when given. The
    plan chosen before stays chosen; no signal is emitted, so a page reloads once, when ready."""
    from cchc_desktop.store.plans import list_plans

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for plan in list_plans(ws):
        combo.addItem(f"{plan['number']} – {plan['title']}", plan["id"])
        combo.setItemData(combo.count() - 1, plan["number"], PLAN_NUMBER_ROLE)
    found = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def selected_id(view: QAbstractItemView) -> str | None:
    """The record id of the row chosen in a list or tree (None when nothing is selected)."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        return None
    value = index.siblingAtColumn(0).data(ID_ROLE)
    return str(value) if value else None


class SearchField(QLineEdit):
    """A search box that reports what was typed after a short pause (``search``)."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(tr("Tìm kiếm"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._now)
        self._results: QAbstractItemView | None = None
        self._enter_to_results = True

    def _now(self) -> None:
        self._timer.stop()
        self.search.emit(self.text())

    def set_results(self, view: QAbstractItemView, *, enter: bool = True) -> None:
        """↓ (and Enter, unless ``enter`` is False) go from the box into ``view``, on its
        first row when none is chosen: the results are one key away, not four Tabs."""
        self._results = view
        self._enter_to_results = enter

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Esc clears the search first; a second Esc is left to the page.
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._now()
            return
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._enter_to_results
        results = self._results
        if results is not None and plain and (event.key() == Qt.Key.Key_Down or enter):
            self._now()  # the list shows what was typed before the keyboard goes to it
            self._into_results(results)
            return
        super().keyPressEvent(event)

    def _into_results(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        view.setFocus()
        current = view.currentIndex()
        if not (current.isValid() and view.selectionModel().isSelected(current)):
            first = model.index(0, 0)
            if first.isValid():
                view.setCurrentIndex(first)


def table_view(name: str, accessible: str) -> QTableView:
    """A read-only, row-selecting, sortable table that the keyboard can drive."""
    view = QTableView()
    # A viewport made here, not by Qt: the first call of viewport() on a view Qt filled in
    # makes PySide find the widget's class among all of QtWidgets' (~9 ms at start-up).
    view.setViewport(QWidget())
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table: the next field, not the next cell
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorClearable(True)
    header.setHighlightSections(False)
    view.setSortingEnabled(True)
    return view


def tree_view(name: str, accessible: str) -> QTreeView:
    view = QTreeView()
    view.setViewport(QWidget())  # as in table_view
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    header = view.header()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorClearable(True)
    view.setSortingEnabled(True)
    return view


def fit_columns(header: QHeaderView, stretch: int) -> None:
    """Columns sized to their content, one stretching to fill the width."""
    for column in range(header.count()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


class ProgressDelegate(QStyledItemDelegate):
    """Draws "answered/total" over a bar of the share answered.

    Painted by hand from the palette (not by the style's progress bar), so the bar reads the
    same in the normal and the high-contrast theme: the filled part in the selection colour
    with its text colour, the rest in the base colour with the normal text colour. The cell
    under the bar (background, selection, focus) is the usual one, without its text.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # drawn over the bar by paint()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The cell by Qt, its text left out (initStyleOption): QStyle's Python enums are not
        # needed to draw the first list.
        super().paint(painter, option, index)
        margin = max(3, option.rect.height() // 6)
        bar = QRect(option.rect.adjusted(6, margin, -6, -margin))
        share = max(0, min(100, int(index.data(PROGRESS_ROLE) or 0)))
        filled = QRect(bar.left(), bar.top(), round(bar.width() * share / 100), bar.height())
        palette = option.palette
        text = str(index.data() or "")
        painter.save()
        # Rectangles filled by brush, not fillRect: resolving fillRect's arguments makes
        # PySide build QGradient's enum types, on the first list's first paint.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(bar)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRect(filled)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setClipRect(bar.adjusted(filled.width(), 0, 0, 0))
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
        painter.setClipRect(filled)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ColumnFitter(QObject):
    """Gives a table's free width to the columns that carry words (unit, plan title,
    recommendation), by ``weights``; the others (dates, codes, counts, states) keep the width
    of their content. Long words are cut at the end ("Trung tâm Phục vụ hành chính c…"), the
    whole text in the tooltip.

    The content widths are measured here, from the texts ``model`` shows (``column_texts``),
    when its rows or the view's font change; a resize only shares the width again. Qt's own
    "resize to contents" asks the model eight questions per cell and does it again at every
    resize of the view: the first list of a start-up was measured eight times over while the
    page was laid out."""

    def __init__(
        self,
        view: QTableView,
        model: RowsModel,
        weights: dict[int, int],
        minimum_chars: int = 10,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._weights = weights
        self._minimum = minimum_chars
        # Content column -> width, measured when the rows or the font change (None: again).
        self._content: dict[int, int] | None = None
        self._headings: dict[int, int] = {}  # content column -> its heading's width
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            mode = (
                QHeaderView.ResizeMode.Interactive
                if column in weights
                else QHeaderView.ResizeMode.Fixed
            )
            header.setSectionResizeMode(column, mode)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self.measure_again)
        model.rowsInserted.connect(self._rows_added)
        self._timer.start()

    def measure_again(self) -> None:
        """The rows or the font changed: measure the content columns again, and share."""
        self._content = None
        self._fit_now()

    def _rows_added(self, _parent: QModelIndex, first: int, _last: int) -> None:
        # Rows fetched past the first thousand (scrolling a long list) change no width.
        if first < MEASURED_ROWS:
            self.measure_again()

    def _fit_now(self) -> None:
        # At once when the view is on screen, so its next frame is drawn with its columns
        # fitted (a frame of unfitted columns, then a second one, is what a timer gave);
        # otherwise when it is next laid out.
        if self._view.isVisible():
            self._timer.stop()
            self.fit()
        else:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and watched is self._view.viewport():
            return self._whole_text_of_cut_cell(event)
        if kind == QEvent.Type.Resize:
            self._fit_now()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.measure_again()
        return False

    def fit(self) -> None:
        """Size the content columns, then share the width they leave among the word columns."""
        header = self._view.horizontalHeader()
        if self._content is None:
            self._content = self._measure()
        room = self._view.viewport().width()
        least = self._view.fontMetrics().averageCharWidth() * self._minimum
        # A word column is never narrower than its heading ("Trưởng đoàn" whole).
        floors = {column: max(least, self._heading_width(column)) for column in self._weights}
        shown = {
            column: width
            for column, width in self._content.items()
            if not header.isSectionHidden(column)
        }
        headings = self._headings
        widths = capped(
            {c: min(w, max(room // CONTENT_SHARE_AT_MOST, headings[c])) for c, w in shown.items()},
            headings,
            room - sum(floors.values()),
        )
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        free = room - sum(widths.values())
        for column, width in share(free, self._weights, floors).items():
            header.resizeSection(column, width)

    def _whole_text_of_cut_cell(self, event: QEvent) -> bool:
        """A content column cut to its share of the width shows a cell's whole text in a
        tooltip, as the word columns do (theirs come from the model)."""
        view = self._view
        index = view.indexAt(event.pos())  # type: ignore[attr-defined]  # a QHelpEvent
        if (
            not index.isValid()
            or index.column() in self._weights
            or index.data(Qt.ItemDataRole.ToolTipRole)
        ):
            return False  # the view shows the model's tooltip, or none
        text = str(index.data() or "")
        metrics = QFontMetricsF(view.font())
        widest = max((metrics.horizontalAdvance(line) for line in _lines(text)), default=0.0)
        if math.ceil(widest) + self._extra() <= view.horizontalHeader().sectionSize(index.column()):
            return False  # shown whole
        from PySide6.QtWidgets import QToolTip

        where = event.globalPos()  # type: ignore[attr-defined]
        QToolTip.showText(where, plain_tooltip(text), view.viewport())
        return True

    def _extra(self) -> int:
        # The cell's text margins, the pixel where the text's box falls between pixels, and
        # the grid line.
        return 1 + 2 * CELL_TEXT_MARGIN + (1 if self._view.showGrid() else 0)

    def _measure(self) -> dict[int, int]:
        """Each content column's width: its widest text as the view's cells draw it (with the
        style's text margins and the grid line), or its heading's, whichever is wider."""
        view = self._view
        header = view.horizontalHeader()
        # Fractional advances, as the cells lay text out; a pixel more for where the text's
        # box falls between pixels (Qt's own measure is at most that much wider).
        metrics = QFontMetricsF(view.font())
        extra = self._extra()
        widths: dict[int, int] = {}
        for column in range(header.count()):
            if column in self._weights:
                continue
            texts = self._model.column_texts(column, MEASURED_ROWS)
            widest = max(
                (metrics.horizontalAdvance(line) for text in texts for line in _lines(text)),
                default=0.0,
            )
            content = math.ceil(widest) + extra if texts else 0
            self._headings[column] = header.sectionSizeHint(column)
            widths[column] = max(self._headings[column], content)
        return widths

    def _heading_width(self, column: int) -> int:
        heading = self._model.headerData(column, Qt.Orientation.Horizontal)
        return (
            self._view.horizontalHeader().fontMetrics().horizontalAdvance(str(heading or "")) + 16
        )


# Where a cell's text breaks: Qt lays a line break out as a new line even in a one-line
# cell (it shows the first, elided), so a column is as wide as its longest line.
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def _lines(text: str) -> list[str]:
    return text.translate(_LINE_BREAKS).split("\n")


def capped(widths: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """``widths`` with the widest cut to one width, the largest that makes them fit in
    ``room``, never under ``least`` (a column's heading): one code too long is cut, the
    columns that fit keep their content's width. Unchanged when they fit already."""
    if sum(widths.values()) <= room:
        return dict(widths)

    def cut_to(cap: int) -> dict[int, int]:
        return {c: min(w, max(cap, least[c])) for c, w in widths.items()}

    low, high = 0, max(widths.values())  # cut_to(high) is widths, which does not fit
    while low < high - 1:
        middle = (low + high) // 2
        if sum(cut_to(middle).values()) <= room:
            low = middle
        else:
            high = middle
    return cut_to(low)


def share(free: int, weights: dict[int, int], floors: dict[int, int]) -> dict[int, int]:
    """``free`` pixels shared by weight; a column whose share is under its floor gets the
    floor and the others share what is left (so the total stays within ``free`` whenever the
    floors fit)."""
    widths: dict[int, int] = {}
    left = dict(weights)
    while left:
        total = sum(left.values())
        room = free - sum(widths.values())
        small = {c for c, w in left.items() if room * w // total < floors[c]}
        if not small:
            widths.update({c: room * w // total for c, w in left.items()})
            break
        for column in small:
            widths[column] = floors[column]
            del left[column]
    return widths
