"""The application object: names, icon, HiDPI, fonts, theme, translations and the crash
handler, set up before the main window is built (``entry.main`` takes the folder lock)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from cchc_desktop import APP_ID, APP_NAME, __version__
from cchc_desktop.gui.crash import (
    CrashReporter,
    ShowDialog,
    ShowProblem,
    show_crash_dialog,
    show_problem_dialog,
)
from cchc_desktop.paths import resource
from cchc_desktop.settings import Settings

log = logging.getLogger(__name__)


class CchcApplication(QApplication):
    """QApplication plus what the window's helpers expect to find on it."""

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self.crash_reporter: CrashReporter | None = None
        self.translators: list[QTranslator] = []
        self.fusion_from_arguments = False

    def report_crash(self, text: str) -> None:
        """Where background bugs (``workers``) and the excepthook end: log file + dialog."""
        if self.crash_reporter is not None:
            self.crash_reporter.report(text)
        else:
            log.error("unexpected error:\n%s", text)


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running application, created (with HiDPI and names set) if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # HiDPI: Qt 6 scales by the screen's factor and keeps fractional factors (125 %, 150 %
    # on Windows laptops) as they are (the PassThrough rounding policy is its default).
    # One style everywhere (Fusion), chosen on the command line so that no QStyle object
    # has to be made in Python before the first frame.
    arguments = list(argv if argv is not None else sys.argv[:1])
    app = CchcApplication([*arguments[:1], "-style", "fusion", *arguments[1:]])
    app.fusion_from_arguments = True
    app.setOrganizationName("CCHC")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon on its windows (and the taskbar). Given after the first list is drawn,
    with the other icons: making PySide's QIcon type builds its enums (~2 ms), and an
    installed app's taskbar shows the icon of its executable or .desktop file meanwhile."""
    for name in ("cchc-desktop.svg", "cchc-desktop.png"):
        icon = resource("icons", name)
        if icon.is_file():
            from PySide6.QtGui import QIcon

            app.setWindowIcon(QIcon(str(icon)))
            return


def apply_settings(app: QApplication, settings: Settings) -> None:
    """Text size and contrast as the settings say (called again whenever they change)."""
    from cchc_desktop.gui.theme import apply_theme

    apply_theme(app, high_contrast=settings.high_contrast, text_scale=settings.text_scale)


def install_language(app: QApplication, language: str) -> None:
    """Translations for the window (Qt) and for the core's messages (``errors.pick``)."""
    from cchc_desktop.errors import set_language
    from cchc_desktop.gui.i18n import install_translators

    set_language(language)
    if isinstance(app, CchcApplication):
        for translator in app.translators:
            app.removeTranslator(translator)
        app.translators = install_translators(app, language)
    else:
        install_translators(app, language)


def install_crash_handler(
    app: QApplication,
    logs_dir: Path,
    show: ShowDialog | None = show_crash_dialog,
    tell: ShowProblem | None = show_problem_dialog,
) -> CrashReporter:
    """Make every unexpected error end in ``logs_dir`` and a dialog (see ``gui.crash``); a
    database problem (busy, full, read-only, damaged) in a message saying what to do."""
    reporter = CrashReporter(logs_dir, show, tell)
    reporter.install()
    if isinstance(app, CchcApplication):
        app.crash_reporter = reporter
    return reporter
