"""Whether a window holds the data folder: the ``cchc`` command's side of the folder lock.

The window takes ``.lock`` in the data folder for as long as it runs (gui/instance.py, a
QLockFile). The command line does not import Qt, so it reads the lock the way Qt keeps it: on
Linux and macOS Qt holds an exclusive ``flock`` on the file (the kernel drops it when the
process dies, however it dies); on Windows Qt keeps the file open without write sharing, so
opening it for writing fails while the window runs. The file's first lines name the process
and the computer, for the message.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

from cchc_desktop.store.datafolder import DataFolder


@dataclass(frozen=True)
class Holder:
    """The running window that holds the lock, as its lock file describes it."""

    pid: str
    host: str


def window_holding(folder: DataFolder) -> Holder | None:
    """The window that holds the folder's lock now, or None (no lock, or a stale one)."""
    path = folder.lock_file
    try:
        if os.name == "posix":
            import fcntl

            fd = os.open(path, os.O_RDONLY)
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    return _described(path.read_bytes())
                fcntl.flock(fd, fcntl.LOCK_UN)
                return None
            finally:
                os.close(fd)
        try:  # pragma: no cover - Windows
            with path.open("r+b"):
                return None
        except PermissionError:  # pragma: no cover - Windows
            return _described(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError:
        return None  # cannot tell: SQLite's own locking still keeps the data whole


def _described(content: bytes) -> Holder:
    lines = content.decode("utf-8", "replace").splitlines()
    pid, host = [*lines[:1], "?"][0], "?"
    with contextlib.suppress(IndexError):
        host = lines[2] or "?"
    return Holder(pid.strip() or "?", host.strip())
