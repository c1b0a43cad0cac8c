"""The detail panel of the current criterion: its full text, the four result buttons, score,
note, and at hand the template's guidance, evidence hint and legal source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.results import Result
from cchc_desktop.gui.inspection.checklist_model import needs_note
from cchc_desktop.gui.inspection.note_edit import NoteEdit
from cchc_desktop.gui.inspection.numbers import number_text
from cchc_desktop.gui.inspection.result_style import (
    MISSING_NOTE_INK,
    WARNING_CSS,
    key_button,
    restyle,
)
from cchc_desktop.gui.theme import set_role

# Below this value the score box shows "Tự tính" (no score given: the result implies one).
NO_SCORE = -0.5


class CriterionPanel(QWidget):
    """Shows one criterion and reports what the lead does with it; it stores nothing itself."""

    result_clicked = Signal(str)
    score_edited = Signal(object)  # float, or None for "no score given"
    note_edited = Signal(str)
    files_dropped = Signal(list)  # local paths dropped on the panel (photos for the criterion)
    phone_photos_requested = Signal(str)  # the criterion's code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self._row: dict[str, Any] | None = None
        self._build_heading()
        buttons_grid = self._build_buttons()
        score_label = self._build_score()
        note_label = self._build_note()
        self.reference = self._build_reference()
        self._lay_out(buttons_grid, note_label, score_label)
        self.show_row(None)

    def _build_heading(self) -> None:
        """Where the criterion sits (area, code) and its text, larger."""
        self.where = QLabel()
        self.where.setObjectName("criterionWhere")
        self.where.setWordWrap(True)
        set_role(self.where, "hint")
        self.text = QLabel()
        self.text.setObjectName("criterionText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.text.font())
        big.setPointSizeF(big.pointSizeF() * 1.1)
        big.setBold(True)
        self.text.setFont(big)

    def _build_buttons(self) -> QGridLayout:
        """One checkable button per result, two by two."""
        self.buttons: dict[str, QPushButton] = {}
        # Two by two (1 2 / 3 4): four in a row would not fit beside the list at 1280 px, or
        # at the larger text sizes, and the panel would scroll sideways.
        buttons_grid = QGridLayout()
        buttons_grid.setSpacing(8)
        for position, result in enumerate(Result):
            button = key_button(
                result.key,
                result.label,
                result,
                self.tr("Phím %1").replace("%1", result.key),
                height=30,
            )
            button.clicked.connect(lambda _checked=False, r=result.value: self._clicked(r))
            buttons_grid.addWidget(button, position // 2, position % 2)
            self.buttons[result.value] = button
        return buttons_grid

    def _build_score(self) -> QLabel:
        """The score box and the phone-photos button; returns the score's label."""
        self.score = QDoubleSpinBox()
        self.score.setDecimals(2)
        self.score.setSingleStep(0.5)
        self.score.setKeyboardTracking(False)  # one save per finished entry, not per digit
        self.score.setSpecialValueText(self.tr("Tự tính"))
        self.score.valueChanged.connect(self._score_changed)
        self.max_score = QLabel()
        self.score.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Tự tính")) + 48)
        score_label = QLabel(self.tr("Điểm:"))
        score_label.setBuddy(self.score)
        # Photos taken on the phone go straight to this criterion (the gallery's dialog); the
        # button joins the criterion's photo row when that is attached.
        self.phone_button = QPushButton(self.tr("Ảnh từ điện thoại…"))
        self.phone_button.setObjectName("criterionPhoneButton")
        self.phone_button.setToolTip(
            self.tr("Nhận ảnh từ điện thoại cho tiêu chí này (mã QR, cùng mạng Wi-Fi)")
        )
        self.phone_button.clicked.connect(
            lambda _checked=False: self.phone_photos_requested.emit(self.code or "")
        )
        return score_label

    def _build_note(self) -> QLabel:
        """The note, its prompt when one is needed; returns the note's label."""
        self.note_prompt = QLabel()
        self.note_prompt.setObjectName("notePrompt")
        self.note_prompt.setStyleSheet(WARNING_CSS)
        self.note_prompt.setWordWrap(True)
        self.note = NoteEdit(enter_returns=True)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(
            self.tr(
                "Điều đã thấy, số liệu, lý do chưa đạt… (Shift+Enter xuống dòng,"
                " Enter về danh sách)"
            )
        )
        self.note.setTabChangesFocus(True)
        # Three lines at least: with the photos and the reference below, the panel then fits
        # a 768 px laptop screen at 130 % text without scrolling.
        self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.note.setMaximumHeight(140)
        self.note.textChanged.connect(self._note_changed)
        note_label = QLabel(self.tr("Ghi chú"))
        note_label.setBuddy(self.note)
        return note_label

    def _build_reference(self) -> _ReferenceScroll:
        """Guidance, evidence and source under their headings, scrolling inside themselves."""
        self.guidance = self._reference_label("guidanceText")
        self.evidence = self._reference_label("evidenceText")
        self.source = self._reference_label("sourceText")
        reference = QWidget()
        reference_layout = QVBoxLayout(reference)
        reference_layout.setContentsMargins(0, 0, 8, 0)
        for title, label in (
            (self.tr("Hướng dẫn kiểm tra"), self.guidance),
            (self.tr("Minh chứng"), self.evidence),
            (self.tr("Căn cứ"), self.source),
        ):
            heading = QLabel(title)
            bold = QFont(heading.font())
            bold.setBold(True)
            heading.setFont(bold)
            reference_layout.addSpacing(6)
            reference_layout.addWidget(heading)
            reference_layout.addWidget(label)
        reference_layout.addStretch(1)
        scroll = _ReferenceScroll()
        scroll.setObjectName("referenceScroll")
        scroll.setWidget(reference)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The reference scrolls inside itself; it keeps at least its heading and a line.
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        return scroll

    def _lay_out(self, buttons_grid: QGridLayout, note_label: QLabel, score_label: QLabel) -> None:
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(5)
        layout.addWidget(self.where)
        layout.addWidget(self.text)
        layout.addSpacing(4)
        layout.addLayout(buttons_grid)
        # One row: the note's label and prompt, then (the editor adds) suggestions, and the
        # score. The prompt sits beside the label, so the row keeps its height whether it
        # shows or not (unless a narrow panel wraps it: better than cutting it off).
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addSpacing(8)
        note_row.addWidget(self.note_prompt, 1)
        self.note_row = QHBoxLayout()  # what the editor adds (the suggestions button)
        note_row.addLayout(self.note_row)
        note_row.addSpacing(8)
        note_row.addWidget(score_label)
        note_row.addWidget(self.score)
        note_row.addWidget(self.max_score)
        layout.addLayout(note_row)
        layout.addWidget(self.note)
        # The criterion's photos go here (``attach_photos``), between the note and the reference.
        self._photos_at = layout.count()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d1d5db;")
        layout.addWidget(line)
        layout.addWidget(self.reference, 1)

    def attach_photos(self, photos: QWidget) -> None:
        """Show the criterion's photos (``CriterionPhotos``) under the note."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._photos_at, photos)
        buttons = getattr(photos, "buttons", None)
        if buttons is not None:
            buttons.addWidget(self.phone_button)

    # Files dropped anywhere on the panel are photos for the criterion shown.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._row is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self._row is not None:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def _reference_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing --------------------------------------------------------------------------

    @property
    def code(self) -> str | None:
        return self._row["code"] if self._row else None

    def show_area(self, code: str, title: str, done: int, total: int) -> None:
        """An area row is current: say which, and how far it is."""
        self._row = None
        self._loading = True
        self.where.setText(self.tr("Lĩnh vực %1").replace("%1", code))
        self.text.setText(title)
        self.max_score.clear()
        self.note.clear()
        self.note_prompt.setText(
            self.tr("Đã trả lời %1/%2 tiêu chí. Nhấn ↓ để vào tiêu chí đầu tiên.")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        restyle(self.note_prompt, "padding: 4px 0;")
        self.note_prompt.show()
        for label in (self.guidance, self.evidence, self.source):
            label.clear()
        self._set_enabled(False)
        self._loading = False

    def show_row(self, row: dict[str, Any] | None, *, keep_note: bool = False) -> None:
        """Show a criterion with its stored answer (None: nothing chosen yet).

        ``keep_note`` leaves the note field alone while the lead is typing in it and the text
        there is what was just stored (trailing spaces and all).
        """
        self._row = dict(row) if row else None
        self._loading = True
        try:
            if row is None:
                self.where.clear()
                self.text.setText(self.tr("Chọn một tiêu chí trong danh sách."))
                self.note.clear()
                self.note_prompt.hide()
                self.max_score.clear()
                for label in (self.guidance, self.evidence, self.source):
                    label.clear()
                self._set_enabled(False)
                return
            # Only what differs is set: a word-wrapped label given new text lays the panel out
            # again, the larger part of what an answer costs on screen.
            _set_text(self.where, f"{row['code']} · {row['area']}. {row['area_title']}")
            _set_text(self.text, row["text"])
            self._show_result(row["result"])
            maximum = float(row["max_score"])
            if self.score.maximum() != maximum:
                self.score.setRange(NO_SCORE, maximum)
            self.score.setValue(NO_SCORE if row["score"] is None else float(row["score"]))
            _set_text(self.max_score, self.tr("/ %1 điểm").replace("%1", number_text(maximum)))
            if not keep_note and self.note.toPlainText() != (row["note"] or ""):
                self.note.setPlainText(row["note"] or "")
            self._show_note_prompt(row)
            _set_text(self.guidance, row["guidance"] or "—")
            _set_text(self.evidence, row["evidence"] or "—")
            _set_text(self.source, row["source"] or "—")
            self._set_enabled(True)
        finally:
            self._loading = False

    def _show_result(self, result: str | None) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value == result)

    def _show_note_prompt(self, row: dict[str, Any]) -> None:
        restyle(self.note_prompt, WARNING_CSS)
        if needs_note(row):
            label = Result(row["result"]).label
            _set_text(self.note_prompt, self.tr("⚠ %1: cần ghi lý do").replace("%1", label))
            self.note_prompt.setToolTip(
                self.tr("%1 cần ghi lý do vào ghi chú (Enter từ danh sách để ghi).").replace(
                    "%1", label
                )
            )
            self.note_prompt.show()
            restyle(self.note, f"QPlainTextEdit {{ border: 2px solid {MISSING_NOTE_INK}; }}")
        else:
            self.note_prompt.hide()
            restyle(self.note, "")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._set_enabled(self._row is not None)

    def _set_enabled(self, enabled: bool) -> None:
        editable = enabled and not self._read_only
        for button in self.buttons.values():
            button.setEnabled(editable)
        self.score.setEnabled(editable)
        self.note.setReadOnly(not editable)
        self.phone_button.setEnabled(editable)

    # -- what the lead does ---------------------------------------------------------------

    def _clicked(self, result: str) -> None:
        # The buttons show what is stored; the editor re-shows the row once the core agreed.
        self._show_result(self._row["result"] if self._row else None)
        self.result_clicked.emit(result)

    def _score_changed(self, value: float) -> None:
        if self._loading or self._row is None:
            return
        self.score_edited.emit(None if value <= NO_SCORE else value)

    def _note_changed(self) -> None:
        if self._loading or self._row is None:
            return
        self.note_edited.emit(self.note.toPlainText())


class _ReferenceScroll(QScrollArea):
    """The guidance, evidence and legal source, scrolling inside themselves: they ask for no
    more than their minimum height, so the panel fits a short screen and they take the rest."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
