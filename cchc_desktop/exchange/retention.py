"""How long merged packages stay in ``inbox/done/``: the setting's days, then they go.

A package in ``inbox/done/`` has been merged: its records are in the database, its files in
the media store. Kept for ever, a secretary's done folder holds every photo a second time
(about 7.5 GB a year of 12 MP photos). It is kept ``Settings.inbox_done_days`` days (90 by
default; 0 keeps it for ever) counted from the merge (``inbox.mark_done`` dates the file so),
then removed when the exchange page starts or rescans the inbox. Refused packages
(``inbox/refused/``) stay: a person still has to send them back.
"""

from __future__ import annotations

import time
from pathlib import Path

from cchc_desktop.exchange.format import SUFFIX

DAY = 24 * 60 * 60


def expired(done_dir: Path, keep_days: int, now: float | None = None) -> list[Path]:
    """The packages in ``done_dir`` merged more than ``keep_days`` ago (none when 0)."""
    if keep_days <= 0:
        return []
    limit = (time.time() if now is None else now) - keep_days * DAY
    try:
        entries = list(done_dir.iterdir())
    except OSError:
        return []  # no done folder yet, or one that cannot be read: nothing to remove
    old = []
    for path in entries:
        if path.suffix.lower() != SUFFIX:
            continue
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                old.append(path)
        except OSError:
            continue  # gone meanwhile
    return sorted(old)


def sweep_done(done_dir: Path, keep_days: int, now: float | None = None) -> list[Path]:
    """Remove the expired packages of ``done_dir``; return those removed. One that cannot be
    removed (in use, no permission) is left for the next sweep."""
    removed = []
    for path in expired(done_dir, keep_days, now):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
