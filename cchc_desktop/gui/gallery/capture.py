"""Taking a photo with the laptop's webcam, where Qt's multimedia module and a camera exist.

PySide6-Essentials (our dependency) does not ship QtMultimedia; it comes with PySide6-Addons,
which is far larger (web engine, 3D, charts…) for one button most team leads will not use:
a phone takes better evidence. So the module is looked for at run time: with it and a camera
the button opens a preview and takes a picture; without, it says so and what to do instead.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.gui.i18n import tr


def _multimedia() -> tuple[ModuleType, ModuleType] | None:
    try:
        return (
            importlib.import_module("PySide6.QtMultimedia"),
            importlib.import_module("PySide6.QtMultimediaWidgets"),
        )
    except ImportError:
        return None


def unavailable_reason() -> str | None:
    """None when a webcam can be used; else one sentence saying why not and what to do."""
    modules = _multimedia()
    if modules is None:
        return tr(
            "Bản cài đặt này không có thành phần webcam của Qt (QtMultimedia). Hãy chụp bằng "
            "điện thoại hoặc ứng dụng Camera của máy, rồi kéo ảnh vào đây.",
        )
    multimedia, _widgets = modules
    if not multimedia.QMediaDevices.videoInputs():
        return tr(
            "Không tìm thấy webcam nào trên máy này. Hãy cắm webcam, hoặc chụp bằng điện thoại "
            "rồi kéo ảnh vào đây.",
        )
    return None


class CaptureDialog(QDialog):  # pragma: no cover - needs QtMultimedia and a real camera
    """A live preview and a "Chụp" button; ``saved`` is the JPEG file written, if any."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        modules = _multimedia()
        assert modules is not None
        multimedia, widgets = modules
        self.saved: Path | None = None
        self._folder = folder
        self.setWindowTitle(self.tr("Chụp ảnh từ webcam"))
        self.resize(800, 600)
        self._camera: Any = multimedia.QCamera(multimedia.QMediaDevices.defaultVideoInput())
        self._capture: Any = multimedia.QImageCapture(self)
        self._session: Any = multimedia.QMediaCaptureSession(self)
        preview: Any = widgets.QVideoWidget(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(preview)
        self._capture.imageCaptured.connect(self._captured)
        layout = QVBoxLayout(self)
        layout.addWidget(preview, 1)
        row = QHBoxLayout()
        shoot = QPushButton(self.tr("Chụp"))
        shoot.clicked.connect(self._capture.capture)
        cancel = QPushButton(self.tr("Hủy"))
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(shoot)
        row.addWidget(cancel)
        layout.addLayout(row)
        self._camera.start()

    def _captured(self, _id: int, image: Any) -> None:
        import datetime as dt

        name = f"webcam-{dt.datetime.now():%Y%m%d-%H%M%S}.jpg"
        target = self._folder / name
        if image.save(str(target), None, 92):
            self.saved = target
        self._camera.stop()
        self.accept()
