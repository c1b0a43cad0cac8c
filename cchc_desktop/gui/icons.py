"""Small icons drawn with QPainter where no font or standard icon has the picture (a padlock:
the lock emoji is drawn by neither the bundled fonts nor many Windows set-ups)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap


def lock_pixmap(size: int, colour: str = "#1e3a8a") -> QPixmap:
    """A closed padlock ``size`` pixels square, in ``colour``, on a transparent ground."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    pen = QPen(ink, max(1.5, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # The shackle: the upper half of a rounded loop standing on the body.
    shackle = QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.52)
    painter.drawArc(shackle, 0, 180 * 16)
    for x in (shackle.left(), shackle.right()):
        painter.drawLine(QLineF(x, shackle.center().y(), x, size * 0.46))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.48), 2, 2)
    painter.end()
    return pixmap
