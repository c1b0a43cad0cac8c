"""The panel beside the thumbnails: the chosen photo's caption, criterion, minutes flag, stamp
and EXIF facts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dates import dmy_hm
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.photos.derive import THUMB_EDGE
from cchc_desktop.store.rows import PhotoRow

# The facts' labels: Vietnamese keys (the details panel finds its value labels by them),
# marked here for lupdate and shown through ``tr``.
TAKEN = QT_TRANSLATE_NOOP("QCoreApplication", "Chụp lúc")
GPS = QT_TRANSLATE_NOOP("QCoreApplication", "Vị trí GPS")
CAMERA = QT_TRANSLATE_NOOP("QCoreApplication", "Máy chụp")
SIZE = QT_TRANSLATE_NOOP("QCoreApplication", "Kích thước")
ORIGINAL = QT_TRANSLATE_NOOP("QCoreApplication", "Tệp gốc")
FACTS = (TAKEN, GPS, CAMERA, SIZE, ORIGINAL)
# The thumbnail as stored (256 px on its long edge), never blown up.
PREVIEW = QSize(THUMB_EDGE, THUMB_EDGE * 3 // 4)


def describe(photo: PhotoRow) -> list[tuple[str, str]]:
    """The facts shown for a photo as (label, value) pairs: the label is a Vietnamese key of
    ``FACTS`` (show it through ``tr``), the value is already in the window's language."""
    taken = photo.get("taken_at") or ""
    when = dmy_hm(taken) or "—"
    if when != "—" and taken[19:]:  # the camera said which clock ("…T09:15:30+07:00"): say so
        when += f" (UTC{taken[19:]})"
    gps = "—"
    if photo.get("gps_lat") is not None and photo.get("gps_lon") is not None:
        gps = f"{photo['gps_lat']:.6f}, {photo['gps_lon']:.6f}"
    size_mb = (photo.get("size_bytes") or 0) / (1024 * 1024)
    pixels = (
        tr("%1 × %2 điểm ảnh")
        .replace("%1", str(photo["width"]))
        .replace("%2", str(photo["height"]))
    )
    return [
        (TAKEN, when),
        (GPS, gps),
        (CAMERA, photo.get("camera") or "—"),
        (SIZE, pixels),
        (ORIGINAL, f"{photo['filename']} ({size_mb:.1f} MB)"),
    ]


class PhotoDetails(QWidget):
    """Edits of one photo are emitted as ``edited(photo_id, field, value)``; the gallery saves."""

    edited = Signal(str, str, object)
    viewRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: PhotoRow | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW.height())
        self.title = QLabel(self.tr("Chọn một ảnh để xem và sửa"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        # The name, the actions and the fields first, then the picture and the facts: on a
        # short screen (1366×768 at 130 % text) what may need a scroll is only what is looked at.
        buttons = QHBoxLayout()
        self.view_button = QPushButton(self.tr("Xem ảnh"))
        self.view_button.clicked.connect(self.viewRequested)
        self.delete_button = QPushButton(self.tr("Xóa ảnh"))
        self.delete_button.clicked.connect(self.deleteRequested)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Chú thích hiện dưới ảnh trong biên bản"))
        self.caption.editingFinished.connect(self._caption_done)
        form.addRow(self.tr("Chú thích"), self.caption)
        self.criterion = QComboBox()
        self.criterion.setMinimumContentsLength(12)
        self.criterion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.criterion.currentIndexChanged.connect(self._criterion_chosen)
        form.addRow(self.tr("Thuộc"), self.criterion)
        layout.addLayout(form)
        self.include = QCheckBox(self.tr("Đưa vào phụ lục ảnh của biên bản"))
        self.include.toggled.connect(lambda on: self._emit("include_in_minutes", bool(on)))
        layout.addWidget(self.include)
        self.stamp = QCheckBox(self.tr("In thời gian, đơn vị, trưởng đoàn lên bản in"))
        self.stamp.setToolTip(self.tr("Chỉ bản in trong biên bản có dấu; ảnh gốc giữ nguyên."))
        self.stamp.toggled.connect(lambda on: self._emit("stamp", bool(on)))
        layout.addWidget(self.stamp)
        layout.addWidget(self.preview)
        self.facts = QFormLayout()
        self._fact_labels: dict[str, QLabel] = {}
        for label in FACTS:
            value = QLabel("—")
            value.setWordWrap(True)
            self._fact_labels[label] = value
            self.facts.addRow(tr(label), value)
        layout.addLayout(self.facts)
        layout.addStretch(1)
        self.show_photo(None)

    def set_criteria(self, criteria: list[dict[str, Any]]) -> None:
        self._filling = True
        self.criterion.clear()
        self.criterion.addItem(self.tr("Cả cuộc kiểm tra (ảnh chung)"), None)
        for row in criteria:
            text = row["text"]
            short = text if len(text) <= 60 else text[:57] + "…"
            self.criterion.addItem(f"{row['code']} — {short}", row["code"])
            self.criterion.setItemData(
                self.criterion.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self._filling = False

    def show_photo(self, photo: PhotoRow | None) -> None:
        self._filling = True
        self._photo = photo
        enabled = photo is not None
        for widget in (
            self.caption,
            self.criterion,
            self.include,
            self.stamp,
            self.view_button,
            self.delete_button,
        ):
            widget.setEnabled(enabled)
        if photo is None:
            self.preview.clear()
            self.title.setText(self.tr("Chọn một ảnh để xem và sửa"))
            self.caption.clear()
            for value in self._fact_labels.values():
                value.setText("—")
        else:
            self.title.setText(photo["filename"])
            self.caption.setText(photo["caption"])
            self.caption.setCursorPosition(0)  # show the caption's start, not its end
            index = self.criterion.findData(photo["criterion_code"])
            self.criterion.setCurrentIndex(max(index, 0))
            self.include.setChecked(bool(photo["include_in_minutes"]))
            self.stamp.setChecked(bool(photo["stamp"]))
            for label, text in describe(photo):
                self._fact_labels[label].setText(text)
        self._filling = False

    def set_preview(self, image: QImage | None) -> None:
        """The chosen photo's thumbnail above its facts (None: not loaded yet)."""
        if image is None or image.isNull():
            self.preview.clear()
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _emit(self, field: str, value: Any) -> None:
        if self._filling or self._photo is None:
            return
        self.edited.emit(self._photo["id"], field, value)

    def flush(self) -> None:
        """Hand on a caption typed but not yet confirmed (Enter or leaving the field)."""
        self._caption_done()

    def _caption_done(self) -> None:
        if self._photo is not None and self.caption.text() != self._photo["caption"]:
            self._emit("caption", self.caption.text())

    def _criterion_chosen(self, _index: int) -> None:
        self._emit("criterion_code", self.criterion.currentData())
