"""Undo for the inspection view: every command writes through the core again.

Undoing is not rewinding the database: it stores the previous values as a new revision, so the
audit log keeps the change and its undoing, and a merge sees an ordinary edit.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand

# Commands that may fold into the one before them (typing a note in several saves) share this
# id; ``merge_key`` decides whether two of them really are the same edit.
MERGEABLE_ID = 0x43484343


class StoredChange(QUndoCommand):
    """A change already stored (``done``): redo stores ``redo()`` again, undo stores ``undo()``.

    Each callable returns False when the core refused (it has told the user why); a refused
    undo makes the command obsolete so the stack drops it instead of pretending.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], bool],
        undo: Callable[[], bool],
        *,
        merge_key: Hashable | None = None,
        done: bool = True,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._merge_key = merge_key
        self._skip_first_redo = done

    @property
    def merge_key(self) -> Hashable | None:
        return self._merge_key

    def id(self) -> int:
        return MERGEABLE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StoredChange) or other.merge_key != self._merge_key:
            return False
        # Keep the oldest "before" and take the newest "after": one undo step for one note.
        self._redo = other._redo
        return True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self._redo():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._undo():
            self.setObsolete(True)
