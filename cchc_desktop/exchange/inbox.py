"""The inbox folder: packages that arrive by a shared or synchronised folder wait here.

Once merged a package moves to ``inbox/done/``, kept there for the days the settings say
(``exchange.retention``); once refused it moves to ``inbox/refused/`` beside a ``.txt`` saying
why, so the secretary can send it back.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.atomic import write_atomic
from cchc_desktop.exchange.format import SUFFIX

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def pending(ws: Workspace) -> list[Path]:
    """Packages waiting in the inbox, oldest first (hidden and partial files are not ready).

    A file that goes while the folder is read (a synchronising program renames its partial
    files) is simply not listed.
    """
    folder = ws.folder.inbox_dir
    found: list[tuple[float, str, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        if path.suffix.lower() != SUFFIX or path.name.startswith((".", "~")):
            continue
        try:
            if path.is_file():
                found.append((path.stat().st_mtime, path.name, path))
        except OSError:
            continue
    return [path for _mtime, _name, path in sorted(found)]


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}-{n}{path.suffix}"
        n += 1
    path.replace(target)
    return target


def mark_done(ws: Workspace, path: Path) -> Path:
    """Move a merged package out of the way (into inbox/done/); return where it went. It is
    dated now, so that it is kept for the set days from its merge (``exchange.retention``)."""
    import os

    target = _move(path, ws.folder.inbox_dir / "done")
    os.utime(target)
    return target


def mark_refused(ws: Workspace, path: Path, reason: str) -> Path:
    """Move a refused package into inbox/refused/ with the reason beside it.

    Raises OSError when the package cannot be moved (the caller sets it aside for the
    session); a reason that cannot be written beside it does not undo the move.
    """
    target = _move(path, ws.folder.inbox_dir / "refused")
    with contextlib.suppress(OSError):
        write_atomic(target.with_suffix(".txt"), (reason + "\n").encode("utf-8"))
    return target
