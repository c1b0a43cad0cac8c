"""Warnings raised inside the libraries we use stay off the user's screen.

A team lead who runs `cchc minutes verify` cannot act on pyHanko's English note that
cryptography deprecates DSA; printed on stderr it reads like a failure. Such warnings go to
``logs/library-warnings.log`` in the data folder once it is known (the developers' place to
look), and are dropped before that. Warnings attributed to our own code still reach stderr:
those are ours to fix, and the tests turn them into errors.

The app's own logged errors (a safety net that caught a bug while reading a hostile file)
take the same road: ``logs/errors.log``, never a traceback on the screen.
"""

from __future__ import annotations

import logging
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

_OWN_PACKAGE = Path(__file__).resolve().parent
_LOG_NAME = "library-warnings.log"
_ERRORS_NAME = "errors.log"

_shown_default = warnings.showwarning


class _Route:
    """Where library warnings are written: known once the data folder is."""

    log_dir: Path | None = None


def keep_off_screen(log_dir: Path | None = None) -> None:
    """Route library warnings and the app's logged errors to the log (``log_dir``, once
    known); call again to set it."""
    if log_dir is not None:
        _Route.log_dir = log_dir
    warnings.showwarning = _show
    app_log = logging.getLogger("cchc_desktop")
    if not any(isinstance(h, _ToFolder) for h in app_log.handlers):
        app_log.addHandler(_ToFolder())


class _ToFolder(logging.Handler):
    """Writes the app's warnings and errors to ``logs/errors.log`` once the folder is known.

    Being a handler of the "cchc_desktop" logger, it also keeps Python from printing them on
    stderr (its last-resort handler speaks only when no handler is found).
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        log_dir = _Route.log_dir
        if log_dir is None:
            return
        try:
            text = self.format(record)
            log_dir.mkdir(exist_ok=True)
            with (log_dir / _ERRORS_NAME).open("a", encoding="utf-8") as log:
                log.write(text + "\n")
        except (OSError, ValueError):
            pass  # the log is for developers; failing to write it must not fail the user


def _is_ours(filename: str) -> bool:
    try:
        return Path(filename).resolve().is_relative_to(_OWN_PACKAGE)
    except (OSError, ValueError):
        return False


def _show(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    if _is_ours(filename):
        _shown_default(message, category, filename, lineno, file, line)
        return
    log_dir = _Route.log_dir
    if log_dir is None:
        return
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = warnings.formatwarning(message, category, filename, lineno, line)
    try:
        log_dir.mkdir(exist_ok=True)  # inside the data folder, never creating one
        with (log_dir / _LOG_NAME).open("a", encoding="utf-8") as log:
            log.write(f"{stamp} {text}")
    except OSError:
        pass  # a log that cannot be written must not turn a warning into a failure
