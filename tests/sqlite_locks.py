"""Another program holding a data folder's database, as the tests make one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held_exclusively(db_path: Path) -> Iterator[None]:
    """The file held in exclusive locking mode with a write begun: no other connection can
    even open it to read until the block ends (the write is then rolled back)."""
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE meta SET value = value WHERE key = 'app'")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()
