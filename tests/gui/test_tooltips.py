"""Tooltips show a record's text as it is: a name that came in a package looking like HTML
("<h1 style=…>", "<img src=…>") is neither styled nor loaded, and reads as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.elided_label import ElidedLabel
from cchc_desktop.gui.models.rows import Column, RowsModel
from cchc_desktop.gui.tooltips import plain_tooltip

HOSTILE = [
    "<h1 style='font-size:90px'>Xã Lộc Bình</h1>",
    "Xã <b>A</b> & <img src='/etc/hostname'>",
    "<table><tr><td>Ủy ban</td></tr></table>\ndòng hai  với hai dấu cách",
    "&lt;b&gt; không phải thẻ",
]


def shown(tooltip: str) -> str:
    """What a person reads in the tooltip: Qt draws it as rich text when it looks like HTML."""
    if not QtGui_Qt.mightBeRichText(tooltip):  # Qt's own test, in QtGui
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


@pytest.mark.parametrize("name", HOSTILE)
def test_a_list_tooltip_reads_as_the_name_was_written(name: str) -> None:
    model = RowsModel([Column("Đơn vị", lambda r: r["name"], tooltip=lambda r: r["name"])])
    model.set_rows([{"id": "u1", "name": name}])
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(tooltip) == name


@pytest.mark.parametrize("name", HOSTILE)
def test_a_cut_header_tooltip_reads_as_the_name_was_written(qtbot: QtBot, name: str) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(40, 20)  # too narrow: the name is cut, whole in the tooltip
    label.set_full_text(name)
    assert shown(label.toolTip()) == name


def test_plain_text_stays_a_plain_tooltip() -> None:
    assert plain_tooltip("Trung tâm Phục vụ hành chính công – xã Lộc Bình") == (
        "Trung tâm Phục vụ hành chính công – xã Lộc Bình"
    )
    assert plain_tooltip("") == ""
