"""Is a widget in sight? Geometry checks for the laptop layout tests.

A widget is in sight when it is shown and its whole rectangle lies inside the window and
inside every ancestor that clips it — in particular the viewport of each scroll area it sits
in, at the scroll position the page opens with. A check by numbers, not by pictures: it
holds at any font, and says which widget is cut and by what.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# What a person acts on: these must be whole in sight unless their page lets them scroll.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def window_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def visible_area(widget: QWidget) -> QRect:
    """The part of the window through which ``widget`` can be seen: the window's rectangle cut
    by every ancestor (a scroll area's viewport shows only its own rectangle)."""
    window = widget.window()
    area = QRect(QPoint(0, 0), window.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = area.intersected(window_rect(parent))
        parent = parent.parentWidget()
    return area


def out_of_sight(widget: QWidget) -> str | None:
    """Why ``widget`` is not wholly in sight, or None when it is."""
    if not widget.isVisible():
        return f"{describe(widget)} is hidden"
    rect = window_rect(widget)
    area = visible_area(widget)
    if area.contains(rect):
        return None
    return (
        f"{describe(widget)} at {_box(rect)} is outside the visible area {_box(area)}"
        f" of a {widget.window().width()}×{widget.window().height()} window"
    )


def all_out_of_sight(widgets: Iterable[QWidget]) -> list[str]:
    """Every reason among ``widgets`` (empty: all in sight)."""
    return [reason for w in widgets if (reason := out_of_sight(w)) is not None]


def interactive_children(root: QWidget, *, inside_ok: tuple[QWidget, ...] = ()) -> list[QWidget]:
    """The shown widgets under ``root`` a person acts on, except those inside ``inside_ok``
    (panels that are meant to scroll, such as a long reference text) and the inner parts
    of composite widgets (a spin box's line edit, a tab bar's scroll buttons)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if any(box.isAncestorOf(widget) for box in inside_ok):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
            continue
        if (
            parent is not None
            and isinstance(parent.parentWidget(), QAbstractScrollArea)
            and (isinstance(widget, QAbstractButton) and parent.objectName().startswith("qt_"))
        ):
            continue
        found.append(widget)
    return found


def scrolled_frames(root: QWidget) -> list[str]:
    """Scroll areas under ``root`` whose content does not fit (a scroll bar would be needed)
    — item views excepted, whose rows are meant to scroll."""
    cut = []
    for area in root.findChildren(QAbstractScrollArea):
        if isinstance(area, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            continue
        if not area.isVisible():
            continue
        bar = area.verticalScrollBar()
        if bar.maximum() > 0:
            cut.append(f"{describe(area)} scrolls by {bar.maximum()} px")
    return cut


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = getattr(widget, "text", None)
    label = ""
    if callable(text):
        try:
            value = text()
            label = f" {value!r}" if isinstance(value, str) and value else ""
        except TypeError:
            label = ""
    owner = widget.parentWidget()
    while owner is not None and not owner.objectName():
        owner = owner.parentWidget()
    where = f" in {owner.objectName()}" if owner is not None else ""
    return f"{type(widget).__name__}{'#' + name if name else ''}{label}{where}"


def _box(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"
