"""Search that ignores diacritics and case, over any of the window's list or tree models.

"loc binh" finds "Lộc Bình", "dkt" finds "ĐKT": every word typed must appear, folded, in the
row's text (``domain.text.fold``/``matches`` rules). A tree keeps the parents of the rows
that match. Sorting is forwarded to the source model, which sorts its own rows in
Vietnamese order with precomputed keys.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from cchc_desktop.domain.text import fold


class SearchProxy(QSortFilterProxyModel):
    """Filters its source (a RowsModel or UnitsModel) by folded words; sorts through it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        # The source orders its rows; the proxy keeps that order (no lessThan in Python).
        self.setDynamicSortFilter(False)

    @property
    def query(self) -> str:
        return " ".join(self._words)

    def set_query(self, text: str) -> None:
        """Show only the rows whose text holds every word of ``text`` (all rows when empty)."""
        words = fold(text).split()
        if words == self._words:
            return
        source: Any = self.sourceModel()
        if words and source is not None:
            # A search looks at every row, not only those the view has fetched so far.
            source.fetch_all()
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        source: Any = self.sourceModel()
        return bool(source.matches(source_row, source_parent, self._words))

    def first_match(self) -> QModelIndex:
        """The first row, top to bottom, that matches by its own text (not only through a
        child): what Enter should pick after a search. Invalid when nothing matches."""
        source: Any = self.sourceModel()
        pending = [self.index(row, 0) for row in range(self.rowCount())]
        while pending:
            index = pending.pop(0)
            source_index = self.mapToSource(index)
            if not self._words or source.matches(
                source_index.row(), source_index.parent(), self._words
            ):
                return index
            children = [self.index(row, 0, index) for row in range(self.rowCount(index))]
            pending[:0] = children
        return QModelIndex()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
