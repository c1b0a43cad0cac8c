"""Text roles (headings, hints, errors) are fonts and palettes, not an application style sheet:
a sheet routes every widget's polish and paint through Qt's style sheet engine, which held the
first list back at start. They follow the text size and the contrast setting when changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.app import CchcApplication
from cchc_desktop.gui.forms import load_form
from cchc_desktop.gui.theme import BASE_POINT_SIZE, apply_theme, set_role


@pytest.fixture
def themed(qapp: CchcApplication) -> Iterator[CchcApplication]:
    apply_theme(qapp, high_contrast=False, text_scale=100)
    yield qapp
    apply_theme(qapp, high_contrast=False, text_scale=100)


def ink(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_the_normal_theme_has_no_style_sheet(themed: CchcApplication) -> None:
    assert themed.styleSheet() == ""
    apply_theme(themed, high_contrast=True, text_scale=100)
    assert "border" in themed.styleSheet()  # high contrast draws the frames Fusion cannot


def test_roles_look_as_before_and_follow_the_settings(
    themed: CchcApplication, qtbot: QtBot
) -> None:
    heading, error, plain = QLabel("Cuộc kiểm tra"), QLabel("Sai"), QLabel("Chữ thường")
    summary = QLabel("Chưa ký được")  # a label with a bold font of its own (the readiness line)
    bold = summary.font()
    bold.setBold(True)
    summary.setFont(bold)
    for label in (heading, error, plain, summary):
        qtbot.addWidget(label)
    set_role(heading, "heading")
    set_role(error, "error")
    set_role(summary, "error")
    set_role(summary, "")
    assert summary.font().bold()  # an ink role came and went; the label's own font stays
    assert heading.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.35)
    assert heading.font().bold() or heading.font().weight() >= 600
    assert ink(error) == "#b3261e"
    assert ink(plain) == QApplication.palette().color(QPalette.ColorRole.WindowText).name()

    apply_theme(themed, high_contrast=True, text_scale=130)
    assert heading.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.3 * 1.35)
    assert ink(error) == "#ffb0b0"  # readable on black

    set_role(error, "")  # no longer an error: the window's ink and size again
    QApplication.processEvents()  # Qt hands a new application font to widgets as an event
    assert ink(error) == QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    assert error.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.3)


def test_a_role_given_in_a_designer_form_is_applied(themed: CchcApplication, qtbot: QtBot) -> None:
    form = load_form("settings_page")
    qtbot.addWidget(form.widget)
    headings = [
        label for label in form.widget.findChildren(QLabel) if label.property("role") == "heading"
    ]
    assert headings
    assert headings[0].font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.35)
