"""The window's languages: Vietnamese source strings, English from Qt translation files.

Every user-visible string of the window is written in Vietnamese and passed through ``tr()``
(or ``QT_TRANSLATE_NOOP`` where it is declared before a translator exists). ``pyside6-lupdate``
collects them into ``resources/translations/*.ts``; ``pyside6-lrelease`` compiles each into the
``.qm`` that is loaded here. Each area of the window may keep its own ``<area>_<lang>.ts``:
every ``*_<lang>.qm`` found is installed, so parallel work never edits one shared file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from cchc_desktop.paths import resource

# lupdate files bare tr() calls under the empty context, and QT_TRANSLATE_NOOP strings under
# the context they name (we use "QCoreApplication"); tr() looks in both.
CONTEXTS = ("", "QCoreApplication")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is declared; ``tr()`` translates it when shown."""
    return text


def tr(text: str) -> str:
    """``text`` (Vietnamese) in the window's language."""
    for context in CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every compiled translation for ``language``; return them (keep them alive).

    Vietnamese needs the Qt-side file too (``qt_vi``: standard buttons, text-field menus),
    since Qt ships no Vietnamese translation of its own.
    """
    installed: list[QTranslator] = []
    folder = resource("translations")
    if not folder.is_dir():
        return installed
    for path in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
