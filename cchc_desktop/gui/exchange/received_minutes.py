"""After a merge, the Trao đổi page shows the verification report of each signed biên bản the
package brought (checked in the background against this folder's trusted roots and CRLs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit
from shiboken6 import isValid

from cchc_desktop.gui import workers
from cchc_desktop.progress import Progress
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.workspace import Workspace


def show_received_minutes(report: QPlainTextEdit, root: Any, rows: list[dict[str, Any]]) -> None:
    """Append the reports of the signed minutes among ``rows`` to ``report`` when ready."""
    from cchc_desktop.minutes.received import received_minutes_report

    if not any(r.get("signed") for r in rows):
        return

    def work(progress: Progress) -> list[str]:
        with Workspace.open(root) as ws:
            return received_minutes_report(ws, rows)

    def done(lines: list[str]) -> None:
        if lines and isValid(report):
            report.appendPlainText("\n".join(lines))

    def failed(message: str) -> None:
        if isValid(report):
            report.appendPlainText(message)

    workers.start(work, on_result=done, on_error=failed, database=DataFolder(root).db_path)
