"""The checklist as a Qt item model: areas, each holding its criteria, over ``detail.checklist``.

A thin adapter: it holds the rows the core read once, and when one answer changes the editor
hands it the stored values (``apply``), which repaints that one row and its area — never a
reload per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from cchc_desktop.domain.results import Result
from cchc_desktop.gui.inspection.grouped_model import AnyIndex, GroupedModel, bold_font
from cchc_desktop.gui.inspection.result_style import LOOKS, MISSING_NOTE_INK, MISSING_NOTE_SOFT


class Role(IntEnum):
    """Data roles beyond the display: everything the detail panel and the filters need."""

    CODE = Qt.ItemDataRole.UserRole + 1
    IS_AREA = CODE + 1
    RESULT = CODE + 2
    NOTE = CODE + 3
    SCORE = CODE + 4
    MAX_SCORE = CODE + 5
    TEXT = CODE + 6
    GUIDANCE = CODE + 7
    EVIDENCE = CODE + 8
    SOURCE = CODE + 9
    NEEDS_NOTE = CODE + 10
    AREA_TITLE = CODE + 11
    PHOTOS = CODE + 12


class Column(IntEnum):
    CODE = 0
    TEXT = 1
    RESULT = 2
    NOTE = 3
    PHOTOS = 4


_COLUMNS = len(Column)
_SHORTFALLS = frozenset(r.value for r in Result if r.is_shortfall)
# The columns that show a field of the row as it is.
_PLAIN_COLUMNS: dict[int, str] = {Column.CODE: "code", Column.TEXT: "text"}
_FIELD_OF_ROLE = {
    Role.CODE: "code",
    Role.RESULT: "result",
    Role.NOTE: "note",
    Role.SCORE: "score",
    Role.MAX_SCORE: "max_score",
    Role.TEXT: "text",
    Role.GUIDANCE: "guidance",
    Role.EVIDENCE: "evidence",
    Role.SOURCE: "source",
    Role.AREA_TITLE: "area_title",
    Role.PHOTOS: "photos",
}


def needs_note(row: dict[str, Any]) -> bool:
    """A criterion answered Không đạt or Đạt một phần and still without a note."""
    return row["result"] in _SHORTFALLS and not (row["note"] or "").strip()


@dataclass
class _Area:
    code: str
    title: str
    criteria: list[dict[str, Any]] = field(default_factory=list)


class ChecklistModel(GroupedModel):
    """Two levels: the areas, each holding its criteria (see ``GroupedModel``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Mã"),
            self.tr("Tiêu chí"),
            self.tr("Kết quả"),
            self.tr("Ghi chú"),
            self.tr("Ảnh"),
        ]
        self._areas: list[_Area] = []
        self._where: dict[str, tuple[int, int]] = {}
        # Translated once: data() runs for every visible cell on every repaint, and the
        # language only changes with a restart.
        self.needs_note_text = self.tr("⚠ Cần ghi chú")
        self._unanswered_text = self.tr("Chưa trả lời")

    # -- loading and updating -------------------------------------------------------------

    def load(self, rows: list[dict[str, Any]]) -> None:
        """Show a new checklist (the rows of ``detail.checklist``, in order)."""
        self.beginResetModel()
        self._areas = []
        self._where = {}
        for row in rows:
            if not self._areas or self._areas[-1].code != row["area"]:
                self._areas.append(_Area(row["area"], row["area_title"]))
            area = self._areas[-1]
            self._where[row["code"]] = (len(self._areas) - 1, len(area.criteria))
            area.criteria.append({"photos": 0, **row})
        self._groups = [area.criteria for area in self._areas]
        self.endResetModel()

    def apply(self, code: str, values: dict[str, Any]) -> None:
        """Take the stored values of one criterion's answer and repaint that row and its area."""
        area_row, row = self._where[code]
        self._areas[area_row].criteria[row].update(values)
        parent = self.index(area_row, 0)
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, _COLUMNS - 1, parent))
        self.dataChanged.emit(parent, parent)

    def set_photo_counts(self, counts: dict[str, int]) -> None:
        """How many photos each criterion has (``library.photo_counts``); repaints the column."""
        for code, (area_row, row) in self._where.items():
            self._areas[area_row].criteria[row]["photos"] = counts.get(code, 0)
        for area_row, area in enumerate(self._areas):
            parent = self.index(area_row, 0)
            self.dataChanged.emit(
                self.index(0, Column.PHOTOS, parent),
                self.index(len(area.criteria) - 1, Column.PHOTOS, parent),
            )

    # -- questions the editor asks --------------------------------------------------------

    def criterion(self, index: AnyIndex) -> dict[str, Any] | None:
        """The criterion row under an index of this model (None for an area row)."""
        return self.item(index)

    def criterion_index(self, code: str, column: int = 0) -> QModelIndex:
        area_row, row = self._where[code]
        return self.index(row, column, self.index(area_row, 0))

    def rows(self) -> list[dict[str, Any]]:
        """Every criterion row, in checklist order."""
        return [row for area in self._areas for row in area.criteria]

    def counts(self) -> dict[str, int]:
        """How many criteria each filter shows."""
        rows = self.rows()
        return {
            "all": len(rows),
            "unanswered": sum(1 for r in rows if not r["result"]),
            "unmet": sum(1 for r in rows if r["result"] in _SHORTFALLS),
            "missing_note": sum(1 for r in rows if needs_note(r)),
        }

    # -- GroupedModel ---------------------------------------------------------------------

    def _group_data(self, group: int, column: int, role: int) -> Any:
        area = self._areas[group]
        if role == Role.IS_AREA:
            return True
        if role == Role.CODE:
            return area.code
        if role == Role.AREA_TITLE:
            return area.title
        if column != Column.CODE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            done = sum(1 for r in area.criteria if r["result"])
            return f"{area.code}. {area.title}  ({done}/{len(area.criteria)})"
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return area.title
        return None

    def _item_data(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Role.IS_AREA:
            return False
        if role == Role.NEEDS_NOTE:
            return needs_note(row)
        if role in _FIELD_OF_ROLE:
            return row[_FIELD_OF_ROLE[Role(role)]]
        cell = _CELL_ROLES.get(role)
        return cell(self, row, column) if cell is not None else None

    def _display(self, row: dict[str, Any], column: int) -> Any:
        if column == Column.RESULT:
            return Result(row["result"]).label if row["result"] else "—"
        if column == Column.NOTE:
            if needs_note(row):
                return self.needs_note_text
            return (row["note"] or "").split("\n", 1)[0]
        if column == Column.PHOTOS:
            return str(row["photos"]) if row["photos"] else ""
        shown = _PLAIN_COLUMNS.get(column)
        return row[shown] if shown else None

    def _tooltip(self, row: dict[str, Any], column: int) -> Any:
        if column == Column.PHOTOS:
            return self.tr("%1 ảnh của tiêu chí này").replace("%1", str(row["photos"]))
        if column == Column.NOTE and row["note"]:
            return row["note"]
        if column == Column.RESULT and not row["result"]:
            return self._unanswered_text
        return row["text"]

    # Ink and tint together, so a cell reads the same in the normal and high-contrast themes.
    def _background(self, row: dict[str, Any], column: int) -> QColor | None:
        if column == Column.RESULT and row["result"]:
            return LOOKS[row["result"]].soft_color
        if column == Column.NOTE and needs_note(row):
            return QColor(MISSING_NOTE_SOFT)
        return None

    def _foreground(self, row: dict[str, Any], column: int) -> QColor | None:
        if column == Column.RESULT and row["result"]:
            return LOOKS[row["result"]].ink_color
        if column == Column.NOTE and needs_note(row):
            return QColor(MISSING_NOTE_INK)
        return None

    def _alignment(self, row: dict[str, Any], column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignCenter if column == Column.PHOTOS else None

    def _font(self, row: dict[str, Any], column: int) -> QFont | None:
        return bold_font() if column == Column.RESULT and row["result"] else None


# What a criterion's cell shows for each of the item roles above the model's own (Role).
_CELL_ROLES: dict[int, Callable[[ChecklistModel, dict[str, Any], int], Any]] = {
    Qt.ItemDataRole.DisplayRole: ChecklistModel._display,
    Qt.ItemDataRole.ToolTipRole: ChecklistModel._tooltip,
    Qt.ItemDataRole.BackgroundRole: ChecklistModel._background,
    Qt.ItemDataRole.ForegroundRole: ChecklistModel._foreground,
    Qt.ItemDataRole.TextAlignmentRole: ChecklistModel._alignment,
    Qt.ItemDataRole.FontRole: ChecklistModel._font,
}


class ChecklistFilter(QSortFilterProxyModel):
    """Which criteria the list shows: all, unanswered, not (fully) met, or missing a note.

    The filter is applied when the lead picks it, not at every answer (dynamic filtering is
    off): a criterion just answered stays where it is instead of vanishing under the cursor.
    """

    MODES = ("all", "unanswered", "unmet", "missing_note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = "all"
        self.setDynamicSortFilter(False)
        self.setRecursiveFilteringEnabled(True)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in self.MODES:
            raise ValueError(f"unknown checklist filter: {mode}")
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange()

    def refilter(self) -> None:
        """Apply the current filter again to what is stored now."""
        self.beginFilterChange()
        self.endFilterChange()

    def accepts(self, row: dict[str, Any]) -> bool:
        if self._mode == "unanswered":
            return not row["result"]
        if self._mode == "unmet":
            return row["result"] in _SHORTFALLS
        if self._mode == "missing_note":
            return needs_note(row)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ChecklistModel)
        if not source_parent.isValid():
            # An area shows in "all"; otherwise it shows when one of its criteria does
            # (recursive filtering asks the children).
            return self._mode == "all"
        row = model.criterion(model.index(source_row, 0, source_parent))
        return row is not None and self.accepts(row)
