"""What every command handler gets: the chosen data folder, the output mode, an opened workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


class Context:
    """The data folder a command works on, and whether it prints JSON.

    (A plain class: importing ``dataclasses`` alone costs a `cchc` command milliseconds.)
    """

    def __init__(self, data_dir: Path, json: bool) -> None:
        self.data_dir = data_dir
        self.json = json
        self._workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        """The data folder opened (and its schema upgraded) on first use."""
        if self._workspace is None:
            from cchc_desktop.store.workspace import Workspace

            self._workspace = Workspace.open(self.data_dir)
        return self._workspace

    def close(self) -> None:
        """Close the workspace if a command opened one."""
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def created(self, record_id: str, text: str, **extra: Any) -> None:
        """Report a created record: its id as JSON, or a sentence and the id for a person."""
        if self.json:
            output.emit_json({"id": record_id, **extra})
        else:
            output.say(f"{text}: {record_id}")
