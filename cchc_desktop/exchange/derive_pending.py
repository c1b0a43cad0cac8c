"""Thumbnails and print copies a merge owes after its commit, finished if it was killed.

A merge commits its records and originals first, then makes the derived files (media_in):
they are a cache, and making them inside the transaction would hold the database's write
lock for seconds per photo. A merge killed between the two would leave photos without them
until each is first shown, and `cchc check` would report them missing. So, just before the
commit, the merge writes ``staging/derive-<pid>-<package id>.txt`` with the originals'
hashes; it removes the file once the derived files are made. The next start (of the window
or of any ``cchc`` command but the two quick listings, which only read) finishes what a dead
process's file lists.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.atomic import write_atomic
from cchc_desktop.errors import UserError
from cchc_desktop.store.leftovers import abandoned

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_SHA = re.compile(r"^[0-9a-f]{64}$")
# A marker is a few kilobytes of hashes; anything larger was not written by a merge.
_MAX_BYTES = 4 * 1024 * 1024
# No merge takes a day (as store/leftovers.py's staging folders).
_MAX_AGE = 24 * 3600


def _folder(ws: Workspace) -> Path:
    return ws.folder.root / "staging"


def mark(ws: Workspace, package_id: str, shas: Iterable[str]) -> Path:
    """Record, durably, the originals whose derived files this process still has to make."""
    safe_id = re.sub(r"[^0-9A-Za-z_-]", "_", package_id)[:64]
    marker = _folder(ws) / f"derive-{os.getpid()}-{safe_id}.txt"
    marker.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(marker, "".join(f"{sha}\n" for sha in sorted(set(shas))).encode("ascii"))
    return marker


def clear(marker: Path) -> None:
    """The derived files are made (or were reported as impossible): nothing is owed."""
    with contextlib.suppress(OSError):  # gone meanwhile, or not a file a merge wrote
        marker.unlink(missing_ok=True)


def _abandoned(marker: Path) -> bool:
    """Whether the marker's process is gone (by the id in its name), or, named without one,
    it is a day old."""
    owner = marker.name.removeprefix("derive-")
    if re.match(r"^\d+-", owner):
        return abandoned(marker.with_name(owner), max_age=_MAX_AGE)
    try:
        return time.time() - marker.stat().st_mtime > _MAX_AGE
    except OSError:
        return False


def finish(ws: Workspace) -> int:
    """Make the derived files that killed merges owed; returns how many photos were done.

    A photo whose original is missing or cannot be decoded is left for `cchc check` to name:
    this runs at every start and must never stop one.
    """
    folder = _folder(ws)
    markers = sorted(folder.glob("derive-*.txt")) if folder.is_dir() else []
    if not markers:
        return 0  # every start: a glob and nothing imported
    from cchc_desktop.photos.library import ensure_derivatives

    made = 0
    for marker in markers:
        if not _abandoned(marker):
            continue  # a merge running now in another process owns it
        try:
            if marker.stat().st_size > _MAX_BYTES:
                raise ValueError(marker.name)
            shas = [line for line in marker.read_text("ascii").split() if _SHA.match(line)]
        except (OSError, ValueError):
            shas = []
        try:
            for sha in shas:
                if ws.media.has(sha):  # else the merge did not commit: nothing is stored
                    with contextlib.suppress(UserError):  # named by `cchc check`
                        made += ensure_derivatives(ws, sha)
        except OSError:
            return made  # the disk (full, read-only): the marker stays for the next start
        clear(marker)
    return made
