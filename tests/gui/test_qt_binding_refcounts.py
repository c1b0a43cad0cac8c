"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 under Python 3.11 drops a reference to None (and to True/False passed in) on
every call of a void method: a window making some thousands of calls aborts the process with
"Fatal Python error: none_dealloc" — a lead would lose the app mid-inspection. Python 3.12+
makes None immortal, which hides the bug there. pyproject.toml excludes that release; this
test catches the next one that breaks the same way.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12"
)
CALLS = 500


def _drift(obj: object, work: object) -> int:
    assert callable(work)
    work()
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        work()
    return sys.getrefcount(obj) - before


def test_void_calls_keep_none_and_booleans_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert _drift(None, lambda: label.setText("Đạt")) > -CALLS // 2
    assert _drift(True, lambda: label.setEnabled(True)) > -CALLS // 2


def test_model_data_returning_none_keeps_none_alive() -> None:
    class Model(QStringListModel):
        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            return None

    model = Model(["A1"])
    index = model.index(0, 0)
    assert _drift(None, lambda: index.data(Qt.ItemDataRole.ToolTipRole)) > -CALLS // 2
