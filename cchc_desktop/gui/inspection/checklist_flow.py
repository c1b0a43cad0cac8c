"""How the checklist moves with the lead: answering goes on to the next criterion, or to the
note when one is owed; Enter in the note comes back to the list; Ctrl+Enter finds the next
criterion without a result; photos added to a criterion are counted at once.

A mixin of ``ChecklistEditor`` (its widgets and stores are there; this is the flow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.gui.inspection.checklist_model import needs_note
from cchc_desktop.photos import library

if TYPE_CHECKING:
    from cchc_desktop.gui.inspection.checklist_model import ChecklistModel
    from cchc_desktop.gui.inspection.criteria_tree import CriteriaTree
    from cchc_desktop.gui.inspection.criterion_panel import CriterionPanel
    from cchc_desktop.gui.inspection.criterion_photos import CriterionPhotos
    from cchc_desktop.store.workspace import Workspace


class ChecklistFlow:
    """Moving through the checklist (see the module docstring)."""

    ws: Workspace
    inspection_id: str | None
    advance_after_answer: bool
    model: ChecklistModel
    tree: CriteriaTree
    panel: CriterionPanel
    photos: CriterionPhotos
    problem: Any  # Signal(str)
    notice: Any  # Signal(str, str)
    changed: Any  # Signal()

    def next_unanswered(self) -> None:
        """Move to the next criterion without a result (wrapping round to the top)."""
        rows = self.model.rows()
        codes = [r["code"] for r in rows]
        start = codes.index(self.current_code()) + 1 if self.current_code() in codes else 0
        for offset in range(len(rows)):
            row = rows[(start + offset) % len(rows)]
            if not row["result"]:
                self.select(row["code"])
                self.tree.setFocus()
                return
        # Good news, not a problem: green, and what comes next.
        self.notice.emit(
            "success",
            self.tr(
                "Mọi tiêu chí đã có kết quả. Tiếp theo: ghi ưu điểm, tồn tại, kiến nghị "
                "(thẻ bên cạnh, Ctrl+Tab)."
            ),
        )

    def focus_note(self) -> None:
        if self.current_code() is None:
            return
        self.panel.note.setFocus()
        self.panel.note.moveCursor(self.panel.note.textCursor().MoveOperation.End)

    def back_to_list(self) -> None:
        self.flush_pending()
        self.tree.setFocus()

    def _note_done(self) -> None:
        """Enter in the note: back to the list, and on to the next criterion when this one
        has its result (and moving on after an answer is on)."""
        self.back_to_list()
        code = self.current_code()
        row = self.model.criterion(self.model.criterion_index(code)) if code else None
        if self.advance_after_answer and row is not None and row["result"]:
            self._advance()

    def _advance(self) -> None:
        """On to the next criterion of the list; past the last one, to one still unanswered."""
        before = self.current_code()
        self.tree.step(1)
        if self.current_code() == before:
            self.next_unanswered()

    def _after_answer(self, code: str) -> None:
        """What answering does next: the note when one is owed, else the next criterion."""
        if not self.advance_after_answer or self.current_code() != code:
            return
        row = self.model.criterion(self.model.criterion_index(code))
        if row is None or not row["result"]:
            return
        if needs_note(row):
            self.focus_note()
        else:
            self._advance()

    def _photos_finished(self, kind: str, text: str) -> None:
        if kind == "error":
            self.problem.emit(text)
        else:
            self.notice.emit(kind, text)

    def _photos_changed(self) -> None:
        self.refresh_photos()
        self.changed.emit()

    def refresh_photos(self) -> None:
        """Photo counts and the current criterion's thumbnails read again (the gallery
        changed them)."""
        if self.inspection_id is None:
            return
        self.model.set_photo_counts(library.photo_counts(self.ws, self.inspection_id))
        self.photos.reload()

    def _note_then_next(self) -> None:
        self.flush_pending()
        self.next_unanswered()

    # What the editor provides, for mypy (kept last: see findings_actions.py on lupdate).
    if TYPE_CHECKING:

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
        def current_code(self) -> str | None: ...
        def select(self, code: str) -> None: ...
        def flush_pending(self) -> None: ...
