"""What every command handler gets: the chosen data folder, the output mode, an opened workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.cli import output
from cchc_desktop.errors import DataFolderBusy

if TYPE_CHECKING:
    from cchc_desktop.store.datafolder import DataFolder
    from cchc_desktop.store.workspace import Workspace


def ensure_no_window(folder: DataFolder) -> None:
    """Refuse a writing command while a window has the data folder open (reads stay allowed).

    The window keeps its own view of the records and saves as the person types: a command
    writing underneath it would be overwritten, or would overwrite, without either side
    knowing.
    """
    from cchc_desktop.store.folder_lock import window_holding

    holder = window_holding(folder)
    if holder is None:
        return
    raise DataFolderBusy(
        f"Thư mục dữ liệu {folder.root} đang mở trong cửa sổ CCHC Desktop (tiến trình "
        f"{holder.pid} trên máy {holder.host}). Lệnh này ghi dữ liệu nên không chạy khi cửa sổ "
        "đang mở, để hai bên không ghi đè lên nhau: hãy làm việc này trong cửa sổ, hoặc đóng "
        "cửa sổ rồi chạy lại. Các lệnh chỉ đọc (list, show, verify, export, report…) vẫn dùng "
        "được. Không có gì thay đổi.",
        f"The data folder {folder.root} is open in a CCHC Desktop window (process {holder.pid} "
        f"on {holder.host}). This command writes, so it does not run while the window is open, "
        "lest the two overwrite each other: do it in the window, or close the window and run "
        "it again. Read-only commands (list, show, verify, export, report…) still work. "
        "Nothing was changed.",
    )


class Context:
    """The data folder a command works on, and whether it prints JSON.

    (A plain class: importing ``dataclasses`` alone costs a `cchc` command milliseconds.)
    """

    def __init__(self, data_dir: Path, json: bool) -> None:
        self.data_dir = data_dir
        self.json = json
        self._workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        """The data folder opened (and its schema upgraded) on first use.

        Leftovers of a killed merge or import are removed then (store/leftovers.py).
        """
        if self._workspace is None:
            from cchc_desktop.exchange.derive_pending import finish
            from cchc_desktop.store.leftovers import sweep
            from cchc_desktop.store.workspace import Workspace

            self._workspace = Workspace.open(self.data_dir)
            sweep(self._workspace.folder)
            finish(self._workspace)  # the thumbnails and print copies a killed merge owed
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
