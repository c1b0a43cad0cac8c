"""Look and comfort: the bundled UI font, text size (A− / A / A+) and the high-contrast theme.

One style (Fusion) everywhere, so the palette decides every colour and the pictures in the
README look like the window people get. High contrast follows the usual accessibility
scheme: white on black, yellow selection and focus, cyan links, visible borders.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.paths import resource

UI_FONT_FAMILY = "Noto Sans"
# The symbols Noto Sans lacks (arrows, ⚠, ✓, −…), from a small bundled subset of DejaVu Sans:
# drawn the same on every system instead of an empty box where no system font has them.
SYMBOL_FONT_FAMILY = "CCHC Symbols"
# Point size at A (100 %): a touch larger than most desktops' 9 pt, for laptops in bright rooms.
BASE_POINT_SIZE = 10.0

_registered: list[str] = []


def register_fonts() -> str:
    """Register the bundled UI fonts once; return the family to use (a system one if missing).

    Only our own files are asked for their family: listing every installed font would make
    fontconfig read the whole system's collection before the window can be drawn.
    """
    if not _registered:
        folder = resource("fonts", "ui")
        for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else ():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
        if not _registered:
            _registered.append(QApplication.font().family())
    return UI_FONT_FAMILY if UI_FONT_FAMILY in _registered else _registered[0]


_base_palette: list[QPalette] = []


def apply_theme(app: QApplication, *, high_contrast: bool, text_scale: int) -> None:
    """Set style, palette, font size and the few style rules the window needs, all at once."""
    if not _base_palette:
        if not getattr(app, "fusion_from_arguments", False):  # e.g. the tests' app object
            app.setStyle("Fusion")
        # Fusion's own palette (it follows the system's light or dark colours), kept to come
        # back to from high contrast.
        _base_palette.append(app.palette())
    family = register_fonts()
    size = BASE_POINT_SIZE * text_scale / 100
    font = QFont(family)
    if SYMBOL_FONT_FAMILY in _registered:
        font.setFamilies([family, SYMBOL_FONT_FAMILY])
    font.setPointSizeF(size)
    app.setFont(font)
    palette = _high_contrast_palette() if high_contrast else _normal_palette()
    app.setPalette(palette)
    # Only high contrast needs style rules (borders Fusion cannot draw from a palette). Any
    # application style sheet routes every widget's polish and paint through Qt's style
    # sheet engine, which cost the first list some 8 ms at start: the text roles below are
    # fonts and palettes instead.
    app.setStyleSheet(_style_sheet() if high_contrast else "")
    app.setProperty("cchc_high_contrast", high_contrast)
    app.setProperty("cchc_text_scale", text_scale)
    for widget in QApplication.allWidgets():
        role = widget.property("role")
        if role in _ROLE_SIZES or role in ("error", "hint"):
            _apply_role(widget, str(role))


def _normal_palette() -> QPalette:
    # The same changes every time, so the kept palette itself is changed (no copy: the copy
    # constructor's overloads would make PySide build every enum of the Qt namespace, which
    # costs more than the rest of the theme before the first frame).
    palette = _base_palette[0]
    # A deeper blue than Fusion's default: focus frames and selections stay visible in sunlight.
    accent = QColor.fromString("#1a5fb4")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, accent)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor.fromString("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor.fromString("#0b4a9e"))
    return palette


def _high_contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: black,
        QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Base: black,
        QPalette.ColorRole.AlternateBase: QColor("#1c1c1c"),
        QPalette.ColorRole.Text: white,
        QPalette.ColorRole.Button: QColor("#101010"),
        QPalette.ColorRole.ButtonText: white,
        QPalette.ColorRole.BrightText: yellow,
        QPalette.ColorRole.Highlight: yellow,
        QPalette.ColorRole.HighlightedText: black,
        QPalette.ColorRole.Link: QColor("#00ffff"),
        QPalette.ColorRole.LinkVisited: QColor("#ff80ff"),
        QPalette.ColorRole.ToolTipBase: black,
        QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.PlaceholderText: QColor("#c8c8c8"),
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: QColor("#d0d0d0"),
        QPalette.ColorRole.Mid: QColor("#a0a0a0"),
        QPalette.ColorRole.Dark: QColor("#808080"),
        QPalette.ColorRole.Shadow: white,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    # Disabled text stays readable (8:1 on black) yet clearly different from enabled text.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a8a8a8"))
    return palette


# Text roles of labels: headings by size (against the window's text size), errors and hints
# by ink (normal, high contrast).
_ROLE_SIZES = {"heading": 1.35, "subheading": 1.1}
_ROLE_INKS = {"error": ("#b3261e", "#ffb0b0"), "hint": ("#505050", "#e0e0e0")}


def set_role(widget: QWidget, role: str) -> None:
    """Give a label a text role ("heading", "subheading", "error", "hint"; "" for none): its
    look follows the text size and contrast settings, now and when they change."""
    before = widget.property("role")
    widget.setProperty("role", role)
    # Only what a role sets is taken back when it goes: a label's own font (a bold summary)
    # outlives an ink role, and its own colours a size role.
    if before in _ROLE_SIZES and role not in _ROLE_SIZES:
        widget.setFont(QFont())  # the window's font again
    if before in _ROLE_INKS and role not in _ROLE_INKS:
        widget.setPalette(QPalette())  # the window's colours again
    _apply_role(widget, role)


def _apply_role(widget: QWidget, role: str) -> None:
    scale = _ROLE_SIZES.get(role)
    if scale is not None:
        font = widget.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    inks = _ROLE_INKS.get(role)
    if inks is not None:
        app = QApplication.instance()
        high_contrast = bool(app.property("cchc_high_contrast")) if app is not None else False
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(inks[high_contrast]))
        widget.setPalette(palette)


def _style_sheet() -> str:
    # Fusion draws frames a shade darker than the window: on black they vanish. Draw them
    # white, and the focused field in thick yellow.
    rules = [
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QComboBox, QSpinBox,"
        " QDoubleSpinBox { border: 1px solid #ffffff; }",
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,"
        " QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus"
        " { border: 2px solid #ffff00; }",
        "QPushButton, QToolButton { border: 1px solid #ffffff; padding: 4px 10px; }",
        "QPushButton:focus, QToolButton:focus { border: 2px solid #ffff00; }",
        "QPushButton:disabled { border-color: #808080; }",
        # The indicator as a white box, filled yellow when checked (Fusion's mark is dark).
        "QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px;"
        " border: 2px solid #ffffff; background: #000000; }",
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }",
        "QCheckBox:focus { outline: 2px solid #ffff00; }",
        "QHeaderView::section { background: #000000; color: #ffffff;"
        " border: 1px solid #ffffff; padding: 3px; }",
    ]
    return "\n".join(rules)
