"""Warnings raised inside the libraries we use stay off the user's screen.

A team lead who runs `cchc minutes verify` cannot act on pyHanko's English note that
cryptography deprecates DSA; printed on stderr it reads like a failure. Such warnings go to
``logs/library-warnings.log`` in the data folder once it is known (the developers' place to
look), and are dropped before that. Warnings attributed to our own code still reach stderr:
those are ours to fix, and the tests turn them into errors.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

_OWN_PACKAGE = Path(__file__).resolve().parent
_LOG_NAME = "library-warnings.log"

_shown_default = warnings.showwarning


class _Route:
    """Where library warnings are written: known once the data folder is."""

    log_dir: Path | None = None


def keep_off_screen(log_dir: Path | None = None) -> None:
    """Route library warnings to the log (``log_dir``, once known); call again to set it."""
    if log_dir is not None:
        _Route.log_dir = log_dir
    warnings.showwarning = _show


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
