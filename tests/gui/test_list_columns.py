"""The list pages' columns: dates, codes and counts as wide as what they show (measured by the
app from the rows, not by Qt's cell-by-cell "resize to contents"), words take the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.pages.inspections_page import InspectionsPage
from tests.gui.helpers import OpenWindow


def _content_columns(table: QTableView, words: set[int]) -> list[int]:
    header = table.horizontalHeader()
    return [c for c in range(header.count()) if c not in words and not table.isColumnHidden(c)]


@pytest.mark.parametrize("text_scale", [100, 130])
def test_dates_codes_and_counts_show_whole(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, text_scale: int
) -> None:
    """The columns sized to their content are never narrower than Qt's own measure of their
    cells and heading (the widths are measured by the app, the margins are Fusion's)."""
    import dataclasses

    from cchc_desktop.settings import Settings

    settings = dataclasses.replace(Settings(), text_scale=text_scale)
    window = open_window(demo_dir, settings=settings, persist_settings=False, size=(1366, 697))
    for key in ("inspections", "plans", "followups"):
        page: Any = window.show_page(key)
        table = page.table
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=5000)
        header = table.horizontalHeader()
        for column in _content_columns(table, set(page.fitter._weights)):
            needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            # Whole, and no wider than Qt's own measure but for the pixel it may round down.
            assert needed <= header.sectionSize(column) <= needed + 1, (key, column)


def test_content_columns_follow_longer_rows_and_bigger_text(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    from cchc_desktop.gui.models.inspections import PLAN_COLUMN

    window = open_window(demo_dir, persist_settings=False, size=(1366, 697))
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)
    table = page.table
    header = table.horizontalHeader()
    before = header.sectionSize(PLAN_COLUMN)

    rows = [dict(page.model.row(n)) for n in range(page.model.total())]
    rows[0]["plan_number"] = "1234/KH-BCĐCCHC-UBND-TỈNH"
    page.model.set_rows(rows)
    assert header.sectionSize(PLAN_COLUMN) > before
    assert header.sectionSize(PLAN_COLUMN) >= table.sizeHintForColumn(PLAN_COLUMN)

    date_width = header.sectionSize(0)
    window.apply_look(text_scale=130)
    qtbot.waitUntil(lambda: header.sectionSize(0) > date_width, timeout=5000)
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)


def test_rows_fetched_past_the_measured_ones_are_not_measured(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scrolling a long list fetches rows 200 at a time: those within the first thousand
    are measured (they can widen a column), those after are not (measuring again the same
    thousand rows at every fetch)."""
    from cchc_desktop.gui.models.rows import RowsModel
    from cchc_desktop.gui.pages.list_parts import MEASURED_ROWS

    window = open_window(demo_dir, persist_settings=False, size=(1366, 697))
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)
    model = page.model
    template = model.row(0)
    model.set_rows([{**template, "id": f"row-{n}"} for n in range(MEASURED_ROWS + 600)])
    measured: list[int] = []
    texts = RowsModel.column_texts

    def counting(self: RowsModel, column: int, rows: int) -> set[str]:
        measured.append(self.rowCount())
        return texts(self, column, rows)

    monkeypatch.setattr(RowsModel, "column_texts", counting)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == MEASURED_ROWS + 600
    assert measured and max(measured) <= MEASURED_ROWS  # none after the first thousand


def test_a_code_with_line_breaks_is_as_wide_as_its_first_line_shows(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """A plan number that came in a package with a line break, an escape and a direction
    mark: the cell shows its first line (elided), so the column is as wide as its longest
    line, as Qt measures it, and every column stays in sight."""
    from cchc_desktop.gui.models.inspections import PLAN_COLUMN

    window = open_window(demo_dir, persist_settings=False, size=(1366, 697))
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)
    table = page.table
    header = table.horizontalHeader()
    odd = "80/KH\x1b[2J\n\u202eĐã ký và một dòng thứ hai rất dài\u2028còn một dòng nữa\t\x00x"
    rows = [dict(page.model.row(n), plan_number=odd) for n in range(page.model.total())]
    page.model.set_rows(rows)
    needed = max(table.sizeHintForColumn(PLAN_COLUMN), header.sectionSizeHint(PLAN_COLUMN))
    assert needed <= header.sectionSize(PLAN_COLUMN) <= needed + 1
    shown = [header.sectionSize(c) for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(shown) <= table.viewport().width()


@pytest.mark.parametrize("text_scale", [100, 130])
def test_a_code_hundreds_of_characters_long_is_cut_and_whole_in_its_tooltip(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, text_scale: int
) -> None:
    """A plan number of 400 characters with no break (a package may carry one) takes no more
    than a quarter of the table, less when the columns would not fit beside the word columns
    (at 130 %): every column stays in sight, the code ends in "…", and the tooltip over it
    shows it whole. A code that fits has no tooltip of its own."""
    import dataclasses

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from cchc_desktop.gui.models.inspections import PLAN_COLUMN
    from cchc_desktop.gui.pages.list_parts import CONTENT_SHARE_AT_MOST
    from cchc_desktop.settings import Settings

    settings = dataclasses.replace(Settings(), text_scale=text_scale)
    window = open_window(demo_dir, settings=settings, persist_settings=False, size=(1366, 697))
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)
    table = page.table
    header = table.horizontalHeader()
    long_code = "80/KH-UBND-" + "Ư" * 400
    rows = [dict(page.model.row(n)) for n in range(page.model.total())]
    rows[0]["plan_number"] = long_code
    page.model.set_rows(rows)
    room = table.viewport().width()
    assert header.sectionSize(PLAN_COLUMN) <= room // CONTENT_SHARE_AT_MOST
    shown = [header.sectionSize(c) for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(shown) <= room

    def tooltip_over(code_shown: bool) -> str:
        """The tooltip over the first plan cell showing the long code (or another one)."""
        shown_model = table.model()
        row = next(
            n
            for n in range(shown_model.rowCount())
            if (shown_model.index(n, PLAN_COLUMN).data() == long_code) == code_shown
        )
        cell = table.visualRect(shown_model.index(row, PLAN_COLUMN)).center()
        QToolTip.hideText()  # hidden after a short delay
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=5000)
        help_event = QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
        QApplication.sendEvent(table.viewport(), help_event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_over(True) == long_code
    assert tooltip_over(False) == ""


def test_capped_cuts_only_the_widest_down_to_what_fits() -> None:
    from cchc_desktop.gui.pages.list_parts import capped

    headings = {0: 60, 1: 70, 2: 50}
    # They fit: unchanged.
    assert capped({0: 100, 1: 80, 2: 90}, headings, 300) == {0: 100, 1: 80, 2: 90}
    # One too long: only it is cut, to what is left.
    assert capped({0: 100, 1: 900, 2: 90}, headings, 400) == {0: 100, 1: 210, 2: 90}
    # Two too long: both cut to one width, the short one kept.
    widths = capped({0: 100, 1: 900, 2: 800}, headings, 400)
    assert widths[0] == 100 and widths[1] == widths[2] == 150
    # No room at all: every column at its heading, never under.
    assert capped({0: 100, 1: 900, 2: 800}, headings, 10) == headings
