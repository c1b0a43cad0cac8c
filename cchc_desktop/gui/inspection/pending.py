"""Text typed but not yet stored: held outside any widget, so it can still be saved when the
widget that held it is being destroyed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

# store(workspace, inspection_id, key, text): the plain core call that keeps one typed text.
StoreText = Callable[["Workspace", str, str, str], object]


class PendingTexts:
    """Texts by key (a criterion code, a finding id…) waiting for their debounce to run out."""

    def __init__(self, ws: Workspace, store: StoreText) -> None:
        self.ws = ws
        self.inspection_id: str | None = None
        self._store = store
        self._texts: dict[str, str] = {}

    def put(self, key: str, text: str) -> None:
        self._texts[key] = text

    def has_any(self) -> bool:
        return bool(self._texts)

    def take_all(self) -> list[tuple[str, str]]:
        taken = list(self._texts.items())
        self._texts.clear()
        return taken

    def save_all_quietly(self, *_args: object) -> None:
        """Store what is left, straight through the core (the last resort of a dying widget:
        there is no window left to show a message in, so a refusal is logged)."""
        if self.inspection_id is None:
            return
        for key, text in self.take_all():
            try:
                self._store(self.ws, self.inspection_id, key, text)
            except UserError:
                log.exception("could not store the text typed for %s while closing", key)
