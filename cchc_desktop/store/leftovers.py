"""Files a killed process left in the data folder, removed at the next start.

A merge stages a package's members in ``staging/pkg-<pid>-…/``; a photo import copies each
file into ``media/blobs/.incoming/<pid>-….tmp`` before it is renamed into the store. Both
carry the id of the process that made them, so the next start (of the window or of a ``cchc``
command; not the two quick listings, cli/quick.py, which only read the database) removes
exactly those whose process is gone, and never the files of a merge or an
import running at that moment in another process. Leftovers named without a process id (made
by an older version) go once they are old enough that no job can still own them.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import NamedTuple

from cchc_desktop.store.datafolder import DataFolder

# No merge takes a day; no single file of an import takes an hour.
STAGING_MAX_AGE = 24 * 3600
TEMP_MAX_AGE = 3600

# pkg-<pid>-… (staging), <pid>-….tmp (an import's copy), .<pid>-<name>.….tmp (atomic writes).
_OWNER = re.compile(r"^(?:pkg-|\.)?(\d+)-")


class Swept(NamedTuple):
    """How many leftovers were removed: staging folders and temporary files.

    (A named tuple: every `cchc` command sweeps, and importing ``dataclasses``, with
    ``inspect``, would cost it milliseconds.)
    """

    staging: int = 0
    temporary: int = 0


def staging_prefix() -> str:
    """The name prefix of this process's staging folders (``pkg-<pid>-``)."""
    return f"pkg-{os.getpid()}-"


def alive(pid: int) -> bool:
    """Whether a process with this id is running (this process counts as running)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: running
    except OSError:
        return True  # cannot tell: keep its files
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether the process has ended and only waits to be reaped (Linux: state Z or X).

    An orphan whose parent was killed stays a zombie where nothing reaps it (a container
    without an init), yet it runs no code and owns no file any more.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    state = stat.rpartition(")")[2].split()[:1]
    return state in (["Z"], ["X"])


def _alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


def owner(path: Path) -> int | None:
    """The id of the process that made a leftover, from its name (None: an older version's)."""
    match = _OWNER.match(path.name)
    return int(match.group(1)) if match is not None else None


def abandoned(path: Path, max_age: float, now: float | None = None) -> bool:
    """Whether a leftover's process is gone (by the id in its name), or, with no id, it is
    older than ``max_age`` seconds."""
    pid = owner(path)
    if pid is not None:
        return not alive(pid)
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False  # gone meanwhile
    return age > max_age


def sweep_staging(root: Path) -> int:
    """Remove the abandoned ``pkg-*`` folders under ``root`` (a data folder's staging/)."""
    removed = 0
    if not root.is_dir():
        return 0
    for leftover in root.glob("pkg-*"):
        if abandoned(leftover, STAGING_MAX_AGE):
            import shutil  # only when there is something to remove

            shutil.rmtree(leftover, ignore_errors=True)
            removed += not leftover.exists()
    return removed


def sweep_media(media: Path) -> int:
    """Remove abandoned temporary files of the media store: an import's copies in
    ``blobs/.incoming/`` and atomic writes (``.name.….tmp``) beside blobs and derived files."""
    removed = 0
    candidates = [
        *media.glob("blobs/.incoming/*.tmp"),
        *media.glob("blobs/*/.*.tmp"),
        *media.glob("derived/*/.*.tmp"),
    ]
    for path in candidates:
        if abandoned(path, TEMP_MAX_AGE):
            try:
                path.unlink()
            except OSError:
                continue  # gone already, or not ours to remove
            removed += 1
    return removed


def sweep(folder: DataFolder) -> Swept:
    """Remove everything a killed merge or import left in the data folder."""
    return Swept(sweep_staging(folder.root / "staging"), sweep_media(folder.media_dir))
