"""Thumbnails read off the GUI thread: requests are gathered and loaded in one background task."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from cchc_desktop.gui import workers


def _load(batch: list[tuple[str, str]]) -> list[tuple[str, QImage]]:
    """Read each thumbnail JPEG into a QImage (QImage, unlike QPixmap, may be made off-thread)."""
    return [(key, QImage(path)) for key, path in batch]


class ThumbnailLoader(QObject):
    """Ask for a thumbnail with ``request``; ``loaded(key, image)`` comes back on the GUI thread.

    Requests made while the view paints are gathered for one event-loop turn and read in a
    single task, so a screenful of thumbnails costs one trip to the thread pool.
    """

    loaded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queued: dict[str, str] = {}
        self._asked: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)

    def request(self, key: str, path: Path) -> None:
        if key in self._asked:
            return
        self._asked.add(key)
        self._queued[key] = str(path)
        self._timer.start()

    def _flush(self) -> None:
        batch = list(self._queued.items())
        self._queued.clear()
        if not batch:
            return

        def done(result: list[tuple[str, QImage]]) -> None:
            if not shiboken6.isValid(self):
                return  # the gallery closed while the task ran
            for key, image in result:
                if image.isNull():
                    self._asked.discard(key)  # not there (yet): a later paint asks again
                else:
                    self.loaded.emit(key, image)

        workers.start(lambda _progress: _load(batch), on_result=done)
