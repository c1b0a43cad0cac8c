"""A thin table model over the rows a core query returned (dicts), shown lazily in chunks.

The rows come whole from one core query (often run in the background); the view is handed
them ``CHUNK`` at a time through ``canFetchMore``/``fetchMore``, so a list of 10,000
inspections costs the view no more than the rows on screen. Sorting happens here, on the
Python list with precomputed keys (Vietnamese order through ``domain.text.sort_key``), not in
a proxy calling ``lessThan`` back into Python n·log n times; ``SearchProxy`` forwards its
``sort`` here and filters with ``search_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cchc_desktop.domain.text import fold, sort_key
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.tooltips import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
# The invalid index (the top of a model), shared as the default argument.
ROOT = QModelIndex()

# Roles every list model answers besides Qt's: the record's id and the whole row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# Views ask each cell for some twenty roles on every paint (font, colours, check state,
# decoration, size…); the few a list answers are plain numbers looked up once, and the rest
# are turned away before any row is read (thousands of calls when a list is first drawn).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, int(ID_ROLE), int(ROW_ROLE)})

Row = dict[str, Any]


def header_text(
    titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """What a model's ``headerData`` answers: the title of column ``section`` across the top,
    nothing else (no row numbers down the side)."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(titles)
    ):
        return titles[section]
    return None


@dataclass(frozen=True)
class Column:
    """One column: its title (Vietnamese source, translated when shown), the text of a row,
    and optionally a sort key (default: Vietnamese order of the text)."""

    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of one core query as a lazily fetched, sortable, searchable table."""

    CHUNK = 200

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        # Translated once: the language only changes with a restart.
        self._titles = [tr(column.title) for column in self.columns]
        self._rows: list[Row] = []
        self._shown = 0
        self._search: dict[int, str] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        self._notifying = False

    # -- loading --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows (as the core query returned them, in its order)."""
        self._notifying = True
        try:
            self.beginResetModel()
            self._rows = [dict(row, _order=n) for n, row in enumerate(rows)]
            self._shown = min(self.CHUNK, len(self._rows))
            self._search.clear()
            self._sort_keys.clear()
            self.endResetModel()
        finally:
            self._notifying = False

    def total(self) -> int:
        """How many rows the query gave (shown or still to fetch)."""
        return len(self._rows)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._notifying and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._show_up_to(min(self._shown + self.CHUNK, len(self._rows)))

    def _show_up_to(self, end: int) -> None:
        # Views and proxies react to an insertion by asking for more rows; answering "not
        # now" while it is announced keeps a second insertion from nesting inside it.
        self._notifying = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()
        finally:
            self._notifying = False

    def fetch_all(self) -> None:
        """Show every row (a search must look at all of them)."""
        if self._shown < len(self._rows) and not self._notifying:
            self._show_up_to(len(self._rows))

    # -- reading --------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        number = index.row()
        if number >= self._shown or not index.isValid():
            return None
        row = self._rows[number]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == _TOOLTIP:
            return None if column.tooltip is None else plain_tooltip(column.tooltip(row))
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == ID_ROLE:
            return row.get("id")
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._titles, section, orientation, role)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def column_texts(self, column: int, rows: int) -> set[str]:
        """The texts ``column`` shows in its first ``rows`` rows fetched (what a column sized
        to its content is measured on)."""
        text = self.columns[column].text
        return {text(row) for row in self._rows[: min(self._shown, rows)]}

    def row_of(self, record_id: str) -> int | None:
        """The row showing ``record_id`` (fetching up to it), or None."""
        for number, row in enumerate(self._rows):
            if row.get("id") == record_id:
                while self._shown <= number:
                    self.fetchMore()
                return number
        return None

    # -- search and sort --------------------------------------------------------------------

    def search_text(self, number: int) -> str:
        """The row's words, folded (no diacritics, no case), as a search sees them."""
        text = self._search.get(number)
        if text is None:
            row = self._rows[number]
            text = fold(" ".join([c.text(row) for c in self.columns] + self.extra_search(row)))
            self._search[number] = text
        return text

    def extra_search(self, row: Row) -> list[str]:
        """Words a search should find that no column shows (subclasses add them)."""
        return []

    def matches(self, number: int, parent: Index, words: Sequence[str]) -> bool:
        haystack = self.search_text(number)
        return all(word in haystack for word in words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order all rows by a column (-1: the query's own order); the shown count stays."""
        self._notifying = True
        try:
            self._sort(column, order)
        finally:
            self._notifying = False

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(index, self._rows[index.row()]) for index in persistent]
        if 0 <= column < len(self.columns):
            keys = self._keys(column)
            self._rows.sort(
                key=lambda r: keys[r["_order"]],
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        else:
            self._rows.sort(key=lambda r: r["_order"])
        self._search.clear()
        position = {id(row): n for n, row in enumerate(self._rows)}
        for index, row in before:
            new = position[id(row)]
            self.changePersistentIndex(
                index,
                self.index(new, index.column()) if new < self._shown else QModelIndex(),
            )
        self.layoutChanged.emit()

    def _keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            spec = self.columns[column]
            by_order = sorted(self._rows, key=lambda r: r["_order"])
            key = spec.sort or (lambda r: sort_key(spec.text(r)))
            keys = self._sort_keys[column] = [(key(r), r["_order"]) for r in by_order]
        return keys
