"""What the findings editor does to findings: delete, move, add (typed or drafted from the
checklist) and edit — each a core write followed by its undo command.

A mixin of ``FindingsEditor``, kept apart so the editor module holds the widgets and the
selection, this one the changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from cchc_desktop.domain.findings import FindingKind
from cchc_desktop.domain.text import clean, clean_multiline
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.gui.inspection.draft_dialog import DraftDialog
from cchc_desktop.store.drafting import add_shortcomings, draft_shortcomings
from cchc_desktop.store.findings import (
    add_finding,
    delete_finding,
    move_finding,
    restore_finding,
    update_finding,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from cchc_desktop.gui.inspection.finding_panel import FindingPanel
    from cchc_desktop.gui.inspection.findings_model import FindingsModel
    from cchc_desktop.gui.inspection.findings_tree import FindingsTree
    from cchc_desktop.store.workspace import Workspace


class FindingActions:
    """The changes; the editor provides the widgets, the store path and ``_attempt``."""

    ws: Workspace
    inspection_id: str | None
    read_only: bool
    model: FindingsModel
    tree: FindingsTree
    panel: FindingPanel
    draft_dialog: DraftDialog | None
    problem: Any  # Signal(str)
    notice: Any  # Signal(str, str): "success" or "info", and the text
    _undo: QUndoStack | None

    def delete_current(self) -> None:
        finding_id = self.current_id()
        if finding_id is None or self._refused():
            return
        self.flush_pending()
        row = self.model.finding(self.model.finding_index(finding_id))
        assert row is not None
        siblings = [item["id"] for item in self.model.items(row["kind"])]
        position = siblings.index(finding_id)
        if not self._attempt(lambda: delete_finding(self.ws, finding_id)):
            return
        self._push(
            self.tr("Xóa %1").replace("%1", FindingKind(row["kind"]).label.lower()),
            redo=lambda: self._attempt(lambda: delete_finding(self.ws, finding_id)),
            undo=lambda: self._attempt(
                lambda: restore_finding(self.ws, finding_id, index=position),
                select=finding_id,
            ),
        )
        remaining = self.model.items(row["kind"])
        if remaining:
            self.select(remaining[min(position, len(remaining) - 1)]["id"])
        else:
            self.tree.setCurrentIndex(self.model.group_index(row["kind"]))

    def move_current(self, delta: int) -> None:
        finding_id = self.current_id()
        if finding_id is None or self._refused():
            return
        row = self.model.finding(self.model.finding_index(finding_id))
        assert row is not None
        siblings = [item["id"] for item in self.model.items(row["kind"])]
        old = siblings.index(finding_id)
        new = old + delta
        if not 0 <= new < len(siblings):
            return
        self.flush_pending()
        if not self._attempt(lambda: move_finding(self.ws, finding_id, new), select=finding_id):
            return
        self._push(
            self.tr("Đổi thứ tự"),
            redo=lambda: self._attempt(
                lambda: move_finding(self.ws, finding_id, new), select=finding_id
            ),
            undo=lambda: self._attempt(
                lambda: move_finding(self.ws, finding_id, old), select=finding_id
            ),
        )

    def draft_from_checklist(self) -> None:
        """Propose tồn tại lines from the criteria not (fully) met; the lead picks and edits."""
        if self.inspection_id is None or self._refused():
            return
        self.flush_pending()
        proposals = draft_shortcomings(self.ws, self.inspection_id)
        if not proposals:
            # Not a fault: nothing to draft from yet.
            self.notice.emit(
                "info",
                self.tr(
                    "Chưa có tiêu chí nào Không đạt hoặc Đạt một phần, nên chưa có gì để soạn."
                ),
            )
            return
        dialog = DraftDialog(proposals, self if isinstance(self, QWidget) else None)
        dialog.accepted.connect(lambda: self._accept_draft(dialog.accepted_lines()))
        dialog.finished.connect(dialog.deleteLater)
        self.draft_dialog = dialog
        dialog.open()

    def _accept_draft(self, lines: list[tuple[str, str]]) -> None:
        self.draft_dialog = None
        if not lines or self.inspection_id is None:
            return
        inspection_id = self.inspection_id
        added: list[str] = []

        def store() -> None:
            added.extend(add_shortcomings(self.ws, inspection_id, lines))

        if not self._attempt(store):
            return
        ids = list(added)
        self._push(
            self.tr("Thêm %1 tồn tại từ bảng kiểm").replace("%1", str(len(ids))),
            redo=lambda: self._attempt(lambda: _restore_all(self.ws, ids)),
            undo=lambda: self._attempt(lambda: _delete_all(self.ws, ids)),
        )
        self.select(ids[0])
        self.notice.emit(
            "success",
            self.tr(
                "Đã thêm %1 dòng tồn tại từ bảng kiểm. Tiếp theo: sửa lời từng dòng nếu cần"
                " (Enter), rồi thêm kiến nghị (+ Kiến nghị)."
            ).replace("%1", str(len(ids))),
        )

    def _create(self, kind: str, text: str) -> None:
        if not clean_multiline(text) or self.inspection_id is None:
            return
        inspection_id = self.inspection_id
        created: list[str] = []

        # The fields filled in beside the text of the new line go with it.
        extra = self.panel.new_values() if self.panel.new_kind == kind else {}

        def store() -> None:
            created.append(add_finding(self.ws, inspection_id, kind=kind, text=text, **extra))

        if not self._attempt(store, select=None):
            return
        finding_id = created[0]
        # The lead may still be typing: the panel takes the stored finding without touching
        # the text field (and its cursor).
        self._reload(finding_id)
        position = len(self.model.items(kind)) - 1
        self._push(
            self.tr("Thêm %1").replace("%1", FindingKind(kind).label.lower()),
            redo=lambda: self._attempt(
                lambda: restore_finding(self.ws, finding_id, index=position), select=finding_id
            ),
            undo=lambda: self._attempt(lambda: delete_finding(self.ws, finding_id)),
        )

    def _edit(self, finding_id: str, after: dict[str, Any], *, merge: bool = False) -> None:
        row = self.model.finding(self.model.finding_index(finding_id))
        if row is None:
            return
        before = {name: row[name] for name in after}
        cleaned = {
            name: clean_multiline(value)
            if name == "text"
            else clean(value)
            if name == "responsible"
            else value
            for name, value in after.items()
        }
        if cleaned == before:
            return
        if not self._attempt(lambda: update_finding(self.ws, finding_id, **after)):
            return
        name = next(iter(after))
        self._push(
            self.tr("Sửa nhận xét"),
            redo=lambda: self._attempt(
                lambda: update_finding(self.ws, finding_id, **after), select=finding_id
            ),
            undo=lambda: self._attempt(
                lambda: update_finding(self.ws, finding_id, **before), select=finding_id
            ),
            merge_key=(name, finding_id) if merge else None,
        )

    def _push(
        self,
        text: str,
        *,
        redo: Callable[[], bool],
        undo: Callable[[], bool],
        merge_key: Any = None,
    ) -> None:
        if self._undo is not None:
            self._undo.push(StoredChange(text, redo=redo, undo=undo, merge_key=merge_key))

    def _refused(self) -> bool:
        return self._refused_when_signed(
            self.tr("Biên bản đã ký: nhận xét chỉ để xem, không sửa được.")
        )

    # What the editor provides, for mypy. Kept last in the class: lupdate loses the class (and
    # files this class's tr() strings under no context, where self.tr never looks) when an
    # `if` block comes before the methods.
    if TYPE_CHECKING:

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
        def flush_pending(self) -> None: ...
        def current_id(self) -> str | None: ...
        def select(self, finding_id: str) -> None: ...
        def _reload(self, keep: str | None) -> None: ...
        def _attempt(self, work: Callable[[], object], *, select: str | None = "") -> bool: ...
        def _refused_when_signed(self, message: str) -> bool: ...


def _restore_all(ws: Workspace, ids: list[str]) -> None:
    for finding_id in ids:
        restore_finding(ws, finding_id)


def _delete_all(ws: Workspace, ids: list[str]) -> None:
    for finding_id in ids:
        delete_finding(ws, finding_id)
