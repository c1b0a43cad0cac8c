"""Running a photo import in the background for the gallery: one batch at a time, each file's
outcome delivered on the GUI thread as it is settled, and a summary a person can read."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from cchc_desktop.gui import workers
from cchc_desktop.photos.ingest import ImportResult, import_photos
from cchc_desktop.progress import Progress
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.workspace import Workspace


class ImportRunner(QObject):
    """``start`` a batch; ``settled(Item)`` per file, ``progressed(done, total)``, then
    ``finished(ImportResult | None, message)`` (None: cancelled or refused as a whole)."""

    settled = Signal(object)
    progressed = Signal(int, int)
    finished = Signal(object, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._task: workers.Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, inspection_id: str, files: list[str], criterion: str | None) -> None:
        root = self._data_dir
        # Emitted from the import thread; Qt queues it to this object's (the GUI) thread.
        relay = self.settled.emit

        def work(progress: Progress) -> ImportResult:
            # SQLite connections stay in their thread: this one opens its own.
            with Workspace.open(root) as ws:
                return import_photos(
                    ws,
                    inspection_id,
                    files,
                    criterion=criterion,
                    progress=progress,
                    on_item=relay,
                    background=True,
                )

        self._task = workers.start(
            work,
            database=DataFolder(root).db_path,
            on_result=self._done,
            on_error=lambda message: self._end(None, message),
            on_progress=lambda done, total, _name: self.progressed.emit(done, total),
            on_cancelled=lambda: self._end(
                None, self.tr("Đã dừng nhập ảnh; những ảnh đã xong vẫn được giữ.")
            ),
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _done(self, result: ImportResult) -> None:
        added, same = len(result.added), len(result.duplicates)
        summary = self.tr("Đã thêm {added} ảnh.").format(added=added)
        if same:
            summary += " " + self.tr("{same} ảnh đã có sẵn, không thêm lần nữa.").format(same=same)
        self._end(result, "\n".join([summary, *(r.message() for r in result.refused)]))

    def _end(self, result: ImportResult | None, message: str) -> None:
        if not shiboken6.isValid(self):
            return  # the gallery closed while the import ran
        self._task = None
        self.finished.emit(result, message)
