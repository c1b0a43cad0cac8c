"""The one loader of Qt Designer forms (``ui/*.ui``), found through ``paths.ui_dir()``.

QtUiTools is imported on first use: the main window is built in code and its first paint
does not wait for the form loader; dialogs and the settings page load their forms when opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtWidgets import QWidget

from cchc_desktop.paths import ui_dir


class Form:
    """A loaded form: ``form.widget`` is its top widget, ``form.<objectName>`` its children."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtUiTools import QUiLoader

        path = ui_dir() / f"{name}.ui"
        file = QFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError(f"cannot read the form {path}")
        try:
            loader = QUiLoader()
            widget = loader.load(file, parent)
        finally:
            file.close()
        if widget is None:
            raise RuntimeError(f"cannot load the form {path}: {loader.errorString()}")
        self.name = name
        self.widget: QWidget = widget
        from cchc_desktop.gui.theme import set_role

        # Text roles given in Qt Designer (a "role" property) look as set_role makes them.
        for child in widget.findChildren(QWidget):
            role = child.property("role")
            if isinstance(role, str) and role:
                set_role(child, role)

    def __getattr__(self, object_name: str) -> Any:
        child = self.widget.findChild(QObject, object_name)
        if child is None:
            raise AttributeError(f"the form {self.name} has no widget named {object_name}")
        self.__dict__[object_name] = child  # found once; later reads skip __getattr__
        return child


def load_form(name: str, parent: QWidget | None = None) -> Form:
    """Load ``ui/<name>.ui`` under ``parent``."""
    return Form(name, parent)
