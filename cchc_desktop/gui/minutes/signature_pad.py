"""A signature pad: sign with the mouse, a pen (pressure gives the width) or a finger.

Strokes are kept as points with pressure and drawn as quadratic curves through the midpoints
of successive points, so a shaky hand still gives a smooth line. The result is a transparent
PNG in ballpoint blue, at several times the widget's resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cchc_desktop.documents.styles import INK as BALLPOINT

INK = QColor(*BALLPOINT)
BASE_WIDTH = 2.6  # px at pressure 0.5 on screen
MOUSE_PRESSURE = 0.5


@dataclass
class Stroke:
    points: list[tuple[QPointF, float]] = field(default_factory=list)


class SignaturePad(QWidget):
    """Draw a signature; ``to_png()`` gives it as a transparent PNG in blue ink."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._pen_active = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Ký bằng chuột, bút cảm ứng hoặc ngón tay"))

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    # -- what the rest of the app uses -------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(len(s.points) > 0 for s in self.strokes)

    def undo(self) -> None:
        """Remove the last stroke."""
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def to_png(self, scale: float = 4.0) -> bytes:
        """The signature on a transparent background, ``scale`` times the widget's size."""
        size = QSize(round(self.width() * scale), round(self.height() * scale))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs say bytes; Qt wants str)
        buffer.close()
        return bytes(data.data())

    # -- input ------------------------------------------------------------------------------

    def _begin(self, point: QPointF, pressure: float) -> None:
        self._current = Stroke([(point, pressure)])
        self.strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        last, _ = self._current.points[-1]
        if (point - last).manhattanLength() < 0.8:
            return  # a pen reports far more points than a line needs
        self._current.points.append((point, pressure))
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._pen_active:
            self._begin(event.position(), MOUSE_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and not self._pen_active:
            self._extend(event.position(), MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._pen_active:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = max(0.05, float(event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._pen_active = True
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove and self._pen_active:
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
            self._pen_active = False
        event.accept()

    def event(self, event: object) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                point = points[0]
                pressure = float(point.pressure()) or MOUSE_PRESSURE
                kind = event.type()
                if kind == QTouchEvent.Type.TouchBegin:
                    self._begin(point.position(), pressure)
                elif kind == QTouchEvent.Type.TouchUpdate:
                    self._extend(point.position(), pressure)
                elif kind in (QTouchEvent.Type.TouchEnd, QTouchEvent.Type.TouchCancel):
                    self._end()
            event.accept()
            return True
        return super().event(event)  # type: ignore[arg-type]

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(200, 200, 200), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.72
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("Ký vào đây")
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._draw(painter)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        """Each stroke as quadratic curves through midpoints, width following the pressure."""
        for stroke in self.strokes:
            points = stroke.points
            if len(points) == 1:
                (point, pressure) = points[0]
                radius = _width(pressure) / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(INK)
                painter.drawEllipse(point, radius, radius)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                continue
            # m_i = midpoint of p_(i-1) and p_i. The line runs p_0 → m_1, then a curve from
            # m_i to m_(i+1) bent by p_i, and ends m_(n-1) → p_(n-1).
            mids = [(points[i - 1][0] + points[i][0]) / 2 for i in range(1, len(points))]
            self._segment(painter, points[0][0], None, mids[0], points[0][1])
            for i in range(1, len(points) - 1):
                self._segment(painter, mids[i - 1], points[i][0], mids[i], points[i][1])
            self._segment(painter, mids[-1], None, points[-1][0], points[-1][1])

    @staticmethod
    def _segment(
        painter: QPainter, start: QPointF, control: QPointF | None, end: QPointF, pressure: float
    ) -> None:
        path = QPainterPath(start)
        if control is None:
            path.lineTo(end)
        else:
            path.quadTo(control, end)
        pen = QPen(INK, _width(pressure))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)


def _width(pressure: float) -> float:
    return BASE_WIDTH * (0.45 + 1.1 * pressure)
